"""The reference scorer finds an article's records by its file stem anywhere in the record's
source, file, path or id (`stem in str(value)`): a stem that is also a substring of the
set's folder path or of a hexadecimal content id (`b05` in `fd62618ec6b05c89`) would give
one article another's events. Every project set's stems start with a letter that is neither
hexadecimal nor in the path. Needs nothing but the files."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import ROOT

SETS = sorted(p.name.removesuffix(".gold.json") for p in (ROOT / "eval").glob("*.gold.json"))
HEX = set("0123456789abcdef")


@pytest.mark.parametrize("name", SETS)
def test_a_stem_cannot_be_found_in_a_path_or_a_content_id(name):
    gold = json.loads((ROOT / "eval" / f"{name}.gold.json").read_text())
    folder = str((ROOT / "eval" / name).resolve())
    for article in gold["articles"]:
        stem = article["file"].rsplit(".", 1)[0]
        assert not set(stem.lower()) <= HEX, f"{name}/{stem}: could occur in a hex id"
        assert stem.lower() not in folder.lower(), f"{name}/{stem}: occurs in {folder}"
        assert re.fullmatch(r"[a-z]+\d+", stem), f"{name}/{stem}: a letter stem and a number"
