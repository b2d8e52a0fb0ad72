"""Exporting the ledger as JSON Lines, CSV or PLOVER records."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterator
from typing import Any

from .errors import UsageError
from .records import RECORD_KINDS, to_json
from .store import Store

EXPORT_KINDS = tuple(RECORD_KINDS)
EXPORT_FORMATS = ("jsonl", "csv", "plover")


def export(store: Store, *, what: str, fmt: str = "jsonl") -> Iterator[str]:
    """Lines of text (without newlines) holding every stored record of one kind."""
    if what not in EXPORT_KINDS:
        raise UsageError(f"cannot export {what!r}: choose one of {', '.join(EXPORT_KINDS)}")
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "plover" and what != "events":
        raise UsageError("the plover format holds events only: use --what events, or --format jsonl/csv")
    rows = _rows(store, what)
    if fmt == "jsonl":
        return (json.dumps(row, ensure_ascii=False) for row in rows)
    if fmt == "csv":
        return _csv_lines(_columns(what), rows)
    articles = {a.id: a for a in store.articles()}
    return (json.dumps(plover_record(row, articles.get(row["article_id"]), seq), ensure_ascii=False) for seq, row in enumerate(rows))


def _rows(store: Store, what: str) -> Iterator[dict[str, Any]]:
    if what == "articles":
        return (to_json(article) for article in store.articles())
    if what == "entities":
        return ({"article_id": article_id, **to_json(entity)} for article_id, entity in store.entities())
    return store.records(what)


def _columns(what: str) -> list[str]:
    names = [f.name for f in dataclasses.fields(RECORD_KINDS[what])]
    return ["article_id", *names] if what in ("entities", "times") else names


def _csv_lines(columns: list[str], rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="")

    def line(values: list[Any]) -> str:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(values)
        return buffer.getvalue()

    yield line(columns)
    for row in rows:
        # Nested values (actors, mentions, evidence) stay machine-readable as JSON in their cell.
        yield line([_cell(row.get(column)) for column in columns])


def _cell(value: Any) -> Any:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def plover_record(event: dict[str, Any], article: Any, seq: int) -> dict[str, Any]:
    """One stored event as a PLOVER JSONL record with accord's extension fields."""
    date = event.get("date")
    record: dict[str, Any] = {
        "id": f"{event['article_id'][:16]}-{seq}",
        "date": date or (article.published.isoformat() if article and article.published else None),
        "actor": [_plover_entity(e) for e in event.get("actor", [])],
        "recipient": [_plover_entity(e) for e in event.get("recipient", [])],
        "event": [event["event"]],
        "mode": [event["mode"]] if event.get("mode") else [],
        "context": list(event.get("context", [])),
        "event_text": event["evidence"]["sentence"],
        "text_info": {"start": event["evidence"]["start"], "end": event["evidence"]["end"]},
        "coder": event["extractor"],
        "status": event.get("status"),
        "condition": event.get("condition"),
        "attributed_to": _plover_entity(event["attributed_to"]) if event.get("attributed_to") else None,
        "date_text": event.get("date_text"),
        "date_precision": event.get("date_precision"),
        "article_id": event["article_id"],
    }
    if not date:
        record["comment"] = "date is the publication date: the text gives no date for the event"
    if article is not None:
        record["cite_info"] = {"url": article.url, "title": article.title, "publication": article.source, "license": article.license}
    return record


def _plover_entity(entity: dict[str, Any]) -> dict[str, Any]:
    return {
        "code": entity.get("code"),
        "sector": entity.get("sector"),
        "entity_text": entity.get("text"),
        "identifier_id": entity.get("wikidata"),
        "identifier_text": entity.get("name"),
        "office": entity.get("office"),
    }
