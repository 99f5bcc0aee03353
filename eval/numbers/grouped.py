#!/usr/bin/env python3
"""Write the joined numbers gold (eval/join.py's tune.jsonl or check.jsonl)
with every thousands comma between digits written as a narrow no-break
space (U+202F), as typeset copy and French-edited pages group digits
("12 500"), the gold spans moved to match, so that `.ci/score numbers`
can say whether money and casualties hold when digits are grouped so.

  eval/numbers/grouped.py GOLD.jsonl > GROUPED.jsonl

The scorer is ../shared/eval/score/numbers.py, as for the articles themselves.
"""
import json
import sys


def grouped(rec):
    t = rec["text"]
    out = []
    for i, ch in enumerate(t):
        if ch == "," and 0 < i < len(t) - 3 and t[i - 1].isdigit() and t[i + 1:i + 4].isdigit() \
                and (i + 4 == len(t) or not t[i + 4].isdigit()):
            ch = "\u202f"  # one code point for one: gold offsets (code points) hold
        out.append(ch)
    text = "".join(out)
    rec = dict(rec, text=text)
    for k in ("money", "casualties"):
        rec[k] = [dict(x, text=text[x["start"]:x["end"]]) for x in rec.get(k, [])]
    return rec


def main():
    for line in open(sys.argv[1], encoding="utf-8"):
        if line.strip():
            print(json.dumps(grouped(json.loads(line)), ensure_ascii=False))


if __name__ == "__main__":
    main()
