"""Linking rules on hand-made claims: one story told over several articles (fictional)."""

import datetime as dt
from dataclasses import replace

from accord.ledger import Claim, find_copies, link, mark_copies


def claim(article: str, day: int, what: str, stance: str, actors=("ESP",), recipients=(), *, record="commitment", said_by=None, said_by_code=None,
          evidence="", source=None, start=0, **more) -> Claim:
    return Claim(
        record=record, what=what, actors=actors, recipients=recipients, stance=stance, article_id=article, source=source or f"outlet {article}",
        published=dt.date(2026, 3, day), said_by=said_by, said_by_code=said_by_code, evidence=evidence, sentence=evidence, start=start, end=start + 1,
        **more,
    )


def entry_of(ledger, found: Claim) -> str:
    return next(e.id for e in ledger.entries if found in e.claims)


def test_a_pledge_later_withdrawn_is_one_entry_with_a_change():
    pledge = claim("a1", 4, "naval_forces", "pledged", said_by="Lucía Ferrandis", said_by_code="ESP", evidence="pledged a frigate")
    withdrawal = claim("a5", 25, "naval_forces", "withdrawn", said_by="Lucía Ferrandis", said_by_code="ESP", evidence="will not send the frigate")
    ledger = link([withdrawal, pledge])
    assert entry_of(ledger, pledge) == entry_of(ledger, withdrawal)
    (change,) = ledger.changes
    assert (change.before.stance, change.after.stance) == ("pledged", "withdrawn")
    assert not ledger.contradictions


def test_a_restatement_on_the_same_level_is_no_change_and_does_not_hide_the_next_one():
    pledge = claim("a1", 4, "naval_forces", "pledged", evidence="pledged a frigate")
    expected = claim("a2", 10, "naval_forces", "planned", evidence="the frigate is expected to sail next week")
    withdrawal = claim("a5", 25, "naval_forces", "withdrawn", evidence="will not send the frigate")
    ledger = link([pledge, expected, withdrawal])
    assert len({entry_of(ledger, c) for c in (pledge, expected, withdrawal)}) == 1
    assert [(c.before.stance, c.after.stance, c.before.article_id) for c in ledger.changes] == [("pledged", "withdrawn", "a1")]


def test_a_planned_sanction_later_imposed_is_a_change_not_two_entries():
    planned = claim("a1", 4, "sanctions", "planned", actors=("EUR",), recipients=("XXX",), evidence="planned to impose asset freezes")
    imposed = claim("a7", 28, "sanctions", "imposed", actors=("EUR",), recipients=("XXX",), evidence="adopted asset freezes")
    ledger = link([planned, imposed])
    assert len([e for e in ledger.entries if e.what == "sanctions"]) == 1
    assert [(c.before.stance, c.after.stance) for c in ledger.changes] == [("planned", "imposed")]


def test_a_third_party_claim_denied_by_the_actor_is_a_contradiction():
    claimed = claim("a1", 4, "air_support", "pledged", actors=("PRT",), said_by="Maarja Ilvessalu", said_by_code="EST", evidence="had committed two aircraft")
    denied = claim("a2", 10, "air_support", "ruled_out", actors=("PRT",), said_by="Rui Albergaria", said_by_code="PRT", evidence="has not committed any aircraft")
    ledger = link([claimed, denied])
    (found,) = ledger.contradictions
    assert (found.one.stance, found.other.stance) == ("pledged", "ruled_out")
    assert not ledger.changes


def test_the_actor_changing_its_mind_weeks_later_is_a_change_not_a_contradiction():
    offered = claim("a1", 4, "air_support", "conditional", actors=("PRT",), said_by="Rui Albergaria", said_by_code="PRT")
    withdrawn = claim("a6", 30, "air_support", "withdrawn", actors=("PRT",), said_by="Rui Albergaria", said_by_code="PRT")
    ledger = link([offered, withdrawn])
    assert len(ledger.changes) == 1 and not ledger.contradictions


def test_an_unrelated_story_is_not_linked():
    frigate = claim("a1", 4, "naval_forces", "pledged")
    fodder = claim("a4", 18, "funding", "planned", actors=("IRL",), evidence="will pay up to 2,500 euros per farm")
    money = claim("a5", 25, "funding", "pledged", evidence="contribute 15 million euros")
    ledger = link([frigate, fodder, money])
    assert len({entry_of(ledger, frigate), entry_of(ledger, fodder), entry_of(ledger, money)}) == 3


