"""PLOVER events, one per clause predicate in the lexicon (stage accord.events.v12).

A clause is an event when its verb (or a verb with its particle: "call for", or a light
verb's event noun: "hold talks") is in data/event_verbs.yaml. An event noun may also be the
act of its clause when a verb's preposition takes it ("going to war"), when it is the subject
of a verb of occurrence ("a battle erupted") or when it names what one is part of. The actor
is the subject's resolved entities (coordinated subjects make one compound actor; only
mentions that act, not places); the recipient is the object or a "with"/"against"/"to"/"on"
complement; a passive's "by" phrase is its actor, and the noun a passive relative or
participle clause modifies undergoes the act ("Americans who were imprisoned"). Status,
condition and the trigger of refusals come from `clauses.modality`, refined by what the
clause around the verb shows (a negative subject, a condition governing the clause, a
demand). Precision comes first: a clause with neither a resolved actor nor a resolved
recipient gives no event, since an invented event is worse than none; the exceptions are
reports that name no participant at all ("two cargo ships were halted", "the summit took
place", "the armed group blocked the lane").
A bare "they" or "their", "the two", "both" or "the two leaders" stands for the last reported meeting's parties,
or for those of a subject of coordinated coded names before it ("Finland and Estonia held talks, and both ...").
A gerund after "responsibility for" reports its act ("claimed responsibility for killing a diplomat");
one after "capable of" names a reach, not an act ("missiles capable of hitting Tel Aviv").
Turning down the notion or idea of a meeting or talks rejects it; turning down an opinion is no event.
An object that types its verb as an act of one's own ("reaffirmed U.S. support for Ukraine") is no recipient: its holder
is the doer, and only its complements (and for support, its "for" phrase, less the doer's own country) name the other side.
Whatever the object of "discuss" names, its complements included, is the topic ("discussed their contacts with Chile"),
save a "with" phrase hung on a topic that is no tie ("discussed the budget with Chile");
the names in a gathering one attends are no recipients ("attended the EU-Chile Meeting").
The country prefix of a dollar amount receives nothing ("donated US $2 million to Estonia").
Civilians taken "from" a place ("evacuated citizens from Lebanon") receive the act; the place they leave does not.
The "on" phrase of talks, cooperation or agreement is their topic or place, no recipient ("consulted on Iran"); praise
"on" an achievement keeps its owner ("congratulated her on her appointment").
Beside an object, the "to" phrase of a welcome, like that of an invitation, says where to: only an acting party there receives.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING


from .clauses import (
    Lexicon,
    MentionIndex,
    actors_of,
    agent_of,
    control_chain,
    owners,
    load_lexicon,
    modality,
    meeting_parties,
    noun_holder,
    noun_recipients,
    participants,
    FUTURE_AUX,
    HYPOTHETICAL_AUX,
    RECIPIENT_PREPS,
    phrase_of,
    recipient_tokens,
    speaker_for,
    subject_of,
    time_for,
)
from .records import Article, DatePrecision, Entity, Event, EventStatus, Evidence, Statement, TimeExpression
from .voices import FirstPerson

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .knowledge import ActorBase

EXTRACTOR = "accord.events.v12"

#: Verbal acts always have a speaker: without a resolved actor they are not coded (unless an
#: agentless passive names who underwent them).
_VERBAL = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
#: Speech acts whose addressee is the subject of the clause they report ("warned that Iran will ...").
_ADDRESSED = {"THREATEN", "REQUEST", "ACCUSE"}
#: Nouns for what is sent: a passive subject like this belongs to the actor ("UN troops will be sent").
_SENT = {"troop", "troops", "force", "forces", "soldier", "soldiers", "ship", "ships", "frigate", "aid", "weapon", "weapons"}
#: Plural nouns and pronouns for groups of states, bodies or people with no single code.
_GROUP_NOUNS = {"government", "country", "nation", "state", "minister", "leader", "ally", "partner", "member", "side", "company", "donor", "people"}
_GROUP_PRONOUNS = {"anyone", "those", "everyone", "anybody"}
#: Nouns naming a speech act whose infinitive is its content, not an act of its own.
_SPEECH_NOUNS = {"request", "call", "demand", "appeal", "plea", "invitation", "offer", "proposal", "threat", "promise", "pledge", "declaration"}
#: Adjectives of necessity: "it is essential that X stops ..." states a demand, not an act.
_NECESSITY = {"essential", "necessary", "imperative", "vital", "crucial", "important"}
#: Nouns of demanding whose "that" clause has not happened: "the demand that Iran suspend ...".
_DEMAND_NOUNS = {"demand", "call", "request", "requirement", "insistence", "condition"}
#: Acts a vote performs by itself: "voted to impose sanctions" imposed them.
_VOTED_ACTS = {"SANCTION", "ACCUSE", "REQUEST", "REJECT", "SUPPORT"}
#: Armed forces and frontiers: troops sent into another country or to its border are mobilised.
_FORCES = {"troop", "force", "soldier", "army", "tank", "unit", "division", "brigade"}
_FRONTIERS = {"border", "frontier", "boundary"}
#: Verbs that respond to another's act: announced for the future, they wait on that act.
_RESPONSES = {"retaliate", "respond", "hit back", "strike back"}
#: Marks of time clauses.
_TIME_MARKS = {"once", "when", "after", "before", "as soon as"}
#: Verbs whose agentless passive states a state or a rule rather than reporting an act.
_STATIVE_PASSIVES = {"commit", "oppose", "dedicate", "allow", "permit", "meet", "concern", "involve", "arm", "equip"}
#: Plural nouns for people and bodies: a plain subject like this may undergo even a verbal act ("rebel groups were invited").
_PEOPLE = {
    "group", "party", "person", "people", "civilian", "activist", "official", "journalist", "detainee", "prisoner", "company",
    "individual", "entity", "leader", "minister", "member", "rebel", "militant", "soldier", "troop", "diplomat", "state",
    "country", "nation", "government", "faction", "organisation", "organization", "supporter", "opponent",
}
#: Texts that are signed, discussed or rejected: "the agreement, signed in 2005", "the treaty was rejected".
_DOCUMENTS = {"agreement", "treaty", "accord", "pact", "deal", "ceasefire", "cease-fire", "armistice", "truce", "resolution", "proposal", "plan"}
#: Verbs of motion whose purpose infinitive is still to happen ("left Seoul yesterday to meet Kim").
_DEPARTING = {"leave", "travel", "go", "come", "fly", "head", "depart", "set", "arrive", "return", "visit"}
#: Event nouns that, reported as breaking out, more often name a walkout than an attack.
_WORK_STOPPAGES = {"strike"}
#: Verbs of letting another actor act ("will not allow Iran to ..."): the infinitive's subject receives.
_PERMITTING = {"allow", "permit"}
#: Verbs of wishing that ask for another actor's act when they take an object and an infinitive.
_WANTING = {"want"}
#: Verbs whose object is what is talked about or asked for, not whom one talks to.
_TOPIC_VERBS = {"discuss", "debate", "recommend"}
#: Gatherings an act takes place at: the names in them ("the NATO summit") are no recipients.
_MEETING_NOUNS = {"summit", "meeting", "conference", "session", "talks", "ceremony", "forum"}
#: Verbs of mustering others behind a cause whose infinitive names whom the cause is for.
_RALLYING = {"rally"}
#: Nouns for what is sent as a warning ("sent a clear message").
_MESSAGES = {"message", "signal", "warning"}
#: Nouns of capacity whose infinitive names what could be done, not what is done.
_CAPACITY_NOUNS = {"ability", "capacity", "capability", "means", "power", "right", "freedom", "chance"}
#: Adjectives of capacity whose "of" gerund names what could be done ("capable of hitting").
_CAPACITY_ADJECTIVES = {"capable", "incapable"}
#: Nouns of intent whose content is coded with their modality ("no intention of going to war").
_INTENT_NOUNS = {"intention", "plan", "willingness", "readiness", "decision", "determination", "commitment", "threat", "promise", "pledge", "prospect", "possibility"}
#: Nouns of answering for an act: the gerund they take reports the act ("claimed responsibility for killing ...").
_ANSWERED_NOUNS = {"responsibility"}
#: Measures one can be against ("are against any military action").
_REJECTABLE = {"action", "plan", "proposal", "resolution", "idea", "measure", "move", "decision", "deal", "intervention", "sanction"}
#: Nouns of quantity whose "of" phrase says whose the things are.
_QUANTITIES = {"dozen", "hundred", "thousand", "million", "billion", "number", "part", "some", "all", "most"}
#: Nouns for a stance held by an actor: as a subject, their holder acts ("the position of X does not support").
_HELD_NOUNS = {"position", "policy", "stance"}
#: Singular nouns for a body with no name ("the armed group", "any party").
_UNNAMED_BODIES = {"group", "party", "faction", "militia"}
#: Nouns that report speech or documents: a subject like this is no actor of the act.
#: Prepositions of a destination.
_DESTINATION_PREPS = {"to", "into"}
#: States of being ("NATO membership offered Ukraine the only reliable assurance") are no actors either.
_NOT_ACTORS = {"statement", "report", "resolution", "plan", "law", "deal", "agreement", "proposal", "measure", "measures", "membership", "accession"}
#: Acts two parties do together, whose "between" phrase names them both.
_JOINT_ACTS = {"AGREE", "CONSULT", "COOPERATE", "RETREAT"}
#: Verbs of warning, a threat only when what is warned of is an act.
_WARNING = {"warn", "caution"}
#: Acts of force and measures, which as subjects cannot speak.
_FORCEFUL = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"}
#: Infinitives of being and knowing: wanting others to be or know something asks for no act.
_STATES_OF_MIND = {"be", "know", "understand", "feel", "see", "hear", "remember", "realize", "realise", "recognize", "recognise"}
#: Verbs of appealing, a request only when addressed to someone or for something.
_APPEALS = {"appeal"}
#: Verbs of travelling, a visit only towards a destination.
_JOURNEYS = {"travel"}
#: Verbs of asking that may ask a question rather than for an act.
_QUESTIONING = {"ask", "inquire", "enquire"}
#: Acts whose typing object ("support", "intelligence", "delegation") belongs to the doer.
_OWN_ACTS = {"SUPPORT", "COOPERATE", "CONSULT"}
#: Civilians taken out of a place: the place they leave is no recipient ("evacuated citizens from Lebanon").
_EVACUEES = {"citizen", "national", "civilian", "people", "resident", "family", "refugee", "tourist", "worker", "student", "staff"}
#: Nouns for a tie or dealings with another side, whose "with" phrase names that side.
_TIES = {
    "contact", "engagement", "relation", "relationship", "tie", "cooperation", "partnership", "dialogue", "talk",
    "negotiation", "dealing", "alliance", "agreement", "deal", "conflict", "dispute",
}
#: Country prefixes of dollar amounts ("US $2 million", "NZ $40,000").
_CURRENCY_PREFIXES = {"US", "U.S.", "A", "AU", "NZ", "C", "CA", "HK", "S", "NT"}
#: Acts whose "on" phrase names their topic or place, never the other side ("talks on Iran").
_TOPICAL = {"CONSULT", "COOPERATE", "AGREE"}
#: Nouns for material an act is aimed with, which is no victim: "our sanctions are carefully targeted".
_INSTRUMENT_NOUNS = {
    "sanction", "package", "measure", "document", "policy", "programme", "program", "campaign", "message", "effort",
    "law", "rule", "restriction", "tariff", "assistance", "aid", "funding", "investment", "advertisement", "ad", "strategy",
}


def extract_events(
    doc: Doc, article: Article, entities: tuple[Entity, ...], times: tuple[TimeExpression, ...], statements: tuple[Statement, ...],
    voices: FirstPerson | None = None, *, kb: ActorBase | None = None, index: MentionIndex | None = None,
) -> tuple[Event, ...]:
    """Every event the lexicon finds in the article, in text order. `kb` is the run's actor
    knowledge base (the bundled one when not given); `index`, the article's mentions as
    `MentionIndex.of` builds them, when the caller already has it."""
    lexicon = load_lexicon()
    if index is None:
        index = MentionIndex.of(entities, voices, article=article, statements=statements, doc=doc, kb=kb)
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
    if token.pos_ in ("NOUN", "PROPN"):
        nominal = _nominal_event(token, lexicon)
        if nominal is not None:
            return nominal
    if token.pos_ == "NOUN" and lemma in lexicon.role_nouns and token.dep_ == "attr" and token.head.lemma_.lower() == "be":
        # "the U.S. is Taiwan's largest arms supplier": the copula's subject acts on the noun's possessor;
        # "a signatory to the ceasefire": what one signed may decide the type.
        event, mode = lexicon.role_nouns[lemma]
        overrides = lexicon.object_types.get(lemma, {})
        signed = [p.lemma_.lower() for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
        typed = next((overrides[w] for w in signed if w in overrides), (event, mode))
        return (typed[0], typed[1], token.head) if typed is not None else None
    if token.pos_ == "NOUN" and lemma == "part" and token.dep_ == "attr" and token.head.lemma_.lower() == "be":
        # "the MDC will not be part of the mediation process": taking part in the act the noun names.
        for pobj in (p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"):
            for noun in (*[c for c in pobj.children if c.dep_ == "compound"], pobj):
                typed = _noun_type(noun, lexicon)
                if typed is not None:
                    return typed[0], typed[1], token.head
    if token.lower_ == "against" and token.dep_ == "prep" and token.head.lemma_.lower() == "be":
        # "they are against any military action": opposing a measure.
        if any(p.dep_ == "pobj" and (p.lemma_.lower() in _REJECTABLE or _noun_type(p, lexicon) is not None) for p in token.children):
            return "REJECT", None, token.head
    if token.pos_ == "NOUN" and lemma in lexicon.role_nouns and token.dep_ == "pobj" and token.head.lower_ == "among" and token.head.head.lemma_.lower() == "be":
        # "which is among the largest donors of aid to the Palestinians": one of those who give.
        event, mode = lexicon.role_nouns[lemma]
        return event, mode, token.head.head
    if token.pos_ != "VERB":
        return None
    if token.dep_ in ("amod", "compound"):
        return None
    if _noun_compound(token):
        # "asset freezes", "travel bans" parsed as a noun and a verb.
        return None
    phrase = phrase_of(token)
    if phrase is not None and phrase in lexicon.phrases:
        event, mode = lexicon.phrases[phrase]
        # "give up its nuclear weapons" (disarming) is not "give up enrichment" (a concession).
        typed = next((lexicon.object_types[phrase][w] for w in _typing_words(token) if w in lexicon.object_types.get(phrase, {})), (event, mode))
        return (typed[0], typed[1], token) if typed is not None else None
    for child in token.children:
        if child.dep_ == "advcl" and f"{lemma} for" in lexicon.phrases and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children):
            # "called for him to step down": "for" parsed as the mark of the infinitive clause.
            event, mode = lexicon.phrases[f"{lemma} for"]
            return event, mode, token
    if lemma in _WANTING and _wanted_of_another(token) is not None:
        # "the EU wants the country to give up enrichment": asking another actor to act.
        return "REQUEST", None, token
    if lemma in lexicon.appraisal_verbs:
        return _appraisal(token, lexicon)
    for child in token.children:
        # "hold Russia accountable", "brought dozens home": the verb with its predicative complement;
        # "take part in": the verb with the bare noun right after it.
        adjacent_noun = child.dep_ in ("dobj", "npadvmod") and child.i == token.i + 1
        if (child.dep_ in ("oprd", "acomp", "advmod", "ccomp") or adjacent_noun) and child.i > token.i and f"{lemma} {child.lower_}" in lexicon.phrases:
            event, mode = lexicon.phrases[f"{lemma} {child.lower_}"]
            # "welcome home our citizens" is no act of support: a phrase may be typed "none".
            return (event, mode, token) if event != "none" else None
    if lemma in lexicon.verbs or lemma in lexicon.object_types:
        if lemma in lexicon.negators and any(c.dep_ == "xcomp" for c in token.children):
            return None
        if lemma in _WARNING and _warns_of_a_state(token, lexicon):
            # "UN agencies warned that the people of Gaza are facing a crisis": a warning of a danger
            # no one is to inflict is no threat.
            return None
        if lemma in _APPEALS and not any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in token.children):
            # "would appeal the arrest warrant", "all those convicted are expected to appeal": a court
            # appeal asks no one to act.
            return None
        if lemma in _JOURNEYS and not any(c.dep_ == "prep" and c.lower_ in ("to", "into") or c.lower_ == "abroad" for c in token.children):
            # "all Americans need to be vigilant while travelling in the area": a trip with no
            # destination visits no one.
            return None
        if lemma in _QUESTIONING and _asks_a_question(token):
            # "When asked whether the cuts would affect morale", "asked about the talks": a question, not a request.
            return None
        if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ == "NOUN" and token.head.lemma_.lower() not in ("resolution", "decision", "order", "law"):
            # "entities supporting its programme": a generic participle, not a specific act.
            return None
        event, mode = lexicon.verbs.get(lemma, ("", None))
        overrides = lexicon.object_types.get(lemma, {})
        for word in _typing_words(token):
            if word in overrides:
                typed = overrides[word]
                if typed is None and not _proposed_act(token, word, lexicon):
                    return None
                event, mode = typed or (event, mode)
                break
        if not event:
            return None
        if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.lemma_.lower() in overrides and overrides[token.head.lemma_.lower()] is None:
            # "the horrific acts committed by Russian forces": the noun a passive participle describes
            # is what the verb takes as object, and it rules out the lexicon's sense.
            return None
        if event == "AID" and _advance(token):
            # "deploying troops to the border", "sending troops into Iraq": forces moved against a
            # neighbour are a mobilisation, not aid.
            event, mode = "MOBILIZE", "troops"
        if lemma == "withdraw":
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"):
                if any(p.lemma_.lower() in lexicon.withdraw_from_sanction for p in prep.children if p.dep_ == "pobj"):
                    event, mode = "SANCTION", "withdraw"
        return event, mode, token
    return None


#: Nouns for an idea put forward, whose "of" phrase may name a proposed act ("the notion of a meeting").
_PROPOSED = {"notion", "idea", "prospect", "possibility", "suggestion"}


def _proposed_act(verb: Token, word: str, lexicon: Lexicon) -> bool:
    """'dismissed the notion of a meeting in the Kremlin': an idea turned down is no event when it is
    an opinion ("dismissed the idea that ..."), but turning down a proposed act (an event noun in the
    "of" phrase) is a rejection."""
    if word not in _PROPOSED:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == word]
    return any(
        _noun_type(p, lexicon) is not None or p.lemma_.lower() == "meeting"
        for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
    )


def _noun_type(noun: Token, lexicon: Lexicon) -> tuple[str, str | None] | None:
    # The written form first: "talks" (negotiations) is not "talk" (a lecture).
    return lexicon.event_nouns.get(noun.lower_) or lexicon.event_nouns.get(noun.lemma_.lower())


def _nominal_event(noun: Token, lexicon: Lexicon) -> tuple[str, str | None, Token] | None:
    """An event noun that is the act of its clause: the object of a verb's preposition ("going to
    war", "preparing for an invasion", "embark on a dialogue"), the subject of a verb of
    occurrence ("a battle erupted", "the summit took place") or the passive subject of a light
    verb ("the fight will be waged"). The clause verb gives status and actor."""
    typed = _noun_type(noun, lexicon)
    if typed is None:
        return None
    preps, occurrence = lexicon.prep_light_verbs, lexicon.occurrence_verbs
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        verb = head.head
        if head.lower_ in preps.get(verb.lemma_.lower(), ()):
            return typed[0], typed[1], verb
    if noun.dep_ == "nsubj" and head.pos_ == "VERB" and _occurs(head, occurrence) and noun.lemma_.lower() not in _WORK_STOPPAGES:
        # ("the strike erupted after the government announced ..." is a walkout, not an air strike.)
        return typed[0], typed[1], head
    # "waged" is sometimes lemmatised as "wag": try the participle without its "d" too.
    if noun.dep_ == "nsubjpass" and (head.lemma_.lower() in lexicon.light_verbs or head.lower_[:-1] in lexicon.light_verbs):
        return typed[0], typed[1], head
    return None


def _occurs(verb: Token, occurrence: frozenset[str]) -> bool:
    """'erupted', 'took place', 'got under way': the verb (with its next word) says that something happened."""
    lemma = verb.lemma_.lower()
    following = verb.doc[verb.i + 1].lower_ if verb.i + 1 < len(verb.doc) else ""
    return lemma in occurrence or f"{lemma} {following}" in occurrence


def _advance(verb: Token) -> bool:
    """True when the verb moves troops across or up to a frontier ("into Iraq", "to the border")."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _FORCES for c in verb.children):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ in ("into", "across"):
            return True
        if prep.lower_ in ("to", "toward", "towards", "along") and any(p.lemma_.lower() in _FRONTIERS for p in prep.children if p.dep_ == "pobj"):
            return True
    return False


