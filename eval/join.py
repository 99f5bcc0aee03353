#!/usr/bin/env python3
"""Join the project's own money and casualty annotations to the article texts
of ../shared/eval and split every annotated article into tune and check.

The annotations under eval/numbers/*.jsonl hold offsets and values keyed by
corpus and id, never the articles' text: each record is
{"corpus", "id", "sha1" (of the text it was made on), "money": [...],
"casualties": [...]}, items as in ../shared/eval/numbers/ANNOTATION.md
without their "text" (the join cuts it from the article).

  eval/join.py [EVAL_DIR] OUT_DIR

writes OUT_DIR/all.jsonl, OUT_DIR/tune.jsonl and OUT_DIR/check.jsonl in the
format of score/numbers.py (ids "corpus:id"), with ../shared/eval/numbers/dev.jsonl
included under the corpus "dev". The split is fixed once by a hash of
"corpus:id": about 70% tune, 30% check. Tune on tune.jsonl (read its
errors); only score check.jsonl.
"""
import hashlib, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def split_of(key):
    return "tune" if int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) % 10 < 7 else "check"


def texts(ev, corpus):
    if corpus == "gvdb":
        src = os.path.join(ev, "numbers/gvdb-dev.jsonl")
    elif corpus == "bbc":
        src = os.path.join(ev, "corpus/bbc.jsonl")
    elif corpus == "polnear":
        src = os.path.join(ev, "quotes/polnear-train.jsonl")
    elif corpus == "conll":
        out = subprocess.run([sys.executable, os.path.join(ev, "score/ner.py"), "docs",
                              os.path.join(ev, "ner/conll2003-train.txt")], capture_output=True, text=True, check=True).stdout
        return {d["id"]: d["text"] for d in map(json.loads, out.splitlines()) if d}
    else:
        raise SystemExit(f"join: unknown corpus {corpus}")
    return {d["id"]: d["text"] for d in map(json.loads, open(src, encoding="utf-8")) if d}


def main():
    args = sys.argv[1:]
    ev = args[0] if len(args) == 2 else os.path.join(HERE, "../../shared/eval")
    out = args[-1]
    os.makedirs(out, exist_ok=True)
    recs = []
    for g in map(json.loads, open(os.path.join(ev, "numbers/dev.jsonl"), encoding="utf-8")):
        g["id"] = "dev:" + g["id"]
        recs.append(g)
    cache = {}
    ann_dir = os.path.join(HERE, "numbers")
    for name in sorted(os.listdir(ann_dir)):
        if not name.endswith(".jsonl"):
            continue
        for a in map(json.loads, open(os.path.join(ann_dir, name), encoding="utf-8")):
            c = a["corpus"]
            if c not in cache:
                cache[c] = texts(ev, c)
            t = cache[c].get(a["id"])
            if t is None or hashlib.sha1(t.encode()).hexdigest() != a["sha1"]:
                print(f"join: {c}:{a['id']} text missing or changed; skipped", file=sys.stderr)
                continue
            g = {"id": f"{c}:{a['id']}", "text": t, "money": [], "casualties": []}
            for f in ("money", "casualties"):
                for it in a.get(f) or []:
                    it = dict(it)
                    it["text"] = t[it["start"]:it["end"]]
                    g[f].append(it)
            recs.append(g)
    with open(os.path.join(out, "all.jsonl"), "w") as fa, open(os.path.join(out, "tune.jsonl"), "w") as ft, \
            open(os.path.join(out, "check.jsonl"), "w") as fc:
        for g in recs:
            line = json.dumps(g) + "\n"
            fa.write(line)
            (ft if split_of(g["id"]) == "tune" else fc).write(line)


if __name__ == "__main__":
    main()
