"""Who does what a 'to' infinitive names: 'the invitation for X to visit Y' (X visits),
'Koizumi's plan to visit Pyongyang' (Koizumi goes, not whoever welcomed the plan)."""

from __future__ import annotations

from spacy.tokens import Token

from ingest.mentions import ArticleMentions, Mention
from ingest.syntax import actors_at


def infinitive_subject(trigger: Token, mentions: ArticleMentions) -> list[Mention]:
    """'the invitation for X to visit Y', 'time for X to meet Y', 'his invitation to X to
    visit Y': the 'for' (an invitation's 'to') before a 'to' infinitive names who does it."""
    if trigger.dep_ not in {"acl", "advcl", "xcomp", "relcl"} or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return []
    invited = trigger.head.lemma_ == "invitation" or any(  # 'extended an invitation to X to'
        c.dep_ == "dobj" and c.lemma_ == "invitation" for c in trigger.head.children)
    preps = {"for", "to"} if invited else {"for"}
    named = [m for c in trigger.head.children if c.dep_ == "prep" and c.lower_ in preps
             and c.i < trigger.i for p in c.children if p.dep_ == "pobj"
             for m in actors_at(p, mentions)]
    if named or invited or trigger.head.pos_ != "NOUN":
        return named
    # 'welcomed Koizumi's plan to visit Pyongyang': the plan's owner goes, not the welcomer
    return [m for c in trigger.head.children if c.dep_ == "poss" for m in actors_at(c, mentions)]
