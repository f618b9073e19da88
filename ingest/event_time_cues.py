"""The when-and-whether word lists of ingest/data/event_time_cues.yaml (plans, schedules,
day words, what is not an event), validated on load like ingest/event_cues.py. Each section
is named after the module that reads it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ingest.cue_words import NumberOfWord, Section, Words
from ingest.data_file import load_validated

DATA = Path(__file__).resolve().parent / "data" / "event_time_cues.yaml"


class EventStatus(Section):
    plan_words: Words
    ahead: Words
    called_off: Words
    cancelling: Words
    postponing: Words
    denying: Words
    time_marks: Words
    fell_through: Words


class EventPlaceDate(Section):
    scheduled: Words
    day_parts: Words
    counted_times: Words
    place_preps: Words
    deciding: Words
    not_when: Words
    share_of: Words
    duration_units: Words


class EventOffsets(Section):
    scheduling: Words
    lead_up: Words
    counts: NumberOfWord


class EventDayWords(Section):
    day_words: Words


class NewsDay(Section):
    occasion_preps: Words


class GatheringDates(Section):
    gatherings: Words
    sidelines: Words


class Previews(Section):
    agreed: Words


class Nonevents(Section):
    readiness: Words
    wishes: Words
    wanting: Words
    attendance: Words
    programmes: Words
    partaking: Words
    processes: Words
    modals: Words
    memory: Words
    judging: Words
    goal_nouns: Words
    goal_verbs: Words
    brokering: Words
    backing: Words
    habit_adverbs: Words
    open_ended: Words
    enabling: Words
    moments: Words
    ripe: Words


class EventTallies(Section):
    many: Words
    so_often: Words
    one: Words
    day_words: Words


class ReleaseDay(Section):
    occasions: Words


class ReleaseNarrative(Section):
    earlier: Words
    past_event_words: Words


class Routine(Section):
    frequency_adverbs: Words
    frequency_nouns: Words
    frequency_adjectives: Words
    staying: Words
    touch: Words


class ContextCues(Section):
    in_sequence: Words
    arriving: Words


class Recalled(Section):
    seeing: Words
    not_in_person: Words
    again: Words
    gap_preps: Words


class EventTimeCues(Section):
    event_status: EventStatus
    event_place_date: EventPlaceDate
    event_offsets: EventOffsets
    event_day_words: EventDayWords
    news_day: NewsDay
    gathering_dates: GatheringDates
    previews: Previews
    nonevents: Nonevents
    event_tallies: EventTallies
    release_day: ReleaseDay
    release_narrative: ReleaseNarrative
    routine: Routine
    context: ContextCues
    recalled: Recalled


@lru_cache
def event_time_cues(path: Path = DATA) -> EventTimeCues:
    return load_validated(path, EventTimeCues)
