"""How the ledger's cost grows with the number of records: 1x, 2x and 4x a stored corpus.

The stored claims are copied k times, each copy moved years later and given its own
article ids, as a ledger grows when more news arrives; then the linking (`ledger.link`)
and the near-duplicate search (`ledger.find_copies`) are timed at each size. Reported as
seconds per claim and as ratios to the 1x run, measured in the same process.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from dataclasses import dataclass

from ..briefing import claims_from_store
from ..ledger import Claim, find_copies, link
from ..store import Store

#: How far each copy of the corpus is moved: far beyond the linking window, so copies never merge.
_SHIFT_DAYS = 3650


@dataclass(frozen=True, kw_only=True)
class ScaleRow:
    """One size: how many claims and articles, and the seconds each step took."""

    factor: int
    claims: int
    articles: int
    link_seconds: float
    copies_seconds: float

    @property
    def microseconds_per_claim(self) -> float:
        return 1e6 * self.link_seconds / self.claims if self.claims else 0.0


def run_ledger_scale(store: Store, *, factors: tuple[int, ...] = (1, 2, 4)) -> list[ScaleRow]:
    """Time the ledger at each multiple of the stored corpus."""
    claims, _copies = claims_from_store(store)
    texts = [(article.id, article.text) for article in store.articles()]
    rows = []
    for factor in factors:
        grown = [_moved(claim, k) for k in range(factor) for claim in claims]
        # Copied articles are found as near-duplicates of the first; each still costs its
        # shingles, its MinHash and one LSH query, as a new article would.
        grown_texts = [(f"{article_id}#{k}", text) for k in range(factor) for article_id, text in texts]
        started = time.perf_counter()
        find_copies(grown_texts)
        copies_seconds = time.perf_counter() - started
        started = time.perf_counter()
        link(grown)
        rows.append(ScaleRow(factor=factor, claims=len(grown), articles=len(grown_texts), link_seconds=time.perf_counter() - started, copies_seconds=copies_seconds))
    return rows


def _moved(claim: Claim, k: int) -> Claim:
    if k == 0:
        return claim
    shift = dt.timedelta(days=_SHIFT_DAYS * k)
    return dataclasses.replace(
        claim, article_id=f"{claim.article_id}#{k}", published=claim.published + shift if claim.published else None, date=None,
    )
