"""Interviews: a question about the speaker's own contact and the answer that dates it.
'Question: When did you last speak with President Macron?' - 'Vucic: On Saturday, for
almost an hour.' The question alone is no event (nonevents.question); with an answer that
names a day and denies nothing, it is the answerer's contact with the person asked about."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from ingest import dates
from ingest.event_cues import event_cues
from ingest.events import Candidate
from ingest.models import ActorKind, EventKind, Status
from ingest.nlp import span_text
from ingest.syntax import negated
from ingest.triggers import VERB_TRIGGERS
from ingest.types import ArticleMentions, Mention

NO = {"no", "not", "never", "n't", "nobody"}
OWN_VERBS = event_cues().event_answers.own_verbs


def answered_questions(doc: Doc, mentions: ArticleMentions, published: date | None
                       ) -> list[Candidate]:
    found = []
    sentences = list(doc.sents)
    for index, sent in enumerate(sentences[:-1]):
        asked = asked_contact(sent, mentions)
        if asked is None:
            continue
        verb, partner = asked
        answer = sentences[index + 1]
        if answer.text.rstrip().endswith(":") and index + 2 < len(sentences):
            answer = sentences[index + 2]  # 'Aleksandar Vucic:' parsed as a sentence alone
        speaker = mentions.speakers.get(answer.start)
        if speaker is None or speaker.actor_id == partner.actor_id or denies(answer):
            continue
        when = answered_day(answer, published)
        if when is None:
            continue
        kind = VERB_TRIGGERS.get(verb.lemma_, EventKind.contact)
        kind = EventKind.contact if kind == EventKind.talks else kind
        if any(t.lower_ in {"phone", "telephone"} for t in [*sent, *answer]):
            kind = EventKind.call  # 'We discussed it on Monday by phone'
        ahead = bool(published and when.start and when.start > published)  # 'Next week.'
        found.append(Candidate(kind, verb, [speaker, partner],
                               Status.planned if ahead else Status.held, when, None, sent, 0))
    return found


def asked_contact(sent: Span, mentions: ArticleMentions) -> tuple[Token, Mention] | None:
    """'When did you last speak with X?', 'Have you met X since ...?': the verb and X."""
    if not span_text(sent).rstrip().endswith("?"):
        return None
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_ not in OWN_VERBS or negated(verb):
            continue
        if not any(t.lower_ == "you" and t.dep_ == "nsubj" for t in verb.subtree if t.i < verb.i):
            continue  # 'you' (the parser may hang it on 'last')
        if any(c.dep_ == "aux" and c.lower_ in {"will", "would", "could", "should", "can"}
               for c in verb.children):
            continue  # 'will you meet X?': a plan asked about
        objects = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"with", "to"}
                   for p in c.children if p.dep_ == "pobj"]
        objects += [c for c in verb.children if c.dep_ == "dobj"]
        people = [m for m in mentions.in_span(sent) if m.kind == ActorKind.person
                  and any(o.left_edge.i <= m.root <= o.right_edge.i for o in objects)]
        if len(people) == 1:
            return verb, people[0]
    return None


def denies(answer: Span) -> bool:
    return any(t.lower_ in NO or t.dep_ == "neg" for t in answer)


def answered_day(answer: Span, published: date | None):
    """The one day (or week) the answer's opening names: 'On Saturday', 'We spoke
    yesterday'."""
    found = {when.edtf: when for ent in answer.ents if ent.label_ == "DATE"
             for when in [dates.resolve(ent.text, published)] if when and when.edtf}
    return next(iter(found.values())) if len(found) == 1 else None
