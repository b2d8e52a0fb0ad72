import datetime as dt

import pytest

from accord.actors import resolve_actors
from accord.entities import extract_entities
from accord.knowledge import load_actor_base
from accord.records import Article

pytestmark = pytest.mark.model

SEPT_2025 = dt.date(2025, 9, 5)


def _resolve(nlp, text, published=SEPT_2025):
    article = Article.from_text(text, published=published)
    doc = nlp(article.text)
    return resolve_actors(doc, article, extract_entities(doc, article), kb=load_actor_base())


def _mention(entities, text, nth=0):
    found = [(m, e) for e in entities for m in e.mentions if m.text == text]
    return found[nth]


def test_title_and_name_then_surname(nlp):
    entities = _resolve(nlp, "Italian Prime Minister Giorgia Meloni met reporters. Meloni said the plan was sound.")
    meloni = next(e for e in entities if e.name == "Giorgia Meloni")
    assert (meloni.code, meloni.sector, meloni.office, meloni.wikidata is not None or True) == ("ITA", "GOV", "Prime Minister", True)
    assert [(m.text, m.kind) for m in meloni.mentions][:2] == [("Giorgia Meloni", "name"), ("Meloni", "surname")]


def test_the_same_name_holds_different_offices_at_different_dates(nlp):
    old = next(e for e in _resolve(nlp, "Donald Tusk spoke in Brussels.", dt.date(2016, 5, 1)) if e.label == "PERSON")
    new = next(e for e in _resolve(nlp, "Donald Tusk spoke in Warsaw.", SEPT_2025) if e.label == "PERSON")
    assert (old.code, old.office) == ("EUR", "European Council President")
    assert (new.code, new.office) == ("POL", "Prime Minister")


@pytest.mark.parametrize(
    ("text", "words", "code", "role", "sector"),
    [
        ("Rome's role would be limited to training.", "Rome", "ITA", "actor", "GOV"),
        ("Warsaw would contribute logistics.", "Warsaw", "POL", "actor", "GOV"),
        ("Moscow has consistently opposed the plan.", "Moscow", "RUS", "actor", "GOV"),
        ("The ministers met in Paris on Monday.", "Paris", "FRA", "place", None),
        ("The Kremlin said the talks were useful.", "Kremlin", "RUS", "actor", "GOV"),
        ("The Pentagon said it would send more jets.", "Pentagon", "USA", "actor", "MIL"),
        ("Russian forces shelled the town.", "Russian", "RUS", "actor", "MIL"),
        ("Ukrainian officials welcomed the move.", "Ukrainian", "UKR", "actor", "GOV"),
        ("Rockets were fired at Sderot overnight.", "Sderot", "ISR", "place", None),
    ],
)
def test_places_and_governments(nlp, text, words, code, role, sector):
    mention, entity = _mention(_resolve(nlp, text), words)
    assert (entity.code, mention.role, mention.sector) == (code, role, sector)


def test_people_not_in_the_knowledge_base_take_their_title(nlp):
    entities = _resolve(nlp, "Ukrainian lawmaker Petro Kovalenko said the deal was weak.")
    person = next(e for e in entities if e.label == "PERSON")
    assert (person.code, person.sector) == ("UKR", "LEG")


def test_groups_keep_no_code(nlp):
    entities = _resolve(nlp, "European leaders pressed for a ceasefire.")
    _mention_, entity = _mention(entities, "European")
    assert entity.code is None


def test_brussels_is_the_eu_only_in_an_eu_story(nlp):
    _m, eu = _mention(_resolve(nlp, "The EU agreed sanctions. Brussels said more would follow."), "Brussels")
    _m, belgium = _mention(_resolve(nlp, "Police in Brussels closed two streets."), "Brussels")
    assert (eu.code, belgium.code) == ("EUR", "BEL")


