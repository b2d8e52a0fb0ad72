"""The brief: what the ledger holds, summarised for a reader."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .store import EXTRACTED_KINDS, Store


@dataclass(frozen=True, kw_only=True)
class EntitySummary:
    """One entity across the ledger: how often and in how many articles it is named."""

    name: str
    label: str
    code: str | None
    sector: str | None
    articles: int
    mentions: int


@dataclass(frozen=True, kw_only=True)
class SourceSummary:
    """One outlet and how many stored articles came from it."""

    source: str
    articles: int


@dataclass(frozen=True, kw_only=True)
class Brief:
    """The ledger at a glance."""

    articles: int
    undated_articles: int
    first_published: dt.date | None
    last_published: dt.date | None
    sources: list[SourceSummary] = field(default_factory=list)
    entities: list[EntitySummary] = field(default_factory=list)
    record_counts: dict[str, int] = field(default_factory=dict)


def brief(store: Store, *, top: int = 20) -> Brief:
    """Summarise the store: articles by date and source, and the most-named entities."""
    dates: list[dt.date] = []
    undated = 0
    sources: Counter[str] = Counter()
    for article in store.articles():
        if article.published:
            dates.append(article.published)
        else:
            undated += 1
        sources[article.source or "(unknown source)"] += 1

    mentions: Counter[tuple[str, str]] = Counter()
    in_articles: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    codes: dict[tuple[str, str], tuple[str | None, str | None]] = {}
    for article_id, entity in store.entities():
        key = (entity.name, entity.label)
        mentions[key] += len(entity.mentions)
        in_articles[key].add(article_id)
        codes.setdefault(key, (entity.code, entity.sector))
    ranked = sorted(mentions, key=lambda k: (-len(in_articles[k]), -mentions[k], k[0]))[:top]
    return Brief(
        articles=len(dates) + undated,
        undated_articles=undated,
        first_published=min(dates, default=None),
        last_published=max(dates, default=None),
        sources=[SourceSummary(source=s, articles=n) for s, n in sources.most_common()],
        entities=[
            EntitySummary(
                name=name, label=label, code=codes[(name, label)][0], sector=codes[(name, label)][1],
                articles=len(in_articles[(name, label)]), mentions=mentions[(name, label)],
            )
            for name, label in ranked
        ],
        record_counts={kind: store.count(kind) for kind in EXTRACTED_KINDS},
    )
