"""`srk eval` reports exactly the reference scorer's figures, on every gold file.

Each gold set is extracted once per module (`srk eval --out`), then the reference scorer
is run on that same extraction and the two sets of figures must be identical.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import io
import json
import os
import sys
from pathlib import Path

import pytest

from ingest.evaluate import DEFAULT_SCORER, format_report, run_scorer
from srkctl.cli import main

from .conftest import GOLD, SEEDS, SHARED

KREMLIN = SHARED / "corpus" / "kremlin"
pytestmark = pytest.mark.skipif(not DEFAULT_SCORER.is_file(),
                                reason=f"needs ../shared (no reference scorer at {DEFAULT_SCORER})")


def bulk40_files() -> list[str]:
    """The 40 hand-annotated bulk items, by file name."""
    gold = json.loads((KREMLIN / "bulk40.gold.json").read_text())
    return [str(KREMLIN / "bulk" / article["file"]) for article in gold["articles"]]


GOLD_SETS = {
    "seeds": (GOLD, lambda: [str(SEEDS)]),
    "serbia": (KREMLIN / "serbia.gold.json", lambda: [str(KREMLIN / "serbia")]),
    "bulk40": (KREMLIN / "bulk40.gold.json", bulk40_files),
}


def run_cli(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(argv)
    return code, out.getvalue()


@pytest.fixture(scope="module")
def evaluated(tmp_path_factory) -> dict[str, tuple[dict, Path]]:
    """Per gold set: `srk eval --json` figures and the extraction they were computed on."""
    results = {}
    with pytest.MonkeyPatch.context() as patch:
        if not os.environ.get("SRK_DOC_CACHE"):
            patch.setenv("SRK_DOC_CACHE", str(tmp_path_factory.mktemp("doccache")))
        for name, (gold, paths) in GOLD_SETS.items():
            extraction = tmp_path_factory.mktemp(name) / "extraction.jsonl"
            code, output = run_cli(["eval", "--json", "--gold", str(gold),
                                    "--out", str(extraction), *paths()])
            assert code == 0, output
            results[name] = (json.loads(output), extraction)
    return results


@pytest.mark.parametrize("name", list(GOLD_SETS))
def test_eval_agrees_with_the_reference_scorer(evaluated, name):
    figures, extraction = evaluated[name]
    gold = GOLD_SETS[name][0]
    assert figures == run_scorer(DEFAULT_SCORER, gold, extraction)


def test_seed_events_and_stances_are_perfect(evaluated):
    figures, _ = evaluated["seeds"]
    for family in ("events", "stances"):
        assert figures[family]["precision"] == figures[family]["recall"] == 1.0, figures[family]


def test_undated_seeds_get_no_invented_year(evaluated):
    gold = json.loads(GOLD.read_text())
    undated = {a["file"] for a in gold["articles"] if a["published"] is None}
    _, extraction = evaluated["seeds"]
    for line in extraction.read_text().splitlines():
        record = json.loads(line)
        if Path(record["article"]["source"]).name in undated:
            for event in record["events"]:
                assert event["date"] is None or event["date"].startswith("XXXX"), event


def test_the_table_shows_every_family(evaluated):
    table = format_report(evaluated["seeds"][0])
    for word in ("events", "stances", "persons", "status", "date"):
        assert word in table


def test_a_missing_scorer_exits_3(tmp_path):
    code, _ = run_cli(["eval", "--gold", str(GOLD), "--scorer", str(tmp_path / "none.py"),
                       str(SEEDS)])
    assert code == 3


@functools.cache
def load_silver():
    """scripts/silver.py as a module (scripts/ is not a package)."""
    path = Path(__file__).resolve().parent.parent / "scripts" / "silver.py"
    spec = importlib.util.spec_from_file_location("silver", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["silver"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("title, kind, name", [
    ("Telephone conversation with President of Freedonia Rufus Firefly", "call", "Rufus Firefly"),
    ("Meeting with Harbour Region Governor Ivan Petrovsky", "meeting", "Ivan Petrovsky"),
    ("Vladimir Putin met with Marta Kowal, head of the Amber Company", "meeting", "Marta Kowal"),
    ("President Vladimir Putin spoke by telephone with President Olaf Berg of Nordland", "call",
     "Olaf Berg"),
    ("Talks with Emir of Sandland Khalid bin Omar Al Rashid", "meeting", "Khalid bin Omar Al Rashid"),
])
def test_silver_reads_one_counterpart_from_a_title(title, kind, name):
    silver = load_silver()
    found_kind, who = silver.title_event(title)
    assert found_kind == kind
    assert name in silver.counterpart_forms(who)


@pytest.mark.parametrize("title", [
    "Meeting with Government members",
    "Telephone conversation with Rufus Firefly and Olaf Berg",
    "Meeting with permanent members of the Sandland Security Council",
    "Vladimir Putin will meet with Olaf Berg on May 3",
    "Meeting with members of the Sandland State Council",
])
def test_silver_skips_titles_without_exactly_one_named_person(title):
    silver = load_silver()
    event = silver.title_event(title)
    assert event is None or silver.counterpart_forms(event[1]) is None


def test_silver_president_follows_the_date():
    from datetime import date

    silver = load_silver()
    assert silver.president_on(date(1999, 12, 31)) == "Boris Yeltsin"
    assert silver.president_on(date(2008, 5, 7)) == "Dmitry Medvedev"
    assert silver.president_on(date(2012, 5, 7)) == "Vladimir Putin"
