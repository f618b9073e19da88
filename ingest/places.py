"""Places named in a doc (dictionary places, matched case-insensitively), and the two
countries of "Russian-Bulgarian talks"."""

from __future__ import annotations

from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ingest.dictionary import Dictionary, fold
from ingest.models import ActorKind
from ingest.types import Mention, Place


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
    metonyms when that is a place the dictionary knows."""
    found = []
    for token in doc:
        if token.lower_ != "capital" or token.i < 2 or doc[token.i - 2].lower_ != "the":
            continue
        country = dictionary.demonyms.get(fold(doc[token.i - 1].text))
        entry = dictionary.entries.get(country) if country else None
        city = dictionary.places.get(fold(entry.metonyms[0])) if entry and entry.metonyms else None
        if city is not None:
            found.append(Place(token.i, city[0], city[1]))
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
