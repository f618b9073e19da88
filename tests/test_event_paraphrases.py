"""Event checklist (session 18, issue 7): layouts and constructions of unseen styles, each
written here in several paraphrases (other verbs, tenses, names, outlets). Needs spaCy, not
Neo4j."""

from __future__ import annotations

import pytest

from ingest.clean import paragraphs_of


def events(extraction):
    return sorted((tuple(sorted(p.name for p in e.participants)), e.status.value, e.date)
                  for e in extraction.events)


def found(extract_text, text, published="2023-03-14"):
    return events(extract_text(f"News\n\n{text}", published))


VUCIC, ORBAN, PUTIN, XI = "Aleksandar Vucic", "Viktor Orban", "Vladimir Putin", "Xi Jinping"
KURTI, DODIK, BIDEN = "Albin Kurti", "Milorad Dodik", "Joe Biden"


def test_a_day_page_pasted_without_bullets_has_one_paragraph_per_item():
    page = ("March 10, 2023 (Friday)\n\nArmed conflicts and attacks\nWar in Sudan\n"
            "Shelling hits a market in Omdurman, "
            "killing at least twelve people, local medics say. (AP)\nDiplomacy and relations\n"
            "Hungary–Serbia relations\nHungarian Prime Minister Viktor Orban meets Serbian "
            "President Aleksandar Vucic in Subotica to open a new border crossing. (MTI)\n"
            "A Belgrade court jails two activists for blocking a road in protest. (N1)")
    assert paragraphs_of(page) == [
        "March 10, 2023 (Friday)",
        "Shelling hits a market in Omdurman, killing at least twelve people, local medics say. (AP)",
        "Hungarian Prime Minister Viktor Orban meets Serbian President Aleksandar Vucic in "
        "Subotica to open a new border crossing. (MTI)",
        "A Belgrade court jails two activists for blocking a road in protest. (N1)"]


@pytest.mark.parametrize("text", [
    "Portal:Current events/2023 March 10\n\nMarch 10, 2023 (Friday)\n\nInternational relations\n"
    "Bosnia and Herzegovina–Russia relations\nMilorad Dodik, the president of Republika Srpska, "
    "meets Hungarian Prime Minister Viktor Orban in Budapest and thanks him for his support. "
    "(Reuters)\nSerbian students march through Novi Sad for a third day. (N1)",
    "Portal:Current events/2023 March 10\n\nMarch 10, 2023 (Friday)\n\nDiplomacy\n"
    "Hungary–Republika Srpska relations\nHungarian Prime Minister Viktor Orban receives Milorad "
    "Dodik in Budapest. (MTI)\nFloods close three roads in western Serbia. (RTS)",
])
def test_a_topic_line_over_an_item_names_no_party(extract_text, text):
    assert events(extract_text(text, "2023-03-14")) == [((DODIK, ORBAN), "held", "2023-03-10")]


