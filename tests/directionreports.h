#pragma once

// Reports written for the tests of copying with its direction (issue 21):
// bodies of several kinds and places, years stated or not, publication and
// signing dates, made of paragraphs that no two share unless a test makes
// them. The paragraphs follow what such reports say, in words of our own.

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Dz::Test
{

/// Paragraphs by name; "〔名〕" stands for the short name of the body's place.
inline const QHash<QString, QString> &directionParagraphs()
{
    using namespace Qt::StringLiterals;
    static const QHash<QString, QString> p {
        {u"A01"_s, u"〔名〕建立行政规范性文件统一登记编号制度，所有文件出台前均由法制机构进行合法性审核，全年共审核文件二十一件。"_s},
        {u"A02"_s, u"围绕群众反映强烈的噪声扰民和占道经营问题，〔名〕组织城管、公安、市场监管三家联合执法，夜间巡查形成常态。"_s},
        {u"A03"_s, u"律师事务所和公证处纳入年度信用评价，评价结果向社会公开，对两家连续投诉较多的机构约谈负责人并限期整改。"_s},
        {u"A04"_s, u"建成覆盖全部街道的公共法律服务工作站，群众在家门口即可获得法律咨询、人民调解和法律援助申请等服务。"_s},
        {u"A05"_s, u"针对企业反映的检查多、频次高问题，推行进一次门、查多项事的综合查一次模式，涉企检查次数比上年下降三成。"_s},
        {u"A06"_s, u"组织开展行政复议案件庭审观摩活动，邀请人大代表和政协委员旁听，复议决定书全部在政府网站公开。"_s},
        {u"A07"_s, u"编制重大行政决策事项目录并向社会公布，对城市更新、学校布局调整两项决策开展社会稳定风险评估。"_s},
        {u"A08"_s, u"以案释法进社区活动走进二十八个小区，选取邻里纠纷、婚姻家庭等常见案例，由法官和律师现场讲解。"_s},
        {u"A09"_s, u"依托一网统管平台汇集执法检查数据，实现案件受理、立案、调查、决定全流程网上流转和留痕。"_s},
        {u"A10"_s, u"〔名〕主要负责人主持召开专题会议研究法治建设重点任务，对年度考核中发现的问题逐项明确整改责任人。"_s},
        {u"A11"_s, u"领导班子成员每人联系一个基层执法单位，每季度至少开展一次现场调研，帮助解决执法装备短缺问题。"_s},
        {u"A12"_s, u"执法人员数量与辖区监管对象规模不相匹配，部分中队长期处于满负荷运转状态，难以做到检查全覆盖。"_s},
        {u"A13"_s, u"行政处罚案卷中仍存在证据链不完整、文书填写不规范等情况，个别案件自由裁量说理不够充分。"_s},
        {u"A14"_s, u"法治宣传形式较为单一，面向新就业形态劳动者和外来务工人员的宣传覆盖面还不够广。"_s},
        {u"A15"_s, u"部门之间数据共享机制尚未完全建立，同一事项需要企业重复提交材料的现象仍有发生。"_s},
        {u"A16"_s, u"下一年度将推动执法力量向一线倾斜，通过公开招录和内部调剂补充基层执法人员不少于十五名。"_s},
        {u"A17"_s, u"计划引入第三方机构对行政执法案卷开展交叉评查，评查结果纳入各单位年度绩效考核。"_s},
        {u"A18"_s, u"将继续深化公共法律服务体系建设，在产业园区设立企业法律服务驿站，提供合规体检服务。"_s},
        {u"A19"_s, u"推进非现场监管方式运用，对重点行业安装在线监测设备，减少对守法经营主体的现场打扰。"_s},
        {u"A20"_s, u"组织新任职领导干部参加任前法律知识考试，考试结果作为任职的重要参考依据。"_s},
        {u"A21"_s, u"坚持把调解挺在前面，在医院、学校和物业小区建立行业性专业性调解组织十二个。"_s},
        {u"A22"_s, u"对涉及群众切身利益的收费项目开展清理，取消不合理收费三项，减轻经营主体负担。"_s},
        {u"A23"_s, u"首次在机关内部开展法治讲堂评比，十名青年干部结合本职工作讲解相关法律法规。"_s},
        {u"A24"_s, u"推行柔性执法清单制度，对首次轻微违法且及时改正的经营者依法不予处罚，共适用八十余次。"_s},
        // A sentence many bodies write alike.
        {u"S"_s, u"坚持问题导向和目标导向相统一，推动法治政府建设各项任务落地见效。"_s},
    };
    return p;
}

/// A paragraph as the body of @p place writes it.
inline QString directionParagraph(const QString &name, const QString &place)
{
    using namespace Qt::StringLiterals;
    const QString text = directionParagraphs().value(name);
    if (text.isEmpty())
        qFatal("no paragraph %s", qPrintable(name));
    return QString(text).replace(u"〔名〕"_s, place.isEmpty() ? u"本单位"_s : place);
}

/**
 * The text of a report from a recipe:
 *
 *     ISSUER[/PLACE] [yYEAR] [pYYYY-MM-DD] [sYYYY-MM-DD] : A01 A02 | A10 | A12 | A16
 *
 * ISSUER signs it and names it in the title ("-" for a report that names no
 * body), PLACE is its short place name for the paragraphs, y the year in the
 * title (none: the year is not stated), p a publication date in a page
 * header, s the signing date under the 落款. The paragraphs go into the
 * measures, the leaders' duty, the shortcomings and the plan, parts split at "|".
 */
inline QString directionReport(const QString &recipe)
{
    using namespace Qt::StringLiterals;
    const qsizetype colon = recipe.indexOf(u':');
    const QStringList head = recipe.left(colon).split(u' ', Qt::SkipEmptyParts);
    QString issuer = head.value(0);
    QString place;
    if (const qsizetype slash = issuer.indexOf(u'/'); slash >= 0) {
        place = issuer.mid(slash + 1);
        issuer = issuer.left(slash);
    }
    if (issuer == u"-"_s)
        issuer.clear();
    int year = 0;
    QDate published, signedOn;
    for (const QString &field : head.mid(1)) {
        if (field.startsWith(u'y'))
            year = field.mid(1).toInt();
        else if (field.startsWith(u'p'))
            published = QDate::fromString(field.mid(1), Qt::ISODate);
        else if (field.startsWith(u's'))
            signedOn = QDate::fromString(field.mid(1), Qt::ISODate);
    }
    static const QStringList headings {
        u"一、主要举措和成效"_s, u"二、党政主要负责人履行推进法治建设第一责任人职责情况"_s, u"三、存在的不足和原因"_s, u"四、下一年度工作安排"_s};
    QStringList lines;
    lines.append(issuer + (year > 0 ? u"%1年"_s.arg(year) : QString()) + u"法治政府建设情况报告"_s);
    if (published.isValid()) {
        lines.append(u"来源：%1 发布时间：%2 10:00 字体：[大 中 小]"_s.arg(issuer.isEmpty() ? u"本站"_s : issuer, published.toString(Qt::ISODate)));
    }
    lines.append(QString());
    const QStringList parts = recipe.mid(colon + 1).split(u'|');
    for (int part = 0; part < headings.size(); ++part) {
        lines.append(headings.at(part));
        for (const QString &name : parts.value(part).split(u' ', Qt::SkipEmptyParts))
            lines.append(directionParagraph(name, place));
    }
    lines.append(QString());
    if (!issuer.isEmpty())
        lines.append(issuer);
    if (signedOn.isValid())
        lines.append(u"%1年%2月%3日"_s.arg(signedOn.year()).arg(signedOn.month()).arg(signedOn.day()));
    return lines.join(u'\n') + u'\n';
}

} // namespace Dz::Test
