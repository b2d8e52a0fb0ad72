"""Check src/accord/data/people.yaml and print what it holds.

Usage: python scripts/check_people.py [PATH]

Checks that every person has a name, a gender and at least one office; that
dates are ISO dates with start <= end and none after the table's `as_of`; that
no two tenures of a single-holder office overlap in the same country (or body);
and that no name or alias points at two different people unless it is listed
in the top-level `ambiguous:` list. Then prints counts. Exit code 1 on errors.
Needs only the standard library and PyYAML.
"""

from __future__ import annotations

import collections
import datetime as dt
import re
import sys
import unicodedata
from pathlib import Path

import yaml

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "src" / "accord" / "data" / "people.yaml"

# Offices only one person holds at a time in a country (or body). Offices in
# the same group share that slot: a queen and a king, a president and a de
# facto head of state.
SINGLE_HOLDER: dict[str, str] = {
    "President": "head of state",
    "Head of State": "head of state",
    "King": "monarch",
    "Queen": "monarch",
    "Emperor": "monarch",
    "Emir": "monarch",
    "Grand Duke": "monarch",
    "Supreme Leader": "supreme leader",
    "Crown Prince": "crown prince",
    "Vice President": "vice president",
    "Prime Minister": "head of government",
    "Chancellor": "head of government",
    "Foreign Minister": "foreign minister",
    "Defence Minister": "defence minister",
    "Secretary-General": "secretary-general",
    "Director-General": "director-general",
    "High Representative": "high representative",
    "Commission President": "commission president",
    "European Council President": "european council president",
    "National Security Advisor": "national security advisor",
    "Chief of Staff": "chief of staff",
    "Security Council Secretary": "security council secretary",
    "Security Council Deputy Chairman": "security council deputy chairman",
    "Commander-in-Chief": "commander-in-chief",
    "Chief of the General Staff": "chief of the general staff",
    "Army Chief": "army chief",
    "Political Bureau Chief": "political bureau chief",
}
# Offices several people hold at once.
MULTI_HOLDER = {
    "Special Envoy",
    "Spokesperson",
    "Presidential Aide",
    "Intelligence Chief",
    "Member of Parliament",
}
OFFICES = set(SINGLE_HOLDER) | MULTI_HOLDER

SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "OPP"}
SPECIAL_CODES = {"EUR", "UNO", "IGO"}
GENDERS = {"female", "male"}
PERSON_KEYS = {"name", "aliases", "wikidata", "gender", "offices"}
OFFICE_KEYS = {
    "country", "org", "office", "sector", "start", "end",
    "approx", "acting", "disputed", "note",
}
FLAGS = ("approx", "acting", "disputed")
TOP_KEYS = {"as_of", "people", "ambiguous"}

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_QID = re.compile(r"^Q[1-9]\d*$")
_CODE = re.compile(r"^[A-Z]{3}$")


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps dates as text (so bad ones are reported, not
    raised) and rejects a key given twice in one mapping."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load(path: Path) -> object:
    """Read a people.yaml file (dates stay ISO strings)."""
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass


