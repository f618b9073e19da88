"""Sanctions: 'impose/extend/renew/join sanctions on X' (opposition to X), 'refused to join /
will not impose sanctions' (opposition to the sanctions), 'eased/suspended the sanctions'
(opposition to the sanctions), 'X sanctioned Y', 'X took action against Y', 'froze the assets
of Y', 'added Y to its sanctions list' (opposition to Y), 'sanctions do not work'."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.mentions import ArticleMentions, Mention
from ingest.models import Polarity
from ingest.stance_actors import FIRST_PERSON, actors_of, owner
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
from ingest.stance_clauses import assertion_holders
from ingest.stance_cues import cues
from ingest.syntax import SUBJECTS, has_future, negated

# "aligned with the sanctions", "took part in the sanctions", "acceded to the sanctions"
JOINED_PREPS = cues().joined_preps


def names_sanctions(noun: Token) -> bool:
    """'sanctions', 'an embargo', 'restrictive measures against X' (the EU's word for
    sanctions; bare 'restrictive measures' may be a lockdown's)."""
    lemma, lexicon = noun.lemma_.lower(), cues()
    if any(c.dep_ == "compound" and c.lemma_.lower() in lexicon.sanction_nouns
           for c in noun.children) or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in lexicon.sanction_nouns for o in c.children)
            for c in noun.children):
        return True  # "a sanctions package", "the sanctions regime", "a round of sanctions"
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
        has_future(verb) or held_back(verb)) or (  # "resisted pressure to impose sanctions"
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicon.denying_predicates)
    # "it would be wrong to impose sanctions"
    if obj is None or not refused and governed_by(verb, lexicon.asking_governors):
        return []  # "is under pressure to impose sanctions": others ask it
    holders = verb_holders(verb, mentions)
    if verb.lemma_.lower() in lexicon.stalling_verbs:  # "delayed the sanctions package"
        refused = not negated(verb)
        return stances_of(holders, Polarity.oppose, None, "sanctions", verb) if refused else []
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
    """'on X', 'against X', 'on Russian banks' (the state of the demonym), 'the sanctions
    imposed by Y on X'."""
    imposed = [g for a in obj.children if a.dep_ == "acl" or a.lower_ == "of"  # "a package of
               for o in ([a] if a.dep_ == "acl" else a.children) for g in o.children]  # sanctions on X"
    against = [c for c in [*obj.children, *verb.children, *imposed] if c.dep_ == "prep"
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
    """'X has not joined the sanctions', 'X did not align with them', 'we did not introduce
    sanctions' (a stand kept), not 'Y has never imposed sanctions on us' (a fact told of Y)."""
    if verb.lemma_.lower() in cues().opting_in_verbs or any(
            c.dep_ in SUBJECTS and c.lower_ in FIRST_PERSON for c in verb.children):
        return True
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
    preps = {"against", "on"} if verb.lemma_.lower() in lexicon.imposing_verbs else {"against"}
    against = [c for c in [*obj.children, *verb.children] if c.dep_ == "prep"
               and c.lower_ in preps]  # "imposed measures on X"
    targets = [m for p in against for m in actors_in(phrase(p), mentions)]
    if not targets:
        return []
    topic = "sanctions" if names_sanctions(obj) else topic_for(None, verb.sent, allow_sentence=True)
    return stances_of(verb_holders(verb, mentions), Polarity.oppose, targets[0], topic, verb)


def frozen_assets_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'Britain froze the assets of five Russian oligarchs': a sanction on their state."""
    obj = first_child(verb, {"dobj", "nsubjpass"})
    if obj is None or obj.lemma_.lower() not in cues().asset_nouns or negated(verb):
        return []
    targets = owned_by(obj, mentions)
    return stances_of(verb_holders(verb, mentions), Polarity.oppose, targets[0], "sanctions",
                      verb) if targets else []


def listed_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'Canada added ten Russian officials to its sanctions list': a sanction on them."""
    listed = first_child(verb, {"dobj", "nsubjpass"})
    to = first_child(verb, {"prep"}, {"to", "on"})
    sanctions_list = first_child(to, {"pobj"}) if to is not None else None
    if listed is None or sanctions_list is None or not names_sanctions(sanctions_list) or (
            negated(verb)):
        return []
    targets = actors_of(listed, mentions) or [
        s for t in listed.subtree if t.dep_ == "amod" and (s := demonym_state(t)) is not None]
    return stances_of(verb_holders(verb, mentions), Polarity.oppose, targets[0], "sanctions",
                      verb) if targets else []


def failed_sanctions_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'Hungary says sanctions do not work': the one who says it opposes the sanctions."""
    subject = first_child(verb, {"nsubj"})
    if subject is None or not names_sanctions(subject) or not negated(verb):
        return []
    return stances_of(assertion_holders(verb, mentions), Polarity.oppose, None, "sanctions", verb)


def owned_by(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """"X's assets", 'the assets of X', 'the assets of Russian banks' (the demonym's state)."""
    of = first_child(noun, {"prep"}, {"of"})
    found = owner(noun, mentions) or (actors_in(phrase(of), mentions) if of is not None else [])
    return found or [s for t in (phrase(of) if of is not None else []) if t.dep_ == "amod"
                     if (s := demonym_state(t)) is not None]
