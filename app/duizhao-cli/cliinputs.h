#pragma once

#include "analysis/comparison.h"
#include "analysis/reportanalysis.h"
#include "project/analystsession.h"
#include "project/projectstore.h"

#include <QTextStream>

#include <memory>
#include <optional>

namespace Dz
{

/// One report a command was given, or why it could not be read.
struct CliInput {
    QString file;
    std::optional<ReportAnalysis> analysis;
    QString error;
    qint64 key = 0; ///< the report's id in the project; 0 for a file
    /// Read, but with a doubt about the text (SourceDocument::warnings).
    QStringList warnings;
};

/**
 * What a duizhao-cli report command works on: the reports of a project
 * (their stored analyses, read back, and the analyst's work on them, through
 * an AnalystSession as in the workbench), then report files (analysed now).
 */
class CliInputs
{
public:
    /// What is read of a project's reports.
    enum class Reading {
        Everything,
        /// Only their stored indicator values (each analysis holds its
        /// report's name and indicators): the built-in indicator table.
        StoredIndicators,
    };

    /// Reads @p project (if given, read-only), then @p files, in order;
    /// with @p ocr, scanned PDFs among the files are read by OCR.
    CliInputs(const QString &project, const QStringList &files, bool ocr = false, Reading reading = Reading::Everything);
    ~CliInputs();

    const QList<CliInput> &inputs() const
    {
        return m_inputs;
    }
    /// The analyst's work on the project (empty without one).
    const AnalystSession &session() const
    {
        return *m_session;
    }
    /// The readable reports' analyses; each unreadable one is named on
    /// @p err and sets @p exitCode to @p failedCode, as does each warning
    /// (printed there too). @p keys gets their keys. A project's report
    /// whose stored text is damaged is unreadable (never served).
    QList<ReportAnalysis> readable(QTextStream &err, int &exitCode, int failedCode, QList<qint64> *keys = nullptr) const;
    /// The readable reports compared, with the project's alignment corrections
    /// and, when it has its own, its weakness themes.
    Comparison comparison(QTextStream &err, int &exitCode, int failedCode) const;

private:
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<AnalystSession> m_session;
    QList<CliInput> m_inputs;
};

} // namespace Dz
