"""The events stage on small hand-written sentences (fictional)."""

from __future__ import annotations

import datetime as dt

import pytest

from accord import Settings
from accord.pipeline import extract_articles
from accord.records import Article, Event, Evidence, from_json, to_json

from .conftest import analysed, codes, only_one

pytestmark = pytest.mark.model


def events(nlp, text: str) -> tuple[Event, ...]:
    return analysed(nlp, text).events


def only(nlp, text: str) -> Event:
    return only_one(events(nlp, text))


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


def test_the_runs_own_actors_file_names_the_publishers_government(nlp, tmp_path):
    # A publisher only the user's actors file knows: its "I" is that government, so the
    # run's knowledge base, not only the shipped one, must reach the event stage.
    actors = tmp_path / "actors.yaml"
    actors.write_text("metonyms:\n  Kesaranta Press Office: {code: FIN, sector: GOV}\n", encoding="utf-8")
    article = Article.from_text("Today I condemned Belarus for the attack.", published=dt.date(2026, 2, 3), source="Kesaranta Press Office")
    (shipped,) = extract_articles([article], settings=Settings(), nlp=nlp)
    (own,) = extract_articles([article], settings=Settings(actors=str(actors)), nlp=nlp)
    assert [codes(e.actor) for e in shipped.events] != [{"FIN"}]
    (found,) = own.events
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ACCUSE", {"FIN"}, {"BLR"})


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


@pytest.mark.parametrize(
    ("text", "event", "trigger", "status", "actor", "recipient"),
    [
        # a verb with the bare noun after it, and "for" parsed as the mark of an infinitive
        ("Latvia will not take part in the talks on the pipeline.", "CONSULT", "take part", "negated", {"LVA"}, set()),
        ("Lithuania has repeatedly called for Belarus to close the border.", "REQUEST", "called", "occurred", {"LTU"}, {"BLR"}),
        # the object of "hold ... accountable" parsed as the complement's subject; "the world" is a group with no code
        ("The world will hold Belarus accountable for the crackdown.", "SANCTION", "hold", "future", set(), {"BLR"}),
        # a stance's holder acts
        ("The position of the Czech government does not support the plan.", "SUPPORT", "support", "negated", {"CZE"}, set()),
        # "want X to": a request; the infinitive is not coded again
        ("Norway wants Denmark to close the port.", "REQUEST", "wants", "occurred", {"NOR"}, {"DNK"}),
        ("Sweden will not allow Belarus to open a consulate.", "CONCEDE", "allow", "negated", {"SWE"}, {"BLR"}),
        ("Bulgaria will review Romania's activities in June.", "ACCUSE", "review", "future", {"BGR"}, {"ROU"}),
        ("Croatia expressed a willingness to join talks with Serbia.", "CONSULT", "join", "hypothetical", {"HRV"}, {"SRB"}),
        ("Iceland will not stop enriching uranium.", "CONCEDE", "stop", "negated", {"ISL"}, set()),
        ("Slovenia is ready to give up its nuclear weapons.", "RETREAT", "give up", "hypothetical", {"SVN"}, set()),
        ("Russia began deploying troops to the Estonian border.", "MOBILIZE", "deploying", "occurred", {"RUS"}, {"EST"}),
    ],
)
def test_phrases_objects_and_complements(nlp, text, event, trigger, status, actor, recipient):
    found = only(nlp, text)
    assert (found.event, found.trigger, found.status) == (event, trigger, status)
    assert (codes(found.actor), codes(found.recipient)) == (actor, recipient)


@pytest.mark.parametrize(
    ("text", "event", "trigger", "status", "actor", "recipient"),
    [
        # the event noun is the subject of a verb of occurrence, or the object of a verb's preposition
        ("The first summit took place in 2001.", "CONSULT", "summit", "occurred", set(), set()),
        ("A large battle erupted near the border.", "ASSAULT", "battle", "occurred", set(), set()),
        ("Poland was preparing for an invasion of Belarus.", "ASSAULT", "preparing for an invasion", "future", {"POL"}, {"BLR"}),
        ("Moldova has no intention of going to war with Romania.", "ASSAULT", "going to war", "negated", {"MDA"}, {"ROU"}),
        ("Finland and Sweden will embark on a new dialogue next year.", "CONSULT", "embark on a new dialogue", "future", {"FIN", "SWE"}, set()),
        # calling an act off negates it
        ("A meeting between the two ministers was cancelled on Monday.", "CONSULT", "cancelled", "negated", set(), set()),
    ],
)
def test_event_nouns_as_the_act_of_their_clause(nlp, text, event, trigger, status, actor, recipient):
    found = only(nlp, text)
    assert (found.event, found.trigger, found.status) == (event, trigger, status)
    assert (codes(found.actor), codes(found.recipient)) == (actor, recipient)


