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
    ("dam-safety:\n  label: Dams\n  keywords: ['Dams?']\n", "lower case"),
    ("dam-safety:\n  label: Dams\n  keywords: ['dams?']\n  colour: blue\n", "colour"),
    ("dam-safety:\n  label: Dams\n  keywords: ['dams?']\n  keywords: ['weirs?']\n",
     "key given twice: keywords"),
])
def test_a_bad_topic_names_the_file_and_the_problem(topics_file, body, reason):
    topics_file.write_text(body)
    with pytest.raises(ValueError) as error:
        topics.vocabulary()
    assert str(topics_file) in str(error.value) and reason in str(error.value)


def test_a_good_topic_file_loads_and_matches(topics_file):
    topics_file.write_text("dam-safety:\n  label: Dams\n  keywords: ['dams?', 'reservoirs?']\n")
    assert topics.topics_in("The reservoir was full.") == ["dam-safety"]
    assert topics.topics_in("DAMS AND RESERVOIRS") == ["dam-safety"]  # any case in the text


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
    (("{three: 3,", "{three: 0,"), "positive whole number: ['three']"),
    (("{three: 3,", "{three: three,"), "positive whole number: ['three']"),
    (("{three: 3,", "{Three: 3,"), "lower-case"),
    (("  own_verbs: [speak,", "  own_verbs: [speak, speak,"), "more than once: ['speak']"),
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


def test_the_word_sets_moved_out_of_the_rules_load_from_the_data_files():
    from ingest.event_cues import event_cues
    from ingest.event_time_cues import event_time_cues
    from ingest.mention_words import mention_words
    from ingest.stance_cues import cues
    events, words = event_cues(), mention_words()
    assert events.event_groups.numbers["five"] == 5 and "envoy" in events.event_groups.role_nouns
    assert "phone" in events.event_answers.own_verbs and "host" in events.event_misparses.contact_verbs
    assert "ceasefire" in events.event_objects.deals and "alongside" in events.event_parties.partner_preps
    assert "warn" in events.syntax.reporting and "until" in event_time_cues().event_place_date.not_when
    assert event_time_cues().event_offsets.counts["an"] == 1 and "following" in events.context.follow_on
    assert "grand" in words.titled_words and "journey" in words.trip_nouns and "for" in words.title_links
    assert "on" in cues().about_preps and "on" in cues().asking_preps  # quoted: a bare on is True


def test_an_unquoted_on_in_the_stance_cue_file_fails_on_load(tmp_path, monkeypatch):
    from ingest import stance_cues
    path = tmp_path / "stance_cues.yaml"
    quoted = stance_cues.DATA.read_text()
    path.write_text(quoted.replace('asking_preps: [for, "on"]', "asking_preps: [for, on]"))
    monkeypatch.setattr(stance_cues, "DATA", path)
    stance_cues.cues.cache_clear()
    try:
        with pytest.raises(ValueError, match="asking_preps") as error:
            stance_cues.cues()
        assert str(path) in str(error.value)
    finally:
        stance_cues.cues.cache_clear()


def test_a_capital_in_the_moved_title_words_fails_on_load(tmp_path):
    from ingest.mention_words import WORDS_FILE, mention_words
    path = tmp_path / "mention_words.yaml"
    path.write_text(WORDS_FILE.read_text().replace("vague_offices: [minister,", "vague_offices: [Minister,"))
    with pytest.raises(ValueError, match="vague_offices") as error:
        mention_words(path)
    assert str(path) in str(error.value) and "lower case" in str(error.value)