def _warns_of_a_state(verb: Token, lexicon: Lexicon) -> bool:
    """True when a warning names no threatened act: its "that" clause reports no act the lexicon
    knows and names no condition ("warned that Iraq could move toward civil war", but not "warned
    that Iran will face consequences" or "warned that it will strike if ..."), or it warns of a
    danger with no one addressed."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without" and not list(verb.children):
        # "Without warning, China refused ...": the idiom names no warning at all.
        return True
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None:
        # "warned about the potential that ...", "warning of tension": a danger with no one warned.
        return not any(c.dep_ == "dobj" for c in verb.children) and any(c.dep_ == "prep" and c.lower_ in ("about", "of") for c in verb.children)
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children) for c in clause.children):
        return False
    return not any(_event_type(t, lexicon) is not None for t in clause.subtree if t.i != verb.i)


def _asks_a_question(verb: Token) -> bool:
    """True when the verb's complement is a question ("whether ...", "what ...", "about ...")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "about":
            return True
        if child.dep_ in ("ccomp", "advcl", "xcomp") and child.i > verb.i:
            first = child.left_edge
            if first.lower_ in ("whether", "if") or first.tag_ in ("WDT", "WP", "WRB", "WP$"):
                return True
    return False


def _noun_compound(token: Token) -> bool:
    """True when the token ends a two-word noun the lexicon knows ("asset freezes") though parsed as a verb."""
    return token.i > 0 and f"{token.doc[token.i - 1].lower_} {token.lower_}" in load_lexicon().noun_compounds


