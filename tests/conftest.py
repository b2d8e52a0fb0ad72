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
