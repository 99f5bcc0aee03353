#!/bin/sh
# Executes examples/notebook.ipynb headless and checks its outputs.
#
#   .ci/notebook.sh            from anywhere in the checkout
#
# It installs the Debian packages it needs when they are missing (as root, or
# through sudo): python3-nbconvert python3-ipykernel python3-pandas
# python3-matplotlib, and chromium for the browser check that go test runs.
# They install for /usr/bin/python3, which may not be the first python3 on
# PATH, so that is the Python used here. The executed notebook is kept at
# $NOTEBOOK_OUT (default: a temporary folder, printed at the end).
set -eu

cd "$(dirname "$0")/.."
root=$(pwd)

packages="python3-nbconvert python3-ipykernel python3-pandas python3-matplotlib chromium"
missing=""
for p in $packages; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
	if ! command -v apt-get >/dev/null 2>&1; then
		echo "notebook.sh: missing$missing and no apt-get to install them" >&2
		exit 1
	fi
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo="sudo"
	echo "notebook.sh: installing$missing"
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

PY=/usr/bin/python3
out=${NOTEBOOK_OUT:-$(mktemp -d)}
mkdir -p "$out"

# the binary the wrapper runs: built from this checkout
go build -o "$out/newsparse" ./cmd/newsparse
export NEWSPARSE_BIN="$out/newsparse"
export NEWSPARSE_CACHE="$out/cache"
export MPLBACKEND=module://matplotlib_inline.backend_inline
export PYDEVD_DISABLE_FILE_VALIDATION=1

"$PY" -m nbconvert --to notebook --execute examples/notebook.ipynb \
	--ExecutePreprocessor.timeout=600 --ExecutePreprocessor.kernel_name=python3 \
	--output-dir "$out" --output notebook.executed.ipynb

"$PY" - "$out/notebook.executed.ipynb" <<'EOF'
import json, re, sys

nb = json.load(open(sys.argv[1], encoding="utf-8"))
fails = []
by_tag = {}
for i, c in enumerate(nb["cells"]):
    if c["cell_type"] != "code":
        continue
    for o in c.get("outputs", []):
        if o.get("output_type") == "error":
            fails.append(f"cell {i}: {o.get('ename')}: {o.get('evalue')}")
    if c.get("execution_count") is None:
        fails.append(f"cell {i} did not run")
    for t in c.get("metadata", {}).get("tags", []):
        by_tag[t] = c

def data(tag, mime):
    c = by_tag.get(tag)
    if c is None:
        fails.append(f"no cell tagged {tag}")
        return ""
    for o in c.get("outputs", []):
        d = o.get("data", {}).get(mime)
        if d is not None:
            return "".join(d) if isinstance(d, list) else d
    fails.append(f"cell {tag}: no {mime} output")
    return ""

view = data("view", "text/html")
for want in ('<div class="newsparse">', 'class="np-ent np-PERSON"', 'data-quote="q1"', 'np-legend'):
    if want not in view:
        fails.append(f"seed view lacks {want}")
if "<script" in view.lower():
    fails.append("seed view holds a script element")
if '<div class="newsparse">' not in data("view2", "text/html"):
    fails.append("second view missing")
for tag in ("entities", "quotes", "money", "casualties"):
    if "<table" not in data(tag, "text/html"):
        fails.append(f"cell {tag}: no DataFrame table")
if not re.search(r"<tbody>\s*<tr>", data("quotes", "text/html")):
    fails.append("quotes by speaker is empty")
png = data("chart", "image/png")
if len(png) < 1000:
    fails.append("no casualty chart")
if len(data("map", "image/png")) < 1000:
    fails.append("no map of places")
if "Damascus" not in data("map", "text/html"):
    fails.append("the places table lacks Damascus")

if fails:
    print("notebook.sh: the executed notebook fails its checks:", *fails, sep="\n  ", file=sys.stderr)
    sys.exit(1)
print(f"notebook.sh: ok: {len(nb['cells'])} cells ran; views, frames, chart and map present")
EOF
echo "notebook.sh: executed notebook at $out/notebook.executed.ipynb"
