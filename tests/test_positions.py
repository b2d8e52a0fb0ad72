"""Positions on small hand-written sentences (fictional)."""

from __future__ import annotations

import datetime as dt

import pytest

from accord import Settings
from accord.pipeline import extract_articles
from accord.records import Article

pytestmark = pytest.mark.model


def positions(nlp, text: str):
    (result,) = extract_articles([Article.from_text(text, published=dt.date(2026, 2, 3))], settings=Settings(), nlp=nlp)
    return [(p.holder.name, p.stance, p.topic) for p in result.positions]


def test_a_stance_verb_gives_its_subjects_position_on_the_object(nlp):
    assert ("Finland", "oppose", "extension of fishing ban") in positions(nlp, "Finland has consistently opposed the extension of the fishing ban.")
    assert ("Latvia", "support", "joint patrol plan") in positions(nlp, "Latvia supports the joint patrol plan.")


def test_support_for_an_actor_is_not_a_topic(nlp):
    assert positions(nlp, "Latvia supports Estonia.") == []


def test_a_topic_denied_a_place_in_what_someone_said(nlp):
    found = positions(nlp, "Finnish President Kalle Virtanen said that membership for the separatists would not be part of any settlement.")
    assert ("Kalle Virtanen", "oppose", "membership for separatists") in found


def test_a_topic_called_the_only_reliable_thing(nlp):
    found = positions(nlp, "Finnish lawmaker Kalle Virtanen argued that the joint patrol offered the gulf the only truly reliable protection.")
    assert ("Kalle Virtanen", "support", "joint patrol") in found


def test_no_reward_for_something(nlp):
    found = positions(nlp, 'Finnish President Kalle Virtanen said there could be "no reward for piracy."')
    assert ("Kalle Virtanen", "oppose", "reward for piracy") in found


def test_a_pointing_phrase_names_no_topic(nlp):
    assert positions(nlp, "Finland has opposed such a move.") == []


def test_a_plain_report_gives_no_position(nlp):
    assert positions(nlp, "Finnish President Kalle Virtanen said that the patrol boats left port on Monday.") == []