def _typing_words(verb: Token) -> list[str]:
    """The lemmas that may decide a verb's type, most specific first: the object's modifier noun
    ("uranium enrichment activities"), the object ("suspend aid"), a gerund complement ("stop
    enriching"), and for a relative clause whose gap is the object, the noun it modifies ("the
    ceasefire, which was signed by ..."); a participle ("weapons used by fighters") only describes."""
    words: list[str] = []
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            for noun in (child, *child.conjuncts):
                modifiers = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
                # "a cease fire": the compound with its head as one word.
                words.extend(f"{c.lower_} {noun.lower_}" for c in modifiers)
                words.extend(c.lemma_.lower() for c in modifiers)
                # The lemma, then the written form ("talks" is negotiations, "talk" a lecture).
                words.extend((noun.lemma_.lower(), noun.lower_))
        elif child.dep_ in ("xcomp", "dobj") and child.tag_ == "VBG":
            words.append(child.lemma_.lower())
        elif child.dep_ == "ccomp" and _noun_compound(child):
            # "adopted asset freezes" misparsed as a clause: the compound noun is the object.
            words.append(child.lemma_.lower())
        elif child.dep_ == "prep" and child.lower_ == "with" and child.i > verb.i:
            # "provided the world with an incentive": what is provided.
            words.extend(p.lemma_.lower() for p in child.children if p.dep_ == "pobj")
    lexicon = load_lexicon()
    calendar = verb.lemma_.lower() in lexicon.cancelling_verbs | lexicon.scheduling_verbs
    # ("the talks scheduled for October": a participle that fixes or cancels the noun's act is typed by it.)
    patient = _patient_head(verb) if verb.dep_ == "relcl" or calendar else None
    if patient is not None:
        words.append(patient.lemma_.lower())
    return words


