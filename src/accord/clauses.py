"""Clause reading shared by the events and commitments stages: the lexicon, participants, status.

Both stages read a clause the same way: who acts (the subject's resolved entities), who
is acted upon (object and "with"/"against"/"to"/"on" complements), and how sure the
text is that it happens (negation, modals, control verbs such as "refused to" or "ready
to", "if"/"unless" clauses). Keeping that in one place means an event and the
commitment read from the same words never disagree about their status.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from .nlp import doc_text
from .knowledge import load_actor_base
from .records import Article, Entity, EventStatus, Mention, Statement, TimeExpression
from .voices import FirstPerson, signatories

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"could", "might", "may", "should", "must", "can", "ca"}
CONDITION_MARKS = {"if", "unless", "until"}
#: Nouns for people or bodies acting for a country: a nationality adjective on them names the actor ("Russian forces").
GROUP_NOUNS = {
    "force", "forces", "troops", "troop", "soldier", "soldiers", "government", "official", "officials", "military", "army",
    "navy", "people", "authorities", "leader", "leaders", "militant", "militants", "rebel", "rebels", "diplomat", "diplomats",
    "minister", "ministers", "president", "delegation", "regime", "police", "patrol", "administration",
}
#: Places and things of a country: a nationality adjective on them names whom an act is done to ("Ukrainian territory").
PLACE_NOUNS = {
    "territory", "border", "soil", "base", "bases", "capital", "city", "cities", "infrastructure", "waters", "airspace",
    "embassy", "ship", "ships", "vessel", "town", "village", "positions", "position", "settlement", "settlements",
}
#: Verbs a speaker performs by saying them: "I want to thank ..." thanks now, it is no plan.
PERFORMATIVES = {"thank", "welcome", "congratulate", "commend", "praise", "applaud", "express", "acknowledge", "salute", "condemn"}
#: Wishing verbs that wrap a performative ("I want to thank", "I would like to welcome").
_WISHING = {"want", "like", "wish"}
#: Heads of generic relative clauses: "anyone who backs ..." names no particular act.
GENERIC_HEADS = {"anyone", "anybody", "whoever", "everyone", "everybody"}
RECIPIENT_PREPS = {"with", "against", "to", "on", "into", "at", "toward", "towards", "from"}


@dataclass(frozen=True)
class Lexicon:
    """The shipped verb and noun lexicon (data/event_verbs.yaml), parsed."""

    verbs: dict[str, tuple[str, str | None]]
    phrases: dict[str, tuple[str, str | None]]
    light_verbs: frozenset[str]
    patient_light_verbs: frozenset[str]
    event_nouns: dict[str, tuple[str, str | None]]
    negators: frozenset[str]
    negator_phrases: frozenset[str]
    future_controls: frozenset[str]
    hypothetical_controls: frozenset[str]
    typed_speech: frozenset[str]
    kind_phrases: dict[str, str]
    kind_nouns: dict[str, str]
    commitment_verbs: dict[str, str]
    penalty_kinds: frozenset[str]
    penalty_verbs: frozenset[str]
    object_types: dict[str, dict[str, tuple[str, str | None] | None]]
    promise_controls: frozenset[str]
    considering_controls: frozenset[str]
    refusing_controls: frozenset[str]
    readiness: frozenset[str]
    withdraw_from_sanction: frozenset[str]
    appraisal_verbs: frozenset[str] = frozenset()
    appraisal_positive: frozenset[str] = frozenset()
    appraisal_negative: frozenset[str] = frozenset()
    role_nouns: dict[str, tuple[str, str | None]] = field(default_factory=dict)


def _typed(value: str) -> tuple[str, str | None]:
    event, _, mode = value.partition(" ")
    return event, mode or None


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The lexicon shipped in accord/data/event_verbs.yaml."""
    data: dict[str, Any] = yaml.safe_load((resources.files("accord") / "data" / "event_verbs.yaml").read_text(encoding="utf-8"))
    return Lexicon(
        verbs={k: _typed(v) for k, v in data["verbs"].items()},
        phrases={k: _typed(v) for k, v in data["phrases"].items()},
        light_verbs=frozenset(data["light_verbs"]),
        patient_light_verbs=frozenset(data.get("patient_light_verbs", ())),
        event_nouns={k: _typed(v) for k, v in data["event_nouns"].items()},
        negators=frozenset(data["negators"]),
        negator_phrases=frozenset(data["negator_phrases"]),
        future_controls=frozenset(data["future_controls"]),
        hypothetical_controls=frozenset(data["hypothetical_controls"]),
        typed_speech=frozenset(data["typed_speech"]),
        kind_phrases=dict(data["kind_phrases"]),
        kind_nouns=dict(data["kind_nouns"]),
        commitment_verbs=dict(data["commitment_verbs"]),
        penalty_kinds=frozenset(data["penalty_kinds"]),
        penalty_verbs=frozenset(data["penalty_verbs"]),
        object_types={
            verb: {noun: None if value == "none" else _typed(value) for noun, value in nouns.items()}
            for verb, nouns in data["object_types"].items()
        },
        withdraw_from_sanction=frozenset(data["withdraw_from_sanction"]),
        promise_controls=frozenset(data["promise_controls"]),
        considering_controls=frozenset(data["considering_controls"]),
        refusing_controls=frozenset(data["refusing_controls"]),
        readiness=frozenset(data["readiness"]),
        role_nouns={k: _typed(v) for k, v in data.get("role_nouns", {}).items()},
        appraisal_verbs=frozenset(data.get("appraisal_verbs", ())),
        appraisal_positive=frozenset(data.get("appraisal_positive", ())),
        appraisal_negative=frozenset(data.get("appraisal_negative", ())),
    )


