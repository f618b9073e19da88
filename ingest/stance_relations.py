"""Stances that relations and assessments carry: 'friendly ties between X and Y', 'Y is our
strategic partner', 'your principled position', 'gratitude to X', and what a speaker (or a
quoted statement) asserts about an actor: 'Kosovo's independence is irreversible'."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind, Polarity
from ingest.nlp import span_text
from ingest.stance_actors import (
    SECOND_PERSON,
    actors_of,
    clause_subjects,
    first_person,
    owner,
    speech_voice,
)
from ingest.stance_base import (
    StanceCandidate,
    actors_in,
    first_child,
    phrase,
    stances_of,
    topic_for,
    verb_holders,
)
from ingest.stance_clauses import assertion_holders, partner_slot
from ingest.stance_cues import cues
from ingest.stance_denials import against_the_law
from ingest.stance_guests import sole_guest
from ingest.stance_pairs import they_pair
from ingest.syntax import actors_at, negated, reporting_speaker

BOTH_SIDES = re.compile(r"\b(?:our|two|both) (?:countries|peoples|nations|states)\b", re.I)
NOUN_LINKS = {"dobj", "nsubj", "nsubjpass", "pobj", "prep", "conj", "appos", "attr", "agent"}
SETTING_PREPS = cues().setting_preps
ABOUT_PREPS = cues().relation_about_preps


def governing_verb(noun: Token) -> Token | None:
    node = noun
    while node.dep_ in NOUN_LINKS and node.head.i != node.i:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def sustained(verb: Token | None) -> bool:
    """'develop our relations', 'ties will continue to develop', 'value the partnership'."""
    if verb is None or negated(verb):
        return False
    lexicon = cues()
    words = lexicon.relation_verbs | lexicon.sustain_verbs
    near = [verb, *(c for c in verb.children if c.dep_ in {"xcomp", "conj"})]
    return any(v.lemma_.lower() in words for v in near)


def growing(verb: Token | None, noun: Token) -> bool:
    """'develop cooperation', 'deepen ties' (not 'maintain contact', a courtesy)."""
    return verb is not None and not negated(verb) and noun.lemma_.lower() not in {
        "contact"} and verb.lemma_.lower() in cues().relation_verbs


def relation_parties(noun: Token, mentions: ArticleMentions) -> list[Mention]:
    """Actors a relation phrase names, but not the setting: 'ties in the EAEU', 'cooperation
    in the trilateral format' name where the parties meet, not a party."""
    settings = [phrase(c) for c in noun.children if c.dep_ == "prep" and c.lower_ in SETTING_PREPS]
    return [m for m in actors_in(phrase(noun), mentions)
            if not any(span.start <= m.root < span.end for span in settings)]


def ours(noun: Token) -> bool:
    """'our relations', 'relations between our two states', and the predicate of 'our
    relationship is an allied relationship'."""
    subject = first_child(noun.head, {"nsubj"}) if noun.dep_ == "attr" else noun
    if subject is None:
        return False
    return any(c.dep_ == "poss" and c.lower_ == "our" for c in subject.children) or bool(
        BOTH_SIDES.search(phrase(subject).text))


def relation_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'friendly ties between Norway and X' in one's own words, 'X expressed confidence that
    relations will develop', 'agreed to restore Russia-EU dialogue': support of the other
    party."""
    lexicon = cues()
    modifiers = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound"}}
    positive = bool((modifiers | described_as(noun)) & lexicon.positive_relation_modifiers)
    verb = governing_verb(noun)
    parties = owner(noun, mentions) + relation_parties(noun, mentions)
    named = [p for p in parties if p.via != "speaker"]  # "our relations" names nobody
    if len({p.actor_id for p in named}) > 2 or "multilateral" in modifiers:
        return []  # cooperation among many states is multilateral, not a relation
    expresser = next((n for n in noun.ancestors
                      if n.lemma_.lower() in lexicon.relation_expressing), None)
    if expresser is not None:
        holders = clause_subjects(expresser, mentions) or [
            m for c in expresser.children if c.dep_ == "nsubj" for m in they_pair(c, mentions)]
    else:
        speaking = speech_voice(noun, mentions)
        holders = [speaking] if speaking else []
    pair = expresser is not None and len({h.actor_id for h in holders}) == 2
    guest = sole_guest(noun, mentions) if not (named or expresser) and ours(noun) else None
    if guest is not None:  # a host to the one guest: "our relations are developing"
        named = parties = [guest]
    if not named and pair and (positive or growing(verb, noun)):
        # "X and Y agreed to pursue close cooperation", "... their determination to develop it"
        named = parties = holders[:2]
    if not (named or positive) or not (sustained(verb) or (positive and parties)) or any(
            n.lemma_.lower() in lexicon.discussion_verbs for n in noun.ancestors):
        return []
    if not named and not BOTH_SIDES.search(span_text(noun.sent)):
        return []  # "close ties in sport": whose ties, with whom?
    topic = topic_for(phrase(noun), noun.sent, False) or "bilateral-relations"
    return [StanceCandidate(h, Polarity.support, None, topic, noun.sent, noun, parties=named)
            for h in holders[:2]]


def described_as(noun: Token) -> set[str]:
    """'Our relations are of a truly strategic nature': the modifiers of the 'of' phrase a
    copula predicates of the subject."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ != "be" or negated(verb):
        return set()
    return {a.lower_ for p in verb.children if p.dep_ == "prep" and p.lower_ == "of"
            for n in p.children if n.dep_ == "pobj" for a in n.children if a.dep_ == "amod"}


