"""The record model shared by every stage.

Records are frozen dataclasses. Each extracted record carries the `article_id` of the
article it came from and its evidence as character offsets into that article's text,
with the sentence itself, so every claim can be shown with the words that make it.
Field docs (``metadata["doc"]``) feed the published JSON Schemas in docs/schema/.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import types
import typing
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

EventStatus = Literal["occurred", "future", "hypothetical", "negated"]
DatePrecision = Literal["day", "month", "year"]
StatementKind = Literal["direct", "indirect", "mixed"]
MentionRole = Literal["actor", "place"]
TimePrecision = Literal["day", "week", "month", "year"]
TimeAnchor = Literal["publication", "previous", "none"]
CommitmentStance = Literal[
    "pledged", "offered", "considering", "conditional", "planned", "ruled_out",
    "delivered", "imposed", "threatened", "paused", "withdrawn",
]
PositionStance = Literal["support", "oppose"]

#: The documented vocabulary of commitment kinds; later stages may extend it.
COMMITMENT_KINDS: tuple[str, ...] = (
    "troops", "ground_forces", "air_support", "air_defense", "training", "monitoring",
    "logistics", "peacekeeping", "weapons", "military_aid", "funding", "humanitarian_aid",
    "sanctions", "tariffs", "security_guarantee", "membership", "talks", "ceasefire",
    "intelligence", "reconstruction", "naval_forces", "export_controls", "incentives",
)


def doc(text: str, default: Any = dataclasses.MISSING, **kwargs: Any) -> Any:
    """A dataclass field with a description for the JSON Schema."""
    if default is dataclasses.MISSING and "default_factory" not in kwargs:
        return field(metadata={"doc": text}, **kwargs)
    return field(default=default, metadata={"doc": text}, **kwargs)


_RECORD = dict(frozen=True, slots=True, kw_only=True)


def normalise_text(text: str) -> str:
    """The form an article's identity is computed from: NFC, whitespace folded, trimmed."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def article_id_for(text: str) -> str:
    """sha256 of the normalised text, so the same article read twice is stored once."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


@dataclass(**_RECORD)
class Article:
    """One news article as read from a source."""

    id: str = doc("sha256 of the normalised text: the same text always has the same id.")
    text: str = doc("The article body; every offset in every record points into it.")
    title: str | None = doc("Headline, where the source gives one.", None)
    url: str | None = doc("Where the article was published or fetched from.", None)
    source: str | None = doc("Publisher or outlet name.", None)
    source_id: str | None = doc("The input's own id for the article, where it has one.", None)
    published: dt.date | None = doc("Publication date; null when the source does not say.", None)
    license: str | None = doc("Licence statement given by the input, if any.", None)
    origin: str | None = doc("The file (with line number) or URL the article was read from.", None)

    @classmethod
    def from_text(cls, text: str, **fields: Any) -> Article:
        """Build an article, computing its id from the text."""
        text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
        return cls(id=article_id_for(text), text=text, **fields)


@dataclass(**_RECORD)
class Evidence:
    """The sentence a record rests on."""

    start: int = doc("Character offset of the evidence span's start in the article text.")
    end: int = doc("Character offset just past the span's end.")
    sentence: str = doc("The sentence (or sentences) the span lies in, as it stands in the text.")


@dataclass(**_RECORD)
class Mention:
    """One place in the text where an entity is named or referred to."""

    start: int = doc("Character offset of the mention's start in the article text.")
    end: int = doc("Character offset just past the mention's end.")
    text: str = doc("The words of the mention, as in the text.")
    label: str = doc("Named-entity label the mention was found with (PERSON, GPE, ORG, NORP, LOC).")
    role: MentionRole | None = doc("actor when the words stand for someone acting or speaking, place when they name a location; null until resolved.", None)
    kind: str = doc("What the words are: name, surname, pronoun, title, capital, metonym, nationality or group.", "name")
    sector: str | None = doc("PLOVER sector this mention acts in ('Russian forces' -> MIL); null for places.", None)


@dataclass(**_RECORD)
class TimeExpression:
    """A time expression and the calendar date it stands for, resolved against the article's date."""

    start: int = doc("Character offset of the expression's start in the article text.")
    end: int = doc("Character offset just past its end.")
    text: str = doc("The words, as in the text.")
    value: str | None = doc("ISO value at its precision: YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY; null when it cannot be normalised.", None)
    precision: TimePrecision | None = doc("day, week, month or year; null when unresolved.", None)
    anchor: TimeAnchor = doc("What it was resolved against: the publication date, the previously mentioned date, or nothing (absolute or unresolved).", "none")


