#!/usr/bin/env python3
"""Score newsparse's places against annotated toponyms, the way Gritta et al.
(2018) evaluate geoparsers on news:

  - recognition: precision, recall and F1 of toponym spans (exact match after
    dropping a leading "the " on both sides); predicted toponyms are the
    mentions of GPE, LOC and FAC entities;
  - acc@161 of found toponyms: of the annotated toponyms a mention matches,
    the share whose entity's place lies within 161 km of the annotated point
    (a found toponym without a place counts as wrong);
  - end-to-end acc@161: of all annotated toponyms, the share found and placed
    within 161 km (missed or unplaced counts as wrong);
  - places given: how many found toponyms got a place, and the share of those
    within 161 km (the precision the threshold keeps).

  eval/places/score.py GOLD.jsonl PRED.jsonl [-v]

GOLD from join.py (offsets in code points), PRED from newsparse -jsonl (byte
offsets) on the same ids. -v lists the misses.
"""
import json, math, sys


def km(a, b, c, d):
    p1, p2 = math.radians(a), math.radians(c)
    dp, dl = p2 - p1, math.radians(d - b)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(min(1, math.sqrt(h)))


def norm(text, s, e):
    if text[s:e].lower().startswith("the "):
        s += 4
    return s, e


def main():
    gold_path, pred_path = sys.argv[1], sys.argv[2]
    verbose = "-v" in sys.argv[3:]
    preds = {}
    for line in open(pred_path, encoding="utf-8"):
        if line.strip():
            p = json.loads(line)
            preds[p.get("id")] = p
    tp = fp = fn = 0
    found = right_found = right_all = total = 0
    given = given_right = 0
    for line in open(gold_path, encoding="utf-8"):
        if not line.strip():
            continue
        g = json.loads(line)
        text = g["text"]
        b2c = {}
        c = 0
        for i, ch in enumerate(text):
            b2c[c] = i
            c += len(ch.encode())
        b2c[c] = len(text)
        p = preds.get(g["id"]) or {}
        pm = {}
        for e in p.get("entities") or []:
            if e["type"] not in ("GPE", "LOC", "FAC"):
                continue
            for m in e["mentions"]:
                if m["start"] in b2c and m["end"] in b2c:
                    pm[norm(text, b2c[m["start"]], b2c[m["end"]])] = e.get("place")
        gs = {}
        for t in g["toponyms"]:
            gs[norm(text, t["start"], t["end"])] = t
        for span, t in gs.items():
            total += 1
            if span in pm:
                tp += 1
                found += 1
                pl = pm[span]
                ok = pl is not None and t.get("lat") is not None and km(pl["lat"], pl["lon"], t["lat"], t["lon"]) <= 161
                if pl is not None:
                    given += 1
                    given_right += ok
                right_found += ok
                right_all += ok
                if verbose and not ok:
                    where = f"{pl['name']} {pl['country']} {pl['feature']}" if pl else "no place"
                    print(f"wrong  {g['id']} {t['text']!r}: {where}; gold {t.get('name')} {t.get('country')} ({t.get('lat')}, {t.get('lon')})")
            else:
                fn += 1
                if verbose:
                    print(f"missed {g['id']} {t['text']!r} at {span[0]}")
        for span in pm:
            if span not in gs:
                fp += 1
                if verbose:
                    print(f"extra  {g['id']} {text[span[0]:span[1]]!r} at {span[0]}")
    P = tp / (tp + fp) if tp + fp else 0
    R = tp / (tp + fn) if tp + fn else 0
    F = 2 * P * R / (P + R) if P + R else 0
    print(f"recognition: P {P:.3f} R {R:.3f} F1 {F:.3f} ({total} toponyms)")
    print(f"acc@161 of found toponyms: {right_found / found if found else 0:.3f} ({found} found)")
    print(f"end-to-end acc@161: {right_all / total if total else 0:.3f}")
    print(f"places given: {given} of {found} found, right within 161 km {given_right / given if given else 0:.3f}")


if __name__ == "__main__":
    main()
