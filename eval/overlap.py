#!/usr/bin/env python3
"""Lines of the project's Go files (tests, comments, strings) added since a
commit that share a run of six words with an article of ../shared/eval: the
texts must stay out of the project (tests use sentences written for them).

  eval/overlap.py [REPO [BASE]]     # BASE: a commit, default the first one

Prints file:line and the shared run. FORMS.md's forms cite a few phrases of
the GVDB articles on purpose; a hit is a line to read, not always a fault.
"""
import json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
repo = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
base = sys.argv[2] if len(sys.argv) > 2 else subprocess.run(['git', '-C', repo, 'rev-list', '--max-parents=0', 'HEAD'], capture_output=True, text=True).stdout.split()[-1]
E = os.environ.get('NEWSPARSE_EVAL', os.path.join(repo, '../shared/eval'))
W = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.-]*")
def shingles(t, n=6):
    w = [x.lower().strip(".'’") for x in W.findall(t)]
    return set(tuple(w[i:i+n]) for i in range(len(w)-n+1))
texts = []
for f in ['corpus/bbc.jsonl', 'numbers/gvdb-dev.jsonl', 'numbers/dev.jsonl', 'quotes/polnear-train.jsonl', 'quotes/polnear-dev.jsonl']:
    for l in open(os.path.join(E, f)):
        texts.append(json.loads(l)['text'])
for f in ['ner/conll2003-train.txt', 'ner/conll2003-dev.txt']:
    doc = []
    for l in open(os.path.join(E, f)):
        if l.startswith('-DOCSTART-'):
            texts.append(' '.join(doc)); doc = []
        elif l.strip():
            doc.append(l.split()[0])
    texts.append(' '.join(doc))
idx = set()
for t in texts:
    idx |= shingles(t)
diff = subprocess.run(['git', '-C', repo, 'diff', '-U0', base, '--', '*.go'], capture_output=True, text=True).stdout
fname = None; ln = 0
for line in diff.splitlines():
    if line.startswith('+++ '):
        fname = line[6:]
    elif line.startswith('@@'):
        ln = int(re.search(r'\+(\d+)', line).group(1)) - 1
    elif line.startswith('+') and not line.startswith('+++'):
        ln += 1
        hit = shingles(line) & idx
        if hit:
            print(f"{fname}:{ln}: {' '.join(sorted(hit)[0])}")
