#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Dz
{

/// How copied text is found and told from boilerplate (see CopyIndex).
struct CopyRules {
    /// The shortest passage that counts: 13 identical characters, the
    /// threshold Chinese duplicate checkers commonly use.
    int passageLength = 13;
    /// A passage found in at least this share of the reports indexed is boilerplate …
    double boilerplateShare = 0.3;
    /// … and in at least this many (so that in a small set two reports alike are not boilerplate).
    int boilerplateMinimumReports = 3;
    /// A source counts only when it shares at least this many characters
    /// (outside boilerplate) with the report: one 13-character phrase in
    /// common is what two bodies of one sector write independently.
    int minimumPerSource = 26;
    /// Passages of one source closer than this (in both reports) are one run:
    /// a copied paragraph with its names swapped stays one passage.
    int mergeGap = 8;
};

/// The rules the Audit checks apply, from a data file.
class AuditRules
{
    Q_DECLARE_TR_FUNCTIONS(Dz::AuditRules)

public:
    /// The built-in rules (:/duizhao/audit/lawgov-audit.json); a failure is a build defect.
    static const AuditRules &builtIn();
    static Result<AuditRules> loadFile(const QString &path);
    static Result<AuditRules> fromJson(const QByteArray &json, const QString &where);

    QStringList requiredParts; ///< a report without one of these has a finding
    QStringList reportedParts; ///< shown present or absent (P5 too)
    int deadlineMonth = 4;
    int deadlineDay = 1;
    QStringList publicationLabels;
    double minimumFiguresPer1000 = 1.0;
    double minimumShortcomingsShare = 0.05;
    int minimumShortcomings = 1;
    CopyRules copying;
    QStringList boilerplate;
    double reportedScore = 0.4; ///< a plan's aim is carried by a later sentence whose overlap by meaning reaches this
    double reportedShare = 0.7; ///< a plan is reported when its carried aims weigh this share of it (some: partly)
    double recurringScore = 0.3;
    double rectifiedScore = 0.2;
    int quoteLength = 6; ///< a rectification quoting this many characters of a shortcoming is linked to it
    QStringList rectifiedCues;
};

} // namespace Dz
