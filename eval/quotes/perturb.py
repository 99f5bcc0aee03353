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
  entities  quotation marks, apostrophes and ampersands written as HTML
            character references (&ldquo; &rdquo; &quot; &rsquo; &lsquo;
            &amp;), as a feed that stripped tags without unescaping gives them
  mojibake  every character beyond ASCII written as its UTF-8 bytes read as
            Windows-1252 ("\u00e2\u20ac\u0153We will,\u00e2\u20ac\u009d" for
            \u201cWe will,\u201d, "Montr\u00c3\u00a9al"), the bytes
            Windows-1252 lacks (0x81, 0x8D, 0x8F, 0x90, 0x9D) as the C1
            controls Latin-1 gives them: text that was UTF-8, decoded once as
            Windows-1252 on its way and encoded again, as scraped stores hold it
  html      the HTML markup a feed's content:encoded or a CMS's rendered
            content keeps: each paragraph as <p>…</p> with no line break
            between them, a line break inside one as <br>, and the first
            mention outside quotations of the first two speakers named in
            full as a link (<a href="…">Dana Kowalchuk</a>)
  markdown  the text as Markdown, as scrapers and readers hand it over
            (Firecrawl, Jina Reader, trafilatura's Markdown output): the first
            line a "# " heading, and of the two-word capitalised names, every
            third as a link ("[Dana Kowalchuk](https://example.com/people/3)")
            and every third the next as strong emphasis ("**Doug Ford**");
            its marks are intact, so it is scored on its own gold

The scorer is ../shared/eval/score/quotes.py, as for the articles themselves.
It finds a gold quotation by the marks inside its span, which the entities
and mojibake forms write otherwise; those forms' predictions are moved back
to the source's text and scored on the source's gold:

  perturb.py back SRC.jsonl FORM PRED.jsonl > PRED-ON-SRC.jsonl
"""
import bisect
import json
import os
import re
import sys

POSTS = ["Congratulations to everyone who came out tonight, what a turnout pic.twitter.com/Ab3dEf9 \u2014 Paul Ostrander (@postrander) March 3, 2019",
         "Thank you all for the kind words this week. It means a lot. \u2014 Gina Mears (@ginamears) April 9, 2019"]
CAPTIONS = ["Area resident Tom Ferris walks past the closed building on Monday. (Jane Roe/The Canadian Press)",
            "Maria Lopez, a neighbour, looks at the damage on Tuesday morning. (Sam Kerr/CBC)"]


REFS = {'"': "&quot;", "\u201c": "&ldquo;", "\u201d": "&rdquo;", "\u2019": "&rsquo;", "\u2018": "&lsquo;", "&": "&amp;"}


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
    text, m = per_char_map(rec["text"], f)
    return remap(rec, text, m)


def per_char_map(text, f):
    """text with each character rewritten by f, and the new offset of each old one."""
    out, m = [], []
    for ch in text:
        m.append(len(out))
        out.extend(f(ch))
    m.append(len(out))
    return "".join(out), m


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


def references(text):
    """text with its marks, apostrophes and ampersands as character references, and the map."""
    return per_char_map(text, lambda ch: REFS.get(ch, ch))


# the bytes Windows-1252 leaves undefined: Latin-1 reads them as C1 controls
CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def cp1252_char(b):
    """The character byte b reads as in Windows-1252, or as in Latin-1 where Windows-1252 has none."""
    return chr(b) if b in CP1252_UNDEFINED else bytes([b]).decode("cp1252")


def mojibake(text):
    """text with each character beyond ASCII as its UTF-8 bytes read as Windows-1252, and the map."""
    return per_char_map(text, lambda ch: ch if ord(ch) < 0x80 else "".join(cp1252_char(b) for b in ch.encode("utf-8")))


TWO_NAMES = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")


def markdown(rec):
    """The text as Markdown: a "# " heading, every third two-word name a link, every third the next bold."""
    t = rec["text"]
    opens, closes = {}, {}
    for k, mm in enumerate(TWO_NAMES.finditer(t)):
        a, b = mm.span()
        if k % 3 == 0:
            opens[a], closes[b] = "[", "](https://example.com/people/%d)" % k
        elif k % 3 == 1:
            opens[a], closes[b] = "**", "**"
    out, m, n = ["# "], [], 2
    for i, ch in enumerate(t):
        marks = closes.get(i, "") + opens.get(i, "")
        out.append(marks)
        m.append(n + len(marks))
        out.append(ch)
        n += len(marks) + 1
    out.append(closes.get(len(t), ""))
    text = "".join(out)
    m.append(len(text))
    return remap(rec, text, m)


def flat(rec):
    """Every line break a space, so the text is one line and offsets hold."""
    t = rec["text"].replace("\r", " ").replace("\n", " ")
    return remap(rec, t, list(range(len(t) + 1)))


def html(rec):
    """The text as the markup a feed or a CMS keeps: paragraphs as <p>…</p>
    with nothing between them, a line break inside one as <br>, and the first
    mention outside any quotation of the first two speakers named in full
    (their reference, written as such in the text) wrapped in a link."""
    t = rec["text"]
    inside = [tuple(q["quote_span"]) for q in rec.get("quotes", []) if q.get("quote_span")]
    links, names = {}, []
    for q in rec.get("quotes", []):
        name = q.get("reference") or ""
        if len(names) == 2 or " " not in name or name in names:
            continue
        for mm in re.finditer(re.escape(name), t):
            if not any(a <= mm.start() < b or a < mm.end() <= b for a, b in inside):
                slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
                links[mm.start()] = ('<a href="https://example.com/people/%s">' % slug, mm.end())
                names.append(name)
                break
    ends = {e for _, e in links.values()}
    breaks = {mm.start(): mm.end() for mm in re.finditer(r"\n\s*\n", t)}
    out, m, n = [], [], 0

    def put(s):
        nonlocal n
        out.append(s)
        n += len(s)

    put("<p>")
    i = 0
    while i < len(t):
        if i in ends:
            put("</a>")
        if i in links:
            put(links[i][0])
        if i in breaks:  # a paragraph break: each of its characters maps to the tags
            m.extend([n] * (breaks[i] - i))
            put("</p><p>")
            i = breaks[i]
            continue
        m.append(n)
        put("<br>" if t[i] == "\n" else t[i])
        i += 1
    if len(t) in ends:
        put("</a>")
    m.append(n)
    put("</p>")
    return remap(rec, "".join(out), m)


FORMS = {
    "escaped": lambda r: per_char(r, lambda ch: "\\n" if ch == "\n" else '\\"' if ch == '"' else ch),
    "marks": lambda r: per_char(r, lambda ch: '\\"' if ch in '"\u201c\u201d' else ch),
    "lines": lines,
    "flat": flat,
    "notice": lambda r: insert(r, ["Story continues below advertisement"], 3, 3),
    "posts": lambda r: insert(r, POSTS, 4, 3),
    "labels": lambda r: insert(r, ["Advertisement", "SHARE"], 3, 3),
    "captions": lambda r: insert(r, CAPTIONS, 4, 3),
    "entities": lambda r: remap(r, *references(r["text"])),
    "mojibake": lambda r: remap(r, *mojibake(r["text"])),
    "html": html,
    "markdown": markdown,
}

# the forms whose predictions are scored on the source (back), by their maps
BACK = {"entities": references, "mojibake": mojibake}


def byte_offsets(text):
    """The UTF-8 byte offset of each code point offset of text, one past the end included."""
    out, pos = [], 0
    for ch in text:
        out.append(pos)
        pos += len(ch.encode("utf-8"))
    out.append(pos)
    return out


def back(src, form, pred):
    """Writes the predictions on FORM's texts with their quotations' offsets
    moved back to the source's texts: a span that starts or ends inside what
    a character stands for in the form covers that character."""
    texts = {}
    for l in open(src, encoding="utf-8"):
        if l.strip():
            r = json.loads(l)
            texts[r["id"]] = r["text"]
    for l in open(pred, encoding="utf-8"):
        if not l.strip():
            continue
        r = json.loads(l)
        t = texts.get(r.get("id"))
        if t is None or "quotes" not in r:
            print(json.dumps(r, ensure_ascii=False))
            continue
        ft, m = BACK[form](t)
        fb, sb = byte_offsets(ft), byte_offsets(t)
        fcp = {b: i for i, b in enumerate(fb)}  # form byte -> form code point
        def start(b):  # the source character whose form holds form byte b
            return sb[bisect.bisect_right(m, fcp[b]) - 1]
        def end(b):  # the first source character whose form starts at or after form byte b
            return sb[bisect.bisect_left(m, fcp[b])]
        for q in r["quotes"]:
            q["start"], q["end"] = start(q["start"]), end(q["end"])
            q["text"] = t.encode("utf-8")[q["start"]:q["end"]].decode("utf-8")
            sp = q.get("speaker")
            if sp and sp.get("end", 0) > sp.get("start", 0):
                sp["start"], sp["end"] = start(sp["start"]), end(sp["end"])
                sp["text"] = t.encode("utf-8")[sp["start"]:sp["end"]].decode("utf-8")
        print(json.dumps(r, ensure_ascii=False))


def main():
    if sys.argv[1] == "back":
        back(sys.argv[2], sys.argv[3], sys.argv[4])
        return
    src, outdir = sys.argv[1], sys.argv[2]
    recs = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
    os.makedirs(outdir, exist_ok=True)
    for name, f in FORMS.items():
        with open(os.path.join(outdir, name + ".jsonl"), "w", encoding="utf-8") as o:
            for r in recs:
                o.write(json.dumps(f(r), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
