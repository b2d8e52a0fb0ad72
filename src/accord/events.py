"""PLOVER events, one per clause predicate in the lexicon (stage accord.events.v7).

A clause is an event when its verb (or a verb with its particle: "call for", or a light
verb's event noun: "hold talks") is in data/event_verbs.yaml. The actor is the subject's
resolved entities (coordinated subjects make one compound actor; only mentions that act,
not places); the recipient is the object or a "with"/"against"/"to"/"on" complement; a
passive's "by" phrase is its actor. Status, condition and the trigger of refusals come
from `clauses.modality`. Precision comes first: a clause with neither a resolved actor
nor a resolved recipient gives no event, since an invented event is worse than none.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .clauses import (
    Lexicon,
    MentionIndex,
    actors_of,
    agent_of,
    owners,
    load_lexicon,
    modality,
    noun_recipients,
    participants,
    phrase_of,
    recipient_tokens,
    speaker_for,
    subject_of,
    time_for,
)
from .records import Article, DatePrecision, Entity, Event, Evidence, Statement, TimeExpression
from .voices import FirstPerson

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

EXTRACTOR = "accord.events.v7"

#: Nouns that report speech or documents: a subject like this is no actor of the act.
#: Verbal acts always have a speaker: without a resolved actor they are not coded.
_VERBAL = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
#: Speech acts whose addressee is the subject of the clause they report ("warned that Iran will ...").
_ADDRESSED = {"THREATEN", "REQUEST", "ACCUSE"}
#: Nouns for what is sent: a passive subject like this belongs to the actor ("UN troops will be sent").
_SENT = {"troop", "troops", "force", "forces", "soldier", "soldiers", "ship", "ships", "frigate", "aid", "weapon", "weapons"}
#: Plural nouns and pronouns for groups of states, bodies or people with no single code.
_GROUP_NOUNS = {"government", "country", "nation", "state", "minister", "leader", "ally", "partner", "member", "side", "company", "donor"}
_GROUP_PRONOUNS = {"anyone", "those", "everyone", "anybody"}
#: Nouns naming a speech act whose infinitive is its content, not an act of its own.
_SPEECH_NOUNS = {"request", "call", "demand", "appeal", "plea", "invitation", "offer", "proposal", "threat", "promise", "pledge"}
_NOT_ACTORS = {"statement", "report", "resolution", "plan", "law", "deal", "agreement", "proposal", "measure", "measures"}


def extract_events(
    doc: Doc, article: Article, entities: tuple[Entity, ...], times: tuple[TimeExpression, ...], statements: tuple[Statement, ...],
    voices: FirstPerson | None = None,
) -> tuple[Event, ...]:
    """Every event the lexicon finds in the article, in text order."""
    lexicon = load_lexicon()
    index = MentionIndex.of(entities, voices, article=article, statements=statements, doc=doc)
    events: list[Event] = []
    for token in doc:
        typed = _event_type(token, lexicon)
        if typed is None:
            continue
        event = _event(token, typed, lexicon, index, article, times, statements)
        if event is not None:
            events.append(event)
    return tuple(events)


def _event_type(token: Token, lexicon: Lexicon) -> tuple[str, str | None, Token] | None:
    """(type, mode, clause verb) when the token triggers an event."""
    lemma = token.lemma_.lower()
    if token.pos_ == "ADJ" and lemma in lexicon.readiness and token.dep_ == "acomp":
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "to")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if pobj.lemma_.lower() in lexicon.event_nouns or pobj.lower_ in lexicon.event_nouns:
                    event, mode = lexicon.event_nouns.get(pobj.lower_) or lexicon.event_nouns[pobj.lemma_.lower()]
                    return event, mode, token
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in lexicon.light_verbs:
        # The written form first: "talks" (negotiations) is not "talk" (a lecture).
        typed = lexicon.event_nouns.get(token.lower_) or lexicon.event_nouns.get(lemma)
        if typed is not None:
            return typed[0], typed[1], token.head
    if token.pos_ == "NOUN" and lemma in lexicon.role_nouns and token.dep_ == "attr" and token.head.lemma_.lower() == "be":
        # "the U.S. is Taiwan's largest arms supplier": the copula's subject acts on the noun's possessor.
        event, mode = lexicon.role_nouns[lemma]
        return event, mode, token.head
    if token.pos_ != "VERB":
        return None
    if token.dep_ in ("amod", "compound"):
        return None
    phrase = phrase_of(token)
    if phrase is not None and phrase in lexicon.phrases:
        event, mode = lexicon.phrases[phrase]
        return event, mode, token
    if lemma in lexicon.appraisal_verbs:
        return _appraisal(token, lexicon)
    for child in token.children:
        # "hold Russia accountable", "brought dozens home": the verb with its predicative complement.
        if child.dep_ in ("oprd", "acomp", "advmod", "ccomp") and child.i > token.i and f"{lemma} {child.lower_}" in lexicon.phrases:
            event, mode = lexicon.phrases[f"{lemma} {child.lower_}"]
            return event, mode, token
    if lemma in lexicon.verbs or lemma in lexicon.object_types:
        if lemma in lexicon.negators and any(c.dep_ == "xcomp" for c in token.children):
            return None
        if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ == "NOUN" and token.head.lemma_.lower() not in ("resolution", "decision", "order", "law"):
            # "entities supporting its programme": a generic participle, not a specific act.
            return None
        event, mode = lexicon.verbs.get(lemma, ("", None))
        overrides = lexicon.object_types.get(lemma, {})
        for child in token.children:
            if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in overrides:
                typed = overrides[child.lemma_.lower()]
                if typed is None:
                    return None
                event, mode = typed
        if not event:
            return None
        if lemma == "withdraw":
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"):
                if any(p.lemma_.lower() in lexicon.withdraw_from_sanction for p in prep.children if p.dep_ == "pobj"):
                    event, mode = "SANCTION", "withdraw"
        return event, mode, token
    return None


def _appraisal(verb: Token, lexicon: Lexicon) -> tuple[str, str | None, Token] | None:
    """'called the decision welcome' (SUPPORT), 'called the remarks irresponsible' (ACCUSE disapprove):
    the sign of the words that complement the object decides; mixed or neutral words give no event."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    words: set[str] = set()
    for child in verb.children:
        if child.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and child.i > obj.i:
            words.update(t.lower_ for t in child.subtree)
    for child in obj.children:
        if child.dep_ in ("amod", "conj", "appos") and child.i > obj.i:
            # "called the decision overdue but welcome": the complement hangs on the object.
            words.update(t.lower_ for t in child.subtree)
    positive = bool(words & lexicon.appraisal_positive)
    negative = bool(words & lexicon.appraisal_negative)
    if positive == negative:
        return None
    return ("SUPPORT", None, verb) if positive else ("ACCUSE", "disapprove", verb)


