import datetime as dt
import sqlite3

import pytest

from accord import Settings, StorageError, UsageError
from accord.records import Article, ArticleResult, Entity, Evidence, Mention, Statement
from accord.store import MIGRATIONS, SQLiteStore, open_store


def _result(text: str = "Norway pledged two frigates.", *, entities: int = 1) -> ArticleResult:
    article = Article.from_text(text, title="Pledge", published=dt.date(2026, 3, 4), source="Wire", origin="t.txt")
    norway = Entity(text="Norway", name="Norway", label="GPE", mentions=(Mention(start=0, end=6, text="Norway", label="GPE"),))
    statement = Statement(
        article_id=article.id, speaker=None, speaker_text="officials", cue="said", content=text,
        content_start=0, content_end=len(text), kind="indirect",
        evidence=Evidence(start=0, end=len(text), sentence=text), extractor="test.v1",
    )
    return ArticleResult(article=article, entities=(norway,) * entities, statements=(statement,))


@pytest.fixture
def store(tmp_path):
    with SQLiteStore(tmp_path / "ledger.db") as store:
        yield store


def test_new_then_unchanged_then_updated(store):
    result = _result()
    assert store.save(result, pipeline="p1") == "new"
    assert store.save(result, pipeline="p1") == "unchanged"
    assert store.has_article(result.article.id, pipeline="p1")
    assert not store.has_article(result.article.id, pipeline="p2")
    assert store.save(_result(entities=2), pipeline="p2") == "updated"
    assert [a.id for a in store.articles()] == [result.article.id]
    assert len(list(store.entities())) == 2  # the old records were replaced, not added to


def test_round_trip_of_articles_entities_and_records(store):
    result = _result()
    store.save(result, pipeline="p1")
    assert list(store.articles()) == [result.article]
    assert list(store.entities()) == [(result.article.id, result.entities[0])]
    [statement] = store.records("statements")
    assert statement["speaker_text"] == "officials"
    assert statement["article_id"] == result.article.id


def test_unknown_record_kind_is_a_usage_error(store):
    with pytest.raises(UsageError):
        list(store.records("rumours"))


def test_migrations_are_named_and_applied_once(tmp_path):
    path = tmp_path / "ledger.db"
    SQLiteStore(path).close()
    with SQLiteStore(path) as store:
        assert store.migrations() == [name for name, _ in MIGRATIONS]


def test_wal_mode(tmp_path):
    SQLiteStore(tmp_path / "ledger.db").close()
    assert sqlite3.connect(tmp_path / "ledger.db").execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_failed_save_writes_nothing_of_that_article(store, monkeypatch):
    kept = _result("Finland offered minesweepers.")
    store.save(kept, pipeline="p1")
    broken = _result("Spain withdrew its frigate.")
    original = store._db.executemany

    def fail_on_records(sql, rows):
        if "INSERT INTO records" in sql:
            raise sqlite3.OperationalError("disk I/O error")
        return original(sql, rows)

    monkeypatch.setattr(store, "_db", _Proxy(store._db, executemany=fail_on_records))
    with pytest.raises(StorageError, match="nothing of it was written"):
        store.save(broken, pipeline="p1")
    monkeypatch.undo()
    assert [a.id for a in store.articles()] == [kept.article.id]
    assert len(list(store.entities())) == 1


def test_unopenable_database_is_a_storage_error(tmp_path):
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_bytes(b"this is not a database file at all" * 100)
    with pytest.raises(StorageError, match="SQLite"):
        SQLiteStore(not_a_db)


def test_open_store_refuses_urls_for_now():
    with pytest.raises(UsageError, match="SQLite"):
        open_store(Settings(db="postgresql://localhost/accord"))


class _Proxy:
    """A connection whose chosen methods are replaced, the rest passed through."""

    def __init__(self, target, **overrides):
        self._target = target
        self.__dict__.update(overrides)

    def __getattr__(self, name):
        return getattr(self._target, name)


def test_count_by_kind(store):
    store.save(_result(), pipeline="p1")
    assert (store.count("statements"), store.count("events")) == (1, 0)
    with pytest.raises(UsageError):
        store.count("rumours")
