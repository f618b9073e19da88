"""Clauses whose cue is denied or only hearsay: 'talks did not mean that X would recognise Y',
'the Council could not be a platform for recognising Y', 'critics say X backs Y'; a 'would'
that is a reported 'will'."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.stance_cues import cues
from ingest.syntax import REPORTING, SUBJECTS, climb, negated

IMPLYING = cues().implying_verbs
NOMINAL_EDGES = {"pcomp", "pobj", "prep", "acl"}  # from a gerund up to the noun it qualifies
MODALS = {"would", "could", "might", "may"}


def denied_implication(token: Token) -> bool:
    """A clause under a negated 'mean'/'imply': 'talks did not mean that X would recognise Y'
    says X will not."""
    top = ([token] + [node for edge, node in climb(token) if edge != "relcl"])[-1]
    return top.dep_ == "ccomp" and top.head.lemma_.lower() in IMPLYING and negated(top.head) or (
        denied_role(token))


def denied_role(token: Token) -> bool:
    """'X could not be a platform for recognising Y', 'this is no step towards recognising
    Y': the act is named as what the clause's subject is not."""
    for edge, node in climb(token):
        if edge == "attr" and node.lemma_ == "be":
            return negated(node)
        if edge not in NOMINAL_EDGES:
            return False
    return False


def hearsay(token: Token) -> bool:
    """'Critics say X backs Y': others' reading of X, not a stance X states."""
    for node in token.ancestors:
        if node.lemma_ in REPORTING and any(
                c.dep_ in SUBJECTS and c.lemma_.lower() in cues().hearsay_subjects
                for c in node.children):
            return True
    return False


def withdrawn(cue: Token) -> bool:
    """'revoked its decision to recognise X' (the act is what is withdrawn), not 'withdrew
    its envoy in protest over Y's decision to recognise X'."""
    for edge, node in climb(cue):
        if edge == "conj":
            return False
        if node.lemma_.lower() in cues().withdrawal_verbs:
            return edge in {"dobj", "nsubjpass"}
    return False

def against_the_law(adjective: Token) -> bool:
    """'contrary to international law / the UN Charter'."""
    return adjective.lower_ == "contrary" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in cues().violated_objects
        for c in adjective.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children)


def reported_conjunct(clause: list[Token]) -> bool:
    """'told him that X will remain a partner and would not join Y', 'said that he respected
    X but that Serbia would never accept Y': a 'would' coordinated with a clause reported in
    the past is a 'will' told in the past."""
    for node in (n for n in clause if n.dep_ == "conj"):
        reporter = node.head.head if node.head.dep_ == "ccomp" else node.head
        modals = {c.lower_ for c in node.children if c.dep_ == "aux"} & MODALS
        if modals == {"would"} and reporter.tag_ == "VBD" and (
                reporter.lemma_ in REPORTING | cues().backshifting_verbs):
            return True
    return False


def conditioned(clause: list[Token]) -> bool:
    """An 'if'/'unless' clause hanging on the clause: 'would back it if X agreed'."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues().hypothetical_markers
                                         | {"provided", "once"} for m in c.children)
               for node in clause for c in node.children)
