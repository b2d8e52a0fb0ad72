"""A baseline for the statements stage: textacy's `direct_quotations`, scored on the same gold.

textacy reads only quoted speech, and gives its speaker as the words next to the cue (no
coreference), which is what the statements stage is measured against. It is an optional
dependency (the `dev` extra installs it); without it the baseline is skipped, not failed.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from ..nlp import parse
from ..records import ArticleResult, Entity, Evidence, Statement

if TYPE_CHECKING:
    from spacy.language import Language

    from ..records import Article
    from ..settings import Settings
    from .accuracy import Measure

BASELINE_STAGE = "statements_textacy"


def textacy_available() -> bool:
    try:
        import textacy.extract.triples  # noqa: F401
    except ImportError:
        return False
    return True


def textacy_statements(articles: dict[str, Article], *, settings: Settings, nlp: Language | None = None) -> dict[str, ArticleResult]:
    """Each article with the direct quotations textacy finds, as Statement records."""
    from textacy.extract.triples import direct_quotations

    by_id = {article.id: key for key, article in articles.items()}
    results: dict[str, ArticleResult] = {}
    for doc, article in parse(articles.values(), settings=settings, nlp=nlp):
        statements = []
        try:
            triples = list(direct_quotations(doc))
        except ValueError:
            # textacy gives up on a whole article with an unbalanced quotation mark; that is
            # part of what the baseline measures.
            triples = []
        for triple in triples:
            speaker_text = " ".join(t.text for t in triple.speaker)
            cue = triple.cue
            content = triple.content
            statements.append(
                Statement(
                    article_id=article.id,
                    speaker=Entity(text=speaker_text, name=speaker_text, label="PERSON") if speaker_text else None,
                    speaker_text=speaker_text,
                    cue=" ".join(t.text for t in cue),
                    cue_start=cue[0].idx if cue else 0,
                    cue_end=cue[-1].idx + len(cue[-1].text) if cue else 0,
                    content=content.text,
                    content_start=content.start_char,
                    content_end=content.end_char,
                    kind="direct",
                    evidence=Evidence(start=content.start_char, end=content.end_char, sentence=content.sent.text),
                    extractor="textacy.direct_quotations",
                )
            )
        results[by_id[article.id]] = ArticleResult(article=article, statements=tuple(statements))
    return results


def score_baseline(gold: list[dict[str, Any]], articles: dict[str, Article], *, settings: Settings, nlp: Language | None = None) -> list[Measure]:
    """The statements scores of the textacy baseline, under the stage name `statements_textacy`."""
    from .accuracy import score_statements

    measures = score_statements(gold, textacy_statements(articles, settings=settings, nlp=nlp))
    return [dataclasses.replace(m, stage=BASELINE_STAGE) for m in measures]
