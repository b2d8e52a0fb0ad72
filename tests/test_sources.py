"""Reading articles from files, directories and globs: `read_sources` yields Articles and Skips."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tracemalloc
from pathlib import Path

import pytest

from accord.records import Article, Skip
from accord.settings import Settings
from accord.sources import read_sources

DEFAULT = Settings()


def article(text: str, **fields: object) -> Article:
    """The Article expected for `text`; the id is sha256 of the whitespace-folded text."""
    article_id = hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()
    return Article(id=article_id, text=text, **fields)  # type: ignore[arg-type]


def read(inputs: list[str | Path], settings: Settings = DEFAULT) -> list[Article | Skip]:
    return list(read_sources(inputs, settings=settings))


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def jsonl(*records: object) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


# --- .txt -------------------------------------------------------------------------------

TEXT_CASES = [
    pytest.param(
        " date 2025-09-05 Ministers met in Velan on Friday.\n\nThey agreed to meet again.\n",
        dict(text="Ministers met in Velan on Friday.\n\nThey agreed to meet again.", published=dt.date(2025, 9, 5)),
        id="seed-date-on-first-line",
    ),
    pytest.param(
        "date 2025-09-05\nMinisters met in Velan on Friday.\n",
        dict(text="Ministers met in Velan on Friday.", published=dt.date(2025, 9, 5)),
        id="date-line-alone",
    ),
    pytest.param(
        "Harbour deal signed\n\nThe ministers signed the harbour deal.\n\nWork starts in spring.\n",
        dict(text="The ministers signed the harbour deal.\n\nWork starts in spring.", title="Harbour deal signed"),
        id="title-then-body",
    ),
    pytest.param(
        "Harbour deal signed\r\nThe ministers signed the harbour deal.\r\n",
        dict(text="The ministers signed the harbour deal.", title="Harbour deal signed"),
        id="title-then-body-crlf",
    ),
    pytest.param(
        "The ministers signed the harbour deal on Monday.\n",
        dict(text="The ministers signed the harbour deal on Monday."),
        id="single-line-no-title",
    ),
    pytest.param(
        "\ufeff date 2025-01-02 Talks resumed.",
        dict(text="Talks resumed.", published=dt.date(2025, 1, 2)),
        id="utf8-bom",
    ),
]


@pytest.mark.parametrize(("content", "expected"), TEXT_CASES)
def test_txt_file(tmp_path: Path, content: str, expected: dict) -> None:
    path = write(tmp_path / "a.txt", content)
    assert read([path]) == [article(origin=str(path), **expected)]


def test_txt_with_long_leading_blank_lines_is_read(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "\n" * 10_000 + "Talks resumed in Velan.")
    assert read([path]) == [article("Talks resumed in Velan.", origin=str(path))]


# --- .jsonl ------------------------------------------------------------------------------

FULL_RECORD = {
    "id": "wire-1",
    "url": "https://wire.example/talks",
    "title": "Talks resume",
    "source": "Harbour Wire",
    "published": "2025-09-05T08:00:00Z",
    "license": "CC-BY-4.0",
    "text": "Negotiators returned to the table on Friday.",
}


def test_jsonl_lines_are_articles_with_their_fields(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", jsonl(FULL_RECORD, {"text": "A second article, text only."}))
    assert read([path]) == [
        article(
            "Negotiators returned to the table on Friday.",
            title="Talks resume",
            url="https://wire.example/talks",
            source="Harbour Wire",
            source_id="wire-1",
            published=dt.date(2025, 9, 5),
            license="CC-BY-4.0",
            origin=f"{path}:1",
        ),
        article("A second article, text only.", origin=f"{path}:2"),
    ]


def test_jsonl_blank_lines_are_skipped_silently_and_still_counted(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", '\n{"text": "One."}\n   \n{"text": "Two."}\n')
    assert read([path]) == [article("One.", origin=f"{path}:2"), article("Two.", origin=f"{path}:4")]


BAD_LINES = [
    pytest.param(
        b'{"text": "a" "b"}\n',
        "broken JSON (Expecting ',' delimiter at column 14): fix or remove the line",
        id="broken-json",
    ),
    pytest.param(
        b'{"text": "unterminated\n',
        "broken JSON (Invalid control character at column 23): fix or remove the line",
        id="unterminated-string",
    ),
    pytest.param(
        b'{"title": "No body here"}\n',
        'no "text" field with the article body: add it or remove the line',
        id="no-text",
    ),
    pytest.param(b'{"text": "   "}\n', 'no "text" field with the article body: add it or remove the line', id="blank-text"),
    pytest.param(b'{"text": 42}\n', 'no "text" field with the article body: add it or remove the line', id="text-not-string"),
    pytest.param(
        b'["a", "list"]\n',
        "line is not a JSON object: expected {id, url, title, published, source, text}",
        id="not-an-object",
    ),
    pytest.param(
        b'"just a string"\n',
        "line is not a JSON object: expected {id, url, title, published, source, text}",
        id="string-not-object",
    ),
    pytest.param(
        b'{"text": "Caf\xe9 talks"}\n',
        "not UTF-8 text (byte 0xe9 at offset 13): re-save the file as UTF-8",
        id="not-utf8",
    ),
    pytest.param(
        b"[" * 100_000 + b"\n",
        "JSON that cannot be loaded (maximum recursion depth exceeded while decoding a JSON array "
        "from a unicode string): fix or remove the line",
        id="nested-too-deep",
    ),
]


@pytest.mark.parametrize(("line", "reason"), BAD_LINES)
def test_jsonl_bad_line_is_one_skip_and_other_lines_are_read(tmp_path: Path, line: bytes, reason: str) -> None:
    path = write(tmp_path / "a.jsonl", b'{"text": "Before."}\n' + line + b'{"text": "After."}\n')
    assert read([path]) == [
        article("Before.", origin=f"{path}:1"),
        Skip(origin=f"{path}:2", reason=reason),
        article("After.", origin=f"{path}:3"),
    ]


def test_jsonl_integer_too_long_for_python_is_one_skip(tmp_path: Path) -> None:
    line = '{"text": "Body.", "count": ' + "1" * 5000 + "}\n"
    path = write(tmp_path / "a.jsonl", line + '{"text": "After."}\n')
    items = read([path])
    assert [type(item) for item in items] == [Skip, Article]
    assert items[0].origin == f"{path}:1"
    assert items[0].reason.startswith("JSON that cannot be loaded (Exceeds the limit (4300 digits)")
    assert items[1] == article("After.", origin=f"{path}:2")


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2025-09-05", dt.date(2025, 9, 5)),
        ("2025-09-05T23:59:00+02:00", dt.date(2025, 9, 5)),
        ("5 September 2025", None),
        ("2025-13-45", None),
        (20250905, None),
        ("", None),
        (None, None),
    ],
)
def test_jsonl_published_is_an_iso_date_or_none(tmp_path: Path, published: object, expected: dt.date | None) -> None:
    path = write(tmp_path / "a.jsonl", jsonl({"text": "Body.", "published": published}))
    assert read([path]) == [article("Body.", published=expected, origin=f"{path}:1")]


def test_jsonl_line_longer_than_cap_is_one_skip_and_next_line_read(tmp_path: Path) -> None:
    settings = Settings(max_article_chars=1000)  # line cap: 4 * 1000 + 65536 bytes
    long_line = json.dumps({"text": "word " * 20_000}) + "\n"
    path = write(tmp_path / "a.jsonl", '{"text": "Before."}\n' + long_line + '{"text": "After."}\n')
    assert read([path], settings) == [
        article("Before.", origin=f"{path}:1"),
        Skip(origin=f"{path}:2", reason="line longer than 67 KB: split the article or raise max_article_chars"),
        article("After.", origin=f"{path}:3"),
    ]


def test_jsonl_article_over_max_article_chars_is_one_skip(tmp_path: Path) -> None:
    settings = Settings(max_article_chars=1000)
    path = write(tmp_path / "a.jsonl", jsonl({"text": "x" * 1001}, {"text": "After."}))
    assert read([path], settings) == [
        Skip(origin=f"{path}:1", reason="article is 1,001 characters, over the 1,000 limit: split it or raise max_article_chars"),
        article("After.", origin=f"{path}:2"),
    ]


def test_jsonl_50_mb_is_read_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    # ~21 KB lines with few spaces: under tracemalloc, prose-like 2 KB lines take ~17 s
    # (the cost is per allocation), and memory does not depend on the line length here.
    line = (json.dumps({"text": ("harbour" * 300 + " ") * 10}) + "\n").encode()
    lines_per_chunk = (1024 * 1024) // len(line)
    chunk = line * lines_per_chunk
    with path.open("wb") as out:
        for _ in range(50):
            out.write(chunk)
    assert path.stat().st_size >= 49 * 1024 * 1024

    tracemalloc.start()
    try:
        articles = sum(1 for item in read_sources([path], settings=DEFAULT) if isinstance(item, Article))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert articles == 50 * lines_per_chunk
    assert peak < 20 * 1024 * 1024


# --- article id ----------------------------------------------------------------------------


def test_same_text_from_txt_and_jsonl_has_the_same_id(tmp_path: Path) -> None:
    txt = write(tmp_path / "a.txt", " date 2025-09-05 The ministers met.\n\nThey agreed  to meet again.\n")
    lines = write(tmp_path / "b.jsonl", jsonl({"text": "The ministers met. They agreed\tto meet\nagain."}))
    from_txt, from_jsonl = read([txt, lines])
    assert isinstance(from_txt, Article) and isinstance(from_jsonl, Article)
    assert from_txt.id == from_jsonl.id == hashlib.sha256(b"The ministers met. They agreed to meet again.").hexdigest()


def test_different_text_has_a_different_id(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", jsonl({"text": "The ministers met."}, {"text": "The ministers did not meet."}))
    first, second = read([path])
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.id != second.id


# --- .html -----------------------------------------------------------------------------------

ARTICLE_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ministers agree harbour plan | Coastal Ledger</title>
<meta property="og:title" content="Ministers agree harbour plan">
<meta property="og:site_name" content="Coastal Ledger">
<meta property="article:published_time" content="2025-03-14T08:30:00Z">
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World desk menu</a></li></ul></nav>
<article>
<h1>Ministers agree harbour plan</h1>
<p>The transport ministers of Arland and Belmark agreed on Tuesday to rebuild the shared harbour at Port Velan, ending a dispute that had lasted three years.</p>
<p>Under the plan, Arland will pay for the new breakwater and Belmark will dredge the channel, the ministers said in a joint statement after talks in the harbour town.</p>
<p>Work is due to start in the spring and to take four years. Local fishing crews, who had complained about silt in the channel, welcomed the agreement.</p>
</article>
<footer>Copyright Coastal Ledger</footer>
</body>
</html>
"""

