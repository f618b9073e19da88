"""Votes, warnings and bids: 'X voted against Y's membership' (X opposes Y), 'voted in
favour of the resolution on Z' (X supports topic Z), 'X warned Y against any unilateral
move' (X opposes Y), 'X wants to join the EU' / 'seeks EU membership' (X supports joining
it), 'X will never allow Y to join the UN' (X opposes Y), 'X will never become a member of
NATO' / 'will not seek membership of NATO' (X opposes it)."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.mentions import ArticleMentions
from ingest.models import ActorKind, Polarity
from ingest.nlp import span_text
from ingest.stance_actors import actors_of
from ingest.stance_acts import act_owner
from ingest.stance_base import (
    StanceCandidate,
    first_child,
    phrase,
    predicate,
    stances_of,
    topic_for,
    verb_holders,
)
from ingest.stance_claims import (
    belonging_stance,
    obligation_stance,
    only_way_stance,
    territory_claim_stance,
)
from ingest.stance_cues import cues
from ingest.syntax import has_future, negated

FAVOUR_NOUNS = cues().favour_nouns
SANCTIONS = cues().sanction_nouns


def voted_for(verb: Token) -> tuple[Polarity, Token] | None:
    """(polarity, what was voted on) of 'voted against X' / 'voted for X' / 'in favour of X'."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        obj = first_child(prep, {"pobj"})
        if obj is None:
            continue
        if prep.lower_ == "against":
            return Polarity.oppose, obj
        if prep.lower_ == "for":
            return Polarity.support, obj
        if prep.lower_ == "in" and obj.lemma_.lower() in FAVOUR_NOUNS:
            of = first_child(obj, {"prep"}, {"of"})
            voted = first_child(of, {"pobj"}) if of is not None else None
            if voted is not None:
                return Polarity.support, voted
    return None


def subject_of(noun: Token, mentions: ArticleMentions) -> list:
    """'the resolution on the territorial integrity of Ukraine': Ukraine (through 'on'/'of'
    only: 'a resolution condemning X' backs no X)."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"on", "of"}):
        for obj in (p for p in prep.children if p.dep_ == "pobj"):
            found = act_owner(obj, mentions) or actors_of(obj, mentions) or subject_of(obj,
                                                                                        mentions)
            if prep.lower_ == "of":  # "the resolutions of the UN General Assembly": its author
                found = [m for m in found if m.kind != ActorKind.organisation]
            if found:
                return found
    return []


def vote_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    found = voted_for(verb)
    if found is None or negated(verb) or any(c.dep_ in {"auxpass", "nsubjpass", "prt"}
                                             for c in verb.children):
        return []  # "were voted out, against the wishes of X": others voted
    polarity, voted = found
    targets = act_owner(voted, mentions) or actors_of(voted, mentions) or subject_of(voted,
                                                                                     mentions)
    condemned = condemned_by(voted) if polarity == Polarity.support else None
    if condemned is not None:  # "voted for the resolution condemning Russia's invasion"
        polarity, targets = Polarity.oppose, act_owner(condemned, mentions) or actors_of(
            condemned, mentions)
    topic = topic_for(phrase(voted), verb.sent, allow_sentence=False)
    return stances_of(verb_holders(verb, mentions), polarity, targets[0] if targets else None,
                      topic, verb)


def condemned_by(document: Token) -> Token | None:
    """What a document voted for condemns: 'the resolution condemning / that condemned X'."""
    return next((o for v in document.children if v.dep_ in {"acl", "relcl"}
                 and v.lemma_.lower() in cues().oppose_verbs and not negated(v)
                 for o in v.children if o.dep_ == "dobj"), None)


def warning_to_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X warned Y against any unilateral moves', 'warned Y of consequences if ...': X
    opposes Y."""
    warned = first_child(verb, {"dobj"})
    against = first_child(verb, {"prep"}, {"against"}) or threatened_consequences(verb)
    if warned is None or against is None or negated(verb):
        return []
    targets = actors_of(warned, mentions)
    topic = topic_for(phrase(against), verb.sent, allow_sentence=False) or (
        topic_for(predicate(verb), verb.sent, allow_sentence=False))
    return stances_of(verb_holders(verb, mentions), Polarity.oppose,
                      targets[0] if targets else None, topic, verb) if targets else []


def threatened_consequences(verb: Token) -> Token | None:
    """'of (serious) consequences' after 'warned Y'."""
    of = first_child(verb, {"prep"}, {"of"})
    return of if of is not None and any(
        p.dep_ == "pobj" and p.lemma_.lower() in cues().warned_consequences for p in of.children
    ) else None


