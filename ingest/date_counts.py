"""Counted offsets from the story's day: 'we will meet again in 20 days', 'three days ago',
'in two weeks' (a week counted as seven days, its day approximate)."""

from __future__ import annotations

import re
from datetime import date, timedelta

NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "fifteen": 15, "twenty": 20, "thirty": 30}
COUNT = r"(\d{1,3}|" + "|".join(NUMBERS) + r")"
AHEAD = re.compile(r"\bin " + COUNT + r" (day|week)s?$", re.I)
BEHIND = re.compile(r"\b" + COUNT + r" (day|week)s? ago$", re.I)


def counted_day(phrase: str, news_day: date) -> tuple[date, bool] | None:
    """The day `phrase` counts to, and whether it is exact (days) or approximate (weeks)."""
    for pattern, sign in ((AHEAD, 1), (BEHIND, -1)):
        match = pattern.search(phrase)
        if match:
            count = NUMBERS.get(match.group(1).lower()) or int(match.group(1))
            days = count * (7 if match.group(2).lower() == "week" else 1)
            return news_day + timedelta(days=sign * days), match.group(2).lower() == "day"
    return None
