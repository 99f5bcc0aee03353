#!/usr/bin/env python3
"""Score the casualty reader on probe sentences written without the code.

  probe.py docs PROBE.jsonl > docs.jsonl
  probe.py score PROBE.jsonl PRED.jsonl [-v] [--class]

PROBE lines: {"id", "text", "casualties": [{"text", "kind", "count",
"qualifier", "vague", "occurrence"?}], "class"}. A gold item is placed by
finding its text (the occurrence-th time, 1-based, when given). A predicted
casualty matches a gold one when their spans overlap; it is right when kind and
count agree. -v lists MISS / WRONG / EXTRA; --class prints F1 per class.
"""
import collections
import json
import sys


def load(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]


def place(text, item):
    n = item.get("occurrence") or 1
    at = -1
    for _ in range(n):
        at = text.find(item["text"], at + 1)
        if at < 0:
            return None
    return at, at + len(item["text"])


def b2c(text):
    m, pos = {}, 0
    for i, ch in enumerate(text):
        m[pos] = i
        pos += len(ch.encode("utf-8"))
    m[pos] = len(text)
    return m


def same_count(a, b):
    return a == b or (a is not None and b is not None and abs(a - b) < 1e-9)


def score(golds, preds, verbose):
    per = collections.defaultdict(lambda: [0, 0, 0])
    tp = fp = fn = 0
    for g in golds:
        text = g["text"]
        m = b2c(text)
        pr = []
        for p in (preds.get(g["id"]) or {}).get("casualties") or []:
            s, e = m.get(p.get("start", -1)), m.get(p.get("end", -1))
            if s is not None and e is not None and e > s:
                pr.append((s, e, p))
        used = set()
        c = per[g.get("class", "")]
        for gi in g.get("casualties") or []:
            span = place(text, gi)
            if span is None:
                continue
            gs, ge = span
            hit = None
            for k, (s, e, p) in enumerate(pr):
                if k in used or min(e, ge) <= max(s, gs):
                    continue
                hit = k
                if p.get("kind") == gi["kind"] and same_count(p.get("count"), gi["count"]):
                    break
            if hit is None:
                fn += 1
                c[2] += 1
                if verbose:
                    print(f"MISS  {g['id']} [{g.get('class')}] {gi['text']!r} {gi['kind']} {gi['count']}  || {text}")
                continue
            used.add(hit)
            p = pr[hit][2]
            if p.get("kind") == gi["kind"] and same_count(p.get("count"), gi["count"]):
                tp += 1
                c[0] += 1
            else:
                fn += 1
                fp += 1
                c[1] += 1
                c[2] += 1
                if verbose:
                    print(f"WRONG {g['id']} [{g.get('class')}] {gi['text']!r} gold {gi['count']} {gi['kind']} got {p.get('count')} {p.get('kind')} {p.get('text')!r}  || {text}")
        for k, (s, e, p) in enumerate(pr):
            if k not in used:
                fp += 1
                c[1] += 1
                if verbose:
                    print(f"EXTRA {g['id']} [{g.get('class')}] {text[s:e]!r} {p.get('count')} {p.get('kind')}  || {text}")
    return tp, fp, fn, per


def prf(tp, fp, fn):
    P = tp / (tp + fp) if tp + fp else 0.0
    R = tp / (tp + fn) if tp + fn else 0.0
    return P, R, (2 * P * R / (P + R) if P + R else 0.0)


def main():
    cmd, golds = sys.argv[1], load(sys.argv[2])
    if cmd == "docs":
        for g in golds:
            print(json.dumps({"id": g["id"], "text": g["text"]}))
        return
    preds = {p["id"]: p for p in load(sys.argv[3])}
    tp, fp, fn, per = score(golds, preds, "-v" in sys.argv)
    if "--class" in sys.argv:
        for k, (t, f, n) in sorted(per.items()):
            if f or n:
                print(f"class {k}: tp {t} fp {f} fn {n}")
    P, R, F = prf(tp, fp, fn)
    print(f"probe casualties ({len(golds)} sentences): tp {tp} fp {fp} fn {fn}; P={P:.3f} R={R:.3f} F1={F:.3f}")


if __name__ == "__main__":
    main()
