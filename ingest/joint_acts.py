"""Two named people doing one public act together ('President X and President Y opened the
culture days', 'X and Y signed a joint statement', 'X and Y laid wreaths') were together:
an in-person contact, but only between people who hold office (not a leader and a pupil)."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.event_cues import event_cues
from ingest.event_objects import object_partners
from ingest.mentions import ArticleMentions, Mention

JOINT_ACTS = event_cues().joint_acts.joint_acts

SIGNING = event_cues().joint_acts.signing


def joint_act(verb: Token) -> bool:
    """A verb of a public act whose own subject names two or more people ('A and B ...'),
    or 'A signed the deal with B' (the parser hangs 'with B' on the deal)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in JOINT_ACTS:
        return False
    if verb.lemma_.lower() in SIGNING and signed_with_a_person(verb):
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [a for c in subjects for a in c.children if a.dep_ == "appos"]  # 'the leaders, A and B'
    return any(named_person(c) and any(x.dep_ == "conj" and (named_person(x) or named_counterpart(x))
                                       for x in c.children) for c in subjects)


def named_counterpart(word: Token) -> bool:
    """'A and his Serbian counterpart B sign ...': a role noun with the name in apposition."""
    return any(a.dep_ == "appos" and named_person(a) for a in word.children)


def signed_with_a_person(verb: Token) -> bool:
    """'signed the deal with X' ('with X' on the deal or on the verb; X named, or 'his
    counterpart X')."""
    holders = [verb] + [obj for obj in verb.children if obj.dep_ == "dobj"]
    return any(p.dep_ == "pobj" and any(t.ent_type_ == "PERSON" for t in p.subtree)
               for node in holders
               for prep in node.children if prep.dep_ == "prep" and prep.lower_ == "with"
               for p in prep.children)


def cosigners(verb: Token, mentions: ArticleMentions) -> list[Mention]:
    """The people 'A signed the deal with' are A's partners in the act."""
    return object_partners(verb, mentions) if verb.lemma_.lower() in SIGNING else []


def named_person(word: Token) -> bool:
    """A proper name that is not a place or a body: states signing a memorandum are not two
    people who were together."""
    return word.pos_ == "PROPN" and word.ent_type_ not in NOT_PEOPLE


NOT_PEOPLE = {"GPE", "LOC", "NORP", "FAC"}  # not ORG: the parser often tags a surname so