@pytest.mark.parametrize(
    ("text", "event", "trigger", "status", "actor", "recipient"),
    [
        # an agentless passive with a plain noun subject stands with no coded participant
        ("Two cargo ships were halted near the port on Sunday.", "COERCE", "halted", "occurred", set(), set()),
        ("No cargo ship has been stopped since March.", "COERCE", "stopped", "negated", set(), set()),
        # the noun a passive relative or participle clause modifies undergoes the act
        ("The Belarusian funds frozen by Norway were moved.", "SANCTION", "frozen", "occurred", {"NOR"}, {"BLR"}),
        # an unnamed armed body is a group with no code
        ("The armed group attacked a patrol near the border.", "ASSAULT", "attacked", "occurred", set(), set()),
    ],
)
def test_events_with_unnamed_participants(nlp, text, event, trigger, status, actor, recipient):
    found = only(nlp, text)
    assert (found.event, found.trigger, found.status) == (event, trigger, status)
    assert (codes(found.actor), codes(found.recipient)) == (actor, recipient)


def test_a_passive_relative_clause_acts_on_the_noun_it_modifies(nlp):
    found = events(nlp, "Two Estonian diplomats who were detained in Minsk were released.")
    assert [(e.event, e.trigger, codes(e.recipient)) for e in found] == [("COERCE", "detained", {"EST"}), ("RETREAT", "released", {"EST"})]


def test_an_abstract_passive_subject_gives_no_event(nlp):
    assert events(nlp, "That progress should be respected.") == ()
    assert events(nlp, "A nuclear war must never be fought.") == ()


def test_a_wh_word_in_an_embedded_question_reports_no_act(nlp):
    assert events(nlp, "The mediators have not said who will be invited to the talks.") == ()


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Slovakia discussed Hungary's budget with Austria.", {"AUT"}),  # the object of "discuss" is a topic
        ("At the NATO summit, Portugal pledged a frigate.", set()),  # the meeting is no recipient
        ("Denmark rallied Europe to stand with Ukraine.", {"UKR"}),  # the rallied-for side is in the infinitive
        ("Sweden gave thanks to the King of Norway, and to the President of Finland.", {"NOR", "FIN"}),
    ],
)
def test_which_complement_is_the_recipient(nlp, text, recipient):
    found = only(nlp, text)
    assert codes(found.recipient) == recipient


@pytest.mark.parametrize(
    ("text", "event", "status"),
    [
        ("It is essential that Serbia stops the violence.", "RETREAT", "hypothetical"),
        ("Not enough countries have pledged to help Moldova.", "AGREE", "negated"),
        ("Austria voted to impose sanctions on Belarus.", "SANCTION", "occurred"),
    ],
)
def test_status_from_the_clause_around_the_verb(nlp, text, event, status):
    found = only(nlp, text)
    assert (found.event, found.status) == (event, status)


def test_a_clause_coordinated_after_a_condition_is_hypothetical(nlp):
    found = events(nlp, "If Belarus attacks Lithuania, Poland will bear the responsibility and will impose sanctions on Belarus.")
    assert [(e.event, e.status) for e in found] == [("ASSAULT", "hypothetical"), ("SANCTION", "hypothetical")]


def test_a_purpose_infinitive_of_the_same_type_restates_its_verb(nlp):
    found = events(nlp, "The Czech president met with the Slovak president to discuss the pipeline.")
    assert [(e.event, e.trigger) for e in found] == [("CONSULT", "met")]
    found = events(nlp, "Latvia imposed sanctions on Belarus, freezing the assets of its officials.")
    assert [(e.event, e.trigger) for e in found] == [("SANCTION", "imposed")]