ARTICLE_PAGE_TEXT = (
    "The transport ministers of Arland and Belmark agreed on Tuesday to rebuild the shared harbour at Port Velan, "
    "ending a dispute that had lasted three years.\n"
    "Under the plan, Arland will pay for the new breakwater and Belmark will dredge the channel, the ministers said "
    "in a joint statement after talks in the harbour town.\n"
    "Work is due to start in the spring and to take four years. Local fishing crews, who had complained about silt "
    "in the channel, welcomed the agreement."
)


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_article_page(tmp_path: Path, suffix: str) -> None:
    path = write(tmp_path / f"page{suffix}", ARTICLE_PAGE)
    assert read([path]) == [
        article(
            ARTICLE_PAGE_TEXT,
            title="Ministers agree harbour plan",
            source="Coastal Ledger",
            published=dt.date(2025, 3, 14),
            origin=str(path),
        )
    ]


def test_html_without_main_text_is_a_skip(tmp_path: Path) -> None:
    page = "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    path = write(tmp_path / "empty.html", page)
    assert read([path]) == [Skip(origin=str(path), reason="no main text found in the HTML: is it an article page?")]


# --- feeds -----------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Harbour Wire</title>
<link>https://wire.example/</link>
<description>News from the coast</description>
<item>
<title>Talks resume in Velan</title>
<link>https://wire.example/talks</link>
<guid>wire-1</guid>
<pubDate>Fri, 05 Sep 2025 09:00:00 GMT</pubDate>
<description>&lt;p&gt;Negotiators from Arland and Belmark returned to the table on Friday.&lt;/p&gt;&lt;p&gt;They will meet again.&lt;/p&gt;</description>
</item>
<item>
<title>Ferries run late</title>
<link>https://wire.example/ferries</link>
<description>Ferries between the islands ran late because of fog.</description>
</item>
</channel>
</rss>
"""

RSS_ARTICLES = [
    dict(
        text="Negotiators from Arland and Belmark returned to the table on Friday. They will meet again.",
        title="Talks resume in Velan",
        url="https://wire.example/talks",
        source="Harbour Wire",
        source_id="wire-1",
        published=dt.date(2025, 9, 5),
    ),
    dict(
        text="Ferries between the islands ran late because of fog.",
        title="Ferries run late",
        url="https://wire.example/ferries",
        source="Harbour Wire",
    ),
]

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Ledger Atom</title>
<id>urn:ledger</id>
<updated>2025-09-07T10:00:00Z</updated>
<entry>
<title>Ceasefire holds</title>
<link href="https://ledger.example/ceasefire"/>
<id>urn:ledger:1</id>
<published>2025-09-06T10:00:00Z</published>
<updated>2025-09-07T10:00:00Z</updated>
<content type="html">&lt;p&gt;The ceasefire along the river held for a third day, monitors said.&lt;/p&gt;</content>
</entry>
<entry>
<title>Border crossing reopens</title>
<link href="https://ledger.example/crossing"/>
<id>urn:ledger:2</id>
<updated>2025-09-08T10:00:00Z</updated>
<summary>The northern border crossing reopened to lorries on Monday.</summary>
</entry>
</feed>
"""

