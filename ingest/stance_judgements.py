"""Judgements of an actor in an asserted clause: 'Y said X remains the main threat to
peace', 'X must be held accountable for Z', "X's decision was a mistake", 'X seeks to
destabilise the region': the asserter opposes X. Beliefs of others ('the government thought X
was a threat') are not asserted."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.mentions import ArticleMentions, Mention
from ingest.models import Polarity
from ingest.nlp import span_text
from ingest.stance_actors import actors_of
from ingest.stance_acts import act_owner, earlier_author
from ingest.stance_base import (
    StanceCandidate,
    actors_in,
    first_child,
    governed_by,
    phrase,
    predicate,
    stances_of,
    topic_for,
    verb_holders,
)
from ingest.stance_clauses import assertion_holders
from ingest.stance_cues import cues
from ingest.syntax import REPORTING, climb, negated


def threat_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'Y said X remains the main threat to peace', 'X poses a danger to the region': the
    asserter opposes X."""
    head = noun.head
    said_of = noun.dep_ == "attr" and head.lemma_.lower() in cues().being_verbs or (
        noun.dep_ == "dobj" and head.lemma_.lower() in cues().posing_verbs)
    subject = first_child(head, {"nsubj"})
    if not said_of or subject is None or negated(head) or "?" in span_text(head.sent) or (
            head.dep_ == "ccomp" and head.head.lemma_ not in REPORTING):
        return []  # "the government thought X was a threat": someone else's belief
    targets = [m for m in actors_in(phrase(subject), mentions) if m.via != "speaker"]
    return opposed(assertion_holders(head, mentions), targets,
                   topic_for(phrase(noun), noun.sent, allow_sentence=False), noun)


def denied_act_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """"Y said X's decision was a mistake", 'the signing was a step in the wrong direction'
    (the act told before by X): the asserter opposes X."""
    head = noun.head
    subject = first_child(head, {"nsubj"}) or told_subject(head)
    if noun.dep_ != "attr" or head.lemma_.lower() not in cues().being_verbs or subject is None or (
            negated(head) or "?" in span_text(head.sent) or not denying(noun)) or (
            head.dep_ == "ccomp" and head.head.lemma_ not in REPORTING):
        return []
    targets = act_owner(subject, mentions) or earlier_author(subject, mentions)
    return opposed(assertion_holders(head, mentions), targets,
                   topic_for(phrase(subject), head.sent, allow_sentence=False), noun)


def told_subject(clause: Token) -> Token | None:
    """'told him the arrest ... was an act of aggression': the parser takes the clause's
    subject for the object of 'told'."""
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in REPORTING:
        return None
    told = first_child(clause.head, {"dobj"})
    return told if told is not None and told.i < clause.i else None


def denying(noun: Token) -> bool:
    """'a mistake', 'a provocation', 'a step in the wrong direction', 'a step backwards'."""
    if noun.lemma_.lower() in cues().denying_nouns:
        return True
    if noun.lemma_.lower() == "act":  # "an act of aggression / terrorism"
        return any(p.dep_ == "pobj" and p.lemma_.lower() in cues().denying_nouns
                   for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)
    return noun.lemma_.lower() == "step" and any(
        t.lower_ in {"wrong", "backward", "backwards", "back"} for t in noun.subtree)


def accountability_stance(adjective: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X must be held accountable for Y' (the asserter), 'we will hold X responsible for
    Y' (the subject): opposition to X."""
    hold = adjective.head
    if hold.lemma_ == "be" and adjective.dep_ == "acomp":
        return responsible_for_harm(adjective, mentions)
    if hold.lemma_.lower() != "hold" or negated(hold) or "?" in span_text(hold.sent):
        return []
    passive = first_child(hold, {"nsubjpass"})
    held = passive if passive is not None else (
        first_child(hold, {"dobj"}) or first_child(adjective, {"nsubj"}))
    if held is None:
        return []
    targets = [m for m in actors_in(phrase(held), mentions) if m.via != "speaker"]
    holders = assertion_holders(hold, mentions) if passive is not None else (
        verb_holders(hold, mentions) or assertion_holders(hold, mentions))
    reason = first_child(adjective, {"prep"}, {"for"})
    topic = topic_for(phrase(reason), hold.sent, False) if reason is not None else None
    return opposed(holders, targets, topic, adjective)


def responsible_for_harm(adjective: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'Y said Pristina was responsible for the escalation': the asserter opposes the one
    it makes answer for a harm (not 'X is responsible for the talks': a duty)."""
    verb = adjective.head
    reason = first_child(adjective, {"prep"}, {"for"})
    harm = first_child(reason, {"pobj"}) if reason is not None else None
    subject = first_child(verb, {"nsubj"})
    if harm is None or subject is None or negated(verb) or "?" in span_text(verb.sent) \
            or harm.lemma_.lower() not in cues().harm_nouns | cues().blamed_harms:
        return []
    targets = [m for m in actors_of(subject, mentions) if m.via != "speaker"]
    blamed = {t.actor_id for t in targets}
    holders = [h for h in assertion_holders(verb, mentions) if h.actor_id not in blamed]
    return opposed(holders, targets[:1], topic_for(phrase(harm), verb.sent, False), adjective)


def destabilising_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'Y said X is trying to destabilise the region', 'X's agents destabilise Bosnia': the
    asserter opposes X (the one who destabilises, through 'trying to', 'wants to', ...)."""
    if negated(verb) or "?" in span_text(verb.sent) or any(negated(n) for _, n in climb(verb)):
        return []  # "Russia does not want to destabilise X"
    if governed_by(verb, cues().verb_cues | cues().blame_verbs):
        return []  # "accused X of trying to destabilise Y": the accusation's own stance
    subject = first_child(verb, {"nsubj"})
    found = (act_owner(subject, mentions) if subject is not None else []) or verb_holders(verb, mentions)
    targets = [m for m in found if m.via != "speaker"]
    return opposed(assertion_holders(verb, mentions), targets,
                   topic_for(predicate(verb), verb.sent, False) or "regional-security", verb)


def opposed(holders: list[Mention], targets: list[Mention], topic: str | None,
            cue: Token) -> list[StanceCandidate]:
    """Each holder but the judged one opposes the first target."""
    holders = [h for h in holders if targets and h.actor_id != targets[0].actor_id]
    if not targets or not holders:
        return []
    return stances_of(holders, Polarity.oppose, targets[0], topic, cue)


def legitimacy_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X has no legitimacy', 'X lacks / has lost all legitimacy': the asserter opposes X."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in cues().holding_verbs | cues().lacking_verbs:
        return []
    denied = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or negated(verb)
    if denied == (verb.lemma_.lower() in cues().lacking_verbs):
        return []  # "X has legitimacy", "X has not lost its legitimacy": no charge
    subject = first_child(verb, {"nsubj"})
    targets = [m for m in actors_of(subject, mentions) if m.via != "speaker"] if (
        subject is not None) else []
    if not targets:
        return []
    return stances_of(assertion_holders(verb, mentions), Polarity.oppose, targets[0], None, noun)


def judgement_rules(token: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in cues().legitimacy_nouns:
        return legitimacy_stance(token, mentions)
    if token.pos_ == "ADJ" and lemma in cues().accountability_adjectives:
        return accountability_stance(token, mentions)
    if token.pos_ == "NOUN" and lemma in cues().threat_nouns:
        return threat_stance(token, mentions)
    if token.pos_ == "NOUN" and token.dep_ == "attr":
        return denied_act_stance(token, mentions)
    if token.pos_ == "VERB" and lemma in cues().destabilising_verbs:
        return destabilising_stance(token, mentions)
    return []