def test_another_package_on_a_later_day_is_a_new_entry_but_the_same_one_retold_is_not():
    first = claim("a1", 4, "military_aid", "pledged", actors=("USA",), recipients=("UKR",), evidence="$800 million in security assistance")
    retold = claim("a1", 4, "military_aid", "pledged", actors=("USA",), recipients=("UKR",), evidence="the $800 million package", start=50)
    second = claim("a2", 12, "military_aid", "pledged", actors=("USA",), recipients=("UKR",), evidence="an additional $800 million in security assistance")
    other_sum = claim("a3", 14, "funding", "pledged", actors=("USA",), recipients=("UKR",), evidence="$500 million in budget support")
    more_money = claim("a4", 15, "funding", "pledged", actors=("USA",), recipients=("UKR",), evidence="$300 million in budget support")
    ledger = link([first, retold, second, other_sum, more_money])
    assert entry_of(ledger, first) == entry_of(ledger, retold) != entry_of(ledger, second)
    assert entry_of(ledger, other_sum) != entry_of(ledger, more_money)


def test_recipients_must_agree_when_both_are_given():
    on_one = claim("a1", 4, "sanctions", "imposed", actors=("USA",), recipients=("RUS",))
    on_another = claim("a2", 5, "sanctions", "imposed", actors=("USA",), recipients=("IRN",))
    unsaid = claim("a3", 6, "sanctions", "imposed", actors=("USA",))
    ledger = link([on_one, on_another, unsaid])
    assert entry_of(ledger, on_one) != entry_of(ledger, on_another)
    assert entry_of(ledger, unsaid) == entry_of(ledger, on_another)  # the latest compatible entry


def test_reports_far_apart_in_time_are_separate_episodes():
    early = claim("a1", 1, "troops", "delivered")
    late = Claim(record="commitment", what="troops", actors=("ESP",), stance="delivered", article_id="a9", published=dt.date(2027, 3, 1))
    ledger = link([early, late])
    assert entry_of(ledger, early) != entry_of(ledger, late)


TEXT = ("Norwegian frigates and Finnish minesweepers began operating in the shipping lane on Monday, while Portugal said it had made no "
        "commitment to send aircraft. The Portuguese defence minister said in Lisbon that his government had not promised any planes, "
        "contradicting the Estonian prime minister, who said last week that Portugal had committed two maritime patrol aircraft. ") * 2


def test_a_wire_copy_with_a_new_first_paragraph_is_found_and_counted_once():
    copy = "LISBON (Wire) - Portugal said on Tuesday it had made no commitment to send aircraft to the mission. " + TEXT.replace("planes", "aircraft")
    unrelated = "Farmers whose fodder ran low after a wet winter can apply for support from Monday, the agriculture minister said. " * 3
    copies = find_copies([("original", TEXT), ("unrelated", unrelated), ("copy", copy)])
    assert copies == {"copy": "original"}
    reports = mark_copies([claim("original", 10, "air_support", "ruled_out", actors=("PRT",), source="Post"),
                           claim("copy", 10, "air_support", "ruled_out", actors=("PRT",), source="Wire")], copies)
    (entry,) = link(reports).entries
    assert len(entry.claims) == 2 and entry.sources == ("Post",)


def test_an_opposition_party_is_not_its_government_in_the_brief():
    from accord.briefing import _actor_key
    from accord.records import Entity

    names: dict[str, str] = {}
    government = Entity(text="Robert Mugabe", name="Robert Mugabe", label="PERSON", code="ZWE", sector="GOV")
    opposition = Entity(text="Morgan Tsvangirai", name="Morgan Tsvangirai", label="PERSON", code="ZWE", sector="OPP")
    assert _actor_key(government, names) == "ZWE"
    assert _actor_key(opposition, names) == "ZWE/OPP" and names["ZWE/OPP"] == "ZWE (OPP)"


def test_the_government_and_the_opposition_of_one_state_are_two_actors():
    offer = claim("z1", 4, "talks", "offered", actors=("ZWE",), actor_sector="GOV", evidence="is open to talks with the opposition")
    refusal = claim("z1", 4, "talks", "ruled_out", actors=("ZWE",), actor_sector="OPP", actor_name="Tendai Moyo",
                    evidence="will not take part in any talks", start=40)
    minister = claim("z2", 6, "talks", "conditional", actors=("ZWE",), actor_sector="GOV", evidence="is ready for dialogue")
    army = claim("z2", 6, "talks", "offered", actors=("ZWE",), actor_sector="MIL", evidence="the army backs the talks", start=50)
    unsaid = claim("z3", 7, "talks", "ruled_out", actors=("ZWE",), evidence="rejected the talks")
    ledger = link([offer, refusal, minister, army, unsaid])
    assert entry_of(ledger, offer) == entry_of(ledger, minister) == entry_of(ledger, army) != entry_of(ledger, refusal)
    assert entry_of(ledger, unsaid) in {entry_of(ledger, offer), entry_of(ledger, refusal)}  # a side not given joins either


