#!/usr/bin/env python3
"""Choose the articles for the blind toponym annotation, by a hash of their
ids (never by their content beyond length), and write the batches.

  eval/places/select.py [EVAL_DIR] OUT_DIR          # round 1
  eval/places/select.py --round 2 [EVAL_DIR] OUT_DIR

Round 1 takes 30 BBC, 20 GVDB and 20 PolNeAR train articles of 400 to 5,000
characters, in the order of sha1("places:" + corpus + ":" + id), and writes
OUT_DIR/batch1.jsonl, batch2.jsonl, batch3.jsonl ({"corpus","id","text"});
ten articles stand in two batches (five of batch1 again in batch2, five of
batch2 again in batch3) so that two annotators' agreement can be measured.
Round 2 takes the next 20 BBC, 10 GVDB and 10 PolNeAR articles in the same
order and writes batch1.jsonl and batch2.jsonl, five of each again in the
other.
"""
import hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
QUOTA = [("bbc", "corpus/bbc.jsonl", 30), ("gvdb", "numbers/gvdb-dev.jsonl", 20),
         ("polnear", "quotes/polnear-train.jsonl", 20)]


def h(s):
    return hashlib.sha1(s.encode()).hexdigest()


ROUND2 = {"bbc": 20, "gvdb": 10, "polnear": 10}


def main():
    args = sys.argv[1:]
    rnd = 1
    if args[:1] == ["--round"]:
        rnd, args = int(args[1]), args[2:]
    ev = args[0] if len(args) == 2 else os.path.join(HERE, "../../../shared/eval")
    out = args[-1]
    chosen = []
    for corpus, path, n in QUOTA:
        docs = [json.loads(l) for l in open(os.path.join(ev, path), encoding="utf-8") if l.strip()]
        docs = [d for d in docs if 400 <= len(d["text"]) <= 5000]
        docs.sort(key=lambda d: h(f"places:{corpus}:{d['id']}"))
        lo, hi = (0, n) if rnd == 1 else (n, n + ROUND2[corpus])
        chosen += [{"corpus": corpus, "id": d["id"], "text": d["text"]} for d in docs[lo:hi]]
    chosen.sort(key=lambda d: h(f"order:{d['corpus']}:{d['id']}"))
    if rnd == 1:
        b1, b2, b3 = chosen[:24], chosen[24:47], chosen[47:]
        batches = [b1, b2 + b1[:5], b3 + b2[:5]]
    else:
        b1, b2 = chosen[:20], chosen[20:]
        batches = [b1[:5] + b1[5:], b2[:5] + b2[5:] + b1[:5]]
        batches[0] = batches[0] + b2[:5]
    os.makedirs(out, exist_ok=True)
    for i, b in enumerate(batches, 1):
        with open(os.path.join(out, f"batch{i}.jsonl"), "w", encoding="utf-8") as f:
            for d in b:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(f"batch{i}.jsonl: {len(b)} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
