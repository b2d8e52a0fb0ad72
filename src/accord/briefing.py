"""The brief: what the ledger holds, summarised for a reader.

Reads the store, links its commitments and events across articles (`ledger.link`), and
gives the commitments matrix (actor x kind, latest stance), what changed, the
contradictions, a timeline of events, key statements by actor and positions, each with
footnotes to the sentences that say so. Filters narrow it to an actor, a topic or a period.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .ledger import SEPARATE_SECTORS, Claim, Entry, Ledger, find_copies, link, mark_copies
from .records import Article, Commitment, Entity, Event, Position, Statement, doc, from_json
from .store import EXTRACTED_KINDS, Store


@dataclass(frozen=True, kw_only=True)
class EntitySummary:
    """One entity across the ledger: how often and in how many articles it is named."""

    name: str = doc("Canonical name.")
    label: str = doc("Entity label.")
    code: str | None = doc("PLOVER or ISO code.")
    sector: str | None = doc("PLOVER sector.")
    articles: int = doc("Articles naming it.")
    mentions: int = doc("Mentions across those articles.")


@dataclass(frozen=True, kw_only=True)
class SourceSummary:
    """One outlet and how many stored articles came from it."""

    source: str = doc("Outlet.")
    articles: int = doc("Stored articles from it.")


@dataclass(frozen=True, kw_only=True)
class BriefFilter:
    """What to keep: an actor's code, topic words, a period (inclusive)."""

    actor: str | None = None
    topic: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None

    def keeps_date(self, day: dt.date | None) -> bool:
        if day is None:
            return self.since is None and self.until is None
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)

    def keeps_text(self, *texts: str | None) -> bool:
        if not self.topic:
            return True
        words = self.topic.lower().split()
        joined = " ".join(t for t in texts if t).lower().replace("_", " ")
        return all(word in joined for word in words)


@dataclass(frozen=True, kw_only=True)
class Note:
    """A footnote: the sentence a line of the brief rests on."""

    number: int = doc("Footnote number cited as [n] elsewhere in the brief.")
    article_id: str = doc("Article the sentence is in.")
    source: str | None = doc("Its outlet.")
    published: dt.date | None = doc("Its publication date.")
    sentence: str = doc("The sentence, as in the text.")
    start: int = doc("Offset of the sentence in the article text.")
    end: int = doc("Offset just past it.")


@dataclass(frozen=True, kw_only=True)
class CommitmentLine:
    """One cell of the commitments matrix: an actor's latest stance on a kind."""

    actor: str = doc("Who commits: codes (names for actors without one), comma-separated.")
    kind: str = doc("Commitment kind.")
    stance: str = doc("The latest stance reported.")
    first_date: dt.date | None = doc("Date of the first report.")
    history: tuple[str, ...] = doc("Every reported stance, oldest first.")
    evidence: tuple[int, ...] = doc("Footnotes of every report, oldest first.")
    date: dt.date | None = doc("Date of the latest report.")
    said_by: str | None = doc("Who said so in the latest report.")
    recipients: tuple[str, ...] = doc("For or against whom.")
    reports: int = doc("Reports linked into this entry.")
    sources: tuple[str, ...] = doc("Outlets reporting it, a wire copy counted once.")
    note: int = doc("Footnote of the latest report.")


@dataclass(frozen=True, kw_only=True)
class ChangeLine:
    """A stance that changed, with both ends."""

    actor: str = doc("Whose stance changed.")
    what: str = doc("Commitment kind or event type.")
    before: str = doc("Stance or status before.")
    after: str = doc("Stance or status after.")
    before_date: dt.date | None = doc("Date of the earlier report.")
    after_date: dt.date | None = doc("Date of the later report.")
    before_note: int = doc("Footnote of the earlier report.")
    after_note: int = doc("Footnote of the later report.")


@dataclass(frozen=True, kw_only=True)
class Side:
    """One side of a contradiction."""

    stance: str = doc("What this side says.")
    said_by: str | None = doc("Who says it.")
    source: str | None = doc("Outlet.")
    date: dt.date | None = doc("When.")
    note: int = doc("Footnote.")


@dataclass(frozen=True, kw_only=True)
class ContradictionLine:
    actor: str = doc("Whose commitment or act is disputed.")
    what: str = doc("Commitment kind or event type.")
    one: Side = doc("The earlier side.")
    other: Side = doc("The later side.")


