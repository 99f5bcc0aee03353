#!/usr/bin/env python3
"""Write the synthetic Canadian-style articles in the forms real pipelines
hand them over, with their gold quotations moved to match, so that a reader
that holds on clean copy can be checked on the same articles as scraped.

  perturb.py SRC.jsonl OUTDIR     # writes OUTDIR/FORM.jsonl for each form

Forms (each applied alone to every article of SRC):
  escaped   every line break and straight mark escaped once more (\\n, \\")
  marks     double marks made straight and escaped (\\"), line breaks kept
  lines     paragraphs parted by one line break instead of a blank line
  flat      no line break at all: every break a space (as a field of a table
            or a feed that keeps no breaks gives the text)
  notice    "Story continues below advertisement" after every third paragraph
  posts     an embedded post with its signature after every fourth paragraph
  labels    "Advertisement" / "SHARE" after every third paragraph
  captions  a credited caption naming someone else after every fourth paragraph

The scorer is ../shared/eval/score/quotes.py, as for the articles themselves.
"""
import json
import os
import re
import sys

POSTS = ["Congratulations to everyone who came out tonight, what a turnout pic.twitter.com/Ab3dEf9 \u2014 Paul Ostrander (@postrander) March 3, 2019",
         "Thank you all for the kind words this week. It means a lot. \u2014 Gina Mears (@ginamears) April 9, 2019"]
CAPTIONS = ["Area resident Tom Ferris walks past the closed building on Monday. (Jane Roe/The Canadian Press)",
            "Maria Lopez, a neighbour, looks at the damage on Tuesday morning. (Sam Kerr/CBC)"]


def remap(rec, text, m):
    """rec with text and its gold spans moved by m, the new offset of each old one."""
    out = dict(rec)
    out["text"] = text
    qs = []
    for q in rec.get("quotes", []):
        q = dict(q)
        for k in ("quote_span", "speaker_span"):
            if q.get(k) and q[k][0] >= 0:
                q[k] = [m[q[k][0]], m[q[k][1]]]
        qs.append(q)
    out["quotes"] = qs
    return out


def per_char(rec, f):
    """Rewrites each character of the text by f (a string for a character)."""
    out, m = [], []
    for ch in rec["text"]:
        m.append(len(out))
        out.extend(f(ch))
    m.append(len(out))
    return remap(rec, "".join(out), m)


def insert(rec, lines, every, start):
    """Inserts lines, in turn, as paragraphs after every every-th paragraph break from the start-th."""
    t = rec["text"]
    at = set([mm.end() for mm in re.finditer(r"\n\n", t)][start::every])
    out, m, k = [], [], 0
    for i, ch in enumerate(t):
        if i in at:
            out.extend(lines[k % len(lines)] + "\n\n")
            k += 1
        m.append(len(out))
        out.append(ch)
    m.append(len(out))
    return remap(rec, "".join(out), m)


def lines(rec):
    """One line break between paragraphs, padded with spaces so offsets hold."""
    t = re.sub(r"\n\s*\n", lambda mm: "\n" + " " * (len(mm.group(0)) - 1), rec["text"])
    return remap(rec, t, list(range(len(t) + 1)))


def flat(rec):
    """Every line break a space, so the text is one line and offsets hold."""
    t = rec["text"].replace("\r", " ").replace("\n", " ")
    return remap(rec, t, list(range(len(t) + 1)))


FORMS = {
    "escaped": lambda r: per_char(r, lambda ch: "\\n" if ch == "\n" else '\\"' if ch == '"' else ch),
    "marks": lambda r: per_char(r, lambda ch: '\\"' if ch in '"\u201c\u201d' else ch),
    "lines": lines,
    "flat": flat,
    "notice": lambda r: insert(r, ["Story continues below advertisement"], 3, 3),
    "posts": lambda r: insert(r, POSTS, 4, 3),
    "labels": lambda r: insert(r, ["Advertisement", "SHARE"], 3, 3),
    "captions": lambda r: insert(r, CAPTIONS, 4, 3),
}


def main():
    src, outdir = sys.argv[1], sys.argv[2]
    recs = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
    os.makedirs(outdir, exist_ok=True)
    for name, f in FORMS.items():
        with open(os.path.join(outdir, name + ".jsonl"), "w", encoding="utf-8") as o:
            for r in recs:
                o.write(json.dumps(f(r), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
