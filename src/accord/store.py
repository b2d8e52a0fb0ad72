"""Persisting results: the Store interface and its SQLite implementation.

Stages never see the store. The pipeline hands it one ArticleResult at a time and it
writes the article and all its records in one transaction, so an interrupted ingest
leaves either the whole article or nothing. Records are kept as JSON beside the few
columns queries filter on; a PostgreSQL store can implement the same Protocol.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal, Protocol

from .errors import StorageError, UsageError
from .records import Article, ArticleResult, Entity, from_json, to_json
from .settings import Settings

log = logging.getLogger(__name__)

SaveOutcome = Literal["new", "updated", "unchanged"]

#: Record kinds kept in the generic `records` table, in the order they are written.
EXTRACTED_KINDS = ("times", "events", "statements", "commitments", "positions")


class Store(Protocol):
    """What the pipeline, export and brief need from a ledger store."""

    def has_article(self, article_id: str, *, pipeline: str) -> bool:
        """True if the article is stored, extracted by this pipeline version."""
        ...

    def save(self, result: ArticleResult, *, pipeline: str) -> SaveOutcome:
        """Store an article and its records in one transaction."""
        ...

    def articles(self) -> Iterator[Article]:
        """Every stored article, oldest publication first."""
        ...

    def entities(self) -> Iterator[tuple[str, Entity]]:
        """(article_id, entity) for every stored entity."""
        ...

    def records(self, kind: str) -> Iterator[dict[str, Any]]:
        """Every stored record of one kind (events, statements, ...), as JSON objects."""
        ...

    def count(self, kind: str) -> int:
        """How many records of one kind are stored."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...


MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_articles_entities_records",
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            source_id TEXT,
            url TEXT,
            title TEXT,
            source TEXT,
            published TEXT,
            license TEXT,
            origin TEXT,
            text TEXT NOT NULL,
            pipeline TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE entities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            name TEXT NOT NULL,
            label TEXT NOT NULL,
            code TEXT,
            sector TEXT,
            data TEXT NOT NULL,
            PRIMARY KEY (article_id, seq)
        );
        CREATE INDEX entities_name ON entities(name);
        CREATE TABLE records (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            seq INTEGER NOT NULL,
            date TEXT,
            data TEXT NOT NULL,
            PRIMARY KEY (article_id, kind, seq)
        );
        CREATE INDEX records_kind_date ON records(kind, date);
        """,
    ),
]


def open_store(settings: Settings) -> Store:
    """The store named by `settings.db`: a SQLite file path (PostgreSQL URLs are not supported yet)."""
    location = str(settings.db)
    if "://" in location:
        raise UsageError(f"database {location!r}: only a SQLite file path is supported in this version")
    return SQLiteStore(Path(location))


class SQLiteStore:
    """A ledger in one SQLite file: WAL mode, named migrations, one transaction per article."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path) if str(path) != ":memory:" else path
        try:
            if isinstance(self.path, Path) and self.path.parent != Path(""):
                self.path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: transactions are opened explicitly, one per article.
            self._db = sqlite3.connect(str(path), isolation_level=None)
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA busy_timeout = 10000")
            self._migrate()
        except (sqlite3.Error, OSError) as e:
            raise StorageError(f"cannot open the database ({e}): check the path and that it is a SQLite file", source=str(path), stage="store") from e

    def _migrate(self) -> None:
        self._db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        applied = {row[0] for row in self._db.execute("SELECT name FROM migrations")}
        for name, sql in MIGRATIONS:
            if name in applied:
                continue
            log.info("applying migration %s to %s", name, self.path)
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for statement in filter(str.strip, sql.split(";")):
                    self._db.execute(statement)
                self._db.execute("INSERT INTO migrations VALUES (?, ?)", (name, _now()))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def migrations(self) -> list[str]:
        """Names of the migrations applied to this database, in order."""
        return [row[0] for row in self._db.execute("SELECT name FROM migrations ORDER BY rowid")]

    def has_article(self, article_id: str, *, pipeline: str) -> bool:
        row = self._db.execute("SELECT pipeline FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None and row[0] == pipeline

    def save(self, result: ArticleResult, *, pipeline: str) -> SaveOutcome:
        article = result.article
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                outcome = self._write(result, pipeline=pipeline)
                self._db.execute("COMMIT" if outcome != "unchanged" else "ROLLBACK")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        except sqlite3.Error as e:
            raise StorageError(f"could not store article {article.id[:12]} ({e}); nothing of it was written", source=str(self.path), stage="store") from e
        return outcome

    def _write(self, result: ArticleResult, *, pipeline: str) -> SaveOutcome:
        article = result.article
        row = self._db.execute("SELECT pipeline FROM articles WHERE id = ?", (article.id,)).fetchone()
        if row is not None and row[0] == pipeline:
            return "unchanged"
        if row is not None:
            # Extracted by an older pipeline: replace its records, keep the article row.
            self._db.execute("DELETE FROM entities WHERE article_id = ?", (article.id,))
            self._db.execute("DELETE FROM records WHERE article_id = ?", (article.id,))
            self._db.execute("DELETE FROM articles WHERE id = ?", (article.id,))
        self._db.execute(
            "INSERT INTO articles (id, source_id, url, title, source, published, license, origin, text, pipeline, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id, article.source_id, article.url, article.title, article.source,
                article.published.isoformat() if article.published else None,
                article.license, article.origin, article.text, pipeline, _now(),
            ),
        )
        self._db.executemany(
            "INSERT INTO entities (article_id, seq, name, label, code, sector, data) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (article.id, seq, e.name, e.label, e.code, e.sector, json.dumps(to_json(e), ensure_ascii=False))
                for seq, e in enumerate(result.entities)
            ],
        )
        for kind in EXTRACTED_KINDS:
            self._db.executemany(
                "INSERT INTO records (article_id, kind, seq, date, data) VALUES (?, ?, ?, ?, ?)",
                [
                    (article.id, kind, seq, _record_date(r), json.dumps({"article_id": article.id, **to_json(r)}, ensure_ascii=False))
                    for seq, r in enumerate(getattr(result, kind))
                ],
            )
        return "new" if row is None else "updated"

    def articles(self) -> Iterator[Article]:
        for row in self._db.execute(
            "SELECT id, text, title, url, source, source_id, published, license, origin FROM articles"
            " ORDER BY published IS NULL, published, id"
        ):
            yield Article(
                id=row[0], text=row[1], title=row[2], url=row[3], source=row[4], source_id=row[5],
                published=dt.date.fromisoformat(row[6]) if row[6] else None, license=row[7], origin=row[8],
            )

    def entities(self) -> Iterator[tuple[str, Entity]]:
        for article_id, data in self._db.execute("SELECT article_id, data FROM entities ORDER BY article_id, seq"):
            yield article_id, from_json(Entity, json.loads(data))

    def records(self, kind: str) -> Iterator[dict[str, Any]]:
        _check_kind(kind)
        for (data,) in self._db.execute("SELECT data FROM records WHERE kind = ? ORDER BY date IS NULL, date, article_id, seq", (kind,)):
            yield json.loads(data)

    def count(self, kind: str) -> int:
        _check_kind(kind)
        return int(self._db.execute("SELECT COUNT(*) FROM records WHERE kind = ?", (kind,)).fetchone()[0])

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _check_kind(kind: str) -> None:
    if kind not in EXTRACTED_KINDS:
        raise UsageError(f"unknown record kind {kind!r}: choose one of {', '.join(EXTRACTED_KINDS)}")


def _record_date(record: Any) -> str | None:
    """The date a record is filed under: its own date, or a time expression's value."""
    return getattr(record, "date", None) or getattr(record, "value", None)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
