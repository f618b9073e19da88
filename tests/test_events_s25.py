"""Session-25 event rules, on sentences written for the tests: a plan told in the past
perfect falls through for each of its coordinated infinitives ('had been due to land on
Monday and to hold talks on Tuesday'); 'X said his meeting with Y, first planned for May, had
been moved to June 9' is a plan for the new day, although the parser takes 'his meeting' for
the object of 'said'."""

from __future__ import annotations

import pytest


def parties_status_dates(extraction):
    return [(sorted(p.name for p in e.participants), e.status.value, e.date)
            for e in extraction.events]


def test_a_fallen_plan_takes_its_coordinated_infinitives_along(extract_text):
    text = ("Trip off\n\nMaria Zakharova said Sergey Lavrov had been due to land in Skopje on "
            "Sunday night and to hold talks on Monday with Foreign Minister Bujar Osmani.")
    found = parties_status_dates(extract_text(text, "2022-06-06"))
    assert not any("Bujar Osmani" in parties for parties, _, _ in found)


def test_a_plan_with_coordinated_infinitives_keeps_both(extract_text):
    text = ("Trip ahead\n\nSergey Lavrov is due to land in Skopje on Sunday night and to hold "
            "talks on Monday with Foreign Minister Bujar Osmani.")
    found = parties_status_dates(extract_text(text, "2022-06-03"))
    assert (["Bujar Osmani", "Sergey Lavrov"], "planned", "2022-06-06") in found


@pytest.mark.parametrize("moved", ["had been moved to June 20", "had been postponed to June 20"])
def test_a_meeting_said_to_be_moved_is_planned_for_the_new_day(extract_text, moved):
    text = ("Talks delayed\n\nMilorad Dodik said on Monday his meeting with Sergey Lavrov in "
            f"Moscow, first planned for this week, {moved}.")
    found = parties_status_dates(extract_text(text, "2022-06-06"))
    assert found == [(["Milorad Dodik", "Sergey Lavrov"], "planned", "2022-06-20")]


@pytest.mark.parametrize("rank", ["General", "Major General"])
def test_the_name_after_a_title_of_a_body_is_the_party(extract_text, rank):
    text = ("Visit\n\nMark Rutte will meet the Commander of KFOR, "
            f"{rank} Ozkan Ulutas, in Brussels on Friday.")
    found = parties_status_dates(extract_text(text, "2024-11-12"))
    assert (["Mark Rutte", "Ozkan Ulutas"], "planned", "2024-11-15") in found
    assert not any("KFOR" in parties for parties, _, _ in found)


@pytest.mark.parametrize("tour", ["a visit to the Western Balkans", "a tour of Europe"])
def test_a_continent_or_region_toured_is_no_site_visited(extract_text, tour):
    text = (f"Trip\n\nJosep Borrell has today held talks in Skopje with Prime Minister Hristijan "
            f"Mickoski, on the first leg of {tour}.")
    found = extract_text(text, "2024-11-29").events
    assert not any(e.kind.value == "visit" and e.place in {"Western Balkans", "Europe"}
                   for e in found)


@pytest.mark.parametrize("told", ["with whom she spoke by telephone in February",
                                  "with whom she had spoken by telephone in February"])
def test_a_past_call_told_in_a_clause_on_planned_talks_was_held(extract_text, told):
    text = ("Trip\n\nKaja Kallas arrived in Skopje on Thursday. She will also hold talks with "
            f"Foreign Minister Timco Mucunski, {told}.")
    found = parties_status_dates(extract_text(text, "2025-03-13"))
    assert (["Kaja Kallas", "Timco Mucunski"], "held", "2025-02") in found
    assert any(status == "planned" and parties == ["Kaja Kallas", "Timco Mucunski"]
               for parties, status, _ in found)  # and the talks ahead stay apart


def test_the_two_leaders_are_the_last_pair_not_a_lone_visitor(extract_text):
    text = ("Talks\n\nGeorgian Prime Minister Irakli Kobakhidze held talks with Hungarian Prime "
            "Minister Viktor Orban in Budapest on Monday.\n\n"
            "Kobakhidze said he had invited Orban to visit Tbilisi, but that no date had been set."
            "\n\nThe two leaders last met in Tbilisi in May 2024.")
    found = parties_status_dates(extract_text(text, "2025-02-11"))
    assert (["Irakli Kobakhidze", "Viktor Orban"], "held", "2024-05") in found


@pytest.mark.parametrize(("told", "dates"), [
    ("It came days after Aleksandar Vucic held talks in Budapest with Viktor Orban.",
     "2021-11-11/2021-11-24"),
    ("The deal was signed on Thursday, weeks after Aleksandar Vucic held talks in Budapest "
     "with Viktor Orban.", "2021-09-30/2021-11-18"),
    ("It came two days after Aleksandar Vucic held talks in Budapest with Viktor Orban.",
     "2021-11-23"),
])
def test_days_or_weeks_after_span_the_days_before(extract_text, told, dates):
    text = f"Deal\n\nSerbia signed a gas deal with Russia on Thursday. {told}"
    found = parties_status_dates(extract_text(text, "2021-11-25"))
    assert (["Aleksandar Vucic", "Viktor Orban"], "held", dates) in found
