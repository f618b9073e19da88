"""Settling a stance candidate: who holds it once a state's position is voiced by its own
official, which party of a relation is the target, and no stance towards one's own side."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.dictionary import Dictionary
from ingest.mentions import ArticleMentions, Mention
from ingest.models import ActorKind
from ingest.stance_actors import FIRST_PERSON, clause_subjects, speech_voice, voice
from ingest.stance_base import StanceCandidate, verb_holders
from ingest.stance_cues import cues
from ingest.stance_pronouns import closing_attribution
from ingest.syntax import REPORTING, climb, reporting_speaker, subjects

CLOSING_QUOTES = {"”", '"', "»"}
DASHES = {"-", "–", "—", "--"}


def speaker_holds(candidate: StanceCandidate, mentions: ArticleMentions,
                  dictionary: Dictionary) -> Mention:
    """A state's position voiced by one of its own officials ('X said', 'X confirmed the
    state's position') is held by that official."""
    if candidate.holder.kind != ActorKind.country:
        return candidate.holder
    speaking = voice(candidate.sentence, mentions) or speech_voice(candidate.cue, mentions)
    for speaker in [*reporting_speaker(candidate.cue, mentions), *([speaking] if speaking else []),
                    *trailing_reporter(candidate.cue, mentions), *expresser(candidate.cue, mentions),
                    *filter(None, [closing_attribution(candidate.cue, mentions)])]:
        entry = dictionary.entries.get(speaker.actor_id)
        if entry and entry.kind == ActorKind.person and entry.country == candidate.holder.actor_id:
            return speaker
    return candidate.holder


def expresser(cue: Token, mentions: ArticleMentions) -> list[Mention]:
    """"Putin confirmed Russia's principled position": who voices the state's position."""
    for _, node in climb(cue):
        if node.lemma_.lower() in cues().expressing_verbs:
            return clause_subjects(node, mentions) or verb_holders(node, mentions)
    return []


def trailing_reporter(cue: Token, mentions: ArticleMentions) -> list[Mention]:
    """'"X is on its path," Y told reporters': the reporter after the closing quote, when
    the parser hung the reporting verb inside the quotation."""
    sentence = cue.sent
    closing = next((t for t in sentence if t.i > cue.i and t.text in CLOSING_QUOTES), None)
    if closing is None:
        return []
    return [m for t in sentence if t.i > closing.i and t.lemma_ in REPORTING
            for m in subjects(t, mentions)][:1]


def home(mention: Mention, dictionary: Dictionary, mentions: ArticleMentions) -> str | None:
    """The state an actor stands for: a person's country, or the state itself."""
    entry = dictionary.entries.get(mention.actor_id)
    if entry is None:
        return mentions.new_people_country.get(mention.actor_id)
    return entry.country if entry.kind == ActorKind.person else entry.id


def told_of(candidate: StanceCandidate) -> bool:
    """A relation noun with no 'our'/'we' in its phrase: others' relation, told of."""
    cue = candidate.cue
    return cue.lemma_.lower() in cues().relation_nouns and not any(
        t.lower_ in FIRST_PERSON for t in cue.subtree)


def settle(candidate: StanceCandidate, mentions: ArticleMentions, dictionary: Dictionary
           ) -> StanceCandidate | None:
    """Relations name parties, not a target: the target is the party other than the
    holder's own side; 'X is a friend of Y' is held by the side that speaks."""
    if candidate.sides is not None:
        subject_side, other_side = candidate.sides
        speaking = speech_voice(candidate.cue, mentions)
        reported = [] if speaking else reporting_speaker(candidate.cue, mentions)[:1]
        speaking = speaking or next(iter(reported), None)
        ours = {speaking.actor_id, home(speaking, dictionary, mentions)} if speaking else set()
        if (reported or other_side) and not ours & {m.actor_id for m in subject_side + other_side}:
            return None  # 'Y said X was a friend of Z': a third party's (or unknown side's) view
        if other_side and ours & {m.actor_id for m in subject_side}:
            candidate.holder, candidate.target = subject_side[0], other_side[0]
    elif candidate.parties is not None:
        if home(candidate.holder, dictionary, mentions) is None:
            return None  # whose relations? the holder's state is unknown
        own = {candidate.holder.actor_id, home(candidate.holder, dictionary, mentions)}
        others = [p for p in candidate.parties if p.actor_id not in own
                  and home(p, dictionary, mentions) not in own]
        if candidate.parties and not others:
            return None  # "restoring its relations with Russia": the other side is unnamed
        if len({p.actor_id for p in others}) > 1 and told_of(candidate):
            return None  # "Britain's special relationship with the US": told of, not held
        candidate.target = others[0] if others else None
    return candidate if candidate.target is not None or candidate.topic else None


