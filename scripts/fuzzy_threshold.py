"""Measure the fuzzy-name threshold: the closest pair of distinct curated people must score
below it, single-letter misspellings of every full name above it, and no full name of the
other (Phoenix) people may fuzzy-match a curated person: fuzzy matching is limited to the
curated people for that reason.

    .venv/bin/python scripts/fuzzy_threshold.py
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from ingest.dictionary import FUZZY_THRESHOLD, fold, load_dictionary
from ingest.models import ActorKind


def misspellings(name: str) -> list[str]:
    """Each name with its surname's last letter, and its second letter, changed."""
    first, _, last = name.rpartition(" ")
    swaps = [last[:-1] + ("x" if last[-1] != "x" else "y"), last[0] + "q" + last[2:]]
    return [f"{first} {s}" for s in swaps]


def closest_distinct_pair(names: dict[str, str]) -> tuple[float, str, str]:
    keys = list(names)
    best = (0.0, "", "")
    for i, name in enumerate(keys[:-1]):
        for other, score, _ in process.extract(name, keys[i + 1:], scorer=fuzz.ratio, limit=5):
            if names[other] != names[name] and score > best[0]:
                best = (score, name, other)
    return best


def other_full_names(dictionary) -> dict[str, str]:
    """Folded full names of the Phoenix people -> id."""
    return {fold(f): e.id for e in dictionary.entries.values()
            if e.kind == ActorKind.person and not e.curated
            for f in e.surface_forms() if " " in f}


def main() -> None:
    dictionary = load_dictionary()
    names = dictionary.full_names
    closest = closest_distinct_pair(names)
    found = missed = 0
    for name, person in names.items():
        for wrong in misspellings(name):
            hit = dictionary.fuzzy_person(wrong)
            found += hit == person
            missed += hit != person
    false_merges = sum(dictionary.fuzzy_person(a) not in (None, names[a]) for a in names)
    others = other_full_names(dictionary)
    merged_others = sorted((name, dictionary.fuzzy_person(name)) for name in others
                           if dictionary.fuzzy_person(name) is not None)
    print(f"threshold {FUZZY_THRESHOLD}; {len(names)} curated full names; closest distinct pair "
          f"{closest[0]:.1f} ({closest[1]} / {closest[2]}); misspellings resolved "
          f"{found}/{found + missed}; false merges among curated names {false_merges}; "
          f"Phoenix full names that fuzzy-match a curated person {len(merged_others)} of "
          f"{len(others)}")
    for name, person in merged_others:
        print(f"  {name} -> {person}")


if __name__ == "__main__":
    main()
