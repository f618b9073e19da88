"""Protest notes: 'X handed a protest note to the ambassador of Y', 'sent a note of protest
to Y', 'delivered a demarche to the Y embassy': X opposes Y, the state the note is addressed
to (through its envoy or embassy); so does summoning or expelling Y's envoy, or recalling
one's own from Y."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.mentions import ArticleMentions, Mention
from ingest.models import Polarity
from ingest.stance_actors import actors_of
from ingest.stance_acts import act_owner, demonym_state, modifier_actors
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
from ingest.syntax import negated

ABOUT = cues().about_preps
PROTESTED_PREPS = cues().protested_preps


def is_protest_note(noun: Token) -> bool:
    """'a protest note', 'a note of protest', 'a letter of protest', 'a demarche'."""
    lexicon, lemma = cues(), noun.lemma_.lower()
    if lemma in lexicon.protest_documents:
        return True
    if lemma not in lexicon.note_nouns:
        return False
    of = first_child(noun, {"prep"}, {"of"})
    marks = [c for c in noun.children if c.dep_ in {"compound", "amod"}] + (
        [p for p in of.children if p.dep_ == "pobj"] if of is not None else [])
    return any(m.lemma_.lower() == "protest" for m in marks)


def protest_note_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    verb = noun.head
    if noun.dep_ not in {"dobj", "nsubjpass"} or not is_protest_note(noun) or (
            verb.lemma_.lower() not in cues().delivering_verbs) or negated(verb) or (
            governed_by(verb, cues().request_governors)):
        return []
    about = next((t for t in verb.subtree if t.dep_ == "prep" and t.lower_ in ABOUT
                  and t.i > noun.i), None)  # "to the envoy over Y's decision" (on 'envoy')
    acts = [p for p in (about.children if about is not None else []) if p.dep_ == "pobj"]
    addressees = ([m for p in acts for m in act_owner(p, mentions)]  # "over Y's decision"
                  or addressed_states(verb, mentions))
    topic = topic_for(phrase(about), verb.sent, allow_sentence=True) if about is not None else (
        topic_for(None, verb.sent, allow_sentence=True))
    holders = verb_holders(verb, mentions) or agency_states(verb)
    if not addressees:
        return []
    return stances_of(holders, Polarity.oppose, addressees[0], topic, noun)


def addressed_states(verb: Token, mentions: ArticleMentions) -> list[Mention]:
    """'to the ambassador of Y' / 'to the Y embassy' / 'handed the Y ambassador' / 'to Y';
    'summoned the Y ambassador and handed him a note': the one summoned."""
    to = [p for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
          for p in c.children if p.dep_ == "pobj"]
    indirect = [c for c in verb.children if c.dep_ == "dative" and c.lower_ != "to"] + [
        c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in cues().envoy_nouns]
    for person in to + indirect:
        if person.pos_ == "PRON" and verb.dep_ == "conj":
            person = first_child(verb.head, {"dobj"}) or person
        found = envoy_state(person, mentions) or actors_of(person, mentions)
        if found:
            return found
    return []


def envoy_state(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """The state an ambassador or embassy represents: 'of Y', 'the Y ambassador'."""
    if noun.lemma_.lower() not in cues().envoy_nouns:
        return []
    of = first_child(noun, {"prep"}, {"of"})
    found = [m for p in (of.children if of is not None else []) if p.dep_ == "pobj"
             for m in actors_of(p, mentions)]
    return found or modifier_actors(noun, mentions)


def agency_states(verb: Token) -> list[Mention]:
    """'The Serbian foreign ministry sent ...': the state of the ministry."""
    subject = first_child(verb, {"nsubj"})
    if subject is None or subject.lemma_.lower() not in cues().agent_nouns:
        return []
    return [s for t in subject.children if t.dep_ in {"amod", "compound"}
            if (s := demonym_state(t)) is not None]


def in_protest_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'Serbia recalled its ambassador in protest at the US recognition', 'walked out in
    protest against X's application': the clause's subject opposes the act's owner."""
    verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or negated(verb):
        return []
    preps = [c for c in [*noun.children, *noun.head.head.children] if c.dep_ == "prep"
             and c.lower_ in PROTESTED_PREPS and c.i > noun.i]
    acts = [p for c in preps for p in c.children if p.dep_ == "pobj"]
    targets = [m for p in acts for m in act_owner(p, mentions) or actors_in(phrase(p), mentions)]
    if not targets:
        return []
    topic = topic_for(phrase(acts[0]), verb.sent, allow_sentence=True)
    holders = verb_holders(verb, mentions) or agency_states(verb)  # "the Serbian delegation"
    return stances_of(holders, Polarity.oppose, targets[0], topic, noun)


def envoy_action_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'summoned the Croatian ambassador', 'expelled six Russian diplomats' (the envoy's
    state), 'recalled its ambassador from Montenegro' (the state left): X opposes it."""
    envoy = first_child(verb, {"dobj", "nsubjpass"})
    if envoy is None or envoy.lemma_.lower() not in cues().envoy_nouns or negated(verb) or (
            governed_by(verb, cues().request_governors | cues().asking_governors)):
        return []
    left = first_child(verb, {"prep"}, {"from"}) or first_child(envoy, {"prep"}, {"from"})
    states = [m for p in (left.children if left is not None else []) if p.dep_ == "pobj"
              for m in actors_of(p, mentions)] or envoy_state(envoy, mentions) or [
        m for c in envoy.children if c.dep_ == "poss" for m in actors_of(c, mentions)]
    if not states:
        return []
    topic = topic_for(None, verb.sent, allow_sentence=True)
    holders = verb_holders(verb, mentions) or agency_states(verb)
    return stances_of(holders, Polarity.oppose, states[0], topic, verb)
