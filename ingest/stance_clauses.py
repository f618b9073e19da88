"""How a cue's clause bears on its stance: a coordinated verb with its own target, a cue
under a negated opinion verb, a demand made of another side, a reciprocal object, a
participle telling what a meeting did, a 'with' phrase that is a circumstance, who made
the request a cue rejects."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.dictionary import load_dictionary
from ingest.mention_words import mention_words
from ingest.mentions import ArticleMentions, Mention
from ingest.stance_actors import (
    SECOND_PERSON,
    actors_of,
    clause_subjects,
    quote_source,
    unlabelled_voice,
    voice,
)
from ingest.stance_base import actors_in, first_child, phrase
from ingest.stance_cues import cues
from ingest.syntax import negated, reporting_speaker

OBLIGATION = {"must", "should"}


def doubted(verb: Token) -> bool:
    """A cue under a negated opinion verb: 'did not think it right to blame X'."""
    for node in verb.ancestors:
        if node.lemma_.lower() in cues().opinion_verbs:
            return negated(node)
        if node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"ccomp", "xcomp"}:
            return False  # beyond the clause the opinion verb would govern
    return False


def own_target(verb: Token, mentions: ArticleMentions) -> bool:
    """'condemned the decision and accused X of Y': a coordinated verb of opposition whose
    object names another actor than the first verb's takes a stance of its own (a second
    verb of support mostly restates the first: 'supports X and welcomes its efforts')."""
    first = verb.head
    if verb.dep_ != "conj" or first.lemma_.lower() not in cues().verb_cues:
        return False
    if verb.lemma_.lower() in cues().call_for_verbs | cues().urge_verbs:  # "... and urged Y to"
        return any(c.dep_ == "prep" and c.lower_ in {"for", "on"} or c.dep_ in {"xcomp", "ccomp"}
                   for c in verb.children)
    if verb.lemma_.lower() not in cues().oppose_verbs:
        return False
    if first.lemma_.lower() in cues().support_verbs:  # "supports X and rejects Y's attempts"
        return True
    mine, theirs = (
        {m.actor_id for c in v.children if c.dep_ == "dobj" for m in actors_in(phrase(c), mentions)}
        for v in (verb, first))
    return bool(mine - theirs)


def demanded_of_another(verb: Token, mentions: ArticleMentions) -> bool:
    """A cue under 'must'/'should' whose subject is not who reports it."""
    if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in verb.children):
        return False
    subject = sides_of(clause_subjects(verb, mentions))
    reporter = sides_of(reporting_speaker(verb, mentions))
    return bool(subject and reporter and not subject & reporter)


def sides_of(found: list[Mention]) -> set[str]:
    """The actors and the states of the people among them."""
    entries = load_dictionary().entries
    return {m.actor_id for m in found} | {
        entries[m.actor_id].country for m in found
        if m.actor_id in entries and entries[m.actor_id].country}


def reciprocal(obj: Token | None) -> bool:
    """'X and Y agreed to recognise each other'."""
    words = {obj.lower_, *(c.lower_ for c in obj.children)} if obj is not None else set()
    return words in ({"each", "other"}, {"one", "another"})


def narrates_a_meeting(verb: Token) -> bool:
    """'X and Y met in Brussels, resuming the dialogue': what the meeting did."""
    return (verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "conj"}
            and verb.head.lemma_.lower() in cues().meeting_verbs)


def said_by_someone(prep: Token) -> bool:
    """'agree with X', 'with what X said'; not 'with X named as the venue'."""
    clause, partner = first_child(prep, {"pcomp"}), first_child(prep, {"pobj"})
    if partner is not None:  # "with X named as the host" is a circumstance
        return not any(c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"} for c in partner.children)
    return clause is not None and any(c.lower_ == "what" for c in clause.children)


def restates_a_clause(noun: Token) -> bool:
    """'X will not impose sanctions, and that is our principled policy': the position is the
    clause told before it, whose own rule gives its stance and polarity."""
    return noun.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ in {"that", "this"}
                                       for c in noun.head.children)


def greeted(verb: Token, obj: Token, mentions: ArticleMentions) -> bool:
    """'glad to welcome Mr Halvorsen', 'welcome you', 'welcomed the President of Serbia to
    Brussels': a greeting of a guest, no stance."""
    if mentions.at_token(obj.i) is not None or obj.lower_ in SECOND_PERSON:
        return True
    guest = obj.lemma_.lower() in mention_words().title_words | {"delegation", "guest", "guests"}
    return guest and first_child(verb, {"prep"}, {"to"}) is not None


