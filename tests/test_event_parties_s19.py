"""Parties of found events (session 19): a title set off after a name is that person's; a
role named with its state ('the EU envoy', 'the chief negotiators of A and B') is the
office's holder on the article's day. Sentences written for the tests. Needs spaCy, not
Neo4j."""

from __future__ import annotations

import pytest


def events(extraction):
    return sorted((tuple(sorted(p.name for p in e.participants)), e.status.value, e.date)
                  for e in extraction.events)


def found(extract_text, text, published="2024-02-05"):
    return events(extract_text(f"News\n\n{text}", published))


PUTIN, VUCIC, KURTI = "Vladimir Putin", "Aleksandar Vucic", "Albin Kurti"
LAJCAK, ESCOBAR = "Miroslav Lajcak", "Gabriel Escobar"
PETKOVIC, BISLIMI = "Petar Petkovic", "Besnik Bislimi"


@pytest.mark.parametrize("text, expected", [
    # 'X, the new <title>,': the title is X's, not the office holder on the article's day
    ("Tomislav Nikolic, the new Serbian president, was received by Vladimir Putin in Moscow in "
     "May 2012.", [(("Tomislav Nikolic", PUTIN), "held", "2012-05")]),
    ("In June 2004 Boris Tadic, the newly elected Serbian president, held talks with Putin in "
     "the Kremlin.", [(("Boris Tadic", PUTIN), "held", "2004-06")]),
    ("Vojislav Kostunica, the incoming Yugoslav president, met Putin in Moscow in October 2000.",
     [((PUTIN, "Vojislav Kostunica"), "held", "2000-10")]),
])
def test_a_title_set_off_after_a_name_is_that_persons(extract_text, text, expected):
    assert found(extract_text, text, "2023-03-14") == expected


@pytest.mark.parametrize("text, expected", [
    ("Kurti will meet the EU envoy in Pristina on Saturday.",
     [((KURTI, LAJCAK), "planned", "2024-02-10")]),
    ("Vucic received the US special envoy for the Western Balkans in Belgrade on Monday.",
     [((VUCIC, ESCOBAR), "held", "2024-02-05")]),
    ("Vucic spoke by phone with the European Union's envoy on Sunday.",
     [((VUCIC, LAJCAK), "held", "2024-02-04")]),
])
def test_an_envoy_named_by_the_body_is_its_holder(extract_text, text, expected):
    assert found(extract_text, text) == expected


def test_a_bare_us_envoy_in_other_news_is_not_the_balkans_envoy(extract_text):
    text = "Zelensky met the US envoy in Kyiv on Monday to discuss a ceasefire."
    assert not any(ESCOBAR in parties for parties, _, _ in found(extract_text, text))


@pytest.mark.parametrize("text, expected", [
    ("The European Union will host the chief negotiators of Serbia and Kosovo in Brussels on "
     "Wednesday.", [((BISLIMI, "European Union", PETKOVIC), "planned", "2024-02-07")]),
    ("Brussels will host the chief negotiators of Kosovo and Serbia for emergency talks on Friday.",
     [((BISLIMI, "European Union", PETKOVIC), "planned", "2024-02-09")]),
    ("Lajcak met the chief negotiators of Serbia and Kosovo in Brussels on Thursday.",
     [((BISLIMI, LAJCAK, PETKOVIC), "held", "2024-02-01")]),
])
def test_a_plural_role_of_listed_states_is_each_holder(extract_text, text, expected):
    assert found(extract_text, text) == expected


@pytest.mark.parametrize("text", [
    # no country and no holder named before: the envoy stays unknown
    "The envoy met Vucic in Belgrade on Monday.",
    # 'the ambassadors of A and B, X and Y': the names, not the offices' holders
    "Vucic meets the ambassadors of Russia and China, Alexander Botsan-Kharchenko and Li Ming.",
])
def test_no_holder_is_read_where_the_text_names_none_or_names_them(extract_text, text):
    parties = {p for e in found(extract_text, text) for p in e[0]}
    assert LAJCAK not in parties and ESCOBAR not in parties and "Sergey Lavrov" not in parties


@pytest.mark.parametrize("text, expected", [
    # a see after the holder's name ('of Moscow and All Russia') is no part of the name
    ("On Thursday Mr Nikolic will be received by Patriarch Kirill of Moscow and All Russia.",
     [(("Patriarch Kirill", "Tomislav Nikolic"), "planned", "2016-11-17")]),
    ("Putin held a meeting with Patriarch Kirill of Moscow and All Russia on Monday.",
     [(("Patriarch Kirill", PUTIN), "held", "2016-11-14")]),
])
def test_a_patriarch_named_with_his_see_keeps_his_name(extract_text, text, expected):
    assert found(extract_text, text, "2016-11-15") == expected
