"""An event reported, then denied right after: 'Media reported that A and B had spoken by
phone. The Kremlin said there had been no such conversation.', 'Q: You met X in Paris. A: That
is not true. I never met him.' The denial names no one (or the same people); the report is no
event."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ingest.events import Candidate
from ingest.models import Status
from ingest.syntax import negated
from ingest.triggers import NOUN_TRIGGERS

FOLLOWING = 2  # sentences after the report that may deny it
DENIABLE_VERBS = {"meet", "see"}


def without_denied(found: list[Candidate]) -> list[Candidate]:
    return [c for c in found if not (c.status == Status.held and denied_after(c))]


def denied_after(candidate: Candidate) -> bool:
    doc = candidate.sentence.doc
    following: list[Span] = []
    at = candidate.sentence.end
    while len(following) < FOLLOWING and at < len(doc):
        following.append(doc[at].sent)
        at = following[-1].end
    people = {m.text.split()[-1] for m in candidate.participants}
    return any(no_such_event(token, people) or never_met(token, people)
               for sent in following for token in sent)


def never_met(verb: Token, people: set[str]) -> bool:
    """'I never met him', 'Dacic did not meet Thaci': a meeting verb denied, its subject and
    object each a pronoun or one of the people reported."""
    if verb.lemma_ not in DENIABLE_VERBS or not negated(verb):
        return False
    ends = [c for c in verb.children if c.dep_ in {"nsubj", "dobj"}]
    return len(ends) == 2 and all(t.pos_ == "PRON" or t.text in people for t in ends)


def no_such_event(noun: Token, people: set[str]) -> bool:
    """'there was no (such) conversation (with President X)', 'there had been no meeting':
    an event noun denied by 'no' in a 'there is' clause, naming no one outside the report."""
    if noun.lemma_.lower() not in NOUN_TRIGGERS or not any(
            c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return False
    verb = noun.head
    if verb.lemma_ != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return False
    named = {t.text for t in noun.subtree if t.pos_ == "PROPN"}
    return not named or bool(named & people)
