"""Where the event errors are, per gold set: counts of classes, never the text.

    .venv/bin/python scripts/error_classes.py [--out DIR]

Reads the extractions `scripts/evaluate.sh --out DIR` kept (DIR/<gold stem>.jsonl) and scores
them again with the reference scorer's own matching, then sorts each error:

- a missed gold event (fn), against the system events left unmatched: *wrong date* when one
  has its parties (the event was found, its date was not), *wrong parties* when one shares a
  party and has a fitting date, *both* when one shares a party only, *none near* otherwise;
- an extra system event (fp): *repeat* when its parties are those of a gold event another
  system event matched (a second report of it, or a meeting the gold does not list),
  *wrong date* when they are those of a gold event left unmatched, *wrong parties* / *both*
  as above against the gold events left unmatched, *spurious* otherwise.

Two parties are shared when they are the same person or organisation, or one is the other's
state ('Vucic' and 'Serbia'); two people of one state are not ('Vucic' and 'Dacic').

Only counts are printed, so it may be run on held-out sets without anyone reading them.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
SCORER = SCRIPTS.parent.parent / "shared" / "tools" / "score.py"
MISSED_CLASSES = ("none near", "wrong date", "wrong parties", "both")
EXTRA_CLASSES = ("spurious", "repeat", "wrong date", "wrong parties", "both")
HEADER = ("| set | missed: none near / wrong date / wrong parties / both | "
          "extra: spurious / repeat / wrong date / wrong parties / both |\n| --- | --- | --- |")


def load_module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_scorer(path: Path = SCORER):
    return load_module("reference_score", path)


def party_lists(scorer, gold_event: dict) -> list[list[str]]:
    """Every participant list the scorer accepts for a gold event."""
    return [scorer.names(gold_event["participants"]), *gold_event.get("alt_participants", []),
            scorer.event_parties(gold_event)]


def same_parties(scorer, gold_event: dict, system_event: dict) -> bool:
    parties = scorer.event_parties(system_event)
    return any(scorer.participants_match(accepted, parties, gold_event.get("also_present", ()))
               for accepted in party_lists(scorer, gold_event))


def same_party(scorer, a: str, b: str) -> bool:
    """One actor, or a person and his state; not two people of one state."""
    state_of = lambda name: scorer.COUNTRY_OF.get(scorer.surname(name))  # noqa: E731
    return scorer.same_actor(a, b) or state_of(a) == scorer.fold(b) \
        or state_of(b) == scorer.fold(a)


def shares_a_party(scorer, gold_event: dict, system_event: dict) -> bool:
    gold_names = [name for names in party_lists(scorer, gold_event) for name in names]
    return any(same_party(scorer, a, b)
               for a in gold_names for b in scorer.event_parties(system_event))


def missed_class(scorer, gold_event: dict, system: list[dict]) -> str:
    if any(same_parties(scorer, gold_event, s) for s in system):
        return "wrong date"
    near = [s for s in system if shares_a_party(scorer, gold_event, s)]
    if any(scorer.date_ok(gold_event["date"], s.get("date")) for s in near):
        return "wrong parties"
    return "both" if near else "none near"


def extra_class(scorer, system_event: dict, golden: list[dict], matched: list[dict]) -> str:
    if any(same_parties(scorer, g, system_event) for g in matched):
        return "repeat"
    if any(same_parties(scorer, g, system_event) for g in golden):
        return "wrong date"
    near = [g for g in golden if shares_a_party(scorer, g, system_event)]
    if any(scorer.date_ok(g["date"], system_event.get("date")) for g in near):
        return "wrong parties"
    return "both" if near else "spurious"


def classify(scorer, gold: dict, records: list[dict]) -> tuple[Counter, Counter]:
    missed, extra = Counter(), Counter()
    for article in gold["articles"]:
        record = scorer.merged_record(article["file"], records) or {"events": []}
        system = [e for e in record.get("events", []) if len(scorer.event_parties(e)) >= 2]
        golden = [g for g in article["events"] if len(scorer.event_parties(g)) >= 2]
        used: set[int] = set()
        matched, unmatched = [], []
        for g in golden:  # the scorer's own greedy matching, first come first served
            hit = next((i for i, s in enumerate(system)
                        if i not in used and scorer.event_matches(g, s)), None)
            if hit is not None:
                used.add(hit)
                matched.append(g)
            else:
                unmatched.append(g)
        left = [s for i, s in enumerate(system) if i not in used]
        for g in unmatched:
            if g.get("required", True):
                missed[missed_class(scorer, g, left)] += 1
        for s in left:
            extra[extra_class(scorer, s, unmatched, matched)] += 1
    return missed, extra


def row(label: str, missed: Counter, extra: Counter) -> str:
    left = " / ".join(str(missed[k]) for k in MISSED_CLASSES)
    right = " / ".join(str(extra[k]) for k in EXTRA_CLASSES)
    return f"| {label} | {left} (of {sum(missed.values())}) | {right} (of {sum(extra.values())}) |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SCRIPTS.parent / ".cache" / "eval",
                        help="the folder scripts/evaluate.sh --out wrote")
    parser.add_argument("--scorer", type=Path, default=SCORER)
    args = parser.parse_args(argv)
    scorer = load_scorer(args.scorer)
    gold_sets = load_module("evaluate_sets", SCRIPTS / "evaluate.py").GOLD_SETS
    rows = []
    for label, gold_path, _ in gold_sets:
        extraction = args.out / f"{gold_path.stem}.jsonl"
        if not extraction.exists():
            sys.exit(f"error: {extraction} not found: run scripts/evaluate.sh --out {args.out} first")
        records = [json.loads(line) for line in extraction.read_text(encoding="utf-8").splitlines()
                   if line.strip()]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        rows.append(row(label.split(":")[0].split(" (")[0], *classify(scorer, gold, records)))
    print(HEADER + "\n" + "\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