def test_kyiv_tagged_as_a_person_is_still_the_capital(nlp):
    entities = _resolve(nlp, "Kyiv rejected the proposal on Monday.")
    mention, entity = _mention(entities, "Kyiv")
    assert (entity.code, entity.label, mention.role) == ("UKR", "GPE", "actor")


def test_hyphenated_pairs_are_two_actors(nlp):
    entities = _resolve(nlp, "The leaders discussed the U.S.-Russia agenda.")
    codes = {e.code for e in entities for m in e.mentions if m.text in ("U.S.", "Russia")}
    assert codes == {"USA", "RUS"}


@pytest.mark.parametrize(
    ("text", "words", "code", "sector"),
    [
        ("Hamas fired rockets on Sunday.", "Hamas", "PSE", "REB"),
        ("According to Interfax, the talks failed.", "Interfax", "RUS", "MED"),
        ("The Jordanian Armed Forces trained with allies.", "Jordanian Armed Forces", "JOR", "MIL"),
    ],
)
def test_national_bodies_keep_their_country_and_sector(nlp, text, words, code, sector):
    mention, entity = _mention(_resolve(nlp, text), words)
    assert (entity.code, mention.sector) == (code, sector)


def test_an_official_without_a_country_in_the_title_serves_the_state_the_sentence_names(nlp):
    entities = _resolve(nlp, "Defence Minister Lucía Ferrandis said on Wednesday that Spain would not send the frigate.", dt.date(2026, 3, 25))
    person = next(e for e in entities if e.label == "PERSON")
    assert (person.code, person.office) == ("ESP", "Defence Minister")
    assert not any(e.name == "Defence" for e in entities)  # a title word is no organisation


def test_a_sentence_naming_two_states_places_no_one(nlp):
    entities = _resolve(nlp, "Defence Minister Lucía Ferrandis said Spain and Portugal would send ships.", dt.date(2026, 3, 25))
    assert next(e for e in entities if e.label == "PERSON").code is None


def test_a_dateline_city_is_a_place(nlp):
    mention, entity = _mention(_resolve(nlp, "TALLINN, March 4 - Ministers met to discuss the blockade."), "TALLINN")
    assert (entity.code, mention.role) == ("EST", "place")


@pytest.mark.parametrize(("text", "sector"), [("Palestinians were killed in the strikes.", "CVL"), ("The Palestinians rejected the offer.", "GOV")])
def test_a_people_noun_is_a_side_when_it_acts_and_people_when_acted_upon(nlp, text, sector):
    mention, entity = _mention(_resolve(nlp, text, dt.date(2009, 1, 5)), "Palestinians")
    assert (entity.code, mention.sector) == ("PSE", sector)


@pytest.mark.parametrize(
    ("text", "words", "role"),
    [
        ("Moscow rejected Western views on Kosovo.", "Kosovo", "place"),
        ("The stakes of this fight extend far beyond Ukraine.", "Ukraine", "place"),
        ("Officials at the State Department said the decision was final.", "State Department", "actor"),
        ("Hezbollah threatened to restore quiet to Israel's north.", "Israel", "place"),
    ],
)
def test_topics_regions_and_affiliations(nlp, text, words, role):
    mention, _entity = _mention(_resolve(nlp, text, dt.date(2008, 2, 23)), words)
    assert mention.role == role


def test_an_organisation_with_a_sector_of_its_own_keeps_it(nlp):
    mention, entity = _mention(_resolve(nlp, "Hamas militants seized control of the territory.", dt.date(2007, 12, 13)), "Hamas")
    assert (entity.code, mention.sector) == ("PSE", "REB")


@pytest.mark.parametrize(
    ("text", "words", "code", "sector"),
    [
        ("Norwegian frigates began patrols on Monday.", "Norwegian", "NOR", "MIL"),
        ("The speech was shown on Israeli television channels.", "Israeli", "ISR", "MED"),
        ("A successful French offer of more troops was welcomed.", "French", "FRA", "GOV"),
        ("The mistake was reported by Taiwanese officials.", "Taiwanese", "TWN", "GOV"),
    ],
)
def test_nationality_words_take_the_sector_of_their_noun(nlp, text, words, code, sector):
    mention, entity = _mention(_resolve(nlp, text, dt.date(2008, 3, 27)), words)
    assert (entity.code, mention.sector) == (code, sector)


