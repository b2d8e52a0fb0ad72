"""Linking rules on hand-made claims: one story told over several articles (fictional)."""

import datetime as dt

from accord.ledger import Claim, find_copies, link, mark_copies


def claim(article: str, day: int, what: str, stance: str, actors=("ESP",), recipients=(), *, record="commitment", said_by=None, said_by_code=None,
          evidence="", source=None, start=0) -> Claim:
    return Claim(
        record=record, what=what, actors=actors, recipients=recipients, stance=stance, article_id=article, source=source or f"outlet {article}",
        published=dt.date(2026, 3, day), said_by=said_by, said_by_code=said_by_code, evidence=evidence, sentence=evidence, start=start, end=start + 1,
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
