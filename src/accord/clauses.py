"""Clause reading shared by the events and commitments stages: the lexicon, participants, status.

Both stages read a clause the same way: who acts (the subject's resolved entities), who
is acted upon (object and "with"/"against"/"to"/"on" complements), and how sure the
text is that it happens (negation, modals, control verbs such as "refused to" or "ready
to", "if"/"unless" clauses). Keeping that in one place means an event and the
commitment read from the same words never disagree about their status.
An office noun names the country of its "of" phrase in the plural too ("the presidents of A and B").
The "to" phrase of an envoy object says where the envoy serves, not another recipient ("the ambassador to Kenya").
In a text its title calls joint, a "we" is never a body its sentence names ("we urge X to abide by UN Security Council resolutions").
A past-tense verb parsed as joined to an infinitive shares the subject of the finite verb above that infinitive.
A bare past participle joined to a passive is passive too ("was detained and tortured": the subject undergoes both).
A bare "they", "their", "the two" or "the two leaders" in a readout stands for the parties of the
meeting reported before (`meeting_parties`), for events and commitments alike.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from .nlp import doc_text
from .knowledge import ActorBase, load_actor_base
from .records import Article, Entity, EventStatus, Mention, Statement, TimeExpression
from .voices import FirstPerson, running_quotes, signatories

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"could", "might", "may", "should", "must", "can", "ca"}
CONDITION_MARKS = {"if", "unless", "until"}
#: Verbs that bring parties together: "President Biden spoke today with Prime Minister Suga".
_MEETING_VERBS = {"speak", "meet", "talk", "call", "host", "receive", "welcome", "hold", "convene"}
#: Of those, the ones whose object is the other party ("met Prime Minister X", "hosted X").
_MEETING_OBJECT_VERBS = {"meet", "host", "receive", "welcome"}
#: Plural nouns for the parties of a meeting: "The two leaders discussed ...".
_PARTY_NOUNS = {
    "leader", "president", "minister", "participant", "delegation", "side", "counterpart", "advisor", "adviser", "country", "nation", "government",
}
#: Words that may qualify those nouns without naming another group ("the two national security advisors").
_PARTY_MODIFIERS = {"both", "two", "three", "four", "national", "security", "foreign", "defense", "defence"}
#: Nouns for people or bodies acting for a country: a nationality adjective on them names the actor ("Russian forces").
GROUP_NOUNS = {
    "force", "forces", "troops", "troop", "soldier", "soldiers", "government", "official", "officials", "military", "army",
    "navy", "people", "authorities", "leader", "leaders", "militant", "militants", "rebel", "rebels", "diplomat", "diplomats",
    "minister", "ministers", "president", "delegation", "regime", "police", "patrol", "administration", "ruler", "rulers",
    "citizen", "citizens", "national", "nationals", "contingent", "peacekeepers", "peacekeeper",
    "hostage", "hostages", "detainee", "detainees", "prisoner", "prisoners", "captive", "captives",
    # Uniformed people and civilians a nationality names as well: "seven Iraqi commandos were killed",
    # "15 British sailors and marines being detained".
    "sailor", "sailors", "marine", "marines", "personnel", "commando", "commandos", "policeman", "policemen",
    "officer", "officers", "pilot", "pilots", "serviceman", "servicemen", "fighter", "fighters", "insurgent", "insurgents",
    "civilian", "civilians", "guard", "guards",
}
#: Places and things of a country: a nationality adjective on them names whom an act is done to ("Ukrainian territory").
PLACE_NOUNS = {
    "territory", "border", "soil", "base", "bases", "capital", "city", "cities", "infrastructure", "waters", "airspace",
    "embassy", "ship", "ships", "vessel", "town", "village", "positions", "position", "settlement", "settlements",
    "funds", "assets",
}
#: Verbs a speaker performs by saying them: "I want to thank ..." thanks now, it is no plan.
PERFORMATIVES = {"thank", "welcome", "congratulate", "commend", "praise", "applaud", "express", "acknowledge", "salute", "condemn"}
#: Wishing verbs that wrap a performative ("I want to thank", "I would like to welcome").
_WISHING = {"want", "like", "wish"}
#: Heads of generic relative clauses: "anyone who backs ..." names no particular act.
GENERIC_HEADS = {"anyone", "anybody", "whoever", "everyone", "everybody"}
RECIPIENT_PREPS = {"with", "against", "to", "on", "into", "at", "toward", "towards", "from", "along"}
#: Nouns for the other side of a relation: their possessor is never the one they name ("our Allies").
RELATIONAL_NOUNS = {"counterpart", "counterparts", "ally", "allies", "partner", "partners", "neighbor", "neighbour", "friend", "friends"}
#: Offices and bodies whose "of" phrase names their country ("the Emir of Qatar", "the government of Sudan").
OFFICE_NOUNS = {
    "government", "leader", "president", "minister", "forces", "army", "military", "people", "emir", "sultan", "king",
    "queen", "chancellor", "premier", "prince", "ruler", "rulers", "regime", "parliament", "governors", "board",
}


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
    #: Verbs that take an event noun through a preposition ("go to war": verb -> prepositions).
    prep_light_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Verbs of occurrence ("the summit took place"), of calling an act off ("cancel") and of
    #: fixing its date ("schedule"); two-word nouns the parser may split ("asset freezes").
    occurrence_verbs: frozenset[str] = frozenset()
    cancelling_verbs: frozenset[str] = frozenset()
    scheduling_verbs: frozenset[str] = frozenset()
    noun_compounds: frozenset[str] = frozenset()

    @functools.cached_property
    def kind_phrases_by_first_word(self) -> dict[str, list[tuple[list[str], str]]]:
        """Kind phrases of two or more words by their first word, in the lexicon's order (the
        first match wins): looking through every phrase for every commitment verb cost a tenth
        of the analysis time."""
        index: dict[str, list[tuple[list[str], str]]] = {}
        for phrase, kind in self.kind_phrases.items():
            words = phrase.split()
            if len(words) >= 2:
                index.setdefault(words[0], []).append((words, kind))
        return index


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
        prep_light_verbs={verb: frozenset(words) for verb, words in (data.get("prep_light_verbs") or {}).items()},
        occurrence_verbs=frozenset(data.get("occurrence_verbs") or ()),
        cancelling_verbs=frozenset(data.get("cancelling_verbs") or ()),
        scheduling_verbs=frozenset(data.get("scheduling_verbs") or ()),
        noun_compounds=frozenset(data.get("noun_compounds") or ()),
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
    #: The run's actor knowledge base (with the user's own actors file, if any), for names no mention covers.
    kb: ActorBase = field(default_factory=load_actor_base)

    @classmethod
    def of(
        cls, entities: tuple[Entity, ...], voices: FirstPerson | None = None, *,
        article: Article | None = None, statements: tuple[Statement, ...] = (), doc: Doc | None = None,
        kb: ActorBase | None = None,
    ) -> MentionIndex:
        kb = kb if kb is not None else load_actor_base()
        quoted = [(s.content_start, s.content_end) for s in statements]
        if doc is not None and voices is not None:
            running = running_quotes(doc, entities, statements, kb)
            # A copy: the caller's voices serve both stages.
            voices = FirstPerson(quoted=[*voices.quoted, *running.quoted])
            quoted.extend((start, end) for start, end, _, _ in running.quoted)
        return cls(
            [(m, e) for e in entities for m in e.mentions], voices,
            publisher=publisher_of(article, kb) if article is not None else None,
            quoted=tuple(quoted),
            joint=signatories(doc, entities) if doc is not None else (),
            title=article.title or "" if article is not None else "",
            kb=kb,
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
        if self.publisher is not None and token.pos_ == "PRON" and not self.in_quotation(token.idx):
            if token.lower_ in _SINGULAR:
                return self.publisher
            if token.lower_ in _PLURAL and not self.joint:
                # In a joint text "we" is all its parties (`group_at`), never the publisher alone.
                speaks, body = self._body_speaks(token)
                if not speaks:
                    return self.publisher
                if body is not None and token.lower_ == "we":
                    # Only the subject "we" is taken to be the body: "our efforts" there stays unresolved.
                    return body
        return self._described(token, actors_only=actors_only)

    def _body_speaks(self, token: Token) -> tuple[bool, Entity | None]:
        """Whether the publisher's "we" may be a body it belongs to: its sentence speaks of a
        multilateral body itself, not of its members ("we will coordinate with our NATO Allies" is
        the government's own "we"). And the body, when the sentence names what is the body's
        ("we will defend every inch of NATO territory" is NATO; in "we will work with NATO" the
        body is the other side, and "we" is left unresolved)."""
        sentence = token.sent
        speaks = False
        for mention, entity in self.spans:
            if entity.code not in _BODY_CODES or not sentence.start_char <= mention.start < sentence.end_char:
                continue
            named = token.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if named is None or named.root.head.lemma_.lower() not in _MEMBER_NOUNS:
                speaks = True
                if named is not None and named.root.dep_ in ("poss", "compound", "nmod") and not _joint_title(self.title):
                    # (In a joint statement "we" is all who sign it, never one body it cites:
                    # "we urge the DPRK to abide by UN Security Council resolutions".)
                    return True, entity
        return speaks, None

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
            found = _titled(word, self.title, self.kb)
        return next(iter(found.values())) if len(found) == 1 else None


def _joint_title(title: str) -> bool:
    """'U.S.-EU Joint Statement of ...': a text its title calls joint speaks for all its parties."""
    return "joint" in title.lower().split()


def _titled(word: str, title: str, kb: ActorBase) -> dict[str, Entity]:
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
            ref = kb.lookup(name)
            if ref is not None and ref.code and ref.kind == "organisation":
                found.setdefault(ref.code, Entity(text=name, name=ref.name, label="ORG", code=ref.code, sector=ref.sector))
                break
    return found


_SINGULAR = {"i", "me", "my", "myself"}
#: The publisher's "we": its own government (the White House's "we will impose costs" is the United States).
_PLURAL = {"we", "us", "our", "ourselves"}
#: Codes of multilateral bodies, whose members may speak as one "we".
_BODY_CODES = {"IGO", "UNO", "EUR"}
#: Nouns for a body's members: "our NATO Allies" names others, not the body speaking.
_MEMBER_NOUNS = {"ally", "allies", "partner", "partners", "member", "members", "counterpart", "counterparts"}
#: The forms of "we" that stand for a joint text's parties ("our" is left: "our allies" are others).
_JOINT = {"we", "us"}


def publisher_of(article: Article, kb: ActorBase | None = None) -> Entity | None:
    """The government an article's publisher speaks for ("The White House"), from the actor knowledge base."""
    if not article.source:
        return None
    ref = (kb if kb is not None else load_actor_base()).lookup(article.source)
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
    if _generic_relative_head(token):
        # "harm Iran and those who backed it": the generic head is the one meant, not its conjuncts.
        return ()
    for head in conjuncts(token):
        group = index.group_at(head)
        if group:
            found.extend(e for e in group if e not in found)
            continue
        found.extend(e for e in _named_by(head, index, actors_only=actors_only) if e not in found)
    if found and actors_only:
        found[:0] = [e for e in reversed(_left_coordinated(token, index)) if e not in found]
    return tuple(found)


#: Heads a relative clause makes generic: "those who backed it" are nobody in particular.
_GENERIC_RELATIVE_HEADS = GENERIC_HEADS | {"those"}


def _generic_relative_head(head: Token) -> bool:
    """'those who backed it', 'anyone who ...': whoever does it, nobody in particular."""
    return head.lower_ in _GENERIC_RELATIVE_HEADS and any(c.dep_ == "relcl" for c in head.children)


def _named_by(head: Token, index: MentionIndex, *, actors_only: bool) -> tuple[Entity, ...]:
    """The entities one noun phrase head names, without its conjuncts."""
    if _generic_relative_head(head):
        return ()
    entity = index.at(head, actors_only=actors_only)
    if entity is not None and entity.code is None and entity.label == "ORG":
        # "Hamas' Ministry of Social Affairs": a body with no code of its own acts for its coded possessor.
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        found = index.at(owner, actors_only=False) if owner is not None else None
        if found is not None and found.code:
            return (found,)
    if entity is not None:
        if entity.code is None and entity.label == "PERSON" and head.pos_ == "PROPN":
            # "President Kais Saied of Tunisia", "Secretary General Akiba Takeo of Japan": a person the
            # knowledge base does not know speaks for the country the "of" phrase names.
            country = _pobj(head, "of")
            state = index.at(country, actors_only=False) if country is not None else None
            if state is not None and state.code and state.label == "GPE":
                return (dataclasses.replace(entity, code=state.code),)
        return (entity,)
    if head.pos_ == "NUM" and not list(head.children):
        # "17 soldiers were killed and 16 were injured": a bare number counts the noun of the clause it is coordinated with.
        return _counted(head, index, actors_only=actors_only)
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN":
        for appos in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
            # "Iraqi Kurdish militants (PKK)": the name in apposition is more exact than the nationality.
            entity = index.at(appos, actors_only=actors_only)
            if entity is not None and entity.code:
                return (entity,)
    if lemma in RELATIONAL_NOUNS or head.lower_ in RELATIONAL_NOUNS:
        # "our Allies", "my counterparts": the possessor names the other side of the relation, never the participant.
        return _relatives(head, index)
    if lemma in _ACT_NOUNS and not actors_only:
        # "its blockade of Lebanon": the act is done to its "of" phrase; the possessor does it.
        target = _pobj(head, "of")
        entity = index.at(target, actors_only=False) if target is not None else None
        if entity is not None and entity.code:
            return (entity,)
    if lemma == "border":
        # "its border with Iraq": the other side of the border.
        other = _pobj(head, "with")
        entity = index.at(other, actors_only=False) if other is not None else None
        if entity is not None and entity.code:
            return (entity,)
    if lemma in PLACE_NOUNS and len(_modifier_codes(head, index)) > 1:
        # "the Turkey-Iraq border" is both countries' and so neither's.
        return ()
    for child in head.children:
        if child.i > head.i or child.dep_ not in ("poss", "compound", "amod", "nmod"):
            continue
        allowed = GROUP_NOUNS if actors_only else GROUP_NOUNS | PLACE_NOUNS
        if child.dep_ == "amod" and lemma not in allowed and head.lower_ not in allowed:
            continue
        if not actors_only and child.dep_ == "poss" and _own_thing(head, child):
            continue
        if child.dep_ == "poss" and child.lower_ in ("its", "their") and head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
            # "Nord Stream 2 AG and its corporate officers": "its" is the noun the phrase is joined to.
            return _named_by(head.head, index, actors_only=actors_only)
        entity = index.at(child, actors_only=actors_only) or (index.at(child, actors_only=False) if child.dep_ in ("poss", "compound") else None)
        if entity is not None:
            joined = _coordinated_modifiers(child, entity, index, actors_only=actors_only)
            return joined if len(joined) > 1 else _hyphen_joined(child, entity, index)
        entity = _unfound_body(child, index)
        if entity is not None:
            return (entity,)
    if head.lower_ == "government" and index.voices is not None and not any(
        c.dep_ in ("det", "poss", "compound", "amod", "prep") and c.lower_ not in ("the", "our") for c in head.children
    ):
        # '"The government is ready for talks," the minister said': the speaker's own government.
        entity = index.voices.resolve("we", head.idx)
        if entity is not None:
            return (entity,)
    if head.lower_ in OFFICE_NOUNS or head.lemma_.lower() in OFFICE_NOUNS:
        # "the government of Sudan", "the Emir of Qatar", "Governors of the United Nations nuclear agency",
        # and in the plural "the presidents of Ukraine, Poland and Estonia": the office's country or body.
        pobj = _pobj(head, "of")
        named = participants(pobj, index, actors_only=False) if pobj is not None else ()
        if named:
            return named
    if lemma in GROUP_NOUNS or head.lower_ in GROUP_NOUNS:
        # "one soldier from Botswana", "troops from Ethiopia and Uganda": where the members come from.
        origins = _origins(head, index)
        if origins:
            return origins
    if lemma in _INSURGENT_NOUNS or (lemma == "group" and any(c.lower_ in _INSURGENT_NOUNS | {"armed", "militant"} for c in head.children)):
        # "an important rebel group in the Darfur region of Sudan": an armed group belongs to the
        # country it fights in (foreign troops "in Iraq" are not Iraq's, so only insurgents).
        place = _pobj(head, "in")
        named = tuple(e for e in participants(place, index, actors_only=False) if e.code) if place is not None else ()
        if len({e.code for e in named}) == 1:
            return named[:1]
    entity = _known_person(head, index.kb)
    if entity is not None:
        return (entity,)
    if head.lower_ in ("former", "latter") and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return _former_or_latter(head, index)
    relative = _pobj(head, "of") if head.lower_ == "both" else None
    if relative is not None and relative.lower_ in ("whom", "which"):
        # "the Emir of Qatar ... and the Sultan of Oman ..., both of whom helped": the two parties just named.
        before = _named_before(head, index)
        return tuple(before[-2:]) if len(before) >= 2 else ()
    return _antecedent(head, index, actors_only=actors_only) or _definite_antecedent(head, index)


def _hyphen_joined(modifier: Token, entity: Entity, index: MentionIndex) -> tuple[Entity, ...]:
    """'the United Nations-African Union leadership': the coded names a hyphen joins in one modifier, else the one found."""
    words = list(modifier.subtree)
    if not any(w.tag_ == "HYPH" for w in words):
        return (entity,)
    found = [entity]
    for word in words:
        other = index.at(word, actors_only=False)
        if other is not None and other.code and all(other.code != e.code for e in found):
            found.append(other)
    return tuple(found)


def _coordinated_modifiers(modifier: Token, entity: Entity, index: MentionIndex, *, actors_only: bool) -> tuple[Entity, ...]:
    """'Iraqi and American forces raided ...', 'U.S. and Iraqi troops': modifiers joined by "and"
    before one noun each name a party of the same group; every coded one counts."""
    if modifier.dep_ not in ("amod", "compound"):
        return (entity,)
    found = [entity]
    for other in modifier.conjuncts:
        if other.i > modifier.head.i:
            continue
        named = index.at(other, actors_only=actors_only) or index.at(other, actors_only=False)
        if named is not None and named.code and all(named.code != e.code for e in found):
            found.append(named)
    return tuple(found) if all(e.code for e in found) else (entity,)


def _own_thing(noun: Token, possessor: Token) -> bool:
    """'suspend our obligations', 'with my full support': the speaker's own undertakings are what the
    speaker acts with, not whom it acts upon ("threatens our interests" does name the victim)."""
    return possessor.lower_ in ("our", "my") and noun.lemma_.lower() in _UNDERTAKINGS


#: Nouns of what one undertakes or gives oneself.
_UNDERTAKINGS = {
    "obligation", "commitment", "effort", "support", "pledge", "promise", "decision", "policy", "aid", "assistance",
    "help", "contribution", "role", "resolve", "work", "undertaking",
}


def _unfound_body(modifier: Token, index: MentionIndex) -> Entity | None:
    """'European Union foreign ministers' where no mention covers the name (the recogniser read it as
    part of a date): the organisation the knowledge base gives the proper nouns ending at the modifier."""
    if modifier.pos_ != "PROPN" or modifier.dep_ not in ("compound", "nmod"):
        return None
    words = [modifier]
    while words[0].i > 0 and words[0].nbor(-1).pos_ == "PROPN" and index.at(words[0].nbor(-1), actors_only=False) is None:
        words.insert(0, words[0].nbor(-1))
    for start in range(max(0, len(words) - 4), len(words) - 1):
        # Two words at least: one capitalised word alone ("Union") names too little.
        ref = index.kb.lookup(" ".join(w.text for w in words[start:]))
        if ref is not None and ref.code and ref.kind == "organisation":
            return Entity(text=" ".join(w.text for w in words[start:]), name=ref.name, label="ORG", code=ref.code, sector=ref.sector)
    return None


#: Nouns for armed groups fighting inside a country.
_INSURGENT_NOUNS = {"rebel", "rebels", "insurgent", "insurgents", "militia", "militias", "guerrilla", "guerrillas"}


def _named_before(head: Token, index: MentionIndex) -> list[Entity]:
    """The coded entities named in the sentence before `head`, one per code, in text order."""
    named: list[Entity] = []
    for mention, entity in sorted(index.spans, key=lambda pair: pair[0].start):
        if entity.code and head.sent.start_char <= mention.start < head.idx and all(e.code != entity.code for e in named):
            named.append(entity)
    return named


def _former_or_latter(head: Token, index: MentionIndex) -> tuple[Entity, ...]:
    """'The United States said Zimbabwe has a long way to go before the former lifts sanctions': the
    first of the two coded parties named before it in its sentence ("the latter": the second)."""
    named = _named_before(head, index)
    if len(named) != 2:
        return ()
    return (named[0],) if head.lower_ == "former" else (named[1],)


def _counted(number: Token, index: MentionIndex, *, actors_only: bool) -> tuple[Entity, ...]:
    """For a bare number subject of a coordinated clause, what the first clause's subject names
    ("17 Turkish soldiers were killed and 16 were injured": Turkish soldiers)."""
    clause = number.head
    if number.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "conj":
        return ()
    first = next((c for c in clause.head.children if c.dep_ == number.dep_), None)
    if first is None or first.pos_ not in ("NOUN", "PROPN") or not any(c.like_num for c in first.children):
        return ()
    return participants(first, index, actors_only=actors_only)


#: Nouns of acts done to someone: their "of" phrase is who undergoes them ("the blockade of Lebanon").
_ACT_NOUNS = {"blockade", "occupation", "invasion", "siege", "bombing", "bombardment", "annexation", "persecution", "isolation"}
#: Nouns for areas, which a definite description does not make a party.
_AREA_NOUNS = {"region", "area", "zone", "province", "territory", "border", "city", "town", "village"}
#: Nouns for a state that refer back to one another ("the Iranian nation ... the country").
_STATE_NOUNS = {"country", "nation", "state"}


def _definite_antecedent(head: Token, index: MentionIndex) -> tuple[Entity, ...]:
    """'the AU base ... The base was destroyed', 'the Iranian nation ... sanctions on the country': a
    bare definite noun stands for the last same noun the text qualified with a name, within a few
    sentences. Only when that earlier phrase names one coded entity."""
    if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this", "these", "those") for c in head.children):
        return ()
    if any(c.dep_ not in ("det", "punct", "prep", "relcl", "acl") for c in head.children if c.i < head.i):
        return ()
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return ()
    lemma = head.lemma_.lower()
    if lemma in _AREA_NOUNS:
        # "sent troops to the region": an area is no party, whatever named it before.
        return ()
    same = _STATE_NOUNS if lemma in _STATE_NOUNS else {lemma}
    sentences = 0
    for token in reversed(head.doc[:head.i]):
        if token.is_sent_start:
            sentences += 1
            if sentences > 5:
                break
        if token.pos_ != "NOUN" or token.lemma_.lower() not in same:
            continue
        qualifiers = [c for c in token.children if c.i < token.i and c.dep_ in ("poss", "compound", "amod", "nmod")]
        if not qualifiers:
            continue
        found: list[Entity] = []
        for child in qualifiers:
            for word in child.subtree:
                entity = index.at(word, actors_only=False)
                if entity is not None and entity.code and entity not in found:
                    found.append(entity)
        return tuple(found) if len({e.code for e in found}) == 1 else ()
    return ()


def _modifier_codes(head: Token, index: MentionIndex) -> set[str]:
    """The codes that names before a noun give it ("the Iraq-Turkey border": IRQ and TUR)."""
    codes: set[str] = set()
    for child in head.children:
        if child.i < head.i and child.dep_ in ("compound", "amod", "nmod"):
            for token in child.subtree:
                entity = index.at(token, actors_only=False)
                if entity is not None and entity.code:
                    codes.add(entity.code)
    return codes


def _pobj(head: Token, preposition: str) -> Token | None:
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == preposition), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def _origins(head: Token, index: MentionIndex) -> tuple[Entity, ...]:
    """The coded places a "from" phrase names: "counterparts from France, Germany and the US"."""
    pobj = _pobj(head, "from")
    if pobj is None:
        return ()
    found: list[Entity] = []
    for place in conjuncts(pobj):
        entity = index.at(place, actors_only=False)
        if entity is None or not entity.code:
            return ()
        if entity not in found:
            found.append(entity)
    return tuple(found)


