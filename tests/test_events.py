"""The events stage on small hand-written sentences (fictional)."""

from __future__ import annotations

import datetime as dt

import pytest

from accord import Settings
from accord.pipeline import extract_articles
from accord.records import Article, Event, Evidence, from_json, to_json

pytestmark = pytest.mark.model


def events(nlp, text: str) -> tuple[Event, ...]:
    article = Article.from_text(text, published=dt.date(2026, 2, 3))
    (result,) = extract_articles([article], settings=Settings(), nlp=nlp)
    return result.events


def only(nlp, text: str) -> Event:
    found = events(nlp, text)
    assert len(found) == 1, found
    return found[0]


def codes(entities) -> set[str]:
    return {e.code for e in entities if e.code}


@pytest.mark.parametrize(
    ("text", "event", "trigger", "status", "actor", "recipient"),
    [
        ("Finland sent two patrol boats to Estonia.", "AID", "sent", "occurred", {"FIN"}, {"EST"}),
        ("Finland would not send patrol boats to Estonia.", "AID", "send", "negated", {"FIN"}, {"EST"}),
        ("Finland will never attack Estonia.", "ASSAULT", "attack", "negated", {"FIN"}, {"EST"}),
        ("Norway will send two frigates to Latvia.", "AID", "send", "future", {"NOR"}, {"LVA"}),
        ("Norway plans to send two frigates to Latvia.", "AID", "send", "future", {"NOR"}, {"LVA"}),
        ("Denmark could send aircraft to Lithuania.", "AID", "send", "hypothetical", {"DNK"}, {"LTU"}),
        ("Denmark might condemn Belarus.", "ACCUSE", "condemn", "hypothetical", {"DNK"}, {"BLR"}),
    ],
)
def test_type_status_and_participants(nlp, text, event, trigger, status, actor, recipient):
    found = only(nlp, text)
    assert (found.event, found.trigger, found.status) == (event, trigger, status)
    assert (codes(found.actor), codes(found.recipient)) == (actor, recipient)
    assert text[found.trigger_start:found.trigger_end] == found.trigger


def test_condition_makes_the_event_hypothetical_and_keeps_its_text(nlp):
    found = only(nlp, "Sweden will impose sanctions on Belarus if the border stays closed.")
    assert (found.event, found.status, found.condition) == ("SANCTION", "hypothetical", "if the border stays closed")
    assert (codes(found.actor), codes(found.recipient)) == ({"SWE"}, {"BLR"})


def test_refusal_codes_the_refused_act_on_the_negator(nlp):
    found = only(nlp, "Austria refused to meet with Hungary.")
    assert (found.event, found.status, found.trigger) == ("CONSULT", "negated", "refused")
    assert (codes(found.actor), codes(found.recipient)) == ({"AUT"}, {"HUN"})


def test_ruling_out_is_a_negation(nlp):
    found = only(nlp, "Greece ruled out sending troops to Albania.")
    assert (found.event, found.status, found.trigger) == ("AID", "negated", "ruled out")


def test_readiness_makes_the_controlled_act_hypothetical(nlp):
    found = only(nlp, "Portugal is ready to negotiate with Morocco.")
    assert (found.event, found.status) == ("CONSULT", "hypothetical")
    assert (codes(found.actor), codes(found.recipient)) == ({"PRT"}, {"MAR"})


def test_speech_act_complement_is_not_coded_again(nlp):
    found = only(nlp, "Chile threatened to expel Peru's ambassador.")
    assert (found.event, found.trigger) == ("THREATEN", "threatened")


def test_coordinated_subjects_are_one_compound_actor(nlp):
    found = only(nlp, "Norway and Denmark condemned Belarus.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ACCUSE", {"NOR", "DNK"}, {"BLR"})


