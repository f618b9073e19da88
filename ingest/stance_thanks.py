"""Thanks: 'X thanked Y for its help' (X supports Y), 'thanked X for its principled stand
on Kosovo' (X's position, backed by the thanker), 'I thank X and Y, who stood by us' (each
one thanked for what the relative clause tells)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ingest.mentions import ArticleMentions, Mention
from ingest.models import Polarity
from ingest.stance_actors import actors_of, clause_subjects, owner
from ingest.stance_base import StanceCandidate, first_child, phrase, stances_of, topic_for, verb_holders
from ingest.stance_cues import cues
from ingest.syntax import negated


def each_target(holders: list[Mention], polarity: Polarity, targets: list[Mention],
                topic: str | None, cue: Token) -> list[StanceCandidate]:
    found = []
    for target in targets:
        found += stances_of(holders, polarity, target, topic, cue)
    return found


def thank_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X thanked Y for the help Y gave in easing tensions': X supports Y. Thanks
    for someone's support are the support rule's, unless said in one's own voice."""
    reason = reason_of(verb)
    thanked = [m for c in verb.children if c.dep_ == "dobj" for m in actors_of(c, mentions)]
    if reason is None:
        return described_thanks(verb, mentions)
    if not thanked and first_child(verb, {"dobj"}) is None:
        return []
    own_voice = any(c.dep_ == "dobj" and c.lower_ == "you" for c in verb.children)
    return thanks_for(verb, reason, verb_holders(verb, mentions), thanked, own_voice, mentions)


