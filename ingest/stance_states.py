"""What states do that shows a stance: recognise (or stop recognising) a state, blame
someone for a crisis, apply for membership, invoke a resolution (sanctions: stance_sanctions)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind, Polarity
from ingest.stance_actors import actors_of, owner, speech_voice
from ingest.stance_acts import act_owner, earlier_author
from ingest.stance_base import (
    StanceCandidate,
    actors_in,
    first_child,
    governed_by,
    own_predicate,
    phrase,
    stances_of,
    topic_for,
    verb_holders,
)
from ingest.stance_cues import cues
from ingest.stance_standing import backed
from ingest.syntax import negated

QUOTE_MARKS = {'"', "“", "'", "‘"}
ASSESSED = {"denied", "affirmed"}  # roles that judge an act, held against (for) its author
# "the deal amounts to / means / constitutes a recognition of X"
ASSESSING = cues().assessing_verbs


def blame_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X named Y as the chief cause of the unrest', 'X called Y's declaration illegal':
    X opposes Y; 'X regards Y as a worthy candidate for membership': X supports Y."""
    lexicon = cues()
    obj = first_child(verb, {"dobj"}) or twice_predicated(verb)
    called = obj.i if obj is not None else -1
    roles = [role_of(t) for c in verb.children if c.i != called and c.dep_ in {"prep", "oprd", "xcomp"} or (
        c.dep_ == "advcl" and c.pos_ in {"ADJ", "NOUN"})  # "regard X as legitimate"
             for t in c.subtree if role_of(t)]
    small = first_child(verb, {"ccomp"}) if obj is None else None
    if small is not None and small.pos_ in {"NOUN", "ADJ"}:  # "considers X a breach of Y"
        obj = first_child(small, {"nsubj"})
        told = {t.i for t in obj.subtree} if obj is not None else set()
        roles = [role_of(t) for t in small.subtree if t.i not in told and role_of(t)]
    if obj is not None and not roles:  # "calls X's actions 'dangerous'", parsed as a modifier
        roles = [role_of(t) for a in obj.children if a.dep_ == "amod" and a.i > obj.i
                 for t in (a, *a.conjuncts) if role_of(t)]
    if obj is not None and not roles:  # "regarded X's decision to do Y as a destabilising
        roles = [role_of(t) for a in obj.subtree if a.dep_ == "prep" and a.lower_ == "as"  # step"
                 for t in a.subtree if role_of(t)][:1]
    if obj is not None and not roles:  # 'calling the decision by X "an outrageous act"', the
        roles = [role_of(t) for a in obj.subtree if a.dep_ == "appos" and quoted(a)  # quote
                 for t in a.subtree if role_of(t)][:1]  # parsed as an apposition
    if obj is None or not roles or negated(verb):
        return []
    polarity = Polarity.oppose if roles[0] in lexicon.blame_nouns | {"denied"} else Polarity.support
    targets = act_owner(obj, mentions) if roles[0] in ASSESSED else []  # "X's move illegal"
    targets = targets or actors_of(obj, mentions) or (
        by_agent(verb, mentions) if roles[0] in ASSESSED else [])
    if roles[0] == "denied" and not targets:  # "X declared ... Y calls the declaration illegal"
        targets = earlier_author(obj, mentions)
    topic = topic_for(own_predicate(verb), verb.sent, allow_sentence=True)
    if topic is None and targets and targets[0].root < verb.sent.start:  # the act's own topic
        earlier = verb.doc[targets[0].root].sent
        topic = topic_for(earlier, earlier, allow_sentence=False)
    if roles[0] == "kin":
        topic = topic or "bilateral-relations"
    if not targets and roles[0] != "denied":
        return []  # an act condemned may name its topic alone ("a crime" of the bombing)
    return stances_of(verb_holders(verb, mentions), polarity, targets[0] if targets else None,
                      topic, verb)