def _relatives(head: Token, index: MentionIndex) -> tuple[Entity, ...]:
    """Whom a relational noun names: "my G7 counterparts" are the G7, "counterparts from France and Germany"
    those countries, and "its neighbor" the one other country the text has just named. "our Allies" stay
    unnamed: a group with no code of its own."""
    lemma = head.lemma_.lower()
    if lemma == "counterpart":
        for child in head.children:
            if child.dep_ in ("compound", "nmod") and child.i < head.i:
                entity = index.at(child, actors_only=False)
                if entity is not None and entity.code in _BODY_CODES:
                    return (entity,)
        return _origins(head, index)
    if lemma in ("neighbor", "neighbour") and head.tag_ == "NN":
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        owner = index.at(poss, actors_only=False) if poss is not None else None
        if owner is not None and owner.code:
            return _other_country(head, owner, index)
    return ()


def _other_country(head: Token, owner: Entity, index: MentionIndex) -> tuple[Entity, ...]:
    """'Russia's effort to redraw the borders of its neighbor': the nearest country named before the
    noun, in its sentence or the one before, other than the owner."""
    start = sentences_back(head, 1).idx
    nearest: tuple[int, Entity] | None = None
    for mention, entity in index.spans:
        if entity.label != "GPE" or not entity.code or entity.code == owner.code or not start <= mention.start < head.idx:
            continue
        if nearest is None or mention.start > nearest[0]:
            nearest = (mention.start, entity)
    return (nearest[1],) if nearest is not None else ()


