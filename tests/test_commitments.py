"""The commitments stage on small hand-written sentences (fictional)."""

from __future__ import annotations

import datetime as dt

import pytest

from accord import Settings
from accord.pipeline import extract_articles
from accord.records import Article, Commitment, Evidence, from_json, to_json

from .conftest import analysed, codes, only_one

pytestmark = pytest.mark.model


def commitments(nlp, text: str) -> tuple[Commitment, ...]:
    return analysed(nlp, text).commitments


def only(nlp, text: str) -> Commitment:
    return only_one(commitments(nlp, text))


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


@pytest.mark.parametrize(
    ("text", "kind", "stance", "actor"),
    [
        # A relative clause commits its noun even when the noun is the object of another verb.
        ("The Latvian army has used the weapons Norway is providing.", "weapons", "delivered", {"NOR"}),
        # A noun of amount passes the kind on from its "of" phrase.
        ("Poland has surged thousands of troops to Lithuania.", "troops", "delivered", {"POL"}),
        # Talking as a verb is a commitment when refused or offered.
        ("Chile said it would not negotiate with the rebels.", "talks", "ruled_out", {"CHL"}),
        # "be part of": forces named by their country, or talks.
        ("Danish ships will not be part of the operation.", "naval_forces", "ruled_out", {"DNK"}),
        # A kind phrase right after the verb is its object even when the parse breaks it.
        ("The European Union adopted asset freezes and travel bans on nine people.", "sanctions", "imposed", {"EUR"}),
        # Forces as subjects of a verb of moving or serving.
        ("Spain's frigate is expected to sail next week.", "naval_forces", "planned", {"ESP"}),
        # Soldiers for a UN mission are peacekeepers.
        ("Italy will send 500 soldiers to UNIFIL.", "peacekeeping", "planned", {"ITA"}),
        # An act noun whose compound names the kind.
        ("Canada's latest troop commitment will take its total to 900.", "troops", "pledged", {"CAN"}),
        # Announcing a withdrawal is a withdrawal.
        ("Kenya announced the retreat of its army from Somalia.", "troops", "withdrawn", {"KEN"}),
        # Keeping another's money is a penalty.
        ("Canada has withheld $40 million in customs duties.", "sanctions", "imposed", {"CAN"}),
        # A threat to leave talks is a threat.
        ("Uganda threatened to withdraw from the peace talks.", "talks", "threatened", {"UGA"}),
        # A kind phrase that runs on into the "of" phrase.
        ("Uganda agreed to a cessation of hostilities.", "ceasefire", "pledged", {"UGA"}),
        # Sanctions announced in the past are in force.
        ("Canada announced new sanctions on Belarus last week.", "sanctions", "imposed", {"CAN"}),
    ],
)
def test_more_ways_to_state_a_commitment(nlp, text, kind, stance, actor):
    found = [c for c in commitments(nlp, text) if c.kind == kind]
    assert len(found) == 1, commitments(nlp, text)
    assert (found[0].stance, codes(found[0].actor)) == (stance, actor)


def test_what_a_condition_speaks_of_is_no_commitment(nlp):
    found = commitments(nlp, "Chile will not join the talks until a UN force is deployed.")
    assert [(c.kind, c.stance) for c in found] == [("talks", "ruled_out")]


def test_joining_forces_already_there_commits_none(nlp):
    found = commitments(nlp, "Norway is considering sending a ship to join its two frigates.")
    assert [(c.kind, c.stance) for c in found] == [("naval_forces", "considering")]


def test_reluctance_without_a_want_met_is_conditional(nlp):
    found = only(nlp, "Brazil is reluctant to send troops without clear guarantees.")
    assert (found.kind, found.stance, found.condition) == ("troops", "conditional", "without clear guarantees")


def test_welcoming_a_state_as_a_member_is_membership(nlp):
    found = only(nlp, "Canada welcomed Montenegro as a member of the alliance.")
    assert (found.kind, found.stance, codes(found.actor), codes(found.recipient)) == ("membership", "delivered", {"CAN"}, {"MNE"})


def test_what_one_presses_another_to_do_is_no_commitment(nlp):
    assert commitments(nlp, "Britain is pressing the European Union to impose sanctions on Belarus.") == ()


@pytest.mark.parametrize(
    ("text", "kind", "stance", "actor"),
    [
        # Support with a kind in its "with" phrase gives that kind.
        ("Norway will continue to support Moldova with security assistance.", "military_aid", "pledged", {"NOR"}),
        # Support that names what it gives, in an "including" list.
        ("Canada emphasized continued Canadian support, including humanitarian aid, for Haiti.", "humanitarian_aid", "pledged", {"CAN"}),
        # A UN or AU mission named by its acronym is peacekeeping.
        ("Kenya will not take part in AMISOM.", "peacekeeping", "ruled_out", {"KEN"}),
        # Releasing money gives it.
        ("Sweden released $30 million in development assistance to Mali.", "funding", "delivered", {"SWE"}),
        # The "of" phrase of a proposal names what is proposed.
        ("Chile rejected the idea of talks with the rebels.", "talks", "ruled_out", {"CHL"}),
    ],
)
def test_support_missions_release_and_proposals(nlp, text, kind, stance, actor):
    found = [c for c in commitments(nlp, text) if c.kind == kind]
    assert len(found) == 1, commitments(nlp, text)
    assert (found[0].stance, codes(found[0].actor)) == (stance, actor)


