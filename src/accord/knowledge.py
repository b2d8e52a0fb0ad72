"""The actor knowledge base: countries, capitals, metonyms, organisations, agent nouns, people.

Shipped as data inside the package (src/accord/data/, built by scripts/build_actor_tables.py
and curated YAML), so it works offline on a fresh install. Users add to it with YAML files
of the same shape (`--actors my.yaml`, or ACCORD_ACTORS with paths separated by the OS path
separator); their entries win over the shipped ones.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import json
import logging
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml

from .errors import UsageError

log = logging.getLogger(__name__)

RefKind = Literal["country", "capital", "place", "adjective", "metonym", "organisation"]


@dataclass(frozen=True, slots=True)
class ActorRef:
    """What a name stands for: a country (by name, capital or adjective), a metonym or an organisation."""

    kind: RefKind
    code: str | None
    name: str
    sector: str | None = None
    key: str = ""  # stable id of the referent: the country code or the organisation id
    wikidata: str | None = None
    is_place_name: bool = False  # a building or city that is also an ordinary location
    needs_context: str | None = None
    fallback: ActorRef | None = None  # what the name means where `needs_context` is not met


@dataclass(frozen=True, slots=True)
class Tenure:
    """One office held over a period."""

    country: str
    office: str
    sector: str
    start: dt.date
    end: dt.date | None
    org: str | None = None

    def covers(self, date: dt.date) -> bool:
        # `end` is the successor's first day, so it is not part of this tenure.
        return self.start <= date and (self.end is None or date < self.end)


@dataclass(frozen=True, slots=True)
class Person:
    """A person in the knowledge base, with every office tenure known."""

    name: str
    aliases: tuple[str, ...]
    gender: str | None
    wikidata: str | None
    tenures: tuple[Tenure, ...]

    def office_at(self, date: dt.date | None) -> Tenure | None:
        """The office held at `date`; without a date, the most recent one."""
        if not self.tenures:
            return None
        if date is None:
            return max(self.tenures, key=lambda t: t.start)
        holding = [t for t in self.tenures if t.covers(date)]
        # Heads of state and government outrank other offices held at the same time.
        rank = {"President": 0, "Prime Minister": 1, "Chancellor": 1, "King": 2, "Queen": 2}
        return min(holding, key=lambda t: rank.get(t.office, 5)) if holding else None

    def last_office_before(self, date: dt.date | None) -> Tenure | None:
        """The office held at the date, else the latest held before it (a former minister keeps a country)."""
        current = self.office_at(date)
        if current is not None or date is None:
            return current
        earlier = [t for t in self.tenures if t.start <= date]
        return max(earlier, key=lambda t: t.start) if earlier else None


@dataclass
class ActorBase:
    """Everything accord knows about actors, indexed for lookup by surface form."""

    countries: dict[str, dict[str, Any]] = field(default_factory=dict)
    names: dict[str, ActorRef] = field(default_factory=dict)  # folded surface form -> referent
    exact_names: dict[str, ActorRef] = field(default_factory=dict)  # short capitals matched as written
    agents: dict[str, str] = field(default_factory=dict)  # agent noun -> sector
    people: list[Person] = field(default_factory=list)
    people_by_name: dict[str, list[Person]] = field(default_factory=dict)
    _spellings: dict[str, list[tuple[str, Person]]] = field(default_factory=dict, repr=False)  # first letter -> names

    def lookup(self, text: str) -> ActorRef | None:
        """The referent of a name as written ('U.S.', 'Kremlin', 'Italian', 'NATO'), if known."""
        text = " ".join(text.split())
        for exact in (text, text + "."):  # "U.S" as some texts end it
            if exact in self.exact_names:
                return self.exact_names[exact]
        return self.names.get(fold(text)) or self.names.get(fold(_strip_the(text)))

    def sector_of(self, noun: str) -> str | None:
        """The PLOVER sector of an agent noun ('lawmaker' -> LEG), if known."""
        return self.agents.get(" ".join(noun.lower().split()))

    def find_people(self, name: str) -> list[Person]:
        """People whose name or alias is `name`; a full name not listed falls back to its surname
        when that surname is one person's and the first initials agree ('Joseph R. Biden, Jr.')."""
        found = self.people_by_name.get(fold(name))
        if found:
            return found
        words = [w for w in fold(name).replace(",", " ").split() if w not in _NAME_SUFFIXES]
        if len(words) < 2:
            return []
        namesakes = [p for p in self.people_by_name.get(words[-1], []) if fold(p.name)[:1] == words[0][:1]]
        return namesakes if len({p.name for p in namesakes}) == 1 else []

    def spelled_like(self, name: str) -> list[Person]:
        """People with a name or alias a letter or two away from `name` (not equal to it)."""
        folded = fold(name)
        if len(folded) < 5:
            return []
        if not self._spellings:
            for known, people in self.people_by_name.items():
                self._spellings.setdefault(known[:1], []).extend((known, p) for p in people)
        found = []
        for known, person in self._spellings.get(folded[:1], []):
            if known == folded or abs(len(known) - len(folded)) > 2:
                continue
            matcher = difflib.SequenceMatcher(None, known, folded)
            if matcher.quick_ratio() >= 0.9 and matcher.ratio() >= 0.9:
                found.append(person)
        return found

    def person(self, name: str, date: dt.date | None) -> Person | None:
        """The person a name stands for at `date`: among namesakes, the one in office then."""
        candidates = self.find_people(name)
        if len(candidates) > 1 and date is not None:
            in_office = [p for p in candidates if p.office_at(date)]
            candidates = in_office or candidates
        return candidates[0] if candidates else None

    def holder(self, code: str, offices: Iterable[str], date: dt.date | None) -> Person | None:
        """Who held one of `offices` for `code` at `date` ('the Ukrainian president')."""
        if date is None:
            return None
        wanted = set(offices)
        holding = [
            (tenure.start, person)
            for person in self.people
            for tenure in person.tenures
            if tenure.country == code and tenure.office in wanted and tenure.covers(date)
        ]
        # Open-ended tenures go stale when the table is not updated: the latest appointment wins.
        return max(holding, key=lambda pair: pair[0])[1] if holding else None