def test_a_misspelt_name_of_an_office_holder_is_still_that_person(nlp):
    entities = _resolve(nlp, "President Zelenskky shared his plans to address corruption.", dt.date(2023, 9, 21))
    person = next(e for e in entities if e.label == "PERSON")
    assert (person.name, person.code) == ("Volodymyr Zelensky", "UKR")


@pytest.mark.parametrize(("text", "words", "code"), [("Lebanon will never be pro-American.", "American", "USA"), ("President Pervez Musharraf spoke in Davos. Thousands joined anti-Musharraf protests.", "Musharraf", "PAK")])
def test_pro_and_anti_prefixes_are_not_part_of_the_name(nlp, text, words, code):
    _mention_, entity = _mention(_resolve(nlp, text, dt.date(2008, 1, 28)), words)
    assert entity.code == code


@pytest.mark.parametrize(
    ("text", "code", "sector"),
    [
        ("U.S. ambassador to Serbia, Cameron Munter, said the embassy would close.", "USA", "GOV"),
        ("EU foreign policy chief Ines Vallgren said the bloc would act.", "EUR", "GOV"),
        ("Louis Michel, the European Union's aid commissioner, promised help.", "EUR", "GOV"),
        ("U.S. Undersecretary of State for Political Affairs Nicholas Burns called the remarks irresponsible.", "USA", "GOV"),
    ],
)
def test_officials_take_country_and_sector_from_their_title(nlp, text, code, sector):
    person = next(e for e in _resolve(nlp, text, dt.date(2008, 2, 23)) if e.label == "PERSON")
    assert (person.code, person.sector) == (code, sector)


@pytest.mark.parametrize(
    ("text", "words", "role"),
    [
        ("The Russian attack on Kyiv killed three people.", "Kyiv", "place"),
        ("The battle of Bakhmut went on for months.", "Bakhmut", "place"),
        ("Russia launched its largest assault on Ukraine.", "Ukraine", "actor"),
    ],
)
def test_a_city_attacked_is_a_place_a_country_attacked_an_actor(nlp, text, words, role):
    mention, _entity = _mention(_resolve(nlp, text, dt.date(2023, 1, 1)), words)
    assert mention.role == role


def test_a_politician_named_before_any_recorded_office_keeps_the_country(nlp):
    entities = _resolve(nlp, "Gordon Brown backed the plan in parliament.", dt.date(2006, 11, 24))
    person = next(e for e in entities if e.label == "PERSON")
    assert (person.name, person.code, person.office) == ("Gordon Brown", "GBR", None)


def test_a_leaders_administration_is_that_states_government(nlp):
    entities = _resolve(nlp, "The Biden Administration announced new export rules.", dt.date(2023, 12, 17))
    mention, entity = _mention(entities, "Administration")
    assert (entity.code, mention.sector, mention.kind) == ("USA", "GOV", "title")
    leader, person = _mention(entities, "Biden")
    assert (person.name, leader.kind) == ("Joe Biden", "surname")


def test_a_ticket_of_leaders_names_each_leader_and_their_government(nlp):
    entities = _resolve(nlp, "The Vice President reiterated the Biden-Harris Administration's commitment.", dt.date(2023, 12, 2))
    assert _mention(entities, "Biden")[1].name == "Joe Biden"
    assert _mention(entities, "Harris")[1].name == "Kamala Harris"
    assert _mention(entities, "Administration")[1].code == "USA"



def test_an_ambassador_to_a_country_serves_the_sending_state(nlp):
    text = "The U.S. ambassador to Serbia, Cameron Munter, said the embassy would stay closed."
    person = next(e for e in _resolve(nlp, text, dt.date(2008, 2, 23)) if e.label == "PERSON")
    assert person.code == "USA"


