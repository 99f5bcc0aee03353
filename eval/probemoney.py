#!/usr/bin/env python3
"""Score newsparse money on a probe set of single sentences written blind,
each with the amounts it must yield.

  eval/probemoney.py PROBE.jsonl PRED.jsonl [-v]

PROBE.jsonl: one sentence a line, {"id", "text", "class", "money": [{"text",
"value" (null for a range), "min", "max", "currency", "qualifier", "vague",
"occurrence" (1 unless the text repeats in the sentence)}]}; other fields
(casualties) are ignored. PRED.jsonl: `newsparse -jsonl` run on the probe's
{"id", "text"}. An item matches a predicted amount whose span overlaps its
text; it is right when the value (or min and max) is within 0.5% and the
currency agrees, as score/numbers.py judges. Qualifier and vagueness of the
right items are counted apart. -v lists misses, wrong values and extras with
their class.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probe import b2c, load, place  # noqa: E402  the casualty probe's placing of items and offsets


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return a == b or abs(a - b) <= 0.005 * max(abs(a), abs(b))


def right(g, p):
    if g.get("value") is not None:
        ok = close(g["value"], p.get("value"))
    else:
        ok = close(g.get("min"), p.get("min")) and close(g.get("max"), p.get("max"))
    return ok and (g.get("currency") or "") == (p.get("currency") or "")


def show(m):
    return m.get("value") if m.get("value") is not None else (m.get("min"), m.get("max"))


def main():
    gold = load(sys.argv[1])
    pred = {p["id"]: p for p in load(sys.argv[2])}
    verbose = "-v" in sys.argv
    tp = fp = fn = qok = vok = 0
    for g in gold:
        t = g["text"]
        cp = b2c(t)
        pr = [(cp[m["start"]], cp[m["end"]], m) for m in (pred.get(g["id"]) or {}).get("money") or []]
        used = set()
        for gi in g.get("money") or []:
            s, e = place(t, gi)
            hit = None
            for k, (ps, pe, pm) in enumerate(pr):
                if k not in used and min(pe, e) > max(ps, s):
                    hit = k
                    if right(gi, pm):
                        break
            if hit is None:
                fn += 1
                if verbose:
                    print(f"MISS  {g['id']} [{g['class']}] {gi['text']!r} {show(gi)} {gi['currency']}")
                continue
            used.add(hit)
            pm = pr[hit][2]
            if right(gi, pm):
                tp += 1
                qok += (gi.get("qualifier") or "") == (pm.get("qualifier") or "")
                vok += bool(gi.get("vague")) == bool(pm.get("vague"))
            else:
                fn += 1
                fp += 1
                if verbose:
                    print(f"WRONG {g['id']} [{g['class']}] {gi['text']!r} {show(gi)} {gi['currency']} got {pm['text']!r} {show(pm)} {pm['currency']}")
        for k, (_, _, pm) in enumerate(pr):
            if k not in used:
                fp += 1
                if verbose:
                    print(f"EXTRA {g['id']} [{g['class']}] {pm['text']!r} {show(pm)} {pm['currency']}")
    P = tp / (tp + fp) if tp + fp else 0.0
    R = tp / (tp + fn) if tp + fn else 0.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    n = sum(len(g.get("money") or []) for g in gold)
    print(f"probe money: gold {n}; P={P:.3f} R={R:.3f} F1={F:.3f}; qualifier agrees {qok}/{tp}, vague agrees {vok}/{tp}")


if __name__ == "__main__":
    main()