def _antecedent(pronoun: Token, index: MentionIndex, *, actors_only: bool) -> tuple[Entity, ...]:
    """'with the people of Ukraine tonight as they suffer an attack': an unresolved plural pronoun
    stands for the nearest plural noun before it in its sentence, when that noun names coded
    entities; a noun the pronoun's own clause modifies ("the officials they detained") is never it.
    Names joined by "and" count as plural ("urged Mugabe and Tsvangirai to honour their commitment")."""
    if pronoun.pos_ != "PRON" or pronoun.lower_ not in ("they", "them", "their"):
        return ()
    ancestors = {a.i for a in pronoun.ancestors}
    for token in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
        if token.pos_ == "PROPN" and token.dep_ == "conj" and any(c.lower_ == "and" for c in token.head.children):
            token = token.head
            while token.dep_ == "conj":
                token = token.head
        elif token.tag_ not in ("NNS", "NNPS") and token.lemma_.lower() not in _COLLECTIVE_NOUNS:
            continue
        elif pronoun.lower_ == "their":
            # "The leaders underscored their commitment to holding Russia accountable for its actions, and
            # their efforts ...": a possessive often skips the nearest plural noun; only names joined by
            # "and" are taken.
            return ()
        if token.i in ancestors or any(c.i in ancestors for c in token.conjuncts) or token.dep_ in ("compound", "amod", "nmod"):
            return ()
        found = tuple(e for e in participants(token, index, actors_only=actors_only) if e.code)
        return found
    return ()