@pytest.mark.parametrize(
    ("text", "event", "trigger", "status", "actor", "recipient"),
    [
        ("When the conflict began in 2014, there were only two armed groups.", "ASSAULT", "conflict", "occurred", set(), set()),
        ("He criticised the talks scheduled for October in Oslo.", "CONSULT", "scheduled", "future", set(), set()),
        ("Belarus has been stripped of its voting rights.", "SANCTION", "stripped of", "occurred", set(), {"BLR"}),
        ("Hungary has offered to make peace with Romania.", "AGREE", "offered", "occurred", {"HUN"}, {"ROU"}),
        # those who come home are released; who released them is not said
        ("Two Estonian diplomats who were held in Minsk came home on Friday.", "RETREAT", "came home", "occurred", set(), {"EST"}),
        ("Denmark has brought home dozens of its citizens.", "RETREAT", "brought home", "occurred", set(), {"DNK"}),
        ("The Czech president left Prague yesterday to meet with the Slovak president.", "CONSULT", "meet", "future", {"CZE"}, {"SVK"}),
        ("Any attack on Tallinn would be met with retaliation.", "ASSAULT", "met with retaliation", "hypothetical", set(), set()),
    ],
)
def test_more_lexicon_frames_and_their_status(nlp, text, event, trigger, status, actor, recipient):
    found = only(nlp, text)
    assert (found.event, found.trigger, found.status) == (event, trigger, status)
    assert (codes(found.actor), codes(found.recipient)) == (actor, recipient)


def test_a_role_noun_after_among(nlp):
    found = next(e for e in events(nlp, "Norway, which is among the largest donors of aid to Moldova, sent a frigate.") if e.trigger == "donors")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("AID", {"NOR"}, {"MDA"})


def test_an_infinitive_governed_by_a_conditional_clause_is_hypothetical(nlp):
    found = events(nlp, "If any party blocks the talks, Finland will redouble its efforts to impose sanctions on Belarus.")
    assert [(e.event, e.status) for e in found] == [("REJECT", "hypothetical"), ("SANCTION", "hypothetical")]


def test_an_announced_retaliation_waits_on_the_act_it_answers(nlp):
    found = events(nlp, "Poland will retaliate against an attack on Warsaw and will destroy the bridges.")
    assert [(e.trigger, e.status) for e in found] == [("retaliate", "hypothetical"), ("destroy", "hypothetical")]


def test_verbs_listed_after_a_requested_infinitive_are_part_of_the_request(nlp):
    text = "Latvia urged the Belarusian army to withdraw its troops from the border, release the detained activists, and lift the restrictions."
    assert [e.event for e in events(nlp, text)] == ["REQUEST"]


def test_a_gerund_after_a_nouns_preposition_is_no_event_of_its_own(nlp):
    assert all(e.event != "SANCTION" for e in events(nlp, "Estonia praised Austria for its dedication to holding Belarus accountable."))


def test_a_participle_reports_a_state_whatever_the_condition_around_it(nlp):
    found = events(nlp, "Until Norway releases the Belarusian funds frozen by Sweden, Belarus will not attend the talks.")
    assert [(e.trigger, e.status) for e in found] == [("releases", "hypothetical"), ("frozen", "occurred"), ("attend", "negated")]
    frozen = found[1]
    assert (codes(frozen.actor), codes(frozen.recipient)) == ({"SWE"}, {"BLR"})