def test_support_for_forces_names_whom_it_is_for(nlp):
    assert [c.kind for c in commitments(nlp, "Canada reaffirmed its support for the Georgian armed forces.")] == []


def test_a_vague_word_beside_a_named_kind_adds_none(nlp):
    found = commitments(nlp, "Poland has surged thousands of troops and additional capabilities to Lithuania.")
    assert [c.kind for c in found] == ["troops"]


def test_funds_frozen_by_a_government_are_a_sanction(nlp):
    found = [c for c in commitments(nlp, "Bolivia will not attend the talks until Chile releases $5 million of Bolivian funds frozen by the Chilean government.") if c.kind == "sanctions"]
    assert [(c.stance, codes(c.actor)) for c in found] == [("imposed", {"CHL"})]


@pytest.mark.parametrize(
    ("text", "kind", "stance", "actor"),
    [
        # Money for rebuilding is reconstruction.
        ("Japan pledged $40 million in aid for the reconstruction of Haiti.", "reconstruction", "pledged", {"JPN"}),
        # "worth of" passes the kind on; a passive delivery of money is a plan, not an allocation.
        ("Millions of dollars worth of aid would be delivered to Haiti by Japan.", "funding", "planned", {"JPN"}),
        # A force's contingent grows.
        ("The Irish contingent will be increased to 400.", "troops", "planned", {"IRL"}),
        # A pledge to defend an alliance's territory.
        ("NATO will defend every inch of allied territory.", "security_guarantee", "pledged", {"IGO"}),
        # "committed to talks".
        ("Chile is committed to talks with the rebels.", "talks", "pledged", {"CHL"}),
        # Plans for forces.
        ("Poland will develop plans for additional forces.", "troops", "planned", {"POL"}),
    ],
)
def test_money_contingents_guarantees_and_plans(nlp, text, kind, stance, actor):
    found = [c for c in commitments(nlp, text) if c.kind == kind]
    assert len(found) == 1, commitments(nlp, text)
    assert (found[0].stance, codes(found[0].actor)) == (stance, actor)


def test_a_condition_on_the_verb_above_the_infinitive(nlp):
    found = only(nlp, "If the killings continue, Canada will redouble its efforts to impose further sanctions.")
    assert (found.kind, found.stance, found.condition) == ("sanctions", "conditional", "If the killings continue")


@pytest.mark.parametrize(
    ("text", "kind", "stance", "actor"),
    [
        # Forces that are expected from a country are its plan.
        ("Reinforcements are also expected from Belgium.", "troops", "planned", {"BEL"}),
        # An announced reinforcement of a mission is a plan.
        ("A reinforcement of UNIFIL had been announced by the United Nations.", "peacekeeping", "planned", {"UNO"}),
        # Soldiers in a sentence that names the mission serve it.
        ("Italy promised to send 200 more soldiers, while UNIFIL grew.", "peacekeeping", "pledged", {"ITA"}),
        # Bringing troops home is a withdrawal; deciding whether to is still open.
        ("Kenya will bring its troops home from Somalia.", "troops", "withdrawn", {"KEN"}),
        ("Kenya is deciding whether to send troops to Somalia.", "troops", "considering", {"KEN"}),
        # A request for money for an army is military aid, planned.
        ("Canada's budget request for $30 million for the Afghan National Army covers salaries.", "military_aid", "planned", {"CAN"}),
    ],
)
def test_expectations_announcements_and_choices(nlp, text, kind, stance, actor):
    found = [c for c in commitments(nlp, text) if c.kind == kind]
    assert len(found) == 1, commitments(nlp, text)
    assert (found[0].stance, codes(found[0].actor)) == (stance, actor)


def test_aligning_with_sanctions_adopts_them(nlp):
    found = only(nlp, "Iceland said it would align its rules with the EU sanctions.")
    assert (found.kind, found.stance, codes(found.actor)) == ("sanctions", "planned", {"ISL"})


def test_not_hesitating_to_take_further_steps_is_a_threat(nlp):
    found = only(nlp, "Canada will not hesitate to take further steps if Belarus escalates.")
    assert (found.kind, found.stance, codes(found.actor)) == ("sanctions", "threatened", {"CAN"})


def test_steps_to_improve_ties_are_no_penalty(nlp):
    assert commitments(nlp, "Canada took steps to improve ties with Mexico.") == ()


def test_a_promise_goes_on_with_the_kind_just_committed(nlp):
    text = "Canada imposed sanctions on Belarus. Canada also committed to acting against the people who help the regime."
    found = commitments(nlp, text)
    assert [(c.kind, c.stance) for c in found] == [("sanctions", "imposed"), ("sanctions", "pledged")]
    assert found[1].span == "committed to acting"


def test_a_promise_with_its_own_kind_keeps_it(nlp):
    found = commitments(nlp, "Canada imposed sanctions on Belarus. Canada is committed to identifying additional equipment for Moldova.")
    assert [(c.kind, c.stance) for c in found] == [("sanctions", "imposed"), ("weapons", "pledged")]


