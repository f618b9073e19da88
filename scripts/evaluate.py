"""Regenerate the README "Accuracy" table: one row per evaluation set, markdown on stdout.

    scripts/evaluate.sh [--out DIR] [--silver-limit N --seed S]

Gold sets (the shared corpora's and the project's own eval/styles .. styles17) go through
`srk eval` (the reference scorer's figures); the silver set through
`scripts/silver.py` (recall only); the BBC row is a precision signal: every event and stance
extracted from the whole BBC corpus that involves Serbia, Russia or Kosovo (an actor of those
countries, their people by dictionary country), written with its evidence to DIR/bbc-domain.md.
Extractions, silver misses and the BBC findings are kept in DIR (default .cache/eval).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent
CORPUS = CHECKOUT.parent / "shared" / "corpus"
KREMLIN = CORPUS / "kremlin"
SRK = str(CHECKOUT / ".venv" / "bin" / "srk")
DOMAIN = {"serbia", "russia", "kosovo"}
HEADER = ("| set | events P / R / F1 | stances P / R / F1 | persons P / R / F1 | status acc | date acc |\n"
          "| --- | --- | --- | --- | --- | --- |")


def bulk40_files() -> list[str]:
    """The 40 hand-annotated bulk items, by file name."""
    gold = json.loads((KREMLIN / "bulk40.gold.json").read_text())
    return [str(KREMLIN / "bulk" / article["file"]) for article in gold["articles"]]


EVAL = CHECKOUT / "eval"


def own_set(name: str):
    return lambda: [str(EVAL / name)]


GOLD_SETS = [
    ("seeds (dev)", CORPUS / "seeds.gold.json", lambda: [str(CORPUS / "seeds")]),
    ("kremlin/serbia (dev)", KREMLIN / "serbia.gold.json", lambda: [str(KREMLIN / "serbia")]),
    ("kremlin/bulk40 (held out until session 15, dev since 16)", KREMLIN / "bulk40.gold.json", bulk40_files),
    ("eval/styles: other sources' styles (dev)", EVAL / "styles.gold.json", own_set("styles")),
    ("eval/styles2: other sources' styles, a second writer (dev since session 15)",
     EVAL / "styles2.gold.json", own_set("styles2")),
    ("eval/styles3: other sources' styles, longer, a third writer (held out until session 15, "
     "dev since 16)",
     EVAL / "styles3.gold.json", own_set("styles3")),
    ("eval/styles4: wire, Balkan, Russian, government, op-ed, interview styles, a fourth writer "
     "(held-out validation)", EVAL / "styles4.gold.json", own_set("styles4")),
    ("eval/styles5: day pages, Kremlin readouts, US/UK releases, wires, Balkan outlets, EU/NATO/UN, "
     "analysis, interview, a fifth writer (held-out validation)", EVAL / "styles5.gold.json",
     own_set("styles5")),
    ("eval/styles6: day pages, Kremlin readouts and transcripts, US releases and briefings, wires, "
     "Balkan outlets, EU/UN, a sixth writer (held out in session 17, dev since 18)",
     EVAL / "styles6.gold.json", own_set("styles6")),
    ("eval/styles7: the same mix, a seventh writer (dev, new in session 17)",
     EVAL / "styles7.gold.json", own_set("styles7")),
    ("eval/styles8: day pages, Kremlin transcripts and readouts, US readouts and a briefing, wires, "
     "Balkan outlets, hard cases, an eighth writer (held-out validation, new in session 18)",
     EVAL / "styles8.gold.json", own_set("styles8")),
    ("eval/styles9: the same mix, a ninth writer (dev, new in session 18)",
     EVAL / "styles9.gold.json", own_set("styles9")),
    ("eval/styles10: day pages, Kremlin readouts, transcripts and visits, US/UK/EU/NATO releases, "
     "wires, Balkan outlets, hard cases, a tenth writer (held-out validation, new in session 19)",
     EVAL / "styles10.gold.json", own_set("styles10")),
    ("eval/styles11: the same mix, an eleventh writer (dev, new in session 19)",
     EVAL / "styles11.gold.json", own_set("styles11")),
    ("eval/styles12: day pages, Kremlin readouts, transcripts and visits, US/UK/EU/NATO releases, "
     "wires, Balkan outlets, hard cases, a twelfth writer (held-out validation, new in session 20)",
     EVAL / "styles12.gold.json", own_set("styles12")),
    ("eval/styles13: the same mix, a thirteenth writer (dev, new in session 20)",
     EVAL / "styles13.gold.json", own_set("styles13")),
    ("eval/styles14: day pages, Kremlin readouts, transcripts and visits, US/UK/EU/NATO/German "
     "releases, wires, Balkan outlets, hard cases, a fourteenth writer (held-out validation, "
     "new in session 22)", EVAL / "styles14.gold.json", own_set("styles14")),
    ("eval/styles15: the same mix, a fifteenth writer (dev, new in session 22)",
     EVAL / "styles15.gold.json", own_set("styles15")),
    ("eval/styles16: the same mix, weighted to stances, a sixteenth writer (dev, new in "
     "session 23)", EVAL / "styles16.gold.json", own_set("styles16")),
    ("eval/styles17: the same mix, weighted to stances, a seventeenth writer (held-out "
     "validation, new in session 23)", EVAL / "styles17.gold.json", own_set("styles17")),
]


def run(command: list[str], stdout=subprocess.PIPE) -> str:
    done = subprocess.run(command, stdout=stdout, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"error: {' '.join(command[:3])} … exited {done.returncode}")
    return done.stdout or ""


def prf(family: dict) -> str:
    return (f"{family['precision']:.3f} / {family['recall']:.3f} / {family['f1']:.3f} "
            f"(tp {family['tp']}, fp {family['fp']}, fn {family['fn']})")


def accuracy(value) -> str:
    return "-" if value is None else f"{value:.3f}"


def gold_row(label: str, gold: Path, paths: list[str], out: Path) -> str:
    figures = json.loads(run([SRK, "eval", "--json", "--gold", str(gold),
                              "--out", str(out / f"{gold.stem}.jsonl"), *paths]))
    cells = [prf(figures[f]) for f in ("events", "stances", "persons")]
    cells += [accuracy(figures["status_accuracy"]), accuracy(figures["date_exact_accuracy"])]
    return f"| {label} | " + " | ".join(cells) + " |"


def silver_row(out: Path, limit: int | None, seed: int) -> str:
    command = [sys.executable, str(CHECKOUT / "scripts" / "silver.py"), "--json",
               "--misses", str(out / "silver-misses.txt"), "--seed", str(seed)]
    result = json.loads(run(command + (["--limit", str(limit)] if limit else [])))
    meetings, calls = result["meetings"], result["calls"]
    events = (f"R {result['recall']:.3f} ({result['found']}/{result['items']}): "
              f"meetings {meetings[0]}/{meetings[1]}, calls {calls[0]}/{calls[1]}")
    return f"| kremlin silver (recall only) | {events} | - | - | - | - |"


def country_of(actor_id: str, dictionary) -> str:
    entry = dictionary.entries.get(actor_id)
    return (entry.country or entry.id) if entry else ""


def domain_findings(extraction: Path) -> tuple[list[str], list[str]]:
    """Events and stances with a Serbian, Russian or Kosovo actor, as readable lines."""
    from ingest.dictionary import load_dictionary

    dictionary = load_dictionary()
    in_domain = lambda refs: any(country_of(r["id"], dictionary) in DOMAIN for r in refs if r)  # noqa: E731
    events, stances = [], []
    for line in extraction.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        source = record["article"]["source"]
        for e in record["events"]:
            if in_domain(e["participants"]):
                people = ", ".join(p["name"] for p in e["participants"])
                events.append(f"- {source}: {e['kind']} {e['status']} {e['date'] or 'undated'}: "
                              f"{people}\n  > {e['evidence'][0]['text']}")
        for s in record["stances"]:
            if in_domain([s["holder"], s["target"]]):
                target = s["target"]["name"] if s["target"] else "-"
                stances.append(f"- {source}: {s['holder']['name']} {s['polarity']} {target} "
                               f"[{s['topic']}]\n  > {s['evidence'][0]['text']}")
    return events, stances


def bbc_row(out: Path) -> str:
    extraction = out / "bbc.jsonl"
    with extraction.open("w", encoding="utf-8") as lines:
        run([SRK, "extract", "--json", str(CORPUS / "bbc")], stdout=lines)
    events, stances = domain_findings(extraction)
    report = out / "bbc-domain.md"
    report.write_text(f"# BBC: events and stances with a Serbian, Russian or Kosovo actor\n\n"
                      f"## Events ({len(events)})\n\n" + "\n".join(events) +
                      f"\n\n## Stances ({len(stances)})\n\n" + "\n".join(stances) + "\n",
                      encoding="utf-8")
    return (f"| BBC, 2,225 off-topic articles (precision signal) | {len(events)} events with a "
            f"Serbia/Russia/Kosovo actor | {len(stances)} such stance{'' if len(stances) == 1 else 's'}"
            " | - | - | - |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=CHECKOUT / ".cache" / "eval")
    parser.add_argument("--silver-limit", type=int, help="a sample of the silver set")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    rows = [gold_row(label, gold, paths(), args.out) for label, gold, paths in GOLD_SETS]
    rows.append(silver_row(args.out, args.silver_limit, args.seed))
    rows.append(bbc_row(args.out))
    print(HEADER + "\n" + "\n".join(rows))
    print(f"({time.perf_counter() - started:.0f} s; extractions, silver misses and BBC findings "
          f"in {args.out})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
