"""FastAPI dependencies: settings, the process's driver, the repository, API keys."""

from __future__ import annotations

import secrets
from typing import Annotated

import neo4j
from fastapi import Depends, HTTPException, Request, Security
from fastapi.security import APIKeyHeader

from app.repository import Repository
from srk.settings import Settings, get_settings

SettingsDep = Annotated[Settings, Depends(get_settings)]


def get_driver(request: Request) -> neo4j.Driver:
    return request.app.state.driver


DriverDep = Annotated[neo4j.Driver, Depends(get_driver)]


def get_repository(driver: DriverDep, settings: SettingsDep) -> Repository:
    return Repository(driver, settings)


RepoDep = Annotated[Repository, Depends(get_repository)]

# Two names for the same X-API-Key header, so /docs shows which key an operation takes and
# the OpenAPI document can mark the read key optional. auto_error=False: a missing key is not
# always an error (reads are open until SRK_READ_API_KEYS is set), and refusals keep their
# own 401/403 problem bodies below.
READ_KEY_SCHEME, WRITE_KEY_SCHEME = "ReadKey", "WriteKey"
read_key_header = APIKeyHeader(
    name="X-API-Key", scheme_name=READ_KEY_SCHEME, auto_error=False,
    description="Reads need a key only when SRK_READ_API_KEYS is set; a write key reads too.")
write_key_header = APIKeyHeader(
    name="X-API-Key", scheme_name=WRITE_KEY_SCHEME, auto_error=False,
    description="POST /ingest needs one of SRK_WRITE_API_KEYS (it is off until they are set).")
ReadKey = Annotated[str | None, Security(read_key_header)]
WriteKey = Annotated[str | None, Security(write_key_header)]


def keys(raw: str) -> list[str]:
    return [k.strip() for k in raw.split(",") if k.strip()]


def matches(given: str, allowed: list[str]) -> bool:
    return any(secrets.compare_digest(given, key) for key in allowed)


def require_read_key(settings: SettingsDep, x_api_key: ReadKey) -> None:
    """Open unless read keys are configured; then a read (or write) key is needed."""
    read_keys = keys(settings.read_api_keys)
    if not read_keys:
        return
    if x_api_key is None:
        raise HTTPException(401, "an X-API-Key header is required",
                            headers={"WWW-Authenticate": "ApiKey"})
    if not matches(x_api_key, read_keys + keys(settings.write_api_keys)):
        raise HTTPException(403, "this API key may not read")


def require_write_key(settings: SettingsDep, x_api_key: WriteKey) -> None:
    """Writes need a write key; with none configured, the write endpoints are off."""
    write_keys = keys(settings.write_api_keys)
    if not write_keys:
        raise HTTPException(404, "ingest over the API is off: set SRK_WRITE_API_KEYS to enable it")
    if x_api_key is None:
        raise HTTPException(401, "an X-API-Key header is required",
                            headers={"WWW-Authenticate": "ApiKey"})
    if not matches(x_api_key, write_keys):
        raise HTTPException(403, "this API key may not write")