def test_a_task_force_is_no_troops(nlp):
    assert commitments(nlp, "Canada will send a task force to Ottawa.") == ()


def test_a_passive_with_no_agent_goes_on_with_the_last_actor_of_its_kind(nlp):
    text = "The African Union voted to send troops to Darfur. Fighting went on. Troops will be sent to the region in May."
    found = commitments(nlp, text)
    assert [(c.kind, c.stance, codes(c.actor)) for c in found][-1] == ("troops", "planned", {"IGO"})


def test_a_kind_word_tagged_as_a_verb_in_a_noun_slot(nlp):
    found = [c for c in commitments(nlp, "Japan delivered aid to Haiti. Aid to Haiti had previously been ceased.") if c.stance == "paused"]
    assert [(c.kind, codes(c.actor)) for c in found] == [("funding", {"JPN"})]


def test_promised_support_for_forces_is_military_aid(nlp):
    found = only(nlp, "Canada pledged to continue supporting the Afghan security forces.")
    assert (found.kind, found.stance, codes(found.actor)) == ("military_aid", "pledged", {"CAN"})


def test_plain_support_for_forces_is_a_stance(nlp):
    assert commitments(nlp, "Canada supports the Afghan security forces.") == ()


def test_the_act_one_welcomes_is_someone_elses(nlp):
    found = only(nlp, "Canada welcomed the steps by many other allies to provide military support to Moldova.")
    assert (found.kind, codes(found.actor), codes(found.recipient)) == ("military_aid", set(), {"MDA"})


def test_amounts_of_a_kind(nlp):
    found = only(nlp, "Canada will continue to support Moldova with large amounts of security assistance.")
    assert (found.kind, found.stance, codes(found.actor)) == ("military_aid", "pledged", {"CAN"})


def test_calling_for_talks_offers_them(nlp):
    found = only(nlp, "Chile called for talks with the rebels.")
    assert (found.kind, found.stance, codes(found.actor)) == ("talks", "offered", {"CHL"})


def test_calling_for_talks_between_others_is_a_request(nlp):
    assert commitments(nlp, "Chile called for talks between Peru and Bolivia.") == ()


def test_an_as_long_as_clause_on_the_report_makes_it_conditional(nlp):
    found = only(nlp, '"Chile is ready for talks," he said, "so long as the rebels disarm."')
    assert (found.kind, found.stance, found.condition) == ("talks", "conditional", "so long as the rebels disarm")


def test_forces_guarding_a_place(nlp):
    found = only(nlp, "The camp will be guarded by Kenyan troops.")
    assert (found.kind, found.stance, codes(found.actor)) == ("troops", "planned", {"KEN"})


def test_no_increase_in_troops_rules_it_out(nlp):
    found = only(nlp, "The minister said there would be no major increase in the number of Danish troops.")
    assert (found.kind, found.stance, codes(found.actor)) == ("troops", "ruled_out", {"DNK"})


def test_training_foreign_forces(nlp):
    found = only(nlp, "Denmark will train Ukrainian pilots next year.")
    assert (found.kind, found.stance, codes(found.actor)) == ("training", "planned", {"DNK"})


def test_training_as_a_purpose_is_no_commitment_of_its_own(nlp):
    assert [c.kind for c in commitments(nlp, "Some Danish officers stayed in Kabul to train Afghan soldiers.")] != ["training"]


def test_a_bare_giving_verb_restates_the_pledge_just_made(nlp):
    found = commitments(nlp, "Italy pledged a frigate to the mission, saying Rome would contribute for as long as needed.")
    assert [(c.kind, c.stance, c.span) for c in found] == [
        ("naval_forces", "pledged", "pledged a frigate"), ("naval_forces", "pledged", "would contribute"),
    ]


def test_readiness_to_continue_giving_is_a_pledge(nlp):
    found = only(nlp, "Canada reaffirmed its readiness to continue delivering security assistance to Moldova.")
    assert (found.kind, found.stance, codes(found.actor)) == ("military_aid", "pledged", {"CAN"})


def test_readiness_to_give_is_an_offer(nlp):
    found = only(nlp, "Canada expressed its readiness to send troops to Moldova.")
    assert (found.kind, found.stance, codes(found.actor)) == ("troops", "offered", {"CAN"})


def test_extending_the_stay_of_forces_keeps_them_there(nlp):
    found = only(nlp, "Canada extended the stay of 400 Marines in Latvia.")
    assert (found.kind, found.stance, codes(found.actor)) == ("troops", "delivered", {"CAN"})


@pytest.mark.parametrize(
    ("text", "stance"),
    [("Germany will pay its share of the mission.", "pledged"), ("Germany paid its share of the mission.", "delivered")],
)
def test_paying_a_share_is_funding(nlp, text, stance):
    found = only(nlp, text)
    assert (found.kind, found.stance, codes(found.actor)) == ("funding", stance, {"DEU"})


def test_not_talking_to_reporters_is_no_refusal_of_talks(nlp):
    assert commitments(nlp, "Chile did not talk to reporters after the meeting.") == ()


