#!/usr/bin/env python3
"""Build accord's actor tables (src/accord/data/*.json) from ../shared/data and curated YAML.

    python scripts/build_actor_tables.py [--shared ../shared]

Reads the open data in <shared>/data/ (see each file's .SOURCE.md) and the curated files
beside the output (countries_extra.yaml, sectors.yaml, organisations.yaml), and writes
sorted, deterministic JSON:

- countries.json      ISO 3166 entries of mledoze/countries (ODbL-1.0) with NGEC's
                      nationality adjectives (MIT) and our overrides; a Derivative Database
                      under ODbL-1.0 (see SOURCES.md).
- agents.json         agent noun phrase -> PLOVER sector, from Phoenix.agents.txt (MIT)
                      with sectors.yaml on top.
- organisations.json  international organisations from Phoenix.International.actors.txt
                      (MIT) with organisations.yaml on top.

The three build_* functions return the tables without writing anything, so the tests can
check that the committed JSON is current. Only the standard library and PyYAML are used.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

log = logging.getLogger("build_actor_tables")

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "src" / "accord" / "data"
DEFAULT_SHARED = REPO.parent / "shared"

# ---------------------------------------------------------------------------
# Phoenix agent codes -> PLOVER sectors
#
# A Phoenix agent code is "~" followed by one or more three-letter parts ("~GOV",
# "~GOVMIL", "~MUSUAF"). The sector is the first part that names a role; religious
# identities are modifiers in CAMEO ("~MUSUAF" is a Muslim armed group, "~REBCHR" a
# Christian rebel) and give REL only when no role part is present. Codes with the
# actor-level prefix form ("IGO~") and entries whose parts all fail to map are dropped.
# ---------------------------------------------------------------------------

#: Role parts and the PLOVER sector each becomes.
PHOENIX_ROLE_SECTORS: dict[str, str] = {
    # Same three letters in PLOVER.
    "GOV": "GOV", "MIL": "MIL", "LEG": "LEG", "JUD": "JUD", "COP": "COP", "REB": "REB",
    "OPP": "OPP", "SPY": "SPY", "BUS": "BUS", "MED": "MED", "CVL": "CVL", "REF": "REF",
    "EDU": "EDU", "LAB": "LAB", "AGR": "AGR", "ELI": "ELI", "CRM": "CRM", "PTY": "PTY",
    "UAF": "UAF", "REL": "REL",
    # NGO is an actor code in PLOVER, not a sector: kept as the value "NGO", meaning
    # "code the actor NGO". Human-rights groups (HRI) are NGOs.
    "NGO": "NGO", "HRI": "NGO",
    # PLOVER has no health sector: doctors, nurses and hospitals act as civilians.
    "HLH": "CVL",
    # "people", "persons": civilians.
    "PPL": "CVL",
    # International militarized group (one entry, "international terrorist").
    "IMG": "UAF",
}

#: Religious-identity parts: REL when the code has no role part.
PHOENIX_RELIGION_PARTS = frozenset({"BUD", "CHR", "CTH", "HIN", "JEW", "MUS", "PRO", "MAR"})

#: Parts with no PLOVER counterpart; an entry made only of these (and religions, when
#: RAD is among them) is dropped: DEV development, ENV environment (Phoenix mixes
#: environmentalists and environment ministries under it), RAD radicals.
PHOENIX_UNMAPPED_PARTS = frozenset({"DEV", "ENV", "RAD"})


def phoenix_sector(code: str) -> str | None:
    """The PLOVER sector for a Phoenix agent code such as "~GOVMIL", or None."""
    if not code.startswith("~"):
        return None
    body = code[1:]
    parts = [body[i:i + 3] for i in range(0, len(body), 3)]
    for part in parts:
        if part in PHOENIX_ROLE_SECTORS:
            return PHOENIX_ROLE_SECTORS[part]
    if "RAD" in parts:
        return None
    if any(part in PHOENIX_RELIGION_PARTS for part in parts):
        return "REL"
    return None


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------


def _load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _unique_sorted(values: Iterable[str]) -> list[str]:
    """Distinct non-empty strings in a stable order (case-insensitive, then exact)."""
    return sorted({v for v in values if v}, key=lambda v: (v.casefold(), v))


def _fold(text: str) -> str:
    """Comparison key: case-folded, curly apostrophes straightened, spaces collapsed."""
    return " ".join(text.replace("’", "'").casefold().split())


def _bare(text: str) -> str:
    """_fold without diacritics ("Curaçao" -> "curacao"), for matching across sources."""
    decomposed = unicodedata.normalize("NFKD", _fold(text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _is_latin(text: str) -> bool:
    """True when every letter of the text is in the Latin script."""
    return all("LATIN" in unicodedata.name(ch, "") for ch in text if ch.isalpha())


# ---------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------

#: Words that mark an NGEC nationality item as a name rather than an adjective.
_NAME_WORDS = frozenset({
    "republic", "kingdom", "states", "state", "federation", "union", "emirates",
    "people's", "democratic", "of",
})
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.?){2,5}$")
#: Words too common in country names to tie an NGEC item to another country.
_GENERIC_NAME_WORDS = frozenset({
    "republic", "islands", "island", "kingdom", "united", "democratic", "federal",
    "federation", "states", "saint", "people's", "socialist", "islamic", "commonwealth",
    "territory", "territories", "principality", "plurinational", "bolivarian", "union",
    "independent", "autonomous", "special", "administrative", "region", "british",
    "french", "american", "northern", "southern", "western", "eastern", "central",
    "equatorial", "minor", "outlying", "sovereign", "emirates", "cooperative",
    "co-operative", "federated", "collectivity", "overseas", "department", "province",
})


def _country_names(record: dict[str, Any]) -> list[str]:
    name = record["name"]
    return [name["common"], name["official"], *record.get("altSpellings", [])]


def _usable_alias(alias: str) -> bool:
    """Whether an altSpelling is a usable English-news name (not a code, script or index form)."""
    if len(alias) <= 2 and alias.isupper():
        return False  # ISO alpha-2 codes: "IT", "US"
    if not _is_latin(alias):
        return False
    # Inverted index forms: "Korea, Republic of", "Congo, the Democratic Republic of the"
    return not re.search(r",.*\bof(?: the)?$", alias)


def _english_demonyms(record: dict[str, Any]) -> list[str]:
    """mledoze's English demonyms; some hold two, comma-separated ("Bosnian, Herzegovinian")."""
    eng = record.get("demonyms", {}).get("eng", {})
    return [d.strip() for form in (eng.get("m"), eng.get("f")) if form for d in form.split(",") if d.strip()]


