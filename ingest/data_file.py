"""One way to read a YAML data file under ingest/data: parsed, then validated by a pydantic
schema; any problem is a ValueError that names the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import TypeAdapter, ValidationError


class UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a key given twice in one mapping (PyYAML keeps the last
    one silently, so the first list would never be read)."""

    def construct_mapping(self, node, deep=False):
        keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
        repeated = sorted({str(k) for k in keys if keys.count(k) > 1})
        if repeated:
            raise yaml.constructor.ConstructorError(
                None, None, f"key given twice: {', '.join(repeated)}", node.start_mark)
        return super().construct_mapping(node, deep=deep)


def load_validated(path: Path, schema: Any) -> Any:
    try:
        return TypeAdapter(schema).validate_python(yaml.load(path.read_text(), UniqueKeyLoader))
    except (yaml.YAMLError, ValidationError, TypeError) as error:
        raise ValueError(f"{path}: {error}") from error
