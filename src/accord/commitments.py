"""Commitments: pledges, offers, refusals, deliveries and impositions (stage accord.commitments.v6).

A commitment is a kind noun (data/event_verbs.yaml `kind_nouns`, `kind_phrases`: troops,
sanctions, air support, ...) governed by a commitment verb: its object ("would not send
troops"), its passive subject ("the package would be finalized"), a participle on it
("a tariff imposed on ..."), or the object of "limited to" / "join". The stance follows
the gold guidelines' order: ruled_out, withdrawn, threatened, conditional, then the
verb and its modality (promise words pledge, "will" plans, "ready to"/"could" offer,
past giving delivers, sanctions in force are imposed). The actor is the clause subject's
resolved entities, or a possessor of the committed noun ("the bloc's sanctions package");
troops named by their country are its own ("sent three Chilean brigades"), and a nominal
with no holder ("the May 3 announcement of $90 million") in a government's own release is
that government's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .nlp import doc_text
from .clauses import (
    Lexicon,
    MentionIndex,
    actors_of,
    FUTURE_AUX,
    agent_of,
    context_actor,
    control_chain,
    load_lexicon,
    modality,
    noun_holder,
    participants,
    recipient_tokens,
    speaker_for,
    subject_of,
    time_for,
)
from .records import Article, Commitment, CommitmentStance, Entity, Evidence, Statement, TimeExpression
from .voices import FirstPerson

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

EXTRACTOR = "accord.commitments.v6"

#: Prepositions whose phrase limits a commitment ("outside Ukraine").
SCOPE_PREPS = {"outside", "inside", "within", "beyond", "across"}
#: Verbs that put something in place for someone else; with a future they are plans, in the past deliveries.
_GIVING = {"send", "deploy", "provide", "supply", "deliver", "contribute", "donate", "give", "join", "station", "participate", "attend", "hold"}
#: Adjectives of readiness: "open to talks", "ready for dialogue".
_READY = {"ready", "open", "willing", "prepared"}
#: Verbs and nouns whose "in" phrase names what one takes part in ("take part in talks").
_TAKING_PART = {"participate", "part", "engage", "join"}
#: Plural nouns for a group of states or bodies with no single code ("several governments").
_GROUPS = {"government", "country", "state", "nation", "ally", "partner", "member", "side", "minister", "donor"}
#: Kinds whose possession ("has about 900 troops", "the troops we already have") is a delivered presence.
_PRESENT_KINDS = {"troops", "peacekeeping", "naval_forces", "air_support"}
#: Nouns of commitment whose "of" phrase names what is committed, with the stance they give.
_NOMINALS: dict[str, CommitmentStance] = {
    "announcement": "pledged", "pledge": "pledged", "commitment": "pledged", "provision": "delivered",
    "deployment": "delivered", "transfer": "delivered", "delivery": "delivered", "withdrawal": "withdrawn",
    "establishment": "delivered",
}
_PROMISE = {"pledge", "promise", "vow", "commit", "authorize", "approve", "sign", "agree"}


@dataclass(frozen=True)
class _Found:
    kind: str
    noun: Token
    verb: Token
    relation: str  # object, passive, participle, relative


def extract_commitments(
    doc: Doc, article: Article, entities: tuple[Entity, ...], times: tuple[TimeExpression, ...], statements: tuple[Statement, ...],
    voices: FirstPerson | None = None,
) -> tuple[Commitment, ...]:
    """Every commitment the lexicon finds in the article, in text order."""
    lexicon = load_lexicon()
    index = MentionIndex.of(entities, voices, article=article, statements=statements, doc=doc)
    seen: set[tuple[int, str]] = set()
    commitments: list[Commitment] = []
    for found in _candidates(doc, lexicon):
        key = (found.verb.i, found.kind)
        if key in seen:
            continue
        seen.add(key)
        commitment = _commitment(found, lexicon, index, article, times, statements)
        if commitment is not None:
            commitments.append(commitment)
    return tuple(sorted(commitments, key=lambda c: c.span_start))


def kinds_of(noun: Token, lexicon: Lexicon) -> list[tuple[str, Token]]:
    """Kinds named by a noun phrase: its head and its modifiers ("monitoring and training activities"), with conjuncts."""
    found: list[tuple[str, Token]] = []
    heads = [noun, *noun.conjuncts]
    last = max(heads, key=lambda t: t.i)
    if len(heads) > 1 and any(c.dep_ == "amod" and c.lower_ == "other" for c in last.children) and kinds_of_head(last, lexicon):
        # "weapons, ammunition, and other security assistance": the last item names what the list is.
        heads = [last]
    for head in heads:
        if head is not last and head.i < last.i:
            # "security, economic, and humanitarian assistance" parsed as a list of nouns: each word with the last head.
            for phrase, kind in lexicon.kind_phrases.items():
                if phrase in (f"{head.lower_} {last.lower_}", f"{head.lower_} {last.lemma_.lower()}") and kind not in [k for k, _ in found]:
                    found.append((kind, head))
        words = [t for t in head.subtree if t.i <= head.i and t.dep_ in ("compound", "amod", "nmod", "conj", "cc") or t == head]
        lowered = _unnegated(" ".join(t.lower_ for t in words))
        # "security, economic, and humanitarian assistance": each coordinated modifier with the head.
        modifiers = [m for child in head.lefts if child.dep_ in ("amod", "compound", "nmod") for m in (child, *child.conjuncts) if not _non_prefixed(m)]
        candidates = [f" {lowered} "] + [f" {m.lower_} {head.lower_} " for m in modifiers] + [f" {m.lower_} {head.lemma_.lower()} " for m in modifiers]
        phrase_hit = False
        for phrase, kind in lexicon.kind_phrases.items():
            if any(f" {phrase} " in candidate for candidate in candidates) and kind not in [k for k, _ in found]:
                found.append((kind, head))
                phrase_hit = True
        if phrase_hit:
            continue
        for word in words:
            kind_name = lexicon.kind_nouns.get(word.lemma_.lower()) or lexicon.kind_nouns.get(word.lower_)
            if kind_name is not None and (word == head or word.dep_ in ("compound", "nmod", "conj") or word.lower_ in ("peacekeeping", "monitoring", "training")):
                found.append((kind_name, head))
        # "$800 million in weapons", "a package of sanctions": the kind is in the phrase after the head.
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "of", "for"):
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    if head.like_num or head.tag_ == "$" or head.lemma_.lower() in ("package", "tranche", "round", "set", "number", *_NOMINALS):
                        found.extend(kinds_of(pobj, lexicon))
    unique: list[tuple[str, Token]] = []
    for kind, head in found:
        if kind not in [k for k, _ in unique]:
            unique.append((kind, head))
    return unique


def _non_prefixed(word: Token) -> bool:
    """'non-humanitarian': the word is negated by its prefix."""
    doc = word.doc
    return word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 2].lower_ == "non"


def _unnegated(words: str) -> str:
    """'non humanitarian assistance' names no humanitarian aid: join the prefix so no phrase matches."""
    return re.sub(r"\bnon (?:- )?", "non-", words)


def kinds_of_head(head: Token, lexicon: Lexicon) -> bool:
    """True when the noun alone, with its modifiers, names a kind."""
    words = _unnegated(" ".join(t.lower_ for t in head.subtree if t.i <= head.i and not t.is_punct))
    return any(f" {phrase} " in f" {words} " for phrase in lexicon.kind_phrases) or head.lemma_.lower() in lexicon.kind_nouns


def _nominal(token: Token, lexicon: Lexicon) -> list[_Found]:
    """'Denmark's provision of security assistance', 'his announcement of $800 million in weapons':
    a commitment noun with what is committed in its "of" phrase, not itself the object of a commitment verb."""
    stance = _NOMINALS.get(token.lemma_.lower())
    if stance is None or token.pos_ != "NOUN":
        return []
    if token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in lexicon.commitment_verbs:
        return []
    found: list[_Found] = []
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            kinds = kinds_of(pobj, lexicon)
            if not kinds and _is_money(pobj):
                kinds = [(_money_kind(pobj, token), pobj)]
            found.extend(_Found(kind, pobj, token, "nominal") for kind, _ in kinds)
    return found


def _candidates(doc: Doc, lexicon: Lexicon) -> list[_Found]:
    found: list[_Found] = []
    for token in doc:
        found.extend(_nominal(token, lexicon))
        if token.pos_ not in ("NOUN", "PROPN", "NUM", "SYM") and not _adjective_list(token):
            continue
        if token.dep_ in ("compound", "amod", "conj", "nmod"):
            continue
        verb, relation = _governor(token)
        if verb is None:
            continue
        lemma = verb.lemma_.lower()
        kinds = kinds_of(token, lexicon)
        if not kinds and _is_money(token) and token.dep_ == "dobj" and lemma in _GIVING | {"pledge", "promise", "commit", "allocate", "announce", "spend"}:
            # "would provide 40 million euros": money with nothing more said about it is funding.
            kinds = [("funding", token)]
        for kind, _head in kinds:
            penalty = kind in lexicon.penalty_kinds
            if relation in ("out", "present"):
                if kind in _PRESENT_KINDS:
                    found.append(_Found(kind, token, verb, relation))
                continue
            if penalty and lemma not in lexicon.penalty_verbs and lemma not in lexicon.commitment_verbs:
                continue
            if not penalty and lemma not in lexicon.commitment_verbs and lemma not in ("limit",):
                continue
            if lemma == "take" and not penalty and relation != "object":
                continue
            if lemma == "have" and kind not in _PRESENT_KINDS:
                # "Australia has 900 troops in Iraq": a presence; "have talks" is no commitment.
                continue
            if penalty and lemma in _GIVING - {"extend"}:
                continue
            found.append(_Found(kind, token, verb, relation))
            if relation != "relative":
                # "will not send the frigate it pledged": the relative clause is a commitment of its own.
                for relative in (c for c in token.children if c.dep_ == "relcl" and c.lemma_.lower() in _PROMISE and _object_gap(c)):
                    found.append(_Found(kind, token, relative, "relative"))
    return found


def _promised(noun: Token) -> bool:
    """'the frigate it pledged': the noun carries a relative clause of promise."""
    return any(c.dep_ == "relcl" and c.lemma_.lower() in _PROMISE for c in noun.children)


def _framed_future(verb: Token) -> bool:
    """'that would involve Australia sending 200 troops': a gerund inside a clause of what will or would be."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("ccomp", "dobj", "pcomp", "xcomp"):
        return False
    head = verb.head.head if verb.head.pos_ == "ADP" else verb.head
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in head.children)


