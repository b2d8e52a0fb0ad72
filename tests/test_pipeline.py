
import pytest

from accord import Article, ArticleResult, SQLiteStore, extract, ingest
from accord.pipeline import PIPELINE

from .conftest import EXAMPLES, SUMMIT_TEXT, write

pytestmark = pytest.mark.model


def _snapshot(db):
    with SQLiteStore(db) as store:
        return [a.id for a in store.articles()], list(store.entities())


def test_ingest_examples_then_again_changes_nothing(settings, nlp):
    first = ingest([EXAMPLES], settings=settings, nlp=nlp)
    assert (first.new, first.updated, first.unchanged, first.skipped) == (7, 0, 0, [])
    before = _snapshot(settings.db)
    second = ingest([EXAMPLES], settings=settings, nlp=nlp)
    assert (second.new, second.unchanged) == (0, 7)
    assert _snapshot(settings.db) == before


def test_same_text_from_two_files_is_stored_once(settings, nlp, tmp_path):
    write(tmp_path / "in" / "a.txt", SUMMIT_TEXT)
    write(tmp_path / "in" / "copy.txt", SUMMIT_TEXT.replace("\n\n", "\n\n\n"))
    report = ingest([tmp_path / "in"], settings=settings, nlp=nlp)
    assert (report.new, report.unchanged) == (1, 1)


def test_bad_inputs_are_skipped_and_the_batch_goes_on(settings, nlp, tmp_path):
    ingest([EXAMPLES / "2026-03-10-wire-copy.txt"], settings=settings, nlp=nlp)
    before = _snapshot(settings.db)
    write(tmp_path / "in" / "good.txt", SUMMIT_TEXT)
    write(tmp_path / "in" / "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    write(tmp_path / "in" / "empty.txt", "")
    write(tmp_path / "in" / "latin1.txt", "Caf\xe9 talks".encode("latin-1"))
    write(tmp_path / "in" / "feed.jsonl", '{"id": "x", "text": "Latvia offered logistics."}\n{"id": "y", "text": \n')
    write(tmp_path / "in" / "empty.html", "<html><body><nav>Home</nav></body></html>")
    report = ingest(
        [tmp_path / "in", tmp_path / "missing.txt", EXAMPLES / "2026-03-10-wire-copy.txt"],
        settings=settings,
        nlp=nlp,
    )
    assert (report.new, report.unchanged) == (2, 1)
    reasons = {skip.origin.rsplit("/", 1)[-1]: skip.reason for skip in report.skipped}
    assert set(reasons) == {"binary.txt", "empty.txt", "latin1.txt", "feed.jsonl:2", "empty.html", "missing.txt"}
    assert "binary" in reasons["binary.txt"]
    assert "empty" in reasons["empty.txt"]
    assert "UTF-8" in reasons["latin1.txt"]
    assert "JSON" in reasons["feed.jsonl:2"]
    assert "no main text" in reasons["empty.html"]
    assert "no such file" in reasons["missing.txt"]
    ids, _ = _snapshot(settings.db)
    assert set(before[0]) <= set(ids)
    with SQLiteStore(settings.db) as store:
        assert [e for e in store.entities() if e[0] in before[0]] == before[1]


def test_an_interrupted_ingest_leaves_whole_articles_and_a_rerun_completes_it(settings, nlp):
    class Interrupt(Exception):
        pass

    stored_so_far = []

    def stop_after_three(outcome, origin):
        stored_so_far.append(outcome)
        if stored_so_far.count("new") == 3:
            raise Interrupt

    with pytest.raises(Interrupt):
        ingest([EXAMPLES], settings=settings, nlp=nlp, on_article=stop_after_three)
    with SQLiteStore(settings.db) as store:
        stored = list(store.articles())
        assert len(stored) == 3
        assert all(store.has_article(a.id, pipeline=PIPELINE) for a in stored)
        assert {article_id for article_id, _ in store.entities()} == {a.id for a in stored}
    report = ingest([EXAMPLES], settings=settings, nlp=nlp)
    assert (report.new, report.unchanged) == (4, 3)


def test_extract_yields_results_and_skips(settings, nlp, tmp_path):
    write(tmp_path / "a.txt", SUMMIT_TEXT)
    items = list(extract([tmp_path / "a.txt", tmp_path / "nope.txt"], settings=settings, nlp=nlp))
    assert sorted(type(i).__name__ for i in items) == ["ArticleResult", "Skip"]
    [result] = [i for i in items if isinstance(i, ArticleResult)]
    assert isinstance(result.article, Article)
    assert str(result.article.published) == "2026-02-03"
    assert "Aino Lehtonen" in {e.name for e in result.entities}
    assert not (tmp_path / "ledger.db").exists()  # extract stores nothing


def test_two_workers_give_the_same_results(settings, nlp):
    import dataclasses

    one = [r for r in extract([EXAMPLES], settings=settings, nlp=nlp)]
    two = [r for r in extract([EXAMPLES], settings=dataclasses.replace(settings, workers=2), nlp=nlp)]
    assert one == two
