"""One way to read a YAML data file under ingest/data: parsed, then validated by a pydantic
schema; any problem is a ValueError that names the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import TypeAdapter, ValidationError


def load_validated(path: Path, schema: Any) -> Any:
    try:
        return TypeAdapter(schema).validate_python(yaml.safe_load(path.read_text()))
    except (yaml.YAMLError, ValidationError, TypeError) as error:
        raise ValueError(f"{path}: {error}") from error
