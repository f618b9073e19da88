"""Session 20: meetings told in sequences ('..., followed by talks on Tuesday', 'talks took
place with A, followed by a meeting with B', 'met A and, separately, B'): one event each,
with the side that stays. Paraphrases written for the tests. Needs spaCy, not Neo4j."""

from __future__ import annotations

import pytest

from tests.test_event_paraphrases import events, found

VUCIC, ORBAN, PUTIN, XI = "Aleksandar Vucic", "Viktor Orban", "Vladimir Putin", "Xi Jinping"
KURTI, DODIK, ERDOGAN, SCHOLZ = "Albin Kurti", "Milorad Dodik", "Recep Tayyip Erdogan", "Olaf Scholz"


@pytest.mark.parametrize("text, expected", [
    ("Xi Jinping and Vladimir Putin will hold a one-on-one meeting in Beijing on Monday, "
     "followed by official talks on Tuesday.",
     [((PUTIN, XI), "planned", "2023-03-20"), ((PUTIN, XI), "planned", "2023-03-21")]),
    ("Vucic and Orban will have a short meeting in Belgrade on Sunday, followed by formal talks "
     "on Monday.", [((VUCIC, ORBAN), "planned", "2023-03-19"), ((VUCIC, ORBAN), "planned", "2023-03-20")]),
    ("Erdogan held talks with Vucic in Ankara on Monday, followed by a meeting with Dodik.",
     [((DODIK, ERDOGAN), "held", "2023-03-13"), ((VUCIC, ERDOGAN), "held", "2023-03-13")]),
])
def test_an_event_followed_by_another_shares_its_side(extract_text, text, expected):
    assert found(extract_text, text, "2023-03-15") == sorted(
        (tuple(sorted(p)), s, d) for p, s, d in expected)


@pytest.mark.parametrize("text, expected", [
    ("Scholz met Kurti and, separately, Vucic in Berlin on Monday.",
     [(KURTI, SCHOLZ), (VUCIC, SCHOLZ)]),
    ("After the parade, Lukashenko receives Vucic and, separately, Dodik in Minsk.",
     [(VUCIC, "Alexander Lukashenko"), (DODIK, "Alexander Lukashenko")]),
])
def test_a_second_object_set_off_by_separately_is_its_own_meeting(extract_text, text, expected):
    assert sorted(parties for parties, _, _ in found(extract_text, text)) == sorted(
        tuple(sorted(p)) for p in expected)


def test_talks_that_took_place_with_a_guest_in_a_release_are_the_principals(extract_text):
    text = ("Bilateral meetings at the forum\n\nOn the second day of the forum in Kazan, "
            "Vladimir Putin held several bilateral meetings.\n\nLater in the day, talks took "
            "place with President of Turkey Recep Tayyip Erdogan, followed by a meeting with "
            "President of Egypt Abdel Fattah el-Sisi.\n\nBeginning of meeting with President "
            "of Egypt Abdel Fattah el-Sisi\n\nVladimir Putin: Mr President, I am glad to see "
            "you.\n\nAbdel Fattah el-Sisi: Thank you, Mr President.")
    parties = [p for p, _, _ in events(extract_text(text, "2024-10-23"))]
    assert (ERDOGAN, PUTIN) in parties and ("Abdel Fattah el-Sisi", PUTIN) in parties


@pytest.mark.parametrize("text", [
    "Osmani-Erdogan meeting: the two discussed trade.",  # a label, not the principal's
    "Vucic and Orban had an informal meeting in Subotica on Monday, followed by a dinner.",
])
def test_no_principal_added_where_no_one_is_met_with(extract_text, text):
    assert all(len(p) == 2 for p, _, _ in found(extract_text, text))