def test_two_rebel_groups_of_one_state_are_two_actors_and_each_keeps_its_own_reports():
    threat = claim("d1", 4, "talks", "threatened", actors=("XXR",), actor_sector="REB", actor_name="Amir Haddad", evidence="threatened to leave the talks")
    refusal = claim("d1", 4, "talks", "ruled_out", actors=("XXR",), actor_name="Salma Idris", evidence="refused to attend", start=30)
    again = claim("d1", 4, "talks", "ruled_out", actors=("XXR",), actor_name="Amir Haddad", evidence="is not attending the talks", start=60)
    ledger = link([threat, refusal, again])
    assert entry_of(ledger, threat) == entry_of(ledger, again) != entry_of(ledger, refusal)


def test_one_more_on_top_of_what_is_in_place_is_a_new_contribution():
    new = claim("t1", 4, "troops", "planned", recipients=("XXA",), evidence="will send another 150 troops", start=10)
    there = claim("t1", 4, "troops", "delivered", recipients=("XXA",), evidence="has 120 there at the moment", start=60)
    retold = claim("t1", 4, "troops", "planned", recipients=("XXA",), evidence="would deploy about 150 soldiers", start=90)
    have = claim("t1", 4, "troops", "delivered", recipients=("XXA",), evidence="the troops we already have", start=120)
    ledger = link([new, there, retold, have])
    assert entry_of(ledger, new) == entry_of(ledger, retold) != entry_of(ledger, there)
    assert entry_of(ledger, there) == entry_of(ledger, have)


def test_what_is_currently_there_and_will_be_withdrawn_is_not_a_presence():
    out = claim("w1", 4, "troops", "withdrawn", evidence="forces currently stationed there would be pulled out", start=10)
    later = claim("w1", 4, "troops", "conditional", evidence="the pull-out could come sooner", start=60)
    ledger = link([out, later])
    assert entry_of(ledger, out) == entry_of(ledger, later)


def test_the_same_sum_for_two_purposes_is_two_lines_but_the_same_purpose_retold_is_one():
    planes = claim("b1", 4, "military_aid", "planned", evidence="$2 billion to maintain the air fleet", start=10)
    supplies = claim("b1", 4, "military_aid", "planned", evidence="$2 billion to buy fuel and spare parts", start=60)
    retold = claim("b2", 5, "military_aid", "planned", evidence="the $2 billion to buy fuel", start=10)
    ledger = link([planes, supplies, retold])
    assert entry_of(ledger, planes) != entry_of(ledger, supplies) == entry_of(ledger, retold)


def test_one_more_told_again_the_next_day_or_with_the_same_sum_is_the_same_one():
    monday = claim("m1", 9, "troops", "planned", evidence="is set to more than double its contingent")
    tuesday = claim("m2", 10, "troops", "pledged", evidence="decided to commit an additional 300 troops")
    next_week = claim("m3", 17, "troops", "pledged", evidence="will send another 300 troops")
    ledger = link([monday, tuesday, next_week])
    assert entry_of(ledger, monday) == entry_of(ledger, tuesday) != entry_of(ledger, next_week)
    pledge = claim("r1", 4, "reconstruction", "pledged", evidence="pledges $90 million in aid")
    again = claim("r1", 4, "reconstruction", "pledged", evidence="a new pledge of $90 million over three years", start=50)
    ledger = link([pledge, again])
    assert entry_of(ledger, pledge) == entry_of(ledger, again)


def test_one_more_after_refusing_one_more_is_a_change_of_mind():
    refused = claim("h1", 2, "troops", "ruled_out", evidence="there would be no increase in troop numbers")
    backflip = claim("h2", 20, "troops", "pledged", evidence="will send an additional 400 troops")
    ledger = link([refused, backflip])
    assert entry_of(ledger, refused) == entry_of(ledger, backflip)
    assert [(c.before.stance, c.after.stance) for c in ledger.changes] == [("ruled_out", "pledged")]


