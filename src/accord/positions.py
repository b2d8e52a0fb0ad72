"""Positions: an actor's stated stance, support or oppose, on a topic (stage accord.positions.v1).

Two readings, both precision first:

- **Stance verbs.** "Moscow has consistently opposed NATO enlargement", "Berlin supports the
  final text": the subject's entity holds the position, the object is the topic.
- **Evaluations in what someone said.** In a statement's content, a topic that is denied a
  place ("NATO accession for Kyiv would not be part of any peace arrangement"), refused
  outright ("there could be no reward for aggression"), or called the best, only or
  necessary thing ("NATO membership offered Ukraine the only truly reliable security
  assurance") gives the speaker's position on it.

The topic is the noun phrase's words, lower-cased, without determiners or possessives:
"nato accession for kyiv", "reward for aggression". A clause that fits none of these gives
no position: a missed stance is better than an invented one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import MentionIndex, participants, subject_of
from .records import Entity, Evidence, Position, PositionStance, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .records import Article

EXTRACTOR = "accord.positions.v1"

SUPPORT_VERBS = {"support", "back", "endorse", "favor", "favour", "welcome", "champion", "applaud", "advocate"}
OPPOSE_VERBS = {"oppose", "reject", "condemn", "denounce", "criticize", "criticise", "resist", "decry", "deplore", "dismiss"}
#: Words of a predicate that make its subject the best, only or needed thing.
PRAISE_WORDS = {"only", "best", "key", "essential", "vital", "crucial", "necessary", "indispensable", "reliable", "important", "right"}
#: Predicates that deny the subject a place: "would not be part of", "is not an option".
_PLACE_NOUNS = {"part", "option", "question", "solution", "answer", "basis"}
_DROP = {"det", "poss", "case", "punct"}
_POINTING = {"such", "this", "that", "these", "those"}


def extract_positions(doc: Doc, article: Article, entities: tuple[Entity, ...], statements: tuple[Statement, ...]) -> tuple[Position, ...]:
    """Every stated position the rules find, in text order, one per holder and topic and sentence."""
    index = MentionIndex.of(entities)
    found: dict[tuple[str, str, int], Position] = {}
    for token in doc:
        for position in _from_stance_verb(token, article, index):
            found.setdefault((position.holder.name, position.topic, position.evidence.start), position)
    for statement in statements:
        if statement.speaker is None:
            continue
        span = doc.char_span(statement.content_start, statement.content_end, alignment_mode="expand")
        if span is None:
            continue
        for position in _from_content(span, statement.speaker, article):
            found.setdefault((position.holder.name, position.topic, position.evidence.start), position)
    return tuple(sorted(found.values(), key=lambda p: p.evidence.start))


def _from_stance_verb(token: Token, article: Article, index: MentionIndex) -> list[Position]:
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in SUPPORT_VERBS | OPPOSE_VERBS or any(c.dep_ == "neg" for c in token.children):
        return []
    obj = next((c for c in token.children if c.dep_ in ("dobj", "obj")), None)
    subject, passive = subject_of(token)
    if obj is None or subject is None or passive:
        return []
    holders = participants(subject, index, actors_only=True)
    topic = _topic(obj)
    if not holders or not topic or index.at(obj, actors_only=False) is not None:
        return []  # "supports Ukraine" is support for an actor, which is an event, not a topic
    stance: PositionStance = "support" if lemma in SUPPORT_VERBS else "oppose"
    return [_position(article, holder, topic, stance, token.sent) for holder in holders]


def _from_content(content: Span, speaker: Entity, article: Article) -> list[Position]:
    positions = []
    for verb in (t for t in content if t.dep_ in ("ROOT", "ccomp", "conj") and t.pos_ in ("VERB", "AUX")):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None)
        negated = any(c.dep_ == "neg" for c in verb.children)
        attribute = next((c for c in verb.children if c.dep_ in ("attr", "dobj") and c.pos_ == "NOUN"), None)
        if subject is not None and negated and attribute is not None and attribute.lemma_.lower() in _PLACE_NOUNS:
            positions.append(_position(article, speaker, _topic(subject), "oppose", verb.sent))  # "X would not be part of any deal"
            continue
        if subject is not None and not negated and attribute is not None and _praised(attribute):
            positions.append(_position(article, speaker, _topic(subject), "support", verb.sent))  # "X offered the only reliable assurance"
            continue
        if subject is not None and subject.lower_ in ("there",):
            continue
        # "there could be no reward for aggression"
        expletive = any(c.dep_ == "expl" for c in verb.children)
        if expletive and attribute is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in attribute.children):
            positions.append(_position(article, speaker, _topic(attribute), "oppose", verb.sent))
    return [p for p in positions if p.topic]


def _praised(noun: Token) -> bool:
    return any(t.lower_ in PRAISE_WORDS for t in noun.subtree if t.i < noun.i or t.head.i == noun.i)


def _topic(head: Token) -> str:
    """The noun phrase without determiners, possessive markers, clauses or punctuation; empty
    for a phrase that only points back ("such a move", "this step"), which names no topic."""
    words = [t for t in head.subtree if t.dep_ not in _DROP and not _in_clause(t, head)]
    if any(t.lower_ in _POINTING for t in head.subtree if t.i < head.i) or head.pos_ == "PRON":
        return ""
    return " ".join(t.lower_ for t in words if not t.is_punct).strip()


def _in_clause(token: Token, head: Token) -> bool:
    while token.i != head.i:
        if token.dep_ in ("relcl", "acl", "advcl", "ccomp", "appos"):
            return True
        token = token.head
    return False


def _position(article: Article, holder: Entity, topic: str, stance: PositionStance, sentence: Span) -> Position:
    return Position(
        article_id=article.id, holder=holder, topic=topic, stance=stance,
        evidence=Evidence(start=sentence.start_char, end=sentence.end_char, sentence=sentence.text), extractor=EXTRACTOR,
    )