@pytest.mark.parametrize("text, expected", [
    # a day part after a day word dates the event
    ("Tomorrow morning, before the summit opens, Biden will hold a bilateral meeting with "
     "President Erdogan of Turkey.", [((BIDEN, "Recep Tayyip Erdogan"), "planned", "2023-03-15")]),
    ("Orban will receive Vucic in Budapest tomorrow morning.", [((VUCIC, ORBAN), "planned", "2023-03-15")]),
    ("Putin spoke by phone with Xi Jinping yesterday evening.", [((PUTIN, XI), "held", "2023-03-13")]),
    ("Kurti received the US ambassador Jeffrey Hovenier in Pristina yesterday afternoon.",
     [((KURTI, "Jeffrey Hovenier"), "held", "2023-03-13")]),
])
def test_a_day_word_with_a_part_of_the_day(extract_text, text, expected):
    assert found(extract_text, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a pair of adjectives on the talks: the named subjects are the parties, not their states
    ("Xi Jinping and Vladimir Putin held Russian-Chinese talks yesterday.",
     [((PUTIN, XI), "held", "2023-03-13")]),
    ("Vucic and Orban held Serbian-Hungarian talks in Budapest on Monday.",
     [((VUCIC, ORBAN), "held", "2023-03-13")]),
    ("Erdogan and Putin held Russian-Turkish talks in Sochi on Friday.",
     [(("Recep Tayyip Erdogan", PUTIN), "held", "2023-03-10")]),
    # no one named: the adjectives name the parties
    ("Russian-Chinese talks were held in Moscow on Monday.", [(("China", "Russia"), "held", "2023-03-13")]),
])
def test_a_pair_of_adjectives_and_named_subjects(extract_text, text, expected):
    assert found(extract_text, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a state in brackets between a title and the name explains the title
    ("Vladimir Putin met with President of Republika Srpska (Bosnia and Herzegovina) Milorad Dodik.",
     [((DODIK, PUTIN), "held", "2023-03-14")]),
    ("On Monday Orban received Chairman of the Presidency (Bosnia and Herzegovina) Milorad Dodik.",
     [((DODIK, ORBAN), "held", "2023-03-13")]),
    ("Lavrov held talks with Foreign Minister of Republika Srpska (Bosnia) Milorad Dodik on Monday.",
     [((DODIK, "Sergey Lavrov"), "held", "2023-03-13")]),
])
def test_a_state_in_brackets_inside_a_title(extract_text, text, expected):
    assert found(extract_text, text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'acting', 'outgoing' taken for a verb whose object is the name
    ("Peter Sorensen meets acting Kosovo Prime Minister Albin Kurti in Pristina.",
     [(("Albin Kurti", "Peter Sorensen"), "held", "2023-03-14")]),
    ("Lavrov received acting Serbian Foreign Minister Ivica Dacic in Moscow on Monday.",
     [(("Ivica Dacic", "Sergey Lavrov"), "held", "2023-03-13")]),
    ("Vucic met outgoing Croatian Prime Minister Andrej Plenkovic in Zagreb.",
     [((VUCIC, "Andrej Plenkovic"), "held", "2023-03-14")]),
    ("Orban will meet visiting Serbian President Aleksandar Vucic in Budapest on Friday.",
     [((VUCIC, ORBAN), "planned", "2023-03-17")]),
])
def test_a_title_participle_before_the_name(extract_text, text, expected):
    assert found(extract_text, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the day of 'on the sidelines of X on Thursday' is the meeting's; the summit is only where
    ("Macron says he and Scholz will meet Kurti on the sidelines of the European Political "
     "Community summit in Moldova on Thursday.",
     [(("Albin Kurti", "Emmanuel Macron", "Olaf Scholz"), "planned", "2023-03-16")]),
    ("Erdogan will hold talks with Putin on the margins of the SCO summit in Astana on Friday.",
     [(("Recep Tayyip Erdogan", PUTIN), "planned", "2023-03-17")]),
    ("Vucic met Orban on the sidelines of the summit on Monday.", [((VUCIC, ORBAN), "held", "2023-03-13")]),
])
def test_a_day_on_the_sidelines(extract_text, text, expected):
    assert found(extract_text, text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'the ambassadors of A and B, X and Y': the states are X's and Y's, not parties
    ("Vucic meets the ambassadors of Russia and China, Alexander Botsan-Kharchenko and Li Ming, "
     "in Belgrade.", [((VUCIC, "Alexander Botsan-Kharchenko"), "held", "2023-03-14"),
                      ((VUCIC, "Li Ming"), "held", "2023-03-14")]),
    ("Vucic received the foreign ministers of Hungary and Slovakia, Peter Szijjarto and Juraj "
     "Blanar, in Belgrade on Monday.", [((VUCIC, "Juraj Blanar"), "held", "2023-03-13"),
                                        ((VUCIC, "Peter Szijjarto"), "held", "2023-03-13")]),
])
def test_the_states_of_a_plural_title_before_the_names(extract_text, text, expected):
    assert found(extract_text, text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'saw each other' is a meeting
    ("Vucic and Orban last saw each other in Budapest on Monday.", [((VUCIC, ORBAN), "held", "2023-03-13")]),
    ("Putin and Erdogan will see each other in Astana on Friday.",
     [(("Recep Tayyip Erdogan", PUTIN), "planned", "2023-03-17")]),
    ("Vucic saw the exhibition in Belgrade on Monday.", []),
])
def test_seeing_each_other(extract_text, text, expected):
    assert found(extract_text, text) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a month named by the meeting verb itself, later in the year than the article: last year's
    ("Vucic and Orban met in November in Budapest.", "2023-03-14", [((VUCIC, ORBAN), "held", "2022-11")]),
    ("Putin visited Serbia in October.", "2023-03-14", [((PUTIN,), "held", "2022-10")]),
    ("Lavrov received Dacic at the ministry in February.", "2023-10-23",
     [(("Ivica Dacic", "Sergey Lavrov"), "held", "2023-02")]),
])
def test_a_past_meetings_own_month(extract_text, text, published, expected):
    assert found(extract_text, text, published) == expected


