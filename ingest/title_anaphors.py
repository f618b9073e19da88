"""'The Secretary', 'The Vice President', 'The High Representative': a readout names its
principal once with a title ('Secretary Blinken spoke today with ...') and then by that
title alone, capitalised. Such a title stands for the last person the article named under
a title that begins with the same words."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ingest.models import ActorKind
from ingest.syntax import titled
from ingest.types import ArticleMentions, Mention

MAX_TITLE = 4  # 'Secretary of State', 'Deputy Prime Minister'


def resolve_title_anaphors(doc: Doc, mentions: ArticleMentions) -> None:
    titled_people = sorted(((title_before(doc, m), m) for m in mentions.actors
                            if m.kind == ActorKind.person and m.via in {"name", "alias", "fuzzy", "ner"}),
                           key=lambda pair: pair[1].start)
    titled_people = [(words, m) for words, m in titled_people if words]
    if not titled_people:
        return
    for token in doc:
        words = anaphor_at(token)
        last = token.i + len(words)
        if not words or mentions.at_token(last) is not None or holder_follows(doc, last, mentions):
            continue
        referent = next((m for title, m in reversed(titled_people)
                         if m.start < token.idx and title[:len(words)] == words), None)
        if referent is not None:
            end = doc[last]
            mentions.actors.append(Mention(token.idx, end.idx + len(end), end.i,
                                           referent.actor_id, ActorKind.person, "title",
                                           doc.text[token.idx:end.idx + len(end)]))


OF_PHRASE = {"of", "the", ",", "and"}


def holder_follows(doc: Doc, last: int, mentions: ArticleMentions) -> bool:
    """'the President of Serbia, Aleksandar Vucic', 'the President of Republika Srpska
    Milorad Dodik': a title whose 'of' phrase runs on to a name is that person's."""
    if last + 1 >= len(doc) or doc[last + 1].lower_ != "of":
        return False
    for word in doc[last + 2:min(last + 2 + 2 * MAX_TITLE, len(doc))]:
        found = mentions.at_token(word.i)
        if found is not None and found.kind == ActorKind.person:
            return True
        if not (word.text[:1].isupper() or word.lower_ in OF_PHRASE):
            return False
    return False


def anaphor_at(token: Token) -> list[str]:
    """'The Secretary' -> ['secretary']; the words after a capitalised 'The' up to the title's
    last word, when no name follows; [] elsewhere."""
    if token.text != "The" and not (token.text == "the" and token.i > 0):
        return []
    doc = token.doc
    words: list[Token] = []
    for word in doc[token.i + 1:min(token.i + 1 + MAX_TITLE, len(doc))]:
        if not word.text[:1].isupper() or word.pos_ not in {"PROPN", "NOUN"}:
            break
        words.append(word)
    if not words or not titled(words[-1]) or words[-1].ent_type_ == "PERSON":
        return []
    return [w.lower_ for w in words]


def title_before(doc: Doc, mention: Mention) -> list[str]:
    """The capitalised title words right before a name, adjectives of nationality left out:
    'German Chancellor Olaf Scholz' -> ['chancellor'], 'Secretary of State X' -> [...]."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return []
    words: list[str] = []
    index = span.start - 1
    while index >= 0 and len(words) < MAX_TITLE + 1:
        word = doc[index]
        if word.pos_ == "ADJ" or word.ent_type_ in {"NORP", "GPE"} or not word.text[:1].isupper() \
                and word.lower_ != "of":
            break
        words.insert(0, word.lower_)
        index -= 1
    while words and words[0] == "of":
        words.pop(0)
    return words
