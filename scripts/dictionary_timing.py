"""Time the dictionary load and the build of the PhraseMatchers over its names (the name
matcher of ingest/names.py, `_matchers` of ingest/mentions.py in older trees).

    .venv/bin/python scripts/dictionary_timing.py
"""

from __future__ import annotations

import time

from ingest.dictionary import load_dictionary
from ingest.models import ActorKind
from ingest.nlp import load_pipeline
from srk.settings import get_settings

try:
    from ingest.name_candidates import name_matchers as build_matchers
except ImportError:  # before the name matcher moved out of mentions.py
    from ingest.mentions import _matchers as build_matchers


def main() -> None:
    nlp = load_pipeline(get_settings().spacy_model)
    start = time.process_time()
    dictionary = load_dictionary()
    loaded = time.process_time()
    build_matchers(dictionary, nlp)
    built = time.process_time()
    people = [e for e in dictionary.entries.values() if e.kind == ActorKind.person]
    curated = sum(e.curated for e in people)
    forms = sum(len(e.surface_forms()) for e in dictionary.entries.values())
    print(f"entries {len(dictionary.entries)} (people {len(people)}: curated {curated}, "
          f"Phoenix {len(people) - curated}); surface forms {forms}; "
          f"load_dictionary {loaded - start:.2f} s; PhraseMatcher build {built - loaded:.2f} s "
          "(CPU time)")


if __name__ == "__main__":
    main()
