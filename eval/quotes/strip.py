#!/usr/bin/env python3
"""Turn an annotator's quotation output (records with the article text) into
the stored form of eval/quotes: offsets and references keyed by corpus and id,
the text's sha1 instead of the text, each speaker's words dropped (the join
restores them from the span).

  eval/quotes/strip.py ANNOTATED.jsonl > eval/quotes/blind-NAME.jsonl
"""
import hashlib, json, sys

for line in open(sys.argv[1], encoding="utf-8"):
    if not line.strip():
        continue
    a = json.loads(line)
    t = a["text"]
    quotes = []
    for q in a.get("quotes") or []:
        s, e = q["quote_span"]
        sp = q.get("speaker_span")
        if not (0 <= s < e <= len(t)):
            raise SystemExit(f"strip: {a['id']}: bad quote span {s}:{e}")
        if sp and t[sp[0]:sp[1]] != q.get("speaker"):
            raise SystemExit(f"strip: {a['id']}: speaker span {sp} is not {q.get('speaker')!r}")
        quotes.append({"quote_span": [s, e], "speaker_span": sp, "reference": q.get("reference") or "", "kind": q["kind"]})
    print(json.dumps({"corpus": a["corpus"], "id": a["id"], "sha1": hashlib.sha1(t.encode()).hexdigest(), "quotes": quotes}, ensure_ascii=False))