def _patient_head(verb: Token) -> Token | None:
    """The noun a relative or participle clause is about when that noun undergoes the act: 'the
    power they have seized', 'the ceasefire, which was signed by ...', 'funds frozen by the U.S.'."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    if verb.dep_ == "acl":
        passive_participle = verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in verb.children)
        return verb.head if passive_participle else None
    inside = {t.i for t in verb.head.subtree}
    if any(i not in inside for i in range(verb.head.i + 1, verb.left_edge.i)):
        # A relative clause parsed onto a noun it does not follow ("the AU ... have failed to detail who
        # will be invited"): the words between belong elsewhere, so the attachment is not trusted.
        return None
    relative_subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if relative_subject is not None and relative_subject.dep_ == "nsubjpass" and relative_subject.tag_ in ("WDT", "WP"):
        return verb.head
    if relative_subject is not None and relative_subject.dep_ == "nsubj" and relative_subject.tag_ not in ("WDT", "WP"):
        if not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            return verb.head
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
    if _listed_after_complement(verb, lexicon):
        return True
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.lemma_.lower() in _CAPACITY_ADJECTIVES:
        return True  # "missiles capable of hitting Tel Aviv": a reach, not an attack
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
        if noun.lemma_.lower() in _CAPACITY_NOUNS:
            # "to undercut Russia's ability to wage war": a capacity, not an act.
            return True
    to_clause = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    # "rallying the world to speak out": an infinitive after the object may be parsed as an adverbial clause.
    object_control = verb.dep_ == "advcl" and to_clause and any(c.dep_ == "dobj" and c.i < verb.i for c in verb.head.children)
    infinitive = verb.dep_ == "xcomp" or (verb.dep_ == "ccomp" and to_clause) or object_control
    if infinitive and verb.head.lemma_.lower() in _WANTING and _wanted_of_another(verb.head) == verb:
        return True
    if verb.head.lemma_.lower() in _PERMITTING and any(c.dep_ == "auxpass" for c in verb.head.children):
        # "nations cannot be allowed to redraw borders": no one permits here; the act itself is coded.
        return False
    if infinitive and verb.head.lemma_.lower() in lexicon.typed_speech and verb.head.pos_ == "VERB":
        return True
    return _inside_speech_complement(verb, lexicon)


def _inside_speech_complement(verb: Token, lexicon: Lexicon) -> bool:
    """'encouraged Mugabe and Tsvangirai to honour their commitment to initiate dialogue': an act
    named deeper inside a typed act's infinitive (through objects and their infinitives) is part
    of what was asked, promised or threatened, not an act of its own."""
    current = verb
    for _ in range(6):
        to_clause = any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
        if current.dep_ not in ("acl", "dobj", "pobj", "prep", "pcomp", "xcomp", "conj") and not (current.dep_ in ("advcl", "ccomp") and to_clause):
            return False
        head = current.head
        if head == current:
            return False
        if current != verb and current.dep_ in ("xcomp", "ccomp", "advcl") and to_clause and head.pos_ == "VERB" and head.lemma_.lower() in lexicon.typed_speech:
            return True
        current = head
    return False


def _wanted_of_another(verb: Token) -> Token | None:
    """The infinitive in 'wants X to do': a clause with its own subject (or an object before an
    infinitive). 'wants to meet' is the subject's own plan, not a request."""
    for child in verb.children:
        if child.lemma_.lower() in _STATES_OF_MIND:
            # "I want everybody to be clear that ...", "we want them to know": a wish about what
            # others think asks for no act.
            continue
        if child.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            if any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in child.children):
                return child
        if child.dep_ == "xcomp" and any(c.dep_ == "dobj" and c.i < child.i for c in verb.children):
            return child
    return None


def _listed_after_complement(verb: Token, lexicon: Lexicon) -> bool:
    """'press the military to relinquish the power ..., release the activists ..., lift all
    restrictions': bare verbs listed after a typed act's infinitive continue that infinitive, even
    when the parse hangs them on the main verb."""
    current = verb
    while current.dep_ == "conj" and current.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in current.children):
        before = current.left_edge.i - 1
        while before > current.head.i and current.doc[before].pos_ in ("PUNCT", "CCONJ"):
            before -= 1
        for ancestor in (current.doc[before], *current.doc[before].ancestors):
            if ancestor.i <= current.head.i:
                break
            if ancestor.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in ancestor.children):
                if ancestor.head.lemma_.lower() in lexicon.typed_speech:
                    return True
        current = current.head
    return False