def _demonym_plural(demonym: str, common_name: str) -> str | None:
    """ "Italian" -> "Italians", "Iraqi" -> "Iraqis"; None for "French", "Swiss", "Chinese"."""
    if demonym == common_name.split()[0] or not demonym.endswith(("an", "i")):
        return None  # "Vatican" (of Vatican City) is no nationality noun
    return demonym + "s"


def _drop_territory_clashes(countries: dict[str, dict[str, Any]]) -> None:
    """Remove from dependent territories the names that an independent state also has.

    mledoze gives the British Indian Ocean Territory the demonym "Indian" and Norfolk Island
    the capital "Kingston"; in news those words mean India and Jamaica.
    """
    taken = {
        field_name: {_fold(v) for c in countries.values() if c["independent"] for v in c[field_name]}
        for field_name in ("aliases", "adjectives", "capitals")
    }
    for country in countries.values():
        if not country["independent"]:
            for field_name, values in taken.items():
                country[field_name] = [v for v in country[field_name] if _fold(v) not in values]


def _read_nationalities(path: Path) -> dict[str, list[str]]:
    """CCA3 -> the items of NGEC's comma-separated Nationality column."""
    table: dict[str, list[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            items = [item.strip() for item in row["Nationality"].split(",")]
            table.setdefault(row["CCA3"].strip(), []).extend(i for i in items if i)
    return table


def _looks_like_name(item: str) -> bool:
    """An abbreviation ("DPRK", "U.K.") or a state's formal name ("Republic of ...")."""
    return bool(_ABBREVIATION.match(item)) or any(word in _NAME_WORDS for word in item.casefold().split())


def _name_stems(records: list[dict[str, Any]]) -> dict[str, set[str]]:
    """CCA3 -> the distinctive words (6+ letters) of its names, without diacritics."""
    return {
        r["cca3"]: {
            word
            for name in _country_names(r)
            for word in re.split(r"[\s,()\[\]]+", _bare(name))
            if len(word) >= 6 and word not in _GENERIC_NAME_WORDS
        }
        for r in records
    }


def _belongs_elsewhere(item: str, foreign_stems: set[str]) -> bool:
    """Whether an NGEC item names a dependent territory or its people ("Greenlanders",
    "U.S. Virgin Islands"): NGEC lists territories under their sovereign state."""
    words = re.split(r"[\s,()\[\]]+", _bare(item))
    if any(word.startswith("island") for word in words):
        return True
    return any(word.startswith(stem) for word in words for stem in foreign_stems)


def build_countries(shared: Path = DEFAULT_SHARED, data_dir: Path = DATA) -> dict[str, dict[str, Any]]:
    """The country table keyed by PLOVER code (ISO 3166-1 alpha-3)."""
    records = json.loads((shared / "data" / "countries.json").read_text(encoding="utf-8"))
    nationalities = _read_nationalities(shared / "data" / "countries.csv")
    extra: dict[str, dict[str, Any]] = _load_yaml(data_dir / "countries_extra.yaml") or {}

    names_of = {r["cca3"]: {_bare(n) for n in _country_names(r)} for r in records}
    demonyms_of = {r["cca3"]: {_bare(d) for d in _english_demonyms(r)} for r in records}
    stems_of = _name_stems(records)
    unknown = sorted(set(extra) - set(names_of))
    if unknown:
        raise ValueError(f"countries_extra.yaml names unknown codes: {unknown}")

    countries: dict[str, dict[str, Any]] = {}
    for record in records:
        cca3 = record["cca3"]
        common, official = record["name"]["common"], record["name"]["official"]
        aliases = [a for a in record.get("altSpellings", []) if _usable_alias(a)]
        adjectives = list(_english_demonyms(record))
        adjectives += [p for d in _english_demonyms(record) if (p := _demonym_plural(d, common))]
        other_names = set().union(*(v for k, v in names_of.items() if k != cca3))
        other_demonyms = set().union(*(v for k, v in demonyms_of.items() if k != cca3))
        foreign_stems = set().union(*(v for k, v in stems_of.items() if k != cca3)) - stems_of[cca3]
        for item in nationalities.get(cca3, []):
            key = _bare(item)
            singular = key[:-1] if key.endswith("s") else key
            if key in names_of[cca3]:
                aliases.append(item)
            elif key in other_names:
                continue  # a territory listed under its sovereign ("Aruba" under NLD)
            elif key in demonyms_of[cca3] or singular in demonyms_of[cca3]:
                adjectives.append(item)
            elif key in other_demonyms or singular in other_demonyms or _belongs_elsewhere(item, foreign_stems):
                continue  # a territory's people ("Arubans" under NLD)
            elif _looks_like_name(item):
                aliases.append(item)
            else:
                adjectives.append(item)

        override = extra.get(cca3, {})
        entry = {
            "code": override.get("code", cca3),
            "iso2": record["cca2"],
            "name": override.get("name", common),
            "official": override.get("official", official),
            "aliases": aliases + override.get("aliases", []),
            "adjectives": adjectives + override.get("adjectives", []),
            "capitals": list(record.get("capital", [])) + override.get("capitals", []),
            "seats": list(override.get("seats", [])),
            "independent": bool(override.get("independent", record.get("independent") or False)),
        }
        if entry["code"] != cca3:
            entry["cca3"] = cca3
        for field_name in ("aliases", "adjectives", "capitals", "seats"):
            removed = {_fold(v) for v in override.get(f"remove_{field_name}", [])}
            values = (v.replace("’", "'") for v in entry[field_name])
            kept = [v for v in values if _fold(v) not in removed]
            if field_name == "aliases":
                kept = [v for v in kept if v not in (entry["name"], entry["official"])]
            if field_name == "adjectives":
                # NGEC mixes names into the column; a name we list as an alias is not an adjective
                names = {_fold(v) for v in [*entry["aliases"], entry["name"], entry["official"]]}
                kept = [v for v in kept if _fold(v) not in names]
            entry[field_name] = _unique_sorted(kept)
        countries[entry["code"]] = entry
    _drop_territory_clashes(countries)
    return dict(sorted(countries.items()))


# ---------------------------------------------------------------------------
# Agents (Phoenix.agents.txt)
# ---------------------------------------------------------------------------

_AGENT_LINE = re.compile(r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]}]*)[\]}]")
_SUBSTITUTION_SET = re.compile(r"^(?P<marker>![A-Z]+!)\s*=\s*(?P<items>.+)$")
_MARKER = re.compile(r"![A-Z]+!")

