"""Composing the stages: sources -> spaCy -> extractors -> store.

Stages are plain functions over typed records; this module is the only place that wires
them together and the only one (besides the CLI) that touches the store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from .actors import EXTRACTOR as ACTORS_EXTRACTOR
from .actors import resolve_actors
from .commitments import EXTRACTOR as COMMITMENTS_EXTRACTOR
from .clauses import MentionIndex
from .commitments import extract_commitments
from .entities import EXTRACTOR as ENTITIES_EXTRACTOR
from .entities import extract_entities
from .events import EXTRACTOR as EVENTS_EXTRACTOR
from .events import extract_events
from .knowledge import ActorBase, load_actor_base
from .nlp import parse
from .positions import EXTRACTOR as POSITIONS_EXTRACTOR
from .positions import extract_positions
from .records import Article, ArticleResult, Skip
from .settings import Settings
from .sources import read_sources
from .statements import EXTRACTOR as STATEMENTS_EXTRACTOR
from .statements import extract_statements
from .voices import first_person
from .store import Store, open_store
from .temporal import EXTRACTOR as TEMPORAL_EXTRACTOR
from .temporal import extract_times

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

#: Every stage's versioned name. Stored with each article: when it changes, re-ingesting
#: re-extracts the article instead of calling it unchanged.
PIPELINE = "+".join([ENTITIES_EXTRACTOR, ACTORS_EXTRACTOR, TEMPORAL_EXTRACTOR, STATEMENTS_EXTRACTOR, EVENTS_EXTRACTOR, COMMITMENTS_EXTRACTOR, POSITIONS_EXTRACTOR])

Outcome = Literal["new", "updated", "unchanged", "skipped"]


@dataclass
class IngestReport:
    """What an ingest did: counts of articles by outcome, and every skip with its reason."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[Skip] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no input was skipped."""
        return not self.skipped


def knowledge_for(settings: Settings) -> ActorBase:
    """The shipped actor knowledge base with the user's actor files (settings.actors) on top."""
    return load_actor_base(settings.actor_files())


def analyse(doc: Doc, article: Article, *, kb: ActorBase | None = None) -> ArticleResult:
    """Run every extraction stage on one parsed article."""
    kb = kb or load_actor_base()
    entities = resolve_actors(doc, article, extract_entities(doc, article), kb=kb)
    times = extract_times(doc, article)
    statements = extract_statements(doc, article, entities, times)
    voices = first_person(entities, statements, kb)
    # One index of the mentions serves both stages: building it reads the quotations and the
    # joint-statement signatories of the whole article.
    index = MentionIndex.of(entities, voices, article=article, statements=statements, doc=doc, kb=kb)
    events = extract_events(doc, article, entities, times, statements, voices, index=index)
    commitments = extract_commitments(doc, article, entities, times, statements, voices, index=index)
    positions = extract_positions(doc, article, entities, statements)
    return ArticleResult(
        article=article, entities=entities, times=times, events=events, statements=statements, commitments=commitments, positions=positions,
    )


def extract(
    inputs: Iterable[str | Path], *, settings: Settings, nlp: Language | None = None
) -> Iterator[ArticleResult | Skip]:
    """Read and analyse articles without storing them.

    Skips are yielded as soon as they are read: the parser reads ahead, so a skip may
    come before the results of articles read earlier.
    """
    skips: list[Skip] = []
    articles = _articles_only(read_sources(inputs, settings=settings), skips)
    kb = knowledge_for(settings)
    for doc, article in parse(articles, settings=settings, nlp=nlp):
        yield from _drain(skips)
        yield analyse(doc, article, kb=kb)
    yield from _drain(skips)


def extract_articles(articles: Iterable[Article], *, settings: Settings, nlp: Language | None = None) -> Iterator[ArticleResult]:
    """Analyse articles already in memory (tests, the benchmark)."""
    kb = knowledge_for(settings)
    for doc, article in parse(articles, settings=settings, nlp=nlp):
        yield analyse(doc, article, kb=kb)


def ingest(
    inputs: Iterable[str | Path],
    *,
    settings: Settings,
    store: Store | None = None,
    nlp: Language | None = None,
    on_article: Callable[[Outcome, str], None] | None = None,
) -> IngestReport:
    """Read, analyse and store articles, one transaction each; already-stored ones are not parsed again."""
    return ingest_items(read_sources(inputs, settings=settings), settings=settings, store=store, nlp=nlp, on_article=on_article)


def ingest_items(
    items: Iterable[Article | Skip],
    *,
    settings: Settings,
    store: Store | None = None,
    nlp: Language | None = None,
    on_article: Callable[[Outcome, str], None] | None = None,
) -> IngestReport:
    """Analyse and store a stream of articles (and record its skips), as `ingest` does for paths."""
    report = IngestReport()
    own_store = store is None
    store = store or open_store(settings)
    notify = on_article or (lambda outcome, origin: None)

    def fresh() -> Iterator[Article]:
        for item in items:
            if isinstance(item, Skip):
                log.warning("skipped %s: %s", item.origin, item.reason)
                report.skipped.append(item)
                notify("skipped", item.origin)
            elif store.has_article(item.id, pipeline=PIPELINE):
                report.unchanged += 1
                notify("unchanged", item.origin or item.id)
            else:
                yield item

    kb = knowledge_for(settings)
    try:
        for doc, article in parse(fresh(), settings=settings, nlp=nlp):
            outcome = store.save(analyse(doc, article, kb=kb), pipeline=PIPELINE)
            setattr(report, outcome, getattr(report, outcome) + 1)
            notify(outcome, article.origin or article.id)
    finally:
        if own_store:
            store.close()
    return report


def _articles_only(items: Iterable[Article | Skip], skips: list[Skip]) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Skip):
            skips.append(item)
        else:
            yield item


def _drain(skips: list[Skip]) -> Iterator[Skip]:
    while skips:
        yield skips.pop(0)
