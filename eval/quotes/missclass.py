#!/usr/bin/env python3
"""Sort the speaker misses of a PolNeAR-form gold file by what the gold
source is, so that a speaker figure can be read against what no reader can
get right under the shared scorer's surname rule.

  eval/quotes/missclass.py GOLD.jsonl PRED.jsonl   (the scorer: $NEWSPARSE_EVAL or ../shared/eval)

Run it on a tune part only (PolNeAR train-tune): a check part's errors are
never read. It reads the misses the shared scorer lists (`score -v`), and
sorts each by the gold source's text alone:
  relative   a relative pronoun is the source ("which", "who", "that")
  cue word   the span marked as source is the cue ("said", "according to")
  clitic     the source with a clitic glued on ("she's"), or a possessive
             whose owner is the predicted speaker ("Bolton's" for Bolton)
  other      everything else: real misses, and sources of other kinds
             (a document, an outlet, a crowd) that only reading tells apart
"""
import ast
import importlib.util
import os
import re
import subprocess
import sys

EVAL = os.environ.get("NEWSPARSE_EVAL") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "eval")
SCORER = os.path.join(EVAL, "score", "quotes.py")
_spec = importlib.util.spec_from_file_location("shared_quotes", SCORER)
Q = importlib.util.module_from_spec(_spec)  # for its surname rule and pronoun list
_spec.loader.exec_module(Q)

RELATIVE = {"which", "who", "that", "whom", "whose"}
CUES = {"said", "says", "say", "told", "tells", "according", "according to", "wrote", "added", "asked"}
MISS = re.compile(r"^SPEAKER \S+: gold (?P<gold>'.*'|\".*\") got (?P<got>'.*'|\".*\"|None) for ")


def klass(src, got):
    low = src.strip().lower()
    if low in RELATIVE:
        return "relative"
    if low in CUES:
        return "cue word"
    m = re.match(r"^(.*?)['’]s?$", src.strip())
    if m and m.group(1):
        owner = m.group(1)
        pred = {"speaker": {"name": got or ""}}
        if owner.lower() in Q.PRONOUNS or Q.speaker_ok({"ref": "", "speaker": owner}, pred):
            return "clitic"
    return "other"


def main():
    out = subprocess.run([sys.executable, SCORER, "score", sys.argv[1], sys.argv[2], "-v"],
                         capture_output=True, text=True, check=True).stdout
    counts = {}
    judged = 0
    for line in out.splitlines():
        m = MISS.match(line)
        if m:
            got = m.group("got")
            c = klass(ast.literal_eval(m.group("gold")), None if got == "None" else ast.literal_eval(got))
            counts[c] = counts.get(c, 0) + 1
        elif line.startswith("gold quotes"):
            judged = int(line.rsplit("speakers judged", 1)[1])
    missed = sum(counts.values())
    right = judged - missed
    print(f"speakers judged {judged}, right {right} ({right / max(judged, 1):.3f}), missed {missed}")
    for c in ("relative", "cue word", "clitic", "other"):
        print(f"  {c:9} {counts.get(c, 0)}")
    print(f"with every 'other' miss mended: {(judged - missed + counts.get('other', 0)) / max(judged, 1):.3f}")


if __name__ == "__main__":
    main()