#: Singular nouns for groups that "they" may stand for ("the Burmese military ... the power they have seized").
_COLLECTIVE_NOUNS = {"people", "military", "junta", "regime", "government", "army", "authorities"}


def _known_person(head: Token, kb: ActorBase) -> Entity | None:
    """'thank Chancellor Scholz' where no mention covers the name: a proper noun that the knowledge
    base gives to exactly one person, whose offices were all in one country."""
    # Rare names are often typed as products or works ("criticized Mbeki"): the knowledge base decides.
    if head.tag_ != "NNP" or head.ent_type_ not in ("PERSON", "ORG", "PRODUCT", "WORK_OF_ART", ""):
        return None
    people = kb.find_people(head.text)
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


def _refers_to_parties(subject: Token) -> bool:
    """True when a subject may stand for the parties of a meeting: a bare "they" (or the "their"
    holding an act: "their shared commitment to continue supporting ..."), "the leaders", "both
    sides", "the two countries", a bare "both" or "the two"."""
    if subject.conjuncts:
        return False
    if subject.pos_ == "PRON" and subject.lower_ in ("they", "their"):
        return True
    if subject.lower_ == "both" and not list(subject.children):
        return True
    if subject.pos_ == "NUM" and subject.lower_ == "two" and [c.lower_ for c in subject.children] == ["the"]:
        return True
    return (
        subject.pos_ in ("NOUN", "PROPN") and subject.tag_ in ("NNS", "NNPS") and subject.lemma_.lower() in _PARTY_NOUNS
        and all(c.dep_ in ("det", "nummod", "punct") or c.lower_ in _PARTY_MODIFIERS for c in subject.children)
        and any(c.lower_ in ("the", "both") for c in subject.children)
    )