def fold(text: str) -> str:
    """Key for comparing names: no diacritics, case-folded, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().replace("\u2019", "'").split())


def to_date(value: object) -> dt.date | None:
    """Accept a YAML date or an ISO string; None if neither."""
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def check(data: object) -> tuple[list[str], list[str], dict]:
    """Return (errors, warnings, stats) for a loaded people.yaml document."""
    errors: list[str] = []
    warnings: list[str] = []
    if not isinstance(data, dict):
        return ["top level is not a mapping"], warnings, {}
    for key in set(data) - TOP_KEYS:
        errors.append(f"unknown top-level key {key!r}")
    as_of = to_date(data.get("as_of"))
    if as_of is None:
        errors.append("top-level as_of is missing or not an ISO date")
    people = data.get("people")
    if not isinstance(people, list) or not people:
        return errors + ["people is missing or empty"], warnings, {}
    ambiguous_raw = data.get("ambiguous") or []
    if not isinstance(ambiguous_raw, list) or not all(isinstance(a, str) for a in ambiguous_raw):
        errors.append("ambiguous must be a list of strings")
        ambiguous_raw = []
    ambiguous = {fold(a) for a in ambiguous_raw}

    names: dict[str, set[int]] = collections.defaultdict(set)
    qids: dict[str, list[str]] = collections.defaultdict(list)
    slots: dict[tuple[str, str, str], list[tuple[dt.date, dt.date | None, dict, str]]] = (
        collections.defaultdict(list)
    )
    stats: dict = {
        "offices": collections.Counter(),
        "countries": collections.Counter(),
        "flags": collections.Counter(),
        "current": 0,
        "tenures": 0,
        "genders": collections.Counter(),
    }

    for index, person in enumerate(people):
        where = f"people[{index}]"
        if not isinstance(person, dict):
            errors.append(f"{where}: not a mapping")
            continue
        name = person.get("name")
        if not isinstance(name, str) or not name.strip():
            errors.append(f"{where}: missing name")
            continue
        where = f"{where} {name!r}"
        for key in set(person) - PERSON_KEYS:
            errors.append(f"{where}: unknown key {key!r}")
        gender = person.get("gender")
        if gender not in GENDERS:
            errors.append(f"{where}: gender must be one of {sorted(GENDERS)}, not {gender!r}")
        else:
            stats["genders"][gender] += 1
        aliases = person.get("aliases", [])
        if aliases is None:
            aliases = []
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            errors.append(f"{where}: aliases must be a list of non-empty strings")
            aliases = []
        for label in {fold(name), *(fold(a) for a in aliases)}:
            names[label].add(index)
        qid = person.get("wikidata")
        if qid is not None:
            if not isinstance(qid, str) or not _QID.match(qid):
                errors.append(f"{where}: wikidata {qid!r} is not a QID")
            else:
                qids[qid].append(name)

        offices = person.get("offices")
        if not isinstance(offices, list) or not offices:
            errors.append(f"{where}: needs at least one office")
            continue
        for number, tenure in enumerate(offices):
            at = f"{where} offices[{number}]"
            if not isinstance(tenure, dict):
                errors.append(f"{at}: not a mapping")
                continue
            for key in set(tenure) - OFFICE_KEYS:
                errors.append(f"{at}: unknown key {key!r}")
            country = tenure.get("country")
            office = tenure.get("office")
            sector = tenure.get("sector")
            org = tenure.get("org")
            if not isinstance(country, str) or not _CODE.match(country):
                errors.append(f"{at}: country {country!r} is not an alpha-3 code")
                continue
            if country == "IGO" and not org:
                errors.append(f"{at}: IGO offices need org")
            if org is not None and not (isinstance(org, str) and org.strip()):
                errors.append(f"{at}: org must be a non-empty string")
            if office not in OFFICES:
                errors.append(f"{at}: office {office!r} is not in the vocabulary")
                continue
            if sector not in SECTORS:
                errors.append(f"{at}: sector {sector!r} is not a PLOVER sector")
            for flag in FLAGS:
                if flag in tenure and not isinstance(tenure[flag], bool):
                    errors.append(f"{at}: {flag} must be true or false")
            if "note" in tenure and not isinstance(tenure["note"], str):
                errors.append(f"{at}: note must be a string")
            if "start" not in tenure or "end" not in tenure:
                errors.append(f"{at}: needs start and end (end: null if in office)")
                continue
            start = to_date(tenure["start"])
            end = None if tenure["end"] is None else to_date(tenure["end"])
            if start is None:
                errors.append(f"{at}: start {tenure['start']!r} is not an ISO date")
                continue
            if tenure["end"] is not None and end is None:
                errors.append(f"{at}: end {tenure['end']!r} is not an ISO date or null")
                continue
            if end is not None and start > end:
                errors.append(f"{at}: start {start} is after end {end}")
            if as_of is not None:
                for label, day in (("start", start), ("end", end)):
                    if day is not None and day > as_of:
                        errors.append(f"{at}: {label} {day} is after as_of {as_of}")

            stats["tenures"] += 1
            stats["offices"][office] += 1
            stats["countries"][country] += 1
            stats["flags"].update(flag for flag in FLAGS if tenure.get(flag))
            if end is None:
                stats["current"] += 1
            if office in SINGLE_HOLDER:
                slot = (country, org or "", SINGLE_HOLDER[office])
                slots[slot].append((start, end, tenure, name))

    # Overlapping tenures of one single-holder office. Intervals are half-open,
    # [start, end): a successor may start on the day the predecessor's ends.
    # An acting holder or a disputed claimant may overlap the formal holder.
    for (country, org, group), tenures in sorted(slots.items()):
        tenures.sort(key=lambda item: item[0])
        for i, (start_a, end_a, tenure_a, name_a) in enumerate(tenures):
            for start_b, end_b, tenure_b, name_b in tenures[i + 1:]:
                if end_a is not None and start_b >= end_a:
                    break
                if any(t.get(f) for t in (tenure_a, tenure_b) for f in ("acting", "disputed")):
                    continue
                body = f"{country}/{org}" if org else country
                errors.append(
                    f"overlap in {body} {group}: {name_a} {start_a}..{end_a or 'now'}"
                    f" and {name_b} {start_b}..{end_b or 'now'}"
                )

    for label, owners in sorted(names.items()):
        if len(owners) > 1 and label not in ambiguous:
            who = ", ".join(sorted(people[i]["name"] for i in owners))
            errors.append(f"name or alias {label!r} points at several people ({who}); "
                          "add it to ambiguous: if that is intended")
    for label in sorted(ambiguous):
        if len(names.get(label, ())) < 2:
            warnings.append(f"ambiguous entry {label!r} names fewer than two people")
    for qid, holders in sorted(qids.items()):
        if len(holders) > 1:
            errors.append(f"wikidata {qid} is given for several people: {', '.join(holders)}")

    stats["people"] = len(people)
    stats["with_wikidata"] = sum(len(v) for v in qids.values())
    stats["as_of"] = as_of
    stats["ambiguous"] = len(ambiguous)
    return errors, warnings, stats


def report(stats: dict) -> str:
    """Human-readable counts."""
    countries = stats["countries"]
    states = sorted(c for c in countries if c not in SPECIAL_CODES)
    lines = [
        f"as of:     {stats['as_of']}",
        f"people:    {stats['people']} ({stats['genders']['female']} female, "
        f"{stats['genders']['male']} male; {stats['with_wikidata']} with a Wikidata id)",
        f"countries: {len(states)} (plus {', '.join(sorted(set(countries) & SPECIAL_CODES))})",
        f"tenures:   {stats['tenures']} ({stats['current']} current; "
        + ", ".join(f"{stats['flags'][f]} {f}" for f in FLAGS) + ")",
        f"ambiguous: {stats['ambiguous']} names",
        "tenures per office:",
    ]
    for office, count in sorted(stats["offices"].items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"  {count:5d}  {office}")
    lines.append("tenures per country:")
    lines.append("  " + " ".join(f"{c}:{countries[c]}" for c in sorted(countries)))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT_PATH
    try:
        data = load(path)
    except yaml.YAMLError as exc:
        print(f"error: {path} is not valid YAML: {exc}")
        return 1
    errors, warnings, stats = check(data)
    for warning in warnings:
        print(f"warning: {warning}")
    for error in errors:
        print(f"error: {error}")
    if stats:
        print(report(stats))
    if errors:
        print(f"{len(errors)} error(s) in {path}")
        return 1
    print(f"ok: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
