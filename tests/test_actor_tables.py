"""The actor tables in src/accord/data: current with their sources, valid, and right on key facts."""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from types import ModuleType

import pytest
import yaml

from .conftest import REPO, SHARED

DATA = REPO / "src" / "accord" / "data"
SCRIPT = REPO / "scripts" / "build_actor_tables.py"

#: PLOVER sectors (shared/PLOVER.md); agents.json may also hold the actor code NGO.
SECTORS = {
    "GOV", "MIL", "LEG", "JUD", "COP", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
    "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
}
ORG_CODES = {"EUR", "UNO", "IGO", "NGO", "MNC", None}

needs_shared = pytest.mark.skipif(not (SHARED / "data").is_dir(), reason="../shared/data is not present")


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_actor_tables", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look up their module while the script loads
    spec.loader.exec_module(module)
    return module


build = _build_script()


@cache
def _table(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@cache
def _yaml(name: str):
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def _org_index() -> dict[str, str]:
    """Lower-cased organisation name or alias -> organisation id."""
    return {n.casefold(): org_id for org_id, org in _table("organisations.json").items() for n in [org["name"], *org["aliases"]]}


# --- the committed JSON is what the script builds ---------------------------------------


@needs_shared
@pytest.mark.parametrize(
    ("name", "builder"),
    [("countries.json", "build_countries"), ("agents.json", "build_agents"), ("organisations.json", "build_organisations")],
)
def test_committed_table_is_current(name, builder):
    table = getattr(build, builder)(SHARED, DATA)
    committed = (DATA / name).read_text(encoding="utf-8")
    assert build.to_json(table) == committed, f"{name} is stale: run python scripts/build_actor_tables.py"


@pytest.mark.parametrize("name", ["countries.json", "agents.json", "organisations.json"])
def test_table_is_sorted_indent_1_json(name):
    text = (DATA / name).read_text(encoding="utf-8")
    assert build.to_json(json.loads(text)) == text


def test_sources_names_every_generated_file_and_licence():
    sources = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    for needle in ("countries.json", "agents.json", "organisations.json", "ODbL", "Derivative Database",
                   "mledoze/countries", "Andy Halterman", "Copyright (c) 2014 Open Event Data Alliance",
                   "scripts/build_actor_tables.py"):
        assert needle in sources


# --- countries ------------------------------------------------------------------------


def test_every_iso_entry_is_present_and_coded():
    countries = _table("countries.json")
    assert len(countries) == 250
    assert sum(c["independent"] for c in countries.values()) == 194
    for code, country in countries.items():
        assert code == country["code"] and len(code) == 3 and code.isupper()


@pytest.mark.parametrize(
    ("code", "field", "value"),
    [
        ("ITA", "adjectives", "Italian"),
        ("ITA", "adjectives", "Italians"),
        ("USA", "aliases", "U.S."),
        ("USA", "aliases", "US"),
        ("USA", "aliases", "America"),
        ("USA", "seats", "Washington"),
        ("GBR", "aliases", "Britain"),
        ("GBR", "aliases", "UK"),
        ("UKR", "capitals", "Kyiv"),
        ("UKR", "capitals", "Kiev"),
        ("NLD", "seats", "The Hague"),
        ("BOL", "seats", "La Paz"),
        ("CIV", "seats", "Abidjan"),
        ("CIV", "aliases", "Côte d'Ivoire"),
        ("CZE", "aliases", "Czech Republic"),
        ("TUR", "aliases", "Turkey"),
        ("MMR", "aliases", "Burma"),
        ("PRK", "aliases", "DPRK"),
        ("POL", "adjectives", "Poles"),
    ],
)
def test_country_knows(code, field, value):
    country = _table("countries.json")[code]
    values = [country["name"], country["official"], *country["aliases"]] if field == "aliases" else country[field]
    assert value in values


@pytest.mark.parametrize(
    ("code", "field", "value"),
    [
        ("NLD", "aliases", "Holland"),      # removed by countries_extra.yaml
        ("NLD", "adjectives", "Aruban"),    # a territory's people, listed by NGEC under NLD
        ("USA", "aliases", "US Virgin Islands"),
        ("USA", "aliases", "Puerto Rico"),
        ("GBR", "adjectives", "English"),
        ("IOT", "adjectives", "Indian"),    # a territory does not take India's adjective
    ],
)
def test_country_does_not_claim(code, field, value):
    assert value not in _table("countries.json")[code][field]


def test_kosovo_is_xkx_not_unknown():
    countries = _table("countries.json")
    assert "UNK" not in countries
    assert countries["XKX"]["cca3"] == "UNK"


def test_country_names_are_shared_only_where_really_ambiguous():
    seen: dict[str, set[str]] = {}
    for code, country in _table("countries.json").items():
        if country["independent"]:
            for name in [country["name"], *country["aliases"], *country["adjectives"]]:
                seen.setdefault(name.casefold(), set()).add(code)
    shared = {name for name, codes in seen.items() if len(codes) > 1}
    assert shared <= {"congolese", "dominican", "dominicans"}


def test_countries_extra_names_only_known_codes():
    codes = {c.get("cca3", c["code"]) for c in _table("countries.json").values()}
    assert set(_yaml("countries_extra.yaml")) <= codes


# --- agents -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("noun", "sector"),
    [
        ("prime minister", "GOV"),
        ("lawmaker", "LEG"),
        ("lawmakers", "LEG"),
        ("army", "MIL"),
        ("envoy", "GOV"),
        ("envoys", "GOV"),
        ("rebel", "REB"),
        ("rebels", "REB"),
        ("troops", "MIL"),
        ("police", "COP"),
        ("judge", "JUD"),
        ("spokesperson", "GOV"),
        ("spokeswoman", "GOV"),
        ("congresswoman", "LEG"),
        ("foreign minister", "GOV"),
        ("defence minister", "GOV"),
        ("secretary-general", "GOV"),
        ("journalist", "MED"),
        ("protesters", "CVL"),
        ("refugees", "REF"),
        ("rights group", "NGO"),
        ("minister for defence", "GOV"),
        ("ministries of trade", "GOV"),
        ("transport companies", "BUS"),
    ],
)
def test_agent_sector(noun, sector):
    assert _table("agents.json")[noun] == sector


