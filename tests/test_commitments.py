"""The commitments stage on small hand-written sentences (fictional)."""

from __future__ import annotations

import datetime as dt

import pytest

from accord import Settings
from accord.pipeline import extract_articles
from accord.records import Article, Commitment, Evidence, from_json, to_json

pytestmark = pytest.mark.model


def commitments(nlp, text: str) -> tuple[Commitment, ...]:
    article = Article.from_text(text, published=dt.date(2026, 2, 3))
    (result,) = extract_articles([article], settings=Settings(), nlp=nlp)
    return result.commitments


def only(nlp, text: str) -> Commitment:
    found = commitments(nlp, text)
    assert len(found) == 1, found
    return found[0]


def codes(entities) -> set[str]:
    return {e.code for e in entities if e.code}


@pytest.mark.parametrize(
    ("text", "kind", "stance", "actor"),
    [
        ("Norway pledged two frigates to the mission.", "naval_forces", "pledged", {"NOR"}),
        ("Latvia offered logistical support to the mission.", "logistics", "offered", {"LVA"}),
        ("Denmark is considering sending troops to the mission.", "troops", "considering", {"DNK"}),
        ("Sweden will send 300 troops to Estonia.", "troops", "planned", {"SWE"}),
        ("Austria would not send ground troops to the region.", "ground_forces", "ruled_out", {"AUT"}),
        ("Finland sent 200 soldiers to Estonia last year.", "troops", "delivered", {"FIN"}),
        ("Canada imposed sanctions on Belarus.", "sanctions", "imposed", {"CAN"}),
        ("Canada threatened tariffs on Mexico.", "tariffs", "threatened", {"CAN"}),
        ("Denmark suspended military aid to Georgia.", "military_aid", "paused", {"DNK"}),
        ("Norway withdrew its troops from Mali.", "troops", "withdrawn", {"NOR"}),
        ("Iceland is ready to join peacekeeping efforts.", "peacekeeping", "offered", {"ISL"}),
    ],
)
def test_kind_stance_and_actor(nlp, text, kind, stance, actor):
    found = only(nlp, text)
    assert (found.kind, found.stance, codes(found.actor)) == (kind, stance, actor)
    assert text[found.span_start:found.span_end] == found.span


def test_condition_makes_a_commitment_conditional(nlp):
    found = only(nlp, "Portugal could provide air support if NATO asked for it.")
    assert (found.kind, found.stance, found.condition) == ("air_support", "conditional", "if NATO asked for it")


def test_several_kinds_in_one_span(nlp):
    found = commitments(nlp, "Greece offered monitoring and training activities outside Moldova.")
    assert [(c.kind, c.stance, c.scope) for c in found] == [
        ("monitoring", "offered", "outside Moldova"), ("training", "offered", "outside Moldova"),
    ]


def test_span_runs_from_the_predicate_through_what_is_committed(nlp):
    found = only(nlp, "Belgium would not send warships to the gulf.")
    assert found.span == "would not send warships"


def test_passive_commitment_takes_its_actor_from_the_possessor(nlp):
    found = only(nlp, "The European Union's new sanctions package will be adopted next month.")
    assert (found.kind, found.stance, codes(found.actor), found.date) == ("sanctions", "planned", {"EUR"}, "2026-03")


def test_reported_commitment_is_said_by_the_speaker(nlp):
    found = only(nlp, "Anders Lindqvist said that Finland would provide 40 million euros to the fund.")
    assert (found.kind, found.stance, codes(found.actor)) == ("funding", "pledged", {"FIN"})
    assert found.said_by is not None and found.said_by.name.endswith("Lindqvist")


def test_no_commitment_without_a_kind(nlp):
    assert commitments(nlp, "Norway sent a letter to Sweden.") == ()


