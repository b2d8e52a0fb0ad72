"""Argument resolution shared by the events and commitments stages, on small hand-written sentences (fictional)."""

from __future__ import annotations

import datetime as dt

import pytest

from accord import Settings
from accord.actors import resolve_actors
from accord.clauses import MentionIndex, participants, recipient_tokens, subject_of
from accord.entities import extract_entities
from accord.knowledge import load_actor_base
from accord.pipeline import extract_articles
from accord.records import Article, Event
from accord.statements import extract_statements
from accord.temporal import extract_times
from accord.voices import first_person

from .conftest import codes

pytestmark = pytest.mark.model


def parsed(nlp, text: str, **fields):
    """The doc and the clause index of one article, as the stages build them."""
    article = Article.from_text(text, published=dt.date(2026, 2, 3), **fields)
    doc = nlp(article.text)
    kb = load_actor_base()
    entities = resolve_actors(doc, article, extract_entities(doc, article), kb=kb)
    statements = extract_statements(doc, article, entities, extract_times(doc, article))
    voices = first_person(entities, statements, kb)
    return doc, MentionIndex.of(entities, voices, article=article, statements=statements, doc=doc)


def word(doc, text: str, nth: int = 0):
    return [t for t in doc if t.text == text][nth]


def events(nlp, text: str, **fields) -> tuple[Event, ...]:
    article = Article.from_text(text, published=dt.date(2026, 2, 3), **fields)
    (result,) = extract_articles([article], settings=Settings(), nlp=nlp)
    return result.events


def test_publisher_we_is_its_government(nlp):
    doc, index = parsed(nlp, "We will impose new sanctions on Belarus.", source="The White House")
    assert codes(participants(word(doc, "We"), index, actors_only=True)) == {"USA"}


def test_publisher_we_is_the_alliance_its_sentence_speaks_of(nlp):
    doc, index = parsed(nlp, "Today we will defend every inch of NATO territory.", source="The White House")
    assert codes(participants(word(doc, "we"), index, actors_only=True)) == {"IGO"}
    # "our" there stays unresolved: "our efforts" may be the government's own.
    doc, index = parsed(nlp, "We discussed our efforts to bolster NATO's deterrence.", source="The White House")
    assert participants(word(doc, "our"), index, actors_only=True) == ()


def test_allies_are_not_their_possessor(nlp):
    doc, index = parsed(nlp, "The United States worked closely with our Allies.", source="The White House")
    assert participants(word(doc, "Allies"), index, actors_only=False) == ()


def test_counterparts_are_the_group_or_the_countries_they_come_from(nlp):
    doc, index = parsed(nlp, "Tomorrow I will meet with my G7 counterparts.", source="The White House")
    assert codes(participants(word(doc, "counterparts"), index, actors_only=False)) == {"IGO"}
    doc, index = parsed(nlp, "Hanna Berg spoke with her counterparts from Finland, Estonia and Latvia.")
    assert codes(participants(word(doc, "counterparts"), index, actors_only=False)) == {"FIN", "EST", "LVA"}


def test_a_neighbor_is_the_other_country_just_named(nlp):
    doc, index = parsed(nlp, "Norway sent aid to Sweden. Russia tried to redraw the borders of its neighbor.")
    assert codes(participants(word(doc, "neighbor"), index, actors_only=False)) == {"SWE"}


def test_members_from_a_country_are_that_country(nlp):
    doc, index = parsed(nlp, "One soldier from Chad was wounded.")
    assert codes(participants(word(doc, "soldier"), index, actors_only=False)) == {"TCD"}


def test_a_plural_pronoun_stands_for_the_plural_noun_before_it(nlp):
    doc, index = parsed(nlp, "Our thoughts are with the people of Moldova tonight as they face an attack.")
    assert codes(participants(word(doc, "they"), index, actors_only=False)) == {"MDA"}


def test_a_relative_clause_head_is_never_its_subjects_antecedent(nlp):
    doc, index = parsed(nlp, "The army must release the activists they detained.")
    assert participants(word(doc, "they"), index, actors_only=True) == ()


