import dataclasses
import json

import pytest

from accord import Settings, UsageError
from accord.bench import AccuracyReport, Score, check_floors, load_floors, run_accuracy, run_speed

from .conftest import EXAMPLES, REPO, SHARED, write

GOLD = REPO / "bench" / "gold"
FLOORS = REPO / "bench" / "floors.json"
CORPUS = SHARED / "corpus"


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "precision", "recall", "f1"),
    [(8, 2, 2, 0.8, 0.8, 0.8), (0, 0, 0, 0.0, 0.0, 0.0), (3, 0, 1, 1.0, 0.75, 6 / 7), (0, 4, 0, 0.0, 0.0, 0.0)],
)
def test_score_arithmetic(tp, fp, fn, precision, recall, f1):
    score = Score(stage="s", metric="m", tp=tp, fp=fp, fn=fn)
    assert (score.precision, score.recall) == (precision, recall)
    assert score.f1 == pytest.approx(f1)


def test_check_floors_reports_broken_and_missing_floors():
    report = AccuracyReport(scores=[Score(stage="entities", metric="span", tp=8, fp=2, fn=2)])
    floors = {"_comment": "ignored", "entities/span": {"precision": 0.7, "f1": 0.9}, "statements/speaker": {"f1": 0.5}}
    assert check_floors(report, floors) == [
        "entities/span: f1 0.800 is below the floor 0.900",
        "statements/speaker: no score measured (is its gold file missing?)",
    ]


def test_every_floor_names_a_scored_stage():
    from accord.bench.accuracy import HELD_OUT, SCORERS

    # Linking is scored alongside the commitments, on the pairs in links.jsonl.
    scored = {*SCORERS, "links", "statements_textacy"}
    for key in load_floors(FLOORS):
        if not key.startswith("_"):
            assert key.split("/")[0].removesuffix(HELD_OUT) in scored
            assert key.startswith("statements_textacy") or (GOLD / f"{key.split('/')[0]}.jsonl").exists()


def test_gold_with_shifted_offsets_is_refused(tmp_path, settings):
    corpus = write(tmp_path / "corpus" / "dev" / "mini.jsonl", json.dumps({"id": "a1", "text": "Latvia offered logistics to Estonia."}) + "\n")
    gold = {"corpus": "dev/mini.jsonl", "article": "a1", "mentions": [{"start": 1, "end": 7, "text": "Latvia", "label": "GPE"}]}
    write(tmp_path / "gold" / "entities.jsonl", json.dumps(gold) + "\n")
    assert corpus.exists()
    with pytest.raises(UsageError, match="does not hold 'Latvia'"):
        run_accuracy(gold_dir=tmp_path / "gold", corpus_dir=tmp_path / "corpus", settings=settings)


@pytest.mark.model
def test_scoring_a_small_gold_counts_hits_misses_and_extras(tmp_path, settings, nlp):
    text = "Latvian Foreign Minister Ilze Kalnina met Estonian officials in Riga. Kalnina praised Estonia."
    write(tmp_path / "corpus" / "mini.jsonl", json.dumps({"id": "a1", "text": text}) + "\n")
    mentions = [
        {"start": text.index("Ilze"), "end": text.index(" met"), "text": "Ilze Kalnina", "label": "PERSON"},
        {"start": text.index("Riga"), "end": text.index("Riga") + 4, "text": "Riga", "label": "GPE"},
        {"start": text.index("Estonia."), "end": text.index("Estonia.") + 7, "text": "Estonia", "label": "GPE"},
        {"start": text.index("Kalnina praised"), "end": text.index(" praised"), "text": "Kalnina", "label": "PERSON"},
    ]
    write(tmp_path / "gold" / "entities.jsonl", json.dumps({"corpus": "mini.jsonl", "article": "a1", "mentions": mentions}) + "\n")
    report = run_accuracy(gold_dir=tmp_path / "gold", corpus_dir=tmp_path / "corpus", settings=settings, nlp=nlp)
    span = next(s for s in report.scores if s.metric == "span")
    assert span.tp + span.fn == 4  # every gold mention is either found or missed
    assert span.tp >= 3