@pytest.mark.parametrize(
    "text",
    [
        "The weather in the north grew colder last week.",
        "The committee discussed the budget at length.",  # no resolved participant: no event
        "Norway's economy grew by two percent.",
    ],
)
def test_clauses_without_an_event(nlp, text):
    assert events(nlp, text) == ()


def test_date_of_the_events_own_clause(nlp):
    found = only(nlp, "On February 2, Estonia expelled two Belarusian diplomats.")
    assert (found.event, found.date, found.date_precision) == ("SANCTION", "2026-02-02", "day")
    assert (codes(found.actor), codes(found.recipient)) == ({"EST"}, {"BLR"})


def test_event_in_reported_speech_keeps_its_speaker(nlp):
    text = "Anders Lindqvist said that Finland would send troops to Estonia."
    found = only(nlp, text)
    assert found.attributed_to is not None and found.attributed_to.name.endswith("Lindqvist")
    assert found.evidence.sentence == text


def test_events_stored_before_triggers_still_load():
    event = Event(article_id="a1", event="AID", actor=(), evidence=Evidence(start=0, end=5, sentence="Sent."), extractor="accord.events.v1")
    stored = to_json(event)
    for key in ("trigger", "trigger_start", "trigger_end"):
        stored.pop(key)
    assert from_json(Event, stored) == event


@pytest.mark.parametrize(
    ("text", "event", "mode", "status"),
    [
        ("Norway sent a clear message to Russia.", "THREATEN", None, "occurred"),
        ("Iran suspended uranium enrichment.", "CONCEDE", None, "occurred"),
        ("Finland withdrew from the treaty with Russia.", "SANCTION", "withdraw", "occurred"),
        ("Chile is ready for talks with Peru.", "CONSULT", None, "hypothetical"),
    ],
)
def test_the_object_decides_the_type(nlp, text, event, mode, status):
    found = only(nlp, text)
    assert (found.event, found.mode, found.status) == (event, mode, status)


def test_a_domestic_object_is_no_event(nlp):
    assert events(nlp, "Norway's president signed the new budget law.") == ()


def test_a_group_subject_with_no_code_still_gives_the_event(nlp):
    found = only(nlp, "Several governments offered minesweepers for the operation.")
    assert (found.event, found.status) == ("AGREE", "occurred")
    assert codes(found.actor) == set()


def test_a_second_infinitive_of_a_typed_request_is_not_coded_again(nlp):
    found = events(nlp, "Estonia urged Latvia to close the port and to stand with Lithuania.")
    assert [e.event for e in found] == ["REQUEST"]


def test_suffered_act_takes_its_actor_from_the_by_phrase(nlp):
    found = next(e for e in events(nlp, "Moldova suffered a brutal attack by Russian forces.") if e.event == "ASSAULT")
    assert found.trigger == "attack"
    assert (codes(found.actor), codes(found.recipient)) == ({"RUS"}, {"MDA"})


@pytest.mark.parametrize(
    ("text", "event", "trigger"),
    [
        ("Poland will hold Belarus accountable for the incident.", "SANCTION", "hold"),
        ("Latvia expressed its support for Estonia.", "SUPPORT", "support"),
        ("Lithuania contradicted Poland on the figures.", "REJECT", "contradicted"),
    ],
)
def test_phrases_and_light_verbs(nlp, text, event, trigger):
    found = next(e for e in events(nlp, text) if e.event == event)
    assert found.trigger == trigger


def test_the_publishers_i_is_its_government(nlp):
    article = Article.from_text("Today I condemned Belarus for the attack.", published=dt.date(2026, 2, 3), source="The White House")
    (result,) = extract_articles([article], settings=Settings(), nlp=nlp)
    (found,) = result.events
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ACCUSE", {"USA"}, {"BLR"})


