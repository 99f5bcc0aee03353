#!/usr/bin/env python3
"""Score quotations as ../shared/eval/score/quotes.py does, but with the gold
quotations cut into stretches by quotation marks told apart by their role.

  eval/quotes/marks.py GOLD.jsonl PRED.jsonl [-v]      (EVAL_DIR: $NEWSPARSE_EVAL or ../shared/eval)

The shared scorer cuts a gold quotation at every double quotation mark and
keeps every other stretch. A quotation that runs over several paragraphs
opens each paragraph with a mark and closes only the last:

    "First paragraph of the speech.
    "Second paragraph.
    "Third paragraph," she said.

Counted by pairs, the second paragraph falls between a "closing" and an
"opening" mark and leaves the gold, so a reader that finds it is charged
with a false quotation, and where the paragraphs are joined in one line (as
in many scraped bodies) the same happens inside one line. Here an opening
mark is one that follows the start of the quotation, white space or an
opening bracket and comes before a word; an opening mark while a stretch is
open closes that stretch (the paragraph convention). Everything else about
the scoring (matching by half of each span, speakers by surname) is the
shared scorer's own, imported from it.
"""
import importlib.util, os, sys

EVAL = os.environ.get("NEWSPARSE_EVAL") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "eval")
_spec = importlib.util.spec_from_file_location("shared_quotes", os.path.join(EVAL, "score", "quotes.py"))
Q = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(Q)


def opens(text, i, s):
    """Whether the mark at i opens a quotation: "“" always; a straight mark at
    the quotation's start or after white space or a bracket, before a word."""
    ch = text[i]
    if ch == "“":
        return True
    if ch == "”":
        return False
    before = text[i - 1] if i > s else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (i == s or before.isspace() or before in "([{—–-") and not after.isspace()


def quoted_segments(text, s, e):
    """Stretches inside the quotation text[s:e] between an opening mark and
    the next mark (none when it holds no mark, as in the shared scorer)."""
    segs, start = [], None
    for i in range(s, e):
        if text[i] not in Q.MARKS:
            continue
        if opens(text, i, s):
            if start is not None and i > start:
                segs.append((start, i))  # a new paragraph of the same quotation
            start = i + 1
        elif start is not None:
            if i > start:
                segs.append((start, i))
            start = None
    if start is not None and e > start:
        segs.append((start, e))
    out = []
    for a, b in segs:
        while a < b and text[a] in " ,.;:\n": a += 1
        while b > a and text[b - 1] in " ,.;:\n": b -= 1
        if b - a >= 3:
            out.append((a, b))
    return out


if __name__ == "__main__":
    Q.quoted_segments = quoted_segments
    sys.argv = [sys.argv[0], "score"] + sys.argv[1:]
    Q.main()