@dataclass
class MentionIndex:
    """Entities by the character offsets of their mentions."""

    spans: list[tuple[Mention, Entity]] = field(default_factory=list)
    voices: FirstPerson | None = None
    #: The publishing government, when the publisher is one ("The White House"): the "I" of its
    #: own unquoted text is its head of government, who acts for it.
    publisher: Entity | None = None
    #: Character spans of quoted or reported statements: there "I" is someone else.
    quoted: tuple[tuple[int, int], ...] = ()
    #: The parties a joint text names as its "we" ("We, the leaders of A, B and C, ...").
    joint: tuple[Entity, ...] = ()
    #: The article's title, where a body that the text only describes ("the Council") may be named in full.
    title: str = ""

    @classmethod
    def of(
        cls, entities: tuple[Entity, ...], voices: FirstPerson | None = None, *,
        article: Article | None = None, statements: tuple[Statement, ...] = (), doc: Doc | None = None,
    ) -> MentionIndex:
        return cls(
            [(m, e) for e in entities for m in e.mentions], voices,
            publisher=publisher_of(article) if article is not None else None,
            quoted=tuple((s.content_start, s.content_end) for s in statements),
            joint=signatories(doc, entities) if doc is not None else (),
            title=article.title or "" if article is not None else "",
        )

    def in_quotation(self, offset: int) -> bool:
        """True inside a quoted or reported statement, where the publisher is not the one speaking."""
        return any(start <= offset < end for start, end in self.quoted)

    def group_at(self, token: Token) -> tuple[Entity, ...]:
        """For "we" or "us" outside quotations in a joint text, the parties it names as its "we"."""
        if not self.joint or token.pos_ != "PRON" or token.lower_ not in _JOINT:
            return ()
        if any(start <= token.idx < end for start, end in self.quoted):
            return ()
        return self.joint

    def at(self, token: Token, *, actors_only: bool) -> Entity | None:
        """The entity with a mention covering `token` (with role actor, when asked); for "I"
        and "we", who is speaking there."""
        for mention, entity in self.spans:
            if mention.start <= token.idx < mention.end and (not actors_only or mention.role == "actor"):
                if entity.code is None and entity.label == "ORG":
                    # "the Council" found as a name of its own, with no code: the body it describes.
                    return self._described(token, actors_only=actors_only) or entity
                return entity
        if self.voices is not None and token.pos_ == "PRON":
            found = self.voices.resolve(token.text, token.idx)
            if found is not None:
                return found
        if self.publisher is not None and token.pos_ == "PRON" and token.lower_ in _SINGULAR:
            # Only "I": the publisher's "we" is as often a coalition ("we, our Allies and partners").
            if not any(start <= token.idx < end for start, end in self.quoted):
                return self.publisher
        return self._described(token, actors_only=actors_only)

    def _described(self, token: Token, *, actors_only: bool) -> Entity | None:
        """'the Council' after 'the UN Security Council': a definite, capitalised head noun that
        ends the name of exactly one coded body named earlier in the article (or, failing that,
        in its title) is that body."""
        if token.pos_ not in ("PROPN", "NOUN") or not token.text[:1].isupper() or token.is_sent_start:
            return None
        if token.dep_ == "compound" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        word = token.text
        found: dict[str, Entity] = {}
        for mention, entity in self.spans:
            if mention.start >= token.idx or entity.label != "ORG" or not entity.code:
                continue
            if actors_only and mention.role != "actor":
                continue
            if mention.text.split()[-1:] == [word] or entity.name.split()[-1:] == [word]:
                found.setdefault(entity.code, entity)
        if not found:
            found = _titled(word, self.title)
        return next(iter(found.values())) if len(found) == 1 else None


