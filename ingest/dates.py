"""Date expressions -> EDTF with precision, resolved against the article's date.

Absolute dates keep their precision; a day or month without a year gets the year that puts
it closest to the article's date (ahead of it for planned events), and stays `XXXX-MM-DD`
when the article is undated. Relative dates ("last week", "on Tuesday", "today") need the
article's date; without it they are unknown. Nothing uses the ingest time.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ingest.date_counts import counted_day, day_range
from ingest.models import EventDate

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m} | {"sept": 9}  # AP: "Sept. 7"
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
ORD = r"(\d{1,2})(?:st|nd|rd|th)?"
DAY_MONTH = re.compile(rf"\b{ORD}\s+(?:of\s+)?({MONTH_RE})\.?\b(?:,?\s+(\d{{4}}))?", re.I)
MONTH_DAY = re.compile(rf"\b({MONTH_RE})\.?\s+{ORD}\b(?:,?\s+(\d{{4}}))?", re.I)
MONTH_YEAR = re.compile(rf"\b({MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b", re.I)
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
YEAR_ONLY = re.compile(r"^(?:in\s+|the\s+year\s+)?(\d{4})$", re.I)
WEEKDAY = re.compile(rf"\b({'|'.join(WEEKDAYS)})\b", re.I)
RELATIVE_DAYS = {"today": 0, "this morning": 0, "this afternoon": 0, "tonight": 0, "this evening": 0,
                 "yesterday": -1, "last night": -1, "tomorrow": 1}
NTH_DAY = re.compile(r"^(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)$", re.I)  # 'on the 15th'


def nth_of_the_month(text: str, published: date, planned: bool) -> EventDate | None:
    """'on the 15th': that day of the article's month, or of the month before (after, for a
    plan) when the day is still ahead (already past)."""
    match = NTH_DAY.match(text)
    if match is None or not 1 <= int(match.group(1)) <= 31:
        return None
    months = published.year * 12 + published.month - 1
    if planned and int(match.group(1)) < published.day:
        months += 1
    elif not planned and int(match.group(1)) > published.day:
        months -= 1
    try:
        return day(date(months // 12, months % 12 + 1, int(match.group(1))), explicit=False)
    except ValueError:
        return None


def day(d: date, explicit: bool = True) -> EventDate:
    return EventDate(edtf=d.isoformat(), precision="day", start=d, end=d, explicit=explicit)


def month(year: int, mon: int) -> EventDate:
    last = calendar.monthrange(year, mon)[1]
    return EventDate(edtf=f"{year:04d}-{mon:02d}", precision="month",
                     start=date(year, mon, 1), end=date(year, mon, last))


def interval(start: date, end: date) -> EventDate:
    return EventDate(edtf=f"{start.isoformat()}/{end.isoformat()}", precision="interval",
                     start=start, end=end)


def closest_year(mon: int, dom: int, published: date, planned: bool) -> int:
    """The year putting (mon, dom) nearest the article's date; ahead of it when planned."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(date(year, mon, dom))
        except ValueError:
            continue
    if planned:
        ahead = [c for c in candidates if c >= published]
        candidates = ahead or candidates
    return min(candidates, key=lambda c: abs((c - published).days)).year


YEAR_WORDS = re.compile(r"\b(last|this|next) year\b", re.I)
YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1}


def told_year(text: str, published: date) -> int | None:
    """'October 17 last year', 'in May next year': the year the phrase names itself."""
    match = YEAR_WORDS.search(text)
    return published.year + YEAR_OFFSETS[match.group(1).lower()] if match else None


def month_year(text: str, mon: int, published: date, planned: bool) -> int:
    """'last August' is the latest August before the article; 'next May' the first after;
    'August last year' is in the year before the article's."""
    lowered = text.lower()
    told = told_year(text, published)
    if told is not None:
        return told
    if re.search(r"\blast\b", lowered):
        return published.year if mon < published.month else published.year - 1
    if re.search(r"\bnext\b", lowered):
        return published.year if mon > published.month else published.year + 1
    return closest_year(mon, 28, published, planned)


