"""Stance forms beyond the plain support/oppose verbs: keeping or ending a state of affairs
('guarantee the security of X', 'lifting of sanctions'), helping, thanking, agreeing, wishing
success, sanctions, and what a speaker asserts ('X violates international law')."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ingest.mentions import ArticleMentions, Mention
from ingest.models import Polarity
from ingest.stance_actors import FIRST_PERSON, actors_of, owner, speech_voice
from ingest.stance_acts import deferred_party, earlier_author
from ingest.stance_agreement import (
    close_view_stance,
    coinciding_view_stance,
    concern_stance,
    shared_view_stance,
    sympathy_stance,
)
from ingest.stance_base import (
    StanceCandidate,
    actors_in,
    first_child,
    governed_by,
    object_author,
    phrase,
    predicate,
    stances_of,
    topic_for,
    verb_holders,
)
from ingest.stance_clauses import narrates_a_meeting, restates_a_clause, said_by_someone
from ingest.stance_cues import cues
from ingest.stance_endings import obliged_restraint_stance, restraint_lemmas
from ingest.stance_protests import envoy_action_stance, protest_note_stance
from ingest.stance_relations import (
    assertion_holders,
    gratitude_stance,
    partner_stance,
    position_stance,
    relation_stance,
)
from ingest.stance_sanctions import (
    failed_sanctions_stance,
    frozen_assets_stance,
    listed_stance,
    measures_against_stance,
    sanction_stance,
)
from ingest.stance_states import (
    application_stance,
    applying_stance,
    blame_stance,
    commitment_stance,
    recognition_stance,
)
from ingest.stance_thanks import appreciated_position_stance, each_target, thank_stance
from ingest.syntax import negated

OBJECTS = {"dobj", "nsubjpass"}


def sustain_stance(verb: Token, mentions: ArticleMentions, polarity: Polarity
                   ) -> list[StanceCandidate]:
    """'guarantee the territorial integrity of X', 'prevent an escalation',
    'lift the sanctions': support (or opposition) of the topic the object names."""
    lexicon = cues()
    if negated(verb) or narrates_a_meeting(verb) or governed_by(
            verb, lexicon.asking_governors | lexicon.verb_cues | lexicon.gratitude
            | lexicon.support_nouns):
        return []
    obj = first_child(verb, OBJECTS)
    topic = topic_for(phrase(obj), verb.sent, False) if obj is not None else None
    predicate_topic = topic_for(predicate(verb), verb.sent, False)
    if topic is None and predicate_topic == "regional-security":
        topic = predicate_topic  # "keep the region calm and secure"
    owned = chosen_by(obj, mentions) if obj is not None else []
    others_choice = topic in lexicon.others_choice_topics and bool(owned)  # "Serbia's neutrality"
    if not others_choice and (topic not in lexicon.sustain_topics or (obj is not None and any(
            c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in obj.children))):
        return []  # "protect our territorial integrity": one's own cause
    targets = (owned or actors_in(phrase(obj), mentions)) if obj is not None else []
    targets = [m for m in targets if m.via != "speaker"]  # "defend our integrity"
    speaking = speech_voice(verb, mentions)
    holders = verb_holders(verb, mentions) or ([speaking] if speaking else [])
    if polarity == Polarity.oppose or not targets:
        return stances_of(holders, polarity, None, topic, verb)
    return each_target(holders, polarity, targets[:1], topic, verb)


def chosen_by(obj: Token, mentions: ArticleMentions) -> list[Mention]:
    """Whose the object is: "Serbia's neutrality", "the policy of neutrality pursued by X"."""
    nouns = [obj] + [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"]
    return next((found for n in nouns if (found := owner(n, mentions)
                                          or object_author(n, mentions))), [])


def help_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'help X during the flu epidemic': support of the one helped."""
    obj = first_child(verb, {"dobj"})
    if negated(verb) or governed_by(verb, cues().asking_governors):
        return []
    if obj is None:
        return helped_success(verb, mentions)
    targets = [m for m in actors_of(obj, mentions) if m.via != "speaker"]
    topic = topic_for(predicate(verb), verb.sent, False)
    if not targets or topic is None:
        return []
    return each_target(verb_holders(verb, mentions), Polarity.support, targets, topic, verb)