#: Word stems left over from TABARI (the file's header: "a few stems remain").
_STEMS: dict[str, tuple[str, ...]] = {
    "minist": ("minister", "ministers", "ministry", "ministries"),
    "ministr": ("ministry", "ministries"),
    "authorit": ("authority", "authorities"),
    "industr": ("industry", "industries"),
    "compan": ("company", "companies"),
}

#: A phrase ending in one of these is a pattern stub waiting for a name ("ambassador to").
_TRAILING_STUB = frozenset({"of", "in", "to", "at", "for", "from", "on", "with", "by", "and"})

#: Phrases holding one of these have their head noun before the end: no automatic plural.
_NO_PLURAL_WORDS = frozenset({"of", "for", "in", "to", "at", "on", "with", "and", "from", "by", "without", "along"})

#: Nouns with no regular plural, or already plural.
_UNCOUNTABLE = frozenset({
    "police", "people", "military", "media", "personnel", "staff", "clergy", "press",
    "public", "youth", "intelligence", "infantry", "artillery", "cavalry", "security",
    "leadership", "enforcement", "crime", "gendarmerie", "gendarmery", "soldiery",
    "citizenry", "populace", "peasantry", "rabble", "poor", "gangdom", "gangland",
    "information", "news", "weaponry", "aircraft", "equipment", "children", "justice",
    "opposition", "polity", "governance", "electorate", "diaspora", "laity",
    "aristocracy", "nobility", "royalty", "judiciary", "bourgeoisie", "proletariat",
    "underworld",
})
_NOT_MAN_WORDS = frozenset({"human", "german", "roman", "ottoman", "talisman", "shaman"})
_IRREGULAR_PLURALS = {"child": "children", "wife": "wives", "midwife": "midwives", "thief": "thieves"}