def test_the_un_calling_for_talks_offers_none(nlp):
    assert commitments(nlp, "The United Nations called for talks with the rebels.") == ()


def test_a_promise_to_fight_on_does_not_go_on_with_aid(nlp):
    found = commitments(nlp, "Canada pledged military aid to Moldova. Canada also vowed to fight corruption.")
    assert [c.kind for c in found] == ["military_aid"]


def test_troops_stationed_somewhere_are_not_their_attackers(nlp):
    found = commitments(nlp, "Russia attacked the troops stationed near the border.")
    assert all("RUS" not in codes(c.actor) for c in found)


def test_ruling_out_the_possibility_of_troops(nlp):
    found = only(nlp, "Canada ruled out the possibility of Canadian troops in Moldova.")
    assert (found.kind, found.stance) == ("troops", "ruled_out")


def test_a_request_for_aid_asks_others(nlp):
    assert commitments(nlp, "They discussed the Haitian government's request for security assistance.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "The Danish troops came under fire at night.",
        "Hamas turned down an offer to release a kidnapped Israeli soldier.",
        "A congressman called for the withdrawal of all American troops from Iraq.",
        "They urged him to allow the deployment of UN troops to Darfur.",
        "As New Zealand takes delivery of new capabilities, the two navies will train together.",
        "The president's intervention ensures that his aide will not serve jail time.",
        "Canada and Mexico are taking new steps to deepen their economic relationship.",
        "The opposition will honour drought assistance measures put in place by the government.",
        "These transfers contribute to Russia's war against Ukraine.",
        "The British forces will continue to operate in a professional manner.",
        "Bush did not set a timeframe for U.S. troop withdrawal.",
    ],
)
def test_phrases_that_commit_nothing(nlp, text):
    assert commitments(nlp, text) == ()


def test_a_peacekeeping_force_is_one_kind(nlp):
    found = commitments(nlp, "Kenya will send a peacekeeping force to Somalia.")
    assert [c.kind for c in found] == ["peacekeeping"]


@pytest.mark.parametrize(
    "text",
    [
        "The deal will enable greater transfer of U.S. jet engine technology to India.",
        "The wealthiest Americans should pay their fair share.",
        "They urged him to allow the deployment of UN troops to end the bloodshed.",
    ],
)
def test_more_phrases_that_commit_nothing(nlp, text):
    assert commitments(nlp, text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Syria wants a timetable for the withdrawal of US forces.",
        "The panel said there should be a phased withdrawal of US troops from Iraq.",
        "She accused Syria of having aligned itself with the forces of extremism.",
        "When some Israeli soldiers arrived in two jeeps, the crowd began throwing stones.",
    ],
)
def test_demands_recommendations_and_incidents_commit_nothing(nlp, text):
    assert commitments(nlp, text) == ()


def test_forces_arriving_in_a_country(nlp):
    found = only(nlp, "An Indian peacekeeping unit has arrived in Liberia.")
    assert (found.kind, found.stance, codes(found.actor)) == ("peacekeeping", "delivered", {"IND"})


def test_taking_over_peacekeeping_duties(nlp):
    found = only(nlp, "A joint African Union force took over peacekeeping duties in Darfur.")
    assert (found.kind, found.stance) == ("peacekeeping", "delivered")


@pytest.mark.parametrize(
    "text",
    [
        "He believes it would be good for the United States to increase its aid.",
        "The study group calls for most of the U.S. Army to have been withdrawn by March.",
    ],
)
def test_what_one_judges_good_for_another_commits_nothing(nlp, text):
    assert commitments(nlp, text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "The carrier group was scheduled to make a port visit to Hong Kong.",
        'Pakistan said it "does not allow U.S. forces to cross the border".',
    ],
)
def test_visits_and_permissions_commit_nothing(nlp, text):
    assert commitments(nlp, text) == ()


def test_what_has_yet_to_happen_before_something_else_is_no_commitment(nlp):
    found = commitments(nlp, "Zimbabwe has a long way to go before Canada lifts the sanctions it has imposed.")
    assert [(c.kind, c.stance) for c in found] == [("sanctions", "imposed")]


def test_the_runs_own_actors_file_names_the_publishers_government(nlp, tmp_path):
    # "We" in the unquoted text of a publisher that only the user's actors file knows is that
    # government: the run's knowledge base must reach the commitment stage.
    actors = tmp_path / "actors.yaml"
    actors.write_text("metonyms:\n  Kesaranta Press Office: {code: FIN, sector: GOV}\n", encoding="utf-8")
    article = Article.from_text("Today we imposed sanctions on Belarus.", published=dt.date(2026, 2, 3), source="Kesaranta Press Office")
    (shipped,) = extract_articles([article], settings=Settings(), nlp=nlp)
    (own,) = extract_articles([article], settings=Settings(actors=str(actors)), nlp=nlp)
    assert [codes(c.actor) for c in shipped.commitments] != [{"FIN"}]
    (found,) = own.commitments
    assert (found.kind, found.stance, codes(found.actor)) == ("sanctions", "imposed", {"FIN"})


