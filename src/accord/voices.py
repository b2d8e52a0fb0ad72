"""Who "I" and "we" are inside quotations: the quoted speaker, and the speaker's state.

Part of the event and commitment stages. The actors stage leaves first-person pronouns
alone, because whom they stand for depends on who is speaking. Once statements are known,
"I" inside a statement's content is its speaker and "we" the speaker's state (or the body
itself when a body speaks): in '"We will not send troops," Meloni said', "we" is Italy.

Outside quotations, "I" and "we" in a government's own release are that government (see
`clauses.MentionIndex`), except where a sentence speaks of a multilateral body itself
("we will defend every inch of NATO territory"), whose "we" may be the body. The "we" of a
joint text whose opening names who speaks ("We, the leaders of Chile, Peru and Spain, ...")
is exactly the parties named (`signatories`). A quotation with no reporting verb of its own
that stands as a sentence goes on with the last speaker its paragraph named, or is the
person of a bare '"...," Mr Downer said.' right after it (`running_quotes`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .records import Entity, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .knowledge import ActorBase

SINGULAR = {"i", "me", "my", "mine", "myself"}
PLURAL = {"we", "us", "our", "ours", "ourselves"}


@dataclass
class FirstPerson:
    """The referents of "I" and "we" by position in one article."""

    #: (start, end, I, we) for each statement's content, innermost last.
    quoted: list[tuple[int, int, Entity | None, Entity | None]] = field(default_factory=list)

    def resolve(self, word: str, offset: int) -> Entity | None:
        word = word.lower()
        if word not in SINGULAR and word not in PLURAL:
            return None
        for start, end, singular, plural in reversed(self.quoted):
            if start <= offset < end:
                return singular if word in SINGULAR else plural
        return None


def first_person(entities: tuple[Entity, ...], statements: tuple[Statement, ...], kb: ActorBase) -> FirstPerson:
    """The first-person referents of one article."""
    voices = FirstPerson()
    for statement in statements:
        speaker = statement.speaker
        if speaker is None:
            continue
        if speaker.label == "PERSON":
            voices.quoted.append((statement.content_start, statement.content_end, speaker, _state(speaker.code, entities, kb)))
        else:
            voices.quoted.append((statement.content_start, statement.content_end, None, speaker))
    return voices


#: Opening and closing quotation marks.
_OPENING = {'"', "“", "``"}
_CLOSING = {'"', "”", "''"}


def running_quotes(doc: Doc, entities: tuple[Entity, ...], statements: tuple[Statement, ...], kb: ActorBase) -> FirstPerson:
    """First-person referents in quotations with no reporting verb of their own. News style lets a
    quotation that stands as its own sentence continue the last speaker its paragraph named:
    'Nasrallah confirmed ... "We will bomb Tel Aviv."' is Nasrallah's, and "we" is Lebanon. The
    speaker is the last statement's speaker earlier in the paragraph, else the person subject of the
    sentence just before, else the person of a bare '"...," Mr Downer said.' right after it; a
    paragraph that names no speaker leaves the quotation alone."""
    voices = FirstPerson()
    text = doc.text
    previous: tuple[int, Entity] | None = None
    for start, end in _standalone_quotes(doc):
        if any(s.content_start < end and start < s.content_end for s in statements):
            continue
        paragraph = text.rfind("\n", 0, start) + 1
        if previous is not None and not text[previous[0]:start].strip():
            # “...,” “...”: a quotation right after another goes on with the same voice.
            speaker: Entity | None = previous[1]
        else:
            speaker = (
                _last_speaker(statements, paragraph, start) or _previous_subject(doc, start, paragraph, entities)
                or _following_reporter(doc, end, entities)
            )
        if speaker is None:
            continue
        previous = (end, speaker)
        if speaker.label == "PERSON":
            voices.quoted.append((start, end, speaker, _state(speaker.code, entities, kb)))
        else:
            voices.quoted.append((start, end, None, speaker))
    return voices


def _standalone_quotes(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of quotations that stand as sentences of their own: each opens where a
    sentence may start and closes on its own final punctuation, at the end of a paragraph, or
    right before another such quotation. Done on characters: the parser often puts a closing
    mark into the next sentence."""
    text = doc.text
    pairs: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        mark = text[i]
        if mark in ("“", '"'):
            close = text.find("”" if mark == "“" else '"', i + 1)
            if close < 0:
                break
            pairs.append((i, close + 1))
            i = close + 1
        else:
            i += 1
    spans: list[tuple[int, int]] = []
    for start, end in pairs:
        before = text[:start].rstrip(" \t")
        if before and before[-1] not in ".!?\n”\"":
            continue
        inner = text[start + 1:end - 1].rstrip()
        after = text[end:].lstrip(" \t")
        if inner[-1:] in (".", "!", "?", "…") or not after or after[0] in "\n“\"":
            spans.append((start, end))
    return spans