def plural(phrase: str) -> str | None:
    """The regular plural of a lower-case noun phrase, or None when it has none to add."""
    words = phrase.split()
    if not words or "," in phrase or any(w in _NO_PLURAL_WORDS for w in words):
        return None
    head = words[-1]
    if head in _UNCOUNTABLE or head.endswith(("men", "people", "children")):
        return None
    if not re.fullmatch(r"[a-z][a-z'-]*[a-z]", head):
        return None  # abbreviations ("maj."), model numbers ("f-16"), odd characters
    if head.endswith("s") and not head.endswith(("ss", "us", "is")):
        return None  # already plural ("troops", "affairs")
    if head in _IRREGULAR_PLURALS:
        form = _IRREGULAR_PLURALS[head]
    elif head.endswith("man") and head not in _NOT_MAN_WORDS:
        form = head[:-3] + "men"
    elif head.endswith("y") and head[-2:-1] not in ("a", "e", "i", "o", "u"):
        form = head[:-1] + "ies"
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        form = head + "es"
    else:
        form = head + "s"
    return " ".join([*words[:-1], form])


def _normalise_phrase(raw: str) -> str:
    """Phoenix phrase -> lower-case words separated by single spaces."""
    text = raw.replace("_", " ").lower()
    text = re.sub(r"\s+,", ",", text)
    text = re.sub(r"^an? ", "", " ".join(text.split()))  # "A_CABINET_MEETING"
    return text