def test_a_quantity_of_things_belongs_to_their_owner(nlp):
    found = only(nlp, "Norway will not return the 5 million dollars of Belarusian funds frozen by Norway.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("SANCTION", {"NOR"}, {"BLR"})


@pytest.mark.parametrize(
    ("text", "event", "trigger", "status", "actor"),
    [
        ("The Czech party will not be part of the mediation process.", "CONSULT", "part", "negated", {"CZE"}),
        ("Finland is against any military action in the region.", "REJECT", "against", "occurred", {"FIN"}),
        ("Austria was not a signatory to the ceasefire.", "RETREAT", "signatory", "negated", {"AUT"}),
    ],
)
def test_copular_predicates_that_report_an_act(nlp, text, event, trigger, status, actor):
    found = only(nlp, text)
    assert (found.event, found.trigger, found.status, codes(found.actor)) == (event, trigger, status, actor)


def test_against_with_no_measure_is_no_rejection(nlp):
    assert events(nlp, "The vote was ten against two.") == ()


def test_a_verb_misparsed_as_coordinated_with_a_noun_keeps_its_subject_and_object(nlp):
    text = "If instead Serbia chooses to walk away from diplomacy and attack Croatia, it will face severe consequences."
    found = next(e for e in events(nlp, text) if e.event == "ASSAULT")
    assert (found.trigger, found.status, codes(found.actor), codes(found.recipient)) == ("attack", "hypothetical", {"SRB"}, {"HRV"})


@pytest.mark.parametrize(
    "text",
    [
        "The sanctions undercut Belarus's ability to wage war against Lithuania.",  # a capacity, not an act
        "Norway hopes to deliver a strong response.",  # a response is no aid
        "Belarus has provided Poland with an incentive to build a fence.",  # nor is an incentive
    ],
)
def test_objects_and_nouns_that_make_no_event(nlp, text):
    assert events(nlp, text) == ()


def test_greeting_those_who_come_home_is_no_support(nlp):
    found = events(nlp, "As we welcome home our diplomats, Norway thanked Sweden.")
    assert [(e.event, e.trigger) for e in found] == [("SUPPORT", "thanked")]


def test_a_two_word_noun_split_by_the_parser_is_no_verb(nlp):
    found = events(nlp, "The EU planned to impose asset freezes and travel bans on Belarusian officials.")
    assert [(e.event, e.trigger) for e in found] == [("SANCTION", "impose")]
    found = events(nlp, "European Union ministers on Tuesday adopted asset freezes on Belarusian officials.")
    assert [(e.event, e.trigger) for e in found] == [("SANCTION", "adopted")]


def test_a_message_sent_is_part_of_the_threat_trigger(nlp):
    found = only(nlp, "Estonia is sending a clear message to Belarus.")
    assert (found.event, found.trigger, codes(found.recipient)) == ("THREATEN", "sending a clear message", {"BLR"})


def test_a_dateline_parsed_as_a_subject_gives_way_to_the_real_subject(nlp):
    found = only(nlp, "RIGA, May 4 - Latvian ministers on Tuesday condemned Belarus.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("ACCUSE", {"LVA"}, {"BLR"})


def test_a_signed_text_needs_no_named_signatory(nlp):
    found = only(nlp, "The agreement, signed in 2005, was meant to end the war.")
    assert (found.event, found.trigger, codes(found.actor), codes(found.recipient)) == ("AGREE", "signed", set(), set())


def test_names_inside_the_modifying_clause_do_not_name_its_subject(nlp):
    found = events(nlp, "The EU adopted travel bans on six companies accused of supplying fuel to rebels in Latvia.")
    assert ("ACCUSE", "accused") in [(e.event, e.trigger) for e in found]


def test_a_record_ever_set_is_no_report(nlp):
    assert events(nlp, "These are the largest sanctions ever imposed on a country.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "Refugees are allowed to work in Norway.",  # a rule, not a concession
        "The Latvian evidence is being met with close scrutiny.",  # no meeting
        "Estonia is a country that is committed to the rights of its people.",  # a state, not a pledge
        "He criticised groups opposed to the Latvian government.",
        "There is no word on how many people were killed in the strikes.",  # an embedded question
        "The strike erupted after the government announced the sale.",  # a walkout, not an attack
    ],
)
def test_passives_and_nouns_that_report_no_act(nlp, text):
    assert events(nlp, text) == ()


def test_the_topic_of_talks_is_no_recipient_even_as_a_passive_subject(nlp):
    found = only(nlp, "Hicks would probably be discussed by the Australian cabinet.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("CONSULT", {"AUS"}, set())


def test_a_purpose_fulfilled_in_the_meeting_happened_with_it(nlp):
    found = events(nlp, "Poland met today with Lithuania to honor the Lithuanian president.")
    assert [(e.event, e.status) for e in found] == [("CONSULT", "occurred"), ("SUPPORT", "occurred")]


def test_an_act_deep_inside_a_requested_infinitive_is_part_of_the_request(nlp):
    text = "Latvia encouraged Estonia and Finland to honour their commitment to initiate dialogue with Russia."
    assert [e.event for e in events(nlp, text)] == ["REQUEST"]


def test_the_infinitive_of_a_discussed_noun_is_the_topic(nlp):
    text = "The Czech president will meet with the Polish president to discuss their efforts to support Ukraine."
    assert [(e.event, e.trigger) for e in events(nlp, text)] == [("CONSULT", "meet")]


@pytest.mark.parametrize(
    "follow_up",
    [
        "They discussed trade and regional security.",
        "The two leaders discussed trade and regional security.",
    ],
)
def test_they_after_a_call_stands_for_both_parties(nlp, follow_up):
    text = f"Finnish President Anna Virtanen spoke today with Estonian Prime Minister Jaan Tamm. {follow_up}"
    found = [e for e in events(nlp, text) if e.trigger == "discussed"]
    assert len(found) == 1, found
    assert (found[0].event, codes(found[0].actor)) == ("CONSULT", {"FIN", "EST"})


def test_they_after_another_group_is_not_the_callers(nlp):
    text = (
        "Finnish President Anna Virtanen spoke today with Estonian Prime Minister Jaan Tamm. "
        "Farmers protested in the capital. They discussed trade."
    )
    assert not [e for e in events(nlp, text) if e.trigger == "discussed" and codes(e.actor) == {"FIN", "EST"}]


@pytest.mark.parametrize(
    "text",
    [
        # A crime a participle describes is no pledge.
        "Estonia condemned the acts committed by Russian forces.",
        # A measure aimed at someone is no attack.
        "The sanctions packages are carefully targeted.",
        # "pressing" as an adjective asks nothing.
        "Finland and Estonia discussed pressing regional challenges.",
        # A question is no request.
        "When asked whether Finland would send troops to Estonia, the Finnish minister declined to comment.",
        # Fighting an illness, releasing names, sending a nomination, suspending an officer.
        "The Finnish president fought his illness for months.",
        "The Estonian police have not released the identities of the two men.",
        "The Latvian nomination was sent to the floor of the Senate.",
        "The Finnish company commander was suspended.",
        # Warnings of a danger, and acts of force as subjects of speech verbs.
        "Finnish agencies warned that the people of Estonia are facing a severe crisis.",
        "Finland has issued a travel advisory for Estonia, warning of tension in the capital.",
        "Without warning, Finland refused to allow the Estonian ship to dock.",
        "The Russian invasion threatens Estonia's capacity to grow crops.",
        "The Finnish coercion has threatened Estonian energy security.",
        # Congratulations offered are praise, not a promise; a service delivers an approach.
        "The Finnish president offered congratulations on Estonia's Independence Day.",
        "The Finnish intelligence service is delivering a clear-eyed approach to Estonia.",
        # A court appeal and a wish about what others think ask no one to act.
        "The Finnish prosecutor said it would appeal the Estonian arrest warrant.",
        '"I want everybody in Estonia to be clear about this," the Finnish president said.',
    ],
)
def test_ambiguous_verbs_in_their_non_political_sense(nlp, text):
    assert not [e for e in events(nlp, text) if e.event in ("AGREE", "ASSAULT", "REQUEST", "RETREAT", "AID", "SANCTION", "THREATEN")]


def test_an_agreement_passive_names_its_parties_by_between(nlp):
    found = [e for e in events(nlp, "The ceasefire was agreed between Finland and Estonia in February.") if e.trigger == "agreed"]
    assert len(found) == 1, found
    assert (found[0].event, codes(found[0].actor)) == ("AGREE", {"FIN", "EST"})


def test_a_warning_of_an_act_is_still_a_threat(nlp):
    found = [e for e in events(nlp, "Finland warned that Estonia will face consequences if it closes the border.") if e.event == "THREATEN"]
    assert len(found) == 1, found
    found = [e for e in events(nlp, "Finland warned Estonia against closing the border.") if e.event == "THREATEN"]
    assert len(found) == 1, found


def test_they_after_a_call_of_several_named_leaders(nlp):
    text = (
        "Today, Finnish President Anna Virtanen, Estonian Prime Minister Jaan Tamm and Latvian President Ilze Ozola held a call. "
        "They called on Russia to withdraw its forces."
    )
    found = [e for e in events(nlp, text) if e.event == "REQUEST"]
    assert len(found) == 1, found
    assert {"FIN", "EST"} <= codes(found[0].actor)


def test_denying_ones_own_act_negates_it_on_the_denial(nlp):
    found = only(nlp, "Finland denies sending troops to Estonia.")
    assert (found.event, found.status, found.trigger) == ("AID", "negated", "denies")
    assert (codes(found.actor), codes(found.recipient)) == ({"FIN"}, {"EST"})
    # Denying a claim is still a rejection.
    found = only(nlp, "Finland denied the Estonian allegations.")
    assert (found.event, found.status) == ("REJECT", "occurred")


def test_nationalities_of_uniformed_victims_and_equipment_described(nlp):
    found = [e for e in events(nlp, "Seven Estonian commandos were killed in the raid.") if e.event == "ASSAULT"]
    assert len(found) == 1, found
    assert codes(found[0].recipient) == {"EST"}
    text = "Around 100 Finnish fighters, armed with automatic rifles, stormed a jail near Tallinn."
    assert not [e for e in events(nlp, text) if e.event == "AID"]


def test_a_by_phrase_naming_an_attack_gives_its_doer(nlp):
    found = [e for e in events(nlp, "About 30 people have been killed by Finnish attacks in the town.") if e.event == "ASSAULT"]
    assert len(found) == 1, found
    assert codes(found[0].actor) == {"FIN"}


def test_an_act_as_the_subject_of_an_evaluation_is_no_event(nlp):
    assert not events(nlp, "Cooperating with Estonia on these approaches is key to Finnish security.")
    found = [e for e in events(nlp, 'Finland said: "What we agreed upon with Estonia was a joint patrol."') if e.event == "AGREE"]
    assert len(found) == 1, found


def test_support_for_a_states_efforts_is_support_of_that_state(nlp):
    found = [e for e in events(nlp, "The Finnish president expressed appreciation for Estonia's efforts to end the dispute.") if e.event == "SUPPORT"]
    assert len(found) == 1, found
    assert (codes(found[0].actor), codes(found[0].recipient)) == ({"FIN"}, {"EST"})


def test_the_purpose_of_a_call_is_the_callers(nlp):
    text = "Finnish President Anna Virtanen spoke today with Prime Minister Jaan Tamm of Estonia to express appreciation for Estonia's support."
    found = [e for e in events(nlp, text) if e.event == "SUPPORT"]
    assert len(found) == 1, found
    assert codes(found[0].actor) == {"FIN"}


@pytest.mark.parametrize(
    "text",
    [
        # A trip with no destination, a challenge met.
        "Finland said all Finnish citizens should be careful while travelling in the area.",
        "To meet the challenge, Finland and Estonia established a task force.",
    ],
)
def test_journeys_and_meetings_that_meet_no_one(nlp, text):
    assert not [e for e in events(nlp, text) if e.event == "CONSULT"]


def test_travelling_to_a_country_is_still_a_visit(nlp):
    found = [e for e in events(nlp, "The Finnish president will travel to Estonia next week.") if e.event == "CONSULT"]
    assert len(found) == 1, found
    assert codes(found[0].recipient) == {"EST"}


def test_an_appeal_to_a_state_is_still_a_request(nlp):
    found = [e for e in events(nlp, "Finland appealed to Estonia for help.") if e.event == "REQUEST"]
    assert len(found) == 1, found
    assert codes(found[0].recipient) == {"EST"}


def test_a_state_of_being_as_subject_is_no_actor(nlp):
    assert [e.event for e in events(nlp, "Critics said EU membership offered Moldova the only real guarantee of security.") if e.event == "AGREE"] == []


def test_a_place_one_is_invited_to_is_no_recipient(nlp):
    (found,) = [e for e in events(nlp, "Estonia's president invited the Latvian prime minister to Tallinn.") if e.event == "REQUEST"]
    assert codes(found.recipient) == {"LVA"}


def test_their_act_after_a_call_is_both_parties(nlp):
    text = (
        "Finnish President Anna Virtanen spoke today with Estonian Prime Minister Jaan Tamm. "
        "They discussed their shared commitment to continue supporting Ukraine."
    )
    (found,) = [e for e in events(nlp, text) if e.event == "SUPPORT"]
    assert (codes(found.actor), codes(found.recipient)) == ({"FIN", "EST"}, {"UKR"})


def test_they_steps_over_sentences_that_refer_to_the_parties_again(nlp):
    text = (
        "Finnish President Anna Virtanen spoke today with Estonian Prime Minister Jaan Tamm. "
        "They called on Russia to end the blockade. They condemned the attacks on civilians."
    )
    (found,) = [e for e in events(nlp, text) if e.trigger == "condemned"]
    assert codes(found.actor) == {"FIN", "EST"}


@pytest.mark.parametrize("follow_up", ["The two discussed the security of the Baltic Sea.", "The two countries discussed the security of the Baltic Sea."])
def test_the_two_after_a_call_stands_for_both_parties(nlp, follow_up):
    text = f"Finnish President Anna Virtanen spoke today with Estonian Prime Minister Jaan Tamm. {follow_up}"
    (found,) = [e for e in events(nlp, text) if e.trigger == "discussed"]
    assert codes(found.actor) == {"FIN", "EST"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Finnish President Anna Virtanen and Estonian Prime Minister Jaan Tamm reaffirmed the close partnership between their countries. "
            "The two Presidents condemned the attacks on Ukraine.",
            "condemned",
        ),
        ("Finland and Estonia held talks in Tallinn on Monday, and both committed to support Ukraine.", "committed"),
    ],
)
def test_a_subject_of_coordinated_names_is_what_the_parties_refer_to(nlp, text, trigger):
    (found,) = [e for e in events(nlp, text) if e.trigger == trigger]
    assert codes(found.actor) == {"FIN", "EST"}