ATOM_ARTICLES = [
    dict(
        text="The ceasefire along the river held for a third day, monitors said.",
        title="Ceasefire holds",
        url="https://ledger.example/ceasefire",
        source="Ledger Atom",
        source_id="urn:ledger:1",
        published=dt.date(2025, 9, 6),
    ),
    dict(
        text="The northern border crossing reopened to lorries on Monday.",
        title="Border crossing reopens",
        url="https://ledger.example/crossing",
        source="Ledger Atom",
        source_id="urn:ledger:2",
        published=dt.date(2025, 9, 8),
    ),
]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("wire.xml", RSS, RSS_ARTICLES),
        ("wire.rss", RSS, RSS_ARTICLES),
        ("ledger.atom", ATOM, ATOM_ARTICLES),
        ("ledger.xml", ATOM, ATOM_ARTICLES),
    ],
)
def test_feed_file_gives_one_article_per_entry(tmp_path: Path, name: str, content: str, expected: list[dict]) -> None:
    path = write(tmp_path / name, content)
    assert read([path]) == [
        article(origin=f"{path}#entry{number}", **fields) for number, fields in enumerate(expected, start=1)
    ]


def test_feed_entry_without_text_is_a_skip(tmp_path: Path) -> None:
    feed = RSS.replace(
        "<item>\n<title>Ferries",
        "<item>\n<title>Quiet day</title>\n<link>https://wire.example/quiet</link>\n<description></description>\n</item>\n"
        "<item>\n<title>Ferries",
    )
    path = write(tmp_path / "wire.rss", feed)
    assert read([path]) == [
        article(origin=f"{path}#entry1", **RSS_ARTICLES[0]),
        Skip(origin=f"{path}#entry2", reason="feed entry has no text: set follow_feed_links to read the linked page"),
        article(origin=f"{path}#entry3", **RSS_ARTICLES[1]),
    ]