@pytest.mark.parametrize(
    ("text", "event", "mode", "actor"),
    [
        ("The Belgian minister called the Dutch decision timely and welcome.", "SUPPORT", None, {"BEL"}),
        ("Poland called the Latvian remarks reckless.", "ACCUSE", "disapprove", {"POL"}),
    ],
)
def test_naming_verb_with_an_appraising_complement(nlp, text, event, mode, actor):
    found = only(nlp, text)
    assert (found.event, found.mode, found.trigger) == (event, mode, "called")
    assert codes(found.actor) == actor


def test_naming_verb_with_a_neutral_complement_is_no_event(nlp):
    assert events(nlp, "Poland called the Latvian plan a long document.") == ()


@pytest.mark.parametrize(
    ("text", "event", "trigger"),
    [
        ("Sweden denied the Finnish claim.", "REJECT", "denied"),
        ("Austria invited Slovenia to the summit.", "REQUEST", "invited"),
        ("Hungary was blocking progress on the Croatian proposal.", "REJECT", "blocking"),
        ("Serbia blocked the route into Kosovo.", "COERCE", "blocked"),
    ],
)
def test_lexicon_verbs_and_their_objects(nlp, text, event, trigger):
    found = only(nlp, text)
    assert (found.event, found.trigger) == (event, trigger)


def test_wanting_to_thank_is_thanking_now(nlp):
    found = only(nlp, "Spain would like to thank Portugal for its help.")
    assert (found.event, found.status) == ("SUPPORT", "occurred")


def test_generic_relative_clause_is_hypothetical(nlp):
    found = next(e for e in events(nlp, "Greece warned that anyone who supports Turkey will pay.") if e.trigger == "supports")
    assert found.status == "hypothetical"


def test_a_described_body_is_the_body_named_earlier(nlp):
    text = "The UN Security Council met on Monday. Later the Council condemned Belarus for the attack."
    found = next(e for e in events(nlp, text) if e.trigger == "condemned")
    assert (codes(found.actor), codes(found.recipient)) == ({"UNO"}, {"BLR"})


def test_a_described_body_can_be_named_in_the_title(nlp):
    article = Article.from_text(
        "Diplomats met in New York on Monday. Later the Council condemned Belarus for the attack.",
        published=dt.date(2026, 2, 3), title="UN Security Council condemns Belarus",
    )
    (result,) = extract_articles([article], settings=Settings(), nlp=nlp)
    found = next(e for e in result.events if e.trigger == "condemned")
    assert codes(found.actor) == {"UNO"}


def test_a_temporal_participle_shares_the_main_subject(nlp):
    found = next(e for e in events(nlp, "Chile criticized Peru, while urging Bolivia to join the talks.") if e.trigger == "urging")
    assert (found.event, codes(found.actor)) == ("REQUEST", {"CHL"})


def test_a_fronted_clauses_pronoun_is_the_main_subject(nlp):
    text = "Although it respects Peru's sovereignty, Chile will not tolerate the attacks."
    found = next(e for e in events(nlp, text) if e.trigger == "respects")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("SUPPORT", {"CHL"}, {"PER"})


def test_the_government_in_quoted_speech_is_the_speakers(nlp):
    text = '"Government is ready for talks with Peru," the Chilean foreign minister Ana Soto said.'
    found = next(e for e in events(nlp, text) if e.event == "CONSULT")
    assert codes(found.actor) == {"CHL"}


def test_a_commitment_nouns_infinitive_is_not_coded_again(nlp):
    found = events(nlp, "Portugal said it had made no commitment to send aircraft to Estonia.")
    assert [e.trigger for e in found] == ["commitment"]


def test_the_other_side_of_talks_one_takes_part_in_is_the_recipient(nlp):
    found = [e for e in events(nlp, "Kenya said it will not participate in negotiations with the government of Uganda.") if e.trigger == "participate"]
    assert [(e.event, codes(e.recipient)) for e in found] == [("CONSULT", {"UGA"})]


