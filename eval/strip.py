#!/usr/bin/env python3
"""Turn annotator output (records with the article text) into the stored form
of eval/numbers: offsets and values keyed by corpus and id, the text's sha1
instead of the text, and each item's "text" dropped (the join restores it).

  eval/strip.py ANNOTATED.jsonl > eval/numbers/NAME.jsonl
"""
import hashlib, json, sys

for line in open(sys.argv[1], encoding="utf-8"):
    if not line.strip():
        continue
    a = json.loads(line)
    t = a["text"]
    rec = {"corpus": a["corpus"], "id": a["id"], "sha1": hashlib.sha1(t.encode()).hexdigest()}
    for f in ("money", "casualties"):
        items = []
        for it in a.get(f) or []:
            if t[it["start"]:it["end"]] != it.get("text"):
                raise SystemExit(f"strip: {a['id']}: span {it['start']}:{it['end']} is not {it.get('text')!r}")
            it = {k: v for k, v in it.items() if k != "text"}
            items.append(it)
        rec[f] = items
    print(json.dumps(rec, ensure_ascii=False))