def _is_speech_complement(verb: Token, lexicon: Lexicon) -> bool:
    """'threatened to withdraw': the infinitive is part of the typed speech act, not coded again;
    so is a second infinitive coordinated with it ("urged them to reject ... and to stand with")."""
    while verb.dep_ == "conj" and verb.head != verb and verb.head.pos_ == "VERB":
        verb = verb.head
    if verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "made no commitment to send aircraft": the infinitive is the content of the typed act the noun names.
        noun = verb.head
        typed = lexicon.event_nouns.get(noun.lemma_.lower())
        if typed is not None and typed[0] in _VERBAL and noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon.light_verbs:
            return True
        if noun.lemma_.lower() in _SPEECH_NOUNS:
            # "declined requests by Pyongyang to hold talks": the infinitive is what was asked for.
            return True
    infinitive = verb.dep_ == "xcomp" or (verb.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))
    return infinitive and verb.head.lemma_.lower() in lexicon.typed_speech and verb.head.pos_ == "VERB"


def _null_group(subject: Token | None, passive: bool) -> bool:
    """A subject naming a group with no single code ("ministers", "several governments",
    "the international community", "anyone who ..."): the gold codes it null, so the event
    stands with no coded actor."""
    if subject is None or passive:
        return False
    lemma = subject.lemma_.lower()
    if subject.pos_ == "PRON":
        return lemma in _GROUP_PRONOUNS
    if subject.pos_ != "NOUN":
        return False
    if lemma == "community":
        return any(c.lower_ == "international" for c in subject.children)
    return subject.tag_ == "NNS" and lemma in _GROUP_NOUNS and not any(c.dep_ == "poss" for c in subject.children)