def _titled(word: str, title: str) -> dict[str, Entity]:
    """Bodies the title names with a name of two or more words ending in `word` ("UN Security Council"), by code."""
    words = title.split()
    found: dict[str, Entity] = {}
    for end, last in enumerate(words):
        if last.strip(",.:;'\"") != word:
            continue
        for start in range(max(0, end - 3), end):
            name = " ".join(words[start:end + 1]).strip(",.:;'\"")
            if not all(w[:1].isupper() for w in words[start:end + 1]):
                continue
            ref = load_actor_base().lookup(name)
            if ref is not None and ref.code and ref.kind == "organisation":
                found.setdefault(ref.code, Entity(text=name, name=ref.name, label="ORG", code=ref.code, sector=ref.sector))
                break
    return found


_SINGULAR = {"i", "me", "my", "myself"}
#: The forms of "we" that stand for a joint text's parties ("our" is left: "our allies" are others).
_JOINT = {"we", "us"}


def publisher_of(article: Article) -> Entity | None:
    """The government an article's publisher speaks for ("The White House"), from the actor knowledge base."""
    if not article.source:
        return None
    ref = load_actor_base().lookup(article.source)
    if ref is None or ref.kind != "metonym" or not ref.code or ref.sector != "GOV":
        return None
    return Entity(text=article.source, name=ref.name, label="ORG", code=ref.code, sector=ref.sector)


def phrase_of(token: Token) -> str | None:
    """'call for', 'give up': the verb lemma with its particle or first preposition, if it has one."""
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ in ("prt", "prep") and child.i > token.i:
            return f"{lemma} {child.lower_}"
    return None


def conjuncts(token: Token) -> list[Token]:
    """The token and the words coordinated with it."""
    return [token, *token.conjuncts]


