"""Score extractions against a gold file shaped like seeds.gold.json.

Events match on participants (folded names, as sets) and date (any accepted value);
stances on holder, polarity, target and topic (null target/topic match only null).
Optional gold items (required=false) never count as misses, and an extraction matching
one is not a false positive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ingest.dictionary import fold
from ingest.models import Extraction


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Report:
    events: Score = field(default_factory=Score)
    stances: Score = field(default_factory=Score)
    persons: Score = field(default_factory=Score)
    status: Accuracy = field(default_factory=Accuracy)
    place: Accuracy = field(default_factory=Accuracy)
    kosovo_topic: Accuracy = field(default_factory=Accuracy)


def options(value) -> list:
    return value if isinstance(value, list) else [value]


def norm(name: str | None) -> str | None:
    return fold(name) if name else None


def event_matches(gold: dict, event) -> bool:
    people = {fold(p) for p in gold["participants"]}
    return people == {fold(p.name) for p in event.participants} and event.date in options(gold["date"])


def stance_matches(gold: dict, stance) -> bool:
    target = stance.target.name if stance.target else None
    return (fold(gold["holder"]) == fold(stance.holder.name) and gold["polarity"] == stance.polarity
            and norm(gold["target"]) == norm(target) and gold.get("topic") == stance.topic)


def score_items(golds: list[dict], items: list, matches, score: Score, label) -> list[tuple]:
    """Greedy one-to-one matching; returns (gold, item) pairs matched."""
    free, pairs = list(items), []
    for gold in golds:
        hit = next((i for i in free if matches(gold, i)), None)
        if hit is not None:
            free.remove(hit)
            pairs.append((gold, hit))
            score.tp += gold.get("required", True)
        elif gold.get("required", True):
            score.fn += 1
            score.misses.append(label(gold))
    score.fp += len(free)
    score.extras += [repr(i)[:160] for i in free]
    return pairs


def score_article(gold: dict, extraction: Extraction, report: Report) -> None:
    pairs = score_items(gold["events"], extraction.events, event_matches, report.events,
                        lambda g: g["id"])
    for g, event in pairs:
        report.status.add(event.status in options(g["status"]))
        report.place.add(norm(event.place) in [norm(p) for p in options(g["place"])])
        report.kosovo_topic.add(("kosovo" in g["topics"]) == ("kosovo" in event.topics))
    score_items(gold["stances"], extraction.stances, stance_matches, report.stances,
                lambda g: f"{gold['file']}: {g['holder']} {g['polarity']} {g['target']} {g['topic']}")
    persons = {fold(a.name) for a in extraction.actors if a.kind == "person"}
    expected = {fold(p) for p in gold["persons"]}
    report.persons.tp += len(persons & expected)
    report.persons.fp += len(persons - expected)
    report.persons.fn += len(expected - persons)
    report.persons.extras += sorted(persons - expected)
    report.persons.misses += sorted(expected - persons)


def evaluate(gold: dict, extractions: dict[str, Extraction]) -> Report:
    """`extractions` by file name; gold articles without an extraction count as missed."""
    report = Report()
    for article in gold["articles"]:
        extraction = extractions.get(article["file"])
        if extraction is None:
            extraction = Extraction.model_validate(
                {"article": {"id": "", "source": article["file"], "title": "", "published": None},
                 "actors": [], "events": [], "stances": []})
        score_article(article, extraction, report)
    return report


def file_name(source: str) -> str:
    return Path(source).name
