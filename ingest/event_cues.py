"""The event-side word lists of ingest/data/event_cues.yaml (what names an event and who
takes part), validated on load. Each section is named after the module that reads it; the
when-and-whether lists are in ingest/event_time_cues.py."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ingest.cue_words import KindOfWord, NumberOfWord, PrepositionsOfWord, Section, Words
from ingest.data_file import load_validated

DATA = Path(__file__).resolve().parent / "data" / "event_cues.yaml"


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
    presenting: Words
    presented: Words
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
    role_titles: Words


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
    meals: Words
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
