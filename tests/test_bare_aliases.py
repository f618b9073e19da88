"""'The Security Council' is the UN's only in a text that names the UN; in a Kremlin
readout that does not, it is Russia's own council, not the UN Security Council. Sentences
written for these tests. Needs spaCy, not Neo4j."""

from __future__ import annotations


def actor_ids(extract_text, text: str) -> set[str]:
    return {a.id for a in extract_text(text, "2021-04-05").actors}


def test_a_bare_security_council_in_a_kremlin_readout_is_not_the_uns(extract_text):
    text = ("Meeting with Security Council permanent members\n\nVladimir Putin held a meeting "
            "with permanent members of the Security Council. Sergei Lavrov reported on talks "
            "with the United States.")
    assert "un-security-council" not in actor_ids(extract_text, text)


def test_the_security_council_in_a_story_about_the_un_is_the_uns(extract_text):
    text = ("Vote in New York\n\nThe UN General Assembly met on Monday. Later the Security "
            "Council voted on a resolution on Kosovo.")
    assert "un-security-council" in actor_ids(extract_text, text)


def test_a_bare_security_council_with_no_sign_of_another_body_is_the_uns(extract_text):
    text = ("Debate\n\nRussia's envoy Vasily Nebenzya told the Security Council on Monday that "
            "Resolution 1244 remains in force.")
    assert "un-security-council" in actor_ids(extract_text, text)
