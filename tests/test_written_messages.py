"""A message or letter sent is an event of its own: it does not take the kind, place or
people of a visit or summit told beside it. Sentences written for these tests; needs spaCy,
not Neo4j."""

from __future__ import annotations

import pytest


def kinds_with(extraction, name):
    return sorted(e.kind.value for e in extraction.events
                  if name in {p.name for p in e.participants})


@pytest.mark.parametrize("text, sender", [
    ("Putin sends message to Kim Jong-il\n\nActing President Vladimir Putin sent a message to "
     "North Korean leader Kim Jong-il.\n\nForeign Minister Igor Ivanov delivered the message "
     "to Kim Jong-il during his visit to Pyongyang.", "Vladimir Putin"),
    ("Vucic writes to Xi\n\nSerbian President Aleksandar Vucic sent a letter to Chinese "
     "President Xi Jinping.\n\nForeign Minister Ivica Dacic handed the letter to Xi Jinping "
     "during his visit to Beijing.", "Aleksandar Vucic"),
    ("Erdogan's letter reaches Pashinyan\n\nTurkish President Recep Tayyip Erdogan sent a "
     "letter to Armenian Prime Minister Nikol Pashinyan.\n\nThe envoy Serdar Kilic passed "
     "the letter to Nikol Pashinyan during his visit to Yerevan.", "Recep Tayyip Erdogan"),
])
def test_a_message_sent_is_not_the_messengers_visit(extract_text, text, sender):
    extraction = extract_text(text, "2020-02-09")
    assert kinds_with(extraction, sender) == ["contact"]


def test_a_message_delivered_in_person_is_part_of_the_visit(extract_text):
    text = ("Kos in Belgrade\n\nEU Commissioner Marta Kos delivered a blunt message to "
            "Serbian President Aleksandar Vucic on Thursday. Kos met Vucic at the presidency "
            "for two hours.")
    extraction = extract_text(text, "2025-03-07")
    assert kinds_with(extraction, "Marta Kos") == ["meeting"]
