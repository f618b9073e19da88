"""GET /health: Neo4j reachable, its version and node counts per label."""

from fastapi import APIRouter

from app import repository
from app.deps import DriverDep, SettingsDep
from app.models import ErrorPublic, HealthPublic

router = APIRouter(tags=["health"])


@router.get("/health", response_model=HealthPublic, responses={503: {"model": ErrorPublic}})
def health(driver: DriverDep, settings: SettingsDep) -> HealthPublic:
    """200 with version and counts when Neo4j answers; 503 with a reason when it does not."""
    return repository.health(driver, settings)
