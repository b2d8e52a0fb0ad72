import datetime as dt

import pytest

from accord import Settings
from accord.bench.baseline import BASELINE_STAGE, score_baseline, textacy_available, textacy_statements
from accord.records import Article

pytestmark = [pytest.mark.model, pytest.mark.skipif(not textacy_available(), reason="textacy is not installed")]


def _articles():
    balanced = Article.from_text('"We will keep the border open," the minister said on Monday.', published=dt.date(2026, 3, 2), source_id="a")
    unbalanced = Article.from_text('"We will keep the border open, the minister said. Talks went on.', published=dt.date(2026, 3, 2), source_id="b")
    return {"a": balanced, "b": unbalanced}


def test_the_baseline_reads_direct_quotations_and_gives_up_on_unbalanced_marks(nlp):
    results = textacy_statements(_articles(), settings=Settings(), nlp=nlp)
    assert [s.content.strip("\"") for s in results["a"].statements] == ["We will keep the border open,"]
    assert results["b"].statements == ()


def test_the_baseline_is_scored_under_its_own_stage_name(nlp):
    text = _articles()["a"].text
    start = text.index("We")
    gold = [{"article": "a", "statements": [{
        "content": {"start": start, "end": text.index(',"'), "text": "We will keep the border open"},
        "cue": {"start": text.index("said"), "end": text.index("said") + 4, "text": "said"},
        "speaker": {"start": text.index("minister"), "end": text.index("minister") + 8, "text": "minister"},
        "speaker_type": "title", "speaker_person": None, "speaker_code": None,
    }]}]
    measures = score_baseline(gold, {"a": _articles()["a"]}, settings=Settings(), nlp=nlp)
    assert {m.stage for m in measures} == {BASELINE_STAGE}
    content = next(m for m in measures if m.metric == "content")
    assert (content.tp, content.fp, content.fn) == (1, 0, 0)
