"""Per-stage precision, recall and F1 against the gold files in bench/gold/.

Gold files cite articles of the development corpus by id and character offsets; the
text itself is read from the corpus directory (../shared/corpus by default), so no
article sentence is copied into the project.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import UsageError
from ..knowledge import fold, load_actor_base
from ..pipeline import extract_articles
from ..records import Article, ArticleResult
from ..settings import Settings
from ..sources import read_sources
from .baseline import score_baseline, textacy_available

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


@dataclass(frozen=True, kw_only=True)
class Accuracy:
    """The share of gold items a stage got wholly right."""

    stage: str
    metric: str
    correct: int
    total: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def key(self) -> str:
        return f"{self.stage}/{self.metric}"

    def as_dict(self) -> dict[str, Any]:
        return {"stage": self.stage, "metric": self.metric, "correct": self.correct, "total": self.total, "accuracy": round(self.accuracy, 4)}


Measure = Score | Accuracy


@dataclass(kw_only=True)
class AccuracyReport:
    """Every score measured, with the gold files they came from."""

    scores: list[Measure] = field(default_factory=list)
    gold_files: list[str] = field(default_factory=list)


Scorer = Callable[[list[dict[str, Any]], dict[str, ArticleResult]], list[Measure]]


def score_entities(gold: list[dict[str, Any]], results: dict[str, ArticleResult]) -> list[Measure]:
    """Mention detection: exact span with label, and exact span alone, over exhaustively annotated articles."""
    counts = {"span+label": [0, 0, 0], "span": [0, 0, 0]}
    for item in gold:
        result = results[item["article"]]
        # Pronouns and descriptions are coreference, scored under actors, not named-entity spans.
        predicted = {(m.start, m.end, m.label) for e in result.entities for m in e.mentions if m.kind not in ("pronoun", "title")}
        expected = {(m["start"], m["end"], m["label"]) for m in item["mentions"]}
        for metric, strip in (("span+label", False), ("span", True)):
            p = {x[:2] for x in predicted} if strip else predicted
            g = {x[:2] for x in expected} if strip else expected
            counts[metric][0] += len(p & g)
            counts[metric][1] += len(p - g)
            counts[metric][2] += len(g - p)
    return [Score(stage="entities", metric=m, tp=c[0], fp=c[1], fn=c[2]) for m, c in counts.items()]


def score_dates(gold: list[dict[str, Any]], results: dict[str, ArticleResult]) -> list[Measure]:
    """Time expressions: detection by overlap, then the normalised value and precision of every gold expression."""
    tp = fp = fn = 0
    correct: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for item in gold:
        predicted = list(results[item["article"]].times)
        for expected in item["times"]:
            best = _best_overlap(expected, predicted)
            group = expected["precision"] or "unresolved"
            total["all"] += 1
            total[group] += 1
            if best is None:
                fn += 1
                continue
            tp += 1
            found = predicted[best]
            if (found.value, found.precision) == (expected["value"], expected["precision"]):
                correct["all"] += 1
                correct[group] += 1
        fp += sum(1 for t in predicted if _best_overlap({"start": t.start, "end": t.end}, [_Span(g["start"], g["end"]) for g in item["times"]]) is None)
    measures: list[Measure] = [Score(stage="dates", metric="detection", tp=tp, fp=fp, fn=fn)]
    measures += [Accuracy(stage="dates", metric="value" if g == "all" else f"value:{g}", correct=correct[g], total=total[g]) for g in sorted(total, key=lambda g: (g != "all", g))]
    return measures


def score_actors(gold: list[dict[str, Any]], results: dict[str, ArticleResult]) -> list[Measure]:
    """Actor mentions: code, sector and person all right, split by the kind of words (name, surname, pronoun, ...)."""
    correct: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for item in gold:
        mentions = [(m, e) for e in results[item["article"]].entities for m in e.mentions]
        for expected in item["mentions"]:
            best = _best_overlap(expected, [m for m, _ in mentions])
            mention, entity = mentions[best] if best is not None else (None, None)
            checks = {
                "code": (entity.code if entity else None) == expected["code"],
                "sector": (mention.sector if mention else None) == expected["sector"],
                "person": _same_person(expected["person"], entity),
                "role": (mention.role if mention else None) == expected["role"],
            }
            checks["all"] = checks["code"] and checks["sector"] and checks["person"]
            for name, ok in checks.items():
                total[name] += 1
                correct[name] += ok
            total[f"all:{expected['type']}"] += 1
            correct[f"all:{expected['type']}"] += checks["all"]
    order = ["all", "code", "sector", "person", "role"]
    keys = order + sorted(k for k in total if k not in order)
    return [Accuracy(stage="actors", metric=k, correct=correct[k], total=total[k]) for k in keys]


def score_statements(gold: list[dict[str, Any]], results: dict[str, ArticleResult]) -> list[Measure]:
    """Statements matched by content overlap: content and cue spans (overlap and exact), and the speaker of every gold statement."""
    counts = {name: [0, 0, 0] for name in ("content", "content:exact", "cue", "cue:exact")}
    correct = total = 0
    for item in gold:
        text = results[item["article"]].article.text
        predicted = list(results[item["article"]].statements)
        contents = [_Span(s.content_start, s.content_end) for s in predicted]
        matched: set[int] = set()
        for expected in item["statements"]:
            total += 1
            # One prediction answers one gold statement: a merged content does not score twice.
            best = _best_overlap(expected["content"], [_Span(-1, -1) if i in matched else c for i, c in enumerate(contents)])
            if best is None:
                counts["content"][2] += 1
                counts["content:exact"][2] += 1
                counts["cue"][2] += 1
                counts["cue:exact"][2] += 1
                continue
            matched.add(best)
            found = predicted[best]
            counts["content"][0] += 1
            exact = _bare(text, expected["content"]["start"], expected["content"]["end"]) == _bare(text, found.content_start, found.content_end)
            counts["content:exact"][0 if exact else 2] += 1
            counts["content:exact"][1] += not exact
            cue = expected["cue"]
            cue_hit = min(cue["end"], found.cue_end) > max(cue["start"], found.cue_start)
            counts["cue"][0 if cue_hit else 2] += 1
            counts["cue"][1] += not cue_hit
            cue_exact = (cue["start"], cue["end"]) == (found.cue_start, found.cue_end)
            counts["cue:exact"][0 if cue_exact else 2] += 1
            counts["cue:exact"][1] += not cue_exact
            correct += _same_speaker(expected, found)
        extras = len(predicted) - len(matched)
        for name in counts:
            counts[name][1] += extras
    measures: list[Measure] = [Score(stage="statements", metric=m, tp=c[0], fp=c[1], fn=c[2]) for m, c in counts.items()]
    measures.append(Accuracy(stage="statements", metric="speaker", correct=correct, total=total))
    return measures


def score_events(gold: list[dict[str, Any]], results: dict[str, ArticleResult]) -> list[Measure]:
    """Events matched to gold by trigger overlap: P/R/F1 on type and on type+actor+recipient codes, and status over right-typed matches."""
    counts = {name: [0, 0, 0] for name in ("type", "type+actor+recipient")}
    correct = total = 0
    for item in gold:
        predicted = list(results[item["article"]].events)
        triggers = [_Span(e.trigger_start, e.trigger_end) for e in predicted]
        matched: set[int] = set()
        hits = dict.fromkeys(counts, 0)
        for expected in item["events"]:
            best = _best_overlap(expected["trigger"], [_Span(-1, -1) if i in matched else t for i, t in enumerate(triggers)])
            if best is None:
                continue
            matched.add(best)
            found = predicted[best]
            if found.event != expected["event"]:
                continue
            hits["type"] += 1
            total += 1
            correct += found.status == expected["status"]
            if _codes(found.actor) == _gold_codes(expected["actor"]) and _codes(found.recipient) == _gold_codes(expected["recipient"]):
                hits["type+actor+recipient"] += 1
        for name, hit in hits.items():
            counts[name][0] += hit
            counts[name][1] += len(predicted) - hit
            counts[name][2] += len(item["events"]) - hit
    measures: list[Measure] = [Score(stage="events", metric=m, tp=c[0], fp=c[1], fn=c[2]) for m, c in counts.items()]
    measures.append(Accuracy(stage="events", metric="status", correct=correct, total=total))
    return measures


def score_commitments(gold: list[dict[str, Any]], results: dict[str, ArticleResult]) -> list[Measure]:
    """Commitments matched by evidence-span overlap (same kind first): P/R/F1 on the span, kind, kind+stance and kind+stance+actor codes."""
    names = ("span", "kind", "kind+stance", "kind+stance+actor")
    counts = {name: [0, 0, 0] for name in names}
    for item in gold:
        predicted = list(results[item["article"]].commitments)
        matched: set[int] = set()
        hits = dict.fromkeys(names, 0)
        for expected in item["commitments"]:
            same_kind = [_Span(-1, -1) if i in matched or c.kind != expected["kind"] else _Span(c.span_start, c.span_end) for i, c in enumerate(predicted)]
            best = _best_overlap(expected["evidence"], same_kind)
            if best is None:
                best = _best_overlap(expected["evidence"], [_Span(-1, -1) if i in matched else _Span(c.span_start, c.span_end) for i, c in enumerate(predicted)])
            if best is None:
                continue
            matched.add(best)
            found = predicted[best]
            checks = [True, found.kind == expected["kind"], found.stance == expected["stance"], _codes(found.actor) == _gold_codes(expected["actor"])]
            for depth, name in enumerate(names):
                hits[name] += all(checks[: depth + 1])
        for name, hit in hits.items():
            counts[name][0] += hit
            counts[name][1] += len(predicted) - hit
            counts[name][2] += len(item["commitments"]) - hit
    return [Score(stage="commitments", metric=m, tp=c[0], fp=c[1], fn=c[2]) for m, c in counts.items()]


def _codes(entities: Iterable[Any]) -> set[str]:
    """The codes of a record's entities; entities with no code are dropped, as the gold drops null codes."""
    return {e.code for e in entities if e.code}