def test_a_name_no_mention_covers_is_the_one_known_person_with_it(nlp):
    from accord.clauses import MentionIndex, participants

    doc = nlp("The minister thanked Mbeki warmly.")
    name = next(t for t in doc if t.text == "Mbeki")
    assert [(e.name, e.code) for e in participants(name, MentionIndex(), actors_only=False)] == [("Thabo Mbeki", "ZAF")]


@pytest.mark.parametrize(
    ("text", "event", "mode", "trigger"),
    [
        ("Slovakia stole fuel from Hungary.", "COERCE", "seize", "stole"),
        ("Serbia is bullying Croatia.", "COERCE", None, "bullying"),
        ("Austria announced new sanctions on Belarus.", "SANCTION", None, "announced"),
        ("Ireland approved sanctions against Belarus.", "SANCTION", None, "approved"),
        ("Chile tightened the screws on Bolivia.", "SANCTION", None, "tightened"),
        ("Peru banned the export of arms to Ecuador.", "SANCTION", None, "banned"),
        ("Armenia tried to redraw the borders of Azerbaijan.", "COERCE", "seize", "redraw"),
        ("Ethiopia declared a truce with Eritrea.", "RETREAT", "ceasefire", "declared"),
        ("Pakistan fired a missile at India.", "ASSAULT", None, "fired"),
        ("Belarus laid mines along the border with Lithuania.", "MOBILIZE", "weapons", "laid"),
        ("Latvia shares the view of Estonia.", "SUPPORT", None, "shares"),
        ("Poland reaffirmed its support for Lithuania.", "SUPPORT", None, "reaffirmed"),
    ],
)
def test_added_verbs_typed_by_their_object(nlp, text, event, mode, trigger):
    found = next(e for e in events(nlp, text) if e.trigger == trigger)
    assert (found.event, found.mode) == (event, mode)


@pytest.mark.parametrize(
    "text",
    [
        "Slovakia announced its budget.",
        "Peru banned smoking in bars.",
        "The minister shared a photograph with Ecuador.",
        "Chile declared a holiday.",
        "The minister gave a talk on Peru.",
    ],
)
def test_added_verbs_with_other_objects_give_no_event(nlp, text):
    assert events(nlp, text) == ()


@pytest.mark.parametrize(
    ("text", "event", "mode", "trigger", "recipient"),
    [
        ("Peru gave warm thanks to the President of Chile.", "SUPPORT", None, "thanks", {"CHL"}),
        ("Japan held talks with China.", "CONSULT", None, "talks", {"CHN"}),
        ("Pakistan will conduct new tests.", "MOBILIZE", "weapons", "tests", set()),
    ],
)
def test_light_verb_nouns_by_their_written_form(nlp, text, event, mode, trigger, recipient):
    found = only(nlp, text)
    assert (found.event, found.mode, found.trigger, codes(found.recipient)) == (event, mode, trigger, recipient)


def test_a_copular_donor_is_aid_to_the_possessor(nlp):
    found = only(nlp, "Norway is Ukraine's largest weapons supplier.")
    assert (found.event, found.trigger, found.status) == ("AID", "supplier", "occurred")
    assert (codes(found.actor), codes(found.recipient)) == ({"NOR"}, {"UKR"})


def test_facing_consequences_is_a_sanction_on_the_subject(nlp):
    found = only(nlp, "Belarus will face serious consequences.")
    assert (found.event, found.trigger, found.status) == ("SANCTION", "face", "future")
    assert (codes(found.actor), codes(found.recipient)) == (set(), {"BLR"})


def test_commitment_to_talks_is_readiness(nlp):
    found = only(nlp, "Serbia remains committed to talks with Kosovo.")
    assert (found.event, found.trigger, found.status) == ("CONSULT", "committed", "hypothetical")


def test_the_infinitive_of_a_requested_act_is_not_coded(nlp):
    found = only(nlp, "Chile declined requests by Bolivia to hold talks with Peru.")
    assert (found.event, found.trigger) == ("REJECT", "declined")
