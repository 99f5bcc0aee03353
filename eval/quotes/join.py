#!/usr/bin/env python3
"""Join the project's own quotation annotations to the article texts of
../shared/eval and split them once into tune and check.

The annotations (eval/quotes/blind-*.jsonl) hold offsets and references keyed
by corpus and id, never the articles' text: per article {"corpus", "id",
"sha1" (of the text annotated), "quotes": [{"quote_span", "speaker_span",
"reference", "kind"}]}. The join restores the text and each speaker's words
and writes the Gender Gap Tracker form that ../shared/eval/score/quotes.py
reads (a speaker is judged by its resolved reference, so "he said" counts).

  eval/quotes/join.py [EVAL_DIR] OUT_DIR

writes OUT_DIR/all.jsonl, tune.jsonl and check.jsonl (ids "corpus:id"). The
split is fixed by a hash of "corpus:id": about 70% tune, 30% check. Read
errors on tune only; score check.
"""
import hashlib, importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
# eval/join.py knows where each corpus's texts are
_spec = importlib.util.spec_from_file_location("numbers_join", os.path.join(os.path.dirname(HERE), "join.py"))
numbers_join = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(numbers_join)


def split_of(key):
    return "tune" if int(hashlib.sha1(("quotes/" + key).encode()).hexdigest()[:8], 16) % 10 < 7 else "check"


def load(ev):
    cache, out = {}, []
    for name in sorted(os.listdir(HERE)):
        if not (name.startswith("blind-") and name.endswith(".jsonl")):
            continue
        for a in map(json.loads, open(os.path.join(HERE, name), encoding="utf-8")):
            c = a["corpus"]
            if c not in cache:
                cache[c] = numbers_join.texts(ev, c)
            t = cache[c].get(a["id"])
            if t is None or hashlib.sha1(t.encode()).hexdigest() != a["sha1"]:
                raise SystemExit(f"join: {c}:{a['id']}: text missing or changed since it was annotated")
            qs = []
            for q in a["quotes"]:
                sp = q.get("speaker_span")
                qs.append(dict(q, speaker=t[sp[0]:sp[1]] if sp else ""))
            out.append({"id": f"{c}:{a['id']}", "text": t, "quotes": qs})
    return out


def main():
    args = sys.argv[1:]
    ev = args[0] if len(args) == 2 else os.path.join(HERE, "../../../shared/eval")
    dst = args[-1]
    os.makedirs(dst, exist_ok=True)
    recs = load(ev)
    files = {k: open(os.path.join(dst, k + ".jsonl"), "w", encoding="utf-8") for k in ("all", "tune", "check")}
    for r in recs:
        line = json.dumps(r, ensure_ascii=False) + "\n"
        files["all"].write(line)
        files[split_of(r["id"])].write(line)
    for f in files.values():
        f.close()


if __name__ == "__main__":
    main()