@dataclass
class _AgentEntry:
    phrase: str                     # raw phrase, markers not yet expanded
    plurals: list[str] | None       # irregular plurals from {...}; [] for "{}"; None: regular
    code: str
    line: int


def _read_phoenix_agents(path: Path) -> tuple[list[_AgentEntry], dict[str, list[str]]]:
    """The entries of Phoenix.agents.txt and its substitution sets (!PERSON!, !MINIST!)."""
    entries: list[_AgentEntry] = []
    sets: dict[str, list[str]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        if match := _SUBSTITUTION_SET.match(text):
            sets[match["marker"]] = [item.strip() for item in match["items"].split(",")]
            continue
        if match := _AGENT_LINE.match(text):
            plural_text = match["plural"]
            plurals = None if plural_text is None else plural_text.split()
            entries.append(_AgentEntry(match["phrase"], plurals, match["code"].strip(), number))
        else:
            log.debug("agents line %d not understood: %r", number, line)
    return entries, sets


def _expand_markers(phrase: str, sets: dict[str, list[str]]) -> list[tuple[str, bool]]:
    """Every expansion of the !MARKER!s in a phrase, each with "may take a regular plural".

    A marker between two letters ("AD!MINIST!RATION") is part of a word and is replaced by
    its bare name; elsewhere each item of the set is substituted, with no extra plural (the
    sets already hold the plural forms, as PETRARCH documents).
    """
    match = _MARKER.search(phrase)
    if not match:
        return [(phrase, True)]
    marker = match.group()
    before, after = phrase[:match.start()], phrase[match.end():]
    if before[-1:].isalpha() and after[:1].isalpha():
        return _expand_markers(before + marker.strip("!") + after, sets)
    items = sets.get(marker)
    if not items:
        return []
    results: list[tuple[str, bool]] = []
    for item in items:
        results += [(text, False) for text, _ in _expand_markers(before + item + after, sets)]
    return results


def _agent_forms(entry: _AgentEntry, sets: dict[str, list[str]]) -> list[str]:
    """The lower-case noun phrases one Phoenix entry stands for."""
    raw = entry.phrase.strip()
    exact = raw.endswith("_")  # PETRARCH: a final "_" means "no plural"
    forms: list[str] = []
    for expanded, may_pluralise in _expand_markers(raw, sets):
        phrase = _normalise_phrase(expanded)
        if not phrase or not phrase.isascii():
            continue  # mis-encoded Spanish ministry names
        words = phrase.split()
        if words[-1] in _TRAILING_STUB:
            continue
        if words[-1] in _STEMS:
            forms += [" ".join([*words[:-1], full]) for full in _STEMS[words[-1]]]
            continue
        forms.append(phrase)
        if entry.plurals is not None:
            forms += [_normalise_phrase(p) for p in entry.plurals]
        elif may_pluralise and not exact and (form := plural(phrase)):
            forms.append(form)
    return forms


def _curated_forms(noun: str) -> list[str]:
    noun = " ".join(noun.lower().split())
    form = plural(noun)
    return [noun, form] if form else [noun]


def build_agents(shared: Path = DEFAULT_SHARED, data_dir: Path = DATA) -> dict[str, str]:
    """Agent noun phrase (lower case) -> PLOVER sector (or "NGO")."""
    entries, sets = _read_phoenix_agents(shared / "data" / "Phoenix.agents.txt")
    agents: dict[str, str] = {}
    conflicts = 0
    for entry in entries:
        sector = phoenix_sector(entry.code)
        if sector is None:
            continue
        for form in _agent_forms(entry, sets):
            if agents.setdefault(form, sector) != sector:
                conflicts += 1
    log.info("agents: %d Phoenix nouns, %d conflicting repeats (first kept)", len(agents), conflicts)

    curated: dict[str, str | None] = _load_yaml(data_dir / "sectors.yaml") or {}
    explicit = {" ".join(noun.lower().split()) for noun in curated}
    for noun, sector in curated.items():
        for form in _curated_forms(noun):
            if form != noun.lower() and form in explicit:
                continue  # an explicit entry for the plural wins over the generated one
            if sector is None:
                agents.pop(form, None)
            else:
                agents[form] = sector
    return dict(sorted(agents.items()))


# ---------------------------------------------------------------------------
# Organisations (Phoenix.International.actors.txt)
# ---------------------------------------------------------------------------

_CODE = re.compile(r"\[\s*([^\]\s]*)\s*([^\]]*)\]")

#: Words that make a name clearly an organisation's.
_ORG_WORDS = frozenset("""
ORGANIZATION ORGANISATION ORGANIZATIONS ORGANISATIONS UNION COUNCIL COMMISSION COMMITTEE
AGENCY FUND BANK BANCORP BANCORPORATION PROGRAM PROGRAMME ASSEMBLY COURT TRIBUNAL
ASSOCIATION FEDERATION INSTITUTE INSTITUTION FOUNDATION SOCIETY LEAGUE ALLIANCE
CORPORATION CORP CO INC LTD LLC PLC LP L.P. GROUP HOLDINGS PARTNERSHIP SECRETARIAT
MISSION OFFICE CENTRE CENTER NETWORK MOVEMENT FORUM CONFERENCE PARLIAMENT COMMUNITY
TREATY PACT PANEL AUTHORITY BOARD CROSS CRESCENT WATCH INTERNATIONAL COALITION CAMPAIGN
TRUST SERVICE SERVICES INITIATIVE BUREAU PARTNERS ENTERPRISES INDUSTRIES SYSTEMS
COMPANY COMPANIES LABORATORIES AIRLINES AIRWAYS
""".split())
#: Function words: organisation names have them, personal names rarely.
_FUNCTION_WORDS = frozenset({"THE", "OF", "FOR", "WITHOUT", "AND", "ON", "IN", "TO", "AGAINST", "WITH", "&"})
#: Words that make a name an office or a person's title, not an organisation.
_ROLE_WORDS = frozenset("""
SECRETARY SECRETARY-GENERAL SECRETARY_GENERAL ENVOY ENVOYS CHIEF CHIEFS MONITOR MONITORS
PEACEKEEPER PEACEKEEPERS RESIDENT SPOKESMAN SPOKESWOMAN SPOKESPERSON DIRECTOR PRESIDENT
CHAIRMAN CHAIRWOMAN CHAIRPERSON COMMISSIONER REPRESENTATIVE RAPPORTEUR AMBASSADOR
OFFICIAL OFFICIALS DELEGATE HEAD OFFICER INSPECTOR ADVISER ADVISOR MINISTER MINISTERS
LEADER CONTINGENT TROOPS SOLDIERS SECY SEC. GEN. UNSG
""".split())
_SMALL_WORDS = frozenset({"OF", "THE", "AND", "FOR", "ON", "IN", "DE", "DU", "LA", "DES", "AT", "TO", "DEL", "DI", "WITHOUT", "AGAINST", "WITH"})
_ACRONYMS = frozenset({
    "UN", "U.N.", "EU", "UK", "US", "USA", "NATO", "ASEAN", "OPEC", "UNICEF", "UNESCO",
    "UNHCR", "UNDP", "IAEA", "AU", "OAS", "ICC", "ICJ", "IMF", "WTO", "OSCE", "OECD", "GCC",
    "NGO", "HIV", "AIDS", "YMCA", "YWCA", "UNFPA", "UNEP", "WFP", "FAO", "ILO",
})
_VOWELS = frozenset("AEIOUY")


@dataclass
class _ActorRecord:
    names: list[str] = field(default_factory=list)   # primary first, then "+" synonyms
    codes: list[tuple[str, str]] = field(default_factory=list)   # (code, date restriction)


def _read_phoenix_actors(path: Path) -> Iterator[_ActorRecord]:
    """The records of a Phoenix/TABARI actor dictionary: names and their codes."""
    record: _ActorRecord | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        text = line.split("#", 1)[0]
        if not text.strip():
            continue
        stripped = text.strip()
        if stripped.startswith("+") and record is not None:
            record.names.append(stripped[1:].split("[", 1)[0].strip())
            record.codes += _CODE.findall(stripped)
        elif stripped.startswith("[") and record is not None:
            record.codes += _CODE.findall(stripped)
        else:
            if record is not None:
                yield record
            record = _ActorRecord(names=[stripped.split("[", 1)[0].strip()], codes=_CODE.findall(stripped))
    if record is not None:
        yield record


def _name_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s_]+", name.upper()) if w]


