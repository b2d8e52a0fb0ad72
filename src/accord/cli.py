"""The `accord` command: parse options, call one library function, print, set the exit code.

Exit codes: 0 all went well, 1 some inputs failed (the rest were still processed) or a
storage/model error, 2 a usage error.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Column, Table

from .briefing import Brief, BriefFilter, headline, sections, to_markdown
from .briefing import brief as brief_ledger
from .errors import AccordError, UsageError
from .export import export as export_records
from .pipeline import extract as extract_results
from .pipeline import ingest as ingest_paths
from .records import ArticleResult, Entity, Skip, to_json
from .settings import Settings
from .store import open_store

app = typer.Typer(
    name="accord",
    help="Turn news articles into a ledger of who said, pledged, refused and did what, to whom and when.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
bench_app = typer.Typer(help="Measure accord: accuracy against gold data, speed against bare spaCy.", no_args_is_help=True)
app.add_typer(bench_app, name="bench")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


class ExtractFormat(str, Enum):
    json = "json"
    text = "text"


class BriefFormat(str, Enum):
    text = "text"
    json = "json"


class ReportFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"


DbOption = Annotated[Path | None, typer.Option("--db", help="SQLite database file [env ACCORD_DB; default ./accord.db].", show_default=False)]
WorkersOption = Annotated[int | None, typer.Option("--workers", "-w", min=1, help="Parser processes [env ACCORD_WORKERS; default 1].", show_default=False)]
AllowPrivateOption = Annotated[bool, typer.Option("--allow-private", help="Allow URLs on private or loopback addresses.")]
FollowLinksOption = Annotated[bool, typer.Option("--follow-feed-links", help="Read the page each feed entry links to.")]
ActorsOption = Annotated[list[Path] | None, typer.Option("--actors", help="Your own actor file (YAML); repeatable [env ACCORD_ACTORS].", show_default=False)]
PathsArgument = Annotated[list[str], typer.Argument(help="Files, directories, globs or http(s) URLs.", show_default=False, metavar="PATH")]


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what accord does to stderr.")] = False) -> None:
    """accord: a verifiable ledger of diplomacy from news articles."""
    logging.basicConfig(level=logging.INFO if verbose else logging.ERROR, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def _settings(**overrides: Any) -> Settings:
    try:
        return Settings.from_env(**overrides)
    except AccordError as e:
        _fail(e)


def _actor_paths(paths: list[Path] | None) -> str | None:
    for path in paths or []:
        if not path.is_file():
            _fail(UsageError(f"actors file {path} not found: check the path"))
    return os.pathsep.join(str(p) for p in paths) if paths else None


def _fail(error: AccordError) -> NoReturn:
    err.print(f"[red]error:[/red] {error}", highlight=False)
    raise typer.Exit(2 if isinstance(error, UsageError) else 1)


def _print_skip(skip: Skip) -> None:
    err.print(f"[yellow]skipped[/yellow] {skip.origin}: {skip.reason}", highlight=False, markup=True)


@app.command()
def ingest(
    paths: PathsArgument,
    db: DbOption = None,
    workers: WorkersOption = None,
    allow_private: AllowPrivateOption = False,
    follow_feed_links: FollowLinksOption = False,
    actors: ActorsOption = None,
) -> None:
    """Read articles and store them, with everything extracted, in the ledger."""
    settings = _settings(db=db, workers=workers, allow_private=allow_private or None, follow_feed_links=follow_feed_links or None, actors=_actor_paths(actors))
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("ingesting", total=None)

        def on_article(outcome: str, origin: str) -> None:
            progress.update(task, advance=1, description=f"{outcome}: {Path(origin).name if '://' not in origin else origin}"[:60])

        try:
            report = ingest_paths(paths, settings=settings, on_article=on_article)
        except AccordError as e:
            _fail(e)
    for skip in report.skipped:
        _print_skip(skip)
    out.print(
        f"articles: {report.new} new, {report.updated} updated, {report.unchanged} unchanged, "
        f"{len(report.skipped)} skipped -> {settings.db}",
        highlight=False,
    )
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def extract(
    paths: PathsArgument,
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="json: one JSON object per article (JSON Lines); text: a readable summary.")] = ExtractFormat.json,
    workers: WorkersOption = None,
    allow_private: AllowPrivateOption = False,
    follow_feed_links: FollowLinksOption = False,
    actors: ActorsOption = None,
) -> None:
    """Process articles without storing them and print what was found."""
    settings = _settings(workers=workers, allow_private=allow_private or None, follow_feed_links=follow_feed_links or None, actors=_actor_paths(actors))
    failed = False
    try:
        for item in extract_results(paths, settings=settings):
            if isinstance(item, Skip):
                failed = True
                _print_skip(item)
            elif format is ExtractFormat.json:
                sys.stdout.write(json.dumps(to_json(item), ensure_ascii=False) + "\n")
            else:
                _print_result_text(item)
    except AccordError as e:
        _fail(e)
    raise typer.Exit(1 if failed else 0)


def _print_result_text(result: ArticleResult) -> None:
    article = result.article
    out.rule(article.title or article.origin or article.id[:12])
    out.print(f"published: {article.published or 'unknown'}   source: {article.source or 'unknown'}   id: {article.id[:12]}", highlight=False)
    table = Table("entity", "label", "code", "sector", "mentions", box=None)
    for entity in result.entities:
        table.add_row(entity.name, entity.label, entity.code or "", entity.sector or "", str(len(entity.mentions)))
    out.print(table)
    for kind in ("events", "statements", "commitments", "positions"):
        out.print(f"{kind}: {len(getattr(result, kind))}", highlight=False)
    if result.events:
        events = Table("event", "status", "trigger", "actor", "recipient", "condition", "date", box=None)
        for event in result.events:
            events.add_row(
                event.event + (f" {event.mode}" if event.mode else ""), event.status, event.trigger, _codes(event.actor),
                _codes(event.recipient), event.condition or "", event.date or "",
            )
        out.print(events)
    if result.commitments:
        commitments = Table("kind", "stance", "actor", "recipient", "words", "scope", "said by", "date", box=None)
        for item in result.commitments:
            commitments.add_row(
                item.kind, item.stance, _codes(item.actor), _codes(item.recipient), item.span, item.scope or "",
                item.said_by.name if item.said_by else "", item.date or "",
            )
        out.print(commitments)
    if result.statements:
        statements = Table("speaker", "cue", "kind", "said", box=None)
        for statement in result.statements:
            speaker = statement.speaker.name if statement.speaker else (statement.speaker_text or "(unnamed)")
            statements.add_row(speaker, statement.cue, statement.kind, " ".join(statement.content.split()))
        out.print(statements)
    if result.positions:
        positions = Table("holder", "stance", "topic", box=None)
        for position in result.positions:
            positions.add_row(position.holder.name, position.stance, position.topic)
        out.print(positions)
    if result.times:
        times = Table("time", "value", "precision", box=None)
        for time in result.times:
            times.add_row(time.text, time.value or "(unresolved)", time.precision or "")
        out.print(times)


def _codes(entities: tuple[Entity, ...]) -> str:
    """Entities as their codes, or names where they have none."""
    return ", ".join(e.code or e.name for e in entities)


@app.command()
def export(
    what: Annotated[str, typer.Option("--what", help="articles, entities, times, events, statements, commitments or positions.")] = "events",
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv, or plover (events only).")] = "jsonl",
    db: DbOption = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
) -> None:
    """Write stored records as JSON Lines, CSV or PLOVER JSONL."""
    settings = _settings(db=db)
    try:
        store = open_store(settings)
        try:
            lines = export_records(store, what=what, fmt=format)
            with (output.open("w", encoding="utf-8", newline="") if output else _stdout()) as stream:
                for line in lines:
                    stream.write(line + "\n")
        finally:
            store.close()
    except AccordError as e:
        _fail(e)


def _stdout() -> Any:
    class _NoClose:
        def __enter__(self) -> Any:
            return sys.stdout

        def __exit__(self, *exc: object) -> None:
            sys.stdout.flush()

    return _NoClose()


@app.command()
def brief(
    db: DbOption = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Only what concerns this actor code (ITA, USA, EUR, ...).", show_default=False)] = None,
    topic: Annotated[str | None, typer.Option("--topic", help="Only lines whose words include all of these.", show_default=False)] = None,
    since: Annotated[str | None, typer.Option("--since", help="From this date (YYYY-MM-DD).", show_default=False)] = None,
    until: Annotated[str | None, typer.Option("--until", help="Up to this date (YYYY-MM-DD).", show_default=False)] = None,
    format: Annotated[ReportFormat, typer.Option("--format", "-f", help="text (tables), json (stable, documented) or markdown.")] = ReportFormat.text,
    top: Annotated[int, typer.Option("--top", min=1, help="How many entities to list.")] = 20,
) -> None:
    """The ledger for a reader: commitments matrix, what changed, contradictions, timeline, statements, positions."""
    settings = _settings(db=db)
    try:
        only = BriefFilter(actor=actor.upper() if actor else None, topic=topic, since=_day(since, "--since"), until=_day(until, "--until"))
        store = open_store(settings)
        try:
            summary = brief_ledger(store, top=top, only=only)
        finally:
            store.close()
    except AccordError as e:
        _fail(e)
    if format is ReportFormat.json:
        sys.stdout.write(json.dumps(to_json(summary), ensure_ascii=False, indent=2) + "\n")
        return
    if format is ReportFormat.markdown:
        sys.stdout.write(to_markdown(summary))
        return
    _print_brief(summary)


def _day(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} {value!r} is not a date: write it as YYYY-MM-DD") from None


def _print_brief(summary: Brief) -> None:
    out.print(f"[bold]{headline(summary)}[/bold]", highlight=False)
    for section in sections(summary):
        table = Table(*section.columns, title=section.title, title_justify="left")
        for row in section.rows:
            table.add_row(*row)
        out.print(table if section.rows else f"[bold]{section.title}[/bold]: {section.empty}", highlight=False)
    out.print("records: " + ", ".join(f"{n} {kind}" for kind, n in summary.record_counts.items()), highlight=False)


@bench_app.command("accuracy")
def bench_accuracy(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold JSONL files.")] = Path("bench/gold"),
    corpus: Annotated[Path, typer.Option("--corpus", help="Folder the gold files' corpus paths are relative to.")] = Path("../shared/corpus"),
    floors: Annotated[Path, typer.Option("--floors", help="Floors file: the least each score may be.")] = Path("bench/floors.json"),
    check: Annotated[bool, typer.Option("--check", help="Exit 1 if any score is below its floor.")] = False,
    format: Annotated[BriefFormat, typer.Option("--format", "-f", help="text (a table) or json.")] = BriefFormat.text,
) -> None:
    """Precision, recall and F1 of each stage against the hand-annotated gold files."""
    from .bench import check_floors, load_floors, run_accuracy

    settings = _settings()
    try:
        report = run_accuracy(gold_dir=gold, corpus_dir=corpus, settings=settings)
        failures = check_floors(report, load_floors(floors)) if check else []
    except AccordError as e:
        _fail(e)
    if format is BriefFormat.json:
        sys.stdout.write(json.dumps({"scores": [s.as_dict() for s in report.scores], "floors_broken": failures}, indent=2) + "\n")
    else:
        from .bench.accuracy import Accuracy, Score

        table = Table(Column("stage", no_wrap=True), Column("metric", no_wrap=True), "precision", "recall", "F1", "tp", "fp", "fn", title="Detection against gold", title_justify="left")
        for s in report.scores:
            if isinstance(s, Score):
                table.add_row(s.stage, s.metric, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn))
        out.print(table)
        accuracies = Table(Column("stage", no_wrap=True), Column("metric", no_wrap=True), "accuracy", "correct", "total", title="Accuracy against gold", title_justify="left")
        for a in report.scores:
            if isinstance(a, Accuracy):
                accuracies.add_row(a.stage, a.metric, f"{a.accuracy:.3f}", str(a.correct), str(a.total))
        out.print(accuracies)
        for failure in failures:
            err.print(f"[red]floor broken[/red] {failure}", highlight=False)
    raise typer.Exit(1 if failures else 0)


@bench_app.command("ledger")
def bench_ledger(db: DbOption = None) -> None:
    """How the ledger's linking grows with the records: 1x, 2x and 4x the stored corpus."""
    from .bench.ledger_scale import run_ledger_scale

    settings = _settings(db=db)
    try:
        store = open_store(settings)
        try:
            rows = run_ledger_scale(store)
        finally:
            store.close()
    except AccordError as e:
        _fail(e)
    table = Table("size", "claims", "articles", "link s", "µs per claim", "near-duplicates s", "link time / 1x", title="Ledger growth", title_justify="left")
    base = rows[0].link_seconds or float("nan")
    for row in rows:
        table.add_row(f"{row.factor}x", str(row.claims), str(row.articles), f"{row.link_seconds:.3f}", f"{row.microseconds_per_claim:.1f}",
                      f"{row.copies_seconds:.2f}", f"{row.link_seconds / base:.2f}")
    out.print(table)