def _coordinated_parties(verb: Token, index: MentionIndex) -> tuple[Entity, ...] | None:
    """The parties named by a coordinated active subject of `verb` ("President Biden and President
    Yoon", "The United States and the ROK"), when each conjunct is a coded name and they are two
    or more; None otherwise."""
    speaker, passive = subject_of(verb)
    if speaker is None or passive or not speaker.conjuncts:
        return None
    sides: list[Entity] = []
    for head in (speaker, *speaker.conjuncts):
        entity = index.at(head, actors_only=True)
        if entity is None or not entity.code:
            return None
        if entity not in sides:
            sides.append(entity)
    return tuple(sides) if len({e.code for e in sides}) > 1 else None


def meeting_parties(subject: Token, index: MentionIndex) -> tuple[Entity, ...]:
    """'President Biden spoke today with Prime Minister Suga of Japan. ... They discussed ...', 'The
    two leaders agreed ...': a bare "they" or "the leaders" with no antecedent of its own stands for
    the parties of the meeting or call the text last reported (up to twenty sentences before: joint
    statements are long); the readout codes each party, as a joint "we" is coded. Sentences whose
    subject is itself such a reference ("They called on Russia to ...") and welcomes of no one
    ("welcomed the news of ...") are stepped over, and a subject coordinating two or more coded
    parties ("President Biden and President Yoon reaffirmed ...") is an antecedent as well. Another
    plural subject in between (a new group the pronoun might mean) breaks the chain, and so does a
    meeting whose two sides are not both named."""
    if not _refers_to_parties(subject):
        return ()
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        # "The United States and Mongolia had an exchange of views, and both committed to ...".
        verb = verb.head
        coordinated = _coordinated_parties(verb, index)
        if coordinated is not None:
            return coordinated
    doc = subject.doc
    sentence = subject.sent
    for _ in range(20):
        if sentence.start == 0:
            return ()
        sentence = doc[sentence.start - 1].sent
        root = sentence.root
        lemma = root.lemma_.lower()
        speaker, passive = subject_of(root)
        if speaker is not None and not passive and _refers_to_parties(speaker):
            # "They called on Russia to de-escalate": the same parties again; their meeting is further back.
            continue
        if lemma in _MEETING_VERBS and root.pos_ == "VERB":
            if speaker is None or passive:
                return ()
            sides = [e for e in participants(speaker, index, actors_only=True) if e.code]
            withs = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "with"]
            others = [p for c in withs for p in c.children if p.dep_ == "pobj"]
            # "spoke today with President Duque of Colombia to express ...": the party parsed as the
            # subject of the infinitive after "with".
            others.extend(s for c in withs for p in c.children if p.dep_ == "pcomp" for s in p.children if s.dep_ == "nsubj")
            if lemma in _MEETING_OBJECT_VERBS:
                others.extend(c for c in root.children if c.dep_ == "dobj")
            other_sides: list[Entity] = []
            for other in (o for listed in others for o in (listed, *listed.conjuncts)):
                # "Prime Minister Suga of Japan", "King Salman ... of Saudi Arabia": a person the index
                # does not code speaks for the country the "of" phrase names.
                named = [e for e in participants(other, index, actors_only=True) if e.code]
                country = next((p for c in other.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)
                if not named and country is not None and other.pos_ == "PROPN":
                    named = [e for e in participants(country, index, actors_only=False) if e.code]
                other_sides.extend(e for e in named if e not in sides and e not in other_sides)
            if len({e.code for e in sides}) > 1 and not others:
                # "President Macron of France, Chancellor Merkel of Germany ... and President Biden held a call".
                return tuple(sides)
            if sides and not other_sides and not withs and lemma in _MEETING_OBJECT_VERBS and not any(o.pos_ in ("PROPN", "PRON") for o in others):
                # "President Biden welcomed the news of ...": an object that names no one is no meeting; look further back.
                continue
            if not sides or not other_sides:
                return ()
            return tuple(dict.fromkeys([*sides, *other_sides]))
        coordinated = _coordinated_parties(root, index)
        if coordinated is not None:
            # "President Biden and President Yoon reaffirmed ... The two Presidents condemned ...".
            return coordinated
        if speaker is not None and speaker.tag_ in ("NNS", "NNPS") and speaker.lemma_.lower() not in _PARTY_NOUNS:
            return ()
    return ()


def actors_of(subject: Token, verb: Token, index: MentionIndex) -> tuple[Entity, ...]:
    """The subject's acting entities; an unresolved pronoun in a reported clause ("X said they would ...") is the reporter."""
    found = participants(subject, index, actors_only=True)
    if not found and subject.pos_ == "PRON" and subject.lower_ in ("it", "they", "he", "she"):
        found = _cataphora(subject, index)
    if not found and subject.pos_ == "NOUN":
        found = _named_by_copula(subject, index)
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


#: Nouns for states or bodies that a sentence may equate with their names.
_DESCRIBED_ACTORS = {"country", "nation", "state", "government", "member", "ally", "partner", "donor", "contributor", "power"}


def _named_by_copula(noun: Token, index: MentionIndex) -> tuple[Entity, ...]:
    """'Countries expected to contribute the bulk of the troops are France, Italy and Spain', 'France
    and Italy are the countries that offered ships': a description equated by "be" with names
    stands for the names."""
    if noun.lemma_.lower() not in _DESCRIBED_ACTORS:
        return ()
    other = {"nsubj": "attr", "attr": "nsubj"}.get(noun.dep_)
    copula = noun.head
    if other == "attr" and copula.lemma_.lower() != "be":
        # The parser may take the participle for the main verb ("Countries expected to ... are
        # France, ...") and join "are" to it: a "be" with no subject of its own shares this one.
        copula = next((c for c in copula.children if c.dep_ == "conj" and c.lemma_.lower() == "be" and not any(g.dep_ == "nsubj" for g in c.children)), copula)
    if other is None or copula.lemma_.lower() != "be":
        return ()
    named = next((c for c in copula.children if c.dep_ == other), None)
    if named is None or named.pos_ != "PROPN":
        return ()
    return participants(named, index, actors_only=True)


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
    # "hearing from Zelenskyy, and we will ...": an "and" joining clauses, before one name only, lists nothing.
    joins_clauses = doc[i].head.pos_ in ("VERB", "AUX")
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
    if joins_clauses and len(found) < 2:
        return []
    return found if head.dep_ == "nsubj" and not head.conjuncts else []


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The subject of the clause `verb` heads, climbing through controls and coordination; and whether it is passive."""
    current = verb
    for _ in range(6):
        for child in _subject_first(current):
            if child.dep_ == "nsubj" and child.tag_ in ("WDT", "WP") and current.dep_ == "relcl":
                # "Germany, which had opposed ...": the relative pronoun stands for the noun; "Turkey
                # approved a measure that authorized ...": a document acts for whoever issued it.
                if current.head.lemma_.lower() in DOCUMENT_NOUNS:
                    return noun_holder(current.head) or _intender(current.head) or current.head, False
                return current.head, False
            if child.dep_ == "nsubj" and child.tag_ == "WDT" and child.lower_ in ("that", "which"):
                # "signing legislation from Congress that will provide ...", the relative clause parsed as
                # a clause of its own: the pronoun stands for the noun phrase just before it.
                antecedent = _relative_antecedent(child)
                if antecedent is not None:
                    return antecedent, False
            if child.dep_ in ("nsubj", "csubj", "expl"):
                return (child if child.dep_ == "nsubj" else None), False
            if child.dep_ == "aux" and child.pos_ == "AUX" and child.lemma_.lower() not in _AUXILIARIES:
                # "both of whom helped facilitate": a verb misread as an auxiliary keeps the clause's subject.
                held = next((c for c in child.children if c.dep_ == "nsubj"), None)
                if held is not None:
                    return held, False
            if child.dep_ == "nsubjpass":
                if current != verb and _controlled_active(verb, current):
                    # "we are resolved to impose costs", "Spain was asked to send a ship": the passive is the
                    # controlling verb's; its subject does the infinitive's act.
                    return child, False
                return child, True
        if current.dep_ == "relcl" and current.head.lemma_.lower() in DOCUMENT_NOUNS:
            # "legislation from Congress that will provide ...": the document acts for its author.
            return noun_holder(current.head) or _pobj(current.head, "from") or current.head, False
        if current.dep_ == "relcl" and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return current.head, False
        if current.dep_ == "acl" and current.tag_ == "VBN" and current.head.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in current.children
        ):
            # "funds frozen by the U.S. government": a participle after a noun is a passive of that noun;
            # "countries expected to contribute troops": the noun does the infinitive's act.
            return current.head, not (verb.dep_ == "xcomp" and _controlled_active(verb, current))
        if current.dep_ == "conj" and _stray_participle(current):
            # "bring home every American held hostage or wrongfully detained": the participle is no
            # second verb of the clause it is parsed as joined to.
            return None, False
        if current.dep_ == "advcl" and current.tag_ == "VBG" and not _marked(current):
            listed = _listed_commitment(current)
            if listed is not None:
                return noun_holder(listed) or _intender(listed), False
            modified = _reduced_relative(current)
            if modified is not None:
                return modified, False
        if current.dep_ == "advcl" and current.head.lemma_.lower() == "be" and any(c.dep_ in ("attr", "acomp") for c in current.head.children):
            # "Today's meeting is a critical step ...: rejecting the use of force": the copula's subject
            # names what something is, not who does the participle's act.
            break
        controller = _object_controller(current)
        if controller is not None:
            return controller, False
        if current.dep_ == "conj" and current.tag_ == "VBG" and current.head.dep_ == "advcl" and current.head.tag_ in ("VBZ", "VBP", "VBD") and _marked(current.head):
            # "commitment to continue supporting Ukraine as it defends its democracy and imposing costs on
            # Russia": a gerund is no second verb of a finite clause "as it defends"; it goes with the
            # verb that clause modifies.
            current = current.head.head
            continue
        finite = _finite_above_infinitive(current)
        if finite is not None:
            # "discussed Russia's attempts to annex Georgian land and expressed their commitment": a
            # finite verb parsed as joined to an infinitive goes with the finite verb above it.
            current = finite
            continue
        if current.dep_ in ("xcomp", "conj", "pcomp", "acomp") or (current.dep_ == "advcl" and (not _marked(current) or _temporal_participle(current))):
            current = current.head
            if current.pos_ == "ADP":
                current = current.head
            if current.pos_ in ("NOUN", "PROPN"):
                # "Russia's attempt to annex": the noun's possessor acts; "we have no intention of going
                # to war": whoever states the intent.
                return noun_holder(current) or _intender(current), False
            continue
        if current.dep_ == "acl" and current.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            return noun_holder(current.head) or _intender(current.head), False
        if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.lemma_.lower() in DOCUMENT_NOUNS:
            # "a Security Council resolution imposing sanctions": the document's author acts through it.
            return noun_holder(current.head), False
        break
    return None, False


def _finite_above_infinitive(verb: Token) -> Token | None:
    """For a past or present tense verb joined to an infinitive, which cannot share its tense, the
    nearest finite verb above that infinitive (the verb it is really joined to)."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ"):
        return None
    infinitive = verb.head
    if infinitive.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
        return None
    return next((a for a in infinitive.ancestors if a.tag_ in ("VBD", "VBZ", "VBP") and a.pos_ in ("VERB", "AUX")), None)