def assertion_holders(token: Token, mentions: ArticleMentions) -> list[Mention]:
    """Who asserts a clause: its quoted source, its reporter, else the transcript's voice or
    the source a quotation names in another sentence of its paragraph."""
    quoted, sources = quote_source(token, mentions)
    if quoted:
        return sources
    reported = reporting_speaker(token, mentions)
    if reported:
        return reported
    speaking = voice(token.sent, mentions) or unlabelled_voice(token, mentions)
    return [speaking] if speaking else []


def requester(request: Token, mentions: ArticleMentions) -> Mention | None:
    """'rejected calls from X / a demand by X (to ...)': X, who asked."""
    if request.lemma_.lower() not in cues().request_nouns:
        return None
    found = [m for p in request.children if p.dep_ == "prep" and p.lower_ in {"from", "by"}
             for m in actors_in(phrase(p), mentions)]
    return found[0] if found else None


def joint_partner(obj: Token, mentions: ArticleMentions) -> Mention | None:
    """'welcome the chance to work together with X': the partner of the work offered."""
    for token in phrase(obj):
        head = token.head.head if token.head.lower_ == "together" else token.head
        if token.dep_ == "prep" and token.lower_ == "with" and (
                head.lemma_.lower() in cues().joint_work_words):
            found = [m for p in token.children if p.dep_ == "pobj" for m in actors_of(p, mentions)]
            if found:
                return found[0]
    return None


def backs_someone(noun: Token, mentions: ArticleMentions) -> bool:
    """'support for X' / 'assistance to X' naming whom it backs (not 'state support' for
    projects)."""
    return noun.lemma_.lower() in cues().support_nouns and any(
        actors_in(phrase(p), mentions) for p in noun.children
        if p.dep_ == "prep" and p.lower_ in {"for", "to", "of"})


def partner_slot(noun: Token) -> Token:
    """Where a partner noun sits in its clause: 'X is one of our partners', 'X is among our
    partners' and 'X and Y are neighbours and partners' predicate it as 'X is our partner'."""
    prep = noun.head
    if noun.dep_ == "conj" and prep.dep_ == "attr":
        return prep
    if noun.dep_ != "pobj" or prep.lower_ not in {"of", "among"}:
        return noun
    if prep.lower_ == "of" and prep.head.lower_ == "one":
        return prep.head
    return prep if prep.lower_ == "among" else noun


def mistagged_verb(token: Token) -> bool:
    """'Moscow "values Belgrade's position"' tagged as a noun: no noun has a subject and an
    object."""
    return token.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in token.children) and any(
        c.dep_ == "dobj" for c in token.children)


def demands_compliance(verb: Token) -> bool:
    """'X expects Y to align with the sanctions', 'expects the Association to be formed': a
    demand made of another (not 'X is expected to ...', 'X expects to meet Y')."""
    if negated(verb) or any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return False
    asked = expected_act(verb)
    return asked is not None and asked.lemma_.lower() in cues().expected_compliance and (
        any(c.dep_ in {"nsubj", "nsubjpass"} for c in asked.children)
        or first_child(verb, {"dobj"}) is not None
        or first_child(verb, {"prep"}, {"from", "of"}) is not None)  # "expects from both sides to"


def expected_act(verb: Token) -> Token | None:
    """What 'expect' asks for: its complement, or a 'to' clause hung as an adverbial
    ('expects Serbia, as a candidate, to align')."""
    return first_child(verb, {"xcomp", "ccomp"}) or next(
        (c for c in verb.children if c.dep_ == "advcl"
         and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