@pytest.mark.parametrize(
    "content",
    [
        pytest.param('<?xml version="1.0"?>\n<config><item>one</item><name>settings</name></config>\n', id="other-xml"),
        pytest.param('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Empty</title></channel></rss>\n', id="feed-without-entries"),
    ],
)
def test_xml_that_is_not_a_feed_with_entries_is_a_skip(tmp_path: Path, content: str) -> None:
    path = write(tmp_path / "data.xml", content)
    assert read([path]) == [Skip(origin=str(path), reason="not an RSS/Atom feed with entries: check the file or URL")]


def test_malformed_xml_is_a_skip_giving_the_parser_error(tmp_path: Path) -> None:
    path = write(tmp_path / "broken.xml", "<<< not xml >>>\n")
    assert read([path]) == [
        Skip(
            origin=str(path),
            reason="not an RSS/Atom feed with entries (<unknown>:2:1: not well-formed (invalid token)): check the file or URL",
        )
    ]


def test_truncated_feed_is_read_as_far_as_it_goes(tmp_path: Path) -> None:
    path = write(tmp_path / "cut.rss", RSS.split("<item>\n<title>Ferries")[0])
    assert read([path]) == [article(origin=f"{path}#entry1", **RSS_ARTICLES[0])]


def test_feed_file_naming_a_local_path_is_not_opened(tmp_path: Path) -> None:
    secret = write(tmp_path / "secret.rss", RSS)
    path = write(tmp_path / "pointer.xml", str(secret))
    [skip] = read([path])
    assert isinstance(skip, Skip)
    assert (skip.origin, skip.reason[:35]) == (str(path), "not an RSS/Atom feed with entries (")


