#!/usr/bin/env bash
# CI for examples/beam: vets and tests the pipeline package (pipeline/) on
# Beam's direct runner, in process (no network, no Docker, no JVM needed).
# It compiles neither the command (main.go) nor the runners it links through
# beamx (prism, Dataflow, Flink, Spark): about half as many packages.
set -euo pipefail
cd "$(dirname "$0")"
go vet ./pipeline/...
go test ./pipeline/...
