"""An undated plan beside the held meeting of the same people is that meeting announced,
not another one; a dated plan stays. Sentences written for these tests. Needs spaCy."""

from __future__ import annotations


def kinds(extraction):
    return sorted((e.status, tuple(sorted(p.name for p in e.participants)), e.date)
                  for e in extraction.events)


def test_an_undated_announcement_of_the_talks_held_adds_nothing(extract_text):
    x = extract_text("Russian-Belarusian talks\n\nVladimir Putin held talks with President of "
                     "Belarus Alexander Lukashenko in Sochi on Friday. Before the dinner, Putin "
                     "will have a meeting with Lukashenko on gas prices.", "2019-02-15")
    assert [k[0] for k in kinds(x)] == ["held"]


def test_a_dated_plan_beside_the_held_meeting_stays(extract_text):
    x = extract_text("Russian-Belarusian talks\n\nVladimir Putin held talks with President of "
                     "Belarus Alexander Lukashenko in Sochi on Friday. The two presidents agreed "
                     "to meet again in Minsk in May 2019.", "2019-02-15")
    assert ("planned", ("Alexander Lukashenko", "Vladimir Putin"), "2019-05") in kinds(x)
    assert any(k[0] == "held" for k in kinds(x))


def test_a_call_held_does_not_announce_a_meeting(extract_text):
    x = extract_text("Telephone conversation\n\nVladimir Putin had a telephone conversation with "
                     "President of Belarus Alexander Lukashenko on Friday. The presidents agreed to "
                     "continue the discussion at their meeting on the sidelines of the summit.",
                     "2019-02-15")
    assert sorted(k[0] for k in kinds(x)) == ["held", "planned"]
