"""Reads for the API (no FastAPI here: the CLI can use it too)."""

from __future__ import annotations

import neo4j

from app.models import HealthPublic
from srk.db import read
from srk.settings import Settings


def health(driver: neo4j.Driver, settings: Settings) -> HealthPublic:
    component = read(driver, settings, "health_version")[0]
    counts = read(driver, settings, "health_counts")[0]
    return HealthPublic(
        status="ok",
        neo4j_version=component["version"],
        neo4j_edition=component["edition"],
        counts=counts,
    )