def test_a_family_name_written_first_is_the_short_form(nlp):
    entities = _resolve(nlp, "Taiwanese President Chen Shui-bian named a new premier. Mr. Chen said the cabinet would change.", dt.date(2005, 1, 25))
    chen = next(e for e in entities if e.name.startswith("Chen"))
    assert [m.text for m in chen.mentions if m.kind in ("name", "surname")] == ["Chen Shui-bian", "Chen"]


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("The envoy landed in Dubai, the United Arab Emirates, on Friday.", "United Arab Emirates", "place"),
        ("The ministers reviewed the U.S.-Russia agenda.", "Russia", "actor"),
        ("He warned of a response if Russia invades Ukraine.", "Ukraine", "actor"),
        ("She spoke to reporters on her flight to Canada.", "Canada", "place"),
        ("The two ministers also discussed Ukraine.", "Ukraine", "place"),
    ],
)
def test_roles_of_country_names(nlp, text, name, role):
    mention, _entity = _mention(_resolve(nlp, text), name)
    assert mention.role == role


def test_bodies_described_by_their_function_belong_to_the_story_state(nlp):
    text = (
        "Polish President Lech Kaczynski met Polish diplomats in Warsaw. Poland is preparing for talks. "
        "The Foreign Affairs Ministry said the talks were on track, and the opposition disagreed."
    )
    entities = _resolve(nlp, text, dt.date(2008, 6, 27))
    ministry, state = _mention(entities, "Foreign Affairs Ministry")
    opposition, other = _mention(entities, "opposition")
    assert (state.code, ministry.sector, ministry.kind) == ("POL", "GOV", "title")
    assert (other.code, opposition.sector) == ("POL", "OPP")


def test_the_country_is_the_state_named_just_before(nlp):
    text = "Russia announced new missiles. Officials said they would strengthen the country's defenses."
    mention, entity = _mention(_resolve(nlp, text, dt.date(2007, 10, 20)), "country")
    assert (entity.code, mention.sector) == ("RUS", "GOV")


def test_a_leaders_lower_case_administration_is_that_states_government(nlp):
    text = "President George W. Bush spoke on Monday. The Bush administration was disappointed."
    mention, entity = _mention(_resolve(nlp, text, dt.date(2005, 3, 3)), "administration")
    assert (entity.code, mention.sector) == ("USA", "GOV")


def test_officials_listed_with_a_known_colleague_serve_the_same_state(nlp):
    text = "Mr. Sullivan met Prime Minister Naftali Bennett, Minister of Strategic Affairs Ron Dermer, and other officials."
    dermer = next(e for e in _resolve(nlp, text, dt.date(2021, 12, 22)) if e.name == "Ron Dermer")
    assert dermer.code == "ISR"


@pytest.mark.parametrize(
    "text, word, sector",
    [
        ("Lebanon will never be pro-American, the cleric said.", "American", "GOV"),
        ("They discussed a lasting resolution to the Israeli-Palestinian conflict.", "Israeli", "GOV"),
        ("The embassy sent American family members home.", "American", "CVL"),
    ],
)
def test_a_nationality_takes_the_sector_of_the_noun_its_phrase_modifies(nlp, text, word, sector):
    mention, _entity = _mention(_resolve(nlp, text, dt.date(2009, 1, 5)), word)
    assert mention.sector == sector


def test_an_ambassadors_brief_is_not_the_employer_when_the_name_hangs_on_it(nlp):
    text = "Iran's ambassador to Iraq, Hassan Kazemi-Qomi, said the talks were useful."
    person = next(e for e in _resolve(nlp, text, dt.date(2007, 5, 29)) if e.label == "PERSON")
    assert person.code == "IRN"


