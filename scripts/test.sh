#!/usr/bin/env bash
# The tests: the same set-up, a separate test Neo4j instance (its own ports and data, so a
# developer's graph is never touched), then pytest against it. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export NEO4J_BOLT_PORT=${TEST_NEO4J_BOLT_PORT:-7688}
export NEO4J_HTTP_PORT=${TEST_NEO4J_HTTP_PORT:-7475}
export NEO4J_URI=bolt://127.0.0.1:${NEO4J_BOLT_PORT}
export SRK_TEST_INSTANCE=1
# Stop the test Neo4j when pytest ends (it holds a 1 GiB heap), unless SRK_KEEP_NEO4J=1 or it
# was already running before this script (then it is someone's, left as it was).
if .venv/bin/srk neo4j status >/dev/null 2>&1; then
  started_here=0
else
  started_here=1
fi
if [ "$started_here" = 1 ] && [ "${SRK_KEEP_NEO4J:-0}" != 1 ]; then
  trap '.venv/bin/srk neo4j stop >/dev/null || true' EXIT
fi
.venv/bin/srk neo4j start
.venv/bin/python -m pytest "$@"