@pytest.mark.model
@pytest.mark.skipif(not CORPUS.exists(), reason="needs ../shared/corpus")
def test_accuracy_meets_the_floors(nlp):
    """The quality gate CI enforces: every stage at or above bench/floors.json."""
    report = run_accuracy(gold_dir=GOLD, corpus_dir=CORPUS, settings=Settings(), nlp=nlp)
    assert report.gold_files
    assert check_floors(report, load_floors(FLOORS)) == []


@pytest.mark.model
def test_speed_report_has_both_runs(nlp):
    report = run_speed([EXAMPLES], settings=Settings(), limit=3)
    assert report.articles == 3
    assert report.words > 0
    assert report.baseline_seconds > 0 and report.accord_seconds > 0
    assert report.ratio == report.accord_seconds / report.baseline_seconds
    assert report.accord_peak_rss_mb > 0


def test_score_statements_matches_by_content_and_checks_cue_and_speaker():
    from accord.bench.accuracy import score_statements
    from accord.records import Article, ArticleResult, Entity, Evidence, Mention, Statement

    text = "Saar said the ferry would run. Lehtonen warned of storms."
    article = Article.from_text(text, source_id="a1")
    saar = Entity(text="Karl Saar", name="Karl Saar", label="PERSON", code="EST", mentions=(Mention(start=0, end=4, text="Saar", label="PERSON"),))

    def statement(cue: str, content: str, speaker: Entity | None, speaker_text: str) -> Statement:
        start = text.index(content)
        return Statement(
            article_id=article.id, speaker=speaker, speaker_text=speaker_text, cue=cue, cue_start=text.index(cue),
            cue_end=text.index(cue) + len(cue), content=content, content_start=start, content_end=start + len(content),
            kind="indirect", evidence=Evidence(start=0, end=len(text), sentence=text), extractor="test",
        )

    def span(words: str) -> dict:
        return {"start": text.index(words), "end": text.index(words) + len(words), "text": words}

    gold = [{"article": "a1", "statements": [
        {"speaker": span("Saar"), "speaker_type": "surname", "speaker_person": "Karl Saar", "speaker_code": "EST",
         "cue": span("said"), "content": span("the ferry would run"), "kind": "indirect"},
        {"speaker": span("Lehtonen"), "speaker_type": "surname", "speaker_person": "Aino Lehtonen", "speaker_code": "FIN",
         "cue": span("warned"), "content": span("storms"), "kind": "indirect"},
    ]}]
    # One right statement (content with its full stop: still exact), one extra, one gold missed.
    predicted = (statement("said", "the ferry would run.", saar, "Saar"), statement("Lehtonen", "Lehtonen warned", None, ""))
    predicted = (predicted[0], dataclasses.replace(predicted[1], content_start=text.index("Lehtonen"), content_end=text.index("Lehtonen") + 8))
    scores = {m.key: m for m in score_statements(gold, {"a1": ArticleResult(article=article, statements=predicted)})}
    assert (scores["statements/content"].tp, scores["statements/content"].fp, scores["statements/content"].fn) == (1, 1, 1)
    assert (scores["statements/content:exact"].tp, scores["statements/cue:exact"].tp) == (1, 1)
    assert (scores["statements/speaker"].correct, scores["statements/speaker"].total) == (1, 2)


def test_score_events_matches_by_trigger_and_compares_codes_and_status():
    from accord.bench.accuracy import score_events
    from accord.records import Article, ArticleResult, Entity, Event, Evidence

    text = "Norway sent ships to Latvia. Estonia condemned Belarus. Finland met Sweden."
    article = Article.from_text(text, source_id="a1")
    nor, lva, est, blr = (Entity(text=c, name=c, label="GPE", code=c) for c in ("NOR", "LVA", "EST", "BLR"))

    def event(kind: str, trigger: str, actor: tuple, recipient: tuple, status: str = "occurred") -> Event:
        start = text.index(trigger)
        return Event(
            article_id=article.id, event=kind, trigger=trigger, trigger_start=start, trigger_end=start + len(trigger),
            actor=actor, recipient=recipient, status=status, evidence=Evidence(start=0, end=len(text), sentence=text), extractor="test",
        )

    def trigger(words: str) -> dict:
        return {"start": text.index(words), "end": text.index(words) + len(words), "text": words}

    gold = [{"article": "a1", "events": [
        {"trigger": trigger("sent"), "event": "AID", "actor": ["NOR"], "recipient": ["LVA", None], "status": "occurred"},
        {"trigger": trigger("condemned"), "event": "ACCUSE", "actor": ["EST"], "recipient": ["BLR"], "status": "occurred"},
        {"trigger": trigger("met"), "event": "CONSULT", "actor": ["FIN"], "recipient": ["SWE"], "status": "occurred"},
    ]}]
    # Right in full; right type with a wrong status and a missing recipient; one gold missed; one extra.
    predicted = (
        event("AID", "sent", (nor,), (lva,)),
        event("ACCUSE", "condemned", (est,), (), status="future"),
        event("ASSAULT", "Norway", (nor,), ()),
    )
    scores = {m.key: m for m in score_events(gold, {"a1": ArticleResult(article=article, events=predicted)})}
    assert (scores["events/type"].tp, scores["events/type"].fp, scores["events/type"].fn) == (2, 1, 1)
    assert (scores["events/type+actor+recipient"].tp, scores["events/type+actor+recipient"].fp, scores["events/type+actor+recipient"].fn) == (1, 2, 2)
    assert (scores["events/status"].correct, scores["events/status"].total) == (1, 2)