@bench_app.command("speed")
def bench_speed(
    corpus: Annotated[list[Path], typer.Option("--corpus", help="Files or folders to run on (repeatable).")],
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Use only the first N articles.")] = None,
    workers: WorkersOption = None,
    batch_size: Annotated[int | None, typer.Option("--batch-size", min=1, help="Texts per spaCy batch.")] = None,
) -> None:
    """Time accord's ingest against a bare spaCy pass over the same texts, in the same run."""
    from .bench import run_speed

    settings = _settings(workers=workers, batch_size=batch_size)
    try:
        report = run_speed(corpus, settings=settings, limit=limit)
    except AccordError as e:
        _fail(e)
    table = Table("run", "seconds", "words/s", "peak RSS MB", title=f"{report.articles} articles, {report.words:,} words, batch {report.batch_size}, {report.workers} worker(s)", title_justify="left")
    table.add_row("bare spaCy nlp.pipe", f"{report.baseline_seconds:.1f}", f"{report.baseline_words_per_second:,.0f}", f"{report.baseline_peak_rss_mb:,.0f}")
    table.add_row("accord ingest", f"{report.accord_seconds:.1f}", f"{report.accord_words_per_second:,.0f}", f"{report.accord_peak_rss_mb:,.0f}")
    out.print(table)
    out.print(f"ratio accord / spaCy: {report.ratio:.2f}", highlight=False)


@app.command("settings")
def show_settings() -> None:
    """List every setting with its environment variable, default and meaning."""
    table = Table("setting", "environment", "default", "meaning")
    for name, env, default, help_text in Settings.describe():
        table.add_row(name, env, str(default), help_text)
    out.print(table)
