"""GET /health: Neo4j reachable, its version and node counts per label."""

from fastapi import APIRouter

from app.deps import RepoDep
from app.models import HealthPublic
from app.openapi import problems

router = APIRouter(tags=["health"])


@router.get("/health", response_model=HealthPublic, responses=problems(503))
def health(repo: RepoDep) -> HealthPublic:
    """200 with version and counts when Neo4j answers; 503 saying why when it does not."""
    return repo.health()
