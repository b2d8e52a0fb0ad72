"""Who "I" and "we" are inside quotations: the quoted speaker, and the speaker's state.

Part of the event and commitment stages. The actors stage leaves first-person pronouns
alone, because whom they stand for depends on who is speaking. Once statements are known,
"I" inside a statement's content is its speaker and "we" the speaker's state (or the body
itself when a body speaks): in '"We will not send troops," Meloni said', "we" is Italy.

Outside quotations, "I" in a government's own release is that government (see
`clauses.MentionIndex`); the publisher's "we" is left unresolved: it is as often a
coalition ("we, our Allies and partners"), and resolving it to the government found more
events but invented more too (event-type precision fell from 0.86 to 0.82 on the
development gold). The one "we" outside quotations that is resolved is that of a joint
text whose opening names who speaks ("We, the leaders of Chile, Peru and Spain, ..."):
there "we" is exactly the parties named (`signatories`).
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
