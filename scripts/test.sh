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
.venv/bin/srk neo4j start
exec .venv/bin/python -m pytest "$@"
