"""Date expressions, written for the tests: precision kept, no invented year."""

from datetime import date

import pytest

from ingest.date_spans import compatible
from ingest.dates import resolve

PUB = date(2022, 6, 16)  # a Thursday


@pytest.mark.parametrize("text,planned,edtf,precision", [
    ("March 3, 2021", False, "2021-03-03", "day"),
    ("3 March 2021", False, "2021-03-03", "day"),
    ("21st November, 2017", False, "2017-11-21", "day"),
    ("July 7", True, "2022-07-07", "day"),
    ("June 1", False, "2022-06-01", "day"),
    ("in August", True, "2022-08", "month"),
    ("last week", False, "2022-06-06/2022-06-12", "interval"),
    ("next week", True, "2022-06-20/2022-06-26", "interval"),
    ("today", False, "2022-06-16", "day"),
    ("yesterday", False, "2022-06-15", "day"),
    ("on Monday", False, "2022-06-13", "day"),
    ("on Monday", True, "2022-06-20", "day"),
    ("last month", False, "2022-05", "month"),
    ("2015", False, "2015", "year"),
])
def test_resolution_against_article_date(text, planned, edtf, precision):
    resolved = resolve(text, PUB, planned)
    assert (resolved.edtf, resolved.precision) == (edtf, precision)


@pytest.mark.parametrize("text,edtf", [
    ("July 7", "XXXX-07-07"), ("9th of May", "XXXX-05-09"), ("in August", "XXXX-08"),
    ("March 3, 2021", "2021-03-03"),
])
def test_undated_article_never_gets_a_year(text, edtf):
    assert resolve(text, None).edtf == edtf


@pytest.mark.parametrize("text", ["last week", "on Friday", "today", "in the near future"])
def test_relative_dates_need_an_article_date(text):
    assert resolve(text, None) is None


def test_compatibility():
    day, month = resolve("July 7", PUB, True), resolve("in July", PUB, True)
    assert compatible(day, month)
    assert not compatible(day, resolve("July 9", PUB, True))
    assert compatible(resolve("July 7", None), resolve("in July", None))


@pytest.mark.parametrize("phrase,edtf", [
    ("A day earlier", "2022-06-15"), ("the previous day", "2022-06-15"),
    ("Later in the day", "2022-06-16"), ("earlier that day", "2022-06-16"),
    ("Two days earlier", "2022-06-14"), ("the day before the vote", None), ("in June", None),
])
def test_days_counted_from_the_story_day(phrase, edtf):
    from ingest.dates import story_relative
    found = story_relative(phrase, PUB)
    assert (found.edtf if found else None) == edtf


def test_earlier_in_the_week_ends_before_the_article_day():
    assert resolve("earlier in the week", PUB).edtf == "2022-06-13/2022-06-15"