def test_refusing_further_talks_the_day_talks_are_refused_is_the_same_refusal():
    refused = claim("k1", 20, "talks", "ruled_out", actors=("XXK",), evidence="would not come to the talks")
    further = claim("k1", 20, "talks", "ruled_out", actors=("XXK",), evidence="will not join further discussions", start=50)
    next_month = replace(further, article_id="k2", published=dt.date(2026, 4, 20))
    ledger = link([refused, further, next_month])
    assert entry_of(ledger, refused) == entry_of(ledger, further) != entry_of(ledger, next_month)


def test_a_report_is_placed_on_its_own_past_date_but_not_on_a_date_to_come():
    surge = replace(claim("i1", 20, "troops", "delivered", evidence="sent five more brigades"), date="2024")
    pull_out = replace(claim("i1", 20, "troops", "withdrawn", evidence="would be out of the country entirely", start=50), date="2028-12-31")
    by_then = replace(claim("i1", 20, "troops", "withdrawn", evidence="out of the cities", start=90), date="2027-06")
    assert (surge.when, pull_out.when, by_then.when) == (dt.date(2024, 12, 31), dt.date(2026, 3, 20), dt.date(2026, 3, 20))
    ledger = link([surge, pull_out, by_then])
    assert entry_of(ledger, pull_out) == entry_of(ledger, by_then) != entry_of(ledger, surge)


def test_troops_in_place_stay_open_longer_than_a_promise():
    sent = claim("e1", 1, "troops", "delivered", recipients=("XXS",), evidence="troops crossed the border")
    months_later = replace(claim("e2", 1, "troops", "withdrawn", recipients=("XXS",), evidence="announced the retreat"), published=dt.date(2026, 8, 1))
    promised = claim("p1", 1, "troops", "pledged", actors=("ITA",), recipients=("XXS",), evidence="will send troops")
    still_promised = replace(claim("p2", 1, "troops", "pledged", actors=("ITA",), recipients=("XXS",), evidence="will send troops"), published=dt.date(2026, 8, 1))
    ledger = link([sent, months_later, promised, still_promised])
    assert entry_of(ledger, sent) == entry_of(ledger, months_later)
    assert entry_of(ledger, promised) != entry_of(ledger, still_promised)


def test_the_brief_gives_the_ledger_the_side_that_acts():
    from accord.briefing import _acting_side
    from accord.records import Entity

    president = Entity(text="Robert Mugabe", name="Robert Mugabe", label="PERSON", code="ZWE", sector="GOV")
    party = Entity(text="the MDC", name="Movement for Democratic Change", label="ORG", code="ZWE", sector="OPP")
    leader = Entity(text="Morgan Tsvangirai", name="Morgan Tsvangirai", label="PERSON", code="ZWE", sector="OPP")
    assert _acting_side((president,), None) == {"actor_sector": "GOV", "actor_name": None}
    assert _acting_side((party,), leader) == {"actor_sector": "OPP", "actor_name": "Morgan Tsvangirai"}
    assert _acting_side((leader,), None) == {"actor_sector": "OPP", "actor_name": "Morgan Tsvangirai"}
    assert _acting_side((party,), president) == {"actor_sector": "OPP", "actor_name": None}  # not its leader


def test_the_link_bench_reads_the_side_from_the_gold_words_and_the_speaker():
    from accord.bench.links import gold_claims
    from accord.records import Article

    text = ("President Ana Lobo said she is open to talks. Deputy Information Minister Rui Sande said: we are willing to talk. "
            "Opposition leader Tomas Kiala said his party would not take part. Kiala said: we won't do that.")
    article = Article(id="s", source="Test", published=dt.date(2026, 3, 4), title="t", text=text)

    def gold(words: str, actor_text: str | None, said_by: str | None) -> dict:
        start = text.index(words)
        return {"evidence": {"start": start, "end": start + len(words), "text": words}, "actor": ["AGO"], "actor_text": actor_text,
                "kind": "talks", "stance": "offered", "recipient": ["AGO"], "said_by": said_by, "date": None}

    items = [{"article": "s", "published": "2026-03-04", "commitments": [
        gold("is open to talks", "President Ana Lobo", "Ana Lobo"), gold("are willing to talk", "we", "Rui Sande"),
        gold("would not take part", "his party", "Tomas Kiala"), gold("won't do that", "we", "Tomas Kiala")]}]
    sides = [(c.actor_sector, c.actor_name) for c in gold_claims(items, {"s": article}).values()]
    assert sides == [("GOV", None), ("GOV", None), ("OPP", "Tomas Kiala"), ("OPP", "Tomas Kiala")]  # "his party": the speaker's side