def test_she_of_a_long_titled_subject(extract_text):
    text = ("Dodik replied that Christian Schmidt was a tourist. Chairwoman of the Council of "
            "Ministers Borjana Kristo said she would meet Schmidt next week.")
    assert found(extract_text, text) == [(("Borjana Kristo", "Christian Schmidt"), "planned",
                                          "2023-03-20/2023-03-26")]


@pytest.mark.parametrize("text, expected", [
    # held 'on the sidelines of the summit' with no date of its own: the summit of the news day
    ("Leaders of the SCO met in Astana.\n\nOn the sidelines of the summit, Putin had meetings with "
     "Xi Jinping and Erdogan.", [(("Recep Tayyip Erdogan", PUTIN), "held", "2023-03-14"),
                                 ((PUTIN, XI), "held", "2023-03-14")]),
    ("Leaders of the EU met in Brussels.\n\nVucic held talks with Orban on the margins of the summit.",
     [((VUCIC, ORBAN), "held", "2023-03-14")]),
])
def test_held_on_the_sidelines_of_the_summit(extract_text, text, expected):
    assert found(extract_text, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a second object after ', and' with its own place and day: another meeting
    ("Dame Karen Pierce met President Vucic and Prime Minister Brnabic in Belgrade on 13 March, "
     "and Prime Minister Albin Kurti and President Vjosa Osmani in Pristina today.",
     [(("Albin Kurti", "Karen Pierce", "Vjosa Osmani"), "held", "2023-03-14"),
      (("Ana Brnabic", VUCIC, "Karen Pierce"), "held", "2023-03-13")]),
    ("Escobar met Vucic in Belgrade on Monday, and Kurti in Pristina on Tuesday.",
     [((VUCIC, "Gabriel Escobar"), "held", "2023-03-13"),
      ((KURTI, "Gabriel Escobar"), "held", "2023-03-14")]),
    ("Lajcak will meet Vucic in Belgrade on Friday, and Kurti and Osmani in Pristina on Saturday.",
     [((VUCIC, "Miroslav Lajcak"), "planned", "2023-03-17"),
      ((KURTI, "Miroslav Lajcak", "Vjosa Osmani"), "planned", "2023-03-18")]),
    # a clause of its own is no second object
    ("Borrell met Vucic in Brussels on Monday, and Kurti said he was pleased.",
     [((VUCIC, "Josep Borrell"), "held", "2023-03-13")]),
])
def test_a_second_object_after_and(extract_text, text, expected):
    assert found(extract_text, text) == sorted((tuple(sorted(p)), s, d) for p, s, d in expected)


@pytest.mark.parametrize("text, expected", [
    # 'travel to X' is a visit, dated by a range of days
    ("Gabriel Escobar will travel to Belgrade and Pristina March 19–21.",
     [(("Gabriel Escobar",), "planned", "2023-03-19/2023-03-21")] * 2),
    ("Lavrov will travel to Ankara next week.", [(("Sergey Lavrov",), "planned", "2023-03-20/2023-03-26")]),
    ("The energy minister, Dubravka Djedovic Handanovic, will travel to Washington on 20-22 March to "
     "meet US officials.", [(("Dubravka Djedovic Handanovic",), "planned", "2023-03-20/2023-03-22")]),
    # a trip for an event with a named party: that event is the news
    ("Vucic will travel to Brussels on Monday for talks with Kurti.",
     [((KURTI, VUCIC), "planned", "2023-03-20")]),
    ("Vucic will travel to Brussels on Monday to meet Kurti.", [((KURTI, VUCIC), "planned", "2023-03-20")]),
    ("The minister travelled with the president.", []),
])
def test_travel_to_a_place(extract_text, text, expected):
    assert found(extract_text, text) == expected


