#!/usr/bin/env python3
"""Writes the identity test set: report-shaped texts of bodies and levels
other than the samples' (provincial, city, county and district 卫健, 应急管理,
司法, 区政府, 市场监管), in the forms real reports take (titled, untitled,
run-on web copies, theme-sentence headings, page furniture with clocks and
索引号, signature blocks), each with the identity, headings, parts and
figures a careful reader finds in it (expected.json).

The texts are written from templates and name lists here, not copied from
any report. Deterministic: rerun after changing a template, then read the
diff of tests/data/identity.

    python3 tests/data/identity/generate-corpus.py
"""

import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

# How many units share each name (和平区: 天津 and 沈阳), from the gazetteer.
with open(os.path.join(HERE, "..", "..", "..", "resources", "identity", "divisions.json"), encoding="utf-8") as _f:
    SHARED = {}
    for _u in json.load(_f)["units"]:
        for _n in [_u[1]] + _u[2]:
            SHARED[_n] = SHARED.get(_n, 0) + 1

# Bodies: (region as written in full, region as written short or None, code,
# level, district label, agency full, agency as written, agency label,
# parent named in the text for shared names)
BODIES = [
    # province level
    ("广东省", "广东", "44", "province", "广东", "卫生健康委员会", "卫生健康委员会", "卫健委"),
    ("河北省", "河北", "13", "province", "河北", "应急管理厅", "应急管理厅", "应急厅"),
    ("浙江省", "浙江", "33", "province", "浙江", "司法厅", "司法厅", "司法厅"),
    ("四川省", "四川", "51", "province", "四川", "市场监督管理局", "市场监督管理局", "市场监管局"),
    ("湖北省", "湖北", "42", "province", "湖北", "卫生健康委员会", "卫生健康委员会", "卫健委"),
    ("天津市", "天津", "12", "province", "天津", "卫生健康委员会", "卫生健康委员会", "卫健委"),
    ("广西壮族自治区", "广西", "45", "province", "广西", "司法厅", "司法厅", "司法厅"),
    # prefecture level
    ("河北省秦皇岛市", "秦皇岛市", "1303", "prefecture", "秦皇岛", "卫生健康委员会", "卫生健康委员会", "卫健委"),
    ("江苏省苏州市", "苏州市", "3205", "prefecture", "苏州", "应急管理局", "应急管理局", "应急局"),
    ("湖北省恩施土家族苗族自治州", "恩施州", "4228", "prefecture", "恩施州", "司法局", "司法局", "司法局"),
    ("河南省洛阳市", "洛阳市", "4103", "prefecture", "洛阳", "市场监督管理局", "市场监督管理局", "市场监管局"),
    ("四川省绵阳市", "绵阳市", "5107", "prefecture", "绵阳", "人民政府", "人民政府", "政府"),
    ("山东省潍坊市", "潍坊市", "3707", "prefecture", "潍坊", "卫生健康委员会", "卫健委", "卫健委"),
    ("广东省佛山市", "佛山市", "4406", "prefecture", "佛山", "应急管理局", "应急管理局", "应急局"),
    # county level
    ("天津市和平区", "和平区", "120101", "county", "和平", "人民政府", "人民政府", "政府"),
    ("重庆市渝北区", "渝北区", "500112", "county", "渝北", "卫生健康委员会", "卫生健康委员会", "卫健委"),
    ("浙江省杭州市西湖区", "西湖区", "330106", "county", "西湖", "司法局", "司法局", "司法局"),
    ("重庆市石柱土家族自治县", "石柱县", "500240", "county", "石柱县", "卫生健康委员会", "卫生健康委员会", "卫健委"),
    ("河北省秦皇岛市昌黎县", "昌黎县", "130322", "county", "昌黎", "卫生健康局", "卫生健康局", "卫健局"),
    ("江苏省苏州市昆山市", "昆山市", "320583", "county", "昆山", "应急管理局", "应急管理局", "应急局"),
    ("福建省龙岩市永定区", "永定区", "350803", "county", "永定", "应急管理局", "应急管理局", "应急局"),
    ("湖南省张家界市永定区", "永定区", "430802", "county", "永定", "市场监督管理局", "市场监督管理局", "市场监管局"),
    ("山西省晋城市城区", "城区", "140502", "county", "城区", "人民政府", "人民政府", "政府"),
    ("广东省广州市番禺区", "番禺区", "440113", "county", "番禺", "市场监督管理局", "市场监管局", "市场监管局"),
    ("上海市浦东新区", "浦东新区", "310115", "county", "浦东", "卫生健康委员会", "卫生健康委员会", "卫健委"),
    ("河南省郑州市金水区", "金水区", "410105", "county", "金水", "卫生健康委员会", "卫生健康委员会", "卫健委"),
]

YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025]

THEME_P1 = [
    ("坚持党的领导，筑牢法治政府建设根基", "T01"),
    ("依法全面履行职能，持续优化营商环境", "T02"),
    ("严格规范公正文明执法，提升执法质效", "T05"),
    ("深化法治宣传教育，营造浓厚法治氛围", "T10"),
    ("强化权力制约监督，规范权力运行", "T08"),
]

P1_TITLES = ["主要举措和成效", "推进法治政府建设的主要举措和成效", "工作完成情况", "工作推进情况", "主要做法", "基本情况", "{y}年度法治政府建设主要情况"]
P3_TITLES = ["主要负责人履行推进法治建设第一责任人职责情况", "党政主要负责人履行推进法治建设第一责任人职责情况", "履行推进法治建设第一责任人职责情况"]
P2_TITLES = ["存在的不足和原因", "存在的问题和不足", "问题和不足", "推进法治政府建设存在的不足"]
P4_TITLES = ["下一年度推进法治政府建设的主要安排", "下一步工作打算", "{n}年工作计划"]
MERGED = ["存在问题及下一步打算", "存在的不足和下一步工作打算"]

