#!/usr/bin/env python3
"""Agreement of the second annotator with the first on the articles both
annotated: span F1 and, of the toponyms both marked, the share whose points
lie within 161 km of each other.

  eval/places/agree.py eval/places/blind-2026-12.jsonl eval/places/agreement/second.jsonl
"""
import json, math, sys


def km(a, b, c, d):
    p1, p2 = math.radians(a), math.radians(c)
    dp, dl = p2 - p1, math.radians(d - b)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(min(1, math.sqrt(h)))


first = {(a["corpus"], a["id"]): a for a in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
tp = fp = fn = near = both = 0
n = 0
for b in map(json.loads, open(sys.argv[2], encoding="utf-8")):
    a = first.get((b["corpus"], b["id"]))
    if a is None:
        continue
    n += 1
    sa = {(t["start"], t["end"]): t for t in a["toponyms"]}
    sb = {(t["start"], t["end"]): t for t in b["toponyms"]}
    tp += len(sa.keys() & sb.keys())
    fn += len(sa.keys() - sb.keys())
    fp += len(sb.keys() - sa.keys())
    for k in sa.keys() & sb.keys():
        ta, tb = sa[k], sb[k]
        if None in (ta.get("lat"), tb.get("lat")):
            continue
        both += 1
        near += km(ta["lat"], ta["lon"], tb["lat"], tb["lon"]) <= 161
f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0
print(f"{n} articles annotated twice: span F1 {f1:.3f} ({tp} shared, {fn} first only, {fp} second only); "
      f"points within 161 km {near / both if both else 0:.3f} of {both}")
