"""Session-24 name rules, on sentences written for the tests: a name ending in 'Sr.' is
recorded under the dictionary's name (a record's last word is read as a surname), and its
short form 'Mr Bush Sr.' is the same person; a titled surname misspelt by a letter is the
one curated person of that surname in office on the article's date."""

from __future__ import annotations


def parties(extraction):
    return [sorted(p.name for p in e.participants) for e in extraction.events]


def test_a_name_with_sr_is_recorded_under_the_dictionary_name(extract_text):
    text = ("Former president in Moscow\n\n"
            "Vladimir Putin met former US President George Bush Sr. at his residence on "
            "Monday. Mr Bush Sr. thanked Mr Putin for the welcome.")
    found = extract_text(text, "2005-05-24")
    assert ["George H. W. Bush", "Vladimir Putin"] in parties(found)
    assert not any("Sr" in name for names in parties(found) for name in names)


def test_a_misspelt_titled_surname_is_the_office_holder_of_the_day(extract_text):
    text = ("Talks in the Kremlin\n\n"
            "Mr Putin and Mr Bouteflik discussed trade and energy in the Kremlin.")
    assert parties(extract_text(text, "2003-09-24")) == [
        ["Abdelaziz Bouteflika", "Vladimir Putin"]]


def test_a_misspelt_surname_out_of_office_stays_as_written(extract_text):
    text = ("Talks in the Kremlin\n\n"
            "Mr Putin and Mr Bouteflik discussed trade and energy in the Kremlin.")
    assert parties(extract_text(text, "2021-09-24")) == [["Bouteflik", "Vladimir Putin"]]