def _adjective_list(token: Token) -> bool:
    """'deliver military, economic, and humanitarian assistance' parsed with the first adjective as the object."""
    return token.pos_ == "ADJ" and token.dep_ in ("dobj", "nsubjpass") and any(c.pos_ == "NOUN" for c in token.conjuncts)


def _governor(noun: Token) -> tuple[Token | None, str]:
    """The verb the noun phrase is committed by, and how it attaches."""
    head = noun.head
    if noun.dep_ in ("dobj",) and head.pos_ == "VERB":
        return head, "object"
    if noun.dep_ == "nsubjpass" and head.pos_ == "VERB":
        return head, "passive"
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("with", "to", "for") and head.head.pos_ in ("VERB", "ADJ"):
        verb = head.head
        lemma = verb.lemma_.lower()
        if head.lower_ in ("to", "for") and lemma not in ("limit", "agree") and lemma not in _READY:
            return None, ""
        return verb, "object"
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in":
        holder = head.head
        if holder.lemma_.lower() == "take" and holder.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in holder.children):
            # "will not take part in the talks" with the "in" phrase on the verb, not on "part".
            return holder, "object"
        if holder.lemma_.lower() in _TAKING_PART:
            # "take part in the talks": the verb of "take part" commits.
            verb = holder.head if holder.pos_ == "NOUN" and holder.dep_ == "dobj" else holder
            if verb.pos_ == "VERB":
                return verb, "object"
    if noun.dep_ == "nsubj" and head.lemma_.lower() == "be" and _out_of(head) is not None:
        # "the soldiers will be out of the capital by May": a withdrawal stated as a place left.
        return head, "out"
    for child in noun.children:
        if child.dep_ == "acl" and child.pos_ == "VERB" and child.tag_ == "VBN":
            return child, "participle"
        if child.dep_ == "relcl" and child.pos_ in ("VERB", "AUX") and _object_gap(child):
            # "the weapons we are providing", "the sanctions it has imposed": the noun is the relative's object.
            return child, "relative"
    if noun.dep_ == "nsubj" and head.lemma_.lower() == "be" and head.pos_ == "AUX" and any(c.dep_ == "prep" and c.lower_ in ("in", "on") for c in head.children):
        # "900 Dutch soldiers are in Mali": a presence stated with the copula.
        return head, "present"
    return None, ""


