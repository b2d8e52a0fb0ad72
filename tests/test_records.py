import datetime as dt

import pytest

from accord.records import (
    Article,
    ArticleResult,
    Entity,
    Event,
    Evidence,
    Mention,
    article_id_for,
    from_json,
    normalise_text,
    to_json,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  a\n\n b\tc  ", "a b c"),
        ("Caf\u0065\u0301", "Caf\u00e9"),  # NFC folds the combining accent
        ("one", "one"),
    ],
)
def test_normalise_text(text, expected):
    assert normalise_text(text) == expected


def test_article_id_ignores_whitespace_and_line_endings():
    assert article_id_for("Talks resumed.\r\nBoth sides met.") == article_id_for("Talks resumed. Both sides met.  ")
    assert article_id_for("Talks resumed.") != article_id_for("Talks stalled.")


def test_from_text_trims_and_normalises_line_endings():
    article = Article.from_text("\r\n Talks resumed.\r\nBoth met.\r\n", title="T")
    assert article.text == "Talks resumed.\nBoth met."
    assert article.id == article_id_for("Talks resumed. Both met.")


def test_to_json_and_back_round_trips_nested_records():
    article = Article.from_text("Norway pledged ships.", published=dt.date(2026, 3, 4), source="Wire")
    norway = Entity(text="Norway", name="Norway", label="GPE", code="NOR", sector="GOV", mentions=(Mention(start=0, end=6, text="Norway", label="GPE", role="actor"),))
    event = Event(
        article_id=article.id, event="AGREE", actor=(norway,), status="future",
        evidence=Evidence(start=0, end=21, sentence="Norway pledged ships."), extractor="test.v1",
    )
    result = ArticleResult(article=article, entities=(norway,), events=(event,))
    data = to_json(result)
    assert data["article"]["published"] == "2026-03-04"
    assert data["events"][0]["actor"][0]["mentions"][0] == {"start": 0, "end": 6, "text": "Norway", "label": "GPE", "role": "actor", "kind": "name", "sector": None}
    assert from_json(ArticleResult, data) == result