SUBS_LEAD = ["加强组织领导，统筹部署法治建设", "强化政治引领，压实工作责任"]
SUBS = [
    ("深化“放管服”改革", "持续精简审批事项，{n1}项政务服务事项实现网上办理。"),
    ("强化行政执法监督", "全年办理行政处罚案件{cases}件，罚没金额{fine}万元。"),
    ("依法化解矛盾纠纷", "全年受理行政复议案件{recon}宗，依法办结。办理行政诉讼案件{lit}宗。"),
    ("推进法治宣传教育", "组织开展普法活动{edu}场次，覆盖群众{people}人次。"),
    ("提升应急处置能力", "组织开展应急演练{drill}次。"),
]

PREAMBLE_BODY = "坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，全面落实法治政府建设各项任务，现将有关情况报告如下。"

TRAPS = [
    "在上级党委的坚强领导和有力指导下，各项工作稳步推进。",
    "会同市和县卫健委开展联合检查。",
    "主城区卫生健康局在年度考核中取得良好成绩。",
    "按照县委县政府的部署，认真抓好落实。",
    "全省应急管理局在系统内开展交流。",
]

CN_DIGITS = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_DIGITS[int(c)] for c in str(y))


def cn_small(n):
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n - 10] if n > 10 else "")
    return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


def make(index, rng):
    body = BODIES[index % len(BODIES)]
    full, short, code, level, district, agency_full, agency_written, label = body
    year = YEARS[index % len(YEARS)]
    form = ["titled", "untitled", "webcopy", "heading-year", "titled-two-lines"][index % 5]
    themed = index % 3 == 1
    merged = index % 4 == 3
    lead_first = index % 2 == 0
    p1_title = P1_TITLES[index % len(P1_TITLES)].format(y=year)
    figures = {
        "cases": rng.randint(12, 400), "fine": rng.randint(2, 90), "recon": rng.randint(3, 60),
        "lit": rng.randint(2, 40), "edu": rng.randint(5, 120), "people": rng.randint(500, 9000),
        "drill": rng.randint(3, 30), "n1": rng.randint(20, 300),
    }
    issuer_written = (full if index % 3 != 2 else short) + agency_written
    # A shared name (永定区) gets its parent named in the text when written short.
    parent_hint = ""
    open_region = False
    if short == "永定区" and index % 3 == 2:
        if index % 2 == 0:
            open_region = True  # nothing says which 永定区: left open
        else:
            parent_hint = full[: full.index("市") + 1]

    headings = []  # (level, title, part)
    lines = []
    numerals = "一二三四五六七八九十"

    def top(i, title):
        return f"{numerals[i]}、{title}"

    # Part 1
    p1_heading = p1_title if form != "heading-year" else f"{year}年推进法治政府建设的主要举措和成效"
    subs = rng.sample(SUBS, 3)
    sub_lines = []
    sub_titles = []
    order = ([SUBS_LEAD[index % 2]] if lead_first else []) + [s[0] for s in subs]
    texts = ([f"成立法治政府建设工作领导小组，定期研究部署法治建设工作。"] if lead_first else []) + [s[1].format(**figures) for s in subs]
    for k, (t, x) in enumerate(zip(order, texts)):
        sub_lines.append(f"（{numerals[k]}）{t}。{x}")
        sub_titles.append(t)
    sections = []
    if themed:
        # theme-sentence top headings: each is P1 content
        for k, (t, theme) in enumerate(THEME_P1[:2]):
            sections.append((t, "P1", [f"围绕{t[:4]}，细化工作措施，推动各项任务落地见效。"]))
        sections[0] = (sections[0][0], "P1", sub_lines)
    else:
        sections.append((p1_heading, "P1", sub_lines))
    sections.append((P3_TITLES[index % len(P3_TITLES)], "P3",
                     ["主要负责人认真履行推进法治建设第一责任人职责，坚持重大事项亲自部署、重要任务亲自督办。"]))
    if merged:
        sections.append((MERGED[index % len(MERGED)], "P2",
                         ["一是法治宣传的针对性有待增强。二是执法队伍专业能力仍需提升。", "（一）加强学习培训。", "（二）提升执法水平。"]))
    else:
        sections.append((P2_TITLES[index % len(P2_TITLES)], "P2", ["一是法治宣传的针对性有待增强。二是执法队伍专业能力仍需提升。"]))
        sections.append((P4_TITLES[index % len(P4_TITLES)].format(n=year + 1), "P4", ["继续深入学习贯彻习近平法治思想，持续推进依法行政。"]))

    signature = issuer_written if index % 2 == 0 else ("区" if level == "county" else "市" if level == "prefecture" else "省") + agency_written
    signed_month, signed_day = rng.randint(1, 3), rng.randint(1, 28)
    if index % 4 == 1:
        date_text = f"{cn_year(year + 1)}年{cn_small(signed_month)}月{cn_small(signed_day)}日"
    else:
        date_text = f"{year + 1}年{signed_month}月{signed_day}日"
    signed = f"{year + 1}-{signed_month:02d}-{signed_day:02d}"

    title_text = None
    expected_year_from = "title"
    preamble = f"{year}年，{(parent_hint + short) if parent_hint else issuer_written if index % 3 != 2 else issuer_written}{PREAMBLE_BODY}"
    if parent_hint:
        preamble = f"{year}年，{parent_hint}{short}{agency_written}{PREAMBLE_BODY}"
    trap = TRAPS[index % len(TRAPS)]

    head = []
    if form == "titled":
        # some titles write the year in Chinese numerals
        written_year = cn_year(year) if index % 7 == 5 else str(year)
        title_text = f"{issuer_written}{written_year}年度法治政府建设情况报告"
        head = [title_text, "", preamble]
    elif form == "titled-two-lines":
        title_text = f"{issuer_written}\n关于{year}年法治政府建设情况的报告"
        head = [issuer_written, "关于%d年法治政府建设情况的报告" % year, "", preamble]
    elif form == "untitled":
        head = [preamble]
        expected_year_from = "preamble"
    elif form == "heading-year":
        head = []
        expected_year_from = "first heading"
    if form == "webcopy":
        clock_year = year - rng.randint(1, 3) if year > 2019 else 2017
        head = [
            "首页 > 政务公开 > 法治政府建设",
            f"{full}{agency_written} {clock_year}年5月8日星期六",
            f"{issuer_written}{year}年法治政府建设工作情况报告",
            f"索引号：{code}00-{year + 1}-0001{index:02d}",
            f"发布机构：{full}{agency_written}",
            f"发布日期：{year + 1}-{signed_month:02d}-{signed_day:02d}",
        ]
        # one run-on paragraph: the body as copied from the page
        run = [preamble]
        for i, (t, part, paras) in enumerate(sections):
            run.append(top(i, t))
            run.extend(paras)
        head.append(" ".join(run[:1]) + " " + " ".join(run[1:]))
        body_lines = []
    else:
        body_lines = []
        for i, (t, part, paras) in enumerate(sections):
            body_lines.append(top(i, t))
            body_lines.extend(paras)
            if i == 0:
                body_lines.append(trap)
    tail = ["", signature, date_text] if form != "webcopy" else []
    text = "\n".join(head + body_lines + tail) + "\n"

    expected = {
        "file": f"{index:03d}.txt",
        "form": form,
        "district": district,
        "regionCode": code,
        "level": level,
        "agency": agency_full,
        "issuer": issuer_written if form != "heading-year" and form != "untitled" or index % 2 == 0 else None,
        "year": year,
        "yearFrom": expected_year_from,
        "signed": signed if form != "webcopy" else None,
        "topHeadings": [t for t, _, _ in sections],
        "parts": [p for _, p, _ in sections],
        "figures": {},
    }
    if form == "untitled" and index % 2 == 1:
        # signed by level only (区卫健委): the issuer comes from the preamble
        expected["issuer"] = issuer_written
    written_place = full if index % 3 != 2 else short
    if (open_region or (written_place == short and SHARED.get(short, 0) > 1 and not parent_hint)) and form != "webcopy":
        expected["regionCode"] = None  # a shared name and nothing that says which: left open
    if form == "heading-year" and index % 2 == 1:
        expected["issuer"] = None  # nothing but 区司法局 names the body, and no place
        expected["district"] = None
        expected["regionCode"] = None
        expected["level"] = None
    for s, x in subs:
        if "行政复议" in x:
            expected["figures"]["admin_reconsideration"] = figures["recon"]
            expected["figures"]["admin_litigation"] = figures["lit"]
        if "行政处罚案件" in x:
            expected["figures"]["penalty_cases"] = figures["cases"]
    return text, expected