def absolute(text: str, published: date | None, planned: bool,
             narrative: int | None = None) -> EventDate | None:
    match = ISO.search(text)
    if match:
        try:
            return day(date(*map(int, match.groups())))
        except ValueError:
            return None
    match = DAY_MONTH.search(text) or MONTH_DAY.search(text)
    if match:
        groups = match.groups()
        dom, mon = (groups[0], groups[1]) if match.re is DAY_MONTH else (groups[1], groups[0])
        mon_i, dom_i, year = MONTHS[mon.lower().rstrip(".")], int(dom), groups[2]
        if not 1 <= dom_i <= 31:
            return None
        if year:
            try:
                return day(date(int(year), mon_i, dom_i))
            except ValueError:
                return None
        if published:
            year_i = told_year(text, published) or narrative \
                or closest_year(mon_i, dom_i, published, planned)
            try:
                return day(date(year_i, mon_i, dom_i))
            except ValueError:
                return None
        return EventDate(edtf=f"XXXX-{mon_i:02d}-{dom_i:02d}", precision="day-no-year")
    match = MONTH_YEAR.search(text)
    if match and len(match.group(1)) > 2:
        mon_i = MONTHS[match.group(1).lower().rstrip(".")]
        if match.group(2):
            return month(int(match.group(2)), mon_i)
        if published:
            return month(narrative or month_year(text, mon_i, published, planned), mon_i)
        return EventDate(edtf=f"XXXX-{mon_i:02d}", precision="month-no-year")
    match = YEAR_ONLY.match(text.strip())
    if match:
        year = int(match.group(1))
        return EventDate(edtf=str(year), precision="year", start=date(year, 1, 1),
                         end=date(year, 12, 31))
    return None


def yearless(text: str) -> bool:
    """'March 24', 'in May', 'June 2 and 3': a day or month that names no year of its own,
    nor one counted from the article ('last May', 'March last year', 'next June')."""
    return not re.search(r"\b\d{4}\b|\b(?:last|next|this|previous|following)\b", text, re.I)


def relative(text: str, published: date | None, planned: bool) -> EventDate | None:
    lowered = text.lower().strip()
    if published is None:
        return None
    for phrase, offset in RELATIVE_DAYS.items():
        if phrase in lowered:
            return day(published + timedelta(days=offset), explicit=False)
    nth = nth_of_the_month(lowered, published, planned)
    if nth is not None:
        return nth
    monday = published - timedelta(days=published.weekday())
    if "weekend" in lowered:
        return weekend(lowered, published, planned)
    if "last week" in lowered or "past week" in lowered:
        return interval(monday - timedelta(days=7), monday - timedelta(days=1))
    if "next week" in lowered:
        return interval(monday + timedelta(days=7), monday + timedelta(days=13))
    if "earlier in the week" in lowered and published.weekday() > 0:
        return interval(monday, published - timedelta(days=1))
    if "this week" in lowered or "earlier this week" in lowered:
        return interval(monday, monday + timedelta(days=6))
    if "last month" in lowered:
        prev = published.replace(day=1) - timedelta(days=1)
        return month(prev.year, prev.month)
    if "next month" in lowered:
        nxt = published.replace(day=28) + timedelta(days=4)
        return month(nxt.year, nxt.month)
    if "this month" in lowered or re.search(r"\b(?:end|middle|rest) of the month\b", lowered):
        return month(published.year, published.month)  # 'at the end of the month'
    if re.search(r"\b(?:end|rest) of the week\b", lowered):
        return interval(monday, monday + timedelta(days=6))
    for phrase, offset in (("last year", -1), ("this year", 0), ("next year", 1)):
        if phrase in lowered:
            year = published.year + offset
            return EventDate(edtf=str(year), precision="year", start=date(year, 1, 1),
                             end=date(year, 12, 31))
    match = re.search(r"\b(\d+|a|one|two|three|four|five|six|seven) (year|month)s? ago", lowered)
    if match:
        return ago(published, NUMBER_WORDS.get(match.group(1), match.group(1)), match.group(2))
    match = re.search(r"(\d+|two|three|four|five|six|seven) days ago", lowered)
    if match:
        words = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
        n = int(words.get(match.group(1), match.group(1) if match.group(1).isdigit() else 0))
        return day(published - timedelta(days=n), explicit=False)
    match = WEEKDAY.search(lowered)
    if match:
        target = WEEKDAYS[match.group(1)]
        delta = (target - published.weekday()) % 7
        if "next" in lowered:
            return day(published + timedelta(days=delta or 7), explicit=False)
        if planned:  # 'will travel on to X on Friday' in Friday's paper (wire style): that day
            return day(published + timedelta(days=delta), explicit=False)
        back = (published.weekday() - target) % 7 or (7 if "last" in lowered else 0)
        return day(published - timedelta(days=back), explicit=False)  # 'last Tuesday' on a Tuesday
    return None


