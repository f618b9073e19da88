#!/usr/bin/env bash
# Regenerate the README "Accuracy" table (markdown on stdout). Needs scripts/setup.sh (no Neo4j)
# and ../shared (the corpora and the reference scorer). Options: see scripts/evaluate.py.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/srk ] || { echo "error: run scripts/setup.sh first" >&2; exit 1; }
[ -f ../shared/tools/score.py ] || { echo "error: ../shared/tools/score.py not found" >&2; exit 3; }
# spaCy parses are cached on disk: a second run re-reads them instead of re-parsing.
export SRK_DOC_CACHE=${SRK_DOC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/srk-graph/doccache}
exec .venv/bin/python scripts/evaluate.py "$@"