def participants(token: Token, index: MentionIndex, *, actors_only: bool) -> tuple[Entity, ...]:
    """Entities named by a noun phrase and its conjuncts: the head itself, else its possessor or modifier ("Russian forces")."""
    found: list[Entity] = []
    for head in conjuncts(token):
        group = index.group_at(head)
        if group:
            found.extend(e for e in group if e not in found)
            continue
        entity = index.at(head, actors_only=actors_only)
        if entity is None:
            for child in head.children:
                if child.i > head.i or child.dep_ not in ("poss", "compound", "amod", "nmod"):
                    continue
                allowed = GROUP_NOUNS if actors_only else GROUP_NOUNS | PLACE_NOUNS
                if child.dep_ == "amod" and head.lemma_.lower() not in allowed and head.lower_ not in allowed:
                    continue
                entity = index.at(child, actors_only=actors_only) or (index.at(child, actors_only=False) if child.dep_ in ("poss", "compound") else None)
                if entity is not None:
                    break
        if entity is None and head.lower_ == "government" and index.voices is not None and not any(
            c.dep_ in ("det", "poss", "compound", "amod", "prep") and c.lower_ not in ("the", "our") for c in head.children
        ):
            # '"The government is ready for talks," the minister said': the speaker's own government.
            entity = index.voices.resolve("we", head.idx)
        if entity is None and head.lower_ in ("government", "leader", "president", "minister", "forces", "army", "military", "people"):
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if pobj is not None:
                entity = index.at(pobj, actors_only=False)
        if entity is None:
            entity = _known_person(head)
        if entity is not None and entity not in found:
            found.append(entity)
    if found and actors_only:
        found[:0] = [e for e in reversed(_left_coordinated(token, index)) if e not in found]
    return tuple(found)


def _known_person(head: Token) -> Entity | None:
    """'thank Chancellor Scholz' where no mention covers the name: a proper noun that the knowledge
    base gives to exactly one person, whose offices were all in one country."""
    if head.tag_ != "NNP" or head.ent_type_ not in ("PERSON", "ORG", ""):
        return None
    people = load_actor_base().find_people(head.text)
    if len(people) != 1:
        return None
    person = people[0]
    countries = {t.country for t in person.tenures}
    if len(countries) != 1 or None in countries:
        return None
    sectors = {t.sector for t in person.tenures}
    return Entity(
        text=head.text, name=person.name, label="PERSON", code=next(iter(countries)),
        sector=next(iter(sectors)) if len(sectors) == 1 else None, wikidata=person.wikidata,
    )


def actors_of(subject: Token, verb: Token, index: MentionIndex) -> tuple[Entity, ...]:
    """The subject's acting entities; an unresolved pronoun in a reported clause ("X said they would ...") is the reporter."""
    found = participants(subject, index, actors_only=True)
    if not found and subject.pos_ == "PRON" and subject.lower_ in ("it", "they", "he", "she"):
        found = _cataphora(subject, index)
    if found or subject.pos_ != "PRON" or subject.lower_ in ("i", "you", "it"):
        return found
    current = verb
    while current.dep_ in ("xcomp", "conj", "aux") and current.head != current:
        current = current.head
    if current.dep_ != "ccomp" or current.head == current:
        return found
    reporter, passive = subject_of(current.head)
    if reporter is None or passive or reporter.pos_ == "PRON":
        return found
    return participants(reporter, index, actors_only=True)


def _cataphora(pronoun: Token, index: MentionIndex) -> tuple[Entity, ...]:
    """'Although it respects the treaty, Chile will ...': the pronoun subject of a clause put before
    its main clause stands for the main clause's subject, when that subject is named."""
    clause = pronoun.head
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "advcl" or clause.i > clause.head.i:
        return ()
    subject, passive = subject_of(clause.head)
    if subject is None or passive or subject.pos_ == "PRON" or subject.i < pronoun.i:
        return ()
    return participants(subject, index, actors_only=True)


def context_actor(verb: Token, index: MentionIndex) -> tuple[Entity, ...]:
    """For a passive with no "by" phrase ("troops will be sent"), the actor the text states nearby:
    the subject of the sentence's main verb, else the subject of the previous sentence's main verb."""
    sentence = verb.sent
    candidates = [sentence.root]
    if sentence.start > 0:
        candidates.append(verb.doc[sentence.start - 1].sent.root)
    for root in candidates:
        if root == verb:
            continue
        subject, passive = subject_of(root)
        if subject is None or passive or subject.lower_ in ("it", "this", "that", "there"):
            continue
        found = tuple(e for e in participants(subject, index, actors_only=True) if e.code)
        if found:
            return found
    return ()


