"""'The Secretary', 'The Vice President', 'The High Representative': a readout names its
principal once with a title ('Secretary Blinken spoke today with ...') and then by that
title alone, capitalised. Such a title stands for the last person the article named under
a title that begins with the same words."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Token

from ingest.dictionary import Dictionary
from ingest.mention_words import mention_words
from ingest.models import ActorKind
from ingest.nlp import text_of
from ingest.syntax import SUBJECTS, titled
from ingest.types import ArticleMentions, Mention

MAX_TITLE = 4  # 'Secretary of State', 'Deputy Prime Minister'
# 'Deputy Assistant Secretary of State and Special Envoy for the Western Balkans'
LONGEST_TITLE = 12
TITLE_LINKS = mention_words().title_links


def resolve_title_anaphors(doc: Doc, mentions: ArticleMentions,
                           dictionary: Dictionary | None = None, day: date | None = None) -> None:
    titled_people = sorted(((title_before(doc, m), m) for m in mentions.actors
                            if m.kind == ActorKind.person and m.via in {"name", "alias", "fuzzy", "ner"}),
                           key=lambda pair: pair[1].start)
    titled_people = [(words, m) for words, m in titled_people if words]
    told: dict[tuple[str, ...], str] = {}
    for token in doc:
        words = anaphor_at(token)
        end = doc[token.i + len(words) + hyphens(token, words)] if words else token
        if not words or holder_follows(doc, end.i, mentions):
            continue
        existing = mentions.at_token(end.i)
        if existing is not None:
            named = told.get(tuple(words)) or (
                subject_titled(doc, titled_people, words, token, end) if existing.via == "title" else None)
            if existing.via == "title" and named and named != existing.actor_id:
                existing.actor_id = named  # 'the Minister' again, after another minister
                told[tuple(words)] = named
                repoint_pronouns(doc, existing, mentions)
            continue
        referent = told.get(tuple(words)) or next(
            (m.actor_id for title, m in reversed(titled_people)
             if m.start < token.idx and opens_a_title(title, words)), None)
        referent = referent or set_off_title(doc, words, token, mentions) \
            or (dictionary and body_leader(words, mentions, dictionary, day))
        if referent:
            found = Mention(token.idx, end.idx + len(end), end.i, referent, ActorKind.person,
                            "title", text_of(doc)[token.idx:end.idx + len(end)])
            mentions.actors.append(found)
            told[tuple(words)] = referent  # a release's 'the Minister' stays its principal
            repoint_pronouns(doc, found, mentions)


def subject_titled(doc: Doc, titled_people: list, words: list[str], token: Token, end: Token
                   ) -> str | None:
    """For a title standing as a subject, the last person the article named under a title
    that opens with these words while a subject ('Foreign Minister A will travel ... and meet
    Foreign Minister B. The Foreign Minister discussed ...': A, the release's principal)."""
    if end.dep_ not in SUBJECTS:
        return None
    return next((m.actor_id for title, m in reversed(titled_people) if m.start < token.idx
                 and opens_a_title(title, words) and doc[m.root].dep_ in SUBJECTS), None)


def repoint_pronouns(doc: Doc, subject: Mention, mentions: ArticleMentions) -> None:
    """'On Wednesday the Minister travelled to Pristina, where he held talks ... He also
    met ...': the pronouns after a title standing as the subject, up to the end of the next
    sentence or the next person named as a subject, are that person (the pronouns were
    read before the title was resolved)."""
    if doc[subject.root].dep_ not in {"nsubj", "nsubjpass"}:
        return
    sent = doc[subject.root].sent
    stop = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    for mention in sorted(mentions.between(subject.root + 1, stop), key=lambda m: m.root):
        if mention.kind != ActorKind.person:
            continue
        if mention.via != "pronoun" and doc[mention.root].dep_ in {"nsubj", "nsubjpass"}:
            return
        if mention.via == "pronoun" and mention.text.lower() in {"he", "she", "his", "her"}:
            mention.actor_id = subject.actor_id


def set_off_title(doc: Doc, words: list[str], token: Token, mentions: ArticleMentions) -> str | None:
    """'The OSCE Chair-in-Office, Malta's Minister for ... Ian Borg, concluded ...' then 'the
    Chair-in-Office met X': the person named after that title set off by a comma (no verb
    between them)."""
    for mention in sorted(mentions.actors, key=lambda m: -m.start):
        if mention.kind != ActorKind.person or mention.start >= token.idx \
                or mention.via not in {"name", "alias", "fuzzy", "ner"}:
            continue
        start = max(doc[mention.root].sent.start, mention.root - SET_OFF)
        for at in range(start, mention.root):
            if doc[at].lower_ == words[0] and doc[at].text[:1].isupper() and set_off(doc, at, words, mention):
                return mention.actor_id
    return None


def set_off(doc: Doc, at: int, words: list[str], mention: Mention) -> bool:
    """The title's words from `at`, then a comma, then no verb up to the name."""
    title = [t for t in doc[at:mention.root] if t.text != "-"][:len(words)]
    if [t.lower_ for t in title] != words:
        return False
    after = title[-1].i + 1
    while after < mention.root and (doc[after].text == "-" or doc[after].lower_ in {"in", "of"}
                                    or doc[after].text[:1].isupper() and doc[after].nbor(-1).text == "-"):
        after += 1  # 'Chair-in-Office'
    return doc[after].text == "," and not any(t.pos_ in {"VERB", "AUX"} for t in doc[after:mention.root])