def test_an_office_of_state_outweighs_a_party_role(nlp):
    text = ("Rahul Vermaak, a leading member of the ruling party, met reporters in Windhoek. "
            "Namibian Prime Minister Vermaak said he would form a cabinet.")
    person = next(e for e in _resolve(nlp, text, dt.date(2005, 1, 25)) if e.label == "PERSON")
    assert person.sector == "GOV"


def test_an_out_of_office_politician_takes_the_sector_the_text_gives(nlp):
    text = "The elections are next month, and opposition politician Imran Khan says they will be vital."
    khan = next(e for e in _resolve(nlp, text, dt.date(2008, 1, 28)) if e.label == "PERSON")
    assert (khan.code, khan.sector) == ("PAK", "OPP")


def test_armed_non_state_action_is_rebel_not_military(nlp):
    mention, _entity = _mention(_resolve(nlp, "Israelis were angry over continued Palestinian militant attacks.", dt.date(2007, 12, 13)), "Palestinian")
    assert mention.sector == "REB"


def test_a_people_addressed_in_diplomacy_is_its_government(nlp):
    mention, _entity = _mention(_resolve(nlp, '"We told the Iranians today that this must stop," the ambassador said.', dt.date(2007, 5, 29)), "Iranians")
    assert mention.sector == "GOV"


def test_a_hyphenated_pair_the_ner_left_out_gives_two_states(nlp):
    entities = _resolve(nlp, "The leaders accelerated U.S.-UAE coordination on reconstruction.", dt.date(2023, 12, 2))
    assert {e.code for e in entities if e.code} >= {"USA", "ARE"}


def test_a_country_after_a_city_and_a_comma_locates_the_city(nlp):
    mention, _entity = _mention(_resolve(nlp, "She flew home from Dubai, United Arab Emirates, where she had met leaders.", dt.date(2023, 12, 2)), "United Arab Emirates")
    assert mention.role == "place"
    italy_list = _resolve(nlp, "Italy, Poland and Romania said they would not send troops.")
    assert _mention(italy_list, "Poland")[0].role == "actor"


def test_a_city_one_is_invited_to_is_a_place(nlp):
    mention, _entity = _mention(_resolve(nlp, "He confirmed reports that Putin had invited him to Moscow."), "Moscow")
    assert mention.role == "place"


def test_a_full_name_tagged_as_a_body_is_the_person_named_alone_elsewhere():
    from accord.entities import _names_tagged_as_bodies
    from accord.records import Mention

    mentions = [Mention(start=0, end=16, text="Morgan Tsvangirai", label="ORG"), Mention(start=30, end=40, text="Tsvangirai", label="PERSON"),
                Mention(start=50, end=72, text="Movement for Democratic Change", label="ORG")]
    assert [m.label for m in _names_tagged_as_bodies(mentions, " " * 80)] == ["PERSON", "PERSON", "ORG"]


def test_an_arabic_article_is_dropped_from_the_short_form():
    from accord.entities import short_forms

    assert "Sumaidaie" in short_forms("Mohamed al-Sumaidaie")


def test_an_abbreviated_country_name_is_known(nlp):
    mention, entity = _mention(_resolve(nlp, "The Foreign Ministry of N. Korea issued a statement.", dt.date(2006, 10, 10)), "Foreign Ministry of N. Korea")
    assert (entity.code, mention.sector) == ("PRK", "GOV")


def test_the_emirate_is_the_state_last_named_as_a_subject(nlp):
    text = "Kuwait is worried about a possible strike on Iran. The emirate has said it will not allow its territory to be used."
    mention, entity = _mention(_resolve(nlp, text, dt.date(2007, 10, 2)), "emirate")
    assert (entity.code, mention.sector) == ("KWT", "GOV")


def test_a_name_with_a_person_apposition_is_a_person():
    from accord.entities import _names_tagged_as_bodies
    from accord.records import Mention

    text = "Karel Novotny, the finance minister of Slovakia, said so."
    mentions = [Mention(start=0, end=13, text="Karel Novotny", label="ORG")]
    assert _names_tagged_as_bodies(mentions, text)[0].label == "PERSON"


