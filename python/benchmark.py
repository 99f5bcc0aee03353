"""Throughput of the wrapper against the command it drives, on the same input, in the same run.

    python3 python/benchmark.py CORPUS.jsonl [ROUNDS]

CORPUS.jsonl holds {"id", "text"} lines. Each round times `newsparse -jsonl <
CORPUS > /dev/null`, then iterating `newsparse.parse_many(texts)` with a fresh
session (process start included; each Document decodes its JSON on first
access), then the same touching `doc.entities` of every Document (so every
output is decoded and its offsets converted). The best round of each is
reported, with the ratios; so is the CPU time each way takes (the command's,
and the command's plus this Python's), which a busy machine disturbs less.
"""

import json
import os
import resource
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import newsparse  # noqa: E402


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    path = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with open(path, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    texts = [r["text"] for r in records]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    binary = newsparse.find_binary()
    best_go = best_py = best_full = float("inf")
    cpu_go = cpu_py = cpu_full = float("inf")

    def cpu():
        me = resource.getrusage(resource.RUSAGE_SELF)
        ch = resource.getrusage(resource.RUSAGE_CHILDREN)
        return me.ru_utime + me.ru_stime + ch.ru_utime + ch.ru_stime

    for _ in range(rounds):
        c0, t0 = cpu(), time.perf_counter()
        with open(path, "rb") as f:
            subprocess.run([binary, "-jsonl"], stdin=f, stdout=subprocess.DEVNULL, check=True)
        best_go = min(best_go, time.perf_counter() - t0)
        cpu_go = min(cpu_go, cpu() - c0)
        c0, t0 = cpu(), time.perf_counter()
        with newsparse.Session(binary=binary) as s:
            n = sum(1 for _ in newsparse.parse_many(texts, session=s))
        best_py = min(best_py, time.perf_counter() - t0)
        cpu_py = min(cpu_py, cpu() - c0)
        assert n == len(texts), (n, len(texts))
        c0, t0 = cpu(), time.perf_counter()
        with newsparse.Session(binary=binary) as s:
            n = sum(1 for d in newsparse.parse_many(texts, session=s) if d.entities is not None)
        best_full = min(best_full, time.perf_counter() - t0)
        cpu_full = min(cpu_full, cpu() - c0)
    print(f"binary: {binary}")
    print(f"input: {path}: {len(texts)} articles, {mb:.1f} MB; best of {rounds} rounds")
    print(f"newsparse -jsonl : {best_go:7.2f} s  {len(texts) / best_go:8.1f} articles/s  {mb / best_go:6.2f} MB/s")
    print(f"python parse_many: {best_py:7.2f} s  {len(texts) / best_py:8.1f} articles/s  {mb / best_py:6.2f} MB/s")
    print(f"  + decode all    : {best_full:7.2f} s  {len(texts) / best_full:8.1f} articles/s  {mb / best_full:6.2f} MB/s")
    print(f"wrapper/command throughput: {best_go / best_py:.1%} (decoded on access), {best_go / best_full:.1%} (all decoded)")
    print(f"CPU seconds: command {cpu_go:.2f}, wrapper {cpu_py:.2f} (decoded on access), {cpu_full:.2f} (all decoded); "
          f"command/wrapper {cpu_go / cpu_py:.1%}, {cpu_go / cpu_full:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
