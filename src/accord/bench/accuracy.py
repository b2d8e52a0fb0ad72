"""Per-stage precision, recall and F1 against the gold files in bench/gold/.

Gold files cite articles of the development corpus by id and character offsets; the
text itself is read from the corpus directory (../shared/corpus by default), so no
article sentence is copied into the project.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import UsageError
from ..pipeline import extract_articles
from ..records import Article, ArticleResult
from ..settings import Settings
from ..sources import read_sources

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass(frozen=True, kw_only=True)
class Score:
    """Precision, recall and F1 of one metric of one stage."""

    stage: str
    metric: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def key(self) -> str:
        return f"{self.stage}/{self.metric}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "stage": self.stage, "metric": self.metric, "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
        }


@dataclass(kw_only=True)
class AccuracyReport:
    """Every score measured, with the gold files they came from."""

    scores: list[Score] = field(default_factory=list)
    gold_files: list[str] = field(default_factory=list)


Scorer = Callable[[list[dict[str, Any]], dict[str, ArticleResult]], list[Score]]


def score_entities(gold: list[dict[str, Any]], results: dict[str, ArticleResult]) -> list[Score]:
    """Mention detection: exact span with label, and exact span alone, over exhaustively annotated articles."""
    counts = {"span+label": [0, 0, 0], "span": [0, 0, 0]}
    for item in gold:
        result = results[item["article"]]
        predicted = {(m.start, m.end, m.label) for e in result.entities for m in e.mentions}
        expected = {(m["start"], m["end"], m["label"]) for m in item["mentions"]}
        for metric, strip in (("span+label", False), ("span", True)):
            p = {x[:2] for x in predicted} if strip else predicted
            g = {x[:2] for x in expected} if strip else expected
            counts[metric][0] += len(p & g)
            counts[metric][1] += len(p - g)
            counts[metric][2] += len(g - p)
    return [Score(stage="entities", metric=m, tp=c[0], fp=c[1], fn=c[2]) for m, c in counts.items()]


#: Gold file stem -> scorer. Later stages add their files here.
SCORERS: dict[str, Scorer] = {"entities": score_entities}


def run_accuracy(
    *, gold_dir: Path, corpus_dir: Path, settings: Settings, nlp: Language | None = None
) -> AccuracyReport:
    """Score every stage that has a gold file in `gold_dir`."""
    report = AccuracyReport()
    for stage, scorer in SCORERS.items():
        path = gold_dir / f"{stage}.jsonl"
        if not path.exists():
            continue
        gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        articles = _gold_articles(gold, corpus_dir=corpus_dir, settings=settings)
        _check_alignment(gold, articles, path)
        results = {r.article.source_id or r.article.id: r for r in extract_articles(articles.values(), settings=settings, nlp=nlp)}
        report.scores.extend(scorer(gold, results))
        report.gold_files.append(str(path))
    return report


def _gold_articles(gold: Iterable[dict[str, Any]], *, corpus_dir: Path, settings: Settings) -> dict[str, Article]:
    wanted: dict[str, set[str]] = {}
    for item in gold:
        wanted.setdefault(item["corpus"], set()).add(item["article"])
    found: dict[str, Article] = {}
    for corpus, ids in wanted.items():
        path = corpus_dir / corpus
        if not path.exists():
            raise UsageError(f"gold cites {path}, which does not exist: pass --corpus pointing at the shared corpus folder")
        for read in read_sources([path], settings=settings):
            if isinstance(read, Article) and read.source_id in ids:
                found[read.source_id] = read
        missing = ids - found.keys()
        if missing:
            raise UsageError(f"gold cites articles not in {path}: {', '.join(sorted(missing)[:3])}")
    return found


def _check_alignment(gold: list[dict[str, Any]], articles: dict[str, Article], path: Path) -> None:
    """Gold offsets must still point at the words they cite, or every score would be noise."""
    for item in gold:
        text = articles[item["article"]].text
        for mention in item.get("mentions", []):
            if text[mention["start"]:mention["end"]] != mention["text"]:
                raise UsageError(f"{path}: {item['article']} offset {mention['start']} does not hold {mention['text']!r}")


def load_floors(path: Path) -> dict[str, dict[str, float]]:
    """The floors file: {"stage/metric": {"precision": x, "recall": y, "f1": z}}."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise UsageError(f"floors file {path} not found: pass --floors") from e


def check_floors(report: AccuracyReport, floors: dict[str, dict[str, float]]) -> list[str]:
    """One line per floor broken; a floor with no score measured is broken too."""
    scores = {s.key: s for s in report.scores}
    failures = []
    for key, limits in floors.items():
        if key.startswith("_"):
            continue
        score = scores.get(key)
        if score is None:
            failures.append(f"{key}: no score measured (is its gold file missing?)")
            continue
        for measure, floor in limits.items():
            value = getattr(score, measure)
            if value < floor:
                failures.append(f"{key}: {measure} {value:.3f} is below the floor {floor:.3f}")
    return failures