def _display_name(words: list[str], code: str) -> str:
    """Phoenix's upper-case words in the case the news would use, as far as rules can tell.

    Kept in capitals: known acronyms, words without vowels or with digits, dotted
    initials ("U.N."), and one-word names of intergovernmental bodies ("UNESCAP") or of
    NGOs and companies up to five letters ("BRAC", "UBS"). Everything else is title-cased.
    """
    single_limit = 12 if code in ("IGO", "UNO", "EUR") else 5
    shown: list[str] = []
    for index, word in enumerate(words):
        if index and word in _SMALL_WORDS:
            shown.append(word.lower())
        elif (
            word in _ACRONYMS
            or not (_VOWELS & set(word))
            or any(ch.isdigit() or ch in "&/" for ch in word)
            or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", word)
            or (len(words) == 1 and len(word) <= single_limit)
        ):
            shown.append(word)
        else:
            shown.append("-".join(part[:1] + part[1:].lower() for part in word.split("-")))
    return " ".join(shown)


def _org_key(name: str) -> str:
    """Matching key of an organisation name: folded, without a leading "the"."""
    return re.sub(r"^the ", "", _fold(name))


def _plover_org_code(code: str) -> str | None:
    """PLOVER code for a Phoenix organisation code. Phoenix's "EUR" is the region Europe;
    only "IGOEUREEC" is the European Union (EEC), so other "IGOEUR..." codes are IGO."""
    if code.startswith("IGOUNO"):
        return "UNO"
    if code.startswith("IGOEUREEC"):
        return "EUR"
    for prefix in ("IGO", "NGO", "MNC"):
        if code.startswith(prefix):
            return prefix
    return None


