"""FastAPI dependencies: the process's driver and settings."""

from typing import Annotated

import neo4j
from fastapi import Depends, Request

from srk.settings import Settings, get_settings


def get_driver(request: Request) -> neo4j.Driver:
    return request.app.state.driver


SettingsDep = Annotated[Settings, Depends(get_settings)]
DriverDep = Annotated[neo4j.Driver, Depends(get_driver)]