@dataclass(frozen=True, kw_only=True)
class EventLine:
    """One event on the timeline."""

    date: dt.date | None = doc("Date of the latest report.")
    actors: tuple[str, ...] = doc("Who acts.")
    recipients: tuple[str, ...] = doc("Who is acted upon.")
    event: str = doc("PLOVER event type.")
    status: str = doc("Latest status: occurred, future, hypothetical or negated.")
    reports: int = doc("Reports linked into this entry.")
    note: int = doc("Footnote of the latest report.")


@dataclass(frozen=True, kw_only=True)
class StatementLine:
    """A statement by an actor's speaker."""

    actor: str = doc("The speaker's state or body code (the speaker's name when it has none).")
    speaker: str = doc("Who spoke.")
    date: dt.date | None = doc("When it was said, else the publication date.")
    cue: str = doc("Reporting verb or phrase.")
    content: str = doc("What was said.")
    note: int = doc("Footnote.")


@dataclass(frozen=True, kw_only=True)
class PositionLine:
    holder: str = doc("Whose position.")
    topic: str = doc("Topic.")
    stance: str = doc("support or oppose.")
    date: dt.date | None = doc("Publication date.")
    note: int = doc("Footnote.")


@dataclass(frozen=True, kw_only=True)
class Brief:
    """The ledger at a glance, and what it says."""

    articles: int = doc("Stored articles.")
    undated_articles: int = doc("Of these, without a publication date.")
    first_published: dt.date | None = doc("Earliest publication date.")
    last_published: dt.date | None = doc("Latest publication date.")
    sources: list[SourceSummary] = doc("Outlets and their article counts.", default_factory=list)
    entities: list[EntitySummary] = doc("The most-named entities.", default_factory=list)
    record_counts: dict[str, int] = doc("Stored records of each kind.", default_factory=dict)
    copies: list[tuple[str, ...]] = doc("Near-duplicate articles: [copy id, original id].", default_factory=list)
    commitments: list[CommitmentLine] = doc("The commitments matrix: one line per actor and kind entry, latest stance.", default_factory=list)
    changes: list[ChangeLine] = doc("Stances or statuses that changed over time.", default_factory=list)
    contradictions: list[ContradictionLine] = doc("Reports that disagree at about the same time.", default_factory=list)
    timeline: list[EventLine] = doc("Events by date.", default_factory=list)
    statements: list[StatementLine] = doc("Key statements by actor.", default_factory=list)
    positions: list[PositionLine] = doc("Positions on topics.", default_factory=list)
    notes: list[Note] = doc("The footnotes, with the sentences.", default_factory=list)


def brief(store: Store, *, top: int = 20, only: BriefFilter | None = None, statements_per_actor: int = 3) -> Brief:
    """Summarise the store and what its records say, linked across articles."""
    only = only or BriefFilter()
    articles = {article.id: article for article in store.articles()}
    summary = _summary(store, articles, top)
    names: dict[str, str] = {}
    claims, copies = claims_from_store(store, articles, names)
    ledger = link(claims)
    notes = _Notes()
    return Brief(
        **summary,
        copies=sorted(copies.items()),
        commitments=_matrix(ledger, only, notes, names),
        changes=_changes(ledger, only, notes, names),
        contradictions=_contradictions(ledger, only, notes, names),
        timeline=_timeline(ledger, only, notes, names),
        statements=_statements(store, articles, only, notes, statements_per_actor),
        positions=_positions(store, articles, only, notes),
        notes=notes.all,
    )


def claims_from_store(store: Store, articles: dict[str, Article] | None = None, names: dict[str, str] | None = None) -> tuple[list[Claim], dict[str, str]]:
    """Every stored commitment and event as a ledger claim, with near-duplicate articles
    marked; and those copies (copy id -> original id)."""
    articles = articles if articles is not None else {article.id: article for article in store.articles()}
    names = names if names is not None else {}
    copies = find_copies((a.id, a.text) for a in sorted(articles.values(), key=lambda a: (a.published or dt.date.min, a.id)))
    claims = mark_copies([*_commitment_claims(store, articles, names), *_event_claims(store, articles, names)], copies)
    return claims, copies