def twice_predicated(verb: Token) -> Token | None:
    """'called Orban "the greatest friend of Serbia"' parsed with both as predicates: the
    first is the one called."""
    predicates = [c for c in verb.children if c.dep_ == "oprd"]
    first = predicates[0] if len(predicates) == 2 else None
    return first if first is not None and first.pos_ == "PROPN" else None


def quoted(phrase_head: Token) -> bool:
    start = phrase_head.left_edge.i
    return start > 0 and phrase_head.doc[start - 1].text in QUOTE_MARKS


def by_agent(verb: Token, mentions: ArticleMentions) -> list[Mention]:
    """'called the decision by X an outrageous act', the 'by X' hung on the verb: X."""
    by = first_child(verb, {"prep"}, {"by"})
    return [m for p in (by.children if by is not None else []) if p.dep_ == "pobj"
            for m in actors_of(p, mentions)]


def role_of(token: Token) -> str | None:
    """What a predicate noun makes of someone: a culprit, a worthy candidate, or kin ('a
    fraternal country', 'a reliable partner')."""
    lexicon = cues()
    lemma = token.lemma_.lower()
    if lemma in lexicon.blame_nouns | lexicon.merit_nouns:
        return lemma
    if token.pos_ == "ADJ" and lemma in lexicon.denying_predicates or (
            token.pos_ == "NOUN" and lemma in lexicon.denying_nouns):
        return "denied"  # "called the declaration illegal", "called the campaign a crime"
    if token.pos_ == "ADJ" and lemma in lexicon.affirming_predicates:
        return "affirmed"  # "regards X's position as fully legitimate"
    kindly = any(c.dep_ == "amod" and c.lower_ in lexicon.positive_relation_modifiers
                 for c in token.children)
    if lemma in lexicon.partner_nouns or kindly and lemma in lexicon.kin_nouns:
        return "kin"
    return None


def document_stance(number: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'a solution on the basis of Resolution 1244': support of the position it states."""
    verb = next((n for n in number.ancestors if n.pos_ in {"VERB", "AUX"}), None)
    if verb is None or negated(verb) or verb.lemma_.lower() in cues().violation_verbs or any(
            n.lemma_.lower() in cues().violation_nouns for n in number.ancestors):
        return []  # "X violated / is a violation of Resolution 1244": against X, not for 1244
    topic = topic_for(verb.sent, verb.sent, False) or "kosovo"
    speaking = speech_voice(number, mentions)
    holders = verb_holders(verb.sent.root, mentions) or ([speaking] if speaking else [])
    return stances_of(holders, Polarity.support, None, topic, number)


CHANGE_VERBS = cues().change_verbs  # "X's recognition of Y will not change": it stands


def recognition_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X withdrew its recognition of Kosovo' (opposition); 'X extended recognition to
    Kosovo' (support)."""
    verb = next((n for n in noun.ancestors if n.pos_ in {"VERB", "AUX"}), None)
    if verb is None or governed_by(noun, cues().asking_governors | cues().request_governors):
        return []
    if verb.lemma_.lower() in ASSESSING:
        return []  # "the deal amounted to a recognition of X": what a text implies, no stance
    if verb.lemma_.lower() in cues().verb_cues:
        return []  # "condemned / welcomed the recognition of X": the verb's stance
    recognised = [m for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "to"}
                  for m in actors_in(phrase(c), mentions)]
    recognised = recognised or [m for c in verb.children if c.dep_ in {"prep", "dative"}
                                and c.lower_ == "to" for m in actors_in(phrase(c), mentions)]
    recognised = [m for m in recognised if m.kind == ActorKind.country]  # states recognise states
    if not recognised:
        return []
    undoing = cues().withdrawal_verbs | CHANGE_VERBS  # "is not going to change"
    withdrawn = verb.lemma_.lower() in undoing or any(
        c.dep_ == "xcomp" and c.lemma_.lower() in undoing for c in verb.children) or any(
        n.lemma_.lower() in cues().withdrawal_nouns for n in noun.ancestors if n.i != verb.i
        and verb in n.ancestors)  # "announced the withdrawal of its recognition of X"
    polarity = Polarity.oppose if withdrawn != negated(verb) else Polarity.support
    topic = "kosovo" if recognised[0].actor_id == "kosovo" else None
    # "the US recognition of Kosovo will not change": the recogniser is the possessor
    named = owner(noun, mentions) if not pronoun_owner(noun) else []  # "its": the clause's
    holders = named or verb_holders(verb, mentions) or owner(noun, mentions)
    return stances_of(holders, polarity, recognised[0], topic, noun)


