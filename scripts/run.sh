#!/usr/bin/env bash
# The main job: set up, start the local Neo4j, apply the schema, ingest the sample corpus,
# and serve the API on :8000. Idempotent; re-running is quick.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/srk neo4j start
.venv/bin/srk schema
# exit 1 (some article failed, listed in the summary) still serves; 2 (no database) stops here
.venv/bin/srk ingest samples/ || [ $? -eq 1 ]
port=${API_PORT:-8000}
echo "API docs:      http://127.0.0.1:${port}/docs"
echo "Neo4j Browser: http://127.0.0.1:${NEO4J_HTTP_PORT:-7474}/browser/ (user neo4j, password in .env)"
exec .venv/bin/srk serve --port "$port"
