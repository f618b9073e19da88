"""Every extracted fact's evidence points exactly at its text: `article.body[start:end]`
equals `evidence.text`, for every event and stance of every gold article and sample.

Runs the real pipeline (no Neo4j). The gold files are read only for their list of files."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from os.path import commonprefix
from pathlib import Path

import pytest

from ingest.models import Article, Evidence, Extraction
from ingest.pipeline import Pipeline, Summary
from srk.settings import get_settings
from tests.conftest import ROOT, SHARED

CORPUS = SHARED / "corpus"
GOLD_CORPORA = {  # name: (gold file, folder its `file` names are relative to)
    "seeds": (CORPUS / "seeds.gold.json", CORPUS / "seeds"),
    "serbia": (CORPUS / "kremlin" / "serbia.gold.json", CORPUS / "kremlin" / "serbia"),
    "bulk40": (CORPUS / "kremlin" / "bulk40.gold.json", CORPUS / "kremlin" / "bulk"),
    **{name: (ROOT / "eval" / f"{name}.gold.json", ROOT / "eval" / name)  # the project's own sets
       for name in ("styles", "styles2", "styles3", "styles4", "styles5", "styles6", "styles7",
                    "styles8", "styles9", "styles10", "styles11", "styles12",
                    "styles13", "styles14", "styles15", "styles16", "styles17")},
}
SAMPLES = ROOT / "samples"
SHOWN = 80
Result = tuple[Article, Extraction]


@dataclass(frozen=True)
class Misplaced:
    source: str
    kind: str  # "event" or "stance"
    evidence: Evidence
    actual: str

    def __str__(self) -> str:
        ev, at = self.evidence, len(commonprefix([self.evidence.text, self.actual]))
        return (f"{Path(self.source).name} {self.kind} [{ev.start}:{ev.end}] "
                f"first difference at +{at}: {ev.text[at:at + 20]!r} != {self.actual[at:at + 20]!r}"
                f"\n    expected {ev.text[:SHOWN]!r}\n    actual   {self.actual[:SHOWN]!r}")


def gold_paths(gold: Path, folder: Path) -> list[str]:
    """The texts a gold file annotates (only its `file` names are read)."""
    return [str(folder / item["file"]) for item in json.loads(gold.read_text())["articles"]]


def corpus_paths(name: str) -> list[str]:
    if name == "samples":
        return [str(SAMPLES)]
    if not SHARED.is_dir():
        pytest.skip(f"the shared corpus is not at {SHARED} (a checkout beside ../shared)")
    gold, folder = GOLD_CORPORA[name]
    if not gold.is_file():
        pytest.skip(f"gold file {gold} is missing")
    return gold_paths(gold, folder)


def extracted(paths: list[str]) -> list[Result]:
    """Each article with its extraction, from one fresh pipeline run over `paths`."""
    pipeline = Pipeline(get_settings())
    return [(article, pipeline.extract(article))
            for article in pipeline.articles(paths, Summary())]


def evidences(extraction: Extraction) -> list[tuple[str, Evidence]]:
    return [("event", ev) for e in extraction.events for ev in e.evidence] + \
        [("stance", ev) for s in extraction.stances for ev in s.evidence]


def misplaced(results: list[Result], same: Callable[[str, str], bool]) -> list[Misplaced]:
    """Evidence whose offsets do not cut `same` text out of the article's body."""
    return [Misplaced(article.source, kind, ev, article.body[ev.start:ev.end])
            for article, extraction in results for kind, ev in evidences(extraction)
            if not same(article.body[ev.start:ev.end], ev.text)]


def report(name: str, results: list[Result], failures: list[Misplaced], rule: str) -> str:
    checked = sum(len(evidences(extraction)) for _, extraction in results)
    return (f"{name}: {len(failures)} of {checked} evidence offsets fail {rule}:\n"
            + "\n".join(map(str, failures)))


@pytest.fixture(scope="module", params=[*GOLD_CORPORA, "samples"])
def corpus(request) -> tuple[str, list[Result]]:
    results = extracted(corpus_paths(request.param))
    assert results, f"{request.param}: no article was read"
    return request.param, results


def test_every_evidence_offset_is_exact(corpus):
    name, results = corpus
    failures = misplaced(results, lambda cut, text: cut == text)
    if failures:
        pytest.fail(report(name, results, failures, "body[start:end] == text"), pytrace=False)


def test_every_evidence_offset_holds_its_sentence(corpus):
    """The weaker promise, kept while the exact one fails: only whitespace around differs."""
    name, results = corpus
    failures = misplaced(results, lambda cut, text: cut.strip() == text)
    if failures:
        pytest.fail(report(name, results, failures, "body[start:end].strip() == text"),
                    pytrace=False)
