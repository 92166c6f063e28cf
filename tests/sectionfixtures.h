#pragma once

// Reports of many short sections, in several shapes, for the tests and the
// benchmark of per-section passes (issue 24, item 4): every pass over a
// report's sections must stay linear in their number.

#include <QString>
#include <QStringList>

namespace Dz::Test
{

using namespace Qt::StringLiterals;

enum class SectionShape {
    NumberedItems, ///< （一） sub-headings of 30 items 1.…30. each
    SubHeadings, ///< （一）…（九十九） again and again, one line each
    Enumerations, ///< sub-headings each followed by 一是…；二是…
    Shortcomings, ///< a shortcomings part of numbered items
    BareLines, ///< lines without markers under one heading
    Mixed, ///< parts 一、…四、 with sub-headings and items, the shortcomings part among them
};

inline QString chineseNumber(int n)
{
    static const QString numerals = u"一二三四五六七八九十"_s;
    n = (n - 1) % 99 + 1;
    const int tens = n / 10;
    const int ones = n % 10;
    if (tens == 0)
        return QString(numerals.at(ones - 1));
    return (tens > 1 ? QString(numerals.at(tens - 1)) : QString()) + u'十' + (ones ? QString(numerals.at(ones - 1)) : QString());
}

/// A report of about @p sections sections of @p shape, each a line or two.
inline QString manySectionsReport(SectionShape shape, int sections)
{
    static const QStringList events = {u"开展应急演练%1次"_s, u"办理行政处罚案件%1件"_s, u"组织普法活动%1场"_s, u"开展监督检查%1户次"_s, u"受理行政复议%1件"_s};
    static const QStringList parts = {u"主要举措和成效"_s, u"存在的不足"_s, u"下一步工作打算"_s, u"其他事项"_s};
    QStringList lines = {u"河西区市场监督管理局2023年法治政府建设工作报告"_s, u"现将本年度法治政府建设情况报告如下。"_s};
    lines.append(shape == SectionShape::Shortcomings ? u"一、存在的问题"_s : u"一、主要工作"_s);
    for (int i = 0; i < sections; ++i) {
        const QString event = events.at(i % events.size()).arg(i % 17 + 1);
        switch (shape) {
        case SectionShape::NumberedItems:
            if (i % 30 == 0)
                lines.append(u"（"_s + chineseNumber(i / 30 + 1) + u"）专项"_s + QString::number(i / 30));
            lines.append(QString::number(i % 30 + 1) + u"."_s + event + u"。"_s);
            break;
        case SectionShape::SubHeadings:
            lines.append(u"（"_s + chineseNumber(i % 99 + 1) + u"）"_s + event);
            break;
        case SectionShape::Enumerations:
            lines.append(u"（"_s + chineseNumber(i % 99 + 1) + u"）工作"_s);
            lines.append(u"一是"_s + event + u"；二是完善制度。"_s);
            break;
        case SectionShape::Shortcomings:
            lines.append(QString::number(i % 40 + 1) + u".执法人员培训不足，"_s + event + u"未达标。"_s);
            break;
        case SectionShape::BareLines:
            lines.append(event + u"。"_s);
            break;
        case SectionShape::Mixed: {
            const int part = i * 4 / qMax(1, sections);
            if (i == 0 || part != (i - 1) * 4 / qMax(1, sections))
                lines.append(chineseNumber(part + 1) + u"、"_s + parts.at(part));
            if (i % 9 == 0)
                lines.append(u"（"_s + chineseNumber(i / 9 % 99 + 1) + u"）"_s + (part == 1 ? u"问题"_s : u"工作"_s));
            else
                lines.append(QString::number(i % 9) + u"."_s + (part == 1 ? u"执法人员培训不足，"_s : QString()) + event + u"。"_s);
            break;
        }
        }
    }
    lines.append(u"河西区市场监督管理局"_s);
    lines.append(u"2024年1月15日"_s);
    return lines.join(u'\n');
}

} // namespace Dz::Test
