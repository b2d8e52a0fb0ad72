import pytest

from accord.entities import extract_entities
from accord.records import Article

pytestmark = pytest.mark.model


def _entities(nlp, text):
    article = Article.from_text(text)
    return extract_entities(nlp(article.text), article)


def test_surname_joins_the_full_name_and_takes_its_label(nlp):
    text = (
        "Finnish Prime Minister Aino Lehtonen met reporters in Helsinki. "
        "Lehtonen said the patrols would start soon. Later, Lehtonen left for Oslo."
    )
    entities = {e.name: e for e in _entities(nlp, text)}
    person = entities["Aino Lehtonen"]
    assert person.label == "PERSON"
    assert [m.text for m in person.mentions] == ["Aino Lehtonen", "Lehtonen", "Lehtonen"]
    assert all(m.label == "PERSON" for m in person.mentions)
    assert "Lehtonen" not in entities


def test_mentions_drop_leading_the_and_possessives(nlp):
    text = "The United States and the European Union met. NATO's chief spoke after Germany’s minister."
    mentions = {m.text for e in _entities(nlp, text) for m in e.mentions}
    assert "United States" in mentions
    assert "NATO" in mentions
    assert "Germany" in mentions
    assert not any(m.startswith(("the ", "The ")) or m.endswith(("'s", "’s")) for m in mentions)


def test_offsets_point_at_the_words(nlp):
    text = "Talks between Estonia and Latvia resumed in Riga on Monday."
    article = Article.from_text(text)
    for entity in extract_entities(nlp(article.text), article):
        for mention in entity.mentions:
            assert article.text[mention.start:mention.end] == mention.text


def test_entities_are_in_order_of_first_mention(nlp):
    names = [e.name for e in _entities(nlp, "Norway and Spain pledged ships. Spain later withdrew. Norway stayed.")]
    assert names == ["Norway", "Spain"]


def test_no_entities_in_a_text_without_names(nlp):
    assert _entities(nlp, "the talks went on late into the night and nobody spoke.") == ()


def test_a_name_suffix_is_no_entity_of_its_own(nlp):
    entities = _entities(nlp, "President Joseph R. Biden, Jr. met today with President Alvaro Mendes of Angola.")
    assert not [e for e in entities if e.text.rstrip(".") in ("Jr", "Sr")]
