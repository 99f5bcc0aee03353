#!/usr/bin/env python3
"""Sort the casualty errors of newsparse output on annotated news into kinds,
so that a change can be judged by which errors it moves:

  python3 eval/join.py ../shared/eval /tmp/nj
  go run ./internal/figure/train -gold /tmp/nj/tune.jsonl -out /dev/null -cands /tmp/tune.cands
  python3 ../shared/eval/score/numbers.py docs /tmp/nj/tune.jsonl | newsparse -jsonl > /tmp/tune.pred
  eval/caserrors.py /tmp/nj/tune.jsonl /tmp/tune.pred /tmp/tune.cands [-v KIND]

GOLD is the scorer's format (score/numbers.py), PRED newsparse's JSON Lines,
CANDS the trainer's -cands file: per article the grammar's casualties and the
fallback's candidates (byte offsets). Gold is matched to predictions as
score/numbers.py matches them, and every error falls in one kind:

  FN no-candidate           no prediction and no fallback candidate overlaps the gold
  FN cand-rejected(right)   a fallback candidate of the gold's kind and count was left below the threshold
  FN cand-rejected          candidates overlap the gold, none of its kind and count
  WRONG kind / count / kind+count (grammar|fallback)   a prediction overlaps it with another kind or count
  FP spurious (grammar|fallback)                       a prediction overlaps no gold left to match

"[gold count null]" marks gold of a vague count ("many"), which no count matches.
-v KIND prints the errors whose kind opens with KIND, with their context:
read them on the tune split only: -v refuses a GOLD that holds an article of
the check split (eval/join.py), whose errors are counted, never listed.
"""
import collections, sys

from join import split_of  # eval/join.py: the tune/check split
from probe import b2c as b2c_map, load  # eval/probe.py: byte to character offsets, JSON Lines


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return a == b or abs(a - b) <= 0.005 * max(abs(a), abs(b))


def right(g, p):
    return g.get("kind") == p.get("kind") and close(g.get("count"), p.get("count"))


def overlap(s, e, g):
    return min(e, g["end"]) > max(s, g["start"])


def gold_kind(g, pr, used, cc, gram):
    """Returns the kind of gold item g's outcome and the prediction it used."""
    hit = None
    for k, (s, e, p) in enumerate(pr):
        if k not in used and overlap(s, e, g):
            hit = k
            if right(g, p):
                break
    if hit is None:
        if any(overlap(s, e, g) and right(g, x) for s, e, x in cc):
            kind = "FN cand-rejected(right)"
        elif any(overlap(s, e, g) for s, e, _ in cc):
            kind = "FN cand-rejected"
        else:
            kind = "FN no-candidate"
        return kind + (" [gold count null]" if g.get("count") is None else ""), None
    p = pr[hit][2]
    if right(g, p):
        return "TP", hit
    src = "grammar" if (pr[hit][0], pr[hit][1]) in gram else "fallback"
    if g.get("count") is None:
        kind = "WRONG gold-null-count"
    elif g["kind"] != p["kind"] and close(g.get("count"), p.get("count")):
        kind = "WRONG kind"
    elif g["kind"] == p["kind"]:
        kind = "WRONG count"
    else:
        kind = "WRONG kind+count"
    return f"{kind} ({src})", hit


def main():
    args = sys.argv[1:]
    verbose = None
    if "-v" in args:
        k = args.index("-v")
        verbose = args[k + 1]
        del args[k:k + 2]
    if len(args) != 3:
        raise SystemExit(__doc__)
    gold = load(args[0])
    if verbose and any(split_of(g["id"]) == "check" for g in gold):
        raise SystemExit("caserrors: -v reads errors one by one: GOLD holds articles of the check split "
                         "(eval/join.py); read errors on tune.jsonl alone, count them on check")
    pred = {d["id"]: d for d in load(args[1])}
    cands = {d["id"]: d for d in load(args[2])}
    counts = collections.Counter()
    for g in gold:
        text = g["text"]
        m = b2c_map(text)

        def conv(items):
            return [(m[x["start"]], m[x["end"]], x) for x in items or [] if x["start"] in m and x["end"] in m]
        pr = conv((pred.get(g["id"]) or {}).get("casualties"))
        cd = cands.get(g["id"]) or {}
        gram = {(s, e) for s, e, _ in conv(cd.get("grammar"))}
        cc = conv(cd.get("cands"))
        used = set()
        for gi in g.get("casualties") or []:
            kind, hit = gold_kind(gi, pr, used, cc, gram)
            counts[kind] += 1
            if hit is not None:
                used.add(hit)
            if verbose and kind.startswith(verbose):
                got = f" got {pr[hit][2]['kind']} {pr[hit][2]['count']}" if hit is not None else ""
                print(kind, g["id"], repr(gi["text"]), gi["kind"], gi.get("count"), got, "|",
                      repr(text[max(0, gi["start"] - 80):gi["end"] + 40]))
        for k, (s, e, p) in enumerate(pr):
            if k in used:
                continue
            kind = "FP spurious (" + ("grammar" if (s, e) in gram else "fallback") + ")"
            counts[kind] += 1
            if verbose and kind.startswith(verbose):
                print(kind, g["id"], repr(text[s:e]), p["kind"], p["count"], "|", repr(text[max(0, s - 80):e + 40]))
    for k in sorted(counts):
        print(f"{counts[k]:5d}  {k}")
    tp = counts["TP"]
    fn = sum(v for k, v in counts.items() if k.startswith(("FN", "WRONG")))
    fp = sum(v for k, v in counts.items() if k.startswith(("FP", "WRONG")))
    print(f"tp {tp} fp {fp} fn {fn} F1 {2 * tp / max(1, 2 * tp + fp + fn):.3f}")


if __name__ == "__main__":
    main()