def test_score_commitments_matches_by_span_one_item_per_kind():
    from accord.bench.accuracy import score_commitments
    from accord.records import Article, ArticleResult, Commitment, Entity, Evidence

    text = "Norway would send frigates and money. Denmark offered troops."
    article = Article.from_text(text, source_id="a1")
    nor, dnk = (Entity(text=c, name=c, label="GPE", code=c) for c in ("NOR", "DNK"))

    def commitment(kind: str, stance: str, words: str, actor: tuple) -> Commitment:
        start = text.index(words)
        return Commitment(
            article_id=article.id, actor=actor, kind=kind, stance=stance, span=words, span_start=start, span_end=start + len(words),
            evidence=Evidence(start=0, end=len(text), sentence=text), extractor="test",
        )

    def span(words: str) -> dict:
        return {"start": text.index(words), "end": text.index(words) + len(words), "text": words}

    shared = span("would send frigates and money")
    gold = [{"article": "a1", "commitments": [
        {"evidence": shared, "kind": "naval_forces", "stance": "planned", "actor": ["NOR"]},
        {"evidence": shared, "kind": "funding", "stance": "planned", "actor": ["NOR"]},
        {"evidence": span("offered troops"), "kind": "troops", "stance": "offered", "actor": ["DNK", None]},
    ]}]
    predicted = (
        commitment("funding", "planned", "would send frigates and money", (nor,)),
        commitment("naval_forces", "pledged", "would send frigates", (nor,)),
        commitment("troops", "offered", "offered troops", (dnk,)),
    )
    scores = {m.key: m for m in score_commitments(gold, {"a1": ArticleResult(article=article, commitments=predicted)})}
    assert (scores["commitments/span"].tp, scores["commitments/kind"].tp) == (3, 3)
    full = scores["commitments/kind+stance+actor"]
    assert (full.tp, full.fp, full.fn) == (2, 1, 1)


def test_linking_is_scored_pairwise_on_gold_commitments():
    import datetime as dt

    from accord.bench.links import score_links
    from accord.records import Article

    text = "Spain pledged a frigate. Spain will not send the frigate. Ireland will pay farmers."
    article = Article.from_text(text, published=dt.date(2026, 3, 4), source_id="s")

    def item(words, kind, stance, actor):
        start = text.index(words)
        return {"evidence": {"start": start, "end": start + len(words), "text": words}, "actor": [actor], "recipient": [], "kind": kind, "stance": stance,
                "said_by": None, "date": None}

    gold = [{"article": "s", "published": "2026-03-04", "commitments": [
        item("pledged a frigate", "naval_forces", "pledged", "ESP"), item("will not send the frigate", "naval_forces", "withdrawn", "ESP"),
        item("will pay farmers", "funding", "planned", "IRL")]}]
    ev = [c["evidence"] for c in gold[0]["commitments"]]

    def ref(e):
        return {"article": "s", "start": e["start"], "end": e["end"], "text": e["text"]}

    pairs = [{"a": ref(ev[0]), "b": ref(ev[1]), "same": True}, {"a": ref(ev[0]), "b": ref(ev[2]), "same": False}, {"a": ref(ev[1]), "b": ref(ev[2]), "same": True}]
    (score,) = score_links(pairs, gold, {"s": article})
    assert (score.tp, score.fp, score.fn) == (1, 0, 1)