def aspired_join_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'Serbia wants to join the EU', 'Ukraine seeks to join NATO', 'wants to become a member
    of the EU', 'does not want to join NATO' (opposition); 'X wants Y to join the EU' backs Y;
    a plain 'joined NATO in 2017' is a fact told, not a bid."""
    lexicon = cues()
    aim = verb.head
    forms = {aim.lemma_.lower(), aim.lower_.removesuffix("s"), aim.lower_.removesuffix("d")}
    if verb.dep_ not in {"xcomp", "ccomp"} or not forms & lexicon.aspiring_verbs:  # 'hopes': lemma 'hop'
        return []
    if aim.dep_ in {"relcl", "acl"}:
        return []  # "Belgrade, which seeks to join the EU", "the countries seeking to join it":
        # the reporter's background, not a position taken in the story
    bodies = bodies_joined(verb, mentions)
    joiner = first_child(verb, {"nsubj"}) if verb.dep_ == "ccomp" else None
    joiners = actors_of(joiner, mentions) if joiner is not None else []
    if not bodies or verb.dep_ == "ccomp" and not joiners:
        return []
    polarity = Polarity.oppose if negated(aim) or negated(verb) else Polarity.support
    topic = topic_for(predicate(verb), verb.sent, allow_sentence=False)
    target = joiners[0] if joiners else bodies[0]  # "wants Y to join the EU": backs Y's bid
    return stances_of(verb_holders(aim, mentions), polarity, target, topic, verb)


def sought_membership_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'Serbia will not seek membership of NATO', 'Ukraine seeks NATO membership': a bid (or
    its refusal) for the body named; not background ('which seeks membership of X')."""
    lexicon = cues()
    wanted = first_child(verb, {"dobj"})
    if wanted is None or wanted.lemma_.lower() not in lexicon.membership_nouns or (
            verb.dep_ in {"relcl", "acl"}):
        return []
    of = first_child(wanted, {"prep"}, {"of", "in", "to"})
    named = [m for c in ([*of.children] if of is not None else []) if c.dep_ == "pobj"
             for m in actors_of(c, mentions)] or [
        m for c in wanted.children if c.dep_ == "compound" and (m := mentions.at_token(c.i))]
    bodies = [m for m in named if m.kind == ActorKind.organisation]
    if not bodies:
        return []
    polarity = Polarity.oppose if negated(verb) else Polarity.support
    topic = topic_for(phrase(wanted), verb.sent, allow_sentence=False)
    return stances_of(verb_holders(verb, mentions), polarity, bodies[0], topic, verb)


def barred_join_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X will never allow Y to join the UN', 'will not let Y into...', 'will prevent Y
    from joining Interpol': X opposes Y."""
    lexicon, gate = cues(), verb.head
    if verb.dep_ == "pcomp" and gate.lower_ == "from":  # "prevent Y from joining"
        gate = gate.head
        joiner = first_child(gate, {"dobj"}) if gate.lemma_.lower() in lexicon.blocking_verbs else None
    elif verb.dep_ in {"ccomp", "xcomp"} and negated(gate) and (
            gate.lemma_.lower() in lexicon.permitting_verbs):
        joiner = first_child(verb, {"nsubj"}) or first_child(gate, {"dobj"})
    else:
        return []
    joiners = actors_of(joiner, mentions) if joiner is not None else []
    bodies = bodies_joined(verb, mentions)
    if not joiners or not bodies:
        return []
    topic = topic_for(predicate(verb), verb.sent, False) or topic_for(phrase(joiner), verb.sent, False)
    return stances_of(verb_holders(gate, mentions), Polarity.oppose, joiners[0], topic, verb)


def position_for_stance(copula: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'Serbia is against sanctions on Russia', 'China is firmly against Kosovo's
    independence', 'X is in favour of the dialogue' ('is for sale' is no position)."""
    found = voted_for(copula)
    subject = first_child(copula, {"nsubj"})
    if found is None or subject is None or subject.pos_ == "PRON" or negated(copula) or (
            "?" in span_text(copula.sent)) or (
            found[0] == Polarity.support and first_child(copula, {"prep"}, {"for"}) is not None):
        return []
    polarity, held = found
    if held.lemma_.lower() in SANCTIONS:
        return stances_of(verb_holders(copula, mentions), polarity, None, "sanctions", copula)
    targets = act_owner(held, mentions) or actors_of(held, mentions) or subject_of(held, mentions)
    topic = topic_for(phrase(held), copula.sent, allow_sentence=False)
    return stances_of(verb_holders(copula, mentions), polarity, targets[0] if targets else None,
                      topic, copula)


def bodies_joined(verb: Token, mentions: ArticleMentions) -> list:
    """'join NATO', 'become a member of the UN', 'enter into membership in Interpol'."""
    member_of = [p for t in verb.subtree if t.lower_ in {"of", "into", "in"} and t.head.lemma_.lower()
                 in {"member", "membership"} for p in t.children if p.dep_ == "pobj"]
    body = first_child(verb, {"dobj"})
    return [m for n in [body, *member_of] if n is not None for m in actors_of(n, mentions)
            if m.kind == ActorKind.organisation]


def refused_join_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'Serbia will never become a member of NATO', 'we will not join the alliance': the
    subject opposes the body (a past 'has not joined' is a fact told, no refusal)."""
    if not negated(verb) or not has_future(verb) or verb.dep_ == "xcomp":
        return []
    bodies = bodies_joined(verb, mentions)
    topic = topic_for(predicate(verb), verb.sent, allow_sentence=False)
    return stances_of(verb_holders(verb, mentions), Polarity.oppose, bodies[0], topic,
                      verb) if bodies else []


def vote_rules(token: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    if token.lemma_ in {"be", "remain"} and token.pos_ in {"AUX", "VERB"}:
        return (position_for_stance(token, mentions) or territory_claim_stance(token, mentions)
                or only_way_stance(token, mentions) or obligation_stance(token, mentions))
    if token.pos_ != "VERB":
        return []
    lemma = token.lemma_.lower()
    if lemma == "vote":
        return vote_stance(token, mentions)
    if lemma in cues().belonging_verbs:
        return belonging_stance(token, mentions)
    if lemma == "warn":
        return warning_to_stance(token, mentions)
    if lemma in cues().joining_verbs:
        return (aspired_join_stance(token, mentions) or barred_join_stance(token, mentions)
                or refused_join_stance(token, mentions))
    if lemma in cues().aspiring_verbs:
        return sought_membership_stance(token, mentions)
    return []