@pytest.mark.parametrize(
    ("text", "kind", "stance", "actor"),
    [
        # The act someone is thanked or praised for is the praised party's.
        ("President Hale thanked Prime Minister Ruud for Norway's partnership in providing humanitarian assistance to Estonia.",
         "humanitarian_aid", "delivered", {"NOR"}),
        # A commitment that is owned is stated, even when it is discussed.
        ("The leaders discussed their shared commitment to continue providing humanitarian assistance to Ukraine.",
         "humanitarian_aid", "pledged", set()),
        # Only soldiers are deployed: a people deployed are that country's troops.
        ("The Australians will be deployed to the Iraqi province of Al Muthanna.", "troops", "planned", {"AUS"}),
        # A call to act that the one called on turns down is a refusal.
        ("Brazil rejected calls to send peacekeepers to Haiti.", "peacekeeping", "ruled_out", {"BRA"}),
        ("Germany turned down a request to deliver Taurus missiles to Ukraine.", "weapons", "ruled_out", {"DEU"}),
        # Bans on trade: on selling an export control, on buying a sanction.
        ("The EU banned exports of dual-use goods to Russia.", "export_controls", "imposed", {"EUR"}),
        ("Japan will restrict exports of chipmaking equipment to China.", "export_controls", "planned", {"JPN"}),
        ("The United States halted imports of Russian oil.", "sanctions", "imposed", {"USA"}),
        # Ruling out is refusing; a tonne of supplies and a sum in kroner are what is given.
        ("The Kremlin ruled out talks with Kyiv.", "talks", "ruled_out", {"RUS"}),
        ("India sent 10 tonnes of medical supplies to Turkey.", "humanitarian_aid", "delivered", {"IND"}),
        ("Norway will contribute 50 million kroner to the relief fund.", "funding", "pledged", {"NOR"}),
        # To sanction someone imposes sanctions; to keep soldiers somewhere goes on deploying them.
        ("The US Treasury sanctioned five Iranian officials.", "sanctions", "imposed", {"USA"}),
        ("Spain will keep its 500 soldiers in Lebanon until 2025.", "troops", "planned", {"ESP"}),
        # Agreeing to talks commits to them.
        ("Chile and Peru agreed to resume peace talks.", "talks", "pledged", {"CHL", "PER"}),
        # Freezing one's own aid or putting deliveries on hold pauses them; reducing forces withdraws them.
        ("The United States froze $200 million in aid to Niger.", "funding", "paused", {"USA"}),
        ("Germany has put its arms deliveries to Turkey on hold.", "weapons", "paused", {"DEU"}),
        ("The United States said it would reduce its troop presence in Iraq.", "troops", "withdrawn", {"USA"}),
        # Aircraft handed over are equipment.
        ("Poland delivered 14 MiG-29 jets to Ukraine.", "weapons", "delivered", {"POL"}),
    ],
)
def test_v8_patterns(nlp, text, kind, stance, actor):
    found = [c for c in commitments(nlp, text) if c.kind == kind]
    assert found, commitments(nlp, text)
    assert (found[0].stance, codes(found[0].actor)) == (stance, actor)


@pytest.mark.parametrize(
    "text",
    [
        # Talking over an act, or saying it is needed, commits no one.
        "The leaders discussed ongoing efforts to impose sanctions on Belarus.",
        "They stressed the need to provide humanitarian assistance to Sudan.",
        "They discussed working together within the G20 to mobilize additional concessional financing.",
        # Standing in the way of an act is not doing it.
        "The sanctions are targeted so as not to impede the delivery of humanitarian assistance.",
        # Building capacity gives nothing; weapons used or threatened are not given.
        "Brazil and Peru will strengthen peacekeeping capacity.",
        "General Zhu threatened the United States with nuclear weapons.",
        "Israel says the strikes are aimed at halting the rocket fire.",
        # The forces supplied receive; what is given up is not given; a process is no place.
        "Trucks supplying NATO forces in Afghanistan were attacked.",
        "The UK gave up 10.5 billion euros in exchange for a review of farm subsidies.",
        "Israeli soldiers are in the process of removing protesters from the synagogue.",
        # What another party is urged to do, down to its means, is not the urger's.
        "The mission urged the UN to take further action, for example by deploying peacekeeping forces.",
        # A seller stopping its own sales controls no exports; what a thing is used for commits no one.
        "Russia halted gas exports to Poland.",
        "Lebanon's ports are used to transfer weapons to the militants.",
        # Asking for something is not committing it.
        "The Prince has requested his regiment to treat him like any other soldier.",
        # A call for another to act, down to its second infinitive; recalling talk; a bullet put somewhere.
        "We stand together in calling for Russia to end its war and to withdraw its military forces.",
        "The United States and the European Union recall our discussions on trade.",
        "He said he wanted to put a bullet through the minister's head.",
        "They reviewed the ongoing coordination with partners to impose severe costs on Moscow.",
        # Reducing what is not a force withdraws nothing.
        "France and Chile will cooperate to reduce the financing gap in developing economies.",
    ],
)
def test_v8_non_commitments(nlp, text):
    assert commitments(nlp, text) == ()