def test_a_shared_border_belongs_to_neither_country(nlp):
    doc, index = parsed(nlp, "Turkey massed its army on the Turkey-Iraq border.")
    assert participants(word(doc, "border"), index, actors_only=False) == ()


def test_those_who_is_nobody_in_particular(nlp):
    doc, index = parsed(nlp, "Iran said that those who backed the resolution would regret it.")
    assert participants(word(doc, "those"), index, actors_only=True) == ()


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        # Object control: the object of the governing verb does the act.
        ("Finland urged the international community to condemn Belarus.", "condemn", "community"),
        ("Sweden criticized Norway for failing to condemn Belarus.", "failing", "Norway"),
        # A place left for a purpose does not act.
        ("The president left Oslo to meet the Danish king.", "meet", "president"),
        # The author of a document acts through it.
        ("A Security Council resolution imposing sanctions on Belarus was adopted.", "imposing", "Council"),
    ],
)
def test_subject_of_a_controlled_clause(nlp, text, verb, subject):
    doc, _ = parsed(nlp, text)
    found, passive = subject_of(word(doc, verb))
    assert found is not None and found.text == subject and not passive


def test_a_participle_after_a_noun_is_its_passive(nlp):
    doc, _ = parsed(nlp, "Belarus demanded the release of funds frozen by the Swiss government.")
    found, passive = subject_of(word(doc, "frozen"))
    assert found is not None and found.text == "funds" and passive


def test_recipients_of_coordinated_phrases_and_relative_clauses(nlp):
    doc, index = parsed(nlp, "I give special thanks to the King of Norway, and to the Emir of Qatar.", source="The White House")
    found = {e.code for t in recipient_tokens(word(doc, "give")) for e in participants(t, index, actors_only=False)}
    assert found == {"NOR", "QAT"}
    doc, index = parsed(nlp, "Israel must leave the Lebanese territory it has occupied.")
    gap = list(recipient_tokens(word(doc, "occupied")))
    assert [t.text for t in gap] == ["territory"]
    assert codes(participants(gap[0], index, actors_only=False)) == {"LBN"}


def test_victims_of_a_condemned_act_are_not_recipients(nlp):
    doc, _ = parsed(nlp, "Iraq condemned the attacks on Turkish soldiers.")
    assert [t.text for t in recipient_tokens(word(doc, "condemned"))] == ["attacks"]


def test_forces_deployed_in_a_place_are_for_it(nlp):
    found = [e for e in events(nlp, "A Kenyan force was deployed in Somalia.") if e.trigger == "deployed"]
    assert found and codes(found[0].recipient) == {"SOM"}


def test_a_quotation_with_no_reporting_verb_continues_its_paragraphs_speaker(nlp):
    text = (
        'Hezbollah leader Hassan Nasrallah said the group was ready. Nasrallah spoke for an hour. '
        '"If they attack Beirut, we will bomb Haifa."'
    )
    found = [e for e in events(nlp, text) if e.trigger == "bomb"]
    assert found and codes(found[0].actor) == {"LBN"}


def test_a_definite_noun_stands_for_the_last_same_noun_a_name_qualified(nlp):
    doc, index = parsed(nlp, "Rebels attacked the Kenyan base near the border. The base was destroyed.")
    assert codes(participants(word(doc, "base", 1), index, actors_only=False)) == {"KEN"}
    doc, index = parsed(nlp, "The Iranian nation will resist. The UN is bullying the country.")
    assert codes(participants(word(doc, "country"), index, actors_only=False)) == {"IRN"}


def test_a_definite_area_is_no_party(nlp):
    doc, index = parsed(nlp, "Fighting spread across the Darfur region. Chad sent troops to the region.")
    assert participants(word(doc, "region", 1), index, actors_only=False) == ()


def test_an_act_nouns_of_phrase_is_its_target_and_a_border_its_other_side(nlp):
    doc, index = parsed(nlp, "Israel must end its blockade of Lebanon.")
    assert codes(participants(word(doc, "blockade"), index, actors_only=False)) == {"LBN"}
    doc, index = parsed(nlp, "Turkey has been building up troops along its border with Iraq.")
    found = {e.code for t in recipient_tokens(word(doc, "building")) for e in participants(t, index, actors_only=False)}
    assert "IRQ" in found