# The gaps closed after the first set (texts 078 on): 一是… headings on lines
# of their own, bodies of places the gazetteer does not list (made-up names,
# or districts created after its dataset), and headings the classifier must
# not take for P3 (组织领导, 统筹部署) or must split (问题和不足及改进措施).

# Syllables for made-up place names; each name is checked against the gazetteer.
MADE_UP = ["青禾", "云岫", "栖凤", "澜石", "苍梧岭", "望舒", "临溪", "桐庐湾", "鹤鸣", "翠屏湖", "银杏", "松涛", "柳泉", "霁月", "星槎", "晴川", "雁栖湾", "枫桥", "芷兰", "澄湖"]
ALL_NAMES = sorted(SHARED, key=len, reverse=True)


def unknown_name(rng, suffix, used=None):
    for _ in range(100):
        name = rng.choice(MADE_UP)
        written = name + suffix
        if (used is not None and written in used) or written in SHARED or name in SHARED:
            continue
        # no listed name inside it either (not even 苍梧 in 苍梧岭)
        if any(len(n) >= 2 and n in written for n in ALL_NAMES):
            continue
        if used is not None:
            used.add(written)
        return written
    raise SystemExit("no made-up name left for " + suffix)


GAP_P1 = ["工作完成情况", "工作推进情况", "主要做法", "基本情况", "{y}年度法治政府建设主要情况"]
# What a 组织领导 sub-section says: the principal leader's part in it, in
# the words P3's body cues use, under a heading that does not name the duty.
GAP_LEAD = [
    ("加强组织领导", "党组主要负责人亲自部署、亲自推动，主要领导定期听取法治建设工作汇报，主要负责人带头述法。"),
    ("强化政治引领", "坚持党组书记、主要负责人亲自抓，主要领导亲自研究，把法治建设纳入年度重点工作统筹推进。"),
    ("统筹部署法治建设", "主要负责人亲自部署、亲自督办，党组会议{n}次专题研究法治建设，主要领导亲自协调重大事项。"),
]
GAP_TOP_LEAD = ["统筹部署，加强组织领导", "加强党的领导，统筹推进法治建设", "组织领导"]
GAP_MERGED = ["存在问题及下一步打算", "问题和不足及改进措施", "存在的问题和下一步工作打算", "问题与不足及下一步工作计划"]
OWN_LINE = [
    ("强化组织领导", "成立法治建设工作领导小组，定期研究部署法治建设工作。"),
    ("压实工作责任", "将法治建设纳入年度绩效考核，逐级签订目标责任书。"),
    ("健全制度机制", "修订完善内部管理制度{n}项，规范权力运行。"),
    ("加强队伍建设", "组织执法人员参加法律知识培训{n}次。"),
]


