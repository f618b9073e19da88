"""Silver titles: which Kremlin item titles state a meeting or a call with one named person,
and how that person may be spelt (scripts/silver.py measures the extractor's recall on them).
"""

from __future__ import annotations

import re
from datetime import date

PRESIDENTS = [(date(1999, 12, 31), "Boris Yeltsin"), (date(2008, 5, 6), "Vladimir Putin"),
              (date(2012, 5, 6), "Dmitry Medvedev"), (date(9999, 12, 31), "Vladimir Putin")]
PRESIDENT = (r"(?:(?:Acting |Russian )?Presidents? (?:and Prime Minister )?)?"
             r"(?:Vladimir Putin|Dmitry Medvedev|Boris Yeltsin|Putin|Medvedev)(?: of Russia)?")
TITLE_PATTERNS = [
    ("call", rf"(?:Telephone conversation|{PRESIDENT} had a telephone conversation) with (?P<who>.+)"),
    ("call", rf"{PRESIDENT} (?:spoke|talked) (?:by|on the|over the) (?:tele)?phone with (?P<who>.+)"),
    ("meeting", r"(?:Meeting|Working meeting|Talks|Negotiations) with (?P<who>.+)"),
    ("meeting", r"Russian-[A-Z][a-z]+ talks with (?P<who>.+)"),
    ("meeting", rf"{PRESIDENT} (?:met|met with|had (?:a |a working )?meeting with|"
                rf"(?:held|had) (?:talks|negotiations) with) (?P<who>.+)"),
    ("meeting", rf"{PRESIDENT} and (?P<who>.+?) (?:held|had) (?:talks|negotiations|a meeting)\b.*"),
]
# Where the counterpart phrase ends: a date, a place, a purpose or a relative clause.
PHRASE_END = re.compile(r"\s(?:on|at|in|during|to|about|regarding|who|as|after|before|following)\s.*$")
ASIDE = re.compile(r"\s*\([^)]*\)")
PARTS = re.compile(r",\s*|\s+and\s+")
# Words of offices and institutions: a name is what follows the last of them.
NOT_NAME = set("""President Presidents Prime Minister Chancellor Federal King Queen Emir Amir
Sultan Crown Prince Princess Sheikh Head Chairman Chairwoman Chairperson Chair Governor
Secretary General Speaker Mayor Acting Vice Premier First Deputy Director CEO Chief Executive
Patriarch Pope Holiness Majesty Senator Ambassador Commissioner Leader Commander Admiral
Marshal Foreign Defence Defense Economics Economy Finance Justice Interior Affairs Trade
Energy Culture Health Education Natural Resources Environment Council Ministry Government
Cabinet Committee Commission Chamber Court Party Union Fleet Assembly Congress Society Company
Corporation Bank University Academy Region Republic Territory District Administration State
National Security Federation Duma Parliament Group Organisation Organization Association Forum
Team Club Fund Foundation Agency Service Office Staff Forces Army Navy Church Metropolitan
Bishop Archbishop Mr Mrs Ms Dr Former Honorary Member Members Envoy Representative
Presidential Aide Adviser Advisor Rector Prosecutor Board Directors Summit Conference
Olympic Senior Grand Duke Duchess Emperor All Organisations Organizations Associations Bureau Area Cup
United""".split())
CONNECTORS = {"al", "el", "bin", "ibn", "bint", "van", "von", "der", "de", "da", "dos", "du", "la", "le",
              "di"}
CONNECTOR = re.compile(rf"^(?:{'|'.join(sorted(CONNECTORS))})(?:-\S+)?$")  # also "al-Assad"
SUFFIXES = {"Sr", "Jr", "Sr.", "Jr."}


def president_on(day: date) -> str:
    return next(name for last_day, name in PRESIDENTS if day <= last_day)


def is_name_token(token: str) -> bool:
    return (token[:1].isupper() and token not in NOT_NAME and not token.endswith(("'s", "’s"))
            and not (len(token) > 1 and token.replace("-", "").isupper()))


def names_in(part: str) -> list[list[str]]:
    """Runs of two or more name tokens that end the part (or come before its "of X")."""
    runs, run = [], []
    for token in part.split() + ["of"]:
        if is_name_token(token) or (run and CONNECTOR.match(token)):
            run.append(token)
            continue
        while run and (run[-1] in SUFFIXES or run[-1] in CONNECTORS):
            run.pop()
        if len(run) >= 2 and token == "of":
            runs.append(run)
        run = []
    return runs


def names_a_group(phrase: str) -> bool:
    """'members of …', 'journalists from …': a plural noun before the first name word."""
    for word in phrase.split():
        if word[:1].isupper():
            return False
        if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            return True
    return False


def counterpart_forms(who: str) -> list[str] | None:
    """Spellings of the one person the phrase names (a leading place is tolerated by
    accepting every tail of two or more words), or None unless exactly one is named."""
    phrase = PHRASE_END.sub("", ASIDE.sub("", who))
    if names_a_group(phrase):
        return None
    runs = [run for part in PARTS.split(phrase) for run in names_in(part)]
    runs = [r for r in runs if not re.search(r"Putin|Medvedev|Yeltsin", " ".join(r))]
    if len(runs) != 1:
        return None
    run = runs[0]
    return [" ".join(run[i:]) for i in range(len(run) - 1) if run[i][:1].isupper()]


def title_event(title: str) -> tuple[str, str] | None:
    for kind, pattern in TITLE_PATTERNS:
        match = re.fullmatch(pattern, title.strip())
        if match:
            return kind, match.group("who")
    return None
