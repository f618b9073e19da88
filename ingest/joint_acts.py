"""Two named people doing one public act together ('President X and President Y opened the
culture days', 'X and Y signed a joint statement', 'X and Y laid wreaths') were together:
an in-person contact, but only between people who hold office (not a leader and a pupil)."""

from __future__ import annotations

from spacy.tokens import Token

JOINT_ACTS = {"open", "inaugurate", "unveil", "launch", "attend", "sign", "tour", "lay",
              "watch", "plant", "inspect", "view", "observe"}


def joint_act(verb: Token) -> bool:
    """A verb of a public act whose own subject names two or more people ('A and B ...')."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in JOINT_ACTS:
        return False
    return any(c.dep_ == "nsubj" and named_person(c) and any(
        x.dep_ == "conj" and named_person(x) for x in c.children) for c in verb.children)


def named_person(word: Token) -> bool:
    """A proper name that is not a place or a body: states signing a memorandum are not two
    people who were together."""
    return word.pos_ == "PROPN" and word.ent_type_ not in NOT_PEOPLE


NOT_PEOPLE = {"GPE", "LOC", "NORP", "ORG", "FAC"}