@pytest.mark.parametrize("noun", ["deputy", "ambassador to", "policemans", "troopss", "islamist"])
def test_agent_absent(noun):
    assert noun not in _table("agents.json")


def test_agent_values_are_plover_sectors_or_ngo():
    agents = _table("agents.json")
    assert len(agents) > 4000
    assert set(agents.values()) <= SECTORS | {"NGO"}
    assert all(noun == noun.lower().strip() and "  " not in noun and "_" not in noun for noun in agents)


def test_curated_sectors_are_valid():
    for noun, sector in _yaml("sectors.yaml").items():
        assert noun == noun.lower()
        assert sector is None or sector in SECTORS | {"NGO"}, noun


@pytest.mark.parametrize(
    ("code", "sector"),
    [("~GOV", "GOV"), ("~GOVMIL", "GOV"), ("~MILGOV", "MIL"), ("~MUSUAF", "UAF"), ("~REBCHR", "REB"),
     ("~CHRCTH", "REL"), ("~MUS", "REL"), ("~HRI", "NGO"), ("~HLH", "CVL"), ("~MUSRAD", None),
     ("~ENV", None), ("IGO~", None)],
)
def test_phoenix_code_to_sector(code, sector):
    assert build.phoenix_sector(code) == sector


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("envoy", "envoys"), ("secretary", "secretaries"), ("chairman", "chairmen"), ("boss", "bosses"),
     ("child", "children"), ("police", None), ("troops", None), ("secretary of state", None), ("maj.", None)],
)
def test_plural(phrase, expected):
    assert build.plural(phrase) == expected


def test_person_placeholder_expands_to_man_woman_person():
    sets = {"!PERSON!": ["MAN", "MEN", "WOMAN", "WOMEN", "PERSON"]}
    entry = build._AgentEntry("CONGRESS!PERSON!", None, "~LEG", 1)
    assert build._agent_forms(entry, sets) == ["congressman", "congressmen", "congresswoman", "congresswomen", "congressperson"]


def test_marker_inside_a_word_is_read_as_its_name():
    sets = {"!MINIST!": ["MINISTER", "MINISTRY"]}
    entry = build._AgentEntry("!MINIST! OF_THE_FINANCE_AD!MINIST!RATION", None, "~GOV", 1)
    assert build._agent_forms(entry, sets) == ["minister of the finance administration", "ministry of the finance administration"]


def test_tabari_stem_is_completed():
    entry = build._AgentEntry("PORT_AUTHORIT", None, "~GOV", 1)
    assert build._agent_forms(entry, {}) == ["port authority", "port authorities"]


