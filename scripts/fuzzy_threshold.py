"""Measure the fuzzy-name threshold: the closest pair of distinct dictionary people must
score below it, single-letter misspellings of every full name above it.

    .venv/bin/python scripts/fuzzy_threshold.py
"""

from __future__ import annotations

import itertools

from rapidfuzz import fuzz

from ingest.dictionary import FUZZY_THRESHOLD, load_dictionary


def misspellings(name: str) -> list[str]:
    """Each name with its surname's last letter, and its second letter, changed."""
    first, _, last = name.rpartition(" ")
    swaps = [last[:-1] + ("x" if last[-1] != "x" else "y"), last[0] + "q" + last[2:]]
    return [f"{first} {s}" for s in swaps]


def main() -> None:
    dictionary = load_dictionary()
    names = dictionary.full_names
    closest = max((fuzz.ratio(a, b), a, b) for a, b in itertools.combinations(names, 2)
                  if names[a] != names[b])
    found = missed = 0
    for name, person in names.items():
        for wrong in misspellings(name):
            hit = dictionary.fuzzy_person(wrong)
            found += hit == person
            missed += hit != person
    false_merges = sum(dictionary.fuzzy_person(a) not in (None, names[a]) for a in names)
    print(f"threshold {FUZZY_THRESHOLD}; closest distinct pair {closest[0]:.1f} "
          f"({closest[1]} / {closest[2]}); misspellings resolved {found}/{found + missed}; "
          f"false merges among dictionary names {false_merges}")


if __name__ == "__main__":
    main()
