#!/usr/bin/env bash
# CI for examples/beam: vets and tests the pipeline package (pipeline/) on
# Beam's direct runner, in process (no network, no Docker, no JVM needed).
# It compiles neither the command (main.go) nor the runners it links through
# beamx (prism, Dataflow, Flink, Spark): about half as many packages.
set -euo pipefail
cd "$(dirname "$0")"
# Keep it that way: the pipeline package and its tests must not pull in beamx
# or a runner other than direct (go list compiles nothing).
if heavy=$(go list -deps -test ./pipeline/... | grep -E '/go/pkg/beam/(x/beamx|runners/(prism|dataflow|flink|spark|universal))$'); then
	echo "ci.sh: ./pipeline must not import these (they belong to the command, main.go):" >&2
	echo "$heavy" >&2
	exit 1
fi
go vet ./pipeline/...
go test ./pipeline/...
