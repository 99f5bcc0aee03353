#!/usr/bin/env python3
"""Settle the casualty mentions whose victim is named only by a pronoun ("He
died", "she was rushed to hospital", "his death"): numbers/dev.jsonl leaves
them out, and so does the guide's list of victim phrases (counts, articles,
possessives with a noun, names, ages). Removes them from the stored
annotations in place; a pronoun that is the agent of a harm done to a named or
counted victim ("he shot the attacker", "they arrested two adults", "they shot Monte") stays.

  eval/settlepronoun.py [EVAL_DIR] eval/numbers/FILE.jsonl ...
"""
import json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import join  # noqa: E402

PRONOUN = re.compile(r"^(he|she|they|it|him|them)(\b|['’])", re.I)
POSSESSED = re.compile(r"^(his|her|their|its) (death|murder|body|condition|injury|injuries|wounds?|arrest|detention)\b", re.I)
AGENT = re.compile(r"^(?i:he|she|they) (\w+ )?(?i:hit|shot|killed|wounded|injured|arrested|detained|stabbed) ((?i:a|an|the|two|three)\b|\d|[A-Z])")

args = sys.argv[1:]
ev = args.pop(0) if args and os.path.isdir(args[0]) else os.path.join(join.HERE, "../../shared/eval")
cache = {}
for path in args:
    out, dropped = [], 0
    for a in map(json.loads, open(path, encoding="utf-8")):
        if a["corpus"] not in cache:
            cache[a["corpus"]] = join.texts(ev, a["corpus"])
        t = cache[a["corpus"]][a["id"]]
        keep = []
        for c in a["casualties"]:
            words = t[c["start"]:c["end"]]
            if (PRONOUN.match(words) and not AGENT.match(words)) or POSSESSED.match(words):
                dropped += 1
                print(f"{path}: {a['corpus']}:{a['id']}: {words[:70]!r}", file=sys.stderr)
                continue
            keep.append(c)
        a["casualties"] = keep
        out.append(a)
    with open(path, "w", encoding="utf-8") as f:
        for a in out:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(f"{path}: {dropped} removed", file=sys.stderr)