def make_gap(index, rng, used):
    k = index - 78
    form = ["own-line", "own-line-parts", "unknown-region", "unknown-region-parent", "unknown-region-untitled", "classifier-generic", "classifier-theme"][k % 7]
    year = YEARS[k % len(YEARS)]
    body = BODIES[(k * 5 + 3) % len(BODIES)]
    full, short, code, level, district, agency_full, agency_written, label = body
    figures = {"cases": rng.randint(12, 400), "recon": rng.randint(3, 60), "lit": rng.randint(2, 40), "n": rng.randint(2, 12)}
    issuer = full + agency_written
    expected = {
        "file": f"{index:03d}.txt", "form": form, "district": district, "regionCode": code, "level": level,
        "agency": agency_full, "issuer": issuer, "year": year, "yearFrom": "title", "figures": {},
    }
    headings = []  # (level, marker, title)
    parts = []  # per top heading: (part, items part or None)
    lines = []
    numerals = "一二三四五六七八九十"

    def top(title, part, items=None):
        headings.append((1, numerals[len(parts)] + "、", title))
        parts.append((part, items))
        lines.append(numerals[len(parts) - 1] + "、" + title)

    def sub(i, title, text=None):
        headings.append((2, f"（{numerals[i]}）", title))
        lines.append(f"（{numerals[i]}）{title}" + (f"。{text}" if text else ""))

    def own_lines(level, items, with_bodies=True):
        for i, (t, x) in enumerate(items):
            lines.append(f"{numerals[i]}是{t}。")
            if with_bodies:
                headings.append((level, f"{numerals[i]}是", t))
                lines.append(x.format(**figures))

    recon = f"全年受理行政复议案件{figures['recon']}件，办理行政诉讼案件{figures['lit']}件。"
    p3 = "主要负责人履行推进法治建设第一责任人职责情况"
    if form in ("own-line", "own-line-parts"):
        top("主要举措和成效", "P1")
        if form == "own-line":
            sub(0, "加强党的领导")
            own_lines(3, rng.sample(OWN_LINE, 2 + k % 2))
            sub(1, "深化“放管服”改革", "一是精简审批事项，二是推行告知承诺制。全年实现网上办理事项{}项。".format(rng.randint(20, 300)))
            sub(2, "依法化解矛盾纠纷")
            lines.append(recon)
            # a list of short items, no body after each: they stay body
            own_lines(3, [("加强行政复议", ""), ("规范行政应诉", ""), ("推进诉源治理", "")], with_bodies=False)
            lines.append("全年未发生行政败诉案件。")
        else:
            sub(0, "严格规范公正文明执法", f"全年办理行政处罚案件{figures['cases']}件。")
            sub(1, "依法化解矛盾纠纷", recon)
        top(p3, "P3")
        lines.append("主要负责人认真履行推进法治建设第一责任人职责，重要工作亲自部署。")
        top("存在的问题和不足", "P2")
        if form == "own-line-parts":
            # directly under a top heading: one level below it
            own_lines(2, [("法治宣传的针对性有待增强", "宣传形式较为单一，覆盖面不广。"), ("执法队伍专业能力仍需提升", "执法人员法律专业背景占比偏低。")])
        else:
            lines.append("一是法治宣传的针对性有待增强，二是执法队伍专业能力仍需提升。")
        top("下一步工作打算", "P4")
        lines.append("继续深入学习贯彻习近平法治思想，持续推进依法行政。")
        head = [f"{issuer}{year}年法治政府建设情况报告", "", f"{year}年，{issuer}{PREAMBLE_BODY}"]
    elif form.startswith("unknown-region"):
        suffix = {"unknown-region": "区", "unknown-region-parent": "县", "unknown-region-untitled": "区"}[form]
        place = unknown_name(rng, suffix, used)
        agency_full, agency_written = [("卫生健康局", "卫生健康局"), ("应急管理局", "应急管理局"), ("市场监督管理局", "市场监督管理局")][k % 3]
        parent = ["河北省", "四川省", "江苏省苏州市"][k % 3] if form == "unknown-region-parent" else ""
        issuer = parent + place + agency_written
        expected.update({"district": None, "regionCode": None, "level": None, "agency": agency_full, "issuer": issuer, "regionNote": place})
        # a made-up name with no agency after it is never a place
        trap = f"组织执法骨干赴{unknown_name(rng, '区')}考察学习，交流经验做法。"
        top("主要举措和成效", "P1")
        sub(0, "严格规范公正文明执法", f"全年办理行政处罚案件{figures['cases']}件。{trap}")
        sub(1, "依法化解矛盾纠纷", recon)
        top(p3, "P3")
        lines.append("主要负责人认真履行推进法治建设第一责任人职责。")
        top("存在的不足和原因", "P2")
        lines.append("执法力量有待加强。")
        top("下一年度工作安排", "P4")
        lines.append("持续推进依法行政。")
        if form == "unknown-region":
            head = [f"{issuer}{year}年法治政府建设工作情况报告", "", f"{year}年，我局{PREAMBLE_BODY}"]
        elif form == "unknown-region-parent":
            head = [issuer, f"关于{year}年法治政府建设情况的报告", "", f"{year}年，我局{PREAMBLE_BODY}"]
        else:
            head = [f"{year}年，{issuer}{PREAMBLE_BODY}"]
            expected["yearFrom"] = "preamble"
    else:
        lead, lead_text = GAP_LEAD[k % len(GAP_LEAD)]
        if form == "classifier-generic":
            top(GAP_P1[k % len(GAP_P1)].format(y=year), "P1")
            sub(0, lead, lead_text.format(**figures))
            sub(1, "严格规范公正文明执法", f"全年办理行政处罚案件{figures['cases']}件。")
            sub(2, "依法化解矛盾纠纷", recon)
        else:
            top(THEME_P1[0][0], "P1")
            sub(0, lead, lead_text.format(**figures))
            sub(1, "落实学法制度", f"组织集体学法{figures['n']}次。")
            top(THEME_P1[2][0], "P1")
            sub(0, "严格规范公正文明执法", f"全年办理行政处罚案件{figures['cases']}件。")
            sub(1, "依法化解矛盾纠纷", recon)
            # a top heading about organisation that does not name the leaders' duty
            top(GAP_TOP_LEAD[k % len(GAP_TOP_LEAD)], "P1")
            lines.append("主要负责人亲自部署、亲自协调，党组定期研究法治建设重大问题。")
        top(P3_TITLES[k % len(P3_TITLES)], "P3")
        lines.append("主要负责人认真履行推进法治建设第一责任人职责，亲自部署重要工作。")
        merged = GAP_MERGED[k % len(GAP_MERGED)]
        top(merged, "P2", "P4")
        lines.append("一是法治宣传的针对性有待增强。二是执法队伍专业能力仍需提升。")
        for i, t in enumerate(["加强学习培训", "提升执法水平"]):
            sub(i, t, "持续推进。")
        head = [f"{issuer}{year}年度法治政府建设情况报告", "", f"{year}年，{issuer}{PREAMBLE_BODY}"]

    signed_month, signed_day = rng.randint(1, 3), rng.randint(1, 28)
    text = "\n".join(head + lines + ["", issuer, f"{year + 1}年{signed_month}月{signed_day}日"]) + "\n"
    expected["signed"] = f"{year + 1}-{signed_month:02d}-{signed_day:02d}"
    expected["topHeadings"] = [t for l, _, t in headings if l == 1]
    expected["parts"] = [p for p, _ in parts]
    expected["itemsParts"] = [i for _, i in parts]
    expected["headings"] = [f"{l} {m} {t}" for l, m, t in headings]
    if "行政复议案件" in "".join(lines):
        expected["figures"]["admin_reconsideration"] = figures["recon"]
        expected["figures"]["admin_litigation"] = figures["lit"]
    if "行政处罚案件" in "".join(lines):
        expected["figures"]["penalty_cases"] = figures["cases"]
    return text, expected


