"""Convert the Phoenix (PETRARCH2) actor dictionaries into ingest/data/phoenix_people.json.

    .venv/bin/python scripts/convert_phoenix.py [--source DIR] [--out FILE]

Source data: Phoenix.Countries.actors.txt, Phoenix.International.actors.txt and
Phoenix.agents.txt of the PETRARCH2 event coder, Copyright (c) 2014 Open Event Data Alliance,
MIT licence (openeventdata/petrarch2, commit 676801c). This script reads them as data only
and keeps their attribution in the output's `about`.

Kept: people with at least one dated government (`<country>GOV...`) or international
organisation role (`IGO...`) that ends in 1995 or later, in a country or organisation that
groups.yaml knows (by its `codes`); their aliases that are full names (two words or more,
no title or generic agent word). Phoenix does not say which office a government role is, so
a role becomes the office "government official" (or "international official"), never named
by a bare title in text: who held which office on a date comes only from the curated
people.yaml / people_world.yaml.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.dictionary import slug  # noqa: E402
from ingest.name_variants import name_variants  # noqa: E402

SOURCE = Path("/work/shared/data/petrarch2")
OUT = ROOT / "ingest" / "data" / "phoenix_people.json"
ROLE = re.compile(r"\[([A-Z]{3,})\s*([<>]?)\s*(\d{6,8})?(?:-(\d{6,8}))?\s*\]")
OLDEST_END = date(2000, 1, 1)
# Words that make a line a title or an institution, not a person's name.
NOT_NAME_WORDS = {"MR", "MRS", "MS", "DR", "SIR", "LORD", "LADY", "GEN", "GENERAL", "COLONEL",
                  "SHEIKH", "SHAIKH", "BARON", "BARONESS", "COUNT", "PRINCE", "PRINCESS", "EMIR",
                  "SULTAN", "AYATOLLAH", "FOREIGN", "PRIME", "DEFENSE", "DEFENCE", "SECRETARY",
                  "SECRETARY-GENERAL", "ASSEMBLY", "COUNCIL", "MINISTRY", "PARTY", "COMMITTEE",
                  "COMMISSION", "FORCES", "ARMY", "FRONT", "MOVEMENT", "THE", "OF", "AND", "FOR",
                  "UNITED", "NATIONAL", "FEDERAL", "REPUBLIC"}
PARTICLES = {"de", "da", "das", "dos", "del", "della", "der", "den", "di", "du", "van", "von",
             "al", "bin", "ibn", "el", "la", "le", "y"}
@dataclass
class Block:
    """One Phoenix entry: a name line, its '+' aliases and its role codes."""
    names: list[str]
    roles: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)


def phoenix_date(text: str | None) -> date | None:
    """'120515' -> 2012-05-15, '19940922' -> 1994-09-22; None when malformed."""
    if not text:
        return None
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year <= 30 else 1900 + year}{text[2:]}"
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8])) if len(text) == 8 else None
    except ValueError:
        return None


def read_blocks(path: Path) -> list[Block]:
    blocks: list[Block] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.partition("#")[0]
        if not line.strip():
            continue
        roles = [m.groups() for m in ROLE.finditer(line)]
        text = ROLE.sub("", line).strip()
        if raw[:1] in " \t" and not text:
            if blocks:
                blocks[-1].roles += roles
        elif raw.startswith("+"):
            if blocks:
                blocks[-1].names.append(text[1:].strip())
        elif text and not raw.startswith(("!", "<")):
            blocks.append(Block([text], roles))
    return blocks


def agent_words(path: Path) -> set[str]:
    words = set()
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.partition("#")[0].strip()
        if not line:
            continue
        if line.startswith("!") and "=" in line:
            words |= {w.strip() for w in line.split("=", 1)[1].split(",")}
        else:
            head = re.split(r"[\s\[]", line, maxsplit=1)[0]
            words |= {w for w in head.split("_") if w and "!" not in w and len(head.split("_")) == 1}
    return words


def proper_case(phoenix_name: str) -> str | None:
    """'VALERY_GISCARD_D'ESTAING_' -> "Valery Giscard D'Estaing"; None for non-names."""
    words = [w for w in phoenix_name.strip().strip("_").replace("_", " ").split() if w]
    if not words or any(not re.fullmatch(r"[A-Z][A-Z.'\-]*", w) for w in words):
        return None

    def case(word: str, first: bool) -> str:
        if word.lower() in PARTICLES and not first:
            return word.lower()
        if re.fullmatch(r"[IVX]+", word) and not first:
            return word  # "Mohammed VI"
        parts = re.split(r"([-'])", word)
        cased = "".join(p.capitalize() for p in parts)
        return re.sub(r"^Mc(\w)", lambda m: "Mc" + m.group(1).upper(), cased)

    return " ".join(case(w, i == 0) for i, w in enumerate(words))


