"""Speed and memory of accord's pipeline as ratios to a bare spaCy pass in the same run.

These machines are noisy, so absolute seconds mean little; the ratio of accord's full
ingest to `nlp.pipe` over the same texts, measured back to back, is what is reported.
"""

from __future__ import annotations

import dataclasses
import itertools
import resource
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..nlp import load_model
from ..pipeline import ingest_items
from ..records import Article
from ..settings import Settings
from ..sources import read_sources


@dataclass(frozen=True, kw_only=True)
class SpeedReport:
    """Times, throughput and peak memory of the baseline and of accord."""

    articles: int
    words: int
    baseline_seconds: float
    accord_seconds: float
    baseline_peak_rss_mb: float
    accord_peak_rss_mb: float
    batch_size: int
    workers: int

    @property
    def ratio(self) -> float:
        """accord time / bare spaCy time: 1.0 means accord adds nothing to parsing."""
        return self.accord_seconds / self.baseline_seconds if self.baseline_seconds else float("nan")

    @property
    def baseline_words_per_second(self) -> float:
        return self.words / self.baseline_seconds if self.baseline_seconds else 0.0

    @property
    def accord_words_per_second(self) -> float:
        return self.words / self.accord_seconds if self.accord_seconds else 0.0


def run_speed(corpus: list[Path], *, settings: Settings, limit: int | None = None) -> SpeedReport:
    """Time a bare spaCy pass, then accord's full ingest into a fresh database, on the same texts."""
    articles = [item for item in read_sources(corpus, settings=settings) if isinstance(item, Article)][:limit]
    words = sum(len(a.text.split()) for a in articles)
    nlp = load_model(settings.model)
    nlp("warm up")

    _reset_peak_rss()
    start = time.perf_counter()
    for _doc in nlp.pipe((a.text for a in articles), batch_size=settings.batch_size, n_process=settings.workers):
        pass
    baseline_seconds = time.perf_counter() - start
    baseline_rss = _peak_rss_mb()

    with tempfile.TemporaryDirectory() as tmp:
        db_settings = dataclasses.replace(settings, db=str(Path(tmp) / "bench.db"))
        _reset_peak_rss()
        start = time.perf_counter()
        # accord's side reads the files again: reading is part of its work, not of spaCy's.
        ingest_items(itertools.islice(_articles(corpus, db_settings), limit), settings=db_settings, nlp=nlp)
        accord_seconds = time.perf_counter() - start
        accord_rss = _peak_rss_mb()

    return SpeedReport(
        articles=len(articles), words=words, baseline_seconds=baseline_seconds, accord_seconds=accord_seconds,
        baseline_peak_rss_mb=baseline_rss, accord_peak_rss_mb=accord_rss,
        batch_size=settings.batch_size, workers=settings.workers,
    )


def _articles(corpus: list[Path], settings: Settings) -> Iterator[Article]:
    return (item for item in read_sources(corpus, settings=settings) if isinstance(item, Article))


def _reset_peak_rss() -> None:
    """Reset the kernel's high-water mark so each phase reports its own peak (Linux 4.0+)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _peak_rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
