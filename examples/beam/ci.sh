#!/usr/bin/env bash
# CI for examples/beam: builds the Beam pipeline and runs its test on prism,
# Beam's in-process local runner (no network, no Docker, no JVM needed).
set -euo pipefail
cd "$(dirname "$0")" && go test ./...
