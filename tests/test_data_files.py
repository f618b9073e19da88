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
