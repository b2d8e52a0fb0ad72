import datetime as dt
import json
from importlib import resources

import pytest
import yaml

from accord import UsageError
from accord.actors import resolve_actors
from accord.entities import extract_entities
from accord.knowledge import fold, load_actor_base
from accord.records import Article

from .conftest import write


@pytest.fixture(scope="module")
def kb():
    return load_actor_base()


@pytest.mark.parametrize(
    ("text", "kind", "code"),
    [
        ("Italy", "country", "ITA"),
        ("U.S.", "country", "USA"),
        ("U.S", "country", "USA"),
        ("the United States", "country", "USA"),
        ("Italian", "adjective", "ITA"),
        ("Rome", "capital", "ITA"),
        ("Kyiv", "capital", "UKR"),
        ("Kiev", "capital", "UKR"),
        ("Kremlin", "metonym", "RUS"),
        ("Pentagon", "metonym", "USA"),
        ("Élysée", "metonym", "FRA"),
        ("NATO", "organisation", "IGO"),
        ("European Union", "organisation", "EUR"),
        ("United Nations", "organisation", "UNO"),
        ("Gaza Strip", "place", "PSE"),
        ("Transnistrian", "adjective", "MDA"),
    ],
)
def test_lookup(kb, text, kind, code):
    ref = kb.lookup(text)
    assert ref is not None, text
    assert (ref.kind, ref.code) == (kind, code)


def test_short_capitals_are_matched_as_written(kb):
    assert kb.lookup("US").code == "USA"
    assert kb.lookup("us") is None


@pytest.mark.parametrize(("noun", "sector"), [("prime minister", "GOV"), ("lawmaker", "LEG"), ("army", "MIL"), ("envoy", "GOV"), ("rebels", "REB")])
def test_agent_nouns(kb, noun, sector):
    assert kb.sector_of(noun) == sector


def test_people_resolve_by_date(kb):
    assert kb.person("Meloni", dt.date(2025, 9, 5)).office_at(dt.date(2025, 9, 5)).office == "Prime Minister"
    assert kb.holder("ITA", {"Prime Minister"}, dt.date(2021, 6, 1)).name == "Mario Draghi"
    assert kb.holder("ITA", {"Prime Minister"}, dt.date(2025, 9, 5)).name == "Giorgia Meloni"
    tusk = kb.person("Donald Tusk", dt.date(2025, 9, 5))
    assert tusk.office_at(dt.date(2016, 1, 1)).office == "European Council President"
    assert tusk.office_at(dt.date(2025, 9, 5)).country == "POL"


def test_a_tenure_ends_the_day_its_successor_starts(kb):
    trump = kb.person("Donald Trump", None)
    assert trump.office_at(dt.date(2021, 1, 20)) is None
    assert kb.holder("USA", {"President"}, dt.date(2021, 1, 20)).name == "Joe Biden"


def test_full_names_not_listed_fall_back_to_a_unique_surname(kb):
    assert [p.name for p in kb.find_people("Joseph R. Biden, Jr.")] == ["Joe Biden"]
    assert kb.find_people("Hunter Biden") == []  # the first initial must agree


@pytest.mark.parametrize(("text", "folded"), [("Élysée", "elysee"), ("U.S.", "us"), ("Jong-un", "jong un"), ("Zelensky’s", "zelensky's")])
def test_fold(text, folded):
    assert fold(text) == folded


def test_a_user_file_adds_and_overrides(tmp_path):
    path = write(
        tmp_path / "mine.yaml",
        "people:\n"
        "  - name: Aino Lehtonen\n"
        "    aliases: [Lehtonen]\n"
        "    gender: female\n"
        "    offices:\n"
        "      - {country: FIN, office: Prime Minister, sector: GOV, start: 2026-01-01, end: null}\n"
        "organisations:\n"
        "  - {name: Gulf of Finland Coordination Cell, aliases: [the Cell], code: IGO}\n"
        "metonyms:\n"
        "  Kesaranta: {code: FIN, sector: GOV}\n"
        "agents:\n"
        "  harbour master: GOV\n",
    )
    kb = load_actor_base((str(path),))
    assert kb.holder("FIN", {"Prime Minister"}, dt.date(2026, 3, 1)).name == "Aino Lehtonen"
    assert kb.lookup("Gulf of Finland Coordination Cell").code == "IGO"
    assert kb.lookup("Kesaranta").code == "FIN"
    assert kb.sector_of("harbour master") == "GOV"
    assert load_actor_base().lookup("Kesaranta") is None  # the shipped base is untouched


@pytest.mark.parametrize("content", ["- just a list\n", "people:\n  - {name: X, offices: [{country: FIN, office: President, start: soon}]}\n", "people: [\n"])
def test_a_malformed_user_file_is_a_usage_error_naming_it(tmp_path, content):
    path = write(tmp_path / "bad.yaml", content)
    with pytest.raises(UsageError, match="bad.yaml"):
        load_actor_base((str(path),))


