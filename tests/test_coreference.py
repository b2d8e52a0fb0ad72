"""Coreference rules, tested through the actors stage that runs them (accord.actors.v2)."""

import datetime as dt

import pytest

from accord.actors import resolve_actors
from accord.entities import extract_entities
from accord.knowledge import load_actor_base
from accord.records import Article

from .test_actors import _mention, _resolve

pytestmark = pytest.mark.model


def test_pronouns_follow_the_subject_and_the_gender(nlp):
    text = (
        "Italian Prime Minister Giorgia Meloni met French President Emmanuel Macron in Rome. "
        "She said Italy would not send troops. He replied that France respected the decision."
    )
    entities = _resolve(nlp, text)
    she, she_entity = _mention(entities, "She")
    he, he_entity = _mention(entities, "He")
    assert she_entity.name == "Giorgia Meloni" and she.kind == "pronoun"
    assert he_entity.name == "Emmanuel Macron"


def test_it_refers_to_the_state_last_acting(nlp):
    entities = _resolve(nlp, "Poland said it would offer logistics to its allies.")
    it, entity = _mention(entities, "it")
    assert (entity.code, it.sector) == ("POL", "GOV")


def test_descriptions_resolve_to_the_person_or_the_office_holder(nlp):
    entities = _resolve(nlp, "Volodymyr Zelensky met envoys in Kyiv. The president said talks must go on.")
    mention, entity = _mention(entities, "president")
    assert (entity.name, mention.kind) == ("Volodymyr Zelensky", "title")
    nobody_named = _resolve(nlp, "The Ukrainian president said the talks must go on.")
    mention, entity = _mention(nobody_named, "Ukrainian president")
    assert entity.name == "Volodymyr Zelensky"


def test_the_bloc_is_the_eu_when_the_eu_is_named(nlp):
    entities = _resolve(nlp, "EU ministers met in Luxembourg. The bloc agreed new sanctions.")
    mention, entity = _mention(entities, "bloc")
    assert (entity.code, mention.kind) == ("EUR", "title")
    assert not any(m.text == "bloc" for e in _resolve(nlp, "The bloc agreed new sanctions.") for m in e.mentions)


def test_his_government_is_his_countrys_government(nlp):
    entities = _resolve(nlp, "Pakistani President Pervez Musharraf visited Paris. He said his government would hold elections.", dt.date(2008, 1, 28))
    mention, entity = _mention(entities, "government")
    assert (entity.code, mention.sector) == ("PAK", "GOV")


def test_they_refers_to_a_plural_national_actor(nlp):
    entities = _resolve(nlp, "Moldovan officials said that they were ready to restart talks.", dt.date(2007, 10, 4))
    mention, entity = _mention(entities, "they")
    assert (entity.code, mention.sector, mention.kind) == ("MDA", "GOV", "pronoun")


def test_they_without_a_plural_actor_is_left_alone(nlp):
    entities = _resolve(nlp, "The talks ended late. They will resume on Monday.")
    assert not any(m.text == "They" for e in entities for m in e.mentions)


def test_he_after_a_quote_is_the_narrated_speaker_not_someone_quoted(nlp):
    text = (
        "Moldovan President Vladimir Voronin spoke to reporters. "
        "\u201cThe documents from the archive of Saddam Hussein prove it,\u201d he said."
    )
    mention, entity = _mention(_resolve(nlp, text, dt.date(2006, 8, 5)), "he")
    assert entity.name == "Vladimir Voronin"


def test_the_minister_is_a_minister_not_the_prime_minister(nlp):
    text = (
        "Estonian Prime Minister Maarja Ilvessalu opened the summit. "
        "Portuguese Defence Minister Rui Albergaria spoke next. There has been no request, the minister said."
    )
    mention, entity = _mention(_resolve(nlp, text, dt.date(2026, 3, 10)), "minister")
    assert entity.name == "Rui Albergaria"


def test_descriptions_with_current_and_possessive_owner(nlp):
    text = "Lech Kaczynski met reporters. Poland's current President said the talks would go on."
    entities = _resolve(nlp, text, dt.date(2006, 8, 1))
    mention, entity = _mention(entities, "current President")
    assert entity.code == "POL" and mention.kind == "title"