def weekend(phrase: str, published: date, planned: bool) -> EventDate:
    """'at the weekend', 'over the weekend': the last Saturday and Sunday up to the article's
    day, or the next ones for a plan; 'last weekend' is past, 'next weekend' ahead."""
    saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    if "next" in phrase or planned and "last" not in phrase and saturday + timedelta(days=1) < published:
        saturday += timedelta(days=7)
    elif "last" in phrase and published - saturday < timedelta(days=2):
        saturday -= timedelta(days=7)  # 'last weekend' told on a Saturday or Sunday
    return interval(saturday, saturday + timedelta(days=1))


NUMBER_WORDS = {"a": "1", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
                "six": "6", "seven": "7"}


def ago(published: date, count: str, unit: str) -> EventDate | None:
    """'two years ago' -> that year; 'three months ago' -> that month."""
    if not count.isdigit() or int(count) > 50:
        return None
    if unit == "year":
        year = published.year - int(count)
        return EventDate(edtf=str(year), precision="year", start=date(year, 1, 1),
                         end=date(year, 12, 31), explicit=False)
    months = published.year * 12 + published.month - 1 - int(count)
    return month(months // 12, months % 12 + 1)


# Days counted from the story's own day (its news day), not from the publication: 'A day
# earlier X phoned Y', 'Later in the day', 'the previous day'. Matched at the end of the
# phrase ('the day before the vote' is no such day).
STORY_DAYS = [
    (re.compile(r"\b(?:a|one) day (?:earlier|before)$|\bthe (?:previous|preceding) day$"
                r"|^the day before$", re.I), -1),
    (re.compile(r"\btwo days (?:earlier|before)$", re.I), -2),
    (re.compile(r"\bthe (?:next|following) day$|\b(?:a|one) day later$", re.I), 1),
    (re.compile(r"\b(?:later|earlier) (?:in|on) the day$|\bthat day$"
                r"|\bthe same day$", re.I), 0),
]


# Weeks counted from the story's day: 'the previous week', 'the following week'.
STORY_WEEKS = [
    (re.compile(r"\bthe (?:previous|preceding) week$|^the week before$", re.I), -1),
    (re.compile(r"\bthe (?:next|following) week$|^the week after$", re.I), 1),
]


STORY_PHRASE = re.compile(r"\b(?:(?:a|one|two) days? (?:earlier|before|later)|the (?:previous|preceding) "
                          r"(?:day|week)|the day before|(?:later|earlier) (?:(?:in|on) the|that) day|"
                          r"the same day|that day|the (?:next|following) (?:day|week))\b", re.I)


def names_a_story_day(text: str) -> bool:
    return bool(STORY_PHRASE.search(text))


def story_relative(phrase: str, news_day: date | None) -> EventDate | None:
    """'a day earlier' -> the day before the story's day; None for any other phrase."""
    phrase = " ".join(phrase.split()).rstrip(",")
    if news_day is None:
        return None
    for pattern, offset in STORY_DAYS:
        if pattern.search(phrase):
            return day(news_day + timedelta(days=offset), explicit=False)
    for pattern, weeks in STORY_WEEKS:
        if pattern.search(phrase):
            monday = news_day - timedelta(days=news_day.weekday()) + timedelta(weeks=weeks)
            return interval(monday, monday + timedelta(days=6))
    counted = counted_day(phrase, news_day)
    if counted is None:
        return None
    when, exact = counted  # 'in two weeks': that week, give or take three days
    return day(when, explicit=False) if exact else interval(when - timedelta(days=3),
                                                            when + timedelta(days=3))


def resolve(text: str, published: date | None, planned: bool = False,
            narrative: int | None = None) -> EventDate | None:
    """An EventDate for a date expression, or None when it names no usable date; a day or
    month without a year takes the `narrative` year when one is given (see `yearless`)."""
    text = " ".join(text.split())
    found = absolute(text, published, planned, narrative if yearless(text) else None)
    days = day_range(text, found.start) if found and found.precision == "day" and found.start else None
    return interval(*days) if days else found or relative(text, published, planned)