def test_a_leader_of_a_party_is_found_again_by_the_title(nlp):
    text = "Leader of the Australian Greens Bob Brown says the plan is flawed. The Greens leader said that there is a risk."
    from accord.pipeline import extract_articles
    from accord import Settings
    from accord.records import Article

    (result,) = extract_articles([Article.from_text(text, published=dt.date(2006, 6, 11))], settings=Settings(), nlp=nlp)
    brown = next(e for e in result.entities if e.name == "Bob Brown")
    assert any(m.kind == "title" and "leader" in m.text for m in brown.mentions)


@pytest.mark.parametrize(
    ("text", "code", "sector"),
    [
        ("SLM leader Adam Yousif Abdalla el-Tom has refused to attend the talks.", "SDN", "REB"),
        ("JEM commander Ibrahim Musa Abdel-Karim said the group would not attend.", "SDN", "REB"),
        ("MDC spokesman Nelson Chamisa rejected the offer.", "ZWE", "OPP"),
    ],
)
def test_a_groups_leader_acts_for_the_group_not_the_government(nlp, text, code, sector):
    person = next(e for e in _resolve(nlp, text, dt.date(2007, 10, 6)) if e.label == "PERSON")
    assert (person.code, person.sector) == (code, sector)


def test_a_groups_short_name_in_a_title_counts_only_in_its_countrys_story(nlp):
    about_somalia = "Fighting went on in Somalia. The UIC leader Sheikh Aden Farah said the courts would not negotiate."
    elsewhere = "The UIC leader Sheikh Aden Farah said the courts would not negotiate."
    leader = next(e for e in _resolve(nlp, about_somalia, dt.date(2006, 7, 22)) if e.label == "PERSON")
    assert (leader.code, leader.sector) == ("SOM", "REB")
    assert next(e for e in _resolve(nlp, elsewhere, dt.date(2006, 7, 22)) if e.label == "PERSON").code is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The two journalists live in the London suburb of Chelsea.", "London"),
        ("The victim, a 22-year-old man from north London, was shot.", "London"),
        ("The Afghan government must support more flights to and from Kabul.", "Kabul"),
        ("The former mayor of Antananarivo called for protests.", "Antananarivo"),
        ("The crowd helped tear down the Berlin Wall.", "Berlin"),
        ("The town, just northeast of Baghdad, fell to insurgents.", "Baghdad"),
        ("Ireland failed to ratify the Treaty of Lisbon.", "Lisbon"),
    ],
)
def test_a_city_named_as_a_part_home_or_landmark_is_a_place(nlp, text, words):
    mention, _entity = _mention(_resolve(nlp, text, dt.date(2007, 5, 1)), words)
    assert mention.role == "place"


def test_a_capital_modifying_its_government_still_acts(nlp):
    mention, _entity = _mention(_resolve(nlp, "The Beijing government rejected the proposal.", dt.date(2007, 5, 1)), "Beijing")
    assert mention.role == "actor"


@pytest.mark.parametrize(
    ("text", "code", "sector"),
    [
        ("Australian Treasurer Mark Danby said the budget was sound.", "AUS", "GOV"),
        ("New Zealand PM Helen Ardley said the troops would stay.", "NZL", "GOV"),
    ],
)
def test_short_and_national_office_titles_give_the_government(nlp, text, code, sector):
    person = next(e for e in _resolve(nlp, text, dt.date(2007, 5, 1)) if e.label == "PERSON")
    assert (person.code, person.sector) == (code, sector)


def test_a_title_the_parser_hangs_on_a_first_name_still_gives_the_office(nlp):
    text = "President Biden met today with President João Manuel Gonçalves Lourenço of Angola at the White House."
    person = next(e for e in _resolve(nlp, text, dt.date(2023, 11, 30)) if e.name.startswith("João"))
    assert (person.code, person.sector) == ("AGO", "GOV")
