#!/usr/bin/env python3
"""Join the project's own toponym annotations (eval/places/*.jsonl: offsets
in code points and places keyed by corpus and id, never the text) to the
article texts of ../shared/eval, and split every article once by a hash of
"corpus:id" into tune (about 70%) and check (about 30%), the same split as
eval/numbers.

  eval/places/join.py [EVAL_DIR] OUT_DIR

writes OUT_DIR/all.jsonl, tune.jsonl and check.jsonl ({"id": "corpus:id",
"text", "toponyms": [{start, end, text, geonames_id, lat, lon, name,
country}]}) and OUT_DIR/tune.docs, check.docs ({"id", "text"} for
newsparse -jsonl). Read errors on tune only; only score check.
"""
import hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = {"bbc": "corpus/bbc.jsonl", "gvdb": "numbers/gvdb-dev.jsonl", "polnear": "quotes/polnear-train.jsonl"}


def split_of(key):
    return "tune" if int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) % 10 < 7 else "check"


def main():
    args = sys.argv[1:]
    ev = args[0] if len(args) == 2 else os.path.join(HERE, "../../../shared/eval")
    out = args[-1]
    os.makedirs(out, exist_ok=True)
    texts = {}
    recs = []
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".jsonl"):
            continue
        for line in open(os.path.join(HERE, name), encoding="utf-8"):
            if not line.strip():
                continue
            a = json.loads(line)
            c = a["corpus"]
            if c not in texts:
                if c not in SOURCES:
                    raise SystemExit(f"join: unknown corpus {c}")
                texts[c] = {d["id"]: d["text"] for d in map(json.loads, open(os.path.join(ev, SOURCES[c]), encoding="utf-8")) if d}
            t = texts[c].get(a["id"])
            if t is None or hashlib.sha1(t.encode()).hexdigest() != a["sha1"]:
                print(f"join: {c}:{a['id']} text missing or changed; skipped", file=sys.stderr)
                continue
            tops = []
            for it in a["toponyms"]:
                it = dict(it)
                it["text"] = t[it["start"]:it["end"]]
                tops.append(it)
            recs.append({"id": f"{c}:{a['id']}", "text": t, "toponyms": tops})
    files = {s: open(os.path.join(out, f"{s}.jsonl"), "w", encoding="utf-8") for s in ("all", "tune", "check")}
    docs = {s: open(os.path.join(out, f"{s}.docs"), "w", encoding="utf-8") for s in ("tune", "check")}
    for g in recs:
        s = split_of(g["id"])
        line = json.dumps(g, ensure_ascii=False) + "\n"
        files["all"].write(line)
        files[s].write(line)
        docs[s].write(json.dumps({"id": g["id"], "text": g["text"]}, ensure_ascii=False) + "\n")
    for f in list(files.values()) + list(docs.values()):
        f.close()


if __name__ == "__main__":
    main()
