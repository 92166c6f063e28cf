#pragma once

#include "base/jsonvalidator.h"
#include "base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dz
{

/// A level-1 part of a report (P1 主要举措和成效 …).
struct SchemePart {
    QString id;
    SchemeLabel label;
    QString description;
    /// A report without this part gets it listed as missing.
    bool required = false;
    /// Where the part usually stands, 0 (first) … 1 (last); used when a heading
    /// says nothing. Negative when the part has no usual place.
    double position = -1;
    /// Only a heading that names the part assigns it (P3: the leaders' duty is
    /// a part of its own only under a heading that names the duty); under a
    /// heading that names no part, its body cues count for the content part.
    bool needsHeading = false;
    QList<SchemeCue> headingCues;
    QList<SchemeCue> bodyCues;
};

/// A theme a content section is about (T05 行政执法 …).
struct SchemeTheme {
    QString id;
    SchemeLabel label;
    QString description;
    QList<SchemeCue> cues;
};

/// Tunable thresholds of the classifier. They belong to a scheme because
/// their right values depend on the cue weights chosen for it.
struct SchemeSettings {
    double partThreshold = 2.0;
    double childOverrideThreshold = 3.5;
    double splitThreshold = 2.0;
    double themeHeadingThreshold = 2.0;
    double themeThreshold = 0.9;
    double bodyThemeCap = 2.0;
    double bodyThemeMinimum = 2.0;
    double bodyPartWeight = 0.35;
    double orderWeight = 1.0;
    double firstClauseBonus = 1.3;
};

/**
 * The classification scheme of a report genre: its parts, its themes and
 * the cue terms that point to them.
 *
 * Schemes are data (JSON files under resources/schemes), so a new genre needs a file,
 * not a rebuild. A default-constructed scheme is invalid.
 */
class Scheme
{
    Q_DECLARE_TR_FUNCTIONS(Dz::Scheme)

public:
    /// The scheme for 法治政府建设情况报告 compiled into the binary.
    static constexpr auto BuiltInPath = u":/duizhao/schemes/lawgov-report.json";

    static Result<Scheme> loadFile(const QString &path);
    /// Parses and validates @p json; @p origin names the source in messages.
    static Result<Scheme> fromJson(const QByteArray &json, const QString &origin);
    static Result<Scheme> builtIn();

    bool isValid() const
    {
        return !m_id.isEmpty();
    }

    QString id() const
    {
        return m_id;
    }
    SchemeLabel label() const
    {
        return m_label;
    }
    QString origin() const
    {
        return m_origin;
    }
    const QList<SchemePart> &parts() const
    {
        return m_parts;
    }
    const QList<SchemeTheme> &themes() const
    {
        return m_themes;
    }
    /// The part that theme headings without a part name belong to (P1).
    QString contentPart() const
    {
        return m_contentPart;
    }
    /// Parts whose sections are aligned theme by theme.
    const QStringList &themedParts() const
    {
        return m_themedParts;
    }
    /// Words that join two part names in one heading (和, 及, 、 …).
    const QStringList &connectors() const
    {
        return m_connectors;
    }
    const SchemeSettings &settings() const
    {
        return m_settings;
    }

    /// "P1.T05" for a theme inside a themed part, else the part id.
    static QString nodeId(const QString &part, const QString &theme);

    int partIndex(const QString &id) const;
    int themeIndex(const QString &id) const;
    /// True when @p nodeId names a part, a theme, or a themed part with a theme ("P1.T05").
    bool hasNode(const QString &nodeId) const;
    /// The zh label of a part, theme or "P1.T05" node; empty if unknown.
    SchemeLabel nodeLabel(const QString &nodeId) const;

private:
    QString m_id;
    SchemeLabel m_label;
    QString m_description;
    QString m_origin;
    QString m_contentPart;
    QStringList m_themedParts;
    QStringList m_connectors;
    SchemeSettings m_settings;
    QList<SchemePart> m_parts;
    QList<SchemeTheme> m_themes;
};

} // namespace Dz
