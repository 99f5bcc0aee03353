#!/usr/bin/env python3
"""Agreement between the two annotators of the double-annotated articles:
the first annotation (eval/numbers) as gold, the second (eval/agreement) as
prediction, scored with score/numbers.py.

  eval/agree.py [EVAL_DIR [SECOND.jsonl ...]] [-v]

SECOND files default to every file of eval/agreement; -v lists the
disagreements (the scorer's verbose listing).
"""
import hashlib, json, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import join  # noqa: E402

args = [a for a in sys.argv[1:] if not a.startswith("-")]
flags = [a for a in sys.argv[1:] if a.startswith("-")]
ev = args[0] if args else os.path.join(join.HERE, "../../shared/eval")
agreement = os.path.join(join.HERE, "agreement")
seconds = args[1:] or [os.path.join(agreement, n) for n in sorted(os.listdir(agreement)) if n.endswith(".jsonl")]
first, cache = {}, {}
for name in os.listdir(os.path.join(join.HERE, "numbers")):
    for a in map(json.loads, open(os.path.join(join.HERE, "numbers", name), encoding="utf-8")):
        first[(a["corpus"], a["id"])] = a
tmp = tempfile.mkdtemp()
gold, pred = open(os.path.join(tmp, "gold.jsonl"), "w"), open(os.path.join(tmp, "pred.jsonl"), "w")
for b in (json.loads(l) for name in seconds for l in open(name, encoding="utf-8")):
    a = first[(b["corpus"], b["id"])]
    if b["corpus"] not in cache:
        cache[b["corpus"]] = join.texts(ev, b["corpus"])
    t = cache[b["corpus"]][b["id"]]
    assert hashlib.sha1(t.encode()).hexdigest() == a["sha1"] == b["sha1"]
    g = {"id": b["id"], "text": t, "money": [], "casualties": []}
    p = {"id": b["id"], "money": [], "casualties": []}
    for f in ("money", "casualties"):
        for it in a[f]:
            g[f].append(dict(it, text=t[it["start"]:it["end"]]))
        for it in b[f]:  # the scorer reads predictions in UTF-8 bytes
            p[f].append(dict(it, start=len(t[:it["start"]].encode()), end=len(t[:it["end"]].encode())))
    gold.write(json.dumps(g) + "\n")
    pred.write(json.dumps(p) + "\n")
gold.close(); pred.close()
subprocess.run([sys.executable, os.path.join(ev, "score/numbers.py"), "score", gold.name, pred.name] + flags, check=True)