@pytest.mark.parametrize(
    ("text", "code", "sector"),
    [
        ("Justice and Equality Movement", "SDN", "REB"),
        ("JEM", "SDN", "REB"),
        ("SLM-Minnawi", "SDN", "REB"),
        ("Sudan Liberation Army", "SDN", "REB"),
        ("Islamic Courts Union", "SOM", "REB"),
        ("Lord's Resistance Army", "UGA", "REB"),
        ("LRA", "UGA", "REB"),
        ("Tamil Tigers", "LKA", "REB"),
        ("LTTE", "LKA", "REB"),
        ("Naxalites", "IND", "REB"),
        ("Qassam Brigades", "PSE", "REB"),
        ("M23", "COD", "REB"),
        ("Polisario Front", "ESH", "REB"),
        ("Kosovo Liberation Army", "XKX", "REB"),
        ("Janjaweed", "SDN", "UAF"),
        ("Sinaloa Cartel", "MEX", "CRM"),
        ("ANC", "ZAF", "PTY"),
        ("Fidesz", "HUN", "PTY"),
        ("Yabloko", "RUS", "OPP"),
    ],
)
def test_armed_groups_and_parties_take_their_country_and_sector(kb, text, code, sector):
    ref = kb.lookup(text)
    assert ref is not None, text
    assert (ref.kind, ref.code, ref.sector) == ("organisation", code, sector)


@pytest.mark.parametrize("text", ["ICU", "IRA", "PTI", "OPM", "KIA", "PDF", "APC", "PPP", "Let", "New Forces", "National Liberation Army"])
def test_ambiguous_abbreviations_and_names_are_no_organisation_of_their_own(kb, text):
    ref = kb.lookup(text)
    assert ref is None or ref.needs_context, text


@pytest.mark.parametrize(
    ("text", "context", "code"),
    [("SLA", "SDN", "SDN"), ("ICU", "SOM", "SOM"), ("SDF", "SYR", "SYR"), ("HTS", "SYR", "SYR"), ("BNP", "BGD", "BGD")],
)
def test_ambiguous_abbreviations_of_groups_need_their_country_in_the_story(kb, text, context, code):
    ref = kb.lookup(text)
    assert (ref.needs_context, ref.code, ref.fallback) == (context, code, None)


def test_europe_is_the_eu_only_in_an_eu_story(kb):
    ref = kb.lookup("Europe")
    assert (ref.kind, ref.code, ref.needs_context, ref.is_place_name, ref.fallback) == ("metonym", "EUR", "EUR", True, None)


def test_maoists_are_nepals_in_a_nepal_story_and_indias_elsewhere(kb):
    ref = kb.lookup("Maoists")
    assert (ref.needs_context, ref.code, ref.sector) == ("NPL", "NPL", "REB")
    assert (ref.fallback.code, ref.fallback.sector) == ("IND", "REB")


def test_national_bodies_name_each_group_once_and_shadow_no_organisation(kb):
    # national_bodies.yaml is read after organisations.json, so a name in both is silently
    # the body's, and a name given twice in it the later body's.
    data = resources.files("accord") / "data"
    bodies = yaml.safe_load((data / "national_bodies.yaml").read_text(encoding="utf-8"))["bodies"]
    assert len(bodies) >= 250
    owner: dict[str, str] = {}
    for body in bodies:
        for name in {body["name"], *body.get("aliases", [])}:
            assert owner.setdefault(name, body["name"]) == body["name"], name
    organisations = json.loads((data / "organisations.json").read_text(encoding="utf-8"))
    curated = {fold(n) for o in organisations.values() if o["source"] == "curated" for n in [o["name"], *o["aliases"]]}
    shadowed = sorted(n for n in owner if fold(n) in curated)
    assert shadowed == ["RSF"]  # Reporters Without Borders yields to the Rapid Support Forces
    assert all(b["code"] is None or b["code"] in kb.countries for b in bodies)


@pytest.mark.model
def test_sla_is_the_sudan_liberation_army_only_in_a_sudan_story(nlp):
    def sla(text):
        article = Article.from_text(text, published=dt.date(2007, 5, 1))
        doc = nlp(article.text)
        entities = resolve_actors(doc, article, extract_entities(doc, article), kb=load_actor_base())
        return next((e.code, m.sector) for e in entities for m in e.mentions if m.text == "SLA")

    assert sla("Sudan's government met rebels in Abuja. The SLA said it would attend the talks.") == ("SDN", "REB")
    assert sla("Israel withdrew from Lebanon in 2000. The SLA collapsed within days.") == (None, None)