def helped_success(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'ready to help the parties make the dialogue a success': support of what is to
    succeed."""
    complement = first_child(verb, {"ccomp", "xcomp"})
    if complement is None or not any(t.lemma_.lower() in cues().success_words
                                     for t in complement.subtree):
        return []
    topic = topic_for(phrase(complement), verb.sent, False)
    return stances_of(verb_holders(verb, mentions), Polarity.support, None, topic, verb) if (
        topic) else []


def agree_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'I subscribe to all that X has said', 'agree with X', 'share your view'."""
    lemma = verb.lemma_.lower()
    if lemma == "share":
        obj = first_child(verb, {"dobj"})
        if obj is None or obj.lemma_.lower() not in {"opinion", "view", "position", "assessment",
                                                      "concern", "approach", "vision"}:
            return []
        targets = owner(obj, mentions) or actors_in(phrase(obj), mentions)
    else:
        prep = first_child(verb, {"prep"}, {"to"} if lemma == "subscribe" else {"with"})
        if prep is not None and not said_by_someone(prep):
            return []  # "agree an annex, with X named as the venue": a clause, not a party
        targets = actors_in(phrase(prep), mentions) if prep is not None else []
        targets = targets or [m for c in (prep.children if prep is not None else [])
                              if c.dep_ == "pobj" for m in actors_of(c, mentions)]
    targets = [m for m in targets if m.via != "speaker"]  # "I agree with you": a reply
    if not targets:
        return []
    polarity = Polarity.oppose if negated(verb) else Polarity.support
    return stances_of(verb_holders(verb, mentions), polarity, targets[0], None, verb)


def wish_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'I wish you success', 'wished X luck in his work': support of X."""
    lexicon = cues()
    if not any(t.lemma_.lower() in lexicon.wish_objects for t in verb.children):
        return []
    targets = [m for c in verb.children if c.dep_ in {"dative", "dobj", "nsubj"} and c.i > verb.i
               for m in actors_of(c, mentions)]
    for prep in (c for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"):
        targets += [m for p in prep.children if p.dep_ == "pobj" for m in actors_of(p, mentions)]
    targets = [m for m in targets if m.via != "speaker" or m.text.lower() in {"you", "your"}]
    return each_target(verb_holders(verb, mentions), Polarity.support, targets[:1], None, verb)


def violation_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'The annexation of the island violates international law': the speaker
    opposes the actor the subject names."""
    obj = first_child(verb, {"dobj"})
    if obj is None or obj.lemma_.lower() not in cues().violated_objects or negated(verb):
        return []
    subject = first_child(verb, {"nsubj"}) or (  # "X continues to threaten Y's integrity"
        first_child(verb.head, {"nsubj"}) if verb.dep_ == "xcomp" else None)
    targets = (actors_in(phrase(subject), mentions) or earlier_author(subject, mentions)
               if subject is not None else [])  # "the declaration violates X", told before
    holders = assertion_holders(verb, mentions)
    if not targets or not holders:
        return []
    topic = topic_for(phrase(subject), verb.sent, allow_sentence=True)
    return stances_of(holders, Polarity.oppose, targets[0], topic, verb)


def deferring_stance(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'Moscow will accept any agreement acceptable to Belgrade': support of Belgrade (to
    accept one given thing is often a courtesy; any outcome another accepts is backing)."""
    obj = first_child(verb, {"dobj"})
    if obj is None or negated(verb) or not any(c.dep_ == "det" and c.lower_ == "any"
                                               for c in obj.children):
        return []
    party = deferred_party(obj, mentions)
    if not party:
        return []
    topic = topic_for(phrase(obj), verb.sent, False) or topic_for(verb.sent, verb.sent, True)
    return stances_of(verb_holders(verb, mentions), Polarity.support, party[0], topic, verb)


def verb_rules(verb: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    lemma, lexicon = verb.lemma_.lower(), cues()
    sustained = sustain_stance(verb, mentions, Polarity.support) if (
        lemma in lexicon.sustain_verbs) else []
    if sustained:
        return sustained
    ended = sustain_stance(verb, mentions, Polarity.oppose) if lemma in lexicon.end_verbs else []
    if ended:
        return ended  # ("will not lift the sanctions": the sanction rule's)
    return [c for rule in verb_rules_by_lemma().get(lemma, ()) for c in rule(verb, mentions)]


NOTE_NOUNS = cues().note_nouns | cues().protest_documents
VIEW_NOUNS = cues().view_nouns - cues().position_nouns  # 'view', not 'position'
PARTNER_NOUNS = cues().partner_nouns | cues().defender_nouns


@lru_cache(maxsize=1)
def verb_rules_by_lemma() -> dict[str, tuple]:
    """Lemma -> the verb rules it starts, in the order they run (built once: a verb is read
    by every rule whose word list holds its lemma)."""
    lexicon = cues()
    rules = [(lexicon.help_verbs, help_stance), (lexicon.thank_verbs, thank_stance),
             (lexicon.agree_verbs, agree_stance), (lexicon.wish_verbs, wish_stance),
             (lexicon.sanction_verbs | lexicon.sanctioning_verbs | lexicon.easing_verbs
              | lexicon.stalling_verbs,
              sanction_stance), (lexicon.acting_verbs, measures_against_stance),
             (lexicon.appreciating_verbs, appreciated_position_stance),
             (lexicon.applying_verbs, applying_stance),
             (lexicon.violation_verbs, violation_stance), (lexicon.blame_verbs, blame_stance),
             ({"share"}, shared_view_stance), (lexicon.coincide_verbs, coinciding_view_stance),
             (lexicon.freezing_verbs, frozen_assets_stance), (lexicon.listing_verbs, listed_stance),
             (lexicon.failing_verbs, failed_sanctions_stance),
             (lexicon.envoy_actions, envoy_action_stance), ({"accept"}, deferring_stance),
             (restraint_lemmas(), obliged_restraint_stance)]
    by_lemma: dict[str, list] = {}
    for words, rule in rules:
        for word in words:
            by_lemma.setdefault(word, []).append(rule)
    return {word: tuple(found) for word, found in by_lemma.items()}


def noun_rules(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    lemma, lexicon = noun.lemma_.lower(), cues()
    if lemma in lexicon.end_nouns:
        of = first_child(noun, {"prep"}, {"of"})
        topic = topic_for(phrase(of), noun.sent, False) if of is not None else None
        verb = next((n for n in noun.ancestors if n.pos_ in {"VERB", "AUX"}), None)
        holders = verb_holders(verb, mentions) if verb is not None else []
        return stances_of(holders, Polarity.oppose, None, topic, noun) if topic else []
    if lemma in lexicon.gratitude:
        return gratitude_stance(noun, mentions)
    if lemma in NOTE_NOUNS:
        return protest_note_stance(noun, mentions)
    if lemma in lexicon.concern_nouns:
        return concern_stance(noun, mentions)
    if lemma in lexicon.sympathy_nouns:
        return sympathy_stance(noun, mentions)
    if lemma in VIEW_NOUNS:
        return close_view_stance(noun, mentions)
    if lemma in lexicon.recognition_nouns:
        return recognition_stance(noun, mentions)
    if lemma in lexicon.application_nouns:
        return application_stance(noun, mentions)
    if lemma in lexicon.commitment_nouns:
        return commitment_stance(noun, mentions)
    if lemma in lexicon.relation_nouns:
        return relation_stance(noun, mentions)
    if lemma in PARTNER_NOUNS:
        return partner_stance(noun, mentions)
    if lemma in lexicon.position_nouns and not restates_a_clause(noun):
        return position_stance(noun, mentions) + close_view_stance(noun, mentions)
    return []
