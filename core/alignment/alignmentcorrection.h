#pragma once

#include "alignment/sectionref.h"
#include "base/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Dz
{

/// An analyst's correction, applied over the automatic alignment. Plain data:
/// the project store keeps these as JSON.
struct AlignmentCorrection {
    Q_DECLARE_TR_FUNCTIONS(Dz::AlignmentCorrection)

public:
    enum class Kind {
        Reassign, ///< put `section` (with its subsections) in row `node`
        Correspond, ///< `other` corresponds to `section`: same row, and a pair
    };
    Kind kind = Kind::Reassign;
    SectionRef section;
    QString node; ///< Reassign: a scheme node id ("P2", "P1.T05")
    SectionRef other; ///< Correspond only

    static AlignmentCorrection reassign(const SectionRef &section, const QString &node);
    static AlignmentCorrection correspond(const SectionRef &section, const SectionRef &other);

    QJsonObject toJson() const;
    static Result<AlignmentCorrection> fromJson(const QJsonObject &object);
    static QJsonArray listToJson(const QList<AlignmentCorrection> &corrections);
    static Result<QList<AlignmentCorrection>> listFromJson(const QJsonArray &array);

    friend bool operator==(const AlignmentCorrection &a, const AlignmentCorrection &b)
    {
        return a.kind == b.kind && a.section == b.section && a.node == b.node && a.other == b.other;
    }
};

} // namespace Dz
