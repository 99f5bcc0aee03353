#!/usr/bin/env python3
"""Count quotation speakers left as the words that point at them.

  python3 eval/unresolved.py PRED.jsonl [-v]

PRED is newsparse -jsonl output. A speaker is unresolved when its "entity" is
"" while its "text" is a pronoun ("he", "they", "who") or a description: a
phrase opened by a determiner or possessive whose last word is lower-case
("the company", "a spokesman", "the 34-year-old", "his lawyer"), or a
lower-case phrase ("officials", "police"). Prints the counts of speakers,
pronouns and descriptions, resolved and not; -v lists the unresolved.
"""
import json, re, sys

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "him", "her", "them", "us", "me"}
DETS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "that", "these", "those", "another", "one"}


def kind(text):
    t = text.strip()
    w = t.split()
    if not w:
        return ""
    if len(w) == 1 and w[0].lower() in PRONOUNS:
        return "pronoun"
    last = re.sub(r"[^\w'-]", "", w[-1])
    if w[0].lower() in DETS and last[:1].islower() or last[:1].isdigit():
        return "description"
    if t[:1].islower():
        return "description"
    return ""


def main():
    verbose = "-v" in sys.argv
    n = {"speakers": 0, "pronoun": 0, "description": 0, "pronoun unresolved": 0, "description unresolved": 0}
    for line in open(sys.argv[1], encoding="utf-8"):
        if not line.strip():
            continue
        r = json.loads(line)
        for q in r.get("quotes") or []:
            sp = q.get("speaker")
            if not sp:
                continue
            n["speakers"] += 1
            k = kind(sp.get("text") or "")
            if not k:
                continue
            n[k] += 1
            if not sp.get("entity"):
                n[k + " unresolved"] += 1
                if verbose:
                    print(f"{k}: {r.get('id')}: {sp.get('text')!r} name {sp.get('name')!r}")
    print(f"unresolved {n['pronoun unresolved'] + n['description unresolved']} (" + " ".join(f"{k}={v}" for k, v in n.items()) + ")")


if __name__ == "__main__":
    main()