def copula_subject(verb: Token, mentions: ArticleMentions) -> list[Mention]:
    found = clause_subjects(verb, mentions)
    if not found and verb.dep_ == "relcl" and verb.head.dep_ == "appos":
        found = actors_at(verb.head.head, mentions)  # "Norway, a country which has long been ..."
    return found


def partner_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'Y is a valued partner', 'Y, our strategic partner', 'X is still a loyal friend
    of Y': the speaking side supports the other one."""
    lexicon = cues()
    modifiers = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound"}}
    slot = partner_slot(noun)
    if slot.dep_ == "attr" and not negated(slot.head):
        subject_side = copula_subject(slot.head, mentions)
    elif slot.dep_ == "appos":
        subject_side = actors_at(slot.head, mentions)
    elif slot.dep_ == "prep" and slot.head.lemma_ == "be" and not negated(slot.head):
        subject_side = copula_subject(slot.head, mentions)  # "X is among our partners"
    else:
        return []
    defends = noun.lemma_.lower() in lexicon.defender_nouns  # "defender of Y's integrity"
    other_side = owner(noun, mentions) + [
        m for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "for", "to"}
        for p in c.children if p.dep_ == "pobj"
        for m in actors_of(p, mentions) or (owner(p, mentions) if defends else [])]
    topic = (topic_for(phrase(noun), noun.sent, False) if defends else None) or "bilateral-relations"
    if not subject_side or not (other_side or modifiers & lexicon.positive_relation_modifiers):
        return []
    if modifiers & lexicon.trade_modifiers and not modifiers & lexicon.positive_relation_modifiers:
        return []  # "the main trading partner of X": a statistic, not a position
    reported = reporting_speaker(noun, mentions)
    voice = speech_voice(noun, mentions)
    if voice is not None and reported and voice.actor_id not in {m.actor_id for m in reported}:
        return []  # the voice of a transcript tells what another said ("he said you were ...")
    speaking = voice or next(
        (m for m in other_side if m.via == "speaker"), None) or next(  # '"X is our friend," Y said'
        iter(reported if other_side else []), None)
    # 'Y said X was a friend of Z': Y's side holds it (stance_settle.settle)
    if not other_side and len({m.actor_id for m in subject_side}) > 1:
        # 'Y said X and Z were strategic partners': the speaker's side backs the other
        speakers = [speaking] if speaking else reporting_speaker(noun, mentions)[:1]
        return [StanceCandidate(h, Polarity.support, None, "bilateral-relations", noun.sent,
                                noun, parties=subject_side) for h in speakers]
    if speaking is None:
        return []  # a reporter's description, not a position taken
    holder = other_side[0] if other_side else speaking
    return [StanceCandidate(holder, Polarity.support, subject_side[0], topic,
                            noun.sent, noun, sides=(subject_side, other_side))]


def position_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'your principled stance on X has helped us': the speaker supports the addressee;
    "Serbia's principled position on Kosovo": Serbia's stance on that topic."""
    lexicon = cues()
    if not {c.lower_ for c in noun.children if c.dep_ == "amod"} & lexicon.position_modifiers:
        return []
    verb = governing_verb(noun)
    if verb is not None and verb.lemma_.lower() in (
            lexicon.support_verbs | lexicon.oppose_verbs | lexicon.gratitude):
        return []  # "welcomed / thanked X for its firm position": the verb's own stance
    about = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ABOUT_PREPS]
    span = phrase(about[0]) if about else None
    topic = topic_for(span, noun.sent, allow_sentence=span is None)
    holders = owner(noun, mentions)
    if any(c.dep_ == "poss" and c.lower_ in SECOND_PERSON for c in noun.children):
        speaking = first_person(noun, mentions)
        return stances_of([speaking] if speaking else [], Polarity.support,
                          holders[0] if holders else None, topic, noun)
    return stances_of(holders, Polarity.support, None, topic, noun)  # a view "on X" backs no X