def _relative_antecedent(pronoun: Token) -> Token | None:
    """The noun phrase a misattached relative pronoun follows ("legislation from Congress that ..."
    is the legislation), and for a document its author; None when a time comes just before."""
    if pronoun.i == 0:
        return None
    noun = pronoun.nbor(-1)
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("DATE", "TIME"):
        return None
    while noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
    if noun.lemma_.lower() in DOCUMENT_NOUNS:
        return noun_holder(noun) or _pobj(noun, "from") or _intender(noun) or noun
    return noun


def _subject_first(verb: Token) -> list[Token]:
    """The verb's dependents, brackets left out; when a dateline is parsed as a first subject
    ("LUXEMBOURG, April 14 - EU foreign ministers adopted ..."), the subject nearest the verb first."""
    # A gloss in brackets ("all States [countries]", "sanctions on that country [Iran]") is no subject.
    children = [c for c in verb.children if not (c.dep_ == "nsubj" and (c.is_punct or (c.i > 0 and c.nbor(-1).text == "[")))]
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if len(subjects) < 2 or not _dateline(subjects[0]):
        # "President Joseph R. Biden, Jr. met": a name cut in two is still the first subject.
        return children
    nearest = max(subjects, key=lambda c: c.i if c.i < verb.i else -1)
    return [nearest, *(c for c in children if c != nearest)]


