"""'Statement by the High Representative after the meeting with X and Y', 'Remarks by
Secretary General Z': the author of a statement is the 'I' of its body ('Today I received
X and Y in Brussels'), as a transcript's speaker is."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from ingest.dictionary import Dictionary
from ingest.models import ActorKind
from ingest.nlp import text_of
from ingest.titles import office_title
from ingest.types import ArticleMentions, Mention

BY_AUTHOR = re.compile(r"\b(?:statement|remarks|speech|op-ed|address|declaration|article|"
                       r"blog post|press remarks)\s+by\s+(?:the\s+)?", re.IGNORECASE)
TITLE_END = re.compile(r"\s+(?:after|on|at|in|following|to|about|before)\b|[,:;–—-]|$")
FIRST_PERSON = {"i", "me", "my", "myself"}


def resolve_statement_author(doc: Doc, mentions: ArticleMentions, dictionary: Dictionary,
                             published: date | None) -> None:
    """Give each unresolved 'I/me/my' of the body to the author the headline names."""
    headline = text_of(doc).split("\n\n", 1)[0]
    found = BY_AUTHOR.search(headline)
    if found is None:
        return
    author = author_of(headline, found.end(), mentions, dictionary, published)
    if author is None:
        return
    for token in doc:
        if token.idx <= len(headline) or token.lower_ not in FIRST_PERSON or token.pos_ != "PRON":
            continue
        if mentions.at_token(token.i) is None and token.sent.start not in mentions.speakers:
            mentions.actors.append(Mention(token.idx, token.idx + len(token), token.i, author,
                                           ActorKind.person, "speaker", token.text))


def author_of(headline: str, start: int, mentions: ArticleMentions, dictionary: Dictionary,
              published: date | None) -> str | None:
    """The person named right after 'by', else the one holder of the title written there."""
    end = TITLE_END.search(headline, start)
    stop = end.start() if end else len(headline)
    named = next((m for m in mentions.actors if m.kind == ActorKind.person
                  and start <= m.start < stop), None)
    if named is not None:
        return named.actor_id
    phrase = headline[start:stop].strip()
    title = office_title(dictionary, phrase) if phrase else None
    return dictionary.holder(title, None, published) if title else None
