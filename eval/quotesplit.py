#!/usr/bin/env python3
"""Split PolNeAR train once by a hash of the article id (quotes work).

  python3 eval/quotesplit.py ../shared/eval OUT_DIR

writes OUT_DIR/fit.jsonl (about 75%: the speaker model is trained on it) and
OUT_DIR/tune.jsonl (about 25%: read its errors, tune rules on it) in the
format of score/quotes.py. PolNeAR dev is the check: score it when a change
is done, never read its errors.
"""
import hashlib, os, sys


def split_of(aid):
    return "tune" if int(hashlib.sha1(("polnear:" + aid).encode()).hexdigest()[:8], 16) % 4 == 0 else "fit"


def main():
    ev, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    import json
    with open(os.path.join(out, "fit.jsonl"), "w") as ff, open(os.path.join(out, "tune.jsonl"), "w") as ft:
        for line in open(os.path.join(ev, "quotes/polnear-train.jsonl"), encoding="utf-8"):
            if not line.strip():
                continue
            aid = json.loads(line)["id"]
            (ft if split_of(aid) == "tune" else ff).write(line)


if __name__ == "__main__":
    main()
