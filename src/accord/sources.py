"""Reading articles from files, directories, globs, feeds and URLs.

`read_sources` yields an `Article` for every article it can read and a `Skip` for every
input it cannot, with a one-line reason naming the input and what to do. A bad input is
a normal outcome: the stream goes on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import glob
import io
import json
import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from .errors import InputError
from .fetch import Fetched, fetch
from .records import Article, Skip
from .settings import Settings

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt"}
JSONL_SUFFIXES = {".jsonl"}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES

_DATE_LINE = re.compile(r"\s*date\s+(\d{4}-\d{2}-\d{2})(?:[ \t]+|\s*\n|$)")
_GLOB_CHARS = re.compile(r"[*?\[]")
_SNIFF_BYTES = 8192
_MIN_HTML_WORDS = 8

Item = Article | Skip


def read_sources(inputs: Iterable[str | Path], *, settings: Settings) -> Iterator[Item]:
    """Every article in the given files, directories, globs and URLs, in order, with skips."""
    for raw in inputs:
        spec = str(raw)
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", spec):
            yield from _guard(spec, _read_url(spec, settings=settings))
            continue
        for path in _expand(spec):
            if isinstance(path, Skip):
                yield path
            else:
                yield from _guard(str(path), _read_path(path, settings=settings))


def _guard(origin: str, items: Iterator[Item]) -> Iterator[Item]:
    """Turn an InputError raised while reading one input into a Skip for that input."""
    try:
        yield from items
    except InputError as e:
        yield Skip(origin=e.source or origin, reason=e.message, stage=e.stage or "sources")


def _expand(spec: str) -> Iterator[Path | Skip]:
    path = Path(spec)
    if path.is_dir():
        files = sorted(
            p for p in path.rglob("*")
            if p.is_file()
            and p.suffix.lower() in SUPPORTED_SUFFIXES
            # A file inside a hidden directory (.git, .cache) is hidden too.
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not files:
            yield Skip(origin=spec, reason=f"directory has no {', '.join(sorted(SUPPORTED_SUFFIXES))} files")
        yield from files
    elif path.exists():
        yield path
    elif _GLOB_CHARS.search(spec):
        matches = sorted(Path(m) for m in glob.glob(spec, recursive=True) if Path(m).is_file())
        if not matches:
            yield Skip(origin=spec, reason="no files match this pattern: check the pattern and quote it")
        yield from matches
    else:
        yield Skip(origin=spec, reason="no such file or directory: check the path")


def _read_path(path: Path, *, settings: Settings) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(
            f"unsupported file type {suffix or '(none)'!r}: accord reads .txt, .jsonl, .html/.htm and .xml/.rss/.atom feeds",
            source=str(path),
        )
    if suffix in JSONL_SUFFIXES:
        with _open_checked(path) as stream:
            yield from _read_jsonl(stream, origin=str(path), settings=settings)
        return
    max_bytes = int(settings.max_file_mb * 1024 * 1024)
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(
            f"file is {size / 1024 / 1024:.3g} MB, over the {settings.max_file_mb:g} MB limit: "
            "split it, convert it to .jsonl (streamed), or raise max_file_mb",
            source=str(path),
        )
    with _open_checked(path) as stream:
        data = stream.read()
    if suffix in TEXT_SUFFIXES:
        yield parse_text(_decode(data, origin=str(path)), origin=str(path), settings=settings)
    elif suffix in HTML_SUFFIXES:
        yield parse_html(data, origin=str(path), settings=settings)
    else:
        yield from parse_feed(data, origin=str(path), settings=settings)


def _open_checked(path: Path) -> BinaryIO:
    """Open for reading, refusing empty and binary files up front."""
    try:
        stream = path.open("rb")
    except OSError as e:
        raise InputError(f"cannot open ({e.strerror}): check permissions", source=str(path)) from e
    head = stream.read(_SNIFF_BYTES)
    # Sniff the first chunk that is not all whitespace, so leading blank lines longer
    # than the sniff window do not make a real file look empty.
    while head and not head.strip():
        head = stream.read(_SNIFF_BYTES)
    if not head:
        stream.close()
        raise InputError("file is empty: nothing to read", source=str(path))
    if b"\x00" in head:
        stream.close()
        raise InputError(
            "binary file, not text: give accord .txt, .jsonl, .html or feed files",
            source=str(path),
        )
    stream.seek(0)
    return stream


def _decode(data: bytes, *, origin: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(
            f"not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start}): re-save the file as UTF-8",
            source=origin,
        ) from e


def parse_text(text: str, *, origin: str, settings: Settings) -> Article:
    """A .txt article: `date YYYY-MM-DD` then the text, or else a first-line title then the text."""
    published: dt.date | None = None
    title: str | None = None
    match = _DATE_LINE.match(text)
    if match:
        published = _parse_date(match.group(1), origin=origin, strict=True)
        body = text[match.end():]
    else:
        first, _, rest = text.strip().partition("\n")
        if rest.strip():
            title, body = first.strip(), rest
        else:
            body = first
    return _article(body, origin=origin, settings=settings, title=title, published=published)


def parse_html(data: bytes | str, *, origin: str, settings: Settings, url: str | None = None) -> Article:
    """The main text, title and date of an HTML page, found by trafilatura."""
    import trafilatura

    # as_dict=False (the default) returns a Document or None, never a dict.
    document = trafilatura.bare_extraction(data, url=url, with_metadata=True)
    text = document.text if isinstance(document, trafilatura.settings.Document) else None
    # On a page without an article trafilatura falls back to menus and footers ("Home"):
    # a handful of words is boilerplate, not a story.
    if not isinstance(document, trafilatura.settings.Document) or not text or len(text.split()) < _MIN_HTML_WORDS:
        raise InputError("no main text found in the HTML: is it an article page?", source=origin)
    title = document.title or None
    # trafilatura puts the headline at the top of the text; the title field already has it.
    if title and text.startswith(title):
        text = text[len(title):]
    published = _parse_date(document.date, origin=origin) if document.date else None
    return _article(
        text,
        origin=origin,
        settings=settings,
        title=title,
        url=url or document.url or None,
        source=document.sitename or None,
        published=published,
        license=document.license or None,
    )


def parse_feed(data: bytes, *, origin: str, settings: Settings) -> Iterator[Item]:
    """Each entry of an RSS or Atom feed as an article (or the page it links to)."""
    import feedparser
    import trafilatura

    # feedparser treats bytes that look like a path or URL as one and opens or fetches
    # it (past the private-address check); a stream is always read as the document.
    feed = feedparser.parse(io.BytesIO(data))
    if not feed.version or not feed.entries:
        problem = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        raise InputError(f"not an RSS/Atom feed with entries{problem}: check the file or URL", source=origin)
    feed_title = feed.feed.get("title") or None
    for number, entry in enumerate(feed.entries, start=1):
        entry_origin = f"{origin}#entry{number}"
        link = entry.get("link")
        if settings.follow_feed_links and link:
            yield from _guard(link, _read_url(link, settings=settings))
            continue
        html = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
        # html2txt reads whole documents only; an entry's HTML is a fragment.
        text = trafilatura.html2txt(f"<html><body><div>{html}</div></body></html>") if "<" in html else html
        if not text.strip():
            yield Skip(origin=entry_origin, reason="feed entry has no text: set follow_feed_links to read the linked page")
            continue
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        try:
            yield _article(
                text,
                origin=entry_origin,
                settings=settings,
                title=entry.get("title") or None,
                url=link,
                source=feed_title,
                source_id=entry.get("id") or None,
                published=dt.date(*parsed[:3]) if parsed else None,
            )
        except InputError as e:
            yield Skip(origin=entry_origin, reason=e.message)


def _read_jsonl(stream: BinaryIO, *, origin: str, settings: Settings) -> Iterator[Item]:
    # Lines are read with a cap so that one huge line cannot take all memory.
    max_line = settings.max_article_chars * 4 + 65536
    number = 0
    while True:
        line = stream.readline(max_line + 1)
        if not line:
            return
        number += 1
        where = f"{origin}:{number}"
        if len(line) > max_line and not line.endswith(b"\n"):
            while (more := stream.readline(1 << 20)) and not more.endswith(b"\n"):
                pass
            yield Skip(origin=where, reason=f"line longer than {max_line // 1024} KB: split the article or raise max_article_chars")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(_decode(line, origin=where))
        except InputError as e:
            yield Skip(origin=where, reason=e.message)
            continue
        except json.JSONDecodeError as e:
            # Some json messages end in "at" ("Invalid control character at"): do not say it twice.
            problem = e.msg.removesuffix(" at")
            yield Skip(origin=where, reason=f"broken JSON ({problem} at column {e.colno}): fix or remove the line")
            continue
        except (ValueError, RecursionError) as e:
            # Valid JSON that Python will not load: integers over 4,300 digits, deep nesting.
            yield Skip(origin=where, reason=f"JSON that cannot be loaded ({e}): fix or remove the line")
            continue
        try:
            yield _article_from_record(record, origin=where, settings=settings)
        except InputError as e:
            yield Skip(origin=where, reason=e.message)


def _article_from_record(record: Any, *, origin: str, settings: Settings) -> Article:
    if not isinstance(record, dict):
        raise InputError("line is not a JSON object: expected {id, url, title, published, source, text}", source=origin)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("no \"text\" field with the article body: add it or remove the line", source=origin)
    published = record.get("published")
    return _article(
        text,
        origin=origin,
        settings=settings,
        title=_str_or_none(record.get("title")),
        url=_str_or_none(record.get("url")),
        source=_str_or_none(record.get("source")),
        source_id=_str_or_none(record.get("id")),
        published=_parse_date(published, origin=origin) if published else None,
        license=_str_or_none(record.get("license")),
    )


def _read_url(url: str, *, settings: Settings) -> Iterator[Item]:
    fetched = fetch(url, settings=settings)
    head = fetched.body[:512].lstrip().lower()
    is_feed = any(t in fetched.content_type for t in ("rss", "atom", "xml")) or head.startswith((b"<?xml", b"<rss", b"<feed"))
    if is_feed and b"<html" not in head:
        yield from parse_feed(fetched.body, origin=url, settings=settings)
    elif "html" in fetched.content_type or b"<html" in head or head.startswith(b"<!doctype html"):
        yield parse_html(fetched.body, origin=url, settings=settings, url=fetched.url)
    elif fetched.content_type.startswith("text/"):
        article = parse_text(_decode_fetched(fetched, origin=url), origin=url, settings=settings)
        yield _replace_url(article, fetched.url)
    else:
        raise InputError(
            f"content type {fetched.content_type or 'unknown'!r} is not HTML, text or a feed: give the article page's URL",
            source=url,
            stage="fetch",
        )


def _decode_fetched(fetched: Fetched, *, origin: str) -> str:
    """Text of a fetched body, in the charset the server declared (UTF-8 when it declared none)."""
    if not fetched.charset:
        return _decode(fetched.body, origin=origin)
    try:
        return fetched.body.decode(fetched.charset)
    except (LookupError, UnicodeDecodeError) as e:
        raise InputError(f"the server says the text is {fetched.charset} but it is not ({e}): report it to the site", source=origin) from e


def _replace_url(article: Article, url: str) -> Article:
    return dataclasses.replace(article, url=url)


def _article(text: str, *, origin: str, settings: Settings, **fields: Any) -> Article:
    article = Article.from_text(text, origin=origin, **fields)
    if not article.text:
        raise InputError("article has no text: nothing to read", source=origin)
    if len(article.text) > settings.max_article_chars:
        raise InputError(
            f"article is {len(article.text):,} characters, over the {settings.max_article_chars:,} limit: "
            "split it or raise max_article_chars",
            source=origin,
        )
    return article


def _parse_date(value: Any, *, origin: str, strict: bool = False) -> dt.date | None:
    """An ISO date (or the date part of an ISO timestamp); unknown dates are logged, not guessed."""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    if strict:
        raise InputError(f"date line has an impossible date {value!r}: write it as YYYY-MM-DD", source=origin)
    log.warning("%s: publication date %r is not an ISO date; stored as unknown", origin, value)
    return None


def _str_or_none(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None