def _dateline(word: Token) -> bool:
    """'LUXEMBOURG, April 14 -': a place in capitals, or one followed by a comma and a date, opening a story."""
    if word.is_upper and len(word) > 3:
        return True
    return word.i + 2 < len(word.doc) and word.nbor(1).text == "," and word.nbor(2).ent_type_ == "DATE"


def _listed_commitment(clause: Token) -> Token | None:
    """'reaffirmed the U.S. commitment to continue providing assistance, holding Russia accountable,
    and imposing costs': a gerund listed after an intent noun's own gerund is one more thing the noun
    holds, though the parser hangs it on the verb."""
    governor = clause.head
    noun = next((c for c in governor.children if c.dep_ == "dobj" and c.i < clause.i and c.lemma_.lower() in _INTENT_NOUNS), None)
    if noun is None or not any(t.tag_ == "VBG" and t.dep_ in ("xcomp", "pcomp", "acl") for t in noun.subtree):
        return None
    return noun


def _reduced_relative(clause: Token) -> Token | None:
    """'freezing the assets of persons or entities supporting its activities': a gerund right after a
    noun inside a phrase modifies that noun, whatever clause the parser hangs it on."""
    before = clause.doc[clause.i - 1] if clause.i > 0 else None
    if before is None or before.pos_ != "NOUN" or before.dep_ not in ("pobj", "conj"):
        return None
    return before


def _stray_participle(verb: Token) -> bool:
    """A bare past participle joined to a verb of another form ("bring home ... or wrongfully detained"):
    a misparsed modifier, not a coordinated verb sharing the subject."""
    return verb.tag_ == "VBN" and verb.head.tag_ in ("VB", "VBP", "VBZ", "VBG") and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children
    )


