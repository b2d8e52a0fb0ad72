"""The statements stage on small hand-written articles (fictional)."""

from __future__ import annotations

import pytest

from accord.records import Evidence, Statement

from .conftest import analysed, only_one

pytestmark = pytest.mark.model


def statements(nlp, text: str) -> tuple[Statement, ...]:
    return analysed(nlp, text).statements


def only(nlp, text: str) -> Statement:
    return only_one(statements(nlp, text))


@pytest.mark.parametrize(
    ("text", "speaker_text", "cue", "content", "kind"),
    [
        ('"We will open the border crossing next week," Lehtonen said.', "Lehtonen", "said",
         "We will open the border crossing next week,", "direct"),
        ("Lehtonen said that Finland would send two patrol boats to the gulf.", "Lehtonen", "said",
         "Finland would send two patrol boats to the gulf", "indirect"),
        ('Lehtonen said the plan was a "serious mistake" for the region.', "Lehtonen", "said",
         'the plan was a "serious mistake" for the region', "mixed"),
        ("Lehtonen underscored the importance of the northern fishing agreement.", "Lehtonen", "underscored",
         "the importance of the northern fishing agreement", "indirect"),
        ("Lehtonen urged Estonia to reopen the ferry line.", "Lehtonen", "urged",
         "Estonia to reopen the ferry line", "indirect"),
    ],
)
def test_kinds_speakers_and_contents(nlp, text, speaker_text, cue, content, kind):
    statement = only(nlp, text)
    assert (statement.speaker_text, statement.cue, statement.content, statement.kind) == (speaker_text, cue, content, kind)
    assert (statement.content_start, statement.content_end) == (text.index(content), text.index(content) + len(content))


def test_cue_offsets_point_at_the_cue(nlp):
    text = "Finnish Prime Minister Aino Lehtonen has repeatedly stressed that the talks must go on."
    statement = only(nlp, text)
    assert text[statement.cue_start:statement.cue_end] == "stressed" == statement.cue


def test_pronoun_speaker_is_resolved_to_the_person(nlp):
    text = "Finnish Prime Minister Aino Lehtonen visited Tallinn on Monday. She said the two countries would hold joint exercises."
    statement = only(nlp, text)
    assert statement.speaker_text == "She"
    assert statement.speaker is not None and "Lehtonen" in statement.speaker.name


def test_according_to(nlp):
    text = "According to Lehtonen, the two navies will patrol the gulf together."
    statement = only(nlp, text)
    assert (statement.cue, statement.content, statement.speaker_text) == (
        "According to", "the two navies will patrol the gulf together", "Lehtonen")


def test_quote_interrupted_by_its_cue_is_one_statement(nlp):
    text = 'Saar thanked the crews. "This was a long night," Saar said, "and everyone came home."'
    statement = only(nlp, text)
    assert statement.kind == "direct"
    assert statement.content == 'This was a long night," Saar said, "and everyone came home.'
    assert statement.cue == "said"


def test_quote_continued_in_the_next_sentence_is_one_statement(nlp):
    text = 'Lehtonen spoke in Helsinki. "The boats are ready," Lehtonen said. "They sail on Friday."'
    statement = only(nlp, text)
    assert statement.content == 'The boats are ready," Lehtonen said. "They sail on Friday.'


def test_an_unbalanced_quote_does_not_swallow_the_article(nlp):
    text = ('Lehtonen said: "The ferry will run again.\n\n'
            "Saar said that Estonia would pay for the repairs.\n\n"
            "The ministers met again in Tallinn.")
    found = statements(nlp, text)
    assert all("met again" not in s.content for s in found)
    assert any(s.content == "Estonia would pay for the repairs" and s.speaker_text == "Saar" for s in found)


def test_dateline_and_stance_verbs_are_not_statements(nlp):
    text = ("HELSINKI (Reuters) - Finland welcomed the agreement on Monday. "
            "The two ministers agreed that talks would continue. They met in Riga to reaffirm their partnership.")
    assert statements(nlp, text) == ()


def test_negated_saying_is_not_a_statement(nlp):
    assert statements(nlp, "Lehtonen did not say when the boats would sail.") == ()


def test_addressee_and_medium(nlp):
    text = "Lehtonen told reporters in a statement that the exercise would begin soon."
    statement = only(nlp, text)
    assert (statement.addressee, statement.medium) == ("reporters", "a statement")


def test_statements_stored_before_cue_offsets_still_load():
    from accord.records import from_json, to_json

    row = to_json(Statement(
        article_id="a1", speaker=None, speaker_text="Saar", cue="said", cue_start=5, cue_end=9, content="yes",
        content_start=10, content_end=13, kind="indirect", evidence=Evidence(start=0, end=14, sentence="Saar said yes."), extractor="x",
    ))
    del row["cue_start"], row["cue_end"]
    assert (from_json(Statement, row).cue_start, from_json(Statement, row).cue_end) == (0, 0)


def test_a_second_cue_shares_the_subject_of_the_main_cue(nlp):
    text = "Mr. Lehtonen stressed the need to avoid steps that can inflame tensions and encouraged efforts to restore calm."
    found = statements(nlp, text)
    assert [(s.cue, s.speaker_text) for s in found] == [("stressed", "Mr. Lehtonen"), ("encouraged", "Mr. Lehtonen")]


def test_of_two_subjects_the_name_speaks(nlp):
    found = only(nlp, "Estonia's justice minister, Kadri Lehtonen has said that the ferry line would reopen.")
    assert found.speaker is not None and found.speaker.name == "Kadri Lehtonen"


def test_a_call_for_after_a_fronted_date(nlp):
    found = only(nlp, "On Wednesday, opposition leader Kadri Lehtonen had called for talks on a new cabinet.")
    assert (found.cue, found.content) == ("called for", "talks on a new cabinet")


def test_a_described_official_is_the_speaker_of_the_description(nlp):
    text = "Estonia's justice minister, Kadri Lehtonen, met reporters on Monday. The justice minister said that the ferry line would reopen."
    later = statements(nlp, text)[-1]
    assert later.speaker is not None and later.speaker.name == "Kadri Lehtonen"


def test_a_quotation_after_a_second_cue_belongs_to_that_cue(nlp):
    text = '"Any state that does this breaks the law," he said, adding that such states "cannot expect good ties with us."'
    said = next(s for s in statements(nlp, text) if s.cue == "said")
    assert said.content == "Any state that does this breaks the law,"


def test_a_cue_whose_subject_the_parser_hung_on_an_earlier_verb(nlp):
    text = "President Lehtonen raised concerns about the ferry line, noted all members of the council have a stake in it, and underscored his support."
    found = statements(nlp, text)
    assert found and all(s.speaker is not None and s.speaker.name.endswith("Lehtonen") for s in found)


def test_a_participle_cue_inside_a_content_shares_the_main_speaker(nlp):
    text = 'Virtanen reiterated that there could be "no reward for piracy," insisting that the lane must stay open to all ships.'
    insisting = next(s for s in statements(nlp, text) if s.cue == "insisting")
    assert insisting.speaker_text == "Virtanen"
