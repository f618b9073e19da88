"""API response models (the public contract)."""

from pydantic import BaseModel, Field


class HealthPublic(BaseModel):
    status: str = Field(description="'ok' when Neo4j answers")
    neo4j_version: str
    neo4j_edition: str
    counts: dict[str, int] = Field(description="nodes per label")


class ErrorPublic(BaseModel):
    detail: str