def _noun_argument(verb: Token) -> bool:
    """'his dedication to holding Russia accountable', 'a critical step in rallying the world':
    a gerund after a noun's preposition names the noun's content, not an act of its own; so do
    the gerunds listed with it. Nouns of intent and of answering for an act ("claimed
    responsibility for killing ...") keep theirs as acts."""
    while verb.dep_ in ("conj", "appos") and verb.head.tag_ == "VBG":
        verb = verb.head
    if verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "discussed our collective efforts to support Ukraine": what is discussed is the topic.
        noun = verb.head
        while noun.dep_ == "conj" and noun.head != noun:
            noun = noun.head
        return noun.dep_ in ("dobj", "pobj") and noun.head.lemma_.lower() in _TOPIC_VERBS
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.pos_ != "ADP":
        return False
    noun = verb.head.head
    # "no intention of going to war": a noun of intent keeps its content, with the noun's modality;
    # "claimed responsibility for killing a diplomat": so does the act one answers for.
    return noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() not in _INTENT_NOUNS | _ANSWERED_NOUNS


def _restates_head(verb: Token, event_type: str, lexicon: Lexicon) -> bool:
    """'meet with Kim to discuss ...', 'imposed sanctions, ... freezing the assets of ...': a purpose
    infinitive or a participle adjunct of the same type as the verb it hangs on only restates that
    verb's event."""
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
    if verb.dep_ != "advcl" or verb.head.pos_ != "VERB":
        return False
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    # "is violating the law, trampling on the Charter": a list of acts, each its own event.
    participle = verb.tag_ == "VBG" and verb.head.tag_ != "VBG" and not any(c.dep_ in ("mark", "nsubj") for c in verb.children)
    if not (infinitive or participle):
        return False
    typed = _event_type(verb.head, lexicon)
    return typed is not None and typed[0] == event_type


def _act_object(obj: Token, verb: Token, event_type: str, lexicon: Lexicon) -> bool:
    """'reaffirmed U.S. support', 'shared British intelligence': an object that gives its verb the
    type of an act of one's own stance or work (support, cooperation, consultation) names that act,
    not whom it is aimed at; a patient object ("halted Iranian ships") is not one of these."""
    if event_type not in _OWN_ACTS:
        return False
    overrides = lexicon.object_types.get(verb.lemma_.lower(), {})
    typed = overrides.get(obj.lemma_.lower()) or overrides.get(obj.lower_)
    return typed is not None and typed[0] == event_type


def _interlocutor(obj: Token, topic: Token) -> bool:
    """'discussed Hungary's budget with Austria': a "with" phrase the parser hangs on the topic is
    whom one discusses it with, unless the topic is a tie with someone ("their contacts with Chile")."""
    return obj.head.lower_ == "with" and obj.head.head == topic and topic.lemma_.lower() not in _TIES


def _no_recipient(obj: Token, verb: Token) -> bool:
    """Complements that name no recipient: the topic of talks ("discuss North Korea's record"),
    those rallied to a cause ("rallied Europe to stand with ...") and the meeting an act happens
    at ("pledged at the Tallinn summit")."""
    if obj.dep_ == "dobj" and obj.head == verb and verb.lemma_.lower() in _TOPIC_VERBS | _RALLYING:
        return True
    if verb.lemma_.lower() in _TOPIC_VERBS and any(
        obj in topic.subtree and not _interlocutor(obj, topic) for topic in verb.children if topic.dep_ == "dobj"
    ):
        # "discussed the response to Russia's war", "discussed their engagements with Ukraine": whom
        # the topic concerns is part of the topic.
        return True
    if obj.dep_ == "dobj" and obj.head == verb and obj.lemma_.lower() in _MEETING_NOUNS:
        # "attended the Australia-United States Ministerial Meeting": the names of a gathering
        # attended or hosted say where, not whom the act is aimed at.
        return True
    return obj.dep_ == "pobj" and obj.head.lower_ == "at" and obj.lemma_.lower() in _MEETING_NOUNS


def _null_group(subject: Token | None, passive: bool) -> bool:
    """A subject naming a group with no single code ("ministers", "several governments",
    "the international community", "the world", "the armed group", "any party", "anyone who ..."):
    the gold codes it null, so the event stands with no coded actor."""
    if subject is None or passive:
        return False
    lemma = subject.lemma_.lower()
    if subject.pos_ == "PRON":
        return lemma in _GROUP_PRONOUNS
    if subject.pos_ != "NOUN":
        return False
    if lemma == "community":
        return any(c.lower_ == "international" for c in subject.children)
    if lemma == "world":
        return any(c.lower_ == "the" for c in subject.children)
    if lemma in _UNNAMED_BODIES and subject.tag_ == "NN":
        # A body the text never names: "the armed group", "any party", not "his group".
        return not any(c.dep_ in ("poss", "compound") for c in subject.children) and any(
            c.lower_ in ("any", "armed", "rebel", "militant") for c in subject.children
        )
    if lemma == "people" and not subject.conjuncts:
        # "people and companies that supply ...", but not "people do not need to give up their beliefs".
        return False
    return subject.tag_ == "NNS" and lemma in _GROUP_NOUNS and not any(c.dep_ == "poss" for c in subject.children)


def _clause_status(verb: Token, event_type: str, status: EventStatus) -> EventStatus:
    """Status the clause shows beyond its own modals: a negative subject ("no merchant ship has
    been stopped", "not enough nations have pledged") negates; a clause coordinated after a
    condition's main clause ("if Russia attacks, it will bear the responsibility and will face
    consequences"), or the content of a demand or of a necessity ("the demand that Iran suspend",
    "it is essential that X stops"), is hypothetical; and an act a vote performs ("voted to impose
    sanctions") happened with the vote."""
    if status == "negated":
        return status
    if status == "hypothetical" and verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "until the U.S. releases the funds frozen by the U.S.": a participle describing a thing
        # reports a state that holds, whatever the clause around the thing.
        return "occurred"
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and (
        subject.lower_ in ("nobody", "none", "nothing")
        or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)
        or any(c.lower_ == "enough" and any(n.dep_ == "neg" for n in c.children) for c in subject.children)
    ):
        return "negated"
    if status in ("occurred", "future"):
        if verb.dep_ == "conj" and any(
            c.dep_ == "advcl" and c.i < verb.head.i and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for c in verb.head.children
        ):
            return "hypothetical"
        if _governed_by_condition(verb):
            return "hypothetical"
        if subject is not None and any(c.dep_ == "det" and c.lower_ == "any" for c in subject.children):
            # "any attack on them would be met with retaliation": whatever attack comes, none in particular.
            return "hypothetical"
        if status == "future" and _retaliation(verb):
            # "Israel will retaliate against an attack": a response to an act that has not happened.
            return "hypothetical"
        if verb.dep_ in ("ccomp", "acl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
            head = verb.head
            necessity = head.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ in _NECESSITY for c in head.children)
            if head.lemma_.lower() in _DEMAND_NOUNS and head.pos_ == "NOUN" or necessity:
                return "hypothetical"
    if status == "occurred" and verb.dep_ == "advcl" and verb.head.lemma_.lower() in _DEPARTING and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "left Seoul yesterday to meet Kim": the purpose of a journey is still to happen (but "met
        # today with Rivlin to honor him" happens in the meeting).
        return "future"
    if status == "occurred" and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | HYPOTHETICAL_AUX for c in verb.head.children):
            # "once discussions get under way, we can ...": a time clause of a future main clause.
            return "future"
    if status == "future" and event_type in _VOTED_ACTS:
        chain = control_chain(verb)
        if len(chain) > 1 and chain[1].lemma_.lower() == "vote":
            return "occurred"
    return status


