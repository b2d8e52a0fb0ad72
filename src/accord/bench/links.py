"""Pairwise linking precision and recall of the ledger, on gold commitments.

The pairs in bench/gold/links.jsonl name two gold commitments (article, evidence offsets)
that should, or should not, be one ledger entry. The ledger links the gold commitments
themselves, so this measures linking alone, not extraction.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..ledger import Claim, link
from ..records import Article
from .accuracy import Measure, Score


def gold_claims(commitments: list[dict[str, Any]], articles: dict[str, Article]) -> dict[tuple[str, int, int], Claim]:
    """Each gold commitment as a ledger claim, keyed by (article, evidence start, evidence end)."""
    claims: dict[tuple[str, int, int], Claim] = {}
    for item in commitments:
        article = articles[item["article"]]
        for found in item["commitments"]:
            evidence = found["evidence"]
            key = (item["article"], evidence["start"], evidence["end"])
            if key in claims:
                continue  # one span with several kinds: the first one stands for it
            claims[key] = Claim(
                record="commitment", what=found["kind"], actors=tuple(sorted({c for c in found["actor"] if c})),
                recipients=tuple(sorted({c for c in found["recipient"] if c})), stance=found["stance"],
                article_id=item["article"], source=article.source, published=article.published or _published(item),
                date=found.get("date"), said_by=found.get("said_by"), evidence=evidence["text"],
                sentence=evidence["text"], start=evidence["start"], end=evidence["end"],
            )
    return claims


def _published(item: dict[str, Any]) -> dt.date | None:
    return dt.date.fromisoformat(item["published"]) if item.get("published") else None


def score_links(pairs: list[dict[str, Any]], commitments: list[dict[str, Any]], articles: dict[str, Article]) -> list[Measure]:
    """Precision and recall of 'same entry' over the gold pairs."""
    claims = gold_claims(commitments, articles)
    ledger = link(claims.values())
    entry_of = {(c.article_id, c.start, c.end): entry.id for entry in ledger.entries for c in entry.claims}
    tp = fp = fn = 0
    for pair in pairs:
        a = entry_of[(pair["a"]["article"], pair["a"]["start"], pair["a"]["end"])]
        b = entry_of[(pair["b"]["article"], pair["b"]["start"], pair["b"]["end"])]
        if a == b:
            tp += pair["same"]
            fp += not pair["same"]
        else:
            fn += pair["same"]
    return [Score(stage="links", metric="same entry", tp=tp, fp=fp, fn=fn)]
