"""The event-side word lists of ingest/data/event_cues.yaml (what names an event and who
takes part), validated on load. Each section is named after the module that reads it; the
when-and-whether lists are in ingest/event_time_cues.py."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict

from ingest.data_file import load_validated
from ingest.models import EventKind

DATA = Path(__file__).resolve().parent / "data" / "event_cues.yaml"


def word_list(words: Any) -> list[str]:
    """A non-empty list of distinct lower-case words or phrases (lemmas where the rule reads
    lemmas): a typo'd capital or a repeated word fails on load, not silently in a rule."""
    if not isinstance(words, list) or not words:
        raise ValueError("expected a non-empty list of words")
    bad = [w for w in words if not isinstance(w, str) or not w.strip() or w != w.strip().lower()]
    if bad:
        raise ValueError(f"write these as trimmed lower-case words: {bad}")
    repeated = sorted({w for w in words if words.count(w) > 1})
    if repeated:
        raise ValueError(f"listed more than once: {repeated}")
    return words


def kind_of_word(groups: Any) -> dict[str, str]:
    """'kind: [words]' in the file -> word -> kind; a word under two kinds fails."""
    if not isinstance(groups, dict) or not groups:
        raise ValueError("expected a non-empty mapping of event kind to words")
    kinds: dict[str, str] = {}
    for kind, words in groups.items():
        for word in word_list(words):
            if word in kinds:
                raise ValueError(f"{word!r} is listed under both {kinds[word]!r} and {kind!r}")
            kinds[word] = kind
    return kinds


def prepositions_of_word(groups: Any) -> dict[str, frozenset[str]]:
    """'preposition: [words]' in the file -> word -> the prepositions it takes."""
    if not isinstance(groups, dict) or not groups:
        raise ValueError("expected a non-empty mapping of preposition to words")
    found: dict[str, set[str]] = {}
    for prep in word_list(list(groups)):
        for word in word_list(groups[prep]):
            found.setdefault(word, set()).add(prep)
    return {word: frozenset(preps) for word, preps in found.items()}


def number_of_word(numbers: Any) -> dict[str, int]:
    """'word: number' in the file: words as in `word_list`, each a positive whole number."""
    if not isinstance(numbers, dict) or not numbers:
        raise ValueError("expected a non-empty mapping of word to number")
    word_list(list(numbers))
    bad = [w for w, n in numbers.items() if isinstance(n, bool) or not isinstance(n, int) or n < 1]
    if bad:
        raise ValueError(f"give these a positive whole number: {bad}")
    return numbers


Words = Annotated[frozenset[str], BeforeValidator(word_list)]
KindOfWord = Annotated[dict[str, EventKind], BeforeValidator(kind_of_word)]
PrepositionsOfWord = Annotated[dict[str, frozenset[str]], BeforeValidator(prepositions_of_word)]
NumberOfWord = Annotated[dict[str, int], BeforeValidator(number_of_word)]


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Triggers(Section):
    noun_triggers: KindOfWord
    verb_triggers: KindOfWord
    needs_partner_prep: Words
    phoned: Words
    messages: Words
    sending: Words
    handing: Words
    arrivals: Words
    reports_to: Words
    greets: Words
    to_a_person: Words
    ceremony_verbs: Words
    ceremony_objects: Words
    received_words: Words
    decrees: Words
    agreeing: Words
    joint: Words
    reciprocal: Words


class EventMistags(Section):
    verbs: Words
    title_participles: Words


class Events(Section):
    inviting: Words
    topical: Words
    mediating: Words


class EventAnswers(Section):
    own_verbs: Words


class EventAttendance(Section):
    sessions: Words
    attending: Words
    places_in: Words
    group_meetings: Words


class EventCounterparts(Section):
    separately: Words
    meeting_verbs: Words
    group_nouns: Words
    together: Words


class EventGreetings(Section):
    greetings: Words
    at_a_distance: Words
    saying: Words
    welcoming: Words
    telling: Words


class EventGroups(Section):
    role_nouns: Words
    numbers: NumberOfWord
    leading: Words


class EventHosting(Section):
    joining: Words
    hosting: Words


class EventObjects(Section):
    relation_nouns: Words
    deals: Words
    topic_verbs: Words


class EventMisparses(Section):
    contact_verbs: Words
    adjunct_preps: Words
    speaking: Words


class EventParties(Section):
    honorifics: Words
    heads: Words
    partner_preps: Words
    travelling: Words


class EventTopics(Section):
    gatherings: Words
    talking: Words


class EventTrips(Section):
    formal_titles: Words
    destination_preps: PrepositionsOfWord
    motions: Words


class LoneVisits(Section):
    site_verbs: Words
    vague: Words
    habitual: Words


class JointActs(Section):
    joint_acts: Words
    signing: Words


class Context(Section):
    anaphors: Words
    group_words: Words
    offices: Words
    occasions: Words
    moves: Words
    bare_meetings: Words
    follow_on: Words


class DelegationHeads(Section):
    lead_verbs: Words
    delegations: Words


class Exchanges(Section):
    turn_words: Words
    turn_preps: Words


class ReportsHeard(Section):
    hearing: Words
    from_preps: Words


class TranscriptWe(Section):
    meeting_verbs: Words
    holding_verbs: Words
    meeting_nouns: Words
    partner_preps: Words


class ReleaseCues(Section):
    anaphoric_subjects: Words
    leader_words: Words
    leader_offices: Words


class StateLeaders(Section):
    leader_nouns: Words
    office_nouns: Words


class Syntax(Section):
    reporting: Words
    delegates: Words


class EventCues(Section):
    triggers: Triggers
    event_mistags: EventMistags
    events: Events
    event_answers: EventAnswers
    event_attendance: EventAttendance
    event_counterparts: EventCounterparts
    event_greetings: EventGreetings
    event_groups: EventGroups
    event_hosting: EventHosting
    event_objects: EventObjects
    event_misparses: EventMisparses
    event_parties: EventParties
    event_topics: EventTopics
    event_trips: EventTrips
    lone_visits: LoneVisits
    joint_acts: JointActs
    context: Context
    delegation_heads: DelegationHeads
    exchanges: Exchanges
    reports_heard: ReportsHeard
    transcript_we: TranscriptWe
    release_cues: ReleaseCues
    state_leaders: StateLeaders
    syntax: Syntax


@lru_cache
def event_cues(path: Path = DATA) -> EventCues:
    return load_validated(path, EventCues)
