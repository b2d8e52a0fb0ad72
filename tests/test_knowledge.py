import datetime as dt

import pytest

from accord import UsageError
from accord.knowledge import fold, load_actor_base

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