def gratitude_stance(noun: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'voiced her gratitude to X, which helped stop the floods': support of X."""
    to = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if to is None:
        verb = governing_verb(noun)
        to = next((c for c in (verb.children if verb is not None else [])
                   if c.dep_ in {"prep", "dative"} and c.lower_ == "to"), None)
    thanked = [m for p in (to.children if to is not None else []) if p.dep_ == "pobj"
               for m in actors_of(p, mentions)]
    topic = topic_for(phrase(noun), noun.sent, False)
    verb = governing_verb(noun)
    own_position = verb is not None and any(  # "gratitude to X for its balanced position"
        t.lemma_.lower() in cues().position_nouns and any(c.dep_ == "poss" for c in t.children)
        for t in verb.subtree)
    if not thanked or topic is None and not own_position or verb is None:
        return []
    return stances_of(verb_holders(verb, mentions), Polarity.support, thanked[0], topic, noun)


def readiness_stance(adjective: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X was not ready to move forward on the Association', told by Y: Y opposes X on it;
    'X is ready to continue the dialogue': X supports it."""
    copula = adjective.head
    asked = first_child(adjective, {"xcomp"})
    if adjective.dep_ != "acomp" or asked is None or "?" in span_text(adjective.sent):
        return []
    subject = first_child(copula, {"nsubj"})
    doers = actors_of(subject, mentions) if subject is not None else []
    topic = topic_for(phrase(asked), adjective.sent, allow_sentence=False)
    if not doers or topic is None:
        return []
    if not (negated(copula) or negated(adjective)):
        if asked.lemma_.lower() not in cues().pursuing_verbs:
            return []  # "ready to abandon / walk away from / report": no backing of the topic
        if asked.lemma_.lower() in cues().verb_cues | cues().cooperating_verbs:
            return []  # "ready to support X": the verb's own stance; "willing to work
            # with X": a courtesy
        return stances_of(doers[:1], Polarity.support, None, topic, adjective)
    if doers[0].kind != ActorKind.person:
        return []  # "Serbia is not ready to ...": a state's own refusal, its verb's stance
    tellers = [h for h in assertion_holders(adjective, mentions)
               if h.actor_id not in {d.actor_id for d in doers}]
    return stances_of(tellers[:1], Polarity.oppose, doers[0], topic, adjective)


def adjective_rules(adjective: Token, mentions: ArticleMentions) -> list[StanceCandidate]:
    """'X is a fully independent country', 'X's statehood is irreversible' (support);
    'the annexation is illegal' (opposition to the actor named)."""
    lexicon = cues()
    lemma = adjective.lemma_.lower()
    if lemma in lexicon.readiness_adjectives:
        return readiness_stance(adjective, mentions)
    if against_the_law(adjective):
        lemma = "illegal"  # "is contrary to international law"
    if lemma not in lexicon.affirming_predicates | lexicon.denying_predicates:
        return []
    if adjective.dep_ == "acomp":
        copula = adjective.head
    elif adjective.dep_ == "amod" and adjective.head.dep_ == "attr":
        copula = adjective.head.head
    else:
        return []
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    clause = first_child(adjective, {"xcomp"}) or first_child(copula, {"ccomp"})
    judged_clause = subject is not None and subject.lower_ == "it" and clause is not None
    if judged_clause:  # "it would be wrong to impose X" (no one's act), "it is unacceptable
        subject = clause  # that Y blocks Z" (Y's)
        doer = first_child(clause, {"nsubj"})
        targets = actors_of(doer, mentions) if doer is not None else []
    else:
        targets = actors_in(phrase(subject), mentions) if subject is not None else []
    told = {t.i for c in (subject.children if subject is not None else []) if c.dep_ == "relcl"
            for t in c.subtree}  # "a plan that imposes a deal on X is unacceptable": not X
    targets = [m for m in targets if m.root not in told]
    polarity = Polarity.support if lemma in lexicon.affirming_predicates else Polarity.oppose
    topic = topic_for(phrase(subject), adjective.sent, allow_sentence=bool(targets))
    if negated(copula) or not (targets or (
            polarity == Polarity.oppose and topic in lexicon.concern_topics)):
        return []  # no actor: only "sanctions are illegitimate" and the like
    return stances_of(assertion_holders(adjective, mentions), polarity,
                      targets[0] if targets else None, topic, adjective)

