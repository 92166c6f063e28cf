#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace Dz
{

/**
 * Default names for exported files that say what is in them: the subject,
 * the reports, the date ("处罚案件 滨海·2024等5份 2025-01-08.png"), never a
 * generic "chart.png". Characters no file system takes are replaced.
 */
class ExportNaming
{
    Q_DECLARE_TR_FUNCTIONS(Dz::ExportNaming)

public:
    /// Names longer than this (without the suffix) are shortened.
    static constexpr int MaxLength = 80;

    /// The reports in a few words: one label, two or three joined, or the first and how many.
    static QString scope(const QStringList &reportNames);
    /// "<subject> <scope> <date>.<suffix>", safe on Windows, macOS and Linux.
    static QString fileName(const QString &subject, const QStringList &reportNames, const QString &suffix, QDate date = QDate::currentDate());
    /// @p text with what a file name may not hold (/ \ : * ? " < > |, control characters) replaced, spaces collapsed.
    static QString safe(const QString &text);
};

} // namespace Dz