@dataclass(**_RECORD)
class Entity:
    """A person, country, organisation or group, with the mentions that name it."""

    text: str = doc("The fullest surface form found in the article.")
    name: str = doc("Canonical name.")
    label: str = doc("Entity label: PERSON, GPE, ORG, NORP or LOC.")
    code: str | None = doc("ISO 3166-1 alpha-3 country code or a PLOVER code (EUR, UNO, IGO, NGO, ...).", None)
    sector: str | None = doc("PLOVER sector, three letters (GOV, MIL, LEG, ...).", None)
    office: str | None = doc("Office held at the article's date, for people.", None)
    wikidata: str | None = doc("Wikidata QID, where known.", None)
    mentions: tuple[Mention, ...] = doc("Every mention of the entity in the article.", ())


@dataclass(**_RECORD)
class Event:
    """One PLOVER-coded interaction, with accord's status and provenance fields."""

    article_id: str = doc("Id of the article the event was read from.")
    event: str = doc("PLOVER event type (AGREE, CONSULT, ..., ASSAULT).")
    trigger: str = doc("The words the event was read from (its predicate, or the negator of a refused act); empty in records stored before triggers.", "")
    trigger_start: int = doc("Offset of the trigger's first character in the article text; 0 in records stored before triggers.", 0)
    trigger_end: int = doc("Offset just past the trigger's last character; 0 in records stored before triggers.", 0)
    actor: tuple[Entity, ...] = doc("Who acts; compound actors are one list.")
    recipient: tuple[Entity, ...] = doc("Who is acted upon.", ())
    mode: str | None = doc("PLOVER mode (phone, visit, troops, ...).", None)
    context: tuple[str, ...] = doc("PLOVER contexts (military, economic, diplomatic, ...).", ())
    status: EventStatus = doc("occurred, future, hypothetical or negated.", "occurred")
    condition: str | None = doc("Text of the condition the event depends on.", None)
    attributed_to: Entity | None = doc("Speaker through whose words the event is reported.", None)
    date: str | None = doc("ISO date (YYYY-MM-DD, YYYY-MM or YYYY) of the event, if the text gives one.", None)
    date_text: str | None = doc("The words the date was read from.", None)
    date_precision: DatePrecision | None = doc("day, month or year.", None)
    evidence: Evidence = doc("The clause's sentence and offsets.")
    extractor: str = doc("Versioned name of the stage that made the record.")


@dataclass(**_RECORD)
class Statement:
    """Who said what: an attributed statement with its content span."""

    article_id: str = doc("Id of the article the statement was read from.")
    speaker: Entity | None = doc("The resolved speaker; null when the text does not say who.")
    speaker_text: str = doc("The words naming the speaker in this sentence ('he', 'the minister').")
    cue: str = doc("Reporting verb or phrase (said, told, according to, ...).")
    cue_start: int = doc("Offset of the cue's first character in the article text; 0 in records stored before cues had offsets.", 0)
    cue_end: int = doc("Offset just past the cue's last character; 0 in records stored before cues had offsets.", 0)
    content: str = doc("What was said.")
    content_start: int = doc("Offset of the content's start in the article text.")
    content_end: int = doc("Offset just past the content's end.")
    kind: StatementKind = doc("direct (quoted), indirect (reported) or mixed.")
    addressee: str | None = doc("Whom it was said to, where given.", None)
    medium: str | None = doc("Where or how it was said (a statement, an interview, reporters).", None)
    date: str | None = doc("When it was said, if the text says so; never defaulted to publication.", None)
    attributed_to: Entity | None = doc("Who reports the statement, when it is itself reported.", None)
    evidence: Evidence = doc("The sentence(s) and offsets.")
    extractor: str = doc("Versioned name of the stage that made the record.")