def test_a_titled_document_is_no_controller_and_acts_for_its_signer(nlp):
    doc, _ = parsed(nlp, "Today President Lehtonen will sign an Executive Order to continue tightening the sanctions on Belarus.")
    found, _ = subject_of(word(doc, "tightening"))
    assert found is not None and found.text == "Lehtonen"


def test_the_alliance_a_we_works_with_is_not_the_we(nlp):
    doc, index = parsed(nlp, "We will work closely with NATO.", source="The White House")
    assert participants(word(doc, "We"), index, actors_only=True) == ()


def test_those_who_joined_to_a_name_are_still_nobody_in_particular(nlp):
    doc, index = parsed(nlp, "This will not harm Norway and those who backed it will regret it.")
    assert participants(word(doc, "those"), index, actors_only=True) == ()


def test_an_and_joining_clauses_lists_no_subjects(nlp):
    text = "We had the privilege of hearing from President Zelenskyy, and we will continue to support him."
    doc, index = parsed(nlp, text, source="The White House")
    assert codes(participants(word(doc, "we"), index, actors_only=True)) == {"USA"}


@pytest.mark.parametrize(
    ("text", "noun", "expected"),
    [
        # A body with no code of its own acts for its coded possessor.
        ("Sweden demanded the release of Hamas' Ministry of Finance.", "Ministry", {"PSE"}),
        # An office's "of" phrase, through the noun it names.
        ("Governors of the United Nations nuclear agency approved cuts in aid to Iran.", "Governors", {"UNO"}),
        # A bare number counts the noun of the clause it is coordinated with.
        ("As many as 17 Turkish soldiers were killed and 16 were injured in an ambush.", "16", {"TUR"}),
        # Names a hyphen joins in one modifier.
        ("He said that the United Nations-African Union leadership is unprepared for the talks.", "leadership", {"UNO", "IGO"}),
        # An organisation the text names but no mention covers.
        ("LUXEMBOURG, April 14 - European Union foreign ministers on Tuesday adopted asset freezes.", "ministers", {"EUR"}),
        # Hostages and detainees are people of their nationality.
        ("We will bring home every American hostage.", "hostage", {"USA"}),
        # An armed group belongs to the country it fights in.
        ("The leader of an important rebel group in the Darfur region of Sudan threatened to leave the talks.", "leader", {"SDN"}),
        # "the former": the first of the two parties just named.
        ("The United States said Zimbabwe has a long way to go before the former lifts the sanctions.", "former", {"USA"}),
        # Names joined by "and" are what a following "their" stands for.
        ("Chile urged Peru and Bolivia to honour their commitment.", "their", {"PER", "BOL"}),
    ],
)
def test_who_a_noun_phrase_names(nlp, text, noun, expected):
    doc, index = parsed(nlp, text)
    assert codes(participants(word(doc, noun), index, actors_only=noun in ("Governors", "leader", "ministers"))) == expected


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # The speaker's own undertakings are not whom the speaker acts upon ...
        ("This decision to suspend our obligations under the treaty was taken in consultation.", "obligations"),
    ],
)
def test_the_speakers_own_undertakings_name_no_recipient(nlp, text, noun):
    doc, index = parsed(nlp, text, source="The White House")
    assert participants(word(doc, noun), index, actors_only=False) == ()


