"""Fetching URLs (accord.fetch) and reading URL inputs, against a local server on 127.0.0.1."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from accord.errors import FetchError
from accord.fetch import Fetched, fetch
from accord.records import Article, Skip
from accord.settings import Settings
from accord.sources import read_sources

LOCAL = Settings(allow_private=True, fetch_timeout=5)

PAGE = b"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ferry link restored | Island Post</title>
<meta property="og:title" content="Ferry link restored">
<meta property="og:site_name" content="Island Post">
<meta property="article:published_time" content="2025-06-02T07:00:00Z">
</head>
<body>
<nav><a href="/">Front page</a> <a href="/weather">Weather menu</a></nav>
<article>
<h1>Ferry link restored</h1>
<p>The ferry link between Arland and the island of Mora was restored on Monday after a strike by harbour staff ended.</p>
<p>The two governments said in a joint statement that crossings would run to the summer timetable from Wednesday.</p>
<p>Islanders, who had been cut off for nine days, queued at the quay before dawn to board the first boat.</p>
</article>
</body>
</html>
"""

PAGE_TEXT = (
    "The ferry link between Arland and the island of Mora was restored on Monday after a strike by harbour staff ended.\n"
    "The two governments said in a joint statement that crossings would run to the summer timetable from Wednesday.\n"
    "Islanders, who had been cut off for nine days, queued at the quay before dawn to board the first boat."
)