@dataclass(**_RECORD)
class Commitment:
    """A pledge, offer, refusal or delivery: what the Kiel-style trackers record by hand."""

    article_id: str = doc("Id of the article the commitment was read from.")
    actor: tuple[Entity, ...] = doc("Who commits or refuses.")
    kind: str = doc("What is committed: one of accord's documented kinds (troops, sanctions, ...).")
    stance: CommitmentStance = doc("pledged, offered, considering, conditional, planned, ruled_out, delivered, imposed, threatened, paused or withdrawn.")
    recipient: tuple[Entity, ...] = doc("For or against whom.", ())
    scope: str | None = doc("Limits stated with it ('outside Ukraine').", None)
    condition: str | None = doc("Text of the condition attached.", None)
    said_by: Entity | None = doc("Who said so.", None)
    date: str | None = doc("ISO date of the commitment, if the text gives one.", None)
    date_text: str | None = doc("The words the date was read from.", None)
    span: str = doc("The words from the predicate (with its modal and negation) through what is committed; empty in records stored before spans.", "")
    span_start: int = doc("Offset of the span's first character in the article text; 0 in records stored before spans.", 0)
    span_end: int = doc("Offset just past the span's last character; 0 in records stored before spans.", 0)
    evidence: Evidence = doc("The sentence and offsets.")
    extractor: str = doc("Versioned name of the stage that made the record.")


@dataclass(**_RECORD)
class Position:
    """A stated stance of an actor on a topic."""

    article_id: str = doc("Id of the article the position was read from.")
    holder: Entity = doc("Whose position it is.")
    topic: str = doc("Short normalised topic ('nato membership for ukraine').")
    stance: PositionStance = doc("support or oppose.")
    evidence: Evidence = doc("The sentence and offsets.")
    extractor: str = doc("Versioned name of the stage that made the record.")


@dataclass(**_RECORD)
class Skip:
    """An input that could not be used, and why: a normal outcome, never a crash."""

    origin: str = doc("The file (with line number) or URL that was skipped.")
    reason: str = doc("What was wrong and what to do about it, in one line.")
    stage: str = doc("The stage that gave up: sources, fetch, nlp or store.", "sources")


@dataclass(**_RECORD)
class ArticleResult:
    """Everything the pipeline extracted from one article."""

    article: Article = doc("The article.")
    entities: tuple[Entity, ...] = doc("Entities with their mentions.", ())
    times: tuple[TimeExpression, ...] = doc("Time expressions with their resolved dates.", ())
    events: tuple[Event, ...] = doc("PLOVER events.", ())
    statements: tuple[Statement, ...] = doc("Attributed statements.", ())
    commitments: tuple[Commitment, ...] = doc("Pledges, offers, refusals.", ())
    positions: tuple[Position, ...] = doc("Stated positions.", ())


RECORD_KINDS: dict[str, type] = {
    "articles": Article,
    "entities": Entity,
    "times": TimeExpression,
    "events": Event,
    "statements": Statement,
    "commitments": Commitment,
    "positions": Position,
}


def to_json(record: Any) -> Any:
    """A record (or tuple of records) as plain JSON-ready values: dates as ISO strings."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_json(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (tuple, list)):
        return [to_json(item) for item in record]
    if isinstance(record, dt.date):
        return record.isoformat()
    return record


def from_json(cls: type, data: Any) -> Any:
    """Rebuild a record from what `to_json` made."""
    return _from_json(cls, data)


def _from_json(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        return tp(**{f.name: _from_json(hints[f.name], data[f.name]) for f in dataclasses.fields(tp) if f.name in data})
    if origin is tuple:
        (item_type, _ellipsis) = typing.get_args(tp)
        return tuple(_from_json(item_type, item) for item in data)
    if origin in (typing.Union, types.UnionType):
        non_null = [arg for arg in typing.get_args(tp) if arg is not type(None)]
        return _from_json(non_null[0], data)
    if tp is dt.date:
        return dt.date.fromisoformat(data)
    return data
