"""'The President heard reports by Minister A on X; by Minister B on Y': each reporter
briefed the one who heard, a contact between them ('heard a report from A', 'received a
report by A'). A report read out, sent or published is no contact."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.event_cues import event_cues

HEARING = event_cues().reports_heard.hearing
FROM = event_cues().reports_heard.from_preps
TITLE_POS = {"PROPN", "NOUN", "ADJ", "DET"}


def heard_report(noun: Token) -> bool:
    """'heard reports by ...', 'heard a report from ...'."""
    return noun.lemma_.lower() == "report" and noun.dep_ == "dobj" \
        and noun.head.lemma_.lower() in HEARING and bool(reporter_words(noun))


def reporter_words(noun: Token) -> list[Token]:
    """The first word after each 'by'/'from' of the sentence after the report noun (the
    parser hangs the later ones anywhere): where each reporter's phrase starts."""
    sent = noun.sent
    return [sent.doc[t.i + 1] for t in sent if t.i > noun.i and t.lower_ in FROM
            and t.i + 1 < sent.end and sent.doc[t.i + 1].pos_ in TITLE_POS]


def reporter_phrases(noun: Token) -> list[tuple[int, int]]:
    """Character spans from each 'by'/'from' to the end of its run of title words and
    names ('by Transport Minister Jane Roe')."""
    spans = []
    for first in reporter_words(noun):
        last = first
        while last.i + 1 < noun.sent.end and noun.doc[last.i + 1].pos_ in TITLE_POS | {"ADP"} \
                and noun.doc[last.i + 1].lower_ not in {"on", "about", "in", "at", "to"} | FROM:
            last = noun.doc[last.i + 1]
        spans.append((first.idx, last.idx + len(last)))
    return spans
