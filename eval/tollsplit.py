#!/usr/bin/env python3
"""Split the GVDB articles the toll is scored on into tune and check.

  eval/tollsplit.py GVDB.jsonl OUT_DIR

writes OUT_DIR/tune.jsonl and OUT_DIR/check.jsonl, each article kept whole.
The split is eval/join.py's rule on the key "gvdb:" + id, so an article is on
the same side for the casualty mentions and for the toll. Read the toll's
errors on tune only; only score check.
"""
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from join import split_of  # noqa: E402


def main():
    if len(sys.argv) != 3:
        raise SystemExit("usage: tollsplit.py GVDB.jsonl OUT_DIR")
    src, out = sys.argv[1:]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "tune.jsonl"), "w") as ft, open(os.path.join(out, "check.jsonl"), "w") as fc:
        for line in open(src, encoding="utf-8"):
            if not line.strip():
                continue
            g = json.loads(line)
            (ft if split_of("gvdb:" + g["id"]) == "tune" else fc).write(line if line.endswith("\n") else line + "\n")


if __name__ == "__main__":
    main()