def test_his_majesty_and_the_government_of_a_country(nlp):
    text = "President Joe Biden met King Abdullah II of Jordan. He praised His Majesty's leadership and the Government of Kosovo."
    entities = _resolve(nlp, text, dt.date(2021, 7, 19))
    _m, king = _mention(entities, "His Majesty")
    assert "Abdullah" in king.name
    assert not any(m.text in ("His", "Majesty") for e in entities for m in e.mentions)
    mention, kosovo = _mention(entities, "Government of Kosovo")
    assert (kosovo.code, mention.sector) == ("XKX", "GOV")


def test_the_president_is_the_most_talked_about_president_so_far(nlp):
    text = (
        "President Joe Biden met President Mahmoud Abbas. President Biden pledged aid. "
        "Biden also spoke of hope. President Abbas thanked him. The President then left for Jeddah."
    )
    mention, entity = _mention(_resolve(nlp, text, dt.date(2022, 7, 15)), "President", nth=-1)
    assert (entity.name, mention.kind) == ("Joe Biden", "title")


def test_a_plural_description_is_not_the_body(nlp):
    entities = _resolve(nlp, "The UN warned armed groups. They must not attack the aid organisations.", dt.date(2008, 2, 1))
    assert not any(m.text == "organisations" for e in entities for m in e.mentions)


def test_a_second_title_shares_the_determiner(nlp):
    text = "Vice President Kamala Harris met Prime Minister Rishi Sunak. The Vice President and Prime Minister reiterated their support."
    entities = _resolve(nlp, text, dt.date(2023, 11, 1))
    mention, person = _mention(entities, "Prime Minister", nth=0)
    titles = [(m.text, e.name) for e in entities for m in e.mentions if m.kind == "title"]
    assert ("Prime Minister", "Rishi Sunak") in titles and ("Vice President", "Kamala Harris") in titles


def test_the_president_of_a_country_is_its_president_at_the_date(nlp):
    entities = _resolve(nlp, "The president of France was to visit Moscow.", dt.date(2008, 8, 12))
    assert any(e.name == "Nicolas Sarkozy" and any(m.kind == "title" for m in e.mentions) for e in entities)


def test_he_is_not_the_subject_of_a_clause_hanging_on_a_noun(nlp):
    text = ("President Kalev Lehtonen met reporters. Lehtonen also commented on reports that Sergei Ivanov had invited him to Minsk. "
            "He dismissed the idea of a visit.")
    entities = _resolve(nlp, text, dt.date(2025, 9, 5))
    he = next(e for e in entities for m in e.mentions if m.text == "He")
    assert he.name.endswith("Lehtonen")


def _resolve_published_by(nlp, text, published, source):
    article = Article.from_text(text, published=published, source=source)
    doc = nlp(article.text)
    return resolve_actors(doc, article, extract_entities(doc, article), kb=load_actor_base())


def test_bare_titles_in_a_government_release_are_that_governments_officials(nlp):
    text = (
        "The Vice President met Prime Minister Rishi Sunak in London. The Secretary of Defense and the National Security Advisor "
        "joined them. The Secretary said the First Lady would visit."
    )
    entities = _resolve_published_by(nlp, text, dt.date(2023, 11, 1), "The White House")
    found = {m.text: (e.code, m.sector, e.name if e.label == "PERSON" else None) for e in entities for m in e.mentions}
    assert found["Vice President"] == ("USA", "GOV", "Kamala Harris")
    assert found["Secretary of Defense"] == ("USA", "GOV", "Lloyd Austin")
    assert found["National Security Advisor"] == ("USA", "GOV", "Jake Sullivan")
    assert found["First Lady"] == ("USA", "GOV", None)
    assert found["Secretary"][:2] == ("USA", "GOV")
    assert "Defense" not in {e.name for e in entities}  # a word of the title, not an organisation


