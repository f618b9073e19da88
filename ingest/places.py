"""Places named in a doc (dictionary places, matched case-insensitively), and the two
countries of "Russian-Bulgarian talks"."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ingest.dictionary import Dictionary, fold
from ingest.models import ActorKind
from ingest.nlp import text_of
from ingest.types import Mention, Place

CAPITAL_PHRASE = re.compile(r"\b[Tt]he ([A-Z][\w-]+) (capital)\b")


@lru_cache(maxsize=4)
def place_matcher(dictionary: Dictionary, nlp) -> PhraseMatcher:
    places = PhraseMatcher(nlp.vocab, attr="LOWER")
    for key, (native, _) in dictionary.places.items():
        places.add(key, [nlp.make_doc(key), nlp.make_doc(native.lower())])
    return places


def places_in(doc: Doc, dictionary: Dictionary, nlp) -> list[Place]:
    found = []
    for key, s, e in place_matcher(dictionary, nlp)(doc):
        native, country = dictionary.places[doc.vocab.strings[key]]
        found.append(Place(doc[s:e].root.i, native, country))
    return found + capitals_named(doc, dictionary)


def capitals_named(doc: Doc, dictionary: Dictionary) -> list[Place]:
    """'the Serbian capital', 'the Russian capital': the state's capital, the first of its
    metonyms when that is a place the dictionary knows (found in the text first: reading
    every token of a long article cost more than the rest of the place finder)."""
    found = []
    for match in CAPITAL_PHRASE.finditer(text_of(doc)):
        country = dictionary.demonyms.get(fold(match.group(1)))
        entry = dictionary.entries.get(country) if country else None
        city = dictionary.places.get(fold(entry.metonyms[0])) if entry and entry.metonyms else None
        word = doc.char_span(match.start(2), match.end(2))
        if city is not None and word is not None:
            found.append(Place(word.root.i, city[0], city[1]))
    return found


def demonym_pairs(sent: Span, dictionary: Dictionary) -> list[Mention]:
    """'Russian-Bulgarian talks': both countries."""
    found = []
    for token in sent[1:-1]:
        if token.text not in {"-", "–"}:
            continue
        pair = [token.nbor(-1), token.nbor(1)]
        ids = [dictionary.demonyms.get(fold(t.text)) for t in pair]
        if all(ids) and ids[0] != ids[1]:
            found += [Mention(t.idx, t.idx + len(t), t.i, i, ActorKind.country, "demonym", t.text)
                      for t, i in zip(pair, ids, strict=True)]
    return found
