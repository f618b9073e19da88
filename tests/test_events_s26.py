"""Session-26 event rules, on sentences written for the tests: 'both prime ministers' told
paragraphs after the two were named are the last two people before it who hold that office
in the dictionary (not a foreign minister named in between)."""

from __future__ import annotations


def parties(extraction):
    return [sorted(p.name for p in e.participants) for e in extraction.events]


STORY = ("Deal reached\n\nThe prime ministers of Serbia and Kosovo agreed a text on Friday. "
         "Serbia's Ivica Dacic and Kosovo's Hashim Thaci reached the deal after long talks. "
         "Dacic said he would brief the cabinet. Moscow has backed Belgrade throughout. "
         "Foreign Minister Sergey Lavrov said Russia would accept any solution Serbia accepts. "
         "The mayor of Zvecan called the deal a betrayal. John Kerry said he had phoned both "
         "prime ministers on Friday to congratulate them.")


def test_both_prime_ministers_are_the_two_prime_ministers_told_before(extract_text):
    found = parties(extract_text(STORY, "2013-04-19"))
    assert ["Ivica Dacic", "John Kerry"] in found and ["Hashim Thaci", "John Kerry"] in found
    assert ["John Kerry", "Sergey Lavrov"] not in found


def test_both_foreign_ministers_need_two_of_that_office(extract_text):
    text = STORY.replace("both prime ministers", "both foreign ministers")
    found = parties(extract_text(text, "2013-04-19"))
    assert not any("Ivica Dacic" in p and "John Kerry" in p for p in found)
