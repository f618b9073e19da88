"""Synthetic articles and their extractions, shaped as the pipeline hands them to the writer.

Everything is drawn from `random.Random` seeded by (seed, article number) or (seed, meeting
number), so article i is the same whatever the batch size or the number of articles asked
for: a second run of the same arguments produces the same content hashes, which the writer
skips. Actors are real dictionary ids (a few well-known ones much more often than the rest),
meetings are shared by several articles (one Meeting, several Evidence), dates spread over
2000-2026, some meetings planned, some month-dated or undated, stances on topics.
"""

from __future__ import annotations

import hashlib
import math
import random
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cached_property

from ingest.dictionary import Dictionary
from ingest.models import (
    Actor,
    ActorRef,
    Article,
    ArticleMeta,
    Event,
    EventKind,
    Evidence,
    Extraction,
    Polarity,
    Stance,
    Status,
)
from ingest.topics import vocabulary

ACTORS = 8000  # the pool of distinct actors articles draw from
PROMINENT = ("vladimir-putin", "aleksandar-vucic", "sergey-lavrov", "ivica-dacic", "serbia",
             "russia", "kosovo", "albin-kurti", "hashim-thaci", "nikola-selakovic",
             "dmitry-medvedev", "tomislav-nikolic", "boris-tadic", "ana-brnabic")
KINDS = {EventKind.meeting: 40, EventKind.call: 25, EventKind.talks: 15, EventKind.visit: 12,
         EventKind.press_conference: 5, EventKind.summit: 3}
CAMEO = {EventKind.call: "041", EventKind.visit: "042", EventKind.talks: "046"}
PLACES = ("Moscow", "Belgrade", "Pristina", "Brussels", "Sochi", "Berlin", "Paris", "Vienna",
          "Washington", "Beijing", "Ankara", "Budapest", "Minsk", "Geneva", "New York",
          "Saint Petersburg", "Novi Sad", "Skopje", "Podgorica", "Sarajevo", "Zagreb", "Athens")
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2026, 6, 30)
FILLER = ("officials", "said", "the", "agreement", "was", "discussed", "further", "steps",
          "ministers", "noted", "progress", "in", "cooperation", "talks", "region", "on",
          "security", "trade", "energy", "a", "statement", "issued", "after", "week")
EVENTS_PER_ARTICLE = (0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 0, 0, 0, 1, 2)


def rng(*key: object) -> random.Random:
    return random.Random("|".join(str(k) for k in key))  # str seeds are stable across runs


def filler(r: random.Random, words: int) -> str:
    text = " ".join(r.choice(FILLER) for _ in range(words))
    return text[0].upper() + text[1:] + "."


