"""Counted offsets from the story's day: 'we will meet again in 20 days', 'three days ago',
'in two weeks' (a week counted as seven days, its day approximate); ranges of days in a
month ('May 15-18', '3–4 September')."""

from __future__ import annotations

import re
from datetime import date, timedelta

NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "fifteen": 15, "twenty": 20, "thirty": 30}
COUNT = r"(\d{1,3}|" + "|".join(NUMBERS) + r")"
AHEAD = re.compile(r"\bin " + COUNT + r" (day|week)s?$", re.I)
BEHIND = re.compile(r"\b" + COUNT + r" (day|week)s? ago$", re.I)
DAY_RANGE = re.compile(r"(?<![\d/-])(\d{1,2})\s*[-–]\s*(\d{1,2})(?![\d/-])")


def counted_day(phrase: str, news_day: date) -> tuple[date, bool] | None:
    """The day `phrase` counts to, and whether it is exact (days) or approximate (weeks)."""
    for pattern, sign in ((AHEAD, 1), (BEHIND, -1)):
        match = pattern.search(phrase)
        if match:
            count = NUMBERS.get(match.group(1).lower()) or int(match.group(1))
            days = count * (7 if match.group(2).lower() == "week" else 1)
            return news_day + timedelta(days=sign * days), match.group(2).lower() == "day"
    return None


def day_range(phrase: str, one_day: date) -> tuple[date, date] | None:
    """'May 15-18' read as May 15 (or '15-18 May' as May 18): the first and last day."""
    match = DAY_RANGE.search(phrase)
    if match is None:
        return None
    first, last = int(match.group(1)), int(match.group(2))
    if not first < last or one_day.day not in (first, last):
        return None
    try:
        return one_day.replace(day=first), one_day.replace(day=last)
    except ValueError:
        return None
