"""First person by who is speaking (no model needed)."""

from accord.knowledge import load_actor_base
from accord.records import Entity, Evidence, Statement
from accord.voices import first_person


def _statement(start: int, end: int, speaker: Entity | None) -> Statement:
    return Statement(
        article_id="a", speaker=speaker, speaker_text="", cue="said", content="", content_start=start, content_end=end,
        kind="direct", evidence=Evidence(start=start, end=end, sentence=""), extractor="test",
    )


def test_i_is_the_speaker_and_we_the_speakers_state():
    person = Entity(text="Kalle Virtanen", name="Kalle Virtanen", label="PERSON", code="FIN", sector="GOV")
    voices = first_person((person,), (_statement(0, 40, person),), load_actor_base())
    assert voices.resolve("I", 5) is person
    we = voices.resolve("we", 5)
    assert we is not None and (we.code, we.label) == ("FIN", "GPE")
    assert voices.resolve("we", 50) is None


def test_a_body_speaking_is_its_own_we():
    body = Entity(text="NATO", name="North Atlantic Treaty Organization", label="ORG", code="IGO")
    voices = first_person((body,), (_statement(10, 30, body),), load_actor_base())
    assert voices.resolve("our", 12) is body and voices.resolve("I", 12) is None