def application_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'Montenegro submitted its application for EU membership', 'its application to join
    the EU', 'a membership application to the EU': support of that topic."""
    verb = next((n for n in noun.ancestors if n.pos_ in {"VERB", "AUX"}), None)
    topic = topic_for(applied_for(noun, verb), noun.sent, False)
    if topic is None:
        return []
    named = owner(noun, mentions) if not pronoun_owner(noun) else []
    clause = verb_holders(verb, mentions) if verb is not None else []
    if named and (noun.dep_ == "pobj" or clause and not {m.actor_id for m in named} & {
            m.actor_id for m in clause}):
        return []  # "Y backed (threw its weight behind) X's bid to join the EU": Y's stance
    return stances_of(named or clause, Polarity.support, body_applied_to(
        applied_for(noun, verb), mentions), topic, noun)


def body_applied_to(span: Span, mentions: ArticleMentions) -> Mention | None:
    """The organisation an application is for ('to join the EU', 'EU membership')."""
    return next((m for m in actors_in(span, mentions) if m.kind == ActorKind.organisation), None)


def pronoun_owner(noun: Token) -> bool:
    """"its application": the applicant is the clause's subject, not the last state named."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)


def applying_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X applied for membership of the EU', 'applied to join the EU': X supports joining."""
    asked = next((c for c in verb.children if c.dep_ == "xcomp" or (
        c.dep_ == "prep" and c.lower_ == "for")), None)
    if asked is None or negated(verb):
        return []
    span = verb.doc[asked.i:asked.right_edge.i + 1]
    topic = topic_for(span, verb.sent, False)
    return stances_of(verb_holders(verb, mentions), Polarity.support,
                      body_applied_to(span, mentions), topic, verb) if topic else []


def applied_for(noun: Token, verb: Token | None) -> Span:
    """What an application asks for: its modifiers ('EU membership application'), its 'for'
    or 'to' phrase or clause, or the 'to' phrase of the verb it is the object of ('submitted a
    membership application to the EU')."""
    start = min([noun] + [c.left_edge for c in noun.children if c.dep_ in {"compound", "amod"}])
    ends = [noun] + [c.right_edge for c in noun.children if c.dep_ == "acl" or (
        c.dep_ == "prep" and c.lower_ in {"for", "to"})]
    if verb is not None and noun.head.i == verb.i:
        ends += [c.right_edge for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                 and c.i > noun.i]
    return noun.doc[start.i:max(t.i for t in ends) + 1]


def commitment_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'the sides confirmed their willingness to keep peacekeepers in Kosovo': support of the
    topic of what they are resolved to do."""
    lexicon = cues()
    plan = first_child(noun, {"acl", "xcomp", "prep"})
    topic = topic_for(phrase(plan), noun.sent, False) if plan is not None else None
    verb = next((n for n in noun.ancestors if n.pos_ in {"VERB", "AUX"}), None)
    if topic not in lexicon.sustain_topics or verb is None or negated(verb) \
            or verb.lemma_.lower() not in lexicon.expressing_verbs:
        return []
    holders = owner(noun, mentions) or verb_holders(verb, mentions)
    target = backed(plan, mentions, states_only=True)[0] if (
        plan.dep_ == "prep" and topic == "territorial-integrity") else None
    return stances_of(holders, Polarity.support, target, topic, noun)  # "... integrity of X"