def _out_of(verb: Token) -> Token | None:
    """The "out" of "be out of <place>", when the copula has one."""
    for child in verb.children:
        if child.dep_ in ("prep", "advmod", "prt") and child.lower_ == "out" and any(c.dep_ == "prep" and c.lower_ == "of" for c in child.children):
            return child
    return None


def _object_gap(verb: Token) -> bool:
    """A relative clause with its own (non-relative) subject and no object: the noun it modifies is its object."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in ("WDT", "WP"):
        return False
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)


def _stance(found: _Found, lexicon: Lexicon, verb: Token) -> tuple[CommitmentStance, str | None]:
    mood = modality(verb, lexicon)
    lemma = verb.lemma_.lower()
    stance_verb = lexicon.commitment_verbs.get(lemma, "offered" if lemma == "limit" else "")
    penalty = found.kind in lexicon.penalty_kinds
    if lemma == "take" and not penalty:
        stance_verb = "delivered"  # "take part in"
    if stance_verb == "offered" and penalty:
        stance_verb = "threatened"  # "prepared to impose": readiness to punish
    controls = {t.lemma_.lower() for t in control_chain(verb)[1:]}
    if mood.status == "negated" and found.relation == "object" and _promised(found.noun):
        # "will not send the frigate it pledged": taking back what was promised.
        return "withdrawn", mood.condition
    if mood.status == "negated" or controls & lexicon.refusing_controls:
        return "ruled_out", mood.condition
    if stance_verb == "withdrawn" or found.relation == "out":
        return "withdrawn", mood.condition
    if stance_verb == "threatened" or (penalty and mood.controlled_by == "hypothetical"):
        return "threatened", mood.condition
    if mood.condition is not None:
        return "conditional", mood.condition
    if controls & lexicon.promise_controls or ("continue" in controls and mood.status == "future"):
        return "pledged", None
    if controls & lexicon.considering_controls:
        return "considering", None
    if "offer" in controls:
        return "offered", None
    if stance_verb in ("pledged", "offered", "considering", "paused", "ruled_out", "planned"):
        return stance_verb, None  # type: ignore[return-value]
    if mood.controlled_by == "future" or (mood.status == "occurred" and _framed_future(verb)):
        return "planned", None  # "intends to provide", "plans to impose", "would involve Australia sending"
    if lemma in _GIVING and _is_money(found.noun) and (mood.status == "future" or (mood.status == "occurred" and verb.tag_ in ("VBG", "VBZ", "VBP"))):
        # "is providing another $1 billion", "would provide 40 million euros": an allocation, not yet stated as given.
        return "pledged", None
    if mood.controlled_by == "hypothetical" or (mood.hedged and found.relation == "object"):
        return "offered", None
    if mood.hedged:
        return "considering", None
    if mood.status == "future":
        return "planned", None
    if stance_verb == "imposed" or penalty:
        return "imposed", None
    return "delivered", None


def _commitment(
    found: _Found, lexicon: Lexicon, index: MentionIndex, article: Article, times: tuple[TimeExpression, ...], statements: tuple[Statement, ...]
) -> Commitment | None:
    verb = found.verb
    if found.relation == "nominal":
        return _nominal_commitment(found, index, article, times, statements)
    subject, passive = subject_of(verb)
    actor: tuple[Entity, ...] = ()
    if found.relation in ("object", "relative") and subject is not None and not passive:
        actor = actors_of(subject, verb, index)
        if not actor and subject.lemma_.lower() in ("role", "contribution", "participation", "part"):
            actor = _possessors(subject, index)
    elif found.relation in ("passive", "participle"):
        agent = agent_of(verb)
        actor = participants(agent, index, actors_only=True) if agent is not None else _possessors(found.noun, index)
        if not actor and found.relation == "participle":
            actor = _enclosing_actor(found.noun, index)
    if found.relation == "present":
        # Only soldiers named by their country: "the soldiers are in the capital" says nothing of whose.
        actor = tuple(e for e in _possessors(found.noun, index) if e.code)
        if not actor:
            return None
    if found.relation == "out":
        # "US troops will be out of Iraq": the soldiers' country; "and the forces would be out of ..." repeats
        # the subject of the clause it is joined to. Nothing else is guessed.
        actor = tuple(e for e in _possessors(found.noun, index) if e.code)
        if not actor and verb.dep_ == "conj" and _out_of(verb.head) is not None:
            first = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            actor = tuple(e for e in _possessors(first, index) if e.code) if first is not None else ()
        if not actor:
            return None
    if passive and found.relation == "object" and subject is not None:
        actor = _possessors(subject, index)
    if not any(e.code for e in actor) and found.relation == "object" and found.kind in _PRESENT_KINDS:
        # "which sent five more Chilean brigades": soldiers named by their country are that country's to send.
        actor = tuple(e for e in _possessors(found.noun, index) if e.code) or actor
    if not actor and found.relation == "passive" and found.kind in _PRESENT_KINDS and verb.lemma_.lower() in _GIVING | {"withdraw", "pull"}:
        # "Troops will be sent to the region": no "by" phrase; the actor stated in the sentence or the one before.
        actor = context_actor(verb, index)
    recipients: list[Entity] = []
    out = _out_of(verb) if found.relation == "out" else None
    places = [p for c in out.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"] if out is not None else []
    for place in places:
        # "out of Iraqi cities": the country left.
        recipients.extend(e for e in (*participants(place, index, actors_only=False), *_possessors(place, index)) if e.code and e not in recipients and e not in actor)
    for obj in recipient_tokens(verb, skip=found.noun):
        recipients.extend(e for e in participants(obj, index, actors_only=False) if e not in recipients and e not in actor)
    for child in found.noun.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "against", "to", "for"):
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                recipients.extend(e for e in participants(pobj, index, actors_only=False) if e not in recipients and e not in actor)
    actor_codes = {e.code for e in actor if e.code}
    recipients = [e for e in recipients if e.code not in actor_codes]
    generic = subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in _GROUPS and subject.tag_ == "NNS"
    if not any(e.code for e in actor) and not any(e.code for e in recipients) and not generic:
        return None
    stance, condition = _stance(found, lexicon, verb)
    start, end = _span(found, verb)
    said_by = speaker_for(verb.idx, statements)
    if said_by is None and subject is not None:
        said_by = next((e for e in actor if e.label == "PERSON"), None)
    time = time_for(verb, times, verb.doc)
    kind = found.kind
    if kind == "troops" and any(e.code == "UNO" for e in actor):
        # Soldiers a UN body sends serve under it: a peacekeeping contingent.
        kind = "peacekeeping"
    return _record(article, found, verb, actor, kind, stance, recipients, condition, said_by, time, (start, end))


def _nominal_commitment(
    found: _Found, index: MentionIndex, article: Article, times: tuple[TimeExpression, ...], statements: tuple[Statement, ...]
) -> Commitment | None:
    """A commitment noun's record: its holder acts ("Denmark's provision"). With no holder named,
    a government's own release speaks of its own acts ("the May 3 announcement of $90 million"
    in a White House readout is the United States'); elsewhere none is invented."""
    holder = noun_holder(found.verb)
    if holder is not None and holder.ent_type_ in ("DATE", "TIME"):
        holder = None  # "today's announcement": a time, not a holder
    actor = participants(holder, index, actors_only=False) if holder is not None else ()
    if holder is None and _publisher_speaks(found.verb.idx, index, statements):
        actor = (index.publisher,) if index.publisher is not None else ()
    if not any(e.code for e in actor):
        return None
    recipients: list[Entity] = []
    for pobj in (p for c in (*found.verb.children, *found.noun.children) if c.dep_ == "prep" and c.lower_ in ("to", "for", "on", "against") for p in c.children if p.dep_ == "pobj"):
        recipients.extend(e for e in participants(pobj, index, actors_only=False) if e not in recipients and e.code not in {a.code for a in actor})
    start, end = _span(found, found.verb)
    said_by = speaker_for(found.verb.idx, statements)
    time = time_for(found.verb, times, found.verb.doc)
    stance = _NOMINALS[found.verb.lemma_.lower()]
    if stance == "delivered" and found.verb.lemma_.lower() == "provision" and _is_money(found.noun):
        stance = "pledged"  # "the provision today of a $90 million package": an allocation, as "is providing $90 million"
    return _record(article, found, found.verb, actor, found.kind, stance, recipients, None, said_by, time, (start, end))


