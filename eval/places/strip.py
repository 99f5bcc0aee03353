#!/usr/bin/env python3
"""Turn annotators' toponym output (records with the article text) into the
stored form of eval/places: offsets and places keyed by corpus and id, the
text's sha1 instead of the text, each toponym's "text" dropped (join.py
restores it). An article annotated twice keeps its first annotation; the
second goes to agreement/ (-second FILE) so that agree.py can score it.

  eval/places/strip.py [-second SECOND.jsonl] OUT1.jsonl [OUT2.jsonl ...] > eval/places/NAME.jsonl
"""
import hashlib, json, sys

args = sys.argv[1:]
second_path = None
if args[:1] == ["-second"]:
    second_path, args = args[1], args[2:]
seen, second = set(), []
for path in args:
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        a = json.loads(line)
        t = a["text"]
        rec = {"corpus": a["corpus"], "id": a["id"], "sha1": hashlib.sha1(t.encode()).hexdigest(), "toponyms": []}
        for it in a.get("toponyms") or []:
            if t[it["start"]:it["end"]] != it.get("text"):
                raise SystemExit(f"strip: {path}: {a['id']}: span {it['start']}:{it['end']} is {t[it['start']:it['end']]!r}, not {it.get('text')!r}")
            rec["toponyms"].append({k: it.get(k) for k in ("start", "end", "geonames_id", "lat", "lon", "name", "country")})
        key = (a["corpus"], a["id"])
        if key in seen:
            second.append(rec)
            continue
        seen.add(key)
        print(json.dumps(rec, ensure_ascii=False))
if second_path:
    with open(second_path, "w", encoding="utf-8") as f:
        for rec in second:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