def test_civil_security_assistance_is_not_military_aid(nlp):
    found = commitments(nlp, "Canada will provide $28 million for food security assistance to Haiti.")
    assert found and all(c.kind != "military_aid" for c in found)


def test_a_fact_sheet_heading_is_not_a_commitment(nlp):
    found = commitments(nlp, "Providing Ukraine with Security Assistance: Norway is announcing a new $60 million security assistance package.")
    assert [c.span for c in found] == ["is announcing a new $60 million security assistance package"]


def test_a_promise_of_support_takes_the_kind_of_what_it_includes(nlp):
    found = commitments(nlp, "Norway pledged to continue supporting Ukraine, including the provision of a new $60 million security assistance package.")
    assert ("military_aid", "pledged", "pledged to continue supporting Ukraine") in [(c.kind, c.stance, c.span) for c in found]


def test_measures_taking_effect_are_the_storys_measures(nlp):
    found = commitments(nlp, "The EU adopted sanctions against Belarus on Monday. Norway said it would align its rules with the EU measures. The sanctions take effect when they are published.")
    last = found[-1]
    assert (last.kind, last.stance, codes(last.actor), last.span) == ("sanctions", "planned", {"EUR"}, "sanctions take effect")


def test_a_heading_on_its_own_line_is_not_a_commitment(nlp):
    found = commitments(nlp, "Providing Humanitarian Assistance to the Ukrainian People\nNorway will provide $45 million in humanitarian assistance to Ukraine.")
    assert not any(c.span.startswith("Providing") for c in found)


def test_a_promise_to_work_for_something_else_does_not_go_on_with_the_last_kind(nlp):
    found = commitments(nlp, "Norway will impose sanctions on Belarus. Norway is committed to working together to protect the benefits of technology.")
    assert [(c.kind, c.span) for c in found] == [("sanctions", "will impose sanctions")]


def test_forces_named_as_already_known_are_those_just_committed(nlp):
    found = commitments(nlp, "Chile pledged a frigate to the mission. The ship is expected to sail next week.")
    assert [(c.kind, c.stance, codes(c.actor)) for c in found] == [("naval_forces", "pledged", {"CHL"}), ("naval_forces", "planned", {"CHL"})]
    # An indefinite ship is not known to be the one pledged.
    found = commitments(nlp, "Chile pledged a frigate to the mission. A ship is expected to sail next week.")
    assert [c.span for c in found] == ["pledged a frigate"]


def test_a_quantifier_stands_for_its_part_of_the_forces(nlp):
    found = only(nlp, "Portugal will withdraw most of its troops from the region.")
    assert (found.kind, found.stance, codes(found.actor)) == ("troops", "withdrawn", {"PRT"})
    assert not commitments(nlp, "Some of the aid was stolen.")


@pytest.mark.parametrize(
    "text",
    [
        "Canada will not lift its sanctions on Belarus.",
        "Canada refused to remove the sanctions on Belarus.",
        "Canada is not in any discussion with Belarus on removing its sanctions.",
        "Belarus has a long way to go before Canada will look at removing any sanctions.",
    ],
)
def test_refusing_or_putting_off_a_lifting_keeps_the_penalty_in_force(nlp, text):
    found = [c for c in commitments(nlp, text) if c.kind == "sanctions"]
    assert found and all((c.stance, codes(c.actor)) == ("imposed", {"CAN"}) for c in found)


def test_lifting_talked_of_as_such_is_a_withdrawal(nlp):
    found = only(nlp, "Canada removed its sanctions on Belarus.")
    assert (found.kind, found.stance, codes(found.actor)) == ("sanctions", "withdrawn", {"CAN"})


def test_a_part_named_through_of_which_is_of_the_whole(nlp):
    found = commitments(nlp, "Officials spoke of some 8,000 troops that could be sent to the region, half of which would be provided by Ghana and Kenya.")
    part = next(c for c in found if c.span.startswith("half"))
    assert (part.kind, part.stance, codes(part.actor)) == ("troops", "planned", {"GHA", "KEN"})


def test_an_amount_of_forces_named_by_their_country_is_that_countrys(nlp):
    found = only(nlp, "The announcement will double the number of Australian troops in Iraq.")
    assert (found.kind, found.stance, codes(found.actor)) == ("troops", "planned", {"AUS"})


def test_a_state_of_being_as_subject_commits_nothing(nlp):
    # The sentence judges what membership gives; no one offers anything.
    assert commitments(nlp, "He argued that EU membership offered Moldova the only truly reliable security assurance.") == ()


def test_do_so_stands_for_the_act_named_before_with_its_own_stance(nlp):
    found = only(nlp, '"We would be negotiating with a junta, and we will not do that," Zimbabwean Information Minister Tendai Moyo said.')
    assert (found.kind, found.stance, found.span) == ("talks", "ruled_out", "will not do that")


def test_refusing_to_do_so_after_a_call_for_lifting_keeps_the_penalty(nlp):
    text = "Harare called for the removal of the sanctions. The US government refused to do so."
    found = only(nlp, text)
    assert (found.kind, found.stance, codes(found.actor), found.span) == ("sanctions", "imposed", {"USA"}, "refused to do so")