def is_full_name(name: str, blocked: set[str]) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 5 or any(w.upper().strip(".") in blocked for w in words):
        return False
    return len(words[0].strip(".")) > 1 and len(words[-1].strip(".")) > 1


def office(role: tuple, codes: dict[str, str]) -> list | None:
    code, marker, start, end = role
    country = next((codes[c] for c in sorted(codes, key=len, reverse=True)
                    if code.startswith(c)), None)
    is_government = code.startswith("IGO") or code[3:6] == "GOV"
    first, last = phoenix_date(start), phoenix_date(end)
    if marker == ">":
        last = None
    if country is None or not is_government or first is None or marker == "<" or (
            last is not None and (last < OLDEST_END or last < first)):
        return None
    title = "international official" if code.startswith("IGO") else "government official"
    return [title, country, first.isoformat(), last.isoformat() if last else None]


def person(block: Block, codes: dict[str, str], blocked: set[str]) -> dict | None:
    offices = [o for o in (office(r, codes) for r in block.roles) if o]
    names = [n for n in (proper_case(n) for n in block.names) if n and is_full_name(n, blocked)]
    if not offices or not names:
        return None
    countries = [o[1] for o in offices]
    home = max(set(countries), key=countries.count)
    aliases = sorted(set(names[1:]) - {names[0]})
    return {"id": slug(names[0]), "name": names[0], "country": home, "aliases": aliases,
            "offices": sorted(offices, key=lambda o: o[2])}


def merge_duplicates(people: list[dict]) -> list[dict]:
    """Two blocks of one country whose name forms overlap are one person."""
    kept: list[dict] = []
    owner: dict[tuple[str, str], dict] = {}
    for row in people:
        forms = {slug(v) for n in [row["name"], *row["aliases"]]
                 for v in name_variants(n, drop_middle_names=False)}
        same = next((owner[(row["country"], f)] for f in forms if (row["country"], f) in owner), None)
        if same is None:
            kept.append(row)
            same = row
        else:
            same["aliases"] = sorted({*same["aliases"], row["name"], *row["aliases"]} - {same["name"]})
            same["offices"] = sorted({tuple(o) for o in same["offices"] + row["offices"]},
                                     key=lambda o: (o[2], o[0]))
            same["offices"] = [list(o) for o in same["offices"]]
        for f in forms:
            owner.setdefault((row["country"], f), same)
    return kept


def unique_ids(people: list[dict]) -> list[dict]:
    seen: dict[str, int] = {}
    for row in people:
        seen[row["id"]] = seen.get(row["id"], 0) + 1
    for row in people:
        if seen[row["id"]] > 1:
            row["id"] = f"{row['id']}-{row['country']}"
    return list({row["id"]: row for row in people}.values())


def country_codes(groups: dict) -> dict[str, str]:
    return {code: row["id"] for section in ("countries", "organisations")
            for row in groups[section] for code in row.get("codes", [])}


def convert(source: Path) -> dict:
    groups = yaml.safe_load((ROOT / "ingest" / "data" / "groups.yaml").read_text())
    codes = country_codes(groups)
    blocked = agent_words(source / "Phoenix.agents.txt") | NOT_NAME_WORDS
    people = []
    for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
        people += [p for b in read_blocks(source / name) if (p := person(b, codes, blocked))]
    people = unique_ids(merge_duplicates(people))
    return {"about": {
        "source": "PETRARCH2 / Phoenix actor dictionaries (openeventdata/petrarch2, commit "
                  "676801c, petrarch2/data/dictionaries): Phoenix.Countries.actors.txt, "
                  "Phoenix.International.actors.txt, Phoenix.agents.txt",
        "licence": (source / "LICENSE").read_text().strip(),
        "generated_by": "scripts/convert_phoenix.py",
        "offices": "Phoenix gives government roles, not offices: 'government official' / "
                   "'international official'; an open range ('>date') has end null (as of "
                   "the source file).",
        "people": len(people)},
        "people": sorted(people, key=lambda p: p["id"])}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    data = convert(args.source)
    rows = ",\n".join(json.dumps(p, ensure_ascii=False) for p in data["people"])
    about = json.dumps(data["about"], ensure_ascii=False, indent=1)
    args.out.write_text(f'{{"about": {about},\n"people": [\n{rows}\n]}}\n', encoding="utf-8")
    print(f"{data['about']['people']} people -> {args.out}")


if __name__ == "__main__":
    main()