def _left_coordinated(head: Token, index: MentionIndex) -> list[Entity]:
    """'Italy, Poland, and Romania' misparsed so that only the last name is the subject: the names listed before it."""
    doc = head.doc
    i = head.i - 1
    if i < 0 or doc[i].lower_ not in ("and", "or"):
        return []
    found: list[Entity] = []
    i -= 1
    while i >= 0:
        if doc[i].text == ",":
            i -= 1
            continue
        entity = index.at(doc[i], actors_only=True)
        if entity is None:
            break
        # Step over the rest of a multi-word name.
        while i > 0 and index.at(doc[i - 1], actors_only=True) is entity:
            i -= 1
        found.append(entity)
        i -= 1
        if i < 0 or doc[i].text != ",":
            break
    return found if head.dep_ == "nsubj" and not head.conjuncts else []


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The subject of the clause `verb` heads, climbing through controls and coordination; and whether it is passive."""
    current = verb
    for _ in range(6):
        for child in current.children:
            if child.dep_ == "nsubj" and child.tag_ in ("WDT", "WP") and current.dep_ == "relcl":
                # "Germany, which had opposed ...": the relative pronoun stands for the noun.
                return current.head, False
            if child.dep_ in ("nsubj", "csubj", "expl"):
                return (child if child.dep_ == "nsubj" else None), False
            if child.dep_ == "nsubjpass":
                if current != verb and _controlled_active(verb, current):
                    # "we are resolved to impose costs", "Spain was asked to send a ship": the passive is the
                    # controlling verb's; its subject does the infinitive's act.
                    return child, False
                return child, True
        if current.dep_ == "relcl" and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return current.head, False
        if current.dep_ in ("xcomp", "conj", "pcomp", "acomp") or (current.dep_ == "advcl" and (not _marked(current) or _temporal_participle(current))):
            current = current.head
            if current.pos_ == "ADP":
                current = current.head
            if current.pos_ in ("NOUN", "PROPN"):
                # "Russia's attempt to annex": the noun's possessor acts.
                return noun_holder(current), False
            continue
        if current.dep_ == "acl" and current.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            return noun_holder(current.head) or _intender(current.head), False
        break
    return None, False


#: Nouns of one's own intent: whoever states them holds them ("expressed a willingness to join talks").
_INTENT_NOUNS = {"willingness", "readiness", "intention", "determination", "desire", "commitment", "decision", "plan", "resolve"}
#: Verbs by which a subject states or makes its own intent.
_STATING_VERBS = {
    "express", "show", "have", "announce", "signal", "reaffirm", "reiterate", "make", "take", "confirm", "indicate",
    "state", "underscore", "emphasize", "voice", "demonstrate",
}


def _intender(noun: Token) -> Token | None:
    """The subject that states an intent noun without a holder: 'Chile has expressed a willingness to ...' gives Chile.
    Only for nouns of one's own intent: in 'rejected the call to ...' the call is someone else's."""
    if noun.lemma_.lower() not in _INTENT_NOUNS or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _STATING_VERBS:
        return None
    subject, passive = subject_of(noun.head)
    return None if passive else subject


def _controlled_active(verb: Token, controller: Token) -> bool:
    """True when `verb` is an active infinitive or gerund controlled (through xcomp, or a conjunct of one) by `controller`."""
    current = verb
    while current != controller:
        if any(c.dep_ == "auxpass" for c in current.children) or current.dep_ not in ("xcomp", "conj"):
            return False
        current = current.head
    return True


def noun_holder(noun: Token) -> Token | None:
    """Who holds an act noun: its possessor ("Russia's attempt") or a name before it ("the U.S.
    commitment"), else its "of"/"by" phrase ("the commitment of the United States to ...",
    "the work by the US and its allies to ...")."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    for child in noun.children:
        # "the U.S. commitment to ...", "the Australian decision to ...": a name or nationality before the noun.
        if child.i < noun.i and child.ent_type_ in ("GPE", "ORG", "NORP") and (
            child.dep_ in ("compound", "nmod") or (child.dep_ == "amod" and child.ent_type_ == "NORP")
        ):
            return child
    for prep in (c for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ in ("of", "by")):
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is not None and (pobj.pos_ == "PROPN" or pobj.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")):
            return pobj
    return None


def _temporal_participle(clause: Token) -> bool:
    """'said while touring Europe', 'condemned them, while urging ...': a participle clause of time
    with no subject of its own shares the main clause's subject."""
    return clause.tag_ == "VBG" and any(c.dep_ == "mark" and c.lower_ in ("while", "when", "after", "before", "since") for c in clause.children)


def _marked(token: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS | {"because", "while", "although", "as", "since", "after", "before", "when"} for c in token.children)


def agent_of(verb: Token) -> Token | None:
    """The "by" phrase of a passive."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def recipient_tokens(verb: Token, *, skip: Token | None = None) -> Iterator[Token]:
    """Object and "with/against/to/on" complements of the verb and of its object."""
    for child in verb.children:
        if child == skip:
            continue
        if child.dep_ in ("dobj", "dative") and child.pos_ != "ADP":
            yield child
            yield from _preps(child)
        elif child.dep_ in ("prep", "dative") and child.lower_ in RECIPIENT_PREPS:
            yield from (c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "dobj":
            yield child


def noun_recipients(noun: Token) -> Iterator[Token]:
    """The "against/with/on/to" complements of an event noun ("a war against Ukraine")."""
    yield from _preps(noun)


def _preps(noun: Token) -> Iterator[Token]:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPS:
            yield from (c for c in child.children if c.dep_ == "pobj")


def owners(noun: Token, index: MentionIndex) -> tuple[Entity, ...]:
    """Whose thing the noun is: "Iraq's integrity", "the slanders of the American rulers", "an offer by North Korea"."""
    for child in noun.children:
        if child.dep_ == "poss":
            found = participants(child, index, actors_only=False)
            if found:
                return found
        if child.dep_ in ("prep", "agent") and child.lower_ in ("of", "by", "in"):
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                found = participants(pobj, index, actors_only=False)
                if found:
                    return found
    return ()


def control_chain(verb: Token) -> list[Token]:
    """The verb and the verbs or adjectives that control it ("refused to [engage]", "ready to [join]")."""
    chain = [verb]
    current = verb
    while current.dep_ == "conj" and current.head.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
        # "commitment to support X and to impose costs": the second infinitive shares the first one's controller.
        current = current.head
    while current.dep_ in ("xcomp", "pcomp", "acomp", "ccomp", "acl", "advcl") and current.head != current:
        if current.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            break
        if current.dep_ == "ccomp" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            break
        if current.dep_ == "acl" and current.head.lemma_.lower() not in ("plan", "intention", "readiness", "decision", "willingness", "commitment", "possibility", "pledge", "promise"):
            break
        head = current.head
        if head.pos_ == "ADP" and head.head != head:
            head = head.head
        chain.append(head)
        current = head
        if head.pos_ == "NOUN":
            break
    return chain


@dataclass(frozen=True)
class Modality:
    """How sure the text is: the status, the trigger of a refusal, the condition."""

    status: EventStatus
    negator: Token | None
    condition: str | None
    hedged: bool  # could/might/may
    controlled_by: str | None  # 'future', 'hypothetical', or None


def modality(verb: Token, lexicon: Lexicon) -> Modality:
    """Status from the parse: negation wins, then hypothetical (modal, readiness, condition), then future."""
    chain = control_chain(verb)
    if len(chain) > 1 and verb.lemma_.lower() in PERFORMATIVES and chain[1].lemma_.lower() in _WISHING:
        # "I want to thank", "we would like to welcome": the act is done in the saying.
        chain = [verb]
    negations = 0
    negator: Token | None = None
    future = hypothetical = hedged = False
    controlled: str | None = None
    condition: str | None = None
    looked = list(chain)
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        # "may conduct tests and deploy weapons": a coordinated verb shares its head's modal.
        looked.append(verb.head)
    for i, token in enumerate(looked):
        lemma = token.lemma_.lower()
        for child in token.children:
            if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ == "never"):
                negations += 1
            elif child.dep_ == "det" and child.lower_ == "no" and token.pos_ == "NOUN":
                negations += 1
            elif child.dep_ == "aux" and child.lower_ in FUTURE_AUX:
                future = True
            elif child.dep_ == "aux" and child.lower_ in HYPOTHETICAL_AUX:
                hypothetical = hedged = True
            elif child.dep_ == "advcl" and _condition_mark(child) and condition is None:
                condition = _clause_text(child)
        if i == 0 or token not in chain:
            continue
        phrase = phrase_of(token)
        if lemma in lexicon.negators or (phrase is not None and phrase in lexicon.negator_phrases):
            negations += 1
            negator = negator or token
        elif lemma in lexicon.future_controls:
            future = True
            controlled = controlled or "future"
        elif lemma in lexicon.hypothetical_controls:
            hypothetical = True
            controlled = controlled or "hypothetical"
        if token.head.dep_ == "dobj" and token.dep_ == "acl":
            pass
    # A light verb's object with "no" ("made no commitment") negates the verb.
    for child in verb.children:
        if child.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in child.children):
            negations += 1
    if _inside_condition(verb) or _generic_relative(verb):
        hypothetical = True
    top = chain[-1]
    if top.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children):
        # A purpose infinitive ("left Seoul to meet Kim") is still to happen.
        future = True
    status: EventStatus
    if negations % 2 == 1:
        status = "negated"
    elif negations:
        status = "hypothetical"
    elif hypothetical or condition is not None:
        status = "hypothetical"
    elif future:
        status = "future"
    else:
        status = "occurred"
    return Modality(status=status, negator=negator, condition=condition, hedged=hedged, controlled_by=controlled)


def _condition_mark(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)


def _inside_condition(verb: Token) -> bool:
    """True when the verb is in an "if"/"unless" clause."""
    current = verb
    while current.head != current:
        if current.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in current.children):
            return True
        if current.dep_ == "ccomp" and current.head.lemma_.lower() in ("demand", "insist", "require", "ask", "urge", "request"):
            # "demanded that Hamas return the food": the demanded act has not happened.
            return True
        if current.dep_ in ("ccomp", "relcl"):
            return False
        current = current.head
    return False


def _generic_relative(verb: Token) -> bool:
    """'anyone who backs the resolution', 'those supporting it': a generic clause, no particular act."""
    if verb.dep_ not in ("relcl", "acl"):
        return False
    head = verb.head
    return head.lower_ in GENERIC_HEADS and head.pos_ in ("PRON", "DET", "NOUN")


def _clause_text(clause: Token) -> str:
    tokens = list(clause.subtree)
    text = doc_text(clause.doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]
    return text.strip(" ,;.")


def speaker_for(offset: int, statements: tuple[Statement, ...]) -> Entity | None:
    """The speaker of the statement whose content holds the offset."""
    for statement in statements:
        if statement.content_start <= offset < statement.content_end and statement.speaker is not None:
            return statement.speaker
    return None


def time_for(verb: Token, times: tuple[TimeExpression, ...], doc: Doc) -> TimeExpression | None:
    """A resolved time expression attached to the verb's own clause (weeks are not dates)."""
    for time in times:
        if time.value is None or time.precision not in ("day", "month", "year"):
            continue
        if not verb.sent.start_char <= time.start < verb.sent.end_char:
            continue
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        while head.head != head and head.pos_ not in ("VERB", "AUX") and head != verb:
            head = head.head
        if head == verb:
            return time
    return None
