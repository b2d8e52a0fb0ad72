"""First person by who is speaking (no model needed)."""

from accord.knowledge import load_actor_base
from accord.records import Entity, Evidence, Mention, Statement
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


def test_a_joint_opening_names_its_we():
    import spacy

    from accord.voices import signatories

    nlp = spacy.blank("en")
    words = ["We", ",", "the", "leaders", "of", "Chile", "and", "Peru", ",", "condemn", "the", "attack", "."]
    heads = [9, 0, 3, 0, 3, 4, 5, 5, 9, 9, 11, 9, 9]
    deps = ["nsubj", "punct", "det", "appos", "prep", "pobj", "cc", "conj", "punct", "ROOT", "det", "dobj", "punct"]
    doc = spacy.tokens.Doc(nlp.vocab, words=words, heads=heads, deps=deps, sent_starts=[True] + [False] * 12)
    chile = Entity(text="Chile", name="Chile", label="GPE", code="CHL", mentions=(Mention(start=doc[5].idx, end=doc[5].idx + 5, text="Chile", label="GPE"),))
    peru = Entity(text="Peru", name="Peru", label="GPE", code="PER", mentions=(Mention(start=doc[7].idx, end=doc[7].idx + 4, text="Peru", label="GPE"),))
    assert signatories(doc, (peru, chile)) == (chile, peru)
    plain = spacy.tokens.Doc(nlp.vocab, words=["We", "condemn", "it", "."], heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "dobj", "punct"], sent_starts=[True, False, False, False])
    assert signatories(plain, (chile,)) == ()


def test_a_quotation_standing_alone_goes_on_with_the_paragraphs_last_speaker():
    import spacy

    from accord.voices import running_quotes

    text = 'Lehtonen said Finland would help. "We will send ships." Other news.\n\n"We will not."'
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    person = Entity(text="Aino Lehtonen", name="Aino Lehtonen", label="PERSON", code="FIN", sector="GOV")
    said = _statement(text.index("Finland"), text.index(" help") + 5, person)
    voices = running_quotes(doc, (person,), (said,), load_actor_base())
    we = voices.resolve("We", text.index('"We will send') + 1)
    assert we is not None and we.code == "FIN"
    # A new paragraph that names no speaker leaves its quotation alone.
    assert voices.resolve("We", text.index('"We will not') + 1) is None


def test_a_quotation_followed_by_a_bare_reporting_sentence_is_that_persons():
    import spacy

    from accord.voices import running_quotes

    words = ['"', "We", "have", "troops", "there", ".", '"', "Lehtonen", "said", "."]
    spaces = [False, True, True, True, False, False, True, True, False, False]
    doc = spacy.tokens.Doc(
        spacy.blank("en").vocab, words=words, spaces=spaces,
        heads=[2, 2, 2, 2, 2, 2, 2, 8, 8, 8],
        deps=["punct", "nsubj", "ROOT", "dobj", "advmod", "punct", "punct", "nsubj", "ROOT", "punct"],
        lemmas=['"', "we", "have", "troop", "there", ".", '"', "Lehtonen", "say", "."],
        sent_starts=[True, False, False, False, False, False, False, True, False, False],
    )
    start = doc[7].idx
    person = Entity(
        text="Lehtonen", name="Aino Lehtonen", label="PERSON", code="FIN", sector="GOV",
        mentions=(Mention(start=start, end=start + 8, text="Lehtonen", label="PERSON"),),
    )
    voices = running_quotes(doc, (person,), (), load_actor_base())
    we = voices.resolve("We", doc[1].idx)
    assert we is not None and we.code == "FIN"