def _object_controller(clause: Token) -> Token | None:
    """'rallied the world to denounce', 'helped Ukraine defend itself', 'criticized Mbeki for failing
    to ...': the object of the verb an infinitive or a "for"/"of" gerund complements does that act,
    when the object is an actor (a name, a pronoun or a group), not a thing ("used its veto to
    block" stays the subject's)."""
    governor = clause.head
    purpose = False
    if clause.dep_ == "pcomp" and governor.lower_ in ("for", "of") and clause.tag_ == "VBG":
        governor = governor.head
    elif clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        # The parser often reads "rallied the world to denounce" as a purpose clause.
        purpose = True
    elif clause.dep_ != "xcomp":
        return None
    if governor.lemma_.lower() in _SUBJECT_CONTROL | _MOTION or governor.pos_ not in ("VERB", "AUX"):
        return None
    obj = next((c for c in governor.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if obj is None:
        return None
    if obj.pos_ == "PRON" and obj.lower_ not in ("it", "this", "that", "everything", "anything", "something", "nothing", "all", "whatever", "what", "more", "much"):
        return obj  # but "will do everything possible to provide aid": a thing, the subject acts
    if obj.ent_type_ in ("ORG", "NORP", "PERSON", "GPE") or (
        # Rare surnames are often typed as products ("criticized Mbeki for failing"); a name with an
        # article is a title ("sign an Executive Order to continue ..."), no actor.
        obj.pos_ == "PROPN" and obj.ent_type_ in ("", "PRODUCT", "WORK_OF_ART") and not purpose
        and not any(c.dep_ == "det" for c in obj.children)
    ):
        return obj
    lemma = obj.lemma_.lower()
    if lemma in ("community", "world"):
        return obj
    # "sent troops to protect the base": forces sent for a purpose serve their sender's.
    return obj if not purpose and (lemma in GROUP_NOUNS or obj.lower_ in GROUP_NOUNS) else None


#: Verbs of going somewhere: the place gone to or left does not act ("left Seoul to meet Kim").
_MOTION = {"leave", "visit", "tour", "reach", "enter", "travel", "fly", "arrive", "quit"}
#: True auxiliaries: any other word the parser tags as one is a verb of its own ("helped").
_AUXILIARIES = {"be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "to", "'ll", "wo", "ca"}
#: Verbs whose subject, not object, does the infinitive's act ("promised Kyiv to send").
_SUBJECT_CONTROL = {"promise", "vow", "pledge"}
#: Documents that act for their author ("a resolution imposing sanctions").
DOCUMENT_NOUNS = {"resolution", "decision", "order", "law", "decree", "bill", "legislation", "measure"}


#: Nouns of one's own intent: whoever states them holds them ("expressed a willingness to join talks").
_INTENT_NOUNS = {"willingness", "readiness", "intention", "determination", "desire", "commitment", "decision", "plan", "resolve"}
#: Verbs by which a subject states or makes its own intent.
_STATING_VERBS = {
    "express", "show", "have", "announce", "signal", "reaffirm", "reiterate", "make", "take", "confirm", "indicate",
    "state", "underscore", "emphasize", "voice", "demonstrate", "admit", "defend",
}


#: Verbs by which a subject issues a document of its own.
_ISSUING_VERBS = {"sign", "issue", "adopt", "pass", "approve", "enact", "introduce", "table", "draft"}


def _intender(noun: Token) -> Token | None:
    """The subject that states an intent noun without a holder: 'Chile has expressed a willingness to ...' gives Chile,
    and 'Biden will sign an order to ...' Biden. Only for nouns of one's own intent and documents one issues:
    in 'rejected the call to ...' the call is someone else's."""
    if noun.dep_ != "dobj":
        return None
    lemma, verb = noun.lemma_.lower(), noun.head.lemma_.lower()
    if not (lemma in _INTENT_NOUNS and verb in _STATING_VERBS) and not (lemma in DOCUMENT_NOUNS and verb in _ISSUING_VERBS):
        return None
    subject, passive = subject_of(noun.head)
    return None if passive else subject


def _controlled_active(verb: Token, controller: Token) -> bool:
    """True when `verb` is an active infinitive or gerund controlled (through xcomp, or a conjunct of one) by `controller`."""
    current = verb
    while current != controller:
        if any(c.dep_ == "auxpass" for c in current.children) or current.dep_ not in ("xcomp", "conj"):
            return False
        if _shared_passive(current):
            # "he was detained and tortured": a bare participle joined to a passive is passive too.
            return False
        current = current.head
    return True


def _shared_passive(verb: Token) -> bool:
    """'will be expelled or detained': a past participle with no auxiliary of its own, joined to a
    passive verb, shares that verb's passive (its subject undergoes both acts)."""
    return (
        verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
        and any(c.dep_ == "auxpass" for c in verb.head.children)
    )


def noun_holder(noun: Token) -> Token | None:
    """Who holds an act noun: its possessor ("Russia's attempt") or a name before it ("the U.S.
    commitment"), else its "of"/"by" phrase ("the commitment of the United States to ...",
    "the work by the US and its allies to ...")."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and poss.ent_type_ not in ("DATE", "TIME"):
        # "this week's decision", "today's announcement": a time, not a holder.
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
            if child.lemma_.lower() in POSTED_NOUNS:
                # "telephoned Zambia's ambassador to Kenya": where an envoy serves is not whom the act is aimed at.
                continue
            if verb.lemma_.lower() in JUDGING:
                # "condemned the attacks on Turkish soldiers": the victims of the act judged are not
                # whom the judgement is about.
                yield from (t for t in _preps(child) if t.head.lower_ not in ("on", "against"))
            else:
                yield from _preps(child)
        elif child.dep_ in ("prep", "dative") and child.lower_ in RECIPIENT_PREPS:
            yield from _pobjs(child)
        elif child.dep_ == "prep" and child.lower_ == "in" and verb.lemma_.lower() in _PLACING and verb.dep_ != "acl":
            # "a UN force is deployed in Darfur": forces are for the place they are put in ("troops stationed
            # in Iraq" only describes the troops).
            yield from _pobjs(child)
        elif child.dep_ == "conj" and child.pos_ == "ADP" and child.lower_ in RECIPIENT_PREPS:
            # "thanks to the Emir of Qatar, and to the Sultan of Oman": a second phrase coordinated with the first.
            yield from _pobjs(child)
        elif child.dep_ == "dobj":
            yield child
    gap = _relative_object(verb)
    if gap is not None and gap != skip:
        yield gap


#: Nouns for people posted to another country or body: their "to"/"in" phrase says where they serve.
POSTED_NOUNS = {"ambassador", "envoy", "commissioner", "consul", "emissary", "representative", "attache", "attaché", "delegate", "chargé", "charge"}
#: Verbs that judge an act: an "on"/"against" phrase of their object names the act's victims.
JUDGING = {"condemn", "denounce", "criticize", "criticise", "deplore", "decry", "welcome", "praise", "applaud", "support", "back"}
#: Verbs of putting forces somewhere.
_PLACING = {"deploy", "station", "base", "post", "redeploy"}


def _relative_object(verb: Token) -> Token | None:
    """'the Lebanese territory it has occupied': the noun a relative clause with its own subject and
    no object modifies is that clause's object."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "ccomp", "xcomp") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in ("WDT", "WP"):
        return None
    if any(c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children) for c in verb.children):
        # "the country it borders on": the noun is the stranded preposition's object.
        return None
    return verb.head


def _pobjs(prep: Token) -> Iterator[Token]:
    yield from (c for c in prep.children if c.dep_ == "pobj")


def noun_recipients(noun: Token) -> Iterator[Token]:
    """The "against/with/on/to" complements of an event noun ("a war against Ukraine")."""
    yield from _preps(noun)


def _preps(noun: Token) -> Iterator[Token]:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPS:
            yield from _pobjs(child)
            for other in child.conjuncts:
                if other.pos_ == "ADP" and other.lower_ in RECIPIENT_PREPS:
                    yield from _pobjs(other)


def owners(noun: Token, index: MentionIndex) -> tuple[Entity, ...]:
    """Whose thing the noun is: "Iraq's integrity", "the slanders of the American rulers", "an offer by North Korea"."""
    if noun.lemma_.lower() in RELATIONAL_NOUNS or noun.lower_ in RELATIONAL_NOUNS:
        # "our Allies" are not ours to be acted upon: they are others.
        return ()
    if noun.lemma_.lower() in _ACT_NOUNS:
        # "ending its blockade of Lebanon": the act's target, not its author.
        target = _pobj(noun, "of")
        found = participants(target, index, actors_only=False) if target is not None else ()
        if found:
            return found
    for child in noun.children:
        if child.dep_ == "poss":
            if _own_thing(noun, child):
                continue
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
        if current.dep_ == "acl" and current.head.lemma_.lower() not in ("plan", "intention", "readiness", "decision", "willingness", "commitment", "possibility", "pledge", "promise", "resolve", "determination", "vow"):
            break
        head = current.head
        if head.pos_ == "ADP" and head.head != head:
            head = head.head
        chain.append(head)
        current = head
        if head.pos_ == "NOUN":
            break
        while current.dep_ == "conj" and current.head.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            # "their resolve to maintain peace and to continue to impose costs": up through the first infinitive.
            current = current.head
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
        # "may conduct tests and deploy weapons": a coordinated verb shares its head's modal, and the
        # modal of the verbs that control its head ("will continue to support them and provide ...").
        looked.extend(t for t in control_chain(verb.head) if t not in looked)
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
        if verb.sent.start_char <= time.start < verb.sent.end_char and attached_to(time, verb):
            return time
    return None


def attached_to(time: TimeExpression, verb: Token) -> bool:
    """True when the time expression belongs to the verb's own clause: the first verb above it is this one."""
    span = verb.doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    while head.head != head and head.pos_ not in ("VERB", "AUX") and head != verb:
        head = head.head
    return head == verb


def sentences_back(token: Token, count: int) -> Token:
    """The first token of the sentence `count` sentences before the token's own, or of the first."""
    doc = token.doc
    start = token.sent.start
    for _ in range(count):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return doc[start]