def _record(
    article: Article, found: _Found, verb: Token, actor: tuple[Entity, ...], kind: str, stance: CommitmentStance,
    recipients: list[Entity], condition: str | None, said_by: Entity | None, time: TimeExpression | None, span: tuple[int, int],
) -> Commitment:
    """The record, with the words that say it and their sentence as evidence."""
    text = article.text
    start, end = span
    sentence = verb.sent
    return Commitment(
        article_id=article.id,
        actor=actor,
        kind=kind,
        stance=stance,
        recipient=tuple(recipients),
        scope=_scope(found.noun, verb),
        condition=condition,
        said_by=said_by if said_by is not None and said_by.label == "PERSON" else None,
        date=time.value if time is not None else None,
        date_text=time.text if time is not None else None,
        span=text[start:end],
        span_start=start,
        span_end=end,
        evidence=Evidence(start=sentence.start_char, end=sentence.end_char, sentence=text[sentence.start_char:sentence.end_char]),
        extractor=EXTRACTOR,
    )


def _publisher_speaks(offset: int, index: MentionIndex, statements: tuple[Statement, ...]) -> bool:
    """True when the words at `offset` are the publishing government's own: its unquoted text, or
    what its own people are reported to say."""
    if index.publisher is None:
        return False
    if not index.in_quotation(offset):
        return True
    speaker = speaker_for(offset, statements)
    return speaker is not None and speaker.code == index.publisher.code


