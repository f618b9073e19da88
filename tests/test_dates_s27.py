"""Session-27 date rules, on sentences written for the tests: the weekend ('at the weekend',
'last weekend', a plan 'at the weekend'), weeks and days counted from a day told before
('the previous week', 'the next day', 'later in the day' anywhere on the verb), a date in the
reported clause before the report's own ('said on Monday he met X on Saturday'), and a
guest's arrival day told in a clause of the guest's own ('hosted X, who stopped in Belgrade
on 7 May'); 'last night' (the day before) and 'on the 15th' (of this month or the last)."""

from __future__ import annotations

from datetime import date

import pytest

from ingest import dates


def dated(extraction):
    return {tuple(sorted(p.name for p in e.participants)): e.date for e in extraction.events}


XI = ("Aleksandar Vucic", "Xi Jinping")


@pytest.mark.parametrize(("phrase", "published", "planned", "expected"), [
    ("the weekend", date(2023, 3, 1), False, "2023-02-25/2023-02-26"),  # a Wednesday
    ("the weekend", date(2023, 3, 1), True, "2023-03-04/2023-03-05"),
    ("the weekend", date(2023, 3, 5), False, "2023-03-04/2023-03-05"),  # told on the Sunday
    ("last weekend", date(2023, 3, 5), False, "2023-02-25/2023-02-26"),
    ("last weekend", date(2023, 3, 6), False, "2023-03-04/2023-03-05"),
    ("next weekend", date(2023, 3, 1), False, "2023-03-04/2023-03-05"),
])
def test_the_weekend(phrase, published, planned, expected):
    assert dates.resolve(phrase, published, planned).edtf == expected


def test_last_weekend_is_not_last_week():
    assert dates.resolve("last weekend", date(2023, 3, 1)).edtf != \
        dates.resolve("last week", date(2023, 3, 1)).edtf


@pytest.mark.parametrize(("phrase", "expected"), [
    ("the previous week", "2023-02-20/2023-02-26"),
    ("the week before", "2023-02-20/2023-02-26"),
    ("the following week", "2023-03-06/2023-03-12"),
    ("the next day", "2023-03-02"),
    ("a day later", "2023-03-02"),
    ("the day after the vote", None),
])
def test_story_weeks_and_days(phrase, expected):
    found = dates.story_relative(phrase, date(2023, 3, 1))
    assert (found.edtf if found else None) == expected


def test_the_previous_week_counts_from_the_day_of_the_report(extract_text):
    text = ("Talks\n\nSerbian President Aleksandar Vucic told reporters on Tuesday that he "
            "had met Vladimir Putin in Sochi the previous week.")
    assert dated(extract_text(text, "2023-03-01"))[("Aleksandar Vucic", "Vladimir Putin")] \
        == "2023-02-20/2023-02-26"


def test_the_next_day_counts_from_the_day_told_before(extract_text):
    text = ("Talks\n\nOn February 20, Serbian President Aleksandar Vucic met Chinese President "
            "Xi Jinping. The next day he held talks with Vladimir Putin.")
    found = dated(extract_text(text, "2023-03-01"))
    assert found[XI] == "2023-02-20"
    assert found[("Aleksandar Vucic", "Vladimir Putin")] == "2023-02-21"


def test_a_met_at_the_weekend(extract_text):
    text = "Talks\n\nSerbian President Aleksandar Vucic met Chinese President Xi Jinping at the weekend."
    assert dated(extract_text(text, "2023-03-01"))[XI] == "2023-02-25/2023-02-26"


def test_the_reported_clauses_own_date_comes_before_the_reports(extract_text):
    text = ("Talks\n\nSerbian President Aleksandar Vucic said on Monday he met Chinese "
            "President Xi Jinping on Saturday.")
    assert dated(extract_text(text, "2023-03-01"))[XI] == "2023-02-25"


def test_a_report_dates_a_clause_with_no_date_of_its_own(extract_text):
    text = ("Talks\n\nSerbian President Aleksandar Vucic said on Monday he had met Chinese "
            "President Xi Jinping.")
    assert dated(extract_text(text, "2023-03-01"))[XI] == "2023-02-27"


def test_later_in_the_day_after_the_verb(extract_text):
    text = ("Summit\n\nVladimir Putin met Milorad Dodik in Kazan on Tuesday. He will meet "
            "Egyptian President Abdel Fattah el-Sisi later in the day.")
    found = dated(extract_text(text, "2024-10-23"))
    assert found[("Abdel Fattah el-Sisi", "Vladimir Putin")] == "2024-10-22"


@pytest.mark.parametrize(("published", "expected"), [("2024-06-20", "2024-05-07"), (None, "XXXX-05-07")])
def test_a_guests_arrival_day_dates_the_hosting(extract_text, published, expected):
    text = ("Visit\n\nHungarian Prime Minister Viktor Orban arrived in Belgrade. The visit comes "
            "a month after Vucic hosted Chinese leader Xi Jinping, who stopped in Belgrade on "
            "7 May before flying to Budapest.")
    assert dated(extract_text(text, published))[XI] == expected


def test_a_guests_other_clause_dates_nothing(extract_text):
    text = ("Visit\n\nHungarian Prime Minister Viktor Orban arrived in Belgrade. The visit comes "
            "a month after Vucic hosted Chinese leader Xi Jinping, who was born on 15 June.")
    assert dated(extract_text(text, "2024-06-20"))[XI] != "2024-06-15"


@pytest.mark.parametrize(("phrase", "planned", "expected"), [
    ("the 15th", False, "2023-02-15"), ("on the 1st", False, "2023-03-01"),
    ("the 15th", True, "2023-03-15"), ("the 1st", True, "2023-03-01"), ("the 45th", False, None),
])
def test_the_nth_of_the_month(phrase, planned, expected):
    found = dates.resolve(phrase, date(2023, 3, 1), planned)
    assert (found.edtf if found else None) == expected


def test_last_night_is_the_day_before(extract_text):
    text = "Talks\n\nSerbian President Aleksandar Vucic met Chinese President Xi Jinping last night."
    assert dated(extract_text(text, "2023-03-01"))[XI] == "2023-02-28"


def test_a_day_after_in_apposition_to_the_day(extract_text):
    text = ("Talks\n\nKosovo Prime Minister Albin Kurti met Josep Borrell in Brussels on Monday, "
            "a day after he spoke with Antony Blinken by phone.")
    found = dated(extract_text(text, "2024-03-06"))
    assert found[("Albin Kurti", "Josep Borrell")] == "2024-03-04"
    assert found[("Albin Kurti", "Antony Blinken")] == "2024-03-03"
