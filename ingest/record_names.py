"""How a record spells the people it names: as its own article does, where the dictionary
knows that spelling."""

from __future__ import annotations

from ingest.dictionary import Dictionary, ascii_fold, fold
from ingest.mentions import ArticleMentions
from ingest.models import ActorKind
from ingest.name_variants import without_suffix
from ingest.syntax import TITLE_WORDS


def names_as_written(mentions: ArticleMentions, dictionary: Dictionary) -> dict[str, str]:
    """A known person's fullest name in the spelling this article uses ('Kurmanbek Bakiev',
    'Salman bin Abdulaziz Al Saud'): a record reads as its article does. Only spellings the
    dictionary knows (written or generated); a misspelling keeps the canonical name, and so
    does a formal double surname that only adds to it ('Vjosa Osmani-Sadriu' stays 'Vjosa
    Osmani': readers and annotators name her by the short form, and its last word differs),
    and a name ending in 'Sr.' or 'Jr.' ('George Bush Sr.' stays 'George H. W. Bush': a
    record's last word is read as the surname)."""
    written: dict[str, str] = {}
    for mention in mentions.actors:
        entry = dictionary.entries.get(mention.actor_id)
        words = mention.text.split()
        if (entry is None or mention.kind != ActorKind.person or len(words) < 2
                or len(words) <= len(written.get(mention.actor_id, "").split())
                or any(word.lower() in TITLE_WORDS for word in words)
                or without_suffix(words) != [w.rstrip(",") for w in words]):
            continue
        forms = {fold(form) for form in entry.surface_forms()}
        if (fold(mention.text) in forms or fold(mention.text.replace("-", " ")) in forms) \
                and not extends(mention.text, entry.name):
            written[mention.actor_id] = ascii_fold(mention.text)
    return written


def extends(written: str, canonical: str) -> bool:
    """The written name is the canonical one with a second surname joined to the last by a
    hyphen ('Osmani-Sadriu'); a separate word ('Salman bin Abdulaziz al-Saud') is no such
    addition: it names the person as annotators do."""
    words, base = fold(written).split(), fold(canonical).split()
    return len(words) == len(base) and words[:-1] == base[:-1] \
        and words[-1].startswith(base[-1] + "-")