SET_OFF = 24  # "The OSCE Chair-in-Office, Malta's Minister for Foreign and European Affairs ..."


def body_leader(words: list[str], mentions: ArticleMentions, dictionary: Dictionary,
                day: date | None) -> str | None:
    """'The Secretary General' in an article naming one organisation led by a secretary
    general (and no one under that title): its holder on the day ('At NATO Headquarters,
    the Secretary General met X')."""
    title = " ".join(words)
    office = next((o for o, phrases in dictionary.office_phrases.items()
                   if any(re.fullmatch(p, title) for p in phrases)), None)
    bodies = {m.actor_id for m in mentions.actors if m.kind == ActorKind.organisation
              and office is not None and getattr(dictionary.entries.get(m.actor_id), "leader",
                                                 None) == office}
    return dictionary.holder(office, bodies.pop(), day) if len(bodies) == 1 else None


def hyphens(token: Token, words: list[str]) -> int:
    """'The Secretary-General': the hyphens between the title's words."""
    return sum(t.text == "-" for t in token.doc[token.i + 1:token.i + 1 + len(words) * 2 - 1])


OF_PHRASE = {"of", "the", ",", "and"}


def holder_follows(doc: Doc, last: int, mentions: ArticleMentions) -> bool:
    """'the President of Serbia, Aleksandar Vucic', 'the President of Republika Srpska
    Milorad Dodik': a title whose 'of' phrase runs on to a name is that person's."""
    if last + 1 >= len(doc) or doc[last + 1].lower_ != "of":
        return False
    for word in doc[last + 2:min(last + 2 + 2 * MAX_TITLE, len(doc))]:
        found = mentions.at_token(word.i)
        if found is not None and found.kind == ActorKind.person:
            return True
        if not (word.text[:1].isupper() or word.lower_ in OF_PHRASE):
            return False
    return False


def anaphor_at(token: Token) -> list[str]:
    """'The Secretary' -> ['secretary']; the words after a capitalised 'The' up to the title's
    last word, when no name follows; [] elsewhere."""
    if token.text != "The" and not (token.text == "the" and token.i > 0):
        return []
    doc = token.doc
    words: list[Token] = []
    for word in doc[token.i + 1:min(token.i + 1 + MAX_TITLE, len(doc))]:
        if word.text == "-" and words and word.whitespace_ == "" and word.i + 1 < len(doc) \
                and not word.nbor(-1).whitespace_:
            continue  # 'Secretary-General'
        if not word.text[:1].isupper() or word.pos_ not in {"PROPN", "NOUN"}:
            break
        words.append(word)
    if not words:
        return []
    head = words[-2] if len(words) > 1 and words[-1].lower_ == "general" else words[-1]
    if not titled(head) or words[-1].ent_type_ == "PERSON":  # "Secretary General": its head
        return []
    return [w.lower_ for w in words]


def opens_a_title(title: list[str], words: list[str]) -> bool:
    """'the Special Envoy' opens 'Special Envoy for the Western Balkans', alone or after
    'and' in a double title ('Deputy Assistant Secretary ... and Special Envoy ...')."""
    starts = [0] + [i + 1 for i, word in enumerate(title) if word == "and"]
    return any(title[start:start + len(words)] == words for start in starts)


def title_before(doc: Doc, mention: Mention) -> list[str]:
    """The capitalised title words right before a name, adjectives of nationality left out:
    'German Chancellor Olaf Scholz' -> ['chancellor'], 'Secretary of State X' -> [...]."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return []
    words: list[str] = []
    index = span.start - 1
    while index >= 0 and len(words) < LONGEST_TITLE:
        word = doc[index]
        if word.pos_ == "ADJ" or word.ent_type_ in {"NORP", "GPE"} \
                or word.ent_type_ == "PERSON" and not titled(word) \
                or not word.text[:1].isupper() and word.lower_ not in TITLE_LINKS:
            break  # a name ends the title: 'Secretary Blinken and Ambassador X' is X's 'Ambassador'
        words.insert(0, word.lower_)
        index -= 1
    while words and words[0] in TITLE_LINKS:
        words.pop(0)
    return words