def _last_speaker(statements: tuple[Statement, ...], paragraph: int, start: int) -> Entity | None:
    before = [s for s in statements if paragraph <= s.content_start and s.content_end <= start and s.speaker is not None]
    return max(before, key=lambda s: s.content_end).speaker if before else None


def _previous_subject(doc: Doc, start: int, paragraph: int, entities: tuple[Entity, ...]) -> Entity | None:
    """The person named as subject of the sentence just before `start`, inside the paragraph."""
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    if token is None or token.start == 0:
        return None
    previous = doc[token.start - 1].sent
    subject = next((t for t in previous.root.children if t.dep_ == "nsubj"), None)
    if subject is None or subject.idx < paragraph:
        return None
    for entity in entities:
        if entity.label == "PERSON" and any(m.start <= subject.idx < m.end for m in entity.mentions):
            return entity
    return None


#: Verbs that report speech with nothing else in their clause ('Mr Downer said.').
_BARE_REPORTING = {"say", "add", "tell", "explain", "state", "insist", "write"}


def _following_reporter(doc: Doc, end: int, entities: tuple[Entity, ...]) -> Entity | None:
    """The person of a reporting sentence with no content of its own that follows the quotation at
    once, in its paragraph: '"We have 190 troops there." Mr Downer said.'"""
    text = doc.text
    start = end
    while start < len(text) and text[start] in " \t":
        start += 1
    if start >= len(text) or text[start] == "\n":
        return None
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    first = span[0]
    root = first.sent.root
    if root.lemma_.lower() not in _BARE_REPORTING or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in root.children):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i < first.i:
        return None
    for entity in entities:
        if entity.label == "PERSON" and any(m.start <= subject.idx < m.end for m in entity.mentions):
            return entity
    return None


def _state(code: str | None, entities: tuple[Entity, ...], kb: ActorBase) -> Entity | None:
    """The article's own entity for a state, else one made from the knowledge base."""
    if not code:
        return None
    found = next((e for e in entities if e.code == code and e.label == "GPE"), None)
    if found is not None:
        return found
    country = kb.countries.get(code)
    if country is None:
        return None
    return Entity(text=country["name"], name=country["name"], label="GPE", code=code, sector="GOV")




def signatories(doc: Doc, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """The parties a joint text names as its "we" in its opening: "We, the leaders of Chile,
    Peru and Spain, condemn ..." gives Chile, Peru and Spain. Empty when the text does not
    open that way: an unnamed "we" is left alone."""
    sentence = next(iter(doc.sents), None)
    if sentence is None:
        return ()
    first = next((t for t in sentence if not t.is_space), None)
    if first is None or first.lower_ != "we" or first.dep_ != "nsubj":
        return ()
    named = [c for c in first.children if c.dep_ == "appos"]
    if not named:
        return ()
    tokens = [t for appos in named for t in appos.subtree]
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    found: list[Entity] = []
    for entity in entities:
        if entity.code and entity.code not in {e.code for e in found} and any(start <= m.start < end for m in entity.mentions):
            found.append(entity)
    # Mentions in text order, so the parties keep the order the text gives them.
    found.sort(key=lambda e: min(m.start for m in e.mentions if start <= m.start < end))
    return tuple(found)
