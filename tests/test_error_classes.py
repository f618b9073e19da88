"""scripts/error_classes.py sorts event errors into classes with the reference scorer's matching."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

from ingest.evaluate import DEFAULT_SCORER

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "error_classes.py"
pytestmark = pytest.mark.skipif(not DEFAULT_SCORER.is_file(),
                                reason=f"needs ../shared (no reference scorer at {DEFAULT_SCORER})")


def load_script():
    spec = importlib.util.spec_from_file_location("error_classes", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_event(ident: str, parties: list[str], day: str, required: bool = True) -> dict:
    return {"id": ident, "kind": "meeting", "status": "held", "participants": parties,
            "date": day, "place": None, "topics": [], "required": required}


def system_event(parties: list[str], day: str | None) -> dict:
    return {"kind": "meeting", "status": "held", "date": day,
            "participants": [{"name": name} for name in parties]}


def test_each_error_lands_in_its_class():
    script = load_script()
    gold = {"articles": [{"file": "a1.txt", "events": [
        gold_event("a", ["Aleksandar Vucic", "Vladimir Putin"], "2020-01-05"),
        gold_event("b", ["Albin Kurti", "Josep Borrell"], "2020-01-05"),
        gold_event("c", ["Emmanuel Macron", "Olaf Scholz"], "2020-02-01"),
        gold_event("d", ["Viktor Orban", "Robert Fico"], "2020-03-01"),
        gold_event("e", ["Recep Tayyip Erdogan", "Joe Biden"], "2020-04-01", required=False),
        gold_event("f", ["Ivica Dacic", "Sergey Lavrov"], "2020-05-01"),
        gold_event("g", ["Antonio Guterres", "Jens Stoltenberg"], "2020-06-01"),
    ]}]}
    records = [{"article": {"source": "/corpus/a1.txt"}, "events": [
        system_event(["Aleksandar Vucic", "Vladimir Putin"], "2020-01-09"),
        system_event(["Albin Kurti", "Miroslav Lajcak"], "2020-01-05"),
        system_event(["Viktor Orban", "Robert Fico"], "2020-03-01"),
        system_event(["Viktor Orban", "Robert Fico"], "2019-11-01"),
        system_event(["Xi Jinping", "Narendra Modi"], None),
        system_event(["Ana Brnabic", "Dmitry Medvedev"], "2020-05-01"),  # Dacic's, Lavrov's states
        system_event(["Antonio Guterres", "Mark Rutte"], "2021-06-01"),
    ]}]
    missed, extra = script.classify(script.load_scorer(), gold, records)
    assert missed == Counter({"wrong date": 1, "wrong parties": 1, "none near": 2, "both": 1})
    assert extra == Counter({"wrong date": 1, "wrong parties": 1, "repeat": 1, "spurious": 2,
                             "both": 1})
    assert script.row("set", missed, extra) == \
        "| set | 2 / 1 / 1 / 1 (of 5) | 2 / 1 / 1 / 1 / 1 (of 6) |"


def test_loading_the_script_leaves_the_import_path_alone():
    before = list(__import__("sys").path)
    load_script()
    assert __import__("sys").path == before