def test_the_speakers_own_interests_do_name_the_victim(nlp):
    doc, index = parsed(nlp, "If anyone threatens our national interests, it will regret it.", source="The White House")
    assert codes(participants(word(doc, "interests"), index, actors_only=False)) == {"USA"}


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        # A document acts for whoever issued it.
        ("On Wednesday, Turkey approved a measure that authorized sending troops into Iraq.", "sending", "Turkey"),
        # A time is no holder; whoever admits a decision made it.
        ("Howard has admitted this week's decision to commit an additional 450 troops to Iraq.", "commit", "Howard"),
        # A gerund listed after a commitment's own gerund is one more thing the commitment holds.
        (
            "Chile reaffirmed the U.S. commitment to continue providing Ukraine with aid, holding Russia accountable, "
            "and imposing costs on Russia.",
            "imposing", "U.S.",
        ),
        # A noun modified by a participle with an infinitive does the infinitive's act.
        ("Ghana is among the countries asked to contribute troops.", "contribute", "countries"),
        # With a dateline parsed as a second subject, the subject nearest the verb.
        ("LUXEMBOURG, April 14 - European Union foreign ministers on Tuesday adopted asset freezes.", "adopted", "ministers"),
    ],
)
def test_subject_of_documents_lists_and_datelines(nlp, text, verb, subject):
    doc, _ = parsed(nlp, text)
    found, passive = subject_of(word(doc, verb))
    assert found is not None and found.text == subject and not passive


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # A copula's subject names what something is, not who does a participle after it.
        ("Today's summit meeting is a critical step: rejecting the use of force.", "rejecting"),
        # A bare participle misparsed as joined to a verb of another form shares no subject.
        ("We will not stop until we bring home every American held hostage or wrongfully detained.", "detained"),
    ],
)
def test_clauses_with_no_subject_to_share(nlp, text, verb):
    doc, _ = parsed(nlp, text, source="The White House")
    assert subject_of(word(doc, verb)) == (None, False)


def test_a_gerund_right_after_a_noun_in_a_phrase_modifies_that_noun(nlp):
    # The parse as the model gives it on a longer sentence: "supporting" hung on the main verb.
    from spacy.tokens import Doc

    words = ["Norway", "froze", "the", "assets", "of", "companies", "supporting", "the", "army"]
    doc = Doc(
        nlp.vocab, words=words, heads=[1, 1, 3, 1, 3, 4, 1, 8, 6],
        deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "advcl", "det", "dobj"],
        pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "VERB", "DET", "NOUN"],
        tags=["NNP", "VBD", "DT", "NNS", "IN", "NNS", "VBG", "DT", "NN"],
    )
    found, passive = subject_of(doc[6])
    assert found is not None and found.text == "companies" and not passive


def test_a_gloss_in_brackets_is_no_subject(nlp):
    doc, _ = parsed(nlp, 'The UN said that "all States [countries] should prevent the supply of arms to Iran."')
    found, _ = subject_of(word(doc, "prevent"))
    assert found is not None and found.text == "States"


def test_its_after_and_is_the_noun_joined_to(nlp):
    doc, index = parsed(nlp, "Germany will impose sanctions on Norway and its officials.")
    assert codes(participants(word(doc, "officials"), index, actors_only=False)) == {"NOR"}


def test_a_relative_pronoun_parsed_as_a_clause_subject_stands_for_the_noun_before_it(nlp):
    text = "And I look forward to signing legislation from Congress that will provide an additional $12 billion to support Ukraine."
    doc, _ = parsed(nlp, text, source="The White House")
    found, passive = subject_of(word(doc, "provide"))
    # The legislation, which acts for its author.
    assert found is not None and found.text == "Congress" and not passive


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        ("I thank the Emir of Qatar, and the Sultan of Oman, both of whom helped facilitate this agreement.", "both", {"QAT", "OMN"}),
        # "they" may stand for a group named by a singular noun.
        ("We urge the Burmese military to relinquish the power they have seized.", "they", {"MMR"}),
    ],
)
def test_pronouns_for_parties_just_named(nlp, text, pronoun, expected):
    doc, index = parsed(nlp, text, source="The White House")
    assert codes(participants(word(doc, pronoun), index, actors_only=True)) == expected



def test_coordinated_nationality_modifiers_name_every_party(nlp):
    doc, index = parsed(nlp, "Finnish and Estonian forces raided a training camp on Wednesday.")
    assert codes(participants(word(doc, "forces"), index, actors_only=True)) == {"FIN", "EST"}
    # One nationality still names one party.
    doc, index = parsed(nlp, "Finnish forces raided a training camp on Wednesday.")
    assert codes(participants(word(doc, "forces"), index, actors_only=True)) == {"FIN"}


def test_a_person_unknown_to_the_knowledge_base_speaks_for_the_country_of_his_title(nlp):
    doc, index = parsed(nlp, "Finland's president spoke today with Prime Minister Jaan Tamm of Estonia.")
    assert codes(participants(word(doc, "Tamm"), index, actors_only=False)) == {"EST"}