# The third set (texts 113 on): bodies below the county and units of bodies
# (issue 22). Townships of several provinces, many with names that repeat
# (城关镇, 东城街道), resolved by a parent the text names or left open;
# 分局, 派出所, 司法所 and 支队 under their parent bodies; bureaus that name
# only their level, whose place is inferred from the places the text names
# most; titles that name a place and no agency (its government); pages with a
# site banner, bracketed 发布日期 fields and publication lines after the
# signature; counties that share their short name with their city. Every
# place comes from the gazetteer (divisions.json), chosen by the generator.

with open(os.path.join(HERE, "..", "..", "..", "resources", "identity", "divisions.json"), encoding="utf-8") as _f:
    _DIV = json.load(_f)
UNITS = {u[0]: u for u in _DIV["units"]}
TOWNS = {}
for _row in _DIV["townships"]:
    for _e in _row[1:]:
        TOWNS[_row[0] + _e[:3]] = (_e[3:], _row[0])
TOWN_NAMES = {}
for _c, (_n, _p) in TOWNS.items():
    TOWN_NAMES.setdefault(_n, []).append(_c)


def chain_codes(code):
    out = []
    while code:
        out.append(code)
        code = TOWNS[code][1] if code in TOWNS else UNITS[code][3]
    return out[::-1]


def name_of(code):
    return TOWNS[code][0] if code in TOWNS else UNITS[code][1]


def short_of(code):
    if code in TOWNS:
        return TOWNS[code][0]
    return UNITS[code][2][0] if UNITS[code][2] else UNITS[code][1]


def level_of(code):
    return {2: "province", 4: "prefecture", 6: "county", 9: "township"}[len(code)]


def issuer_chain(code, body):
    """The places above a body (at most two, a province only directly above) and the body."""
    codes = chain_codes(code)[:-1]
    above = []
    for c in reversed(codes):
        if len(above) == 2 or (len(c) == 2 and above):
            break
        above.insert(0, name_of(c))
    return above + [body]


def written_places(code, depth):
    """The place as a report writes it: the last depth names of its chain (苏州市姑苏区平江街道)."""
    codes = [c for c in chain_codes(code) if not (len(c) == 2 and len(chain_codes(code)) > 3)]
    return "".join(name_of(c) for c in codes[-depth:])


# Townships whose names repeat, and the provinces to take them from.
REPEATED = ["城关镇", "东城街道", "新华街道", "城关街道", "太平镇", "城南街道", "兴隆镇", "古城镇", "西城街道", "白沙镇", "永安镇", "城北街道"]
SUB_AGENCIES = [("人民政府", "人民政府", "政府"), ("办事处", "办事处", "办")]


def pick_towns(rng, suffix, unique, count):
    names = [n for n in REPEATED if n.endswith(suffix)] if not unique else None
    picked = []
    if unique:
        pool = sorted(c for c, (n, p) in TOWNS.items() if n.endswith(suffix) and len(TOWN_NAMES[n]) == 1 and len(n) >= 3)
        return rng.sample(pool, count)
    for i in range(count):
        n = names[i % len(names)]
        codes = sorted(TOWN_NAMES[n])
        picked.append(codes[(i * 7 + 3) % len(codes)])
    return picked


def sub_body(rng, figures, lines, headings, parts, trap=None):
    numerals = "一二三四五六七八九十"

    def top(title, part):
        headings.append((1, numerals[len(parts)] + "、", title))
        parts.append((part, None))
        lines.append(numerals[len(parts) - 1] + "、" + title)

    top("主要举措和成效", "P1")
    headings.append((2, "（一）", "严格规范公正文明执法"))
    lines.append(f"（一）严格规范公正文明执法。全年办理行政处罚案件{figures['cases']}件。" + (trap or ""))
    headings.append((2, "（二）", "依法化解矛盾纠纷"))
    lines.append(f"（二）依法化解矛盾纠纷。全年受理行政复议案件{figures['recon']}件，办理行政诉讼案件{figures['lit']}件。")
    top("主要负责人履行推进法治建设第一责任人职责情况", "P3")
    lines.append("主要负责人认真履行推进法治建设第一责任人职责，重要工作亲自部署。")
    top("存在的不足和原因", "P2")
    lines.append("一是法治宣传的针对性有待增强。二是执法力量仍显薄弱。")
    top("下一年度工作安排", "P4")
    lines.append("持续推进依法行政，提升基层治理法治化水平。")


