"""Review of session 20: sentences that must not fire (written by the reviewer)."""

from __future__ import annotations

import pytest

from tests.test_event_paraphrases import found

PUTIN, XI = "Vladimir Putin", "Xi Jinping"
KREMLIN = "http://en.kremlin.ru/events/president/news/1"


@pytest.mark.parametrize("second", [
    "Ukrainian negotiators said their talks with Russian officials in Istanbul in March 2022 "
    "had collapsed.",
    "Farmers in the two provinces said their meeting with officials in March had been useless.",
    "The two countries held talks on energy in Astana in March 2023.",
])
def test_their_or_the_two_of_others_is_not_the_last_pair(extract_text, second):
    text = f"Vladimir Putin met Xi Jinping in Beijing on Tuesday. {second}"
    assert found(extract_text, text, "2024-05-08") == [((PUTIN, XI), "held", "2024-05-07")]


@pytest.mark.parametrize("sentence", [
    "A meeting with Volodymyr Zelensky would be pointless under current conditions.",
    "Viktor Orban had talks with Volodymyr Zelensky in Kyiv on July 2. Talks with Emmanuel "
    "Macron followed in Paris.",
])
def test_a_bare_meeting_with_x_in_a_release_is_not_the_principals(run_kremlin, sentence):
    x = run_kremlin("Meeting with Prime Minister of Hungary Viktor Orban\n\nVladimir Putin met "
                    "with Prime Minister of Hungary Viktor Orban in the Kremlin.\n\n" + sentence)
    assert not [e for e in x.events if {p.name for p in e.participants} & {
        "Volodymyr Zelensky", "Emmanuel Macron"} and PUTIN in {p.name for p in e.participants}]


@pytest.mark.parametrize("text", [
    "Serbian President Aleksandar Vucic said on Monday that Serbia is ready to abandon the "
    "dialogue with Pristina.",
    "Albin Kurti said he was ready to walk away from the dialogue with Belgrade.",
])
def test_ready_to_leave_the_dialogue_is_no_support_of_it(extract_text, text):
    x = extract_text(f"News\n\n{text}", "2024-05-08")
    assert not [s for s in x.stances if s.polarity.value == "support"]


def test_the_minister_is_the_one_named_last(extract_text):
    x = extract_text("News\n\nRussian Foreign Minister Sergei Lavrov met Serbian Foreign Minister "
                     "Marko Djuric in Moscow on Monday. Lavrov said Russia supports Serbia. Lavrov "
                     "praised Belgrade. Djuric then flew to Brussels. On Tuesday, the minister met "
                     "Josep Borrell.", "2024-05-08")
    assert ("Josep Borrell", "Marko Djuric") in {tuple(sorted(p.name for p in e.participants))
                                                 for e in x.events}


@pytest.fixture
def run_kremlin(pipeline):
    from datetime import date

    from ingest.clean import clean
    from ingest.models import RawArticle

    def run(text):
        return pipeline.extract(clean(RawArticle(id="t", source="test", title="", text=text,
                                                 url=KREMLIN, published=date(2024, 5, 8))))
    return run