FEED = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Mora Wire</title>
<link>http://wire.example/</link>
<description>Island news</description>
<item>
<title>Strike ends</title>
<link>http://wire.example/strike</link>
<guid>mora-1</guid>
<pubDate>Mon, 02 Jun 2025 06:00:00 GMT</pubDate>
<description>Harbour staff on Mora ended their strike.</description>
</item>
<item>
<title>Timetable</title>
<link>http://wire.example/timetable</link>
<guid>mora-2</guid>
<pubDate>Tue, 03 Jun 2025 06:00:00 GMT</pubDate>
<description>&lt;p&gt;Summer crossings start on Wednesday.&lt;/p&gt;</description>
</item>
</channel>
</rss>
"""

PLAIN = b" date 2025-06-04 Crossings to Mora ran on time on Wednesday.\n\nThe harbour master said all was well.\n"
PLAIN_TEXT = "Crossings to Mora ran on time on Wednesday.\n\nThe harbour master said all was well."

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64


def article(text: str, **fields: object) -> Article:
    """The Article expected for `text`; the id is sha256 of the whitespace-folded text."""
    article_id = hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()
    return Article(id=article_id, text=text, **fields)  # type: ignore[arg-type]


def read(inputs: list[str | Path], settings: Settings = LOCAL) -> list[Article | Skip]:
    return list(read_sources(inputs, settings=settings))


class Handler(BaseHTTPRequestHandler):
    """Routes for the tests; `release` ends the slow routes early when the server stops."""

    release: threading.Event
    protocol_version = "HTTP/1.0"  # bodies without Content-Length end when the connection closes

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def handle(self) -> None:
        # The client gives up on the slow routes before they answer.
        with contextlib.suppress(ConnectionError):
            super().handle()

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = {key: values[0] for key, values in parse_qs(parts.query).items()}
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        route = parts.path
        if route == "/article.html":
            self.send_body(PAGE, "text/html; charset=utf-8")
        elif route == "/feed.rss":
            self.send_body(FEED, query.get("type", "application/rss+xml"))
        elif route == "/linked-feed.rss":
            linked = FEED.replace(b"http://wire.example/strike", f"{base}/article.html".encode())
            linked = linked.replace(b"http://wire.example/timetable", f"{base}/gone".encode())
            self.send_body(linked, "application/rss+xml")
        elif route == "/article.txt":
            self.send_body(PLAIN, "text/plain; charset=utf-8")
        elif route == "/image.png":
            self.send_body(PNG, "image/png")
        elif route == "/user-agent":
            self.send_body(self.headers.get("User-Agent", "").encode(), "text/plain")
        elif route == "/redirect":
            self.redirect(query.get("to", "/article.html"))
        elif route.startswith("/hop/"):
            left = int(route.rsplit("/", 1)[1])
            self.redirect(f"/hop/{left - 1}" if left > 1 else "/article.txt")
        elif route == "/loop":
            self.redirect("/loop")
        elif route.startswith("/status/"):
            self.send_error(int(route.rsplit("/", 1)[1]))
        elif route == "/big":
            self.send_body(b"x" * 20_000, "text/plain")
        elif route == "/big-unsized":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(20):
                self.wfile.write(b"x" * 1000)
        elif route == "/slow":
            if not self.release.wait(5):
                self.send_body(PLAIN, "text/plain")
        elif route == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            with contextlib.suppress(OSError):
                while not self.release.wait(0.05):
                    self.wfile.write(b"x")
                    self.wfile.flush()
        else:
            self.send_error(404)

    def send_body(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


@contextlib.contextmanager
def serve() -> Iterator[str]:
    """A ThreadingHTTPServer on a free 127.0.0.1 port, shut down on exit; yields its base URL."""
    release = threading.Event()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), type("TestHandler", (Handler,), {"release": release}))
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture
def base(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    # httpx honours proxy variables; the tests talk to 127.0.0.1 directly.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    with serve() as url:
        yield url


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- fetch() ---------------------------------------------------------------------------------


def test_fetch_returns_final_url_content_type_and_body(base: str) -> None:
    assert fetch(f"{base}/article.txt", settings=LOCAL) == Fetched(url=f"{base}/article.txt", content_type="text/plain", body=PLAIN, charset="utf-8")


def test_fetch_follows_redirects(base: str) -> None:
    assert fetch(f"{base}/hop/3", settings=LOCAL) == Fetched(url=f"{base}/article.txt", content_type="text/plain", body=PLAIN, charset="utf-8")


def test_fetch_sends_the_user_agent_setting(base: str) -> None:
    settings = Settings(allow_private=True, user_agent="accord-test/1")
    assert fetch(f"{base}/user-agent", settings=settings).body == b"accord-test/1"


def test_fetch_error_is_a_fetch_error_naming_the_url(base: str) -> None:
    url = f"{base}/status/404"
    with pytest.raises(FetchError) as caught:
        fetch(url, settings=LOCAL)
    assert (caught.value.source, caught.value.stage) == (url, "fetch")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://10.0.0.1/a", "refused: 10.0.0.1 resolves to a non-public address (10.0.0.1)"),
        ("http://192.168.1.20/a", "refused: 192.168.1.20 resolves to a non-public address (192.168.1.20)"),
        ("http://169.254.169.254/latest", "refused: 169.254.169.254 resolves to a non-public address (169.254.169.254)"),
        ("http://[::1]:8080/a", "refused: ::1 resolves to a non-public address (::1)"),
        ("http://0.0.0.0/a", "refused: 0.0.0.0 resolves to a non-public address (0.0.0.0)"),
    ],
)
def test_fetch_refuses_non_public_addresses_without_connecting(url: str, reason: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetch(url, settings=Settings())
    assert caught.value.message == f"{reason}; pass --allow-private to fetch from private or loopback hosts"


# --- URL inputs to read_sources --------------------------------------------------------------


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_loopback_url_is_refused_without_allow_private(base: str, host: str) -> None:
    url = base.replace("127.0.0.1", host) + "/article.html"
    [skip] = read([url], Settings())
    assert isinstance(skip, Skip)
    assert (skip.origin, skip.stage) == (url, "fetch")
    assert skip.reason.startswith(f"refused: {host} resolves to a non-public address (")
    assert skip.reason.endswith("); pass --allow-private to fetch from private or loopback hosts")


def test_html_page_url_is_an_article(base: str) -> None:
    url = f"{base}/article.html"
    assert read([url]) == [
        article(
            PAGE_TEXT,
            title="Ferry link restored",
            url=url,
            source="Island Post",
            published=dt.date(2025, 6, 2),
            origin=url,
        )
    ]


@pytest.mark.parametrize("content_type", ["application/rss+xml", "application/xml", "text/xml", "application/octet-stream"])
def test_feed_url_gives_one_article_per_entry(base: str, content_type: str) -> None:
    url = f"{base}/feed.rss?type={content_type}"
    assert read([url]) == [
        article(
            "Harbour staff on Mora ended their strike.",
            title="Strike ends",
            url="http://wire.example/strike",
            source="Mora Wire",
            source_id="mora-1",
            published=dt.date(2025, 6, 2),
            origin=f"{url}#entry1",
        ),
        article(
            "Summer crossings start on Wednesday.",
            title="Timetable",
            url="http://wire.example/timetable",
            source="Mora Wire",
            source_id="mora-2",
            published=dt.date(2025, 6, 3),
            origin=f"{url}#entry2",
        ),
    ]


def test_feed_links_are_followed_when_asked(base: str) -> None:
    settings = Settings(allow_private=True, follow_feed_links=True)
    assert read([f"{base}/linked-feed.rss"], settings) == [
        article(
            PAGE_TEXT,
            title="Ferry link restored",
            url=f"{base}/article.html",
            source="Island Post",
            published=dt.date(2025, 6, 2),
            origin=f"{base}/article.html",
        ),
        Skip(origin=f"{base}/gone", reason="HTTP 404 Not Found: check the URL is right and public", stage="fetch"),
    ]


def test_text_url_is_an_article(base: str) -> None:
    url = f"{base}/article.txt"
    assert read([url]) == [article(PLAIN_TEXT, url=url, published=dt.date(2025, 6, 4), origin=url)]


@pytest.mark.parametrize(
    ("target", "final"),
    [("/article.html", "/article.html"), ("article.html", "/article.html"), ("{base}/article.html", "/article.html")],
    ids=["absolute-path", "relative", "full-url"],
)
def test_redirect_is_followed_to_the_page(base: str, target: str, final: str) -> None:
    url = f"{base}/redirect?to={target.format(base=base)}"
    assert read([url]) == [
        article(
            PAGE_TEXT,
            title="Ferry link restored",
            url=f"{base}{final}",
            source="Island Post",
            published=dt.date(2025, 6, 2),
            origin=url,
        )
    ]


def test_redirect_loop_is_a_skip(base: str) -> None:
    assert read([f"{base}/loop"]) == [
        Skip(origin=f"{base}/loop", reason="more than 5 redirects: give the final URL instead", stage="fetch")
    ]


def test_five_redirects_are_followed(base: str) -> None:
    [item] = read([f"{base}/hop/5"])
    assert isinstance(item, Article) and item.url == f"{base}/article.txt"


def test_six_redirects_are_a_skip_naming_the_url_not_fetched(base: str) -> None:
    assert read([f"{base}/hop/6"]) == [
        Skip(origin=f"{base}/article.txt", reason="more than 5 redirects: give the final URL instead", stage="fetch")
    ]


def test_redirect_to_another_scheme_is_a_skip(base: str) -> None:
    url = f"{base}/redirect?to=ftp://127.0.0.1/article.txt"
    assert read([url]) == [
        Skip(
            origin="ftp://127.0.0.1/article.txt",
            reason="unsupported URL scheme 'ftp': only http and https are fetched",
            stage="fetch",
        )
    ]


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        (404, "HTTP 404 Not Found: check the URL is right and public"),
        (410, "HTTP 410 Gone: check the URL is right and public"),
        (500, "HTTP 500 Internal Server Error: check the URL is right and public"),
    ],
)
def test_http_error_status_is_a_skip(base: str, status: int, reason: str) -> None:
    url = f"{base}/status/{status}"
    assert read([url]) == [Skip(origin=url, reason=reason, stage="fetch")]


@pytest.mark.parametrize("route", ["/big", "/big-unsized"], ids=["content-length", "streamed"])
def test_response_over_fetch_max_mb_is_a_skip(base: str, route: str) -> None:
    url = f"{base}{route}"
    assert read([url], Settings(allow_private=True, fetch_max_mb=0.01)) == [
        Skip(origin=url, reason="response larger than 0.01 MB: save it as a file, or raise fetch_max_mb", stage="fetch")
    ]


def test_unsupported_content_type_is_a_skip(base: str) -> None:
    url = f"{base}/image.png"
    assert read([url]) == [
        Skip(
            origin=url,
            reason="content type 'image/png' is not HTML, text or a feed: give the article page's URL",
            stage="fetch",
        )
    ]


@pytest.mark.parametrize("url", ["ftp://example.org/article.txt", "file:///etc/hostname", "gopher://example.org/1"])
def test_non_http_scheme_is_a_skip(url: str) -> None:
    scheme = url.split(":", 1)[0]
    assert read([url], Settings()) == [
        Skip(origin=url, reason=f"unsupported URL scheme {scheme!r}: only http and https are fetched", stage="fetch")
    ]


@pytest.mark.parametrize(
    ("url", "settings", "reason"),
    [
        ("http:///article.html", Settings(), "URL has no host name"),
        ("http://[::1/article.html", Settings(), "not a valid URL (Invalid IPv6 URL): check the URL"),
        ("http://127.0.0.1:99999/", LOCAL, "not a valid URL (Port out of range 0-65535): check the URL"),
        ("http://127.0.0.1:port/", Settings(), "not a valid URL (Port could not be cast to integer value as 'port'): check the URL"),
        (
            "http://ex\x00ample.org/",
            LOCAL,
            "not a valid URL (Invalid non-printable ASCII character in URL, '\\x00' at position 9.): check the URL",
        ),
        (
            f"http://{'a' * 64}.org/",
            Settings(),
            f"cannot resolve host '{'a' * 64}.org': check the URL and the network",
        ),
    ],
    ids=["no-host", "bad-ipv6", "port-out-of-range", "port-not-number", "control-character", "label-too-long"],
)
def test_invalid_url_is_a_skip(url: str, settings: Settings, reason: str) -> None:
    assert read([url], settings) == [Skip(origin=url, reason=reason, stage="fetch")]


def test_host_name_idna_cannot_encode_is_a_skip_with_allow_private() -> None:
    url = f"http://{'a' * 64}.org/"
    [skip] = read([url])
    assert isinstance(skip, Skip)
    assert (skip.origin, skip.stage) == (url, "fetch")
    assert skip.reason.startswith("not a valid URL (encoding with 'idna' codec failed")
    assert skip.reason.endswith("): check the URL")


def test_unreachable_url_is_a_skip_saying_could_not_connect() -> None:
    url = f"http://127.0.0.1:{closed_port()}/article.html"
    [skip] = read([url])
    assert isinstance(skip, Skip)
    assert (skip.origin, skip.stage) == (url, "fetch")
    assert skip.reason.startswith("could not connect (ConnectError: ")
    assert skip.reason.endswith("): check the URL and the network")


@pytest.mark.parametrize("route", ["/slow", "/trickle"], ids=["no-answer", "trickled-body"])
def test_slow_server_is_a_skip_saying_timed_out(base: str, route: str) -> None:
    url = f"{base}{route}"
    started = time.monotonic()
    items = read([url], Settings(allow_private=True, fetch_timeout=0.5))
    assert time.monotonic() - started < 1.5
    assert items == [Skip(origin=url, reason="timed out after 0.5 s: try again later or raise fetch_timeout", stage="fetch")]


def test_bad_url_is_one_skip_and_other_inputs_are_read(base: str, tmp_path: Path) -> None:
    local = tmp_path / "local.txt"
    local.write_text("A local article.", encoding="utf-8")
    missing, text = f"{base}/status/404", f"{base}/article.txt"
    assert read([missing, local, text]) == [
        Skip(origin=missing, reason="HTTP 404 Not Found: check the URL is right and public", stage="fetch"),
        article("A local article.", origin=str(local)),
        article(PLAIN_TEXT, url=text, published=dt.date(2025, 6, 4), origin=text),
    ]


def test_server_is_shut_down_when_the_fixture_ends() -> None:
    with serve() as url:
        assert fetch(f"{url}/article.txt", settings=LOCAL).body == PLAIN
    [skip] = read([f"{url}/article.txt"])
    assert isinstance(skip, Skip) and skip.reason.startswith("could not connect (ConnectError: ")


def test_fetched_text_is_decoded_in_the_declared_charset(monkeypatch):
    from accord import sources
    from accord.fetch import Fetched
    from accord.records import Article

    body = "date 2026-03-02 Caf\u00e9 owners in Tallinn said the talks went well.".encode("latin-1")
    monkeypatch.setattr(sources, "fetch", lambda url, settings: Fetched(url=url, content_type="text/plain", body=body, charset="iso-8859-1"))
    [article] = list(sources.read_sources(["https://news.example/a.txt"], settings=Settings()))
    assert isinstance(article, Article)
    assert article.text.startswith("Caf\u00e9 owners")