def test_a_party_parsed_as_the_subject_of_a_purpose_after_with_is_the_other_side(nlp):
    text = (
        "Finnish President Anna Virtanen spoke today with Prime Minister Jaan Tamm of Estonia to express support for Ukraine. "
        "They discussed the security of the Baltic Sea."
    )
    (found,) = [e for e in events(nlp, text) if e.trigger == "discussed"]
    assert codes(found.actor) == {"FIN", "EST"}


def test_a_coordinated_subject_of_other_nouns_is_no_antecedent(nlp):
    text = (
        "Finnish President Anna Virtanen spoke today with Estonian Prime Minister Jaan Tamm. "
        "Farmers and fishermen protested in the capital. The two discussed trade."
    )
    assert not [e for e in events(nlp, text) if e.trigger == "discussed" and codes(e.actor) == {"FIN", "EST"}]


def test_an_office_in_the_plural_names_the_countries_of_its_of_phrase(nlp):
    (found,) = [e for e in events(nlp, "The presidents of Finland and Estonia will visit Ukraine next week.") if e.event == "CONSULT"]
    assert (codes(found.actor), codes(found.recipient), found.status) == ({"FIN", "EST"}, {"UKR"}, "future")


def test_the_act_one_claims_responsibility_for_is_reported(nlp):
    (found,) = [e for e in events(nlp, "A militant group has claimed responsibility for killing a Finnish diplomat in Tallinn.") if e.event == "ASSAULT"]
    assert (found.trigger, codes(found.recipient), found.status) == ("killing", {"FIN"}, "occurred")