@pytest.mark.parametrize(
    "text",
    [
        "The United States will impose sanctions on Russia, while ensuring that it does so together with its allies.",
        "Germany will send more troops to Lithuania, and it will make sure that it does so without delay.",
    ],
)
def test_do_so_in_a_clause_of_manner_is_no_act_of_its_own(nlp, text):
    assert [c.span for c in commitments(nlp, text) if "does so" in c.span] == []


def test_do_so_takes_the_kind_its_antecedent_was_read_as(nlp):
    text = ("Countries expected to send the bulk of the troops to UNIFIL are France and Italy. "
            "Chirac said: \"Several European partners will do so.\"")
    found = next(c for c in commitments(nlp, text) if c.span == "will do so")
    assert (found.kind, found.stance) == ("peacekeeping", "planned")


def test_a_description_equated_with_names_stands_for_them(nlp):
    found = only(nlp, "Countries expected to contribute the bulk of the troops to the force are France, Italy and Spain.")
    assert codes(found.actor) == {"FRA", "ITA", "ESP"}


def test_an_act_called_for_from_others_is_not_the_callers(nlp):
    text = ('France pledged 2,000 peacekeepers. Chirac called for "other permanent members of the Security Council" '
            "to contribute.")
    assert [c.span for c in commitments(nlp, text)] == ["pledged 2,000 peacekeepers"]


@pytest.mark.parametrize(
    "text",
    ["Britain will lower the number of troops in Iraq from 7,100 to 5,500.", "Britain will decrease its troop levels in Iraq."],
)
def test_lowering_the_number_of_forces_withdraws_them(nlp, text):
    found = only(nlp, text)
    assert (found.kind, found.stance, codes(found.actor)) == ("troops", "withdrawn", {"GBR"})


def test_forces_are_never_imposed(nlp):
    # "imposed" is on the strains; a misparse hangs it on the forces.
    assert commitments(nlp, "Bush said the strains on U.S. armed forces imposed by Iraq were high.") == ()


def test_a_gerund_joined_to_a_finite_clause_goes_with_the_verb_that_clause_modifies(nlp):
    text = ("President Biden and Chancellor Scholz reaffirmed their commitment to continue supporting Ukraine as it "
            "defends its democracy and imposing costs on Russia for its aggression.")
    found = only(nlp, text)
    assert (found.kind, found.stance, codes(found.actor), codes(found.recipient)) == ("sanctions", "pledged", {"USA", "DEU"}, {"RUS"})


def test_a_verb_joined_to_a_continued_one_shares_its_future(nlp):
    text = "Spain will continue to support the Ukrainian people and provide them with security assistance."
    found = only(nlp, text)
    assert (found.kind, found.stance, codes(found.actor)) == ("military_aid", "pledged", {"ESP"})


@pytest.mark.parametrize(
    "text",
    [
        "North Korea is ready to dismantle its reactor as long as the United States keeps its promise to remove all sanctions.",
        "Iran will talk provided that the United States lifts its sanctions.",
    ],
)
def test_what_a_proviso_speaks_of_is_no_commitment_of_its_own(nlp, text):
    assert [c for c in commitments(nlp, text) if c.kind == "sanctions"] == []


def test_measures_with_no_penalty_near_them_are_no_sanctions(nlp):
    assert commitments(nlp, "During the summit we intend to announce new measures to address online radicalization.") == ()


def test_measures_a_few_sentences_after_sanctions_are_those_sanctions(nlp):
    text = ("EU ministers adopted sanctions on six companies on Monday. Estonia called the decision overdue. "
            "Hours later, Norway said it would align its own rules with the EU measures.")
    assert any(c.kind == "sanctions" and codes(c.actor) == {"NOR"} for c in commitments(nlp, text))


def test_forces_are_not_held(nlp):
    found = commitments(nlp, "The teleconference held by President Bush with U.S. troops stationed in Iraq drew criticism.")
    assert [c.span for c in found if "held" in c.span] == []


def test_their_commitment_after_a_call_is_the_parties_and_a_second_infinitive_shares_the_promise(nlp):
    text = ("President Biden met today with Prime Minister Kishida of Japan. They reiterated their resolve to maintain "
            "peace across the Taiwan Strait and to continue to impose costs on Russia for its war on Ukraine.")
    found = only(nlp, text)
    assert (found.kind, found.stance, codes(found.actor), codes(found.recipient)) == ("sanctions", "pledged", {"USA", "JPN"}, {"RUS"})


def test_a_second_act_the_parse_joins_to_a_clause_of_its_own_is_the_promise_holders(nlp):
    text = ("Finnish Prime Minister Aino Lehtonen met Estonian President Karl Saar in Helsinki on Monday. The leaders reaffirmed "
            "their shared commitment to support Moldova as it defends its sovereignty and to impose costs on Belarus for its aggression.")
    found = only(nlp, text)
    assert (found.kind, codes(found.actor), codes(found.recipient)) == ("sanctions", {"FIN", "EST"}, {"BLR"})


