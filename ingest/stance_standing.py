"""Stances said by where one stands: 'stands firmly behind X', 'will stand with X', 'sided
with Y', 'threw its weight behind X', 'stands for X's integrity', 'we stand / are against X'.
The words live in ingest/data/stance_cues.yaml."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind, Polarity
from ingest.stance_actors import actors_of, owner
from ingest.stance_acts import coordinated
from ingest.stance_base import (
    StanceCandidate,
    actors_in,
    first_child,
    phrase,
    stances_of,
    topic_for,
    verb_holders,
)
from ingest.stance_cues import cues
from ingest.syntax import negated

STATES = {ActorKind.country, ActorKind.organisation}


def backed(prep: Token, mentions: ArticleMentions, states_only: bool
           ) -> tuple[Mention | None, str | None]:
    """(the actor, the topic) a 'behind X' / 'to X' phrase names."""
    span = phrase(prep)
    parts = [q for p in prep.children if p.dep_ == "pobj" for q in coordinated(p)]
    found = [m for q in parts for m in owner(q, mentions) or actors_of(q, mentions)] or [
        m for q in parts for c in q.children if c.dep_ == "prep" and c.lower_ == "of"
        for m in actors_in(phrase(c), mentions)] or actors_in(span, mentions)
    # "to the sovereignty and territorial integrity of X"
    found = [m for m in found if m.via != "speaker" and (not states_only or m.kind in STATES)]
    return (found[0] if found else None), topic_for(span, prep.sent, False)


def cause_owner(prep: Token, mentions: ArticleMentions) -> Mention | None:
    """Whose cause a 'for' phrase names: 'for X's integrity', 'for the preservation of X's
    integrity' (not 'for a solution in X')."""
    cause = first_child(prep, {"pobj"})
    of = first_child(cause, {"prep"}, {"of"}) if cause is not None else None
    found = (owner(cause, mentions) if cause is not None else []) or (
        actors_in(phrase(of), mentions) if of is not None else [])
    return next((m for m in found if m.kind in STATES and m.via != "speaker"), None)


def standing_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X stands firmly behind Y's sovereignty', 'X will stand with Y', 'X threw its weight
    behind Y's bid': X supports Y. Standing 'with' or 'by' a person may be a photo call:
    only a state or a body counts there. 'X stands for Y's integrity' (a cause): X supports
    it. 'X stands against Y': X opposes Y."""
    lexicon = cues()
    if negated(verb):
        return []
    standing = verb.lemma_.lower() == "stand"
    siding = verb.lemma_.lower() in lexicon.siding_verbs
    preps = lexicon.standing_preps if standing else {"with"} if siding else {"behind"}
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ in preps:
            target, topic = backed(prep, mentions, states_only=prep.lower_ != "behind" and not siding)
            return stances_of(verb_holders(verb, mentions), Polarity.support, target, topic, verb)
        if standing and prep.lower_ == "for":  # "stands for the integrity of X", not "for
            _, topic = backed(prep, mentions, states_only=True)  # election" (no topic)
            if topic is not None:
                return stances_of(verb_holders(verb, mentions), Polarity.support,
                                  cause_owner(prep, mentions), topic, verb)
        if (standing or siding) and prep.lower_ in lexicon.standing_against_preps and not any(
                c.dep_ == "prt" for c in verb.children):  # "we stand against X" ('stand up')
            target, topic = backed(prep, mentions, states_only=True)
            return stances_of(verb_holders(verb, mentions), Polarity.oppose, target, topic, verb)
    return []


def being_against_stance(copula: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'We are firmly against X joining NATO', 'Serbia is against sanctions': opposition."""
    against = first_child(copula, {"prep"}, set(cues().standing_against_preps))
    if against is None or negated(copula):
        return []
    target, topic = backed(against, mentions, states_only=True)
    if topic == "sanctions":
        target = None  # "against sanctions on Russia": not against Russia
    return stances_of(verb_holders(copula, mentions), Polarity.oppose, target, topic, copula)
