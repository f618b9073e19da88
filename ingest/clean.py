"""Clean step: paragraphs without boilerplate, datelines or 'related articles' blocks.

A "Similar/Related articles" block is not the article: it and everything after it is
dropped (its items are other stories, with dates of their own that we do not know).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import dateparser

from ingest.models import Article, RawArticle

RELATED_HEADING = re.compile(
    r"^\s*(similar|related|recommended|more|latest|read more|see also|you may also like|"
    r"trending|popular)(\s+(articles?|stories|news|posts|reading|on this|from|coverage|topics?|"
    r"content|links))*\s*:?\s*$|"
    r"^\s*(more|latest) (from|by) [A-Z][\w.'’&-]*( [A-Z][\w.'’&-]*){0,3}\s*:?\s*$",
    re.IGNORECASE,
)
# 'Related: Serbian students march to Novi Sad', 'Read more: ...': a link to another story
RELATED_ITEM = re.compile(r"^\s*(related|read more|read also|see also|also read|watch)\s*:\s*\S",
                          re.IGNORECASE)
BOILERPLATE = re.compile(
    r"(follow us|share (this|on)|subscribe|newsletter|donate|leave a comment|"
    r"sign up|all rights reserved|copyright|click here|cookies?|advertisement|"
    r"^photo:|^image:|^\(?photo\b|^credit:|^by [A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3}$|staff$|"
    r"get from \w+|log ?in to|comments? \(\d+\)|print this)",
    re.IGNORECASE,
)
# "SKOPJE (Some Wire / Agency - 3rd May, 2018) ", "SARAJEVO/MOSCOW, May 4 (Wire) - " and
# "PODGORICA, March 2. /AGENCY/. "
DATELINE_PAREN = re.compile(r"^[A-Z][A-Z .'/-]{2,40}(?:,[^()]{0,30})?\s*\(([^()]{2,90})\)\s*[-–—:]?\s*")
DATELINE_AGENCY = re.compile(r"^[A-Z][A-Z .'-]{2,40},\s*([A-Za-z]+\.? \d{1,2})\.?\s*/[A-Za-z ]{2,20}/\.?\s*")
SURROGATES = re.compile("[\ud800-\udfff]")
YEAR = re.compile(r"\b(19|20)\d{2}\b")
# Words separated by exactly one whitespace: no way to split a long capital run two ways, so no
# backtracking blow-up on a paragraph of capitals.
# '___' (wire) or '###' (press release) ends the story; credits and links follow
END_MARK = re.compile(r"^(_{3,}|#{3,})(\s|$)")
HEADING_CHARS, HEADING_WORDS = 60, 8
BULLET = re.compile(r"^\s*[-*•–]\s+")
SENTENCE_ENDS = ".!?)\"”"
UNWRAPPED_LINE = 100  # longer than any line of hard-wrapped text
BYLINE = re.compile(r"^[A-ZÀ-Ž][\w'’.-]+(?:\s[A-ZÀ-Ž][\w'’.-]+){0,3}\s?$")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\ufffd", " ")
    return re.sub(r"[ \t]+", " ", text)


def heading_like(line: str) -> bool:
    """A short line with no closing punctuation: a section or topic heading."""
    line = line.strip()
    return 0 < len(line) <= HEADING_CHARS and len(line.split()) <= HEADING_WORDS and (
        line[-1] not in ".!?:;,\"'”’)]") and (line[:1].isupper() or line[:1].isdigit())


def heading_over_text(lines: list[str]) -> bool:
    """'China–France relations' on the line over an unwrapped item: a heading of its own
    (hard-wrapped prose never has a line as long as the item's)."""
    if len(lines) > 1 and RELATED_HEADING.match(lines[0]):
        return True
    return len(lines) > 1 and max(len(line) for line in lines[1:]) > UNWRAPPED_LINE and (
        heading_like(lines[0]))


def bullet_items(lines: list[str]) -> list[str] | None:
    """A list of bullets ('- topic', '  - item (Reuters)'): one unit per bullet, an indented
    line that goes on with an unfinished bullet joined to it, any other line a unit of its
    own; a short line over more deeply set bullets (a section or topic heading) dropped.
    None when the lines are not a list."""
    marks = [BULLET.match(line) for line in lines]
    if sum(mark is not None for mark in marks) < 2:
        return None
    units: list[list] = []  # [indent, text, is a bullet]
    for line, mark in zip(lines, marks, strict=True):
        indent = len(line) - len(line.lstrip())
        last = units[-1] if units else None
        if mark is None and last and last[2] and indent > last[0] and \
                last[1].rstrip()[-1:] not in SENTENCE_ENDS:
            last[1] += " " + line.strip()
            continue
        units.append([indent, line[mark.end():].strip() if mark else line.strip(), mark is not None])
    return [text for i, (indent, text, bullet) in enumerate(units)
            if RELATED_HEADING.match(text) or not (heading_like(text) and over_a_list(units, i))]


def over_a_list(units: list[list], i: int) -> bool:
    """'International relations' over a bullet, '- Kosovo–Serbia relations' over deeper ones."""
    if i + 1 >= len(units) or not units[i + 1][2]:
        return False
    return not units[i][2] or units[i + 1][0] > units[i][0]


def units_of(block: str) -> tuple[list[str], bool]:
    """A block's paragraphs, and whether its first line was split off as a heading."""
    lines = [line for line in block.split("\n") if line.strip()]
    items = None if lines and RELATED_HEADING.match(lines[0]) else bullet_items(lines)
    if items is not None:
        return items, False
    if one_item_a_line(lines):
        return [line for i, line in enumerate(lines) if not heading_like(line) or i + 1 == len(lines)], False
    if heading_over_text(lines):
        return [lines[0], "\n".join(lines[1:])], True
    return [block], False


def one_item_a_line(lines: list[str]) -> bool:
    """A day page pasted without its bullets: topic headings between items that each end a
    sentence on one unwrapped line. Each item is a paragraph, the headings over them none."""
    items = [line for line in lines if not heading_like(line)]
    return len(lines) > 2 and len(items) < len(lines) and \
        any(len(line) > UNWRAPPED_LINE for line in items) and \
        all(line.rstrip()[-1] in SENTENCE_ENDS for line in items)


def paragraphs_of(text: str) -> list[str]:
    if "\n\n" in text or "\n \n" in text:
        blocks = re.split(r"\n\s*\n", text)
    else:  # a paragraph per line; bullets with their indented continuations as one block
        blocks = [text] if bullet_items(text.split("\n")) is not None else text.split("\n")
    blocks = [b for b in blocks if b.strip()]
    units: list[str] = []
    for block in blocks:
        split, headed = units_of(block)
        if headed and not RELATED_HEADING.match(split[0]):
            split = split[1:]  # a topic line over an item: a heading, not the news
            if units and heading_like(units[-1]):
                units.pop()  # 'Politics and elections' over the topic line: a heading too
        units += split
    return [normalise(" ".join(u.split())).strip(" •·*") for u in units]


def strip_dateline(paragraph: str) -> tuple[str, str | None]:
    """Remove a leading dateline; return it for a possible publication date."""
    for pattern in (DATELINE_PAREN, DATELINE_AGENCY):
        match = pattern.match(paragraph)
        if match:
            return paragraph[match.end():], match.group(1)
    return paragraph, None


def dateline_date(dateline: str | None):
    if not dateline or not YEAR.search(dateline):
        return None
    parsed = dateparser.parse(
        dateline.split("-")[-1].strip(), languages=["en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return parsed.date() if parsed else None


def same_text(a: str, b: str) -> bool:
    squash = lambda s: re.sub(r"\W+", "", s).lower()  # noqa: E731
    return bool(squash(a)) and (squash(a) == squash(b) or squash(b).startswith(squash(a)))


def without_surrogates(raw: RawArticle) -> RawArticle:
    """Lone surrogates (from JSON escapes such as \\ud800) cannot be encoded or stored."""
    fields = {name: getattr(raw, name) for name in ("id", "source", "title", "text", "url", "outlet")}
    found = {name: SURROGATES.subn("", value) for name, value in fields.items() if value}
    if not any(count for _, count in found.values()):
        return raw
    removed = sum(count for _, count in found.values())
    return raw.model_copy(update={
        **{name: cleaned for name, (cleaned, _) in found.items()},
        "warnings": [*raw.warnings, f"removed {removed} lone surrogate(s)"]})


def clean(raw: RawArticle) -> Article:
    """Paragraphs of the article proper, headline first unless the body repeats it."""
    raw = without_surrogates(raw)
    kept: list[str] = []
    published, warnings = raw.published, list(raw.warnings)
    for paragraph in paragraphs_of(raw.text):
        if RELATED_HEADING.match(paragraph):
            warnings.append("dropped a related-articles block")
            break
        if END_MARK.match(paragraph):
            warnings.append("dropped the notes after the story's end mark")
            break
        if len(paragraph) < 300 and (BOILERPLATE.search(paragraph) or RELATED_ITEM.match(paragraph)):
            continue
        paragraph, dateline = strip_dateline(paragraph)
        if published is None and dateline_date(dateline):
            published = dateline_date(dateline)
            warnings.append(f"publication date {published} taken from the dateline")
        if kept and same_text(paragraph, kept[-1]):
            continue
        if kept and BYLINE.match(paragraph):
            continue  # a lone name line: an author or a caption credit, not the story
        kept.append(paragraph)
    title = strip_dateline(normalise(raw.title).strip())[0]
    if title and not (kept and (same_text(title, kept[0]) or same_text(kept[0], title))):
        kept.insert(0, title)
    if published is None:
        warnings.append("no publication date: relative dates stay unresolved")
    digest = hashlib.sha256(
        f"{raw.title}\n{raw.published}\n{raw.url}\n{raw.outlet}\n{raw.text}".encode()
    ).hexdigest()
    return Article(id=raw.id, source=raw.source, title=title or (kept[0][:120] if kept else ""),
                   paragraphs=kept, published=published, url=raw.url, outlet=raw.outlet,
                   content_hash=digest,
                   warnings=warnings)