#: Words of a money phrase's purpose that make it reconstruction money ("$40 million to repair power infrastructure").
_REBUILDING = {"reconstruction", "rebuilding", "infrastructure", "rebuild", "reconstruct"}


def _money_kind(*nouns: Token) -> str:
    """Money with nothing said of what it buys is funding; money for rebuilding or infrastructure is reconstruction."""
    purposes = [t for noun in nouns for c in noun.children if c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ == "for") for t in c.subtree]
    return "reconstruction" if any(t.lemma_.lower() in _REBUILDING for t in purposes) else "funding"


def _is_money(noun: Token) -> bool:
    return noun.tag_ == "$" or any(t.tag_ == "$" or t.lower_ in ("dollars", "euros", "pounds") for t in noun.subtree)


def _possessors(noun: Token, index: MentionIndex) -> tuple[Entity, ...]:
    found: list[Entity] = []
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < noun.i:
            entity = index.at(child, actors_only=False)
            if entity is not None and entity not in found:
                found.append(entity)
    return tuple(found)


def _enclosing_actor(noun: Token, index: MentionIndex) -> tuple[Entity, ...]:
    """For a participle with no agent ("a tariff imposed on ..."), the subject of the clause the phrase sits in."""
    current = noun
    for _ in range(6):
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            subject = next((c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:
                continue
            return participants(subject, index, actors_only=True) or _possessors(subject, index)
        if current.head == current:
            break
    return ()


def _span(found: _Found, verb: Token) -> tuple[int, int]:
    """From the predicate (with its auxiliaries and negation) through the committed noun, or the reverse for passives."""
    top = verb
    while top.dep_ in ("xcomp", "pcomp") and top.head.i < top.i and top.head.pos_ != "ADP":
        top = top.head
    lefts = [c for c in top.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < top.i]
    first = min([top.i, *(c.i for c in lefts)])
    doc = verb.doc
    noun = found.noun
    if noun.i < first:
        start_token = min((t for t in noun.subtree if t.i <= noun.i and t.dep_ in ("nummod", "quantmod", "compound", "amod")), key=lambda t: t.i, default=noun)
        return start_token.idx, verb.idx + len(verb)
    last = max([noun, *noun.conjuncts], key=lambda t: t.i)
    return doc[first].idx, last.idx + len(last)


def _scope(noun: Token, verb: Token) -> str | None:
    for holder in (noun, verb):
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in SCOPE_PREPS:
                tokens = list(child.subtree)
                return doc_text(noun.doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]
    for conj in noun.conjuncts:
        for child in conj.children:
            if child.dep_ == "prep" and child.lower_ in SCOPE_PREPS:
                tokens = list(child.subtree)
                return doc_text(noun.doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]
    return None
