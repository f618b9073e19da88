"""Data files are validated on load: a bad entry fails with the file's name, not later."""

import pytest

from ingest import topics


@pytest.fixture
def topics_file(tmp_path, monkeypatch):
    path = tmp_path / "topics.yaml"
    monkeypatch.setattr(topics, "DATA", path)
    topics.vocabulary.cache_clear()
    topics.patterns.cache_clear()
    yield path
    topics.vocabulary.cache_clear()
    topics.patterns.cache_clear()


@pytest.mark.parametrize("body, reason", [
    ("dam-safety:\n  label: Dams\n  keywords: []\n", "keywords"),
    ("dam-safety:\n  keywords: ['dams?']\n", "label"),
    ("dam-safety:\n  label: Dams\n  keywords: ['dams(']\n", "not a valid pattern"),
    ("dam-safety:\n  label: Dams\n  keywords: ['dams?']\n  colour: blue\n", "colour"),
])
def test_a_bad_topic_names_the_file_and_the_problem(topics_file, body, reason):
    topics_file.write_text(body)
    with pytest.raises(ValueError) as error:
        topics.vocabulary()
    assert str(topics_file) in str(error.value) and reason in str(error.value)


def test_a_good_topic_file_loads_and_matches(topics_file):
    topics_file.write_text("dam-safety:\n  label: Dams\n  keywords: ['dams?', 'reservoirs?']\n")
    assert topics.topics_in("The reservoir was full.") == ["dam-safety"]


def test_the_shipped_vocabulary_is_valid():
    topics.vocabulary.cache_clear()
    assert "kosovo" in topics.vocabulary()


def test_the_shipped_event_cue_files_are_valid():
    from ingest.event_cues import event_cues
    from ingest.event_time_cues import event_time_cues
    from ingest.models import EventKind
    cues, time_cues = event_cues(), event_time_cues()
    assert cues.triggers.verb_triggers["phone"] == EventKind.call
    assert cues.triggers.noun_triggers["conference"] == EventKind.press_conference
    assert cues.event_trips.destination_preps["arrive"] == {"in"}
    assert "region" in cues.lone_visits.vague and "sidelines" in time_cues.gathering_dates.sidelines


@pytest.mark.parametrize("change, reason", [
    (("  habitual: [repeatedly,", "  habitual: [Repeatedly,"), "lower-case"),
    (("  site_verbs: [visit]", "  site_verbs: []"), "non-empty list"),
    (("  site_verbs: [visit]", "  site_verbs: [visit, visit]"), "more than once: ['visit']"),
    (("  site_verbs: [visit]", "  site_verbs: [visit]\n  site_verb: [tour]"), "site_verb"),
    (("    summit: [summit]", "    summit: [summit, meeting]"), "under both 'meeting' and 'summit'"),
    (("    summit: [summit]", "    summits: [summit]"), "summits"),
    (("  motions: [", "  motion: ["), "motions"),
])
def test_a_broken_event_cue_file_names_the_file_the_list_and_the_problem(tmp_path, change, reason):
    from ingest.event_cues import DATA, event_cues
    old, new = change
    path = tmp_path / "event_cues.yaml"
    path.write_text(DATA.read_text().replace(old, new, 1))
    with pytest.raises(ValueError) as error:
        event_cues(path)
    assert str(path) in str(error.value) and reason in str(error.value)


def test_a_broken_event_time_cue_file_fails_on_load(tmp_path):
    from ingest.event_time_cues import DATA, event_time_cues
    path = tmp_path / "event_time_cues.yaml"
    path.write_text(DATA.read_text().replace("  modals: [can,", "  modals: [can, Can,", 1))
    with pytest.raises(ValueError, match="nonevents.modals") as error:
        event_time_cues(path)
    assert str(path) in str(error.value) and "lower-case" in str(error.value)
