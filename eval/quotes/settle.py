#!/usr/bin/env python3
"""Settle quotation spans by GUIDE.md (What is one quotation) before storing:
- an attribution that interrupts a sentence ("A," he said, "b.") -> ONE quotation;
- an attribution that ends the sentence ("A," X said. "B.") -> two quotations;
- a run of quoted paragraphs that lost their line breaks (an unclosed quotation
  followed at once by the next opening mark) -> one block.

  eval/quotes/settle.py ANNOTATED.jsonl SETTLED.jsonl   (annotator form, with text)
"""
import json, re, sys
CLOSE = '"”'
OPEN = '"“'
def fix(a):
    t = a['text']; qs = sorted(a['quotes'], key=lambda q: q['quote_span'][0])
    out = []
    for q in qs:
        if out:
            p = out[-1]; ps, pe = p['quote_span']; s, e = q['quote_span']
            gap = t[pe:s]
            unclosed = t[pe-1] not in CLOSE
            if unclosed and gap.strip() == '' and t[s] in OPEN:
                p['quote_span'] = [ps, e]; p['kind'] = 'direct' if p['kind'] == q['kind'] == 'direct' else p['kind']; continue
            if t[pe-2:pe-1] == ',' and re.fullmatch(r'\s*[^"“”.!?]{1,90},\s*', gap) and t[s] in OPEN and s+1 < len(t) and t[s+1].islower():
                p['quote_span'] = [ps, e]; continue
        out.append(dict(q))
    res = []
    for q in out:
        s, e = q['quote_span']; seg = t[s:e]
        m = re.search(r'[,?!](["”])(\s*[^"“”]{0,90}?\b(?:said|says|added|adds|told|explained|asked|continued|insisted|according to)\b[^"“”]{0,60}?\.)\s+(["“])', seg[1:])
        if m and t[s] in OPEN:
            c = s + 1 + m.start(1) + 1; o = s + 1 + m.start(3)
            res.append(dict(q, quote_span=[s, c]))
            res.append(dict(q, quote_span=[o, e]))
            continue
        res.append(q)
    a = dict(a, quotes=res)
    return a
with open(sys.argv[2], 'w') as f:
    for l in open(sys.argv[1]):
        f.write(json.dumps(fix(json.loads(l)), ensure_ascii=False) + '\n')
