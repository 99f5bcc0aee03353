#!/usr/bin/env python3
"""Agreement between the two annotators of the articles annotated twice: the
first annotation (eval/quotes/blind-*.jsonl) as gold, the second
(eval/quotes/agreement/*.jsonl) turned into a newsparse-contract prediction
(speaker.text the speaker's words, speaker.name the reference) and scored
with ../shared/eval/score/quotes.py.

  eval/quotes/agree.py [EVAL_DIR [SECOND.jsonl ...]] [-v]

SECOND files default to every file of eval/quotes/agreement.
"""
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import join  # noqa: E402

args = [a for a in sys.argv[1:] if not a.startswith("-")]
flags = [a for a in sys.argv[1:] if a.startswith("-")]
ev = args[0] if args else os.path.join(HERE, "../../../shared/eval")
first = {r["id"]: r for r in join.load(ev)}
tmp = tempfile.mkdtemp()
gold, pred = open(os.path.join(tmp, "gold.jsonl"), "w"), open(os.path.join(tmp, "pred.jsonl"), "w")
adir = os.path.join(HERE, "agreement")
seconds = args[1:] or [os.path.join(adir, n) for n in sorted(os.listdir(adir)) if n.endswith(".jsonl")]
for name in seconds:
    for b in map(json.loads, open(name, encoding="utf-8")):
        g = first[f"{b['corpus']}:{b['id']}"]
        t = g["text"]
        qs = []
        for q in b["quotes"]:
            s, e = q["quote_span"]
            sp = q.get("speaker_span")
            qs.append({"start": len(t[:s].encode()), "end": len(t[:e].encode()),
                       "speaker": {"text": t[sp[0]:sp[1]] if sp else "", "name": q.get("reference") or ""}})
        gold.write(json.dumps(g) + "\n")
        pred.write(json.dumps({"id": g["id"], "quotes": qs}) + "\n")
gold.close(); pred.close()
subprocess.run([sys.executable, os.path.join(ev, "score/quotes.py"), "score", gold.name, pred.name] + flags, check=True)