_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def fold(text: str) -> str:
    """Case, accents, dots and hyphens folded away: 'Élysée' ~ 'elysee', 'U.S.' ~ 'us'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace(".", "").replace("-", " ")
    return " ".join(text.casefold().split())


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


@functools.lru_cache(maxsize=8)
def load_actor_base(extra: tuple[str, ...] = ()) -> ActorBase:
    """The shipped knowledge base with the user's YAML files merged on top (cached per file list)."""
    base = ActorBase()
    data = resources.files("accord") / "data"
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    organisations = json.loads((data / "organisations.json").read_text(encoding="utf-8"))
    agents = json.loads((data / "agents.json").read_text(encoding="utf-8"))
    metonyms = _load_yaml((data / "metonyms.yaml").read_text(encoding="utf-8")) or {}
    people = _load_yaml((data / "people.yaml").read_text(encoding="utf-8")) or {}
    places = _load_yaml((data / "places.yaml").read_text(encoding="utf-8")) or {}
    bodies = _load_yaml((data / "national_bodies.yaml").read_text(encoding="utf-8")) or {}
    _add_organisations(base, [*organisations.values(), *({**b, "source": "curated"} for b in bodies.get("bodies", []))])
    _add_countries(base, countries.values())
    _add_places(base, places.get("places", []))
    _add_metonyms(base, metonyms)
    base.agents.update(agents)
    _add_people(base, people.get("people", []), origin="people.yaml")
    for path in extra:
        _merge_user_file(base, Path(path))
    return base


def _add_countries(base: ActorBase, countries: Iterable[dict[str, Any]]) -> None:
    # Non-independent territories first, so a sovereign state wins a shared name.
    for country in sorted(countries, key=lambda c: bool(c.get("independent"))):
        code = country["code"]
        base.countries[code] = country
        name = country["name"]
        for alias in [name, country.get("official"), *country.get("aliases", [])]:
            if alias:
                _index(base, alias, ActorRef("country", code, name, "GOV", key=code))
        for capital in [*country.get("capitals", []), *country.get("seats", [])]:
            _index(base, capital, ActorRef("capital", code, name, "GOV", key=code, is_place_name=True))
        for adjective in country.get("adjectives", []):
            _index(base, adjective, ActorRef("adjective", code, name, None, key=code))