def _summary(store: Store, articles: dict[str, Article], top: int) -> dict[str, Any]:
    dates = [a.published for a in articles.values() if a.published]
    sources = Counter(a.source or "(unknown source)" for a in articles.values())
    mentions: Counter[tuple[str, str]] = Counter()
    in_articles: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    codes: dict[tuple[str, str], tuple[str | None, str | None]] = {}
    for article_id, entity in store.entities():
        key = (entity.name, entity.label)
        mentions[key] += len(entity.mentions)
        in_articles[key].add(article_id)
        codes.setdefault(key, (entity.code, entity.sector))
    ranked = sorted(mentions, key=lambda k: (-len(in_articles[k]), -mentions[k], k[0]))[:top]
    return dict(
        articles=len(articles),
        undated_articles=len(articles) - len(dates),
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


def _actor_key(entity: Entity, names: dict[str, str]) -> str:
    """A state or body by its code (with its sector where that acts apart from the state,
    "ZWE/OPP"); anything without a code by its name."""
    if entity.code and entity.sector in SEPARATE_SECTORS:
        key = f"{entity.code}/{entity.sector}"
        names.setdefault(key, f"{entity.code} ({entity.sector})")
        return key
    key = entity.code or entity.name
    if entity.label != "PERSON" or not entity.code:
        names.setdefault(key, entity.name)
    return key


def _acting_side(actors: tuple[Entity, ...], speaker: Entity | None) -> dict[str, str | None]:
    """The ledger's finer actor identity (Claim.actor_sector, Claim.actor_name): the sector all
    the actors share, and for one group apart from its state, the leader who speaks for it or
    acts (a party's own name is left out: it cannot be told from its leader's by comparing
    names). The bench builds the same from gold records (bench/links.py)."""
    sectors = {e.sector for e in actors if e.sector}
    name = None
    if len(actors) == 1 and actors[0].sector in SEPARATE_SECTORS:
        group = actors[0]
        if speaker is not None and speaker.code == group.code and speaker.sector == group.sector:
            name = speaker.name
        elif group.label == "PERSON":
            name = group.name
    return {"actor_sector": sectors.pop() if len(sectors) == 1 else None, "actor_name": name}


def _commitment_claims(store: Store, articles: dict[str, Article], names: dict[str, str]) -> Iterable[Claim]:
    for data in store.records("commitments"):
        record: Commitment = from_json(Commitment, data)
        article = articles.get(record.article_id)
        yield Claim(
            record="commitment", what=record.kind, actors=tuple(_actor_key(e, names) for e in record.actor),
            recipients=tuple(_actor_key(e, names) for e in record.recipient), stance=record.stance,
            article_id=record.article_id, source=article.source if article else None, published=article.published if article else None,
            date=record.date, said_by=record.said_by.name if record.said_by else None, said_by_code=record.said_by.code if record.said_by else None,
            **_acting_side(record.actor, record.said_by),
            evidence=record.span or record.evidence.sentence, sentence=record.evidence.sentence, start=record.evidence.start, end=record.evidence.end,
        )


def _event_claims(store: Store, articles: dict[str, Article], names: dict[str, str]) -> Iterable[Claim]:
    for data in store.records("events"):
        record: Event = from_json(Event, data)
        article = articles.get(record.article_id)
        yield Claim(
            record="event", what=record.event, actors=tuple(_actor_key(e, names) for e in record.actor),
            recipients=tuple(_actor_key(e, names) for e in record.recipient), stance=record.status,
            article_id=record.article_id, source=article.source if article else None, published=article.published if article else None,
            date=record.date, said_by=record.attributed_to.name if record.attributed_to else None,
            said_by_code=record.attributed_to.code if record.attributed_to else None, **_acting_side(record.actor, record.attributed_to),
            evidence=record.trigger or record.evidence.sentence, sentence=record.evidence.sentence, start=record.evidence.start, end=record.evidence.end,
        )


class _Notes:
    """Footnotes, numbered in the order the brief first cites them; one per sentence."""

    def __init__(self) -> None:
        self.all: list[Note] = []
        self._numbers: dict[tuple[str, int], int] = {}

    def cite(self, claim: Claim) -> int:
        key = (claim.article_id, claim.start)
        if key not in self._numbers:
            self._numbers[key] = len(self.all) + 1
            self.all.append(Note(
                number=self._numbers[key], article_id=claim.article_id, source=claim.source, published=claim.published,
                sentence=claim.sentence, start=claim.start, end=claim.end,
            ))
        return self._numbers[key]


def _keeps(entry: Entry, only: BriefFilter, *, claim: Claim | None = None) -> bool:
    claim = claim or entry.latest
    if only.actor and only.actor not in entry.actors and only.actor not in entry.recipients:
        return False
    return only.keeps_date(claim.when) and only.keeps_text(entry.what, *(c.sentence for c in entry.claims))


def _label(keys: Iterable[str], names: dict[str, str]) -> tuple[str, ...]:
    """Codes as they are; the names of actors without a code; '(unnamed)' for none."""
    return tuple(names.get(key, key) for key in keys) or ("(unnamed)",)


def _matrix(ledger: Ledger, only: BriefFilter, notes: _Notes, names: dict[str, str]) -> list[CommitmentLine]:
    """The latest stance of each actor on each kind: one line per entry, newest first."""
    lines = []
    for entry in ledger.entries:
        if entry.record != "commitment" or not _keeps(entry, only):
            continue
        latest = entry.latest
        lines.append(CommitmentLine(
            actor=", ".join(_label(entry.actors, names)), kind=entry.what, stance=latest.stance, first_date=entry.first_date,
            history=tuple(c.stance for c in entry.claims), evidence=tuple(notes.cite(c) for c in entry.claims), date=latest.when, said_by=latest.said_by,
            recipients=entry.recipients, reports=len(entry.claims), sources=entry.sources, note=notes.cite(latest),
        ))
    lines.sort(key=lambda line: (line.actor, line.kind, -(line.date or dt.date.min).toordinal()))
    return lines


def _changes(ledger: Ledger, only: BriefFilter, notes: _Notes, names: dict[str, str]) -> list[ChangeLine]:
    entries = {e.id: e for e in ledger.entries}
    lines = []
    for change in ledger.changes:
        entry = entries[change.entry]
        if not _keeps(entry, only, claim=change.after):
            continue
        lines.append(ChangeLine(
            actor=", ".join(_label(entry.actors, names)), what=entry.what, before=change.before.stance, after=change.after.stance,
            before_date=change.before.when, after_date=change.after.when, before_note=notes.cite(change.before), after_note=notes.cite(change.after),
        ))
    return sorted(lines, key=lambda line: line.after_date or dt.date.min)


def _contradictions(ledger: Ledger, only: BriefFilter, notes: _Notes, names: dict[str, str]) -> list[ContradictionLine]:
    entries = {e.id: e for e in ledger.entries}
    lines = []
    for found in ledger.contradictions:
        entry = entries[found.entry]
        if not _keeps(entry, only, claim=found.other):
            continue
        lines.append(ContradictionLine(
            actor=", ".join(_label(entry.actors, names)), what=entry.what,
            one=Side(stance=found.one.stance, said_by=found.one.said_by, source=found.one.source, date=found.one.when, note=notes.cite(found.one)),
            other=Side(stance=found.other.stance, said_by=found.other.said_by, source=found.other.source, date=found.other.when, note=notes.cite(found.other)),
        ))
    return lines


def _timeline(ledger: Ledger, only: BriefFilter, notes: _Notes, names: dict[str, str]) -> list[EventLine]:
    """Events by date, each entry once with its latest status."""
    lines = []
    for entry in ledger.entries:
        if entry.record != "event" or not _keeps(entry, only):
            continue
        latest = entry.latest
        lines.append(EventLine(
            date=latest.when, actors=_label(entry.actors, names), recipients=entry.recipients, event=entry.what,
            status=latest.stance, reports=len(entry.claims), note=notes.cite(latest),
        ))
    return sorted(lines, key=lambda line: (line.date or dt.date.min, line.event))


def _statements(store: Store, articles: dict[str, Article], only: BriefFilter, notes: _Notes, per_actor: int) -> list[StatementLine]:
    """The latest statements of each actor's speakers (a person speaks for their state)."""
    by_actor: defaultdict[str, list[tuple[Statement, Article | None]]] = defaultdict(list)
    for data in store.records("statements"):
        record: Statement = from_json(Statement, data)
        if record.speaker is None:
            continue
        article = articles.get(record.article_id)
        actor = record.speaker.code or record.speaker.name
        day = _statement_day(record, article)
        if only.actor and actor != only.actor:
            continue
        if not only.keeps_date(day) or not only.keeps_text(record.content):
            continue
        by_actor[actor].append((record, article))
    lines = []
    for actor, found in sorted(by_actor.items(), key=lambda item: (-len(item[1]), item[0])):
        found.sort(key=lambda pair: _statement_day(*pair) or dt.date.min, reverse=True)
        for record, article in found[:per_actor]:
            claim = Claim(
                record="statement", what="statement", actors=(actor,), stance="said", article_id=record.article_id,
                source=article.source if article else None, published=article.published if article else None,
                sentence=record.evidence.sentence, start=record.evidence.start, end=record.evidence.end,
            )
            lines.append(StatementLine(
                actor=actor, speaker=record.speaker.name if record.speaker else record.speaker_text, date=_statement_day(record, article),
                cue=record.cue, content=record.content, note=notes.cite(claim),
            ))
    return lines


def _statement_day(record: Statement, article: Article | None) -> dt.date | None:
    if record.date and len(record.date) == 10:
        return dt.date.fromisoformat(record.date)
    return article.published if article else None


def _positions(store: Store, articles: dict[str, Article], only: BriefFilter, notes: _Notes) -> list[PositionLine]:
    lines = []
    for data in store.records("positions"):
        record: Position = from_json(Position, data)
        article = articles.get(record.article_id)
        holder = record.holder.code or record.holder.name
        day = article.published if article else None
        if (only.actor and holder != only.actor) or not only.keeps_date(day) or not only.keeps_text(record.topic):
            continue
        claim = Claim(
            record="position", what=record.topic, actors=(holder,), stance=record.stance, article_id=record.article_id,
            source=article.source if article else None, published=day,
            sentence=record.evidence.sentence, start=record.evidence.start, end=record.evidence.end,
        )
        lines.append(PositionLine(holder=holder, topic=record.topic, stance=record.stance, date=day, note=notes.cite(claim)))
    return lines


@dataclass(frozen=True, kw_only=True)
class Section:
    """One part of the brief as a table, for whichever format prints it."""

    title: str
    columns: tuple[str, ...]
    rows: list[tuple[str, ...]]
    empty: str


def sections(summary: Brief) -> list[Section]:
    """The brief's parts as tables, in reading order; text and Markdown print the same."""
    def day(value: dt.date | None) -> str:
        return str(value) if value else "undated"

    def side(one: Side) -> str:
        return f"{one.stance}: {one.said_by or one.source or 'unknown'} ({day(one.date)}) [{one.note}]"

    return [
        Section(title="Sources", columns=("source", "articles"), rows=[(s.source, str(s.articles)) for s in summary.sources], empty="No articles."),
        Section(
            title="Commitments", columns=("actor", "kind", "latest stance", "date", "said by", "to", "reports", "notes"),
            rows=[(c.actor, c.kind, c.stance, day(c.date), c.said_by or "", ", ".join(c.recipients), str(c.reports), " ".join(f"[{n}]" for n in c.evidence))
                  for c in summary.commitments],
            empty="No commitments recorded.",
        ),
        Section(
            title="What changed", columns=("actor", "what", "before", "after"),
            rows=[(c.actor, c.what, f"{c.before} ({day(c.before_date)}) [{c.before_note}]", f"{c.after} ({day(c.after_date)}) [{c.after_note}]") for c in summary.changes],
            empty="No changes recorded.",
        ),
        Section(
            title="Contradictions", columns=("actor", "what", "one side", "other side"),
            rows=[(c.actor, c.what, side(c.one), side(c.other)) for c in summary.contradictions], empty="No contradictions found.",
        ),
        Section(
            title="Timeline of events", columns=("date", "actor", "recipient", "event", "status", "note"),
            rows=[(day(e.date), ", ".join(e.actors), ", ".join(e.recipients), e.event, e.status, f"[{e.note}]") for e in summary.timeline],
            empty="No events recorded.",
        ),
        Section(
            title="Key statements", columns=("actor", "speaker", "date", "said", "note"),
            rows=[(st.actor, st.speaker, day(st.date), f"{st.cue}: {st.content}", f"[{st.note}]") for st in summary.statements], empty="No statements recorded.",
        ),
        Section(
            title="Positions", columns=("holder", "topic", "stance", "date", "note"),
            rows=[(p.holder, p.topic, p.stance, day(p.date), f"[{p.note}]") for p in summary.positions], empty="No positions recorded.",
        ),
        Section(
            title="Notes", columns=("note", "source", "published", "sentence"),
            rows=[(f"[{n.number}]", n.source or "", day(n.published), " ".join(n.sentence.split())) for n in summary.notes], empty="No notes.",
        ),
    ]


def headline(summary: Brief) -> str:
    period = f"{summary.first_published} to {summary.last_published}" if summary.first_published else "no dated articles"
    return f"{summary.articles} articles, {period}; {summary.undated_articles} undated; {len(summary.copies)} near-duplicate copies counted once"


def to_markdown(summary: Brief) -> str:
    """The brief as Markdown, to paste into a report."""
    out = [f"# Brief\n\n{headline(summary)}.\n"]
    for section in sections(summary):
        out.append(f"## {section.title}\n")
        if not section.rows:
            out.append(f"{section.empty}\n")
            continue
        out.append("| " + " | ".join(section.columns) + " |")
        out.append("|" + "---|" * len(section.columns))
        out.extend("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in section.rows)
        out.append("")
    return "\n".join(out)
