"""JSON Schemas for accord's output, derived from the record dataclasses.

`python -m accord.schema docs/schema` writes them; a test checks the committed files
are current and that real output validates against them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
import types
import typing
from pathlib import Path
from typing import Any

from .briefing import Brief
from .records import Article, ArticleResult, Commitment, Entity, Event, Position, Statement

SCHEMA_BASE = "https://accord.invalid/schema/"
#: One published schema file per record a user meets in output.
PUBLISHED: dict[str, type] = {
    "article": Article,
    "entity": Entity,
    "event": Event,
    "statement": Statement,
    "commitment": Commitment,
    "position": Position,
    "extract": ArticleResult,
    "brief": Brief,
}


def schema_for(cls: type) -> dict[str, Any]:
    """A draft 2020-12 JSON Schema for one record class, with every nested record under $defs."""
    defs: dict[str, Any] = {}
    root = _object_schema(cls, defs)
    defs.pop(cls.__name__, None)
    name = next((n for n, c in PUBLISHED.items() if c is cls), cls.__name__.lower())
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": f"{SCHEMA_BASE}{name}.schema.json", **root}
    if defs:
        schema["$defs"] = dict(sorted(defs.items()))
    return schema


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for f in dataclasses.fields(cls):
        prop = _type_schema(hints[f.name], defs)
        if "doc" in f.metadata:
            prop = {"description": f.metadata["doc"], **prop}
        properties[f.name] = prop
        required.append(f.name)  # to_json always writes every field, null where empty
    return {
        "title": cls.__name__,
        "description": " ".join((cls.__doc__ or "").split()),
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [_type_schema(arg, defs) for arg in typing.get_args(tp)]
        return {"anyOf": options}
    if origin is typing.Literal:
        return {"type": "string", "enum": list(typing.get_args(tp))}
    if origin in (tuple, list):
        return {"type": "array", "items": _type_schema(typing.get_args(tp)[0], defs)}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type_schema(typing.get_args(tp)[1], defs)}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # placeholder first: records may nest each other
            defs[tp.__name__] = _object_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}
    if tp in simple:
        return {"type": simple[tp]}
    if tp is dt.date:
        return {"type": "string", "format": "date"}
    raise TypeError(f"no JSON Schema mapping for {tp!r}")


def write_schemas(directory: Path) -> list[Path]:
    """Write every published schema into `directory`; returns the files written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, cls in PUBLISHED.items():
        path = directory / f"{name}.schema.json"
        path.write_text(json.dumps(schema_for(cls), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":  # pragma: no cover - a maintenance entry point
    for path in write_schemas(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/schema")):
        print(path)