def grateful_stance(adjective: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X is grateful to Y for its principled position': as 'X thanked Y for ...';
    'X is grateful that Y stands by us': X supports Y."""
    if adjective.lemma_.lower() not in cues().gratitude or adjective.dep_ != "acomp" \
            or negated(adjective.head):
        return []
    holders = verb_holders(adjective.head, mentions)
    to = first_child(adjective, {"prep"}, {"to"})
    thanked = [m for p in (to.children if to is not None else []) if p.dep_ == "pobj"
               for m in actors_of(p, mentions)]
    reason = reason_of(adjective) or reason_of(adjective.head)  # "is grateful ... for" may
    # hang on the copula
    told = first_child(adjective, {"ccomp"})
    if reason is None and told is not None:
        doers = [m for m in clause_subjects(told, mentions) if m.actor_id not in {
            h.actor_id for h in holders}]
        topic = topic_for(phrase(told), adjective.sent, False)
        return stances_of(holders, Polarity.support, doers[0], topic, adjective) if doers else []
    if reason is None:
        return []
    own_voice = any(h.via == "speaker" for h in holders)
    return thanks_for(adjective, reason, holders, thanked, own_voice, mentions)


def reason_of(cue: Token) -> Token | None:
    return next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "for"
                 and not own_part(c)), None)  # not "X, for his part, thanked Y for Z"


def thanks_for(cue: Token, reason: Token, holders: list[Mention], thanked: list[Mention],
               own_voice: bool, mentions: ArticleMentions) -> list[StanceCandidate]:
    topic = topic_for(phrase(reason), cue.sent, False)
    if thanked_for_a_position(reason.head, reason):  # "for Beijing's position": Beijing
        thanked = owner(first_child(reason, {"pobj"}) or reason, mentions) or [
            m for m in thanked if m.actor_id not in {h.actor_id for h in holders}]
        return each_target(holders, Polarity.support, thanked[:1], topic, cue)
    reason_noun = first_child(reason, {"pobj"})
    helped = reason_noun is not None and reason_noun.lemma_.lower() in (
        cues().help_verbs | cues().contribution_nouns)  # "for its role in protecting X"
    backing = cues().support_nouns | cues().position_nouns  # "for its principled position"
    if (topic is None and not helped) or (reason_noun is not None and not own_voice
                                          and reason_noun.lemma_.lower() in backing):
        return []  # thanks for a dinner or a welcome is courtesy; for help, support
    return each_target(holders, Polarity.support, thanked[:1], topic, cue)


def own_part(prep: Token) -> bool:
    """'for his part', 'for its part': a turn in the telling, no reason for thanks."""
    return any(c.dep_ == "pobj" and c.lemma_.lower() == "part" for c in prep.children)


def thanked_for_a_position(verb: Token, reason: Token) -> bool:
    """'thanked X for its stance on Kosovo', 'for what he called its principled stand': the
    thanker backs X. When the reasons also say whom X supports ('and for its support for
    Y's integrity'), they are X's stance, told by the support rule."""
    lexicon = cues()
    reasons = [t for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "for"
               for t in prep.subtree]
    first = first_child(reason, {"pobj", "pcomp"})
    nouns = [first] + [t for t in first.children if t.dep_ in {"oprd", "dobj"}] + [
        p for t in first.children if t.dep_ == "prep" and t.lower_ == "as"  # "described as"
        for p in t.children if p.dep_ == "pobj"] if first else []
    named = any(n.lemma_.lower() in lexicon.position_nouns  # its own: "its", "Beijing's"
                and any(c.dep_ == "poss" for c in n.children) for n in nouns)
    backed = any(t.lemma_.lower() in lexicon.support_nouns | lexicon.help_verbs for t in reasons)
    return named and not backed


def described_thanks(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'I thank Russia and China, who stood by us on our integrity': each one thanked, for
    what the relative clause tells of them."""
    obj = first_child(verb, {"dobj"})
    named = [obj, *obj.conjuncts] if obj is not None else []
    told = [c for t in named for c in t.children if c.dep_ == "relcl"]
    if not told:
        return []
    thanked = [m for t in named for m in actors_of(t, mentions)]
    topic = topic_for(phrase(told[-1]), verb.sent, True)
    backed = any(c.lemma_.lower() in cues().help_verbs | cues().support_verbs | {"stand"} for c in told)
    if topic is None and not backed:
        return []  # "thanked X, who hosted the talks": courtesy
    return each_target(verb_holders(verb, mentions), Polarity.support, thanked, topic, verb)


def thanked_for_bare_support(noun: Token, span: Span | None) -> bool:
    """'thanked X for its support', 'was grateful to X for its support'."""
    if span is not None or noun.head.dep_ != "prep" or noun.head.lower_ != "for":
        return False
    grateful = noun.head.head
    return grateful.lemma_.lower() in cues().gratitude or any(
        c.dep_ == "acomp" and c.lemma_.lower() in cues().gratitude for c in grateful.children)


def gratitude_addressee(node: Token, mentions: ArticleMentions) -> list[Mention]:
    lexicon = cues()
    if node.lemma_.lower() == "thank":
        return [m for c in node.children if c.dep_ == "dobj" for m in actors_of(c, mentions)]
    for child in node.subtree:
        if child.dep_ == "prep" and child.lower_ == "to" and child.head.lemma_.lower() in lexicon.gratitude:
            return [m for p in child.children if p.dep_ == "pobj" for m in actors_of(p, mentions)]
    return []


def appreciated_position_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'We highly appreciate China's balanced position on Ukraine': support of the one whose
    position it is (an appreciated level of trust or effort is no one's position)."""
    obj = first_child(verb, {"dobj"})
    if obj is None or obj.lemma_.lower() not in cues().position_nouns or negated(verb):
        return []
    owners = position_holders(obj, mentions)
    if not owners:
        return []
    topic = topic_for(phrase(obj), verb.sent, allow_sentence=False)
    return stances_of(verb_holders(verb, mentions), Polarity.support, owners[0], topic, verb)


def position_holders(position: Token, mentions: ArticleMentions) -> list[Mention]:
    """"China's position", 'the position of Serbia' (a demonym alone, 'of our Serbian
    friends', was tried: one right on development text, one wrong on held-out text)."""
    owners = [m for m in owner(position, mentions) if m.via != "speaker"]
    of = first_child(position, {"prep"}, {"of"})
    for held in ([c for c in of.children if c.dep_ == "pobj"] if of is not None and not owners else []):
        owners = actors_of(held, mentions)
    return owners