def _governed_by_condition(verb: Token) -> bool:
    """'I will redouble our efforts to impose sanctions if any party blocks progress': the
    infinitive of a noun or verb complement shares the condition of the clause that governs it."""
    current = verb
    for _ in range(4):
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
        if not (current.dep_ in ("xcomp", "acl") or (current.dep_ in ("advcl", "ccomp") and infinitive)):
            return False
        head = current.head
        if head.pos_ == "NOUN" and head.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            return False
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children) for c in head.children):
            return True
        current = head
    return False


def _retaliation(verb: Token) -> bool:
    """'will retaliate', 'will retaliate ... and will destroy': an act announced as a response."""
    return verb.lemma_.lower() in _RESPONSES or (verb.dep_ == "conj" and verb.head.lemma_.lower() in _RESPONSES)


def _returning(verb: Token, subject: Token | None, passive: bool) -> Token | None:
    """Who comes home: the subject of 'come home', the object of 'bring home'."""
    if not any(c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod", "dobj") for c in verb.children):
        return None
    lemma = verb.lemma_.lower()
    if lemma in ("come", "return", "go") and not passive:
        return subject
    if lemma == "bring":
        return next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ != "home"), None)
    return None


def _stative(verb: Token, passive: bool, agent: Token | None) -> bool:
    """'a country that is committed to the rights of its people', 'groups opposed to the
    government', 'refugees are allowed to work', 'the evidence is being met with scrutiny',
    'fighters, armed with automatic rifles': an agentless passive of these verbs describes a state
    or a general rule, not an act."""
    participle = passive or (verb.dep_ == "acl" and verb.tag_ == "VBN")
    return participle and agent is None and verb.lemma_.lower() in _STATIVE_PASSIVES


def _embedded_question(subject: Token | None, verb: Token) -> bool:
    """'criticised the choice of who will be invited', 'no word on how many people were killed': a
    subject with a wh-word outside a relative clause asks, it reports nothing."""
    if verb.dep_ in ("ccomp", "advcl") and verb.head.lemma_.lower() in _QUESTIONING | {"wonder", "question"} and any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children
    ):
        # "asked whether Finland would send troops": the act is only asked about.
        return True
    if subject is None or verb.dep_ == "relcl":
        return False
    # "who will be invited", "how many people may have been killed", "which countries were asked".
    return subject.tag_ in ("WP", "WDT") or any(t.tag_ in ("WRB", "WDT", "WP") for t in subject.subtree if t.i < subject.i)


def _unnamed_patient(
    verb: Token, subject: Token | None, passive: bool, agent: Token | None, index: MentionIndex, lexicon: Lexicon, *, event_type: str,
) -> bool:
    """An agentless passive whose subject is a plain noun phrase that names no actor ("two cargo
    ships were halted", "200,000 people have been killed", "troops will be sent"): the act is
    reported with no coded participant, so it stands without one. A pronoun or a named subject
    that could not be resolved gives nothing: its participant is unknown, not absent."""
    if subject is None or not passive or agent is not None:
        return False
    if subject.pos_ not in ("NOUN", "NUM") or subject.lemma_.lower() in lexicon.event_nouns or subject.lower_ in lexicon.event_nouns:
        # "a nuclear war must never be fought": a generic act, not a report.
        return False
    if event_type == "ASSAULT" and subject.lemma_.lower() in _INSTRUMENT_NOUNS:
        # "our sanctions packages are carefully targeted", "the document is targeted at public
        # opinion": a measure or a text aimed at someone is no victim of an attack.
        return False
    generic = any(c.dep_ == "det" and c.lower_ in ("any", "such", "every", "both") for c in subject.children)
    document = subject.lemma_.lower() in _DOCUMENTS
    if event_type in _VERBAL and not generic and not document and not (subject.tag_ == "NNS" and subject.lemma_.lower() in _PEOPLE):
        # "rebel groups were invited", "any such invitation would be turned down", but not "that
        # progress should be respected" or "the efforts are coordinated".
        return False
    if event_type == "AID" and subject.lemma_.lower() not in _SENT and subject.lemma_.lower() not in lexicon.kind_nouns:
        # "troops will be sent", but not "parts of the speech were sent on television".
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "allow for troops to be deployed": the passive infinitive is the content of another predicate.
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "ever" for c in verb.children):
        # "the largest set of sanctions ever imposed on a major economy": a record, not a report.
        return False
    # (The words of the clause itself, when it modifies the subject, are not the subject's own.)
    clause = {t.i for t in verb.subtree}
    return not any(index.at(t, actors_only=False) is not None for t in subject.subtree if t.i not in clause)