# --- directories, globs, missing paths -------------------------------------------------------


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    write(root / "b.txt", "Second file.")
    write(root / "a.txt", "First file.")
    write(root / "sub" / "c.jsonl", jsonl({"text": "From the lines file."}))
    write(root / "sub" / "deeper" / "d.txt", "Deep file.")
    write(root / "notes.md", "Not an input.")
    write(root / "scan.pdf", b"%PDF-1.4")
    write(root / ".hidden.txt", "Hidden file.")
    write(root / ".cache" / "e.txt", "In a hidden directory.")
    return root


def test_directory_is_read_recursively_in_sorted_order(corpus: Path) -> None:
    assert read([corpus]) == [
        article("First file.", origin=str(corpus / "a.txt")),
        article("Second file.", origin=str(corpus / "b.txt")),
        article("From the lines file.", origin=f"{corpus / 'sub' / 'c.jsonl'}:1"),
        article("Deep file.", origin=str(corpus / "sub" / "deeper" / "d.txt")),
    ]


def test_directory_without_supported_files_is_a_skip(tmp_path: Path) -> None:
    write(tmp_path / "notes.md", "Not an input.")
    write(tmp_path / ".hidden.txt", "Hidden.")
    assert read([tmp_path]) == [
        Skip(origin=str(tmp_path), reason="directory has no .atom, .htm, .html, .jsonl, .rss, .txt, .xml files")
    ]


@pytest.mark.parametrize(
    ("pattern", "expected_names"),
    [
        ("*.txt", ["a.txt", "b.txt"]),
        ("**/*.txt", ["a.txt", "b.txt", "sub/deeper/d.txt"]),
        ("[a]*", ["a.txt"]),
        ("sub/*.jsonl", ["sub/c.jsonl:1"]),
    ],
)
def test_glob_reads_the_matching_files(corpus: Path, pattern: str, expected_names: list[str]) -> None:
    texts = {"a.txt": "First file.", "b.txt": "Second file.", "sub/deeper/d.txt": "Deep file.", "sub/c.jsonl:1": "From the lines file."}
    assert read([f"{corpus}/{pattern}"]) == [article(texts[name], origin=f"{corpus}/{name}") for name in expected_names]


def test_glob_matching_nothing_is_a_skip(tmp_path: Path) -> None:
    pattern = f"{tmp_path}/*.txt"
    assert read([pattern]) == [Skip(origin=pattern, reason="no files match this pattern: check the pattern and quote it")]


