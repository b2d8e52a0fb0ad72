"""accord: a verifiable ledger of who said, pledged, refused and did what, to whom, and when."""

import logging

from .briefing import Brief, brief
from .errors import AccordError, FetchError, InputError, ModelError, StorageError, UsageError
from .export import export
from .pipeline import IngestReport, analyse, extract, extract_articles, ingest
from .records import (
    Article,
    ArticleResult,
    Commitment,
    Entity,
    Event,
    Evidence,
    Mention,
    Position,
    Skip,
    Statement,
    to_json,
)
from .settings import Settings
from .sources import read_sources
from .store import SQLiteStore, Store, open_store

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "AccordError",
    "Article",
    "ArticleResult",
    "Brief",
    "Commitment",
    "Entity",
    "Event",
    "Evidence",
    "FetchError",
    "IngestReport",
    "InputError",
    "Mention",
    "ModelError",
    "Position",
    "SQLiteStore",
    "Settings",
    "Skip",
    "Statement",
    "StorageError",
    "Store",
    "UsageError",
    "analyse",
    "brief",
    "export",
    "extract",
    "extract_articles",
    "ingest",
    "open_store",
    "read_sources",
    "to_json",
]
