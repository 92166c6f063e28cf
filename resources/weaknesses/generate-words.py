#!/usr/bin/env python3
"""Regenerates resources/weaknesses/words.txt, the word list Duizhao segments
shortcoming statements with, from the dictionary of jieba as Debian packages
it (python3-jieba: /usr/lib/python3/dist-packages/jieba/dict.txt, Expat
licence, (c) 2012-2017 Sun Junyi).

    sudo apt install python3-jieba
    python3 resources/weaknesses/generate-words.py                 # the packaged dictionary
    python3 resources/weaknesses/generate-words.py --dict FILE     # another copy of dict.txt

The build never runs this: the generated file is committed. Only the part
the classifier needs is kept: every single Han character (the segmenter's
fallback) and the words of two to four Han characters that jieba counts at
least MIN_FREQUENCY times (82,000 of its 349,000 entries: rare words,
names and idioms longer than four characters never decide whether a topic
term stands inside a longer word). Frequencies are kept as jieba gives them,
with jieba's total, so path probabilities are jieba's own.
"""

import argparse
import os
import re
import subprocess

PACKAGED = "/usr/lib/python3/dist-packages/jieba/dict.txt"
MIN_FREQUENCY = 20
MAX_LENGTH = 4
HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff]+$")


def packaged_version():
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "python3-jieba"], capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dict", default=PACKAGED, help="jieba's dict.txt (default: the Debian package's)")
    args = parser.parse_args()
    total = 0
    kept = []
    with open(args.dict, encoding="utf-8") as source:
        for line in source:
            fields = line.split()
            if len(fields) < 2:
                continue
            word, frequency = fields[0], int(fields[1])
            total += frequency
            if not HAN.match(word) or frequency <= 0:
                continue
            if len(word) == 1 or (len(word) <= MAX_LENGTH and frequency >= MIN_FREQUENCY):
                kept.append((word, frequency))
    kept.sort()
    version = packaged_version() if os.path.abspath(args.dict) == PACKAGED else "unknown (" + os.path.basename(args.dict) + ")"
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "words.txt")
    with open(target, "w", encoding="utf-8", newline="\n") as out:
        out.write("# duizhao-words 1\n")
        out.write(f"# From the dictionary of jieba (python3-jieba {version}), Expat licence, (c) 2012-2017 Sun Junyi.\n")
        out.write(f"# Single Han characters and words of 2-{MAX_LENGTH} Han characters with frequency >= {MIN_FREQUENCY}.\n")
        out.write("# Made by generate-words.py; do not edit. Lines: word TAB frequency.\n")
        out.write(f"total\t{total}\n")
        for word, frequency in kept:
            out.write(f"{word}\t{frequency}\n")
    print(f"wrote {len(kept)} words to {target} (total frequency {total})")


if __name__ == "__main__":
    main()
