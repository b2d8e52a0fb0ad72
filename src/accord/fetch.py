"""Fetching URLs safely: http(s) only, time-outs, a size cap, no private addresses."""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from .errors import FetchError
from .settings import Settings

log = logging.getLogger(__name__)

_MAX_REDIRECTS = 5


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response body that passed every check."""

    url: str
    content_type: str
    body: bytes
    charset: str | None = None


def fetch(url: str, *, settings: Settings) -> Fetched:
    """GET a URL, following redirects, each hop checked; raises FetchError with what to do."""
    with httpx.Client(
        timeout=httpx.Timeout(settings.fetch_timeout),
        follow_redirects=False,
        headers={"User-Agent": settings.user_agent},
    ) as client:
        # httpx's timeout bounds each network wait; a server that trickles bytes must
        # not hold a fetch longer than the setting says either.
        deadline = time.monotonic() + settings.fetch_timeout
        for _hop in range(_MAX_REDIRECTS + 1):
            _check_url(url, allow_private=settings.allow_private)
            try:
                with client.stream("GET", url) as response:
                    if response.is_redirect and "location" in response.headers:
                        url = urljoin(url, response.headers["location"])
                        continue
                    if response.status_code >= 400:
                        raise FetchError(
                            f"HTTP {response.status_code} {response.reason_phrase}: check the URL is right and public",
                            source=url,
                            stage="fetch",
                        )
                    body = _read_capped(
                        response, url=url, max_bytes=int(settings.fetch_max_mb * 1024 * 1024), deadline=deadline
                    )
                    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
                    return Fetched(url=str(response.url), content_type=content_type, body=body, charset=response.charset_encoding)
            except (httpx.TimeoutException, _Overtime) as e:
                raise FetchError(
                    f"timed out after {settings.fetch_timeout:g} s: try again later or raise fetch_timeout",
                    source=url,
                    stage="fetch",
                ) from e
            except (httpx.InvalidURL, UnicodeError) as e:
                # Neither is an HTTPError: httpx raises them for URLs it cannot send (control
                # characters, a host name IDNA cannot encode).
                raise FetchError(f"not a valid URL ({e}): check the URL", source=url, stage="fetch") from e
            except httpx.HTTPError as e:
                raise FetchError(
                    f"could not connect ({type(e).__name__}: {e}): check the URL and the network",
                    source=url,
                    stage="fetch",
                ) from e
    raise FetchError(f"more than {_MAX_REDIRECTS} redirects: give the final URL instead", source=url, stage="fetch")


class _Overtime(Exception):
    """The whole response took longer than fetch_timeout."""


def _read_capped(response: httpx.Response, *, url: str, max_bytes: int, deadline: float) -> bytes:
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(_too_large(max_bytes), source=url, stage="fetch")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(_too_large(max_bytes), source=url, stage="fetch")
        if time.monotonic() > deadline:
            raise _Overtime
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(max_bytes: int) -> str:
    # .3g: the byte cap of a setting like 0.01 MB would print as 0.00999928 MB with :g.
    return f"response larger than {max_bytes / 1024 / 1024:.3g} MB: save it as a file, or raise fetch_max_mb"


def _check_url(url: str, *, allow_private: bool) -> None:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as e:  # a bad [IPv6] host or port
        raise FetchError(f"not a valid URL ({e}): check the URL", source=url, stage="fetch") from e
    if parts.scheme not in {"http", "https"}:
        raise FetchError(f"unsupported URL scheme {parts.scheme!r}: only http and https are fetched", source=url, stage="fetch")
    if not parts.hostname:
        raise FetchError("URL has no host name", source=url, stage="fetch")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, port or (443 if parts.scheme == "https" else 80))
    except (socket.gaierror, UnicodeError) as e:  # UnicodeError: a host name IDNA cannot encode
        raise FetchError(f"cannot resolve host {parts.hostname!r}: check the URL and the network", source=url, stage="fetch") from e
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        # The check runs before httpx resolves the name again; a host that changes its
        # answer in between could slip past. Good enough for a reading tool, not a proxy.
        if not address.is_global:
            raise FetchError(
                f"refused: {parts.hostname} resolves to a non-public address ({address}); "
                "pass --allow-private to fetch from private or loopback hosts",
                source=url,
                stage="fetch",
            )