def test_glob_matching_an_unsupported_file_gives_its_skip(corpus: Path) -> None:
    assert read([f"{corpus}/*.pdf"]) == [
        Skip(
            origin=str(corpus / "scan.pdf"),
            reason="unsupported file type '.pdf': accord reads .txt, .jsonl, .html/.htm and .xml/.rss/.atom feeds",
        )
    ]


def test_missing_path_is_a_skip(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    assert read([missing]) == [Skip(origin=str(missing), reason="no such file or directory: check the path")]


def test_inputs_are_read_in_the_order_given(tmp_path: Path) -> None:
    first = write(tmp_path / "z.txt", "Given first.")
    second = write(tmp_path / "a.txt", "Given second.")
    assert read([first, str(second)]) == [
        article("Given first.", origin=str(first)),
        article("Given second.", origin=str(second)),
    ]


# --- bad inputs: one Skip each, the rest still read ---------------------------------------

BAD_FILES = [
    pytest.param("data.txt", b"GIF89a\x00\x01\x02binary", {}, "binary file, not text: give accord .txt, .jsonl, .html or feed files", id="binary"),
    pytest.param("data.jsonl", b'{"text": "x"}\x00\n', {}, "binary file, not text: give accord .txt, .jsonl, .html or feed files", id="binary-jsonl"),
    pytest.param("empty.txt", b"", {}, "file is empty: nothing to read", id="empty"),
    pytest.param("empty.jsonl", b"", {}, "file is empty: nothing to read", id="empty-jsonl"),
    pytest.param("blank.txt", b" \n\t\r\n  \n", {}, "file is empty: nothing to read", id="whitespace-only"),
    pytest.param("blank.html", b"\n" * 20_000, {}, "file is empty: nothing to read", id="whitespace-longer-than-sniff"),
    pytest.param("latin1.txt", b"Caf\xe9 talks resumed.", {}, "not UTF-8 text (byte 0xe9 at offset 3): re-save the file as UTF-8", id="not-utf8"),
    pytest.param(
        "paper.pdf",
        b"%PDF-1.4 text",
        {},
        "unsupported file type '.pdf': accord reads .txt, .jsonl, .html/.htm and .xml/.rss/.atom feeds",
        id="unsupported-suffix",
    ),
    pytest.param(
        "README",
        b"No suffix at all.",
        {},
        "unsupported file type '(none)': accord reads .txt, .jsonl, .html/.htm and .xml/.rss/.atom feeds",
        id="no-suffix",
    ),
    pytest.param(
        "big.txt",
        b"word " * 400,
        {"max_file_mb": 0.001},
        "file is 0.00191 MB, over the 0.001 MB limit: split it, convert it to .jsonl (streamed), or raise max_file_mb",
        id="over-max-file-mb",
    ),
    pytest.param(
        "long.txt",
        b"x" * 61,
        {"max_article_chars": 60},
        "article is 61 characters, over the 60 limit: split it or raise max_article_chars",
        id="over-max-article-chars",
    ),
    pytest.param(
        "baddate.txt",
        b"date 2025-13-45 The talks went on.",
        {},
        "date line has an impossible date '2025-13-45': write it as YYYY-MM-DD",
        id="impossible-date",
    ),
]


@pytest.mark.parametrize(("name", "content", "overrides", "reason"), BAD_FILES)
def test_bad_file_is_one_skip_and_other_inputs_are_read(
    tmp_path: Path, name: str, content: bytes, overrides: dict, reason: str
) -> None:
    before = write(tmp_path / "before.txt", "Read before.")
    bad = write(tmp_path / name, content)
    after = write(tmp_path / "after.jsonl", jsonl({"text": "Read after."}))
    assert read([before, bad, after], Settings(**overrides)) == [
        article("Read before.", origin=str(before)),
        Skip(origin=str(bad), reason=reason),
        article("Read after.", origin=f"{after}:1"),
    ]


def test_large_jsonl_is_not_refused_by_max_file_mb(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", jsonl(*({"text": f"Article {n}."} for n in range(100))))
    assert path.stat().st_size > 1048
    items = read([path], Settings(max_file_mb=0.001))
    assert items == [article(f"Article {n}.", origin=f"{path}:{n + 1}") for n in range(100)]