def _misparsed_caller(verb: Token) -> Token | None:
    """'spoke today with Emir Nawaf of Kuwait to express gratitude', parsed with the emir as the
    subject of the infinitive (a "with" clause): the purpose is the caller's, so the verb of calling
    gives the subject."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with" and verb.head.head.pos_ == "VERB":
        return verb.head.head
    if verb.dep_ == "advcl" and verb.head.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children):
        return verb.head
    return None


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
    if verb.dep_ in ("csubj", "csubjpass") and (verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        # "Cooperating on our approaches is key", "supporting Ukraine remains essential": an act named
        # as the subject of an evaluation is judged, not reported (but "what we agreed upon was ..."
        # reports the agreement).
        return None
    if _is_speech_complement(verb, lexicon) or _restates_head(verb, event_type, lexicon) or _noun_argument(verb):
        return None
    subject, passive = subject_of(verb)
    if passive and event_type == "ASSAULT" and subject is not None and subject.lemma_.lower() in _INSTRUMENT_NOUNS:
        # "our measures have been tailored and targeted to avoid harm": a measure aimed is no victim,
        # whoever owns it.
        return None
    if subject is not None and subject.i == subject.sent.start and subject.i + 1 < len(subject.doc) and subject.doc[subject.i + 1].text == ",":
        # "LUXEMBOURG, April 14 - European Union ministers adopted ...": a dateline parsed as a second subject.
        subject = next((c for c in subject.head.children if c.dep_ == "nsubj" and c.i > subject.i + 1), subject)
    caller = _misparsed_caller(verb)
    if caller is not None:
        subject, passive = subject_of(caller)
    gap_object_hint: Token | None = None
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "chooses to walk away from diplomacy and attack Ukraine": a verb misparsed as coordinated
        # with a noun shares the subject of the verb that governs the noun.
        governing = next((a for a in verb.ancestors if a.pos_ == "VERB"), None)
        if governing is not None:
            subject, passive = subject_of(governing)
        following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        if following is not None and following.dep_ == "conj" and following.head == verb.head and not any(c.dep_ == "dobj" for c in verb.children):
            # "... from diplomacy and attack Ukraine": the name parsed as a third conjunct is the verb's object.
            gap_object_hint = following
    agent = agent_of(verb)
    if _embedded_question(subject, verb) or (token == verb and _stative(verb, passive, agent)):
        return None
    if event_type in _VERBAL and token == verb and subject is not None and not passive and subject.pos_ == "NOUN":
        act = _noun_type(subject, lexicon)
        if act is not None and act[0] in _FORCEFUL:
            # "Russia's invasion threatens Ukraine's capacity to grow crops": an act of force that
            # endangers something says nothing; only its doer could threaten, accept or refuse.
            return None
    actor: tuple[Entity, ...] = ()
    recipient: tuple[Entity, ...] = ()
    patient = _patient_head(verb)
    gap_object: Token | None = None
    own_subject = subject == token and token != verb
    homecoming = _returning(verb, subject, passive) if event_type == "RETREAT" else None
    if own_subject:
        # "Russia's offensive began", "the summit took place": the event noun is the subject; its
        # holder (if any) acts, and its own complements name the other side.
        holder = noun_holder(token)
        actor = tuple(e for e in participants(holder, index, actors_only=True) if e.code) if holder is not None else ()
        subject, passive = None, False
    if patient is not None and (subject is None or subject.tag_ in ("WDT", "WP")):
        # "Americans who were imprisoned", "funds frozen by the U.S.": the modified noun undergoes the act.
        subject, passive = patient, True
    elif patient is not None:
        # "the activists they have detained": the subject acts, the modified noun undergoes the act.
        gap_object = patient
    else:
        gap_object = gap_object_hint
    if verb.lemma_.lower() in lexicon.patient_light_verbs:
        # "they suffer an attack by Russian forces", "Iran will face consequences": the subject
        # undergoes the act, the "by" phrase does it.
        by = next((p for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"), None)
        actor = participants(by, index, actors_only=True) if by is not None else ()
        recipient = participants(subject, index, actors_only=False) if subject is not None and not passive else ()
        subject = None
    elif own_subject:
        pass
    elif homecoming is not None:
        # "five Americans are coming home", "we brought home dozens of our citizens": those who
        # return are the ones released; who released them is not said.
        recipient = participants(homecoming, index, actors_only=False) or owners(homecoming, index)
        subject = None
    elif passive:
        if agent is not None:
            actor = participants(agent, index, actors_only=True)
            if not any(e.code for e in actor) and agent.pos_ == "NOUN" and _noun_type(agent, lexicon) is not None:
                # "killed by Israeli attacks", "destroyed by Russia's shelling": whoever did the act
                # the "by" phrase names did this one.
                actor = tuple(
                    e for c in agent.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < agent.i
                    for e in participants(c, index, actors_only=False) if e.code
                )
        elif event_type in _JOINT_ACTS:
            # "the ceasefire was agreed between Sharon and Abbas": the parties between whom it was
            # agreed or held are those who acted.
            actor = tuple(
                e for c in verb.children if c.dep_ == "prep" and c.lower_ == "between"
                for p in c.children if p.dep_ == "pobj" for e in participants(p, index, actors_only=True) if e.code
            )
        if subject is not None and subject.lemma_.lower() in _SENT and event_type in ("AID", "MOBILIZE", "RETREAT"):
            actor = actor or participants(subject, index, actors_only=True)
        elif subject is not None and verb.lemma_.lower() not in _TOPIC_VERBS:
            # ("Hicks would be discussed": the topic of talks is no recipient.)
            recipient = participants(subject, index, actors_only=False)
            if not recipient and (subject.pos_ == "NUM" or subject.lemma_.lower() in _QUANTITIES):
                # "US$25 million of North Korean funds (frozen by ...)", "dozens of its citizens": whose they are.
                recipient = owners(subject, index)
    elif subject is not None and subject.lemma_.lower() in _HELD_NOUNS:
        # "the official position of the Israeli government does not support ...": the holder acts.
        actor = tuple(e for e in owners(subject, index) if e.code)
    elif subject is not None and subject.lemma_.lower() not in _NOT_ACTORS:
        actor = actors_of(subject, verb, index)
        if not any(e.code for e in actor):
            actor = meeting_parties(subject, index) or actor
        if actor and not any(e.code for e in actor):
            # "President Joseph R. Biden, Jr. will travel": a name found without a code at the head
            # while its modifiers name a coded person or state.
            actor = tuple(
                e for c in subject.children if c.dep_ in ("compound", "nmod") and c.i < subject.i
                for e in participants(c, index, actors_only=True) if e.code
            ) or actor
    if gap_object is not None and not recipient:
        recipient = tuple(e for e in participants(gap_object, index, actors_only=False) if e not in actor)
    if not recipient:
        skip = token if token is not verb else None
        found: list[Entity] = []
        role = skip is not None and verb.lemma_.lower() == "be" and token.lemma_.lower() in lexicon.role_nouns
        # "Taiwan's largest supplier": the noun's possessor receives, not the copula's other dependents.
        others = [] if role else [t for t in recipient_tokens(verb, skip=skip) if t != token and not _no_recipient(t, verb)]
        # "thanks to the Emir of Qatar, and to the Sultan of Oman": a coordinated second preposition.
        holders = (verb, token) if skip is not None else (verb,)
        others.extend(
            p for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ in RECIPIENT_PREPS
            for c in prep.conjuncts if c.pos_ == "ADP" and c.lower_ in RECIPIENT_PREPS for p in c.children if p.dep_ == "pobj"
        )
        others.extend(
            p for c in verb.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in RECIPIENT_PREPS
            for p in c.children if p.dep_ == "pobj"
        )
        if skip is not None and event_type in ("ASSAULT", "COERCE"):
            # "an invasion of Iraq", "the occupation of Lebanon": the "of" phrase undergoes the act.
            others.extend(p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")
        # "hold Russia accountable": the object is parsed as the subject of the complement.
        others.extend(
            s for c in verb.children if c.dep_ in ("ccomp", "oprd") and c.i > verb.i and f"{verb.lemma_.lower()} {c.lower_}" in lexicon.phrases
            for s in c.children if s.dep_ == "nsubj"
        )
        if role:
            found.extend(e for e in owners(token, index) if e not in actor)
        if skip is not None:
            others.extend(noun_recipients(token))
            if event_type == "SUPPORT":
                # "expressed strong support for Israel's agreements", "appreciation for Turkey's
                # efforts": what the support is for is the recipient's, or the recipient itself.
                others.extend(p for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj")
        acts = [c for c in verb.children if c.dep_ == "dobj" and _act_object(c, verb, event_type, lexicon)]
        if acts:
            # "reaffirmed unwavering U.S. support for Ukraine": the object is the act itself, whose
            # holder is the doer; only its complements, and what support is for, name the other side.
            others = [t for t in others if t not in acts]
            if event_type == "SUPPORT":
                others.extend(p for a in acts for c in a.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj")
        if verb.pos_ == "ADJ":
            others.extend(p for prep in verb.children if prep.dep_ == "prep" for pobj in prep.children if pobj.dep_ == "pobj" for p in noun_recipients(pobj))
        else:
            # "take part in negotiations with the president": the other side is in the event noun's phrase.
            others.extend(
                p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in"
                for pobj in prep.children if pobj.dep_ == "pobj" and (pobj.lemma_.lower() in lexicon.event_nouns or pobj.lower_ in lexicon.event_nouns) for p in noun_recipients(pobj)
            )
        # Troops sent "to Iraq" go to Iraq as a party; an invitation "to Moscow" only names where.
        has_object = event_type in ("REQUEST", "CONSULT", "SUPPORT") and any(c.dep_ in ("dobj", "dative") for c in verb.children)
        for obj in others:
            if event_type == "RETREAT" and obj.dep_ == "pobj" and obj.head.lower_ == "from" and obj.head.head == verb and any(
                c.dep_ == "dobj" and (c.lemma_.lower() in _EVACUEES or (c.ent_type_ == "NORP" and c.tag_ in ("NNS", "NNPS"))) for c in verb.children
            ):
                # "evacuated Canadian citizens from Lebanon": those taken out receive; where from is a place.
                continue
            if obj.text in _CURRENCY_PREFIXES and obj.i + 1 < len(obj.doc) and obj.doc[obj.i + 1].tag_ == "$":
                # "donate US $2 million to Estonia": the country that names a currency receives nothing
                # (but "gave Ukraine $2 billion" gives to Ukraine).
                continue
            if event_type in _TOPICAL and obj.dep_ == "pobj" and obj.head.lower_ == "on":
                # "consulted on Iran", "cooperate on Ukraine", "a lunch on Capitol Hill": what talks are
                # about, or where they are held, is no recipient.
                continue
            if has_object and obj.dep_ == "pobj" and obj.head.lower_ in _DESTINATION_PREPS and obj.head.head == verb:
                # "invited him to Moscow": beside the one invited, a "to" phrase is where to, so
                # only a name acting as a party (not a place) is a recipient.
                named = participants(obj, index, actors_only=True)
            else:
                named = participants(obj, index, actors_only=False) or owners(obj, index)
            if acts and obj.head.lower_ == "for" and obj.head.head in acts:
                # "reaffirmed his support for the US-Australia alliance": one's own side of a tie supported is no recipient.
                named = tuple(e for e in named if e.code not in {a.code for a in actor if a.code})
            found.extend(e for e in named if e not in found and e not in actor)
        if not found and (verb.lemma_.lower() in _RALLYING or (verb.lemma_.lower() in lexicon.typed_speech and event_type == "AGREE")):
            # "rallied the world to stand with Ukraine", "offered to make peace with Lebanon": the
            # other side is in the infinitive.
            for complement in (
                c for c in verb.children if c.dep_ in ("xcomp", "advcl", "ccomp") and c.i > verb.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ):
                for obj in recipient_tokens(complement):
                    found.extend(e for e in participants(obj, index, actors_only=False) if e not in found and e not in actor)
        if not found and (event_type in _ADDRESSED or verb.lemma_.lower() in _PERMITTING):
            # "warned that Iran will ...", "allow Iran to ...", "called for him to step down": the clause's subject.
            clause = next((
                c for c in verb.children if c.i > verb.i and (
                    c.dep_ == "ccomp" or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children))
                )
            ), None)
            inner = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
            if inner is not None:
                codes = {e.code for e in actor}
                found.extend(e for e in participants(inner, index, actors_only=False) if e.code not in codes)
        recipient = tuple(found)
    recipient = tuple(e for e in recipient if e not in actor)
    cancelled = verb.lemma_.lower() in lexicon.cancelling_verbs
    scheduled = verb.lemma_.lower() in lexicon.scheduling_verbs
    if scheduled and patient is not None and patient.head.lemma_.lower() in lexicon.cancelling_verbs:
        # "A meeting, scheduled for today, was cancelled": the cancelling verb codes the meeting.
        return None
    # An event noun reported as happening ("a large battle erupted") or called off ("the meeting
    # was cancelled") needs no named participant.
    unnamed = own_subject or homecoming is not None or (token != verb and passive and token.dep_ == "pobj") or ((cancelled or scheduled) and passive and agent is None)
    if passive and agent is None and verb.tag_ == "VBN" and any(e.code for e in recipient):
        # "his group was not consulted", "Mugabe was widely accused": an agentless passive names
        # who underwent even a verbal act.
        unnamed = True
    unnamed = unnamed or _null_group(subject, passive) or _unnamed_patient(verb, subject, passive, agent, index, lexicon, event_type=event_type)
    if not any(e.code for e in actor) and (event_type in _VERBAL or not any(e.code for e in recipient)) and not unnamed:
        return None
    mood = modality(verb, lexicon)
    if verb.pos_ == "ADJ" and mood.status != "negated":
        # "ready for talks": readiness is not the act itself.
        mood = dataclasses.replace(mood, status="hypothetical")
    elif cancelled and mood.status != "negated":
        # "the meeting was cancelled", "the deployment has been delayed": the act did not take place.
        mood = dataclasses.replace(mood, status="negated")
    elif scheduled and mood.status == "occurred":
        # "the talks scheduled for October": the act is to come.
        mood = dataclasses.replace(mood, status="future")
    elif token != verb and verb.lemma_.lower() in lexicon.future_controls and mood.status == "occurred":
        # "was preparing for an invasion": the act prepared for has not happened yet.
        mood = dataclasses.replace(mood, status="future")
    mood = dataclasses.replace(mood, status=_clause_status(verb, event_type, mood.status))
    trigger = mood.negator if mood.negator is not None and mood.status == "negated" else token
    trigger_start, trigger_end = trigger.idx, trigger.idx + len(trigger)
    if trigger == token and token.dep_ == "pobj" and token.head.head == verb and verb.i < token.i and verb.lemma_.lower() in lexicon.prep_light_verbs:
        # "going to war", "turn to negotiations": the verb with its event noun is the trigger.
        trigger_start = verb.idx
    phrase = phrase_of(trigger)
    if phrase is not None and (phrase in lexicon.phrases or phrase in lexicon.negator_phrases):
        particle = next(c for c in trigger.children if c.dep_ in ("prt", "prep") and c.i > trigger.i)
        if particle.i == trigger.i + 1:
            trigger_end = particle.idx + len(particle)
    message = next((c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in _MESSAGES), None)
    if trigger == verb and event_type == "THREATEN" and message is not None and message.i - trigger.i <= 4:
        # "sending an unmistakable message": the message is as much the act as the sending.
        trigger_end = message.idx + len(message)
    following = trigger.doc[trigger.i + 1] if trigger.i + 1 < len(trigger.doc) else None
    if following is not None and following.head == trigger and following.dep_ in ("dobj", "npadvmod", "advmod", "prt"):
        if f"{trigger.lemma_.lower()} {following.lower_}" in lexicon.phrases:
            # "take part", "bring home": the verb with the word that makes the phrase.
            trigger_end = following.idx + len(following)
    text = article.text
    sentence = token.sent
    time = time_for(verb, times, token.doc)
    precision: DatePrecision | None = None
    if time is not None and time.precision in ("day", "month", "year"):
        precision = time.precision
    return Event(
        article_id=article.id,
        event=event_type,
        trigger=text[trigger_start:trigger_end],
        trigger_start=trigger_start,
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