def own_side(candidate: StanceCandidate, mentions: ArticleMentions, dictionary: Dictionary
             ) -> StanceCandidate | None:
    """Nobody takes a stance towards themselves or their own state: such a target goes."""
    target = candidate.target
    own = {candidate.holder.actor_id, home(candidate.holder, dictionary, mentions)}
    if target is not None and target.actor_id in own:
        candidate.target = None
        if candidate.sides is not None:
            return None  # "he is our partner", said of oneself
    if candidate.cue.lemma_.lower() in cues().wish_verbs and (
            target is None or home(target, dictionary, mentions) in own | {None}):
        return None  # wishing a compatriot or a stranger luck is courtesy
    return candidate if candidate.target is not None or candidate.topic else None


def settled_stances(found: list[StanceCandidate], mentions: ArticleMentions,
                    dictionary: Dictionary) -> list[StanceCandidate]:
    """A sentence's stance candidates, each settled (holder, target), the duplicates gone."""
    settled = []
    for candidate in found:
        if dateline(candidate.holder, candidate.sentence) or saluted(candidate.cue):
            continue
        if candidate.target is not None and participle_agent(candidate.target, candidate.cue.doc):
            candidate.target = None  # "backs the EU-facilitated dialogue": the EU facilitates it
        if settle(candidate, mentions, dictionary) is None:
            continue
        candidate.holder = speaker_holds(candidate, mentions, dictionary)
        if candidate.holder.kind != ActorKind.media and own_side(candidate, mentions, dictionary):
            settled.append(candidate)
    for candidate in settled:
        if candidate.holder.kind == ActorKind.person:
            candidate.home = home(candidate.holder, dictionary, mentions)
    return without_addressees(without_title_bodies(settled, mentions))


def without_title_bodies(found: list[StanceCandidate], mentions: ArticleMentions
                         ) -> list[StanceCandidate]:
    """'NATO Secretary General Jens Stoltenberg condemned X': one stance, the person's; the
    body his title names is no second holder of the same stance."""
    by_people = {told(c) for c in found if c.holder.kind == ActorKind.person}
    return [c for c in found if not (told(c) in by_people and title_body(c.holder, c.cue.doc, mentions))]


def dateline(holder: Mention, sentence) -> bool:
    """'Belgrade (AFP) - X hailed ...': the place of a dateline holds nothing."""
    after = [t for t in sentence if t.idx >= holder.end][:6]
    closing = next((i for i, t in enumerate(after) if t.text.startswith(")")), None)
    return bool(after) and after[0].text == "(" and closing is not None and (
        closing + 1 < len(after) and after[closing + 1].text in DASHES
        or after[closing].text[1:] in DASHES)


def participle_agent(mention: Mention, doc) -> bool:
    """'EU' in 'the EU-facilitated dialogue', 'US-brokered deal', 'London-based firm': a go-
    between or a place, not the one backed."""
    token = doc[mention.root]
    return token.dep_ in {"npadvmod", "compound"} and token.head.tag_ == "VBN" and (
        token.head.dep_ == "amod") and token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and (
        token.head.lower_ in cues().go_between_participles)  # not 'the US-led coalition


def saluted(cue: Token) -> bool:
    """'Dear President Erdogan, dear friend': a salutation, no stance."""
    return any(c.dep_ == "amod" and c.lower_ in cues().salutation_words for c in cue.children)


def without_addressees(found: list[StanceCandidate]) -> list[StanceCandidate]:
    """'Journalist: President Erdogan, Turkey recognised Kosovo.': the person named before
    the comma is addressed; the clause's subject holds the stance."""
    addressed = {id(c) for c in found if c.holder.kind == ActorKind.person and addressee(c)
                 and any(o.cue.i == c.cue.i and o.holder.kind != ActorKind.person for o in found)}
    return [c for c in found if id(c) not in addressed]


def addressee(c: StanceCandidate) -> bool:
    """A person's name (with its title) that opens its sentence (or a speaker's line) and
    is closed by a comma."""
    sentence, holder = c.sentence, c.holder
    first = next((t for t in sentence if t.idx >= holder.start), None)
    last = next((t for t in reversed(sentence) if t.idx < holder.end), None)
    if first is None or last is None or last.i + 1 >= sentence.end:
        return False
    while first.i > sentence.start and first.nbor(-1).dep_ == "compound":
        first = first.nbor(-1)  # the title: "President", "Mr"
    opens = first.i == sentence.start or first.nbor(-1).text.endswith(":")
    return opens and last.nbor(1).text == ","


def told(c: StanceCandidate) -> tuple:
    """What a stance says, whoever holds it."""
    return c.cue.i, c.polarity, c.target.actor_id if c.target else None, c.topic


def title_body(holder: Mention, doc, mentions: ArticleMentions) -> bool:
    token = doc[holder.root]
    named = mentions.at_token(token.head.i)
    return (holder.kind != ActorKind.person and token.dep_ == "compound" and named is not None
            and named.kind == ActorKind.person)