SUB_FORMS = [
    "street-full", "town-full", "street-shared-parent", "town-shared-parent", "town-shared-open", "street-place-title",
    "town-signature-publication", "branch-district", "branch-unit", "branch-station", "relative-city", "relative-district",
    "title-place-only", "banner-child", "banner-only", "bracket-date", "county-like-city", "street-under-district",
]


def make_sub(index, rng):
    k = index - 113
    form = SUB_FORMS[k % len(SUB_FORMS)]
    round_ = k // len(SUB_FORMS)
    year = YEARS[(k + 3) % len(YEARS)]
    figures = {"cases": rng.randint(3, 90), "recon": rng.randint(1, 12), "lit": rng.randint(1, 9)}
    signed_month, signed_day = rng.randint(1, 3), rng.randint(1, 28)
    date_text = f"{year + 1}年{signed_month}月{signed_day}日"
    expected = {"file": f"{index:03d}.txt", "form": form, "year": year, "signed": f"{year + 1}-{signed_month:02d}-{signed_day:02d}", "figures": {}}
    headings, parts, lines = [], [], []
    head, tail = [], []
    trap = None
    title_tail = f"{year}年法治政府建设情况报告"

    def township(code, agency_written, agency_full):
        return {"district": name_of(code), "regionCode": code, "level": "township", "agency": agency_full}

    if form in ("street-full", "town-full", "street-under-district"):
        suffix = "街道" if form != "town-full" else ("镇" if round_ % 2 == 0 else "乡")
        code = pick_towns(rng, suffix, True, 1)[0]
        agency_written, agency_full = ("办事处", "办事处") if suffix == "街道" else ("人民政府", "人民政府")
        if form == "street-under-district":
            county = TOWNS[code][1]
            issuer = written_places(county, 2) + "人民政府" + name_of(code) + "办事处"
            expected["parentBody"] = written_places(county, 2) + "人民政府"
        else:
            issuer = written_places(code, 3) + agency_written
        expected.update(township(code, agency_written, agency_full))
        expected["issuer"] = issuer
        expected["issuerChain"] = issuer_chain(code, name_of(code) + agency_full)
        head = [issuer + title_tail, "", f"{year}年，{name_of(code)}坚持以习近平法治思想为指导，扎实推进基层法治建设，现将有关情况报告如下。"]
        tail = ["", name_of(code) + agency_written, date_text]
    elif form in ("street-shared-parent", "town-shared-parent", "town-shared-open"):
        suffix = "街道" if form == "street-shared-parent" else "镇"
        code = pick_towns(rng, suffix, False, round_ + 1)[round_]
        agency_written, agency_full = ("办事处", "办事处") if suffix == "街道" else ("人民政府", "人民政府")
        county = TOWNS[code][1]
        issuer = name_of(code) + agency_written
        expected.update(township(code, agency_written, agency_full))
        expected["issuer"] = issuer
        if form == "town-shared-open":
            # nothing says which county: the region stays open, with a note
            expected["regionCode"] = None
            expected["regionNote"] = name_of(code)
            preamble = f"{year}年，{issuer}在上级党委政府的坚强领导下，深入推进法治政府建设，现将有关情况报告如下。"
        else:
            expected["issuerChain"] = issuer_chain(code, name_of(code) + agency_full)
            # the county named in running text, as its 区委/县委 and a cited plan
            parent = name_of(county)
            preamble = f"{year}年，{issuer}在{parent}委、{parent}政府的坚强领导下，深入推进法治政府建设，现将有关情况报告如下。"
            trap = f"落实《{written_places(county, 2)}{year}年法治政府建设工作要点》，细化任务清单。"
        head = [issuer + "关于" + title_tail.replace("报告", "的报告").replace("法治政府建设情况", "法治政府建设情况"), "", preamble]
        tail = ["", issuer, date_text]
    elif form == "street-place-title":
        code = pick_towns(rng, "街道", True, 1)[0]
        county = TOWNS[code][1]
        expected.update(township(code, "办事处", "办事处"))
        expected["issuer"] = written_places(code, 2) + "办事处"
        expected["issuerChain"] = issuer_chain(code, name_of(code) + "办事处")
        head = [f"{year}年{written_places(code, 2)}法治政府建设情况报告", "", f"{year}年，本街道坚持依法行政，现将有关情况报告如下。"]
        tail = ["", date_text]
    elif form == "town-signature-publication":
        code = pick_towns(rng, "镇", True, 1)[0]
        county = TOWNS[code][1]
        issuer = written_places(code, 2) + "人民政府"
        expected.update(township(code, "人民政府", "人民政府"))
        expected["issuer"] = issuer
        expected["issuerChain"] = issuer_chain(code, name_of(code) + "人民政府")
        head = [f"{year}年，我镇坚持以习近平法治思想为指导，全面推进依法行政，现将有关情况报告如下。"]
        pub = ["（此件公开发布）", "（此件主动公开）"][round_ % 2]
        tail = ["", issuer, date_text, "", pub, f"抄送：{name_of(county)}委依法治{name_of(county)[-1]}办，{name_of(county)}司法局。",
                f"{name_of(code)}党政综合办公室  {year + 1}年{signed_month}月{signed_day}日印发"]
    elif form in ("branch-district", "branch-unit", "branch-station"):
        prefectures = sorted(c for c in UNITS if len(c) == 4)
        pref = prefectures[(k * 13 + 5) % len(prefectures)]
        counties = sorted(c for c in UNITS if len(c) == 6 and UNITS[c][3] == pref and UNITS[c][1].endswith("区") and len(UNITS[c][1]) <= 4
                          and "新区" not in UNITS[c][1])
        if not counties:
            counties = sorted(c for c in UNITS if len(c) == 6 and UNITS[c][3] == pref)
        county = counties[round_ % len(counties)]
        if form == "branch-district":
            parent, branch, label = [("公安局", "公安分局", "公安分局"), ("市场监督管理局", "市场监督管理分局", "市场监管分局"), ("生态环境局", "生态环境分局", "生态环境分局")][round_ % 3]
            unit = name_of(county) + "分局"
            issuer = name_of(pref) + parent + unit
            expected.update({"district": short_of(county), "regionCode": county, "level": "county", "agency": branch, "issuer": issuer,
                             "issuerChain": [name_of(pref), parent, unit], "parentBody": name_of(pref) + parent})
        elif form == "branch-unit":
            parent, unit = [("公安局", "交通警察支队"), ("公安局", "治安管理支队"), ("综合行政执法局", "城区执法大队")][round_ % 3]
            issuer = name_of(pref) + parent + unit
            expected.update({"district": short_of(pref), "regionCode": pref, "level": "prefecture", "agency": parent, "issuer": issuer,
                             "issuerChain": [name_of(pref), parent, unit], "parentBody": name_of(pref) + parent})
        else:
            towns_in = sorted(c for c, (n, p) in TOWNS.items() if p == county and n.endswith(("镇", "街道")))
            town = towns_in[round_ % len(towns_in)]
            stem = name_of(town)[:-2] if name_of(town).endswith("街道") else name_of(town)[:-1]
            parent, unit_suffix = [("司法局", "司法所"), ("公安局", "派出所"), ("市场监督管理局", "市场监督管理所")][round_ % 3]
            unit = stem + unit_suffix
            issuer = written_places(county, 2) + parent + unit
            expected.update({"district": short_of(county), "regionCode": county, "level": "county", "agency": unit_suffix, "issuer": issuer,
                             "issuerChain": [name_of(county), parent, unit], "parentBody": name_of(county) + parent})
        head = [issuer + title_tail, "", f"{year}年，{issuer}坚持以习近平法治思想为指导，严格规范公正文明执法，现将有关情况报告如下。"]
        tail = ["", issuer, date_text]
    elif form in ("relative-city", "relative-district"):
        if form == "relative-city":
            pool = sorted(c for c in UNITS if len(c) == 4 and UNITS[c][1].endswith("市") and UNITS[c][2])
            place = pool[(k * 17 + 1) % len(pool)]
            level_word, agency_full, agency_written = "市", *[("市场监督管理局", "市场监管局"), ("交通运输局", "交通运输局"), ("自然资源和规划局", "自然资源和规划局")][round_ % 3]
            rule = ["电梯安全管理规定", "物业管理条例", "城市绿化条例"][round_ % 3]
            other = UNITS[pool[(k * 17 + 40) % len(pool)]][1]
            mentions = [f"配合起草《{name_of(place)}{rule}》，完成立法调研。", f"{short_of(place)}创新监管服务模式，入选全省典型案例。",
                        f"组织执法骨干赴{other}学习交流。", f"全力服务{name_of(place)}高质量发展大局。"]
        else:
            pool = sorted(c for c in UNITS if len(c) == 6 and UNITS[c][1].endswith("区") and UNITS[c][2] and len(UNITS[c][1]) >= 3)
            place = pool[(k * 29 + 11) % len(pool)]
            level_word, agency_full, agency_written = "区", *[("教育局", "教育局"), ("人力资源和社会保障局", "人社局"), ("农业农村委员会", "农业农村委员会")][round_ % 3]
            mentions = [f"推动{name_of(place)}教育优质均衡发展。", f"{name_of(place)}劳动保障监察综合执法改革持续深化。",
                        f"与{UNITS[UNITS[place][3]][1] if UNITS[place][3] in UNITS else name_of(place)}有关部门建立协作机制。", f"助力{name_of(place)}乡村振兴。"]
        full = name_of(place) + agency_full
        expected.update({"district": short_of(place), "regionCode": place, "level": level_of(place), "agency": agency_full,
                         "issuer": full, "inferred": True, "issuerChain": issuer_chain(place, full)})
        head = [f"{level_word}{agency_written}{year}年法治政府建设工作情况报告", "", f"{year}年，{level_word}{agency_written}在{level_word}委、{level_word}政府的坚强领导下，全面推进依法行政，现将有关情况报告如下。"]
        trap = "".join(mentions[:2])
        lines_extra = mentions[2:]
        tail = ["", level_word + agency_written, date_text]
        expected["_extra"] = lines_extra
    elif form == "title-place-only":
        pool = sorted(c for c in UNITS if len(c) == 6 and UNITS[c][1].endswith(("区", "县")) and len(UNITS[c][1]) >= 3)
        place = pool[(k * 31 + 7) % len(pool)]
        full = written_places(place, 2) if round_ % 2 else name_of(place)
        expected.update({"district": short_of(place), "regionCode": place, "level": "county", "agency": "人民政府",
                         "issuer": full + "人民政府", "issuerChain": issuer_chain(place, name_of(place) + "人民政府")})
        head = [f"{year}年{full}法治政府建设情况报告" if round_ % 3 != 1 else f"{full}{year}年度法治政府建设情况报告", "",
                f"{year}年，我{name_of(place)[-1]}以习近平法治思想为引领，统筹推进各领域依法治理，现将有关情况报告如下。"]
        tail = ["", date_text]
    elif form in ("banner-child", "banner-only"):
        pool = sorted(c for c in UNITS if len(c) == 6 and UNITS[c][1].endswith("区") and len(UNITS[c][1]) >= 3 and UNITS[c][3] in UNITS)
        place = pool[(k * 37 + 3) % len(pool)]
        pref = UNITS[place][3]
        site = [f"{name_of(pref)}人民政府网", f"{name_of(pref)}人民政府"][round_ % 2]
        crumbs = "首页 > 政务公开 > 法定主动公开内容 > 法治政府建设"
        if form == "banner-child":
            agency_full = ["卫生健康委员会", "应急管理局", "司法局"][round_ % 3]
            issuer = written_places(place, 2) + agency_full
            expected.update({"district": short_of(place), "regionCode": place, "level": "county", "agency": agency_full, "issuer": issuer,
                             "issuerChain": issuer_chain(place, name_of(place) + agency_full), "published": f"{year + 1}-03-{signed_day:02d}"})
            head = [site, crumbs, f"{issuer}{title_tail}", f"发布时间：{year + 1}-03-{signed_day:02d} 09:30  来源：{written_places(place, 2)}{agency_full}  字体：[大 中 小]",
                    "", f"{year}年，{name_of(place)}{agency_full}深入推进依法行政，现将有关情况报告如下。"]
            tail = ["", issuer, date_text]
        else:
            site = f"{name_of(place)}人民政府"
            expected.update({"district": short_of(place), "regionCode": place, "level": "county", "agency": "人民政府", "issuer": site,
                             "inferred": True, "issuerChain": issuer_chain(place, site), "signed": None})
            head = [site, crumbs, f"{year}年法治政府建设工作报告", "", f"{year}年，在上级党委政府的坚强领导下，各项工作依法有序推进，现将有关情况报告如下。"]
            tail = [""]
    elif form == "bracket-date":
        pool = sorted(c for c in UNITS if len(c) == 4 and UNITS[c][2])
        place = pool[(k * 41 + 9) % len(pool)]
        agency_full = ["卫生健康委员会", "司法局", "应急管理局"][round_ % 3]
        issuer = name_of(place) + agency_full
        pub = f"{year + 1}-0{rng.randint(3, 6)}-{rng.randint(10, 28)}"
        field = [f"[ 发布日期 ] {pub}", f"【发布日期】{pub}", f"发布日期：[{pub}]", f"成文日期：{pub}"][round_ % 4]
        expected.update({"district": short_of(place), "regionCode": place, "level": "prefecture", "agency": agency_full, "issuer": issuer,
                         "issuerChain": issuer_chain(place, issuer), "published": pub})
        head = [f"索引号：{place}00-{year + 1}-00{k:02d}", field, f"{issuer}{title_tail}", "", f"{year}年，{issuer}全面推进法治建设，现将有关情况报告如下。"]
        tail = ["", issuer, date_text]
    elif form == "county-like-city":
        pairs = []
        for c, u in sorted(UNITS.items()):
            if len(c) == 6 and u[3] in UNITS and not u[2] and u[1] != UNITS[u[3]][1]:
                stem = u[1][:-1]
                if UNITS[u[3]][2] and UNITS[u[3]][2][0] == stem:
                    pairs.append(c)
        place = pairs[(k * 5 + round_) % len(pairs)]
        agency_full = ["人民政府", "司法局", "卫生健康局"][round_ % 3]
        issuer = name_of(place) + agency_full
        expected.update({"district": name_of(place), "regionCode": place, "level": "county", "agency": agency_full, "issuer": issuer,
                         "issuerChain": issuer_chain(place, issuer)})
        head = [f"{issuer}{title_tail}", "", f"{year}年，{issuer}在{name_of(UNITS[place][3])}委、{name_of(UNITS[place][3])}政府的领导下依法履职，现将有关情况报告如下。"]
        tail = ["", issuer, date_text]
    # The body signing above its date (落款), whatever publication lines follow.
    expected["signatureBlock"] = len(tail) >= 3 and tail[2] == date_text and bool(tail[1])
    sub_body(rng, figures, lines, headings, parts, trap)
    for extra in expected.pop("_extra", []):
        lines.insert(2, extra)
    text = "\n".join(head + lines + tail) + "\n"
    if form == "banner-only":
        expected["signed"] = None
    expected.setdefault("inferred", False)
    expected["topHeadings"] = [t for l, _, t in headings if l == 1]
    expected["parts"] = [p for p, _ in parts]
    expected["headings"] = [f"{l} {m} {t}" for l, m, t in headings]
    expected["figures"] = {"penalty_cases": figures["cases"], "admin_reconsideration": figures["recon"], "admin_litigation": figures["lit"]}
    return text, expected


SUB_COUNT = 144


def main():
    rng = random.Random(17)
    out_dir = os.path.join(HERE, "reports")
    os.makedirs(out_dir, exist_ok=True)
    for f in os.listdir(out_dir):
        os.remove(os.path.join(out_dir, f))
    expected = []
    for i in range(78):
        text, exp = make(i, rng)
        with open(os.path.join(out_dir, exp["file"]), "w", encoding="utf-8") as f:
            f.write(text)
        expected.append(exp)
    used = set()
    for i in range(78, 113):
        text, exp = make_gap(i, rng, used)
        with open(os.path.join(out_dir, exp["file"]), "w", encoding="utf-8") as f:
            f.write(text)
        expected.append(exp)
    sub_rng = random.Random(22)
    for i in range(113, 113 + SUB_COUNT):
        text, exp = make_sub(i, sub_rng)
        with open(os.path.join(out_dir, exp["file"]), "w", encoding="utf-8") as f:
            f.write(text)
        expected.append(exp)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "What a careful reader finds in each text of reports/ (written by generate-corpus.py).", "reports": expected},
                  f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
