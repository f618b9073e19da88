"""Sanctions: 'impose/extend/renew/join sanctions on X' (opposition to X), 'refused to join /
will not impose sanctions' (opposition to the sanctions), 'eased/suspended the sanctions'
(opposition to the sanctions), 'X sanctioned Y', 'X took action against Y' (opposition to Y)."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.mentions import ArticleMentions, Mention
from ingest.models import Polarity
from ingest.stance_actors import actors_of
from ingest.stance_acts import demonym_state
from ingest.stance_base import (
    StanceCandidate,
    actors_in,
    first_child,
    governed_by,
    phrase,
    stances_of,
    topic_for,
    verb_holders,
)
from ingest.stance_cues import cues
from ingest.syntax import has_future, negated

# "aligned with the sanctions", "took part in the sanctions", "acceded to the sanctions"
JOINED_PREPS = cues().joined_preps


def names_sanctions(noun: Token) -> bool:
    """'sanctions', 'an embargo', 'restrictive measures against X' (the EU's word for
    sanctions; bare 'restrictive measures' may be a lockdown's)."""
    lemma, lexicon = noun.lemma_.lower(), cues()
    return lemma in lexicon.sanction_nouns or lemma in {"measure", "measures"} and any(
        c.dep_ == "amod" and c.lower_ in lexicon.sanction_measure_modifiers for c in noun.children
    ) and any(c.dep_ == "prep" and c.lower_ in {"against", "on"} for c in noun.children)


def sanction_object(verb: Token) -> Token | None:
    """The sanctions a verb acts on: its object, or the object of 'with'/'in'/'to'."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}] + [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ in JOINED_PREPS
        for p in c.children if p.dep_ == "pobj"]
    return next((o for o in objects if names_sanctions(o)), None)


def sanction_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'impose sanctions on X': opposition to X; 'refused to join sanctions against X':
    opposition to the sanctions (no stance towards X)."""
    lexicon = cues()
    obj = first_child(verb, {"dobj", "nsubjpass"})
    if obj is not None and verb.lemma_.lower() in lexicon.sanctioning_verbs:
        return sanctioned_stance(verb, obj, mentions)
    obj = sanction_object(verb)
    refused = governed_by(verb, lexicon.negating_governors) or negated(verb) and (
        has_future(verb) or held_back(verb))  # "resisted pressure to impose sanctions"
    if obj is None or not refused and governed_by(verb, lexicon.asking_governors):
        return []  # "is under pressure to impose sanctions": others ask it
    holders = verb_holders(verb, mentions)
    if verb.lemma_.lower() in lexicon.easing_verbs:  # "eased the sanctions": against them
        if negated(verb) and not has_future(verb) or verb.dep_ == "acl" and any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in verb.head.children):
            return []  # "told Y that his plan to remove the embargo was ...": whose plan?
        return stances_of(holders, Polarity.support if refused else Polarity.oppose, None,
                          "sanctions", verb)
    if refused:
        return stances_of(holders, Polarity.oppose, None, "sanctions", verb)
    if negated(verb):
        return []  # "X, which has never imposed sanctions on us": a fact told, no refusal
    targets = sanctioned_actors(obj, verb, mentions)
    return stances_of(holders, Polarity.oppose, targets[0], "sanctions", verb) if targets else []


def sanctioned_actors(obj: Token, verb: Token, mentions: ArticleMentions) -> list[Mention]:
    """'on X', 'against X', 'on Russian banks' (the state of the demonym)."""
    against = [c for c in [*obj.children, *verb.children] if c.dep_ == "prep"
               and c.lower_ in {"on", "against"}]
    found = [m for p in against for m in actors_in(phrase(p), mentions)]
    for noun in (n for p in against for n in p.children if n.dep_ == "pobj" and not found):
        found = [s for t in noun.subtree if t.i < noun.i and t.dep_ == "amod"
                 if (s := demonym_state(t)) is not None]
    return found


def sanctioned_stance(verb: Token, obj: Token, mentions: ArticleMentions
                      ) -> list[StanceCandidate]:
    """'The US sanctioned X', 'X was blacklisted by the EU': opposition to X."""
    if negated(verb) or governed_by(verb, cues().asking_governors | cues().negating_governors):
        return []
    target = next(iter(actors_of(obj, mentions) or actors_in(phrase(obj), mentions)), None)
    return stances_of(verb_holders(verb, mentions), Polarity.oppose, target, "sanctions", verb)


def held_back(verb: Token) -> bool:
    """'X has not joined the sanctions' (a stand kept), not 'Y has never imposed sanctions
    on us' (a fact told of Y)."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) and any(
        c.dep_ == "neg" and c.lower_ in {"not", "n't"} for c in verb.children)


def measures_against_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'The US is taking action against X', 'adopted measures against X': X is opposed."""
    lexicon = cues()
    obj = first_child(verb, {"dobj", "nsubjpass"})
    if obj is None or obj.lemma_.lower() not in lexicon.countermeasure_nouns or negated(verb) or (
            governed_by(verb, lexicon.asking_governors | lexicon.request_governors)) or any(
            c.lower_ in {"no", "what", "which", "any"} for c in obj.children) or (
            obj.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in verb.children)):
        return []  # "took no action", "what action should be taken", "if action was taken"
    against = [c for c in [*obj.children, *verb.children] if c.dep_ == "prep"
               and c.lower_ == "against"]
    targets = [m for p in against for m in actors_in(phrase(p), mentions)]
    if not targets:
        return []
    topic = "sanctions" if names_sanctions(obj) else topic_for(None, verb.sent, allow_sentence=True)
    return stances_of(verb_holders(verb, mentions), Polarity.oppose, targets[0], topic, verb)