def _event(
    token: Token,
    typed: tuple[str, str | None, Token],
    lexicon: Lexicon,
    index: MentionIndex,
    article: Article,
    times: tuple[TimeExpression, ...],
    statements: tuple[Statement, ...],
) -> Event | None:
    event_type, mode, verb = typed
    if _is_speech_complement(verb, lexicon):
        return None
    subject, passive = subject_of(verb)
    agent = agent_of(verb)
    actor: tuple[Entity, ...] = ()
    recipient: tuple[Entity, ...] = ()
    if verb.lemma_.lower() in lexicon.patient_light_verbs:
        # "they suffer an attack by Russian forces", "Iran will face consequences": the subject
        # undergoes the act, the "by" phrase does it.
        by = next((p for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"), None)
        actor = participants(by, index, actors_only=True) if by is not None else ()
        recipient = participants(subject, index, actors_only=False) if subject is not None and not passive else ()
        subject = None
    elif passive:
        if agent is not None:
            actor = participants(agent, index, actors_only=True)
        if subject is not None and subject.lemma_.lower() in _SENT and event_type in ("AID", "MOBILIZE", "RETREAT"):
            actor = actor or participants(subject, index, actors_only=True)
        elif subject is not None:
            recipient = participants(subject, index, actors_only=False)
    elif subject is not None and subject.lemma_.lower() not in _NOT_ACTORS:
        actor = actors_of(subject, verb, index)
    if not recipient:
        skip = token if token is not verb else None
        found: list[Entity] = []
        role = skip is not None and verb.lemma_.lower() == "be" and token.lemma_.lower() in lexicon.role_nouns
        # "Taiwan's largest supplier": the noun's possessor receives, not the copula's other dependents.
        others = [] if role else list(recipient_tokens(verb, skip=skip))
        if role:
            found.extend(e for e in owners(token, index) if e not in actor)
        if skip is not None:
            others.extend(noun_recipients(token))
        if verb.pos_ == "ADJ":
            others.extend(p for prep in verb.children if prep.dep_ == "prep" for pobj in prep.children if pobj.dep_ == "pobj" for p in noun_recipients(pobj))
        else:
            # "take part in negotiations with the president": the other side is in the event noun's phrase.
            others.extend(
                p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in"
                for pobj in prep.children if pobj.dep_ == "pobj" and (pobj.lemma_.lower() in lexicon.event_nouns or pobj.lower_ in lexicon.event_nouns) for p in noun_recipients(pobj)
            )
        for obj in others:
            named = participants(obj, index, actors_only=False) or owners(obj, index)
            found.extend(e for e in named if e not in found and e not in actor)
        if not found and event_type in _ADDRESSED:
            clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
            inner = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
            if inner is not None:
                codes = {e.code for e in actor}
                found.extend(e for e in participants(inner, index, actors_only=False) if e.code not in codes)
        recipient = tuple(found)
    recipient = tuple(e for e in recipient if e not in actor)
    if not any(e.code for e in actor) and (event_type in _VERBAL or not any(e.code for e in recipient)) and not _null_group(subject, passive):
        return None
    mood = modality(verb, lexicon)
    if verb.pos_ == "ADJ" and mood.status != "negated":
        # "ready for talks": readiness is not the act itself.
        mood = dataclasses.replace(mood, status="hypothetical")
    trigger = mood.negator if mood.negator is not None and mood.status == "negated" else token
    trigger_end = trigger.idx + len(trigger)
    phrase = phrase_of(trigger)
    if phrase is not None and (phrase in lexicon.phrases or phrase in lexicon.negator_phrases):
        particle = next(c for c in trigger.children if c.dep_ in ("prt", "prep") and c.i > trigger.i)
        if particle.i == trigger.i + 1:
            trigger_end = particle.idx + len(particle)
    text = article.text
    sentence = token.sent
    time = time_for(verb, times, token.doc)
    precision: DatePrecision | None = None
    if time is not None and time.precision in ("day", "month", "year"):
        precision = time.precision
    return Event(
        article_id=article.id,
        event=event_type,
        trigger=text[trigger.idx:trigger_end],
        trigger_start=trigger.idx,
        trigger_end=trigger_end,
        actor=actor,
        recipient=recipient,
        mode=mode,
        status=mood.status,
        condition=mood.condition,
        attributed_to=speaker_for(token.idx, statements),
        date=time.value if time is not None else None,
        date_text=time.text if time is not None else None,
        date_precision=precision,
        evidence=Evidence(start=sentence.start_char, end=sentence.end_char, sentence=text[sentence.start_char:sentence.end_char]),
        extractor=EXTRACTOR,
    )
