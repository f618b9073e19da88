"""Silver recall set: Kremlin items whose title states a meeting or a call with one person.

    .venv/bin/python scripts/silver.py [--limit 150 --seed 1] [--misses misses.txt] [--json]

The title gives the silver event (the Russian president of the item's date and the titled
counterpart, on the item's date, a call or a meeting); the extractor reads the BODY only,
with the publication date and no headline, so the title cannot leak into the text. Recall:
an extracted event whose participants include both people (names compared as the reference
scorer's `same_actor`), dated that day or undated. Items annotated in bulk40.gold.json (the
held-out set) are excluded: only that file's `file` names are read.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import os
import random
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent
KREMLIN = CHECKOUT.parent / "shared" / "corpus" / "kremlin"
SCORER = CHECKOUT.parent / "shared" / "tools" / "score.py"
MAX_WORDS = 1500

sys.path.insert(0, str(Path(__file__).resolve().parent))
from silver_titles import counterpart_forms, president_on, title_event  # noqa: E402


@dataclass
class SilverItem:
    file: str
    day: date
    title: str
    kind: str  # call | meeting
    counterpart: list[str]  # acceptable spellings, longest first
    president: str


def load_scorer(path: Path):
    """The reference scorer as a module, for its `same_actor` and `date_ok`."""
    spec = importlib.util.spec_from_file_location("reference_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def held_out_files() -> set[str]:
    gold = json.loads((KREMLIN / "bulk40.gold.json").read_text())
    return {article["file"] for article in gold["articles"]}


def silver_items(index: Path, excluded: set[str]) -> list[SilverItem]:
    items = []
    with index.open(newline="") as rows:
        for row in csv.DictReader(rows):
            event = title_event(row["title"])
            if row["file"] in excluded or event is None or int(row["words"]) >= MAX_WORDS:
                continue
            forms = counterpart_forms(event[1])
            if forms:
                day = date.fromisoformat(row["date"])
                items.append(SilverItem(row["file"], day, row["title"], event[0], forms,
                                        president_on(day)))
    return items


def extract_body(pipeline, path: Path):
    """The item read as usual, then its headline removed before cleaning: (body, extraction)."""
    from ingest.clean import clean
    from ingest.read import parse_text

    raw = parse_text(path.read_text(encoding="utf-8"), str(path))
    article = clean(raw.model_copy(update={"title": ""}))
    return article.body, pipeline.extract(article)


def named_in(item: SilverItem, body: str, scorer) -> bool:
    """Whether the body names the counterpart at all (else no extractor can find the event)."""
    surname = scorer.fold(item.counterpart[-1]).split()[-1]
    return f" {surname} " in f" {scorer.fold(body)} "


def found(item: SilverItem, extraction, scorer) -> bool:
    for event in extraction.events:
        names = [p.name for p in event.participants]
        with_president = any(scorer.same_actor(item.president, n) for n in names)
        with_counterpart = any(scorer.same_actor(f, n) for f in item.counterpart for n in names)
        on_day = event.date is None or scorer.date_ok(item.day.isoformat(), event.date)
        if with_president and with_counterpart and on_day:
            return True
    return False


def describe_miss(item: SilverItem, extraction) -> str:
    lines = [f"## {item.file} {item.day} {item.kind}: {item.title}",
             f"   expected: {item.president} + {item.counterpart[0]}"]
    for event in extraction.events:
        people = ", ".join(p.name for p in event.participants)
        lines.append(f"   got {event.kind.value} {event.date or 'undated'}: {people}"
                     f" :: {event.evidence[0].text[:160] if event.evidence else ''}")
    persons = sorted({a.name for a in extraction.actors if a.kind.value == "person"})
    lines.append(f"   persons: {', '.join(persons) or '-'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=KREMLIN / "bulk" / "index.csv")
    parser.add_argument("--scorer", type=Path, default=SCORER)
    parser.add_argument("--limit", type=int, help="a random sample of this many items")
    parser.add_argument("--seed", type=int, default=1, help="seed of the sample (default 1)")
    parser.add_argument("--misses", type=Path, help="write the missed items here")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    args = parser.parse_args(argv)
    if not args.scorer.is_file():
        print(f"error: reference scorer not found: {args.scorer}", file=sys.stderr)
        return 3
    default_cache = Path.home() / ".cache" / "srk-graph" / "doccache"
    os.environ.setdefault("SRK_DOC_CACHE", str(default_cache))  # parses are reused across runs
    items = silver_items(args.index, held_out_files())
    if args.limit and args.limit < len(items):
        items = sorted(random.Random(args.seed).sample(items, args.limit), key=lambda i: i.file)
    result = measure(items, args.index.parent, load_scorer(args.scorer), args.misses)
    print(json.dumps(result) if args.json else render(result))
    return 0


def measure(items: list[SilverItem], folder: Path, scorer, misses_path: Path | None) -> dict:
    from ingest.pipeline import Pipeline
    from srk.settings import get_settings

    pipeline = Pipeline(get_settings())
    counts = {"call": [0, 0], "meeting": [0, 0], "named": [0, 0]}
    misses = []
    for number, item in enumerate(items, start=1):
        body, extraction = extract_body(pipeline, folder / item.file)
        hit = found(item, extraction, scorer)
        for key in (item.kind, "named") if named_in(item, body, scorer) else (item.kind,):
            counts[key][0] += hit
            counts[key][1] += 1
        if not hit:
            misses.append(describe_miss(item, extraction))
        if number % 100 == 0:
            print(f"  {number}/{len(items)} items", file=sys.stderr)
    if misses_path:
        misses_path.write_text("\n\n".join(misses) + "\n", encoding="utf-8")
    hits = counts["call"][0] + counts["meeting"][0]
    return {"items": len(items), "found": hits, "recall": round(hits / len(items), 3) if items else None,
            "meetings": counts["meeting"], "calls": counts["call"], "named_in_body": counts["named"]}


def render(result: dict) -> str:
    meetings, calls, named = result["meetings"], result["calls"], result["named_in_body"]
    return (f"silver recall {result['recall']} ({result['found']}/{result['items']} items): "
            f"meetings {meetings[0]}/{meetings[1]}, calls {calls[0]}/{calls[1]}; "
            f"items whose body names the counterpart {named[0]}/{named[1]}")


if __name__ == "__main__":
    raise SystemExit(main())