def _add_organisations(base: ActorBase, organisations: Iterable[dict[str, Any]]) -> None:
    # Phoenix's long tail first, curated entries last so that they win shared names.
    for org in sorted(organisations, key=lambda o: o.get("source") == "curated"):
        ref = ActorRef(
            "organisation", org.get("code"), org["name"], org.get("sector"),
            key=org["name"], wikidata=org.get("qid"),
        )
        for alias in [org["name"], *org.get("aliases", [])]:
            _index(base, alias, ref)


def _add_places(base: ActorBase, places: Iterable[dict[str, Any]]) -> None:
    for place in places:
        code = place["code"]
        country = base.countries.get(code, {}).get("name", place["name"])
        ref = ActorRef("place", code, country, place.get("sector"), key=code, is_place_name=True)
        for alias in [place["name"], *place.get("aliases", [])]:
            _index(base, alias, ref)
        for adjective in place.get("adjectives", []):
            _index(base, adjective, ActorRef("adjective", code, country, place.get("sector"), key=code))


def _add_metonyms(base: ActorBase, metonyms: dict[str, Any]) -> None:
    for name, entry in metonyms.items():
        entry = entry or {}
        for alias in [name, *entry.get("aliases", [])]:
            ref = ActorRef(
                "metonym", entry.get("code"), name, entry.get("sector"), key=entry.get("code") or name,
                is_place_name=bool(entry.get("place", True)), needs_context=entry.get("needs_context"),
                fallback=base.lookup(alias) if entry.get("needs_context") else None,
            )
            _index(base, alias, ref)


def _index(base: ActorBase, surface: str, ref: ActorRef) -> None:
    surface = " ".join(surface.split())
    # Short all-capital forms are matched as written: "US" is the country, "us" a pronoun.
    if len(surface) <= 4 and surface.replace(".", "").isupper():
        base.exact_names[surface] = ref
        return
    base.names[fold(surface)] = ref


def _add_people(base: ActorBase, entries: Sequence[dict[str, Any]], *, origin: str) -> None:
    replaced = {fold(p.name): p for p in base.people}
    for entry in entries:
        try:
            person = Person(
                name=entry["name"],
                aliases=tuple(entry.get("aliases") or ()),
                gender=entry.get("gender"),
                wikidata=entry.get("wikidata"),
                tenures=tuple(
                    Tenure(
                        country=o["country"], office=o["office"], sector=o.get("sector") or "GOV",
                        start=_date(o["start"]), end=_date(o["end"]) if o.get("end") else None, org=o.get("org"),
                    )
                    for o in entry.get("offices") or ()
                ),
            )
        except (KeyError, TypeError, ValueError) as e:
            raise UsageError(f"{origin}: person entry {entry!r:.80} is malformed ({e}): see docs for the format") from e
        replaced[fold(person.name)] = person  # a user's entry for a known person replaces it
    base.people = list(replaced.values())
    base.people_by_name = {}
    for person in base.people:
        for name in {person.name, *person.aliases}:
            base.people_by_name.setdefault(fold(name), []).append(person)


def _load_yaml(text: str) -> Any:
    # The C loader reads the shipped tables about ten times faster than the pure-Python one.
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _merge_user_file(base: ActorBase, path: Path) -> None:
    try:
        data = _load_yaml(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as e:
        raise UsageError(f"cannot read actors file {path} ({e}): check the path and the YAML") from e
    if not isinstance(data, dict):
        raise UsageError(f"actors file {path}: expected a mapping with people, organisations, metonyms, countries or agents")
    _add_organisations(base, [{**o, "source": "curated"} for o in data.get("organisations") or []])
    _add_metonyms(base, data.get("metonyms") or {})
    for code, extra in (data.get("countries") or {}).items():
        country = {**base.countries.get(code, {"code": code, "name": code, "independent": True})}
        for key in ("aliases", "capitals", "seats", "adjectives"):
            country[key] = [*country.get(key, []), *(extra.get(key) or [])]
        country.update({k: v for k, v in extra.items() if k in ("name", "official")})
        _add_countries(base, [country])
    base.agents.update({k.lower(): v for k, v in (data.get("agents") or {}).items()})
    _add_people(base, data.get("people") or [], origin=str(path))
