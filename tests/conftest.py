"""Shared fixtures: settings on a temporary database, the real spaCy model, small articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord import Settings

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db=str(tmp_path / "ledger.db"))


@pytest.fixture(scope="session")
def nlp():
    """The real model, loaded once for the whole run."""
    from accord.nlp import load_model

    return load_model(Settings().model)


def write(path: Path, content: str | bytes) -> Path:
    """Write a test input, creating folders as needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


#: A short article written for these tests (fictional).
SUMMIT_TEXT = (
    "date 2026-02-03 Finnish Prime Minister Aino Lehtonen met Estonian President Karl Saar in Helsinki on Monday. "
    "Lehtonen said Finland would send two patrol boats to the Gulf of Finland.\n\n"
    "Saar thanked Finland and said Estonia would host the next meeting in Tallinn."
)


def analysed(nlp, text: str):
    """Every stage's records for one short article of 2026-02-03."""
    import datetime as dt

    from accord.pipeline import extract_articles
    from accord.records import Article

    (result,) = extract_articles([Article.from_text(text, published=dt.date(2026, 2, 3))], settings=Settings(), nlp=nlp)
    return result


def only_one(found):
    """The single record found, with the records in the failure message when there are more or none."""
    assert len(found) == 1, found
    return found[0]


def codes(entities) -> set[str]:
    """The actor codes of some entities, those without a code left out."""
    return {e.code for e in entities if e.code}