def test_what_another_party_is_called_on_to_do_in_a_second_infinitive_is_no_commitment(nlp):
    assert commitments(nlp, "We again call on Russia to end the blockade at once and remove its troops from Moldova.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "The Norwegian government today announced an additional 500 million kroner in aid to farmers hit by the floods.",
        "The Norwegian government will give 40 million kroner in compensation to former mine workers.",
    ],
)
def test_money_spent_at_home_is_no_commitment(nlp, text):
    assert commitments(nlp, text) == ()


def test_money_for_other_countries_with_no_name_is_still_a_commitment(nlp):
    text = "The Norwegian government today announced an additional 500 million kroner in aid to countries hit by the floods."
    found = only(nlp, text)
    assert (found.kind, found.stance, codes(found.actor)) == ("funding", "pledged", {"NOR"})


@pytest.mark.parametrize(
    "text",
    [
        "Norway deployed the 2nd Brigade to a new role on Norwegian soil last week.",
        "Transnistria has its own army that can defend its depots.",
    ],
)
def test_forces_at_home_or_of_ones_own_are_no_commitment(nlp, text):
    assert commitments(nlp, text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "North Korea announced its weapons capability last year.",
        "Norway and Denmark reaffirmed their commitment to maintaining a credible deterrence capability.",
        "The Indian minister was giving a talk on the crisis to students in Oslo.",
        "Norway said it would consider the cost of a defeat.",
    ],
)
def test_a_capability_one_has_a_talk_given_and_a_cost_weighed_name_no_kind(nlp, text):
    assert commitments(nlp, text) == ()


def test_measures_taken_for_a_purpose_that_restrains_no_one_are_no_sanctions(nlp):
    text = "Norway and Colombia committed to take measures to accelerate the clean energy transition. Norway imposed sanctions on Russia."
    assert [(c.kind, c.stance, codes(c.actor)) for c in commitments(nlp, text)] == [("sanctions", "imposed", {"NOR"})]


def test_an_act_only_backed_is_no_commitment(nlp):
    assert commitments(nlp, "The UK continues to support ending the embargo on Belarus.") == ()


def test_an_act_put_to_a_vote_with_whether_is_considered(nlp):
    found = only(nlp, "The Security Council will vote today on whether to impose sanctions on Belarus.")
    assert (found.kind, found.stance, codes(found.actor)) == ("sanctions", "considering", {"UNO"})


def test_a_proposal_to_give_is_a_plan(nlp):
    found = only(nlp, "Ten days ago, Norway sent parliament an urgent proposal to provide military assistance to Georgia.")
    assert (found.kind, found.stance) == ("military_aid", "planned")


def test_a_relative_pronoun_as_object_names_what_is_given(nlp):
    found = only(nlp, "Ukraine used the air defense systems that Norway has delivered over the past year.")
    assert (found.kind, found.stance, codes(found.actor)) == ("air_defense", "delivered", {"NOR"})


def test_rendered_assistance_is_given(nlp):
    found = only(nlp, "Norway and Denmark will continue to render humanitarian assistance to Ukraine.")
    assert (found.kind, found.stance, codes(found.actor), codes(found.recipient)) == ("humanitarian_aid", "pledged", {"NOR", "DNK"}, {"UKR"})


def test_a_decision_to_suspend_aid_pauses_it(nlp):
    found = only(nlp, "The Danish government has decided to suspend a scheduled shipment of its emergency food aid to Somalia.")
    assert (found.kind, found.stance, codes(found.actor)) == ("humanitarian_aid", "paused", {"DNK"})


def test_a_second_clause_after_nor_is_refused(nlp):
    found = only(nlp, "Norway will not sit on the committee, nor will Norway take part in the talks with Belarus.")
    assert (found.kind, found.stance, codes(found.actor)) == ("talks", "ruled_out", {"NOR"})


@pytest.mark.parametrize(
    "text",
    [
        "Mali does not want to have foreign troops in the country.",
        "Mali has rejected a UN offer of up to 5,000 troops to restore order.",
    ],
)
def test_a_host_turning_down_foreign_forces_commits_none_of_its_own(nlp, text):
    assert commitments(nlp, text) == ()


def test_a_sum_further_on_in_the_phrase_does_not_make_the_object_money(nlp):
    text = ("The Norwegian minister provided an update on the ongoing provision of security assistance, including "
            "yesterday's announcement of 30 million dollars to support Georgia's defense.")
    assert [c for c in commitments(nlp, text) if "update" in c.span] == []


def test_a_commitment_is_dated_by_the_clause_that_reports_it_and_at_that_time_looks_back(nlp):
    text = ("The leaders met in Washington on Aug. 18. At that time, the president said Spain could provide "
            "air support but ruled out sending ground forces.")
    found = {c.kind: c.date for c in commitments(nlp, text)}
    assert found == {"air_support": "2025-08-18", "ground_forces": "2025-08-18"}  # the article is of 2026-02-03


@pytest.mark.parametrize(
    "text",
    ["Britain will do everything in its power to provide aid to Haiti.", "Britain will do everything possible to provide aid to Haiti."],
)
def test_doing_everything_possible_to_give_is_a_promise(nlp, text):
    found = only(nlp, text)
    assert (found.stance, codes(found.actor)) == ("pledged", {"GBR"})