@pytest.mark.parametrize("text, expected", [
    # reported, then denied in the next sentences: no event
    ("Media reported on Monday that Vucic and Putin had spoken by telephone over the weekend. "
     "Kremlin spokesman Dmitry Peskov said there had been no such conversation.", []),
    ("Reports said Orban met Lavrov in Budapest on Monday. Orban's office said there was no meeting.", []),
    ("Media reported that Vucic and Putin had spoken by telephone. Peskov said: \"There was no "
     "telephone conversation with President Vucic.\"", []),
    # a denial about someone else
    ("Vucic spoke by phone with Putin on Monday. There was no meeting with Xi Jinping, he said.",
     [((VUCIC, PUTIN), "held", "2023-03-13")]),
])
def test_an_event_denied_right_after(extract_text, text, expected):
    assert found(extract_text, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plan told in the past perfect fell through (or its fate is not told): no event
    ("Lavrov had been due to hold talks with Vucic and Selakovic on Monday and Tuesday.", []),
    ("Orban had been scheduled to visit Belgrade on Friday.", []),
    ("The two leaders had been expected to meet in Brussels on Friday.", []),
    ("Vucic had planned to meet Kurti on Monday.", []),
    ("Mr Lavrov had been due in Belgrade on Monday for talks with President Aleksandar Vucic.", []),
    # a plan told as such, and a past perfect meeting, stay
    ("Lavrov is due to hold talks with Vucic on Monday.",
     [((VUCIC, "Sergey Lavrov"), "planned", "2023-03-20")]),
    ("Vucic had met Kurti in Brussels on Monday.", [((KURTI, VUCIC), "held", "2023-03-13")]),
])
def test_a_plan_in_the_past_perfect(extract_text, text, expected):
    assert found(extract_text, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an open offer is no event
    ("I will receive Mr. Kurti whenever he asks for it, as I receive all our friends.", []),
    ("Erdogan said he would meet Kurti whenever he wished.", []),
    # counterparts the sentence does not name: the subjects did not meet each other
    ("The Secretary noted that Josep Borrell and Miroslav Lajcak will meet the two leaders in the "
     "coming weeks.", []),
    ("Vucic and Orban met the ambassadors in Belgrade on Monday.", []),
    # ... but they did, with others along, or with a named body
    ("Vladimir Putin and Francois Hollande met with Russian and French business representatives on Monday.",
     [(("Francois Hollande", PUTIN), "held", "2023-03-13")]),
    ("Kurti met the EU envoys on Monday.", [((KURTI, "European Union"), "held", "2023-03-13")]),
])
def test_open_offers_and_unnamed_counterparts(extract_text, text, expected):
    assert found(extract_text, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a planned trip to two countries is a visit to each; a companion 'together with' goes along
    ("Lajcak is due to visit Pristina and Belgrade next week, his office said.",
     [(("Miroslav Lajcak",), "planned", "2023-03-20/2023-03-26"),
      (("Miroslav Lajcak",), "planned", "2023-03-20/2023-03-26")]),
    ("Gabriel Escobar will travel to Belgrade and Pristina on March 19–21, together with EU envoy "
     "Miroslav Lajcak.", [(("Gabriel Escobar",), "planned", "2023-03-19/2023-03-21"),
                          (("Gabriel Escobar",), "planned", "2023-03-19/2023-03-21")]),
    # one country's two towns: one visit
    ("Erdogan will visit Moscow and Sochi next week.",
     [(("Recep Tayyip Erdogan",), "planned", "2023-03-20/2023-03-26")]),
])
def test_a_planned_trip_to_two_countries(extract_text, text, expected):
    assert found(extract_text, text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'the delegation' is led by the one told to travel before
    ("Escobar will travel to Belgrade on Monday.\n\nIn Belgrade, the delegation will meet with "
     "President Vucic.", [((VUCIC, "Gabriel Escobar"), "planned", "2023-03-20")]),
    ("Borrell visited Pristina on Monday. The delegation held talks with Kurti on Monday.",
     [((KURTI, "Josep Borrell"), "held", "2023-03-13")]),
    ("The delegation met Kurti on Monday.", []),
])
def test_the_delegation_of_the_traveller(extract_text, text, expected):
    assert [e for e in found(extract_text, text) if len(e[0]) > 1] == expected