class SyntheticCorpus:
    """`articles` articles of seed `seed`. Article n reports meetings drawn from the first
    1.475 (n + 1) of the pool, so older meetings gather more reports and about 0.64 distinct
    meetings come out per article (21k for 33k articles), whatever the number asked for."""

    POOL_GROWTH = 1.475

    def __init__(self, dictionary: Dictionary, seed: int, articles: int):
        self.dictionary, self.seed, self.count = dictionary, seed, articles

    @cached_property
    def actor_pool(self) -> list[str]:
        """Prominent actors first, then curated people and states, then Phoenix people."""
        entries = self.dictionary.entries
        rest = sorted(i for i in entries if i not in PROMINENT)
        curated = [i for i in rest if entries[i].curated or entries[i].kind != "person"]
        others = [i for i in rest if i not in set(curated)]
        rng(self.seed, "actors").shuffle(others)
        pool = [i for i in PROMINENT if i in entries] + curated + others
        return pool[:ACTORS]

    @cached_property
    def actor_weights(self) -> list[float]:
        return [1.0 / (rank + 3) for rank in range(len(self.actor_pool))]

    @cached_property
    def topics(self) -> list[str]:
        return sorted(vocabulary())

    def pick_actors(self, r: random.Random, k: int) -> list[str]:
        chosen: list[str] = []
        while len(chosen) < k:
            actor = r.choices(self.actor_pool, self.actor_weights)[0]
            if actor not in chosen:
                chosen.append(actor)
        return chosen

    def pick_topics(self, r: random.Random) -> list[str]:
        topics = ["kosovo"] if r.random() < 0.35 else []
        topics += r.sample(self.topics, r.choice((0, 1, 1, 2)))
        return sorted(set(topics))

    def meeting(self, number: int) -> dict:
        """The facts every report of pool meeting `number` shares."""
        r = rng(self.seed, "meeting", number)
        day = FIRST_DAY + timedelta(days=r.randrange((LAST_DAY - FIRST_DAY).days))
        return {"participants": self.pick_actors(r, 3 if r.random() < 0.1 else 2),
                "kind": r.choices(list(KINDS), list(KINDS.values()))[0], "day": day,
                "precision": r.choices(("day", "month", "unknown"), (88, 8, 4))[0],
                "planned": r.random() < 0.15, "topics": self.pick_topics(r),
                "place": r.choice(PLACES) if r.random() < 0.55 else None}

    def articles(self, start: int = 0) -> Iterator[tuple[Article, Extraction]]:
        for number in range(start, self.count):
            yield self.article(number)

    def article(self, number: int) -> tuple[Article, Extraction]:
        r = rng(self.seed, "article", number)
        pool = math.ceil(self.POOL_GROWTH * (number + 1))
        meetings = [self.meeting(r.randrange(pool))
                    for _ in range(r.choice(EVENTS_PER_ARTICLE))]
        published = self.published(r, meetings)
        paragraphs = [filler(r, r.randrange(12, 30))]
        events = [self.event(r, m, published, paragraphs) for m in meetings]
        stances = [self.stance(r, paragraphs) for _ in range(r.choice((0, 0, 0, 1, 1, 2)))]
        paragraphs.append(filler(r, r.randrange(20, 60)))
        mentioned = {p.id for e in events for p in e.participants}
        mentioned |= {s.holder.id for s in stances} | {s.target.id for s in stances if s.target}
        mentioned |= set(self.pick_actors(r, 2))
        article_id = f"synthetic-{self.seed}-{number:06d}"
        title = f"Report {number}: " + filler(r, 6)[:-1]
        body = "\n\n".join(paragraphs)
        article = Article(id=article_id, source=f"synthetic/{self.seed}/{number}", title=title,
                          paragraphs=paragraphs, published=published,
                          outlet="synthetic", url=f"https://example.org/{article_id}",
                          content_hash=hashlib.sha256((title + body).encode()).hexdigest())
        extraction = Extraction(
            article=ArticleMeta(id=article_id, source=article.source, title=title,
                                published=published.isoformat()),
            actors=[self.actor(a) for a in sorted(mentioned)], events=events, stances=stances)
        return article, extraction

    def published(self, r: random.Random, meetings: list[dict]) -> date:
        if not meetings:
            return FIRST_DAY + timedelta(days=r.randrange((LAST_DAY - FIRST_DAY).days))
        first = meetings[0]
        shift = -r.randrange(1, 20) if first["planned"] else r.randrange(0, 3)
        return first["day"] + timedelta(days=shift)

    def actor(self, actor_id: str) -> Actor:
        entry = self.dictionary.entries[actor_id]
        return Actor(id=actor_id, name=entry.name, kind=entry.kind, in_dictionary=True)

    def ref(self, actor_id: str) -> ActorRef:
        return ActorRef(id=actor_id, name=self.dictionary.entries[actor_id].name)

    def sentence(self, paragraphs: list[str], text: str) -> Evidence:
        """Append `text` as a paragraph; its offsets in the body the writer stores."""
        start = sum(len(p) + 2 for p in paragraphs)
        paragraphs.append(text)
        return Evidence(text=text, start=start, end=start + len(text))

    def event(self, r: random.Random, m: dict, published: date, paragraphs: list[str]) -> Event:
        names = [self.dictionary.entries[a].name for a in m["participants"]]
        verb = "will hold" if m["planned"] else "held"
        text = f"{names[0]} {verb} {m['kind'].value} with {' and '.join(names[1:])}" + (
            f" in {m['place']}." if m["place"] else ".")
        evidence = self.sentence(paragraphs, text)
        status = Status.planned if m["planned"] else Status.held
        cameo = "036" if m["planned"] else CAMEO.get(m["kind"], "040")
        day, when = m["day"], {}
        if m["precision"] == "day":
            when = {"date": day.isoformat(), "date_start": day, "date_end": day}
        elif m["precision"] == "month":
            last = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            when = {"date": day.isoformat()[:7], "date_start": day.replace(day=1),
                    "date_end": last}
        return Event(kind=m["kind"], status=status, date=when.get("date"),
                     date_precision=m["precision"], date_start=when.get("date_start"),
                     date_end=when.get("date_end"),
                     participants=[self.ref(a) for a in m["participants"]], place=m["place"],
                     topics=m["topics"], cameo=cameo, confidence=round(r.uniform(0.6, 0.95), 2),
                     evidence=[evidence])

    def stance(self, r: random.Random, paragraphs: list[str]) -> Stance:
        holder, target = self.pick_actors(r, 2)
        topic = r.choice(self.topics) if r.random() < 0.7 else None
        polarity = r.choice(list(Polarity))
        target_ref = self.ref(target) if r.random() < 0.6 or topic is None else None
        about = target_ref.name if target_ref else topic
        text = f"{self.dictionary.entries[holder].name} said it takes a {polarity.value} line on {about}."
        return Stance(holder=self.ref(holder), polarity=polarity, target=target_ref, topic=topic,
                      confidence=round(r.uniform(0.5, 0.9), 2),
                      evidence=[self.sentence(paragraphs, text)])