def test_commitments_stored_before_spans_still_load():
    commitment = Commitment(
        article_id="a1", actor=(), kind="troops", stance="pledged", evidence=Evidence(start=0, end=5, sentence="Sent."), extractor="accord.commitments.v1",
    )
    stored = to_json(commitment)
    for key in ("span", "span_start", "span_end"):
        stored.pop(key)
    assert from_json(Commitment, stored) == commitment


def test_we_in_a_quotation_is_the_speakers_state(nlp):
    found = only(nlp, '"We will not send troops to the mission," Finnish Defence Minister Kalle Virtanen said on Monday.')
    assert (found.kind, found.stance, codes(found.actor)) == ("troops", "ruled_out", {"FIN"})


def test_we_outside_any_quotation_stays_unresolved(nlp):
    assert all(not found.actor for found in commitments(nlp, "We will send troops to the mission."))


def test_coordinated_adjectives_give_one_item_per_kind(nlp):
    found = commitments(nlp, "Canada will deliver military, economic, and humanitarian assistance to Moldova.")
    assert sorted(c.kind for c in found) == ["funding", "humanitarian_aid", "military_aid"]
    assert {c.stance for c in found} == {"planned"}


def test_relative_clause_commitment_takes_the_relatives_subject(nlp):
    found = next(c for c in commitments(nlp, "The frigates Norway has provided are now in the Baltic.") if c.kind == "naval_forces")
    assert (found.stance, codes(found.actor)) == ("delivered", {"NOR"})


def test_holding_troops_is_a_delivered_presence(nlp):
    found = only(nlp, "Finland has about 400 troops in Estonia.")
    assert (found.kind, found.stance, codes(found.actor)) == ("troops", "delivered", {"FIN"})


def test_nominal_commitment_takes_the_possessor_as_actor(nlp):
    found = only(nlp, "Analysts praised Sweden's provision of security assistance to Latvia.")
    assert (found.kind, found.stance, codes(found.actor)) == ("military_aid", "delivered", {"SWE"})


def test_nominal_commitment_with_no_holder_is_not_invented(nlp):
    assert commitments(nlp, "Analysts praised the provision of security assistance to Latvia.") == ()


def test_infinitive_of_an_act_noun_takes_the_of_phrase_as_actor(nlp):
    found = only(nlp, "Officials stressed the readiness of Denmark to impose sanctions on Belarus.")
    assert (found.kind, found.stance, codes(found.actor)) == ("sanctions", "threatened", {"DNK"})


def test_refusing_what_was_pledged_is_withdrawn(nlp):
    found = {(c.kind, c.stance) for c in commitments(nlp, "Belgium will not send the frigate it pledged to the mission.")}
    assert found == {("naval_forces", "withdrawn"), ("naval_forces", "pledged")}


def test_gerund_inside_a_future_frame_is_planned(nlp):
    found = only(nlp, "The plan would involve Norway sending 300 troops to Latvia.")
    assert (found.kind, found.stance, codes(found.actor)) == ("troops", "planned", {"NOR"})


def test_other_item_names_the_kind_of_the_list(nlp):
    found = only(nlp, "Canada is providing $50 million in rifles, ammunition and other security assistance to Moldova.")
    assert found.kind == "military_aid"


def test_non_prefix_excludes_the_kind(nlp):
    found = only(nlp, "Japan provided $20 million in non-humanitarian aid to Laos.")
    assert found.kind != "humanitarian_aid"


def test_passive_with_no_agent_takes_the_actor_from_the_sentence(nlp):
    found = only(nlp, "Ireland said that the troops would be sent to Lebanon in May.")
    assert (found.kind, found.stance, codes(found.actor)) == ("troops", "planned", {"IRL"})


def test_a_joint_texts_we_is_the_parties_its_opening_names(nlp):
    text = (
        "We, the leaders of Chile, Peru and Uruguay, condemn the blockade of the port. "
        "We will impose sanctions on Bolivia."
    )
    found = only(nlp, text)
    assert (found.kind, codes(found.actor)) == ("sanctions", {"CHL", "PER", "URY"})