def test_a_title_the_publishers_state_lacks_stays_foreign(nlp):
    text = "The Prime Minister spoke today with President Emmanuel Macron."
    entities = _resolve_published_by(nlp, text, dt.date(2022, 3, 1), "The White House")
    assert not any(e.code == "USA" for e in entities)
    unpublished = _resolve(nlp, "The Vice President met Prime Minister Rishi Sunak in London.", dt.date(2023, 11, 1))
    assert not any(m.text == "Vice President" for e in unpublished for m in e.mentions)


def test_the_release_opening_title_is_the_publishers_holder_at_the_date(nlp):
    text = "The President spoke today with President Emmanuel Macron of France. The President thanked him."
    entities = _resolve_published_by(nlp, text, dt.date(2022, 3, 1), "The White House")
    mention, entity = _mention(entities, "President", nth=0)
    assert (entity.name, entity.code, mention.kind) == ("Joe Biden", "USA", "title")


def test_a_bare_title_in_a_story_about_one_state_is_that_states(nlp):
    one = _resolve(nlp, "Ukraine mobilised reserves on Monday. The president said the army would hold.", dt.date(2023, 3, 1))
    mention, entity = _mention(one, "president")
    assert (entity.name, entity.code, mention.sector) == ("Volodymyr Zelensky", "UKR", "GOV")
    two = _resolve(nlp, "Ukraine and Poland met on Monday. The president said the army would hold.", dt.date(2023, 3, 1))
    assert not any(m.text == "president" for e in two for m in e.mentions)


def test_a_title_naming_its_country_ignores_other_holders_named_before(nlp):
    text = "Dmitry Medvedev, the President of Russia, spoke in Moscow. The president of France was to visit Moscow."
    mention, entity = _mention(_resolve(nlp, text, dt.date(2008, 8, 12)), "president of France")
    assert entity.name == "Nicolas Sarkozy"


def test_a_title_owning_a_body_is_the_states_body(nlp):
    text = "Poland said on Monday that talks would go on. The trip was not acknowledged by the Prime Minister's Office."
    mention, entity = _mention(_resolve(nlp, text, dt.date(2008, 6, 27)), "Prime Minister's Office")
    assert (entity.code, entity.label, mention.sector) == ("POL", "GPE", "GOV")


def test_a_military_title_in_a_story_about_one_state_is_its_military(nlp):
    entities = _resolve(nlp, "Israel called up reservists on Sunday. The army chief said the troops were ready.", dt.date(2024, 5, 1))
    mention, entity = _mention(entities, "army chief")
    assert (entity.code, mention.sector) == ("ISR", "MIL")


def test_an_object_pronoun_is_not_the_subject_of_its_own_verb(nlp):
    # "Macron had invited him": him is someone else, so the main clause's subject.
    entities = _resolve(nlp, "Olaf Scholz also commented on reports that Macron had invited him to Paris.")
    him, him_entity = _mention(entities, "him")
    assert him_entity.name == "Olaf Scholz" and him.kind == "pronoun"


def _it_mentions(entities):
    return {(m.text, m.start): e.code for e in entities for m in e.mentions if m.kind == "pronoun" and m.text.lower() in ("it", "its")}


@pytest.mark.parametrize(
    "text",
    [
        "Britain announced that the garrison would close. The move has been welcomed by Nationalists, while Unionists have criticised it.",
        "The summit was called by Indonesia. Bird flu will be one of the main issues because it could harm our people.",
    ],
)
def test_it_after_a_thing_named_as_subject_is_not_the_state(nlp, text):
    assert _it_mentions(_resolve(nlp, text, dt.date(2005, 8, 1))) == {}


def test_it_is_not_a_name_that_only_modifies_a_thing(nlp):
    text = "The President congratulated Poland on the selection of a U.S. technology partner for its civil nuclear power program."
    assert set(_it_mentions(_resolve(nlp, text, dt.date(2022, 11, 1))).values()) == {"POL"}


def test_it_after_the_states_own_thing_is_still_the_state(nlp):
    text = "Iran notes that its nuclear program is civilian, and that it will not abandon its enrichment efforts."
    assert set(_it_mentions(_resolve(nlp, text, dt.date(2006, 1, 20))).values()) == {"IRN"}