def _keep_org_name(words: list[str], code: str) -> bool:
    if not words or any(w in _ROLE_WORDS for w in words):
        return False
    if code == "MNC":
        return True
    return len(words) == 1 or any(w in _ORG_WORDS or w in _FUNCTION_WORDS for w in words)


def build_organisations(shared: Path = DEFAULT_SHARED, data_dir: Path = DATA) -> dict[str, dict[str, Any]]:
    """Organisations keyed by id, each with name, aliases, PLOVER code and provenance."""
    curated = _load_yaml(data_dir / "organisations.yaml") or {}
    excluded = {_org_key(name) for name in curated.get("exclude", [])}
    countries = {r["cca3"] for r in json.loads((shared / "data" / "countries.json").read_text(encoding="utf-8"))}

    organisations: dict[str, dict[str, Any]] = {}
    owner: dict[str, str] = {}   # folded name -> organisation id

    def claim(org_id: str, name: str) -> None:
        key = _org_key(name)
        if key in owner and owner[key] != org_id:
            raise ValueError(f"organisations.yaml: {name!r} is claimed by {owner[key]} and {org_id}")
        owner[key] = org_id

    for item in curated.get("organisations", []):
        org_id = item["id"]
        if org_id in organisations:
            raise ValueError(f"organisations.yaml: duplicate id {org_id}")
        entry: dict[str, Any] = {"name": item["name"], "code": item.get("code"), "source": "curated"}
        entry["aliases"] = _unique_sorted(a for a in item.get("aliases", []) if a != item["name"])
        for key in ("sector", "kind", "part_of", "members", "qid"):
            if item.get(key):
                entry[key] = item[key]
        organisations[org_id] = entry
        for name in [entry["name"], *entry["aliases"]]:
            claim(org_id, name)

    folded_into_curated = 0
    for record in _read_phoenix_actors(shared / "data" / "Phoenix.International.actors.txt"):
        if any(restriction.strip() for _, restriction in record.codes):
            continue  # dated codes: an office-holder's term, i.e. a person
        codes = [code for code, _ in record.codes if code and code != "---"]
        if not codes or not (plover := _plover_org_code(codes[0])):
            continue
        if any(w in _ROLE_WORDS for w in _name_words(record.names[0])):
            continue  # the record is an office ("UN_SECRETARY_GENERAL") with its synonyms
        names = []
        for raw in record.names:
            words = _name_words(raw)
            if _keep_org_name(words, plover) and _org_key(" ".join(words)) not in excluded:
                names.append(_display_name(words, plover))
        if not names:
            continue
        owners = [owner[_org_key(n)] for n in names if _org_key(n) in owner]
        curated_owner = next((o for o in owners if organisations[o]["source"] == "curated"), None)
        if curated_owner:
            organisations[curated_owner].setdefault("phoenix", codes[0])
            folded_into_curated += 1
            continue
        same = next((o for o in owners if organisations[o]["phoenix"] == codes[0]), None)
        if same is None:
            # A new organisation, named by whichever of its names no other one has taken
            names = [n for n in names if _org_key(n) not in owner]
            if not names:
                continue
            org_id = "phoenix:" + "_".join(_name_words(names[0]))
            if org_id in organisations:
                continue
            entry = {"name": names[0], "code": plover, "phoenix": codes[0], "source": "phoenix", "aliases": []}
            country = codes[0][3:6]
            if plover in ("NGO", "MNC") and country in countries:
                entry["country"] = country
            organisations[org_id] = entry
        else:
            org_id = same
        entry = organisations[org_id]
        for name in names:
            if _org_key(name) not in owner:
                owner[_org_key(name)] = org_id
                if name != entry["name"]:
                    entry["aliases"] = _unique_sorted([*entry["aliases"], name])
    log.info("organisations: %d, %d Phoenix records folded into curated entries", len(organisations), folded_into_curated)
    return dict(sorted(organisations.items()))


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------


def to_json(table: dict[str, Any]) -> str:
    """The committed JSON form of a table: indent=1, sorted keys, UTF-8, final newline."""
    return json.dumps(table, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def build_all(shared: Path = DEFAULT_SHARED, data_dir: Path = DATA) -> dict[str, dict[str, Any]]:
    """Every generated table, by file name."""
    return {
        "countries.json": build_countries(shared, data_dir),
        "agents.json": build_agents(shared, data_dir),
        "organisations.json": build_organisations(shared, data_dir),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (default: ../shared beside the repo)")
    parser.add_argument("--out", type=Path, default=DATA, help="where the curated YAML is and the JSON goes")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, format="%(message)s")
    if not (args.shared / "data").is_dir():
        parser.error(f"{args.shared}/data not found (pass --shared)")
    for name, table in build_all(args.shared, args.out).items():
        path = args.out / name
        path.write_text(to_json(table), encoding="utf-8")
        log.info("wrote %s: %d entries", path.relative_to(REPO) if path.is_relative_to(REPO) else path, len(table))
    return 0


if __name__ == "__main__":
    sys.exit(main())