@pytest.mark.parametrize("answer, expected", [
    # 'A:' is the person the interview's intro names; 'Q:' is no one
    ("A: Tomorrow I will be in Budapest for talks with Minister Peter Szijjarto.",
     [(("Marko Djuric", "Peter Szijjarto"), "planned", "2023-03-15")]),
    ("Answer: Next month I expect to meet Secretary Blinken.",
     [(("Antony Blinken", "Marko Djuric"), "planned", "2023-04")]),
    ("A: No, I did not meet Minister Lavrov this time.", []),
    ("A: If he came, I would meet him, as I would meet any colleague.", []),
])
def test_the_answer_of_an_interview(extract_text, answer, expected):
    text = ("Serbia's Foreign Minister Marko Djuric spoke to us in Belgrade.\n\nQ: Did you meet "
            "Sergei Lavrov? What is next for you?\n\n" + answer)
    assert found(extract_text, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a day page's present tense 'initial' (tagged an adjective) and 'A and his counterpart B sign'
    ("Serbian Prime Minister Ivica Dacic and Kosovo Prime Minister Hashim Thaci initial a 15-point "
     "agreement in Brussels. (EUobserver)", [(("Hashim Thaci", "Ivica Dacic"), "held", "2023-03-14")]),
    ("Hungarian Foreign Minister Péter Szijjártó and his Serbian counterpart Marko Đurić sign an "
     "energy agreement in Budapest. (MTI)", [(("Marko Djuric", "Peter Szijjarto"), "held", "2023-03-14")]),
    ("Vucic and his Hungarian counterpart Viktor Orban signed a gas deal in Subotica on Monday.",
     [((VUCIC, ORBAN), "held", "2023-03-13")]),
    ("Lavrov and his Turkish counterpart Hakan Fidan signed a memorandum in Ankara on Monday.",
     [(("Hakan Fidan", "Sergey Lavrov"), "held", "2023-03-13")]),
])
def test_signing_together_in_present_tense_and_with_a_counterpart(extract_text, text, expected):
    assert found(extract_text, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a clause on the subject with a subject of its own ('whose country ...') does not date the event
    ("Orban, whose country took over the EU presidency on March 1, arrived in Moscow three days after "
     "visiting Kyiv, where he met President Volodymyr Zelensky.",
     [((ORBAN, "Volodymyr Zelensky"), "held", "2023-03-11")]),
    # ... but the subject's own one does
    ("Lavrov, who was in Ankara on March 1, met Erdogan there.",
     [(("Recep Tayyip Erdogan", "Sergey Lavrov"), "held", "2023-03-01")]),
])
def test_a_clause_on_the_subject(extract_text, text, expected):
    assert [e for e in found(extract_text, text) if len(e[0]) > 1] == expected


@pytest.mark.parametrize("text, expected", [
    # states two 'of' phrases down a plural noun: where unnamed aides come from, not parties
    ("Lajcak, Escobar and the diplomatic advisers of the leaders of France, Germany and Italy met "
     "Vucic in Belgrade on Monday.", [((VUCIC, "Gabriel Escobar", "Miroslav Lajcak"), "held", "2023-03-13")]),
    ("Kurti received Lajcak and the security advisers of the presidents of France and Germany on Monday.",
     [((KURTI, "Miroslav Lajcak"), "held", "2023-03-13")]),
])
def test_states_of_unnamed_aides(extract_text, text, expected):
    assert found(extract_text, text) == expected


@pytest.mark.parametrize("text, expected", [
    # ', then travelled to X to meet Y': the second verb shares the first one's subject
    ("Lajcak met Vucic in Belgrade on Monday, then travelled to Pristina to meet Kurti.",
     [((VUCIC, "Miroslav Lajcak"), "held", "2023-03-13"),
      ((KURTI, "Miroslav Lajcak"), "held", "2023-03-13")]),
    ("Lajcak and Escobar meet Vucic in Belgrade, then travel to Pristina to meet Kosovo Prime Minister "
     "Albin Kurti.", [((VUCIC, "Gabriel Escobar", "Miroslav Lajcak"), "held", "2023-03-14"),
                      ((KURTI, "Gabriel Escobar", "Miroslav Lajcak"), "held", "2023-03-14")]),
    ("Borrell will meet Vucic on Monday and then fly to Pristina to meet Kurti.",
     [((VUCIC, "Josep Borrell"), "planned", "2023-03-20"),
      ((KURTI, "Josep Borrell"), "planned", "2023-03-20")]),
])
def test_then_a_second_verb_with_the_same_subject(extract_text, text, expected):
    assert found(extract_text, text) == sorted((tuple(sorted(p)), s, d) for p, s, d in expected)


@pytest.mark.parametrize("text, expected", [
    # 'the same day' repeats the last day told, a few sentences back
    ("Schmidt said on Monday that the law was an attack on Dayton. \"I will not allow it,\" he said. "
     "Dodik replied that Schmidt was a tourist. On the same day, Dodik met Szijjarto in Banja Luka.",
     [((DODIK, "Peter Szijjarto"), "held", "2023-03-13")]),
    ("On March 16, Putin will visit a shipyard. Then he will meet business people. On the same day, "
     "Putin and Xi Jinping will hold talks.", [((PUTIN, XI), "planned", "2023-03-16")]),
])
def test_the_same_day_as_the_last_day_told(extract_text, text, expected):
    assert [e for e in found(extract_text, text) if len(e[0]) > 1] == expected