def test_an_unnamed_we_stays_unresolved(nlp):
    assert commitments(nlp, "We condemn the blockade of the port. We will impose sanctions on the group.") == ()


def test_a_passive_control_verbs_subject_acts(nlp):
    found = only(nlp, "Chile is resolved to continue imposing sanctions on Bolivia.")
    assert (found.kind, found.stance, codes(found.actor)) == ("sanctions", "pledged", {"CHL"})


def test_a_governments_own_release_holds_its_announcements(nlp):
    article = Article.from_text(
        "The President welcomed the May 3 announcement of $90 million in ammunition for Moldova.",
        published=dt.date(2026, 2, 3), source="The White House",
    )
    (result,) = extract_articles([article], settings=Settings(), nlp=nlp)
    (found,) = result.commitments
    assert (found.kind, found.stance, codes(found.actor)) == ("weapons", "pledged", {"USA"})


def test_a_nominal_with_no_holder_outside_a_governments_release_is_dropped(nlp):
    assert commitments(nlp, "The President welcomed the May 3 announcement of $90 million in ammunition for Moldova.") == ()


def test_a_name_before_an_intent_noun_holds_it(nlp):
    found = only(nlp, "The minister reaffirmed the Chilean commitment to send 300 troops to Haiti.")
    assert (found.kind, codes(found.actor)) == ("troops", {"CHL"})


def test_an_expressed_willingness_is_its_subjects(nlp):
    found = only(nlp, "Peru has expressed a willingness to join talks with Chile.")
    assert (found.kind, codes(found.actor)) == ("talks", {"PER"})


def test_soldiers_named_by_their_country_are_its_to_send(nlp):
    found = only(nlp, "Last year a surge began, which sent three more Chilean brigades into Haiti.")
    assert (found.kind, codes(found.actor)) == ("troops", {"CHL"})


def test_money_for_infrastructure_is_reconstruction(nlp):
    article = Article.from_text(
        "The President welcomed the May 3 announcement of $40 million to repair power infrastructure in Moldova.",
        published=dt.date(2026, 2, 3), source="The White House",
    )
    (result,) = extract_articles([article], settings=Settings(), nlp=nlp)
    (found,) = result.commitments
    assert found.kind == "reconstruction"


@pytest.mark.parametrize(
    "text",
    [
        "Chile will not take part in the peace talks.",
        "Chile said it would not participate in any discussion with the rebels.",
    ],
)
def test_refusing_to_take_part_in_talks_rules_them_out(nlp, text):
    found = only(nlp, text)
    assert (found.kind, found.stance, codes(found.actor)) == ("talks", "ruled_out", {"CHL"})


def test_soldiers_out_of_a_country_are_withdrawn(nlp):
    found = only(nlp, "The deal says that all Dutch troops will be out of Mali by June.")
    assert (found.kind, found.stance, codes(found.actor), codes(found.recipient)) == ("troops", "withdrawn", {"NLD"}, {"MLI"})


def test_a_second_out_of_clause_keeps_the_first_clauses_soldiers(nlp):
    found = commitments(nlp, "The deal says that Dutch troops will be out of Gao by May, and that the soldiers would be out of Mali by June.")
    assert [(c.kind, c.stance, codes(c.actor)) for c in found] == [("troops", "withdrawn", {"NLD"})] * 2


def test_soldiers_out_of_a_country_with_no_holder_give_nothing(nlp):
    assert commitments(nlp, "The report said the soldiers would be out of Mali by June.") == ()


def test_soldiers_named_by_their_country_in_a_place_are_present(nlp):
    found = only(nlp, "About 400 Danish soldiers are in Mali this year.")
    assert (found.kind, found.stance, codes(found.actor)) == ("troops", "delivered", {"DNK"})


def test_soldiers_in_a_place_with_no_country_give_nothing(nlp):
    assert commitments(nlp, "About 400 soldiers are in the capital.") == ()