# --- organisations ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("alias", "org_id", "code"),
    [
        ("nato", "NATO", "IGO"),
        ("north atlantic treaty organisation", "NATO", "IGO"),
        ("european union", "EU", "EUR"),
        ("eu", "EU", "EUR"),
        ("european commission", "EUROPEAN_COMMISSION", "EUR"),
        ("european parliament", "EUROPEAN_PARLIAMENT", "EUR"),
        ("united nations", "UN", "UNO"),
        ("un security council", "UNSC", "UNO"),
        ("unhcr", "UNHCR", "UNO"),
        ("iaea", "IAEA", "UNO"),
        ("council of europe", "COUNCIL_OF_EUROPE", "IGO"),
        ("osce", "OSCE", "IGO"),
        ("imf", "IMF", "IGO"),
        ("interpol", "INTERPOL", "IGO"),
        ("doctors without borders", "MSF", "NGO"),
        ("red cross", "RED_CROSS", "NGO"),
        ("coalition of the willing", "COALITION_OF_THE_WILLING", None),
    ],
)
def test_organisation_alias_resolves(alias, org_id, code):
    assert _org_index()[alias] == org_id
    assert _table("organisations.json")[org_id]["code"] == code


@pytest.mark.parametrize(
    ("org_id", "sector"),
    [("EUROPEAN_PARLIAMENT", "LEG"), ("UNSC", "GOV"), ("ICC", "JUD"), ("ICJ", "JUD"), ("INTERPOL", "COP"),
     ("G7", "GOV"), ("NATO", None), ("EU", None)],
)
def test_organisation_sector_rule(org_id, sector):
    assert _table("organisations.json")[org_id].get("sector") == sector


def test_phoenix_organisations_are_kept_and_people_are_not():
    index = _org_index()
    assert "world health assembly" in index
    assert "the security council" not in index or index["the security council"] == "UNSC"
    for person in ("kofi annan", "ban ki-moon", "javier solana", "catherine ashton", "un secretary general"):
        assert person not in index


def test_organisations_are_valid():
    organisations = _table("organisations.json")
    countries = _table("countries.json")
    curated = [org for org in organisations.values() if org["source"] == "curated"]
    assert len(curated) >= 60
    for org_id, org in organisations.items():
        assert org["code"] in ORG_CODES, org_id
        assert org.get("sector") in SECTORS | {None}, org_id
        assert org.get("part_of") in organisations or "part_of" not in org, org_id
        assert set(org.get("members", [])) <= set(countries), org_id
        assert org.get("country") in countries or "country" not in org, org_id


def test_each_alias_belongs_to_one_organisation():
    owners: dict[str, set[str]] = {}
    for org_id, org in _table("organisations.json").items():
        for name in [org["name"], *org["aliases"]]:
            key = name.casefold().removeprefix("the ")
            owners.setdefault(key, set()).add(org_id)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


# --- metonyms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code", "sector"),
    [
        ("Kremlin", "RUS", "GOV"), ("White House", "USA", "GOV"), ("Pentagon", "USA", "MIL"),
        ("Foggy Bottom", "USA", "GOV"), ("Élysée", "FRA", "GOV"), ("Downing Street", "GBR", "GOV"),
        ("Bundestag", "DEU", "LEG"), ("Bundeswehr", "DEU", "MIL"), ("Palazzo Chigi", "ITA", "GOV"),
        ("Zhongnanhai", "CHN", "GOV"), ("Knesset", "ISR", "LEG"), ("Bankova", "UKR", "GOV"),
        ("Verkhovna Rada", "UKR", "LEG"), ("Duma", "RUS", "LEG"), ("Capitol Hill", "USA", "LEG"),
        ("Berlaymont", "EUR", "GOV"), ("Westminster", "GBR", "LEG"), ("South Block", "IND", "GOV"),
    ],
)
def test_metonym(name, code, sector):
    metonym = _yaml("metonyms.yaml")[name]
    assert (metonym["code"], metonym["sector"]) == (code, sector)


def test_brussels_is_the_eu_only_in_context():
    assert _yaml("metonyms.yaml")["Brussels"]["needs_context"] == "EUR"


def test_metonyms_are_valid_and_not_capitals():
    countries = _table("countries.json")
    capitals = {c.casefold() for country in countries.values() for c in country["capitals"]}
    codes = set(countries) | {"EUR", "UNO", "IGO"}
    seen: set[str] = set()
    for name, metonym in _yaml("metonyms.yaml").items():
        assert metonym["code"] in codes, name
        assert metonym["sector"] in SECTORS, name
        assert isinstance(metonym.get("place", False), bool), name
        assert metonym.get("needs_context", metonym["code"]) in codes, name
        for form in [name, *metonym.get("aliases", [])]:
            assert form.casefold() not in seen, form
            seen.add(form.casefold())
    assert "ankara" not in seen and "moscow" not in seen
    assert not (seen - {"brussels"}) & capitals