def _gold_codes(codes: Iterable[str | None]) -> set[str]:
    return {c for c in codes if c}


def _bare(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without surrounding whitespace, punctuation and quotation marks."""
    strip = " \t\n,.;:!?\"“”‘’'—–-"
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return start, end


def _same_speaker(expected: dict[str, Any], found: Any) -> bool:
    """The person when gold names one; else the code; for groups and unnamed speakers, the words (or both none)."""
    entity = found.speaker
    if expected["speaker_person"] is not None:
        return _same_person(expected["speaker_person"], entity)
    if expected["speaker_type"] in ("group", "none") or (expected["speaker_code"] is None):
        span = expected["speaker"]
        if span is None:
            return not found.speaker_text
        if not found.speaker_text:
            return False
        return fold(found.speaker_text) in fold(span["text"]) or fold(span["text"]) in fold(found.speaker_text)
    return entity is not None and entity.code == expected["speaker_code"]


def _same_person(expected: str | None, entity: Any) -> bool:
    """The gold person is named as written in the article; the system's entity must hold that name,
    or be the knowledge-base person that name stands for ('Joseph R. Biden, Jr.' is 'Joe Biden')."""
    if entity is None or entity.label != "PERSON":
        return expected is None
    if expected is None:
        return False
    names = {fold(entity.name), fold(entity.text), *(fold(m.text) for m in entity.mentions if m.kind == "name")}
    if fold(expected) in names:
        return True
    return any(person.name == entity.name for person in load_actor_base().find_people(expected))


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


def _best_overlap(expected: dict[str, Any], candidates: Sequence[Any]) -> int | None:
    """Index of the candidate sharing most characters with the expected span (exact spans first)."""
    best, best_size = None, 0
    for i, candidate in enumerate(candidates):
        size = min(expected["end"], candidate.end) - max(expected["start"], candidate.start)
        if candidate.start == expected["start"] and candidate.end == expected["end"]:
            return i
        if size > best_size:
            best, best_size = i, size
    return best


#: Gold files named <stage>_heldout.jsonl were annotated apart from development: no rule was
#: tuned while looking at them, so they show how a stage does on text it was not fitted to.
HELD_OUT = "_heldout"

#: Gold file stem -> scorer. Later stages add their files here.
SCORERS: dict[str, Scorer] = {
    "entities": score_entities, "actors": score_actors, "dates": score_dates, "statements": score_statements,
    "events": score_events, "commitments": score_commitments,
}


def run_accuracy(
    *, gold_dir: Path, corpus_dir: Path, settings: Settings, nlp: Language | None = None
) -> AccuracyReport:
    """Score every stage that has a gold file in `gold_dir`."""
    report = AccuracyReport()
    stages = list(SCORERS)
    gold_files = [p for p in gold_dir.glob("*.jsonl") if p.stem.removesuffix(HELD_OUT) in SCORERS]
    for path in sorted(gold_files, key=lambda p: (stages.index(p.stem.removesuffix(HELD_OUT)), p.stem)):
        scorer = SCORERS[path.stem.removesuffix(HELD_OUT)]
        gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        articles = _gold_articles(gold, corpus_dir=corpus_dir, project_dir=gold_dir.parent.parent, settings=settings)
        _check_alignment(gold, articles, path)
        results = {r.article.source_id or r.article.id: r for r in extract_articles(articles.values(), settings=settings, nlp=nlp)}
        # A held-out file ("actors_heldout.jsonl") is scored like its stage, under its own name.
        report.scores.extend(dataclasses.replace(m, stage=path.stem) for m in scorer(gold, results))
        report.gold_files.append(str(path))
        if path.stem == "statements" and textacy_available():
            # The baseline runs on the same gold in the same run, so the two are comparable.
            report.scores.extend(score_baseline(gold, articles, settings=settings, nlp=nlp))
        if path.stem == "commitments" and (links := gold_dir / "links.jsonl").exists():
            # Linking is scored on the gold commitments themselves: the ledger alone, not extraction.
            from .links import score_links  # it builds on this module's Score

            pairs = [json.loads(line) for line in links.read_text(encoding="utf-8").splitlines() if line.strip()]
            report.scores.extend(score_links(pairs, gold, articles))
            report.gold_files.append(str(links))
    return report


def _gold_articles(gold: Iterable[dict[str, Any]], *, corpus_dir: Path, project_dir: Path, settings: Settings) -> dict[str, Article]:
    """The cited articles, read as accord reads them: `dev/...` from the corpus, `project:...` from this repository."""
    wanted: dict[str, set[str]] = {}
    for item in gold:
        wanted.setdefault(item["corpus"], set()).add(item["article"])
    found: dict[str, Article] = {}
    for corpus, ids in wanted.items():
        path = project_dir / corpus.removeprefix("project:") if corpus.startswith("project:") else corpus_dir / corpus
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
        spans = [*item.get("mentions", []), *item.get("times", [])]
        for statement in item.get("statements", []):
            spans += [span for key in ("speaker", "cue", "content") if (span := statement.get(key))]
        for mention in spans:
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