def test_a_welcome_to_no_one_is_no_meeting_to_refer_to(nlp):
    text = (
        "Finnish President Anna Virtanen spoke today with Estonian Prime Minister Jaan Tamm. "
        "Virtanen welcomed the news of the agreement on fishing quotas. They discussed trade."
    )
    (found,) = [e for e in events(nlp, text) if e.trigger == "discussed"]
    assert codes(found.actor) == {"FIN", "EST"}


def test_the_leaders_far_after_a_meeting_are_still_its_parties(nlp):
    middle = " ".join(f"Finland published the {n} report on fishing quotas." for n in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"))
    text = f"Finnish President Anna Virtanen met today with Estonian Prime Minister Jaan Tamm. {middle} The two leaders discussed trade."
    (found,) = [e for e in events(nlp, text) if e.trigger == "discussed"]
    assert codes(found.actor) == {"FIN", "EST"}


def test_what_weapons_are_capable_of_is_no_attack(nlp):
    result = analysed(nlp, "The group confirmed it has longer-range rockets capable of hitting Haifa.")
    assert [e for e in result.events if e.event == "ASSAULT"] == []


def test_dismissing_the_notion_of_a_meeting_rejects_it_but_an_opinion_is_no_event(nlp):
    rejected = analysed(nlp, "Ukraine's president dismissed the notion of a meeting in the Kremlin.")
    assert [(e.event, codes(e.actor)) for e in rejected.events] == [("REJECT", {"UKR"})]
    assert analysed(nlp, "Ukraine's president dismissed the idea that the war would end soon.").events == ()


def test_a_bare_participle_joined_to_a_passive_is_passive_too(nlp):
    found = events(nlp, "Finland says the Estonian diplomat was arrested and then tortured.")
    (tortured,) = [e for e in found if e.trigger == "tortured"]
    assert (codes(tortured.actor), codes(tortured.recipient)) == (set(), {"EST"})


def test_the_object_naming_ones_own_support_is_no_recipient(nlp):
    found = only(nlp, "Estonian Prime Minister Jaan Tamm reaffirmed Estonia's support for Latvia.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("SUPPORT", {"EST"}, {"LVA"})


def test_where_an_envoy_serves_is_no_recipient(nlp):
    found = only(nlp, "Finnish President Anna Virtanen telephoned Estonia's ambassador to Latvia.")
    assert (codes(found.actor), codes(found.recipient)) == ({"FIN"}, {"EST"})


def test_the_topic_of_consultations_is_no_recipient_but_praise_keeps_its_owner(nlp):
    found = only(nlp, "Finland and Estonia held consultations on Latvia.")
    assert (found.event, codes(found.recipient)) == ("CONSULT", set())
    praised = only(nlp, "Finnish President Anna Virtanen congratulated Latvia on its election.")
    assert codes(praised.recipient) == {"LVA"}


def test_the_city_one_is_welcomed_to_is_no_recipient(nlp):
    found = only(nlp, "Finnish President Anna Virtanen welcomed Estonian Prime Minister Jaan Tamm to Helsinki.")
    assert (codes(found.actor), codes(found.recipient)) == ({"FIN"}, {"EST"})


def test_a_joint_statements_we_is_no_body_it_cites(nlp):
    article = Article.from_text(
        "We urge Iran to abide by its obligations under UN Security Council resolutions.",
        published=dt.date(2026, 2, 3), source="The White House", title="Joint Statement of Finland and Estonia",
    )
    (result,) = extract_articles([article], settings=Settings(), nlp=nlp)
    assert not any(e.code == "UNO" for event in result.events for e in event.actor)


def test_whom_a_discussed_topic_concerns_is_no_recipient(nlp):
    found = only(nlp, "Finland and Estonia discussed their recent contacts with Latvia and Lithuania.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("CONSULT", {"FIN", "EST"}, set())
    other_side = only(nlp, "Finnish Foreign Minister Elina Valtonen discussed trade with Estonia.")
    assert codes(other_side.recipient) == {"EST"}


def test_the_names_in_a_gathering_attended_are_no_recipients(nlp):
    found = only(nlp, "Finnish Foreign Minister Elina Valtonen attended the EU-Latvia Meeting on Monday.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("CONSULT", {"FIN"}, set())


def test_a_past_tense_verb_parsed_as_joined_to_an_infinitive_keeps_the_clause_subject(nlp):
    text = (
        "Finnish President Anna Virtanen spoke today with Estonian Prime Minister Jaan Tamm. They discussed their shared concern "
        "over Russia's attempts to annex Georgian territory and expressed their firm commitment to Georgia's sovereignty."
    )
    (found,) = [e for e in events(nlp, text) if e.trigger == "commitment"]
    assert codes(found.actor) == {"FIN", "EST"}


def test_the_place_civilians_are_evacuated_from_is_no_recipient(nlp):
    found = only(nlp, "Finland helped evacuate Estonian citizens from Latvia.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("RETREAT", {"FIN"}, {"EST"})
    withdrawn = only(nlp, "Finland withdrew its troops from Latvia.")
    assert codes(withdrawn.recipient) == {"LVA"}


def test_the_country_naming_a_currency_receives_nothing(nlp):
    found = only(nlp, "Finland will donate US $2 million to Estonia.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("AID", {"FIN"}, {"EST"})


def test_ones_own_side_of_a_tie_supported_is_no_recipient(nlp):
    found = only(nlp, "Finnish President Anna Virtanen reaffirmed her support for the Finland-Estonia alliance.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("SUPPORT", {"FIN"}, {"EST"})


def test_a_country_given_money_still_receives_it(nlp):
    found = only(nlp, "Finland will provide Estonia $2 million.")
    assert (found.event, codes(found.actor), codes(found.recipient)) == ("AID", {"FIN"}, {"EST"})


def test_a_measure_targeted_is_no_victim_whoever_owns_it(nlp):
    result = analysed(nlp, "And importantly, Britain's measures have also been tailored and targeted to avoid unintended harm for the world economy.")
    assert [e for e in result.events if e.event == "ASSAULT"] == []