# --- Lexicon widening: verbs, phrases and nouns found heading clauses with named actors ---


@pytest.mark.parametrize(
    ("section", "entry", "typed"),
    [
        ("verbs", "resign", ("RETREAT", "resign")),
        ("verbs", "overthrow", ("COERCE", "seize")),
        ("verbs", "detonate", ("ASSAULT", "explosives")),
        ("verbs", "contact", ("CONSULT", None)),
        ("verbs", "march", ("PROTEST", "demo")),
        ("verbs", "indict", ("ACCUSE", "allege")),
        ("verbs", "apprehend", ("COERCE", "arrest")),
        ("phrases", "march into", ("MOBILIZE", "troops")),
        ("phrases", "charge with", ("ACCUSE", "allege")),
        ("phrases", "speak by", ("CONSULT", "phone")),
        ("phrases", "fire into", ("ASSAULT", None)),
        ("event_nouns", "assurances", ("AGREE", None)),
        ("event_nouns", "rally", ("PROTEST", "demo")),
        ("event_nouns", "cyberattack", ("COERCE", "cyber")),
    ],
)
def test_widened_lexicon_entries(section, entry, typed):
    from accord.clauses import load_lexicon

    assert getattr(load_lexicon(), section)[entry] == typed


def test_widened_object_types_decide_by_the_object():
    from accord.clauses import load_lexicon

    objects = load_lexicon().object_types
    assert objects["summon"]["ambassador"] == ("ACCUSE", "disapprove")
    assert objects["hold"]["call"] == ("CONSULT", "phone")
    assert objects["intercept"]["vessel"] == ("COERCE", "restrict")
    assert objects["train"]["soldier"] == ("COOPERATE", None)
    assert objects["dismantle"]["arsenal"] == ("RETREAT", "disarm")
    # A record, unlike a town, is hit by no one.
    assert objects["hit"]["record"] is None
    assert objects["hit"]["sanction"] == ("SANCTION", None)


@pytest.mark.parametrize(
    ("text", "event", "mode", "actor", "recipient"),
    [
        ("Finland summoned Estonia's ambassador on Monday.", "ACCUSE", "disapprove", {"FIN"}, {"EST"}),
        ("The Finnish president held a phone call with the Estonian prime minister.", "CONSULT", "phone", {"FIN"}, {"EST"}),
        ("The Finnish foreign minister spoke by phone with the Estonian foreign minister.", "CONSULT", "phone", {"FIN"}, {"EST"}),
        ("The Danish navy intercepted a Norwegian vessel near Bornholm.", "COERCE", "restrict", {"DNK"}, {"NOR"}),
        ("Norwegian troops marched into Sweden on Monday.", "MOBILIZE", "troops", {"NOR"}, {"SWE"}),
        ("Denmark gave assurances to Norway that its ships would leave.", "AGREE", None, {"DNK"}, {"NOR"}),
        ("Finnish officials charged two Estonian citizens with espionage.", "ACCUSE", "allege", {"FIN"}, {"EST"}),
        ("The Danish prime minister resigned on Tuesday.", "RETREAT", "resign", {"DNK"}, set()),
    ],
)
def test_widened_lexicon_codes_new_triggers(nlp, text, event, mode, actor, recipient):
    from .conftest import analysed, only_one

    found = only_one(analysed(nlp, text).events)
    assert (found.event, found.mode) == (event, mode)
    assert codes(found.actor) == actor and codes(found.recipient) == recipient


def test_widened_lexicon_leaves_non_events_alone(nlp):
    from .conftest import analysed

    # Hitting a record and intercepting a missile act on no one.
    assert analysed(nlp, "Finland hit a record in exports in March.").events == ()
    assert analysed(nlp, "The Danish navy intercepted a Norwegian missile over the sea.").events == ()


def test_raising_concerns_with_a_counterpart_is_disapproval():
    from accord.clauses import load_lexicon

    objects = load_lexicon().object_types
    assert objects["raise"]["concern"] == ("ACCUSE", "disapprove")
    assert objects["reiterate"]["support"] == ("SUPPORT", None)
