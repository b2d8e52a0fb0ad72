"""Commitments: pledges, offers, refusals, deliveries and impositions (stage accord.commitments.v12).

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

Beyond a verb and its object, a commitment may be stated by: a relative clause on a noun
that another verb governs ("used the weapons we are providing"); forces as the subject of
a verb of moving or serving ("Spain's frigate is expected to sail"); "be part of"; talking
as a refused or offered verb ("we do not negotiate"); welcoming a state as a member; an act
noun ("the retreat of the army", "a troop surge", "no increase in the number of troops");
and a promise or a bare giving verb that goes on with the kind its actor has just
committed ("we commit to acting against ...", "Madrid would contribute"). What a condition
clause speaks of, what another party is pressed or asked to do, and an act that someone
welcomes are not the clause subject's commitments.

Also: a call to act that the one called on turns down is a refusal ("rejected calls to send
peacekeepers"); a promise of support takes the kind its "including" phrase names; measures
that take effect, bans on exports or imports, and sanctioning someone are penalties; a people
deployed are troops ("The Australians will be deployed"); aircraft handed over are weapons.
Not commitments: acts only discussed through an unowned effort or advocated as a need
("discussed efforts to impose sanctions", "the need to provide aid"), acts someone is
thanked or praised for (they are the praised party's), acts obstructed, capacity built,
weapons used or threatened with, what is asked for, and fact-sheet headings.

Forces named as already known ("the ship had been expected to sail") are those the last actor to
commit that kind committed; a quantifier or "of which" stands for its part of the forces ("most of its
troops", "half of which would be provided by ..."); refusing or putting off the lifting of a penalty
("will not lift", "not in any discussion on removing our sanctions") keeps it imposed.

"do so" and "do that" stand for the last act of a kind named in their sentence or the one before
("we'd be negotiating with him and we won't do that", "called for the removal of the sanctions.
The US refused to do so"), with their own clause's stance and the kind the repeated act was read
as; not when they only say how an act is done ("while ensuring that we do so in an orderly way").

Lowering, decreasing or trimming the number of forces withdraws them. Forces are never imposed or
held (a misparse may hang "imposed" or "held" on them). Bare "measures" are sanctions only when
aimed at someone or near a named penalty (five sentences). What an "as long as" or "provided that"
clause speaks of is part of the condition. In a readout, "they" and "their" with no antecedent of
their own are the parties of the meeting reported before (`clauses.meeting_parties`).

An infinitive or gerund that the parse joins to a purpose clause, a clause of its own or a noun is a
second act of the promise above ("commitment to support Moldova as it defends itself and to impose costs"),
with the promise's actor. What another party is called on, obliged or advised to do is asked of it, in a
second infinitive too ("call on Russia to end the war and remove its troops"). Money whose sentence and the
lines before it name no party but the giver, nor anything beyond its borders, is spent at home; so are forces
sent or kept only in their own country, and forces "of one's own". A capability one has, announces or keeps is
no weapon given; "a talk" is a speech; costs are a penalty only when imposed; measures and steps taken for a
purpose that restrains no one are no sanctions. An act only backed ("supports ending the embargo") is a
stance; an act voted on "whether" is considered; a proposal to give is a plan; a decision to suspend aid
pauses it; a clause after "nor" is refused. A host turning down foreign forces, or another's offer of them,
commits none of its own. A relative pronoun as object stands for the noun ("the systems that Norway delivered").
An object is money only when it is itself a sum, not when a sum comes further on in its phrase.

Doing "everything possible" or "everything in one's power" to give, if it is to come, promises it.

A commitment is dated by its own clause, else by the clause that reports it or that it is joined to
(when it was stated); "at that time" stands for the last day the text gave before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .nlp import doc_text
from .clauses import (
    CONDITION_MARKS,
    Lexicon,
    MentionIndex,
    actors_of,
    FUTURE_AUX,
    agent_of,
    attached_to,
    context_actor,
    control_chain,
    load_lexicon,
    meeting_parties,
    modality,
    noun_holder,
    participants,
    recipient_tokens,
    sentences_back,
    speaker_for,
    subject_of,
    time_for,
)
from .records import Article, Commitment, CommitmentStance, Entity, Evidence, Statement, TimeExpression
from .voices import FirstPerson

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .knowledge import ActorBase

EXTRACTOR = "accord.commitments.v12"

#: Prepositions whose phrase limits a commitment ("outside Ukraine").
SCOPE_PREPS = {"outside", "inside", "within", "beyond", "across"}
#: Verbs that put something in place for someone else; with a future they are plans, in the past deliveries.
_GIVING = {"send", "deploy", "provide", "supply", "deliver", "contribute", "donate", "give", "join", "station", "participate", "attend", "hold"}
#: Adjectives of readiness: "open to talks", "ready for dialogue".
_READY = {"ready", "open", "willing", "prepared"}
#: Readiness as adjectives or nouns, in a control chain: "expressed readiness to send troops".
_READINESS = _READY | {"readiness", "willingness"}
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
    "establishment": "delivered", "surge": "delivered", "retreat": "withdrawn", "intervention": "delivered",
    "pullout": "withdrawn", "possibility": "considering", "support": "pledged", "plan": "planned",
    "request": "planned", "reinforcement": "planned", "increase": "planned", "stay": "delivered",
}
#: Kinds that are agreed to rather than given: "support for dialogue" commits nothing.
_NOT_GIVEN = {"talks", "ceasefire", "membership"}
#: Acts of forces that need no "of" phrase to say what moves: "the country's intervention in Somalia".
_FORCE_ACTS = {"intervention": "troops"}
#: Verbs by which an actor makes, starts or announces an act of its own: "initiated a troop surge",
#: "announced the retreat of the army". Attitudes ("welcomed the deployment") say nothing of whose it is.
_DOING = {"announce", "initiate", "begin", "start", "launch", "order", "make", "complete", "confirm", "declare", "carry", "develop", "prepare", "draw"}
_PROMISE = {"pledge", "promise", "vow", "commit", "authorize", "approve", "sign", "agree"}
#: Nouns of a proposal whose "of"/"for" phrase names what is proposed ("rejected the idea of talks", "calls for talks").
_PROPOSALS = {"idea", "offer", "proposal", "prospect", "call", "possibility"}
#: Nouns of amount or part whose "of" phrase names what is committed ("thousands of forces", "the bulk of the troops").
_AMOUNTS = {"package", "tranche", "round", "set", "number", "thousand", "hundred", "dozen", "million", "billion", "bulk", "half", "contingent", "amount",
            "tonne", "ton", "shipment", "consignment", "batch", "load", "convoy", "planeload", "truckload",
            "all", "most", "rest", "remainder", "majority", "some", "many", "part"}
#: Quantifiers (tagged determiners or pronouns) that stand for a part of what their "of" phrase names.
_PARTS = {"all", "most", "some", "many", "half"}


@dataclass(frozen=True)
class _Found:
    kind: str
    noun: Token
    verb: Token
    relation: str  # object, passive, participle, relative
    act: str | None = None  # for "do so", the verb of the act it stands for
    antecedent: Token | None = None  # and the word that named what that act is on


def extract_commitments(
    doc: Doc, article: Article, entities: tuple[Entity, ...], times: tuple[TimeExpression, ...], statements: tuple[Statement, ...],
    voices: FirstPerson | None = None, *, kb: ActorBase | None = None, index: MentionIndex | None = None,
) -> tuple[Commitment, ...]:
    """Every commitment the lexicon finds in the article, in text order. `kb` is the run's actor
    knowledge base (the bundled one when not given); `index`, the article's mentions as
    `MentionIndex.of` builds them, when the caller already has it."""
    lexicon = load_lexicon()
    if index is None:
        index = MentionIndex.of(entities, voices, article=article, statements=statements, doc=doc, kb=kb)
    seen: set[tuple[int, str]] = set()
    commitments: list[Commitment] = []
    passives: list[_Found] = []
    pro_forms: dict[int, _Found] = {}
    for found in _candidates(doc, lexicon):
        key = (found.verb.i, found.kind)
        if key in seen or _in_condition(found.verb) or _requested(found.verb) or _judged(found.verb):
            continue
        if _talked_of(found.verb) or _heading(found.verb) or _instrument(found.verb):
            continue
        if _advocated(found.verb, lexicon):
            continue
        if found.kind in _PRESENT_KINDS and any(c.dep_ == "amod" and c.lower_ == "own" for c in found.noun.children):
            continue  # "has its own army", "Iraq's own security forces": forces of one's own, committed to no one
        if found.kind in _PRESENT_KINDS and found.relation == "object" and any(
            c.dep_ == "amod" and c.lower_ == "foreign" for c in found.noun.children
        ):
            continue  # "we don't want to have foreign troops in our country": the host's say, not its forces
        seen.add(key)
        if found.antecedent is not None:
            pro_forms[found.verb.i] = found
        commitment = _commitment(found, lexicon, index, article, times, statements)
        if found.relation in ("passive", "expected", "effect", "moving") and (commitment is None or not any(e.code for e in commitment.actor)):
            passives.append(found)
        elif commitment is not None and not any(
            (c.span_start, c.span_end, c.kind) == (commitment.span_start, commitment.span_end, commitment.kind) for c in commitments
        ):
            # Two readings of one phrase (a nominal and its verb) make one record.
            commitments.append(commitment)
    commitments = [_as_antecedent(c, doc, commitments) for c in commitments]
    commitments = [_as_act_before(c, pro_forms, commitments) for c in commitments]
    commitments.sort(key=lambda c: c.span_start)
    for found in passives:
        # A second look, with the commitments found before each, for passives that named no actor.
        commitment = _commitment(found, lexicon, index, article, times, statements, earlier=tuple(commitments))
        if commitment is not None and not any(
            (c.span_start, c.span_end, c.kind) == (commitment.span_start, commitment.span_end, commitment.kind) for c in commitments
        ):
            commitments.append(commitment)
    commitments.sort(key=lambda c: c.span_start)
    for found, antecedent in _continued_pledges(doc, commitments, seen, index, lexicon):
        commitment = _commitment(found, lexicon, index, article, times, statements)
        restates = found.relation == "verbal" and found.verb.dep_ != "xcomp"  # "was planning to send" is a plan of its own
        if commitment is not None and antecedent is not None and restates and antecedent.stance == "pledged" and commitment.stance in ("planned", "offered"):
            # "pledged a frigate, saying Madrid would contribute": the saying restates the pledge.
            commitment = replace(commitment, stance="pledged")
        if commitment is not None:
            commitments.append(commitment)
    commitments = [c for c in commitments if not _spent_at_home(c, entities)]
    return tuple(sorted(commitments, key=lambda c: c.span_start))


def _spent_at_home(commitment: Commitment, entities: tuple[Entity, ...]) -> bool:
    """'The government announced $714 million in aid to farmers', 'increasing VAWA funding to $700 million':
    money whose sentence names no party but its giver is spent at home, not committed to another."""
    if commitment.kind != "funding" or commitment.recipient:
        return False
    own = {e.code for e in commitment.actor if e.code}
    if not own:
        return False
    evidence = commitment.evidence
    if _ABROAD.search(evidence.sentence):
        return False
    # The sentence and a few lines before it: "... support Ukraine. We have provided $55 million in assistance."
    since = evidence.start - _HOME_REACH
    named = {e.code or e.label for e in entities for m in e.mentions if since <= m.start < evidence.end and (e.code or e.label in ("GPE", "LOC"))}
    return not named - own


#: Words that carry money beyond the giver's borders: "across the globe", "to Caribbean nations".
_ABROAD = re.compile(r"\b(?:global|globally|globe|world|worldwide|international|foreign|abroad|overseas|developing|region|regional|nations|countries|mission|operation|alliance|coalition|share"
                     r"|(?:the|a)\s+(?:[\w-]+\s+){0,3}fund)\b", re.I)  # "to the fund": a common pool, not a domestic programme
#: How many characters before a sentence of money may name the party it is for.
_HOME_REACH = 400


def _as_act_before(commitment: Commitment, pro_forms: dict[int, _Found], commitments: list[Commitment]) -> Commitment:
    """'called for troops for UNIFIL ... Several partners will do so': "do so" is of the kind that the
    commitment it repeats was read as, which its own words may have refined (troops for a UN mission
    are peacekeeping)."""
    found = next((f for f in pro_forms.values() if commitment.span_start <= f.verb.idx < commitment.span_end and f.kind == commitment.kind), None)
    if found is None or found.antecedent is None:
        return commitment
    named, kind = found.antecedent, _SAME_FORCES.get(found.kind, found.kind)
    before = next((c for c in commitments if c is not commitment and c.evidence.start <= named.idx < c.evidence.end
                   and _SAME_FORCES.get(c.kind, c.kind) == kind), None)
    return replace(commitment, kind=before.kind) if before is not None else commitment


#: Kinds that are the same forces for the purpose of who sends them.
_SAME_FORCES = {"peacekeeping": "troops"}


def _refused(act: Token) -> bool:
    """True when the act noun is the object of a refusal or of a negated verb: "ruled out the possibility
    of sending troops", "rejected the deployment of ...", "did not announce a withdrawal"."""
    if act.dep_ != "dobj":
        return False
    verb = act.head
    lemma = verb.lemma_.lower()
    if lemma in ("reject", "deny", "oppose", "exclude", "dismiss", "refuse") or (lemma == "rule" and any(c.lower_ == "out" for c in verb.children)):
        return True
    return any(c.dep_ == "neg" for c in verb.children)


#: Verbs by which one goes over one's own measures ("reviewed the sanctions announced last week").
_REVIEWING = {"review", "discuss", "outline", "detail", "highlight", "underscore", "note", "describe", "reaffirm", "recall"}


def _same_kind_before(found: _Found, verb: Token, earlier: tuple[Commitment, ...]) -> tuple[Entity, ...]:
    """The actor of the last commitment of the same kind in this sentence or the three before it."""
    since = sentences_back(verb, 3).idx
    kind = _SAME_FORCES.get(found.kind, found.kind)
    before = [c for c in earlier if since <= c.span_start < verb.idx and _SAME_FORCES.get(c.kind, c.kind) == kind and any(e.code for e in c.actor)]
    return before[-1].actor if before else ()


def _lifting_withheld(verb: Token) -> Token | None:
    """The clause that puts off a lifting named by a gerund: "we are not in any discussion on removing
    sanctions" (negated), "before we will look at removing sanctions" (what must first happen). Returns
    that clause's verb, or None when the lifting is stated as such."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return None
    current = verb
    for _ in range(10):
        if current.head == current:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "neg" for c in current.children) or any(c.dep_ == "mark" and c.lower_ == "before" for c in current.children):
                return current
            return None
        if current.dep_ not in ("prep", "pobj", "pcomp"):
            return None
    return None


def _as_antecedent(commitment: Commitment, doc: Doc, commitments: list[Commitment]) -> Commitment:
    """"8,000 peacekeepers that could be sent, half of which would be provided by Ghana": a part of forces
    named through "of which" is of the kind recorded for the forces it is part of."""
    if commitment.kind not in _SAME_FORCES.values():
        return commitment
    span = doc.char_span(commitment.span_start, commitment.span_end, alignment_mode="expand")
    pronouns = [t for t in span or () if t.dep_ == "pobj" and t.head.lower_ == "of"] if span is not None else []
    for pronoun in pronouns:
        noun = _antecedent(pronoun)
        whole = next((c for c in commitments if noun is not None and c.span_start <= noun.idx < c.span_end and c is not commitment), None)
        if whole is not None and _SAME_FORCES.get(whole.kind, whole.kind) == commitment.kind:
            return replace(commitment, kind=whole.kind)
    return commitment


def _antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun stands for: "troops, half of which would be provided" -> troops."""
    if pronoun.lower_ not in ("which", "whom") or pronoun.tag_ not in ("WDT", "WP"):
        return None
    current = pronoun
    for _ in range(4):
        if current.dep_ == "relcl":
            return current.head
        if current.head == current:
            return None
        current = current.head
    return None


def _definite(noun: Token) -> bool:
    """True for forces named as already known: "the frigate", "the two ships", not "troops" or "a frigate"."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children)


def _main_holder(kind: str, verb: Token, earlier: tuple[Commitment, ...]) -> tuple[Entity, ...]:
    """The actor who has committed this kind most often before the verb: "The sanctions take effect when
    they are published" speaks of the story's sanctions, not of whoever last aligned with them."""
    before = [c for c in earlier if c.span_start < verb.idx and c.kind == kind and any(e.code for e in c.actor)]
    counts: dict[frozenset[str], int] = {}
    for c in before:
        key = frozenset(e.code for e in c.actor if e.code)
        counts[key] = counts.get(key, 0) + 1
    if not counts:
        return ()
    best = max(counts.values())
    chosen = next(c for c in before if counts[frozenset(e.code for e in c.actor if e.code)] == best)
    return chosen.actor


def _continued_pledges(
    doc: Doc, commitments: list[Commitment], seen: set[tuple[int, str]], index: MentionIndex, lexicon: Lexicon
) -> list[tuple[_Found, Commitment | None]]:
    """'We commit to undertake the following measures. ... Third, we commit to acting against the
    people who ...': a promise whose complement names no kind goes on with the kind that the same
    actor committed to in that sentence or the one before."""
    found: list[tuple[_Found, Commitment | None]] = []
    used = {i for i, _ in seen}
    for verb in doc:
        lemma = verb.lemma_.lower()
        bare = lemma in _BARE_GIVING and not any(
            c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass", "dative") or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children
        )  # "contribute to Russia's war" is taking part, not giving
        if verb.pos_ != "VERB" or (lemma not in _PROMISE - {"agree", "sign", "approve", "authorize"} and not bare) or verb.i in used:
            continue
        if any(c.span_start <= verb.idx < c.span_end for c in commitments) or _requested(verb):
            continue  # "called for other members to contribute": the act asked of others is not the caller's
        complement = verb if bare else next((c for c in verb.children if c.dep_ == "xcomp"), None) or next(
            (p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pcomp" and p.tag_ == "VBG"), None
        )
        if complement is None or (complement.i in used and not bare):
            continue
        if not bare and complement.lemma_.lower() not in _GENERIC_ACTS:
            continue  # "vowed to fight on" after a pledge of aid says nothing more of the aid
        purposes = [c for c in complement.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"]
        if not bare and purposes and not any(p.lemma_.lower() in lexicon.commitment_verbs or p.lemma_.lower() in lexicon.penalty_verbs for p in purposes):
            continue  # "committed to working together to protect its benefits": a purpose of its own, no kind
        subject, passive = subject_of(verb)
        actor = {e.code for e in actors_of(subject, verb, index) if e.code} if subject is not None and not passive else set()
        if not actor:
            continue
        since = sentences_back(verb, 1).idx
        own = [k for obj in complement.children if obj.dep_ == "dobj" and not (obj.lemma_.lower() in ("measure", "step") and _civil_purpose(obj, complement))
               for k, _ in kinds_of(obj, lexicon)]
        if own:
            # "are committed to identifying additional equipment": the complement names its own kind.
            found.append((_Found(own[0], complement, verb, "object"), None))
            continue
        before = [c for c in commitments if since <= c.span_start < verb.idx and {e.code for e in c.actor if e.code} == actor]
        if before:
            # "pledged a frigate, saying Madrid would contribute 'for as long as ...'": a giving verb with
            # nothing given goes on with what the same actor just committed.
            found.append((_Found(before[-1].kind, complement, verb, "verbal" if bare else "object"), before[-1]))
    return found


#: Verbs of acting in general, whose kind is the one just committed ("we commit to acting against ...").
_GENERIC_ACTS = {
    "act", "ensure", "launch", "take", "undertake", "implement", "pursue", "do", "work", "continue", "maintain",
    "provide", "deliver", "support", "help", "contribute", "identify", "expand", "strengthen",
}
#: Nouns for a state of being, which cannot give or refuse anything themselves.
_STATES_OF_BEING = {"membership", "accession"}
#: Giving verbs that can stand with nothing given ("Madrid would contribute").
_BARE_GIVING = {"contribute", "provide", "send", "deploy"}


#: Verbs by which one receives what is given: "takes delivery of new capabilities".
_RECEIVING = {"take", "receive", "accept", "await", "get"}
#: Words that make "measures" something other than a penalty.
_NOT_PENAL = {"assistance", "aid", "relief", "support", "humanitarian", "confidence", "security", "safety", "health", "drought",
              "operational", "regulatory", "preventive", "precautionary", "technical", "practical", "environmental", "conservation",
              "mitigation", "adaptation", "reform", "administrative", "legislative", "emergency", "public"}
#: Verbs of welcoming or praising another's act: their subject is not the one acting.
_ATTITUDE = {"welcome", "praise", "applaud", "commend", "thank", "congratulate", "appreciate", "hail", "salute", "recognize", "recognise"}
#: Verbs of talking something over: "discussed ongoing efforts to strengthen air defenses" states no commitment.
_DISCUSSING = {"discuss", "explore", "examine", "exchange", "review"}
#: Nouns of what is needed or striven for, through which an act is only talked of ("the need to provide
#: aid", "efforts to impose costs"). With an owner ("their countries' efforts", "efforts by the United
#: States") the act is that owner's.
_STRIVING = {"effort", "way", "need", "importance", "necessity", "measure", "step", "option", "coordination", "cooperation", "work", "plan", "initiative"}
#: Nouns that always only advocate the act they govern: "stressed the need to provide more aid".
_ADVOCATING = {"need", "importance", "necessity"}
#: Verbs that stand in the way of an act: "so as not to impede the delivery of humanitarian assistance".
_OBSTRUCTING = {"impede", "hinder", "obstruct", "hamper", "prevent", "block", "disrupt", "undermine", "jeopardize", "jeopardise", "restrict"}
#: Verbs by which one asks or presses another to act: what is asked is not the asker's commitment,
#: and not yet the other's ("is pressuring the EU to freeze the assets", "urged Japan to send ships").
_REQUESTING = {"urge", "press", "pressure", "ask", "encourage", "request", "demand", "call", "invite", "push", "persuade",
               "oblige", "obligate", "require", "compel", "recommend", "advise"}


#: Nouns of asking, whose infinitive is what is asked: "calls to send peacekeepers".
_ASKING_NOUNS = {"call", "request", "demand", "appeal", "pressure", "plea"}
#: Verbs by which the one asked turns the asking down: "rejected calls to send peacekeepers".
_TURNING_DOWN = {"reject", "refuse", "rebuff", "dismiss", "resist", "spurn", "defy", "ignore", "deny"}


def _refused_request(verb: Token) -> Token | None:
    """'Brazil rejected calls to send peacekeepers to Haiti': the one who turns down a call to act refuses
    the act. Returns the verb of turning down, whose subject is the actor."""
    if verb.dep_ not in ("acl", "relcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    noun = verb.head
    if noun.lemma_.lower() not in _ASKING_NOUNS or noun.dep_ != "dobj":
        return None
    turning = noun.head
    lemma = turning.lemma_.lower()
    if lemma in _TURNING_DOWN or (lemma == "turn" and any(c.dep_ == "prt" and c.lower_ == "down" for c in turning.children)):
        return turning
    return None


def _requested(verb: Token) -> bool:
    """True when the verb is the act another party is asked or pressed to do."""
    if _refused_request(verb) is not None:
        return False  # turned down by the one asked: a refusal, read in `_commitment`
    current = verb
    for _ in range(6):
        if current.dep_ in ("pcomp", "pobj", "prep") and current.head != current:
            # "urges the U.N. to take further action, for example by deploying the forces": the means of the
            # act asked for is asked for too.
            current = current.head
            continue
        infinitive_relative = current.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
        if current.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in current.children) and current.head.lemma_.lower() in _REQUESTING:
            return True  # "called for other members to contribute", parsed as "for ... to contribute" under "called"
        if current.dep_ in ("advcl", "dobj") and current.head.lemma_.lower() in _REQUESTING and current.head.pos_ == "VERB" and (
            current.dep_ == "dobj" and current.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
            and any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "on") for c in current.head.children)
        ):
            return True  # "call on Russia to end the war and remove its troops", "recommended removing all troops"
        if (current.dep_ not in ("xcomp", "ccomp", "acl", "conj") and not infinitive_relative) or current.head == current:
            return False
        head = current.head
        if head.pos_ == "ADP":
            head = head.head
        lemma = head.lemma_.lower()
        if lemma in _REQUESTING and current.dep_ in ("xcomp", "ccomp"):
            # "urged him to allow the deployment"; but in "we will urge Europe - and Europe will agree - to
            # take" the agreeing party's own verb, a conjunct, is not asked.
            return True
        if lemma == "pressure" or (head.pos_ == "NOUN" and lemma in ("pressure", "call", "request", "demand", "appeal")):
            return True
        current = head
    return False


def _owned(noun: Token) -> bool:
    """True when a noun of effort names whose it is: "their countries' ongoing efforts", "efforts by the
    United States", "the recent commitment of the United States"."""
    if any(c.dep_ == "poss" for c in noun.children) or noun_holder(noun) is not None:
        return True
    return any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in noun.children)


def _talked_of(token: Token) -> bool:
    """True when the act is only talked of or advocated: under a verb of discussing by way of an
    unowned noun of effort or a bare gerund ("discussed ongoing efforts to impose sanctions",
    "discussed working together to mobilize financing"), or under "the need"/"the importance".
    "discussed how the United States is working to ..." has a clause of its own and still commits."""
    current = token
    # An infinitive or gerund is striven for; a noun or its participle ("discussed the sanctions imposed in
    # recent months") states what is in place.
    striving = token.pos_ == "VERB" and not (token.dep_ == "acl" and token.tag_ == "VBN")
    for _ in range(7):
        if current.dep_ in ("nsubj", "nsubjpass", "ROOT") or current.head == current:
            return False
        if current.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children) and current is not token:
            return False  # a clause with its own subject states the act as fact
        head = current.head
        lemma = head.lemma_.lower()
        if head.pos_ == "NOUN" and lemma in _ADVOCATING and head.tag_ == "NN" and not _owned(head):
            return True  # "the need to provide"; "Ukraine's immediate needs, including ..." are what aid meets
        if head.pos_ == "NOUN" and _owned(head) and lemma not in _ADVOCATING:
            return False  # "discussed their shared commitment to continue providing": a stated commitment
        if head.pos_ == "NOUN" and lemma in _STRIVING:
            striving = True
        if head.pos_ == "VERB" and lemma in _DISCUSSING:
            obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < current.i), None)
            if current.dep_ == "advcl" and obj is not None:
                # "discussed their shared determination to continue imposing costs", with the infinitive
                # parsed as the verb's: it belongs to the object before it.
                if _owned(obj) and obj.lemma_.lower() not in _ADVOCATING:
                    return False
                striving = striving or obj.lemma_.lower() in _STRIVING
            return striving
        current = head
    return False


def _praised(verb: Token, index: MentionIndex) -> tuple[Entity, ...] | None:
    """'thanked Prime Minister Trudeau for Canada's partnership in providing assistance', 'recognized
    Poland's generosity ... providing humanitarian assistance': an act someone is thanked or praised for
    is the praised party's, not the speaker's. The actor is the possessor of the noun the act hangs on,
    else whom the verb of praise takes as object; None when no verb of praise governs the act."""
    current = verb
    owner: Token | None = None
    for _ in range(6):
        if current.dep_ not in ("pcomp", "pobj", "prep", "acl", "advcl", "xcomp", "conj", "dobj", "relcl") or current.head == current:
            return None
        if current is not verb and current.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            return None  # "welcomed that Canada is providing": the clause names its own actor
        head = current.head
        if owner is None and head.pos_ == "NOUN":
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if head.pos_ == "VERB" and head.lemma_.lower() in _ATTITUDE:
            if owner is None:
                # "thanked him for Norway's partnership in providing ...", the "in" phrase parsed as the verb's.
                owner = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "for" for n in c.children if n.dep_ == "pobj" for p in n.children if p.dep_ == "poss"), None)
            if owner is not None:
                return participants(owner, index, actors_only=True)
            praised = next((c for c in head.children if c.dep_ == "dobj"), None)
            return participants(praised, index, actors_only=True) if praised is not None else ()
        current = head
    return None


#: Verbs by which one backs an act without doing it: "supports ending the embargo", "supports the provision of funding through the IMF".
_BACKING = {"support", "back", "endorse", "favor", "favour", "advocate"}


def _advocated(act: Token, lexicon: Lexicon) -> bool:
    """'The UK continues to support ending the embargo', 'supports the provision of funding to Egypt through
    the IMF': an act backed as a gerund or an act noun with no holder of its own is a stance, not a commitment;
    unless the backing is itself promised ("a commitment to support the provision of $1 billion")."""
    if act.dep_ not in ("xcomp", "dobj", "ccomp") or act.head.lemma_.lower() not in _BACKING or act.head.pos_ != "VERB":
        return False
    if _promised_support(act.head, lexicon) and "continue" not in {t.lemma_.lower() for t in control_chain(act.head)[1:]}:
        return False  # "a commitment to support the provision of $1.45 billion": support promised is given
    if act.pos_ == "VERB":
        return act.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "poss") for c in act.children)
    return act.pos_ == "NOUN" and act.lemma_.lower() in _NOMINALS and noun_holder(act) is None


def _instrument(verb: Token) -> bool:
    """'Lebanon's ports are used to transfer weapons': what a thing is used for says nothing of who commits."""
    head = verb.head
    return verb.dep_ in ("xcomp", "advcl") and head.lemma_.lower() == "use" and any(c.dep_ == "auxpass" for c in head.children)


def _heading(verb: Token) -> bool:
    """'Providing Ukraine with Security Assistance: The United States is announcing ...': a fact
    sheet's title-case heading, which the text under it states again."""
    sentence = verb.sent
    if verb.i != sentence.start or verb.tag_ != "VBG":
        return False
    # The heading ends at a colon or at a line break ("Providing Humanitarian Assistance to the Ukrainian People\n").
    colon = next((t.i for t in verb.doc[verb.i:min(sentence.end, verb.i + 10)] if t.text == ":" or (t.is_space and "\n" in t.text) or "\n" in t.whitespace_), None)
    if colon is None:
        return False
    words = [t for t in verb.doc[verb.i:colon] if t.is_alpha and not t.is_stop]
    return len(words) >= 2 and all(t.text[0].isupper() for t in words)


def _judged(verb: Token) -> bool:
    """'it would be good for the US to increase its aid', 'calls for most of the army to be withdrawn':
    an infinitive with its own "for" subject is what someone judges or wants, not a commitment."""
    current = verb
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ == "for" for c in current.children):
            return True
        if current.dep_ != "conj":
            return False
        current = current.head  # "calling for Russia to end its war and to withdraw its forces"
    return False


def _in_condition(verb: Token) -> bool:
    """'will not take part until a UN force is deployed': what a condition speaks of is no commitment of its own."""
    current = verb
    for _ in range(6):
        if current.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in current.children):
            return True
        if current.dep_ == "advcl" and current.tag_ in ("VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ == "before" for c in current.children):
            return True  # "a long way to go before the US lifts the sanctions": what has yet to happen
        if current.dep_ in ("advcl", "ccomp") and (current.head.lower_ in ("provided", "providing") or (
            current.head.lower_ == "long" and any(c.dep_ == "mark" and c.lower_ == "as" for c in current.children)
        )):
            return True  # "as long as the US keeps its promise to remove all sanctions", "provided that it lifts ..."
        if current.dep_ not in ("conj", "xcomp", "acl", "dobj") or current.head == current:
            return False
        if current.dep_ == "acl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            # "until the US releases the funds frozen by ...": a participle on a noun states a fact of its
            # own; "its promise to remove all sanctions" is part of the condition.
            return False
        current = current.head
    return False


def kinds_of(noun: Token, lexicon: Lexicon) -> list[tuple[str, Token]]:
    """Kinds named by a noun phrase: its head and its modifiers ("monitoring and training activities"), with conjuncts."""
    found: list[tuple[str, Token]] = []
    doc = noun.doc
    # "$1 billion in security assistance, including artillery, as well as ammunition": what follows
    # "including" lists the parts of the head and does not change its kind.
    heads = [noun, *(c for c in noun.conjuncts if not any(t.lower_ == "including" for t in doc[min(noun.i, c.i):max(noun.i, c.i)]))]
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
        if lowered.endswith("task force") or lowered.endswith("task forces"):
            continue  # a working group, not soldiers
        # "security, economic, and humanitarian assistance": each coordinated modifier with the head.
        modifiers = [
            m for child in head.lefts if child.dep_ in ("amod", "compound", "nmod") for m in (child, *child.conjuncts)
            if not _non_prefixed(m) and not any(c.lower_ in _CIVIL_SECURITY for c in m.children if c.dep_ in ("compound", "amod"))
        ]
        candidates = [f" {lowered} "] + [f" {m.lower_} {head.lower_} " for m in modifiers] + [f" {m.lower_} {head.lemma_.lower()} " for m in modifiers]
        # "a cessation of hostilities": a phrase that runs on into the noun's "of" phrase.
        candidates += [f" {head.lower_} of {p.lower_} " for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        phrase_hit = False
        # One string for all candidates: each is padded with spaces, and no phrase holds the
        # separator, so a phrase is found in the whole exactly when it is in one candidate.
        joined = "\x00".join(candidates)
        for phrase, kind in lexicon.kind_phrases.items():
            if f" {phrase} " in joined and kind not in [k for k, _ in found]:
                found.append((kind, head))
                phrase_hit = True
        if phrase_hit:
            continue
        for word in words:
            if word != head and head.lemma_.lower() in _MAKING:
                continue  # "jet engine technology", "missile industry": what makes weapons, not weapons
            kind_name = lexicon.kind_nouns.get(word.lemma_.lower()) or lexicon.kind_nouns.get(word.lower_)
            if kind_name is not None and (word == head or word.dep_ in ("compound", "nmod", "conj") or word.lower_ in ("peacekeeping", "monitoring", "training")):
                found.append((kind_name, head))
        # "$800 million in weapons", "a package of sanctions": the kind is in the phrase after the head;
        # "millions of dollars worth of foreign aid": or after its "worth".
        for child in (*head.children, *(g for c in head.children if c.lower_ == "worth" for g in c.children)):
            if child.dep_ == "prep" and child.lower_ in ("in", "of", "for"):
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    # An act noun joined to the list ("its provision of aid and its support for sanctions") is an act
                    # of its own: only the head's own phrase counts.
                    act = head.lemma_.lower() in (*_NOMINALS, *_PROPOSALS) and head == noun
                    if head.like_num or head.tag_ == "$" or head.lemma_.lower() in _AMOUNTS or act:
                        # "8,000 troops ..., half of which would be provided by ...": "which" is the noun its clause is on.
                        found.extend(kinds_of(_antecedent(pobj) or pobj, lexicon))
    unique: list[tuple[str, Token]] = []
    for kind, head in found:
        if kind not in [k for k, _ in unique]:
            unique.append((kind, head))
    if {"peacekeeping", "troops"} <= {kind for kind, _ in unique}:
        # "the AU-UN peacekeeping force": the force is the peacekeepers, one kind.
        unique = [(kind, head) for kind, head in unique if kind != "troops"]
    if any(head.lemma_.lower() not in _VAGUE for _, head in unique):
        # "surged thousands of forces and additional capabilities": beside a named kind, a vague word adds none.
        unique = [(kind, head) for kind, head in unique if head.lemma_.lower() not in _VAGUE or head == noun]
    return unique


#: Heads that name the making of things, so that a kind word before them names no kind.
_MAKING = {"technology", "engine", "industry", "production", "manufacturing", "component", "factory", "program", "programme",
           # and heads that name the use of weapons: "halting the rocket fire" stops attacks, not deliveries
           "fire", "attack", "strike", "barrage", "launch", "test", "threat", "part", "site", "facility"}
#: Words that name weapons only when nothing more precise stands beside them.
_VAGUE = {"capability", "equipment"}


def _non_prefixed(word: Token) -> bool:
    """'non-humanitarian': the word is negated by its prefix."""
    doc = word.doc
    return word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 2].lower_ == "non"


#: Words that make "security" something other than armed security: "food security assistance" feeds people.
_CIVIL_SECURITY = ("food", "energy", "health", "water", "nuclear", "cyber", "job", "income", "climate", "border", "economic", "financial")


def _unnegated(words: str) -> str:
    """'non humanitarian assistance' names no humanitarian aid, and 'food security assistance' no security
    assistance: join the words so no phrase matches."""
    words = re.sub(r"\b(" + "|".join(_CIVIL_SECURITY) + r") security\b", r"\1-security", words)
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
    governor = token.head.head if token.dep_ == "pobj" else token.head
    if token.dep_ == "dobj" and governor.lemma_.lower() in _OBSTRUCTING:
        return []  # "so as not to impede the delivery of humanitarian assistance": someone else's act
    if (token.dep_ in ("dobj", "pobj") and governor.lemma_.lower() in _REQUESTING | _RECEIVING) or _requested(governor):
        # "called for the withdrawal of all troops", "urged him to allow the deployment of ...": asked of
        # others; "New Zealand takes delivery of new capabilities": received, not given.
        return []
    found: list[_Found] = []
    preps = {"support": ("of", "for", "including"), "plan": ("of", "for"), "request": ("of", "for"), "increase": ("of", "in")}.get(token.lemma_.lower(), ("of",))
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in preps):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            kinds = kinds_of(pobj, lexicon)
            if not kinds and _is_money(pobj):
                kinds = [(_money_kind(pobj, token), pobj)]
            elif token.lemma_.lower() == "request":
                # A request for money is a budget plan ("the request to Congress for $3.3 billion"); a request
                # for aid ("the government's request for security assistance") asks others for it.
                kinds = []
            found.extend(_Found(kind, pobj, token, "nominal") for kind, _ in kinds)
    if not found:
        # "Australia's latest troop commitment", "initiated a troop surge": the kind is the noun's compound.
        # Only as a clause's subject or object: "did not set a timeframe for U.S. troop withdrawal" states none.
        compounds = [c for c in token.children if c.dep_ == "compound" and c.i < token.i] if token.dep_ in ("nsubj", "nsubjpass", "dobj") else []
        for compound in compounds:
            kind_name = lexicon.kind_nouns.get(compound.lemma_.lower()) or lexicon.kind_nouns.get(compound.lower_)
            if kind_name is not None and compound.lemma_.lower() not in _VAGUE:
                found.append(_Found(kind_name, compound, token, "nominal"))
    if token.lemma_.lower() == "support":
        # "continued U.S. support, including development and humanitarian aid", "support for Ukraine's
        # reconstruction": support that names what it gives; "support for dialogue" is no more than a stance.
        # "support for the Ukrainian armed forces": the forces are whom it is for.
        found = [f for f in found if f.kind not in lexicon.penalty_kinds and f.kind not in _NOT_GIVEN and f.kind not in _PRESENT_KINDS]
    armed = any(c.dep_ == "amod" and c.lower_ == "military" for c in token.children) or any(
        p.ent_type_ in ("GPE", "LOC") for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "into") for p in c.children
    )
    if not found and token.lemma_.lower() in _FORCE_ACTS and noun_holder(token) is not None and armed:
        # "the country's intervention in Somalia"; "Bush's intervention ensures that Libby ..." is no force.
        found.append(_Found(_FORCE_ACTS[token.lemma_.lower()], token, token, "nominal"))
    return found


def _candidates(doc: Doc, lexicon: Lexicon) -> list[_Found]:
    found: list[_Found] = []
    for token in doc:
        found.extend(_nominal(token, lexicon))
        found.extend(_taking_part(token, lexicon))
        found.extend(_talking(token, lexicon))
        found.extend(_pro_form(token, lexicon))
        found.extend(_moving(token, lexicon))
        found.extend(_admitting(token))
        found.extend(_expected(token, lexicon))
        found.extend(_training(token))
        found.extend(_defending(token))
        found.extend(_supporting_with(token, lexicon))
        found.extend(_taking_effect(token, lexicon))
        found.extend(_sanctioning(token, lexicon))
        # "Aid to the Authority had been ceased" with "Aid" tagged a verb: a kind word in a noun's slot is a noun.
        mistagged = token.dep_ in ("nsubjpass", "nsubj", "dobj") and token.lower_ in lexicon.kind_nouns
        # "all of the armed forces would be pulled out": a quantifier with an "of" phrase stands for its part of it.
        part = token.lower_ in _PARTS and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        if token.pos_ not in ("NOUN", "PROPN", "NUM", "SYM") and not _adjective_list(token) and not mistagged and not part:
            continue
        if token.dep_ in ("compound", "amod", "conj", "nmod"):
            continue
        for verb, relation in _governors(token):
            if _in_condition(verb) or _requested(verb) or _judged(verb):
                continue  # "until the US releases the funds frozen by ...": the participle may still commit
            committed = _committed_by(token, verb, relation, lexicon)
            found.extend(committed)
            if committed:
                break
    committed_verbs = {f.verb.i for f in found}
    for token in doc:
        if token.i not in committed_verbs:
            found.extend(_misparsed_object(token, lexicon))
    return found


#: Words between a verb and its object that say nothing of the kind ("imposed further asset freezes").
_FILLERS = {"the", "a", "an", "further", "new", "additional", "more", "its", "their", "our", "fresh"}


def _misparsed_object(verb: Token, lexicon: Lexicon) -> list[_Found]:
    """'adopted asset freezes and travel bans' parsed with "freezes" as a verb: a kind phrase that
    follows a commitment verb at once is its object, whatever the parse made of it."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or (lemma not in lexicon.commitment_verbs and lemma not in lexicon.penalty_verbs):
        return []
    if any(c.dep_ == "dobj" and kinds_of(c, lexicon) for c in verb.children):
        return []
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and (doc[i].lower_ in _FILLERS or doc[i].like_num):
        i += 1
    if i >= len(doc):
        return []
    for words, kind in lexicon.kind_phrases_by_first_word.get(doc[i].lower_, ()):
        if i + len(words) > len(doc):
            continue
        if [t.lower_ for t in doc[i:i + len(words)]] != words:
            continue
        penalty = kind in lexicon.penalty_kinds
        if penalty != (lemma in lexicon.penalty_verbs) or (penalty and lemma in _GIVING - {"extend"}):
            continue
        return [_Found(kind, doc[i + len(words) - 1], verb, "object")]
    return []


def _taking_part(token: Token, lexicon: Lexicon) -> list[_Found]:
    """'the MDC will not be part of the mediation process', 'German ships will not be part of this
    operation': being part of talks, or ships and troops being part of an operation."""
    if token.lower_ != "part" or token.dep_ != "attr" or token.head.lemma_.lower() != "be":
        return []
    verb = token.head
    found: list[_Found] = []
    for pobj in (p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"):
        found.extend(_Found(kind, pobj, verb, "object") for kind, _ in kinds_of(pobj, lexicon) if kind not in lexicon.penalty_kinds)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if not found and subject is not None:
        found.extend(_Found(kind, subject, verb, "member") for kind, _ in kinds_of(subject, lexicon) if kind in _PRESENT_KINDS)
    return found


#: Whom one trains, for the training to be a commitment of training foreign forces.
_TRAINEES = {"pilot", "soldier", "force", "troop", "police", "army", "officer", "personnel", "recruit", "military", "cadet"}


def _training(token: Token) -> list[_Found]:
    """'Denmark's leadership in training Ukrainian pilots', 'will train Iraqi security forces': training
    forces is a commitment of training. A purpose ("stay on to train the army") is not one of its own."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "train":
        return []
    if token.dep_ in ("advcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return []
    trainees = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in _TRAINEES]
    return [_Found("training", trainees[0], token, "object")] if trainees else []


#: Kinds that come into force rather than being sent: "the sanctions take effect". A ceasefire that takes
#: effect is both sides', which names no actor, so it is left out.
_IN_FORCE_KINDS = {"sanctions", "tariffs", "export_controls"}


#: Verbs whose object is the target of a penalty: "the Treasury sanctioned five Iranian officials".
_TARGETING = {"sanction", "blacklist"}


def _sanctioning(token: Token, lexicon: Lexicon) -> list[_Found]:
    """'The US Treasury sanctioned five Iranian officials': to sanction someone imposes sanctions on them."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _TARGETING:
        return []
    target = next((c for c in token.children if c.dep_ == "dobj"), None)
    if target is None or kinds_of(target, lexicon):
        return []  # "sanctioned the deployment" approves an act, which the object's own reading covers
    return [_Found("sanctions", target, token, "target")]


def _taking_effect(token: Token, lexicon: Lexicon) -> list[_Found]:
    """'The sanctions take effect when they are published', 'the ceasefire will not take effect until ...',
    'the tariffs came into force on Monday': a measure or truce as the subject of coming into force."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubj":
        return []
    verb = token.head
    lemma = verb.lemma_.lower()
    effect = lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() == "effect" for c in verb.children)
    force = lemma in ("come", "enter", "go") and any(
        p.lemma_.lower() == "force" for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for p in c.children
    )
    if not (effect or force):
        return []
    return [_Found(kind, token, verb, "effect") for kind, _ in kinds_of(token, lexicon) if kind in _IN_FORCE_KINDS]


def _supporting_with(token: Token, lexicon: Lexicon) -> list[_Found]:
    """'pledged to continue supporting Ukraine ..., including the provision today of a new $625 million
    security assistance package': a promise of support in general becomes a commitment of the kind that
    its "including" phrase names. Without one ("pledged to keep supporting Ukraine") it commits nothing."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "support" or not _promised_support(token, lexicon):
        return []
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None:
        return []
    # The phrase may hang on the support or on the promise it is controlled by ("pledged ..., including").
    holders = [token, obj, *control_chain(token)[1:]]
    for prep in (c for holder in holders for c in holder.children if c.lower_ == "including" and c.dep_ == "prep"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            kinds = kinds_of(pobj, lexicon)
            if not kinds and pobj.lemma_.lower() in _NOMINALS:
                kinds = [k for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj" for k in kinds_of(p, lexicon)]
            kinds = [k for k in kinds if k[0] not in lexicon.penalty_kinds and k[0] not in _NOT_GIVEN]
            if kinds:
                return [_Found(kinds[0][0], obj, token, "object")]
    return []


def _expected(token: Token, lexicon: Lexicon) -> list[_Found]:
    """'Reinforcements are also expected from Belgium', 'troops are expected in the region by May':
    forces that are expected are planned."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubjpass" or token.head.lemma_.lower() != "expect":
        return []
    verb = token.head
    if any(c.dep_ == "xcomp" for c in verb.children) and not any(c.dep_ == "xcomp" and c.lemma_.lower() == "be" for c in verb.children):
        return []  # "frigates are expected to sail": the verb of moving says it
    return [_Found(kind, token, verb, "expected") for kind, _ in kinds_of(token, lexicon) if kind in _PRESENT_KINDS]


#: Words that make a territory an alliance's: "every inch of NATO territory", "allied territory".
_ALLIANCE_WORDS = {"nato", "allied", "alliance"}


def _defending(token: Token) -> list[_Found]:
    """'will defend every inch of NATO territory': a pledge to defend an alliance's territory is a security guarantee."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ("defend", "protect"):
        return []
    objects = [c for c in token.children if c.dep_ == "dobj"] or [c for h in (token.head,) if token.dep_ == "conj" for c in h.children if c.dep_ == "dobj"]
    for obj in objects:
        words = {t.lower_ for t in obj.subtree}
        if "territory" in words and words & _ALLIANCE_WORDS:
            return [_Found("security_guarantee", obj, token, "object")]
    return []


def _to_a_place(verb: Token) -> bool:
    """True when the verb of moving names where to: a place name, "there" or "home"."""
    if any(c.lower_ in ("there", "home", "here") for c in verb.children):
        return True
    return any(p.ent_type_ in ("GPE", "LOC", "FAC") for c in verb.children if c.dep_ == "prep" for p in c.subtree)


#: Verbs and nouns of taking a state into an alliance.
_ADMITTING_VERBS = {"welcome", "admit"}
_ADMITTING_NOUNS = {"addition", "accession", "admission"}
#: What a state is welcomed as, for it to be membership.
_MEMBER_WORDS = {"member", "ally", "state"}


def _admitting(token: Token) -> list[_Found]:
    """'welcome Finland as NATO's 31st Ally', 'the addition of Finland to NATO': membership, with
    the state taken in as the noun."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in _ADMITTING_VERBS:
        state = next((c for c in token.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
        role = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
        if state is not None and any(r.lemma_.lower() in _MEMBER_WORDS for r in role):
            return [_Found("membership", state, token, "admitting")]
    if token.pos_ == "NOUN" and lemma in _ADMITTING_NOUNS:
        preps = {c.lower_: p for c in token.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"}
        state, body = preps.get("of"), preps.get("to") or preps.get("into")
        if state is not None and body is not None and state.pos_ == "PROPN" and body.pos_ == "PROPN":
            return [_Found("membership", state, token, "admitting")]
    return []


#: Verbs of forces moving or serving somewhere: with soldiers or ships as subject they are a
#: deployment ("two frigates will sail on Monday", "French soldiers will serve under UNIFIL").
_MOVING = {"come", "go", "arrive", "serve", "stay", "remain", "sail", "operate", "cross", "leave", "return", "patrol", "guard"}
#: Verbs of forces keeping a place or people safe: "will be guarded by Sudanese troops".
_GUARDING = {"guard", "protect", "secure", "patrol"}
#: Of those, the ones that take forces away.
_LEAVING = {"leave", "return"}


def _moving(token: Token, lexicon: Lexicon) -> list[_Found]:
    """'Spain's frigate is expected to sail', 'Norwegian frigates began operating', 'more Ethiopian
    troops crossing the border': forces as the subject of a verb of moving or serving."""
    if token.pos_ != "NOUN" or token.dep_ in ("compound", "amod", "conj"):
        return []
    verb: Token | None = None
    if token.dep_ in ("nsubj", "nsubjpass"):
        head = token.head
        if head.lemma_.lower() in _MOVING and head.pos_ == "VERB":
            verb = head
        else:
            verb = next((c for c in head.children if c.dep_ == "xcomp" and c.lemma_.lower() in _MOVING and c.pos_ == "VERB"), None)
    if verb is None:
        verb = next((c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in _MOVING), None)
    if verb is None and token.dep_ == "pobj" and token.head.dep_ == "agent" and token.head.head.lemma_.lower() in _GUARDING:
        # "The assembly area will be guarded by Sudanese troops".
        verb = token.head.head
    if verb is None:
        return []
    lemma = verb.lemma_.lower()
    if lemma == "come" and any(c.dep_ == "prep" and c.lower_ == "under" for c in verb.children):
        return []  # "the troops came under fire"
    if verb.head.lemma_.lower() in ("allow", "permit", "let") and verb.head != verb:
        return []  # "does not allow U.S. forces to cross the border": the permission is another's
    if any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in verb.children):
        return []  # "these forces should stay for some time": what someone thinks ought to happen
    if lemma in ("arrive", "come", "go") and not _to_a_place(verb):
        return []  # "soldiers arrived in two jeeps" is an incident; "arrived in Liberia" a deployment
    if lemma == "operate" and not (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("begin", "start", "commence")):
        return []  # "began operating in the lane" starts a deployment; "will continue to operate professionally" does not
    return [_Found(kind, token, verb, "moving") for kind, _ in kinds_of(token, lexicon) if kind in _PRESENT_KINDS]


#: Verbs that are themselves talks ("we do not negotiate", "willing to talk").
_TALKING = {"negotiate", "talk"}


def _talking(token: Token, lexicon: Lexicon) -> list[_Found]:
    """Talking as a verb is a commitment to talks only when refused, offered or promised: "We do not
    negotiate with ...", "are willing to talk to you", "refused to negotiate"; a plain "they talked" is an event."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _TALKING:
        return []
    negated = any(c.dep_ == "neg" for c in token.children) and token.lemma_.lower() == "negotiate"
    controls = {t.lemma_.lower() for t in control_chain(token)[1:]}
    ready = token.dep_ == "xcomp" and token.head.lemma_.lower() in _READY
    if not (negated or ready or controls & (lexicon.promise_controls | lexicon.refusing_controls | {"refuse", "agree", "offer"})):
        # "did not talk to reporters" is no refusal of talks: a bare negation counts only for "negotiate".
        return []
    return [_Found("talks", token, token, "verbal")]


#: Objects by which "do" stands for an act named before: "refused to do so", "we won't do that".
_PRO_OBJECTS = {"that", "it", "this", "same"}
#: Verbs whose "that" clause says how an act is to be done: "make sure that it does so".
_ENSURING = {"ensure", "insure", "guarantee", "sure", "certain"}
#: Nouns of an act on what their "of" phrase names, with the verb of that act.
_ACT_NOUN_VERBS = {"removal": "remove", "lifting": "lift", "withdrawal": "withdraw", "deployment": "deploy", "delivery": "deliver",
                   "provision": "provide", "imposition": "impose", "easing": "ease", "suspension": "suspend", "extension": "extend"}


def _pro_form(token: Token, lexicon: Lexicon) -> list[_Found]:
    """'we'll be negotiating with an illegitimate leader and we won't do that', 'urged Berlin to send
    tanks, but it refused to do so': "do so" and "do that" stand for the last act of a kind named in
    their sentence or the one before, with the stance of their own clause."""
    if token.lemma_.lower() != "do" or token.pos_ != "VERB":
        return []
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    pro_object = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ in _PRO_OBJECTS), None)
    if pro_object is None and (after is None or after.lower_ != "so"):
        return []  # "so" may hang on a word after it ("will do so too")
    if any(t.dep_ in ("advcl", "acl", "relcl") for t in (token, *token.ancestors)) or (token.dep_ == "ccomp" and token.head.lemma_.lower() in _ENSURING):
        # "while ensuring that we do so in an orderly fashion", "will make sure it does so quickly": how an
        # act is done, not one more.
        return []
    antecedent = _act_before(token, lexicon)
    if antecedent is None:
        return []
    kind, act, named = antecedent
    return [_Found(kind, pro_object or after or token, token, "verbal", act, named)]


def _act_before(pro: Token, lexicon: Lexicon) -> tuple[str, str, Token] | None:
    """The kind and the verb of the last act named before `pro` in its sentence or the one before:
    talking ("negotiating with"), giving or imposing a kind ("send tanks"), or an act noun with what
    it acts on ("the removal of these sanctions")."""
    for token in reversed(pro.doc[sentences_back(pro, 1).i:pro.i]):
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in _TALKING:
            return "talks", lemma, token
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        kinds = kinds_of(token, lexicon)
        if not kinds:
            continue
        head = token.head
        if token.dep_ == "dobj" and head.pos_ == "VERB" and head.i < pro.i:
            act = head.lemma_.lower()
            if act in lexicon.commitment_verbs or act in lexicon.penalty_verbs or act in _GIVING:
                return kinds[0][0], act, token
        if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _ACT_NOUN_VERBS:
            return kinds[0][0], _ACT_NOUN_VERBS[head.head.lemma_.lower()], token
    return None


def _committed_by(token: Token, verb: Token, relation: str, lexicon: Lexicon) -> list[_Found]:
    """The kinds the noun names that `verb` commits, attached as `relation`."""
    found: list[_Found] = []
    lemma = verb.lemma_.lower()
    kinds = kinds_of(token, lexicon)
    if not kinds and _money_head(token) and token.dep_ == "dobj" and lemma in _GIVING | {"pledge", "promise", "commit", "allocate", "announce", "spend"}:
        # "would provide 40 million euros": money with nothing more said about it is funding.
        kinds = [("funding", token)]
    if not kinds and relation == "passive" and lemma in _POSTING and _people_or_number(token):
        # "The Australians will be deployed to Al Muthanna", "5,000 are now stationed in the country":
        # only soldiers are deployed or stationed, so a people or a bare number that is are troops.
        kinds = [("troops", token)]
    flow = token.lemma_.lower()
    if not kinds and lemma in _TRADE_BANNING and token.dep_ == "dobj" and flow in _TRADE_FLOWS and (lemma not in _TRADE_STOPPING or flow == "import"):
        # "banned exports of dual-use goods to Russia": a ban on selling is an export control, on buying a sanction.
        kinds = [("sanctions" if token.lemma_.lower() == "import" else "export_controls", token)]
    fair = any(c.lower_ == "fair" for c in token.children)  # "pay their fair share" of taxes or of spending is a demand
    if not kinds and lemma == "pay" and relation == "object" and token.lemma_.lower() in ("share", "contribution", "dues") and not fair:
        kinds = [("funding", token)]  # "we will pay our share": money for the common effort
    if not kinds and relation == "relative" and lemma == "spend" and token.lemma_.lower() in ("million", "billion"):
        kinds = [("funding", token)]  # "the millions it has already spent"
    held = any(t.lemma_.lower() in _HOLDINGS for t in token.subtree)  # "$25 million of North Korean funds"
    if lemma in _FREEZING and _own_clause(verb) and (_is_money(token) or token.lemma_.lower() in _HOLDINGS) and (held or not kinds):
        # "funds frozen by the U.S. government", "has withheld $55 million in customs duties": a penalty.
        # An infinitive ("to identify and freeze the assets") is the purpose of some other measure.
        kinds = [("sanctions", token)]
    for kind, _head in kinds:
        penalty = kind in lexicon.penalty_kinds
        if relation in ("out", "present"):
            if kind in _PRESENT_KINDS:
                found.append(_Found(kind, token, verb, relation))
            continue
        ruling_out = lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
        if ruling_out and token.lemma_.lower() in (*_NOMINALS, *_PROPOSALS):
            continue  # "ruled out the possibility of troops": the act noun's own reading says it
        if penalty and lemma not in lexicon.penalty_verbs and lemma not in lexicon.commitment_verbs and not ruling_out:
            continue
        if relation == "calling":
            # "the opposition leader called for talks": one who calls for talks offers to hold them; calls
            # for talks between others, or for anything else, are requests.
            if kind == "talks" and token.lemma_.lower() in ("talk", "negotiation") and not any(c.dep_ == "prep" and c.lower_ == "between" for c in token.children):
                found.append(_Found(kind, token, verb, "calling"))
            continue
        supporting_with = lemma == "support" and token.dep_ == "pobj" and token.head.lower_ == "with"
        if lemma == "support" and relation == "object" and token.dep_ == "dobj" and kind == "troops" and _promised_support(verb, lexicon):
            # "commitment to continue supporting the Afghan security forces": aid to forces, who receive it.
            found.append(_Found("military_aid", token, verb, "supporting"))
            continue
        if not penalty and lemma not in lexicon.commitment_verbs and lemma not in ("limit",) and not supporting_with and not ruling_out:
            continue  # "support him with security assistance" gives it; "support sanctions" is a stance
        taking_over = any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
        if lemma == "take" and not penalty and (relation != "object" or token.dep_ == "dobj") and not taking_over:
            continue  # "take part in talks", "took over peacekeeping duties" commit; "takes delivery of new capabilities" receives
        purpose = any(c.dep_ in ("acl", "advcl", "xcomp") and any(a.lower_ == "to" for a in c.children) for c in (*token.children, *verb.children))
        if token.lemma_.lower() == "step" and (purpose or not any(c.lower_ in ("further", "additional", "tougher") for c in token.children)):
            continue  # "further steps" are penalties; "took steps to improve ties", "new steps to deepen" are not
        if lemma == "schedule" and kind not in ("talks", "ceasefire"):
            continue  # talks are scheduled; a carrier "scheduled to make a port visit" is a visit
        if lemma in _BUILDING and token.lemma_.lower() in ("capacity", "capability"):
            continue  # "strengthen peacekeeping capacity", "reinforcing its defense capabilities": building, not giving
        if lemma in _HAVING and token.lemma_.lower() in ("capacity", "capability") and not _to_someone(token, verb):
            continue  # "announced its weapons capability", "maintaining a credible deterrence capability": one's own
        if kind == "talks" and token.lower_ == "talk":
            continue  # "giving a talk" is a speech
        if token.lemma_.lower() == "cost" and lemma not in _PENALISING | {"inflict", "raise", "exact", "threaten"} and not ruling_out:
            continue  # "impose costs" punishes; "consider the cost of defeat" does not
        if token.lemma_.lower() in ("measure", "step") and _civil_purpose(token, verb):
            continue  # "committed to take measures to accelerate the clean energy transition"
        if token.lemma_.lower() in _PROPOSALS and noun_holder(token) is not None and lemma in _TURNING_DOWN | {"oppose"}:
            continue  # "Sudan rejected a UN offer of troops": the one offered to turns down another's offer
        if lemma == "give" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            continue  # "gave up 10.5 billion euros": renounced, not given
        if lemma == "threaten" and not penalty and token.dep_ == "pobj" and token.head.lower_ == "with":
            continue  # "threatened the United States with nuclear weapons": a threat of force, not of a measure
        if lemma in _EQUIPPING and kind in _PRESENT_KINDS:
            continue  # "vehicles supplying NATO forces": the forces receive the supplies
        if (lemma in _REQUESTING or token.lemma_.lower() == "request") and not _is_money(token) and kind not in ("funding", "military_aid"):
            # "requested his regiment to treat him ...", "refused a request for all executed soldiers to be
            # pardoned": what is asked for is no commitment; a budget request for money is a plan.
            continue
        if lemma == "release" and kind in _PRESENT_KINDS:
            continue  # "to release a kidnapped soldier": captives, not forces given
        if lemma == "bring" and kind not in _PRESENT_KINDS:
            continue  # "bringing the total aid to $1 billion" sums; "bring the troops home" withdraws
        if token.lemma_.lower() == "measure" and any(c.lemma_.lower() in _NOT_PENAL for c in token.children if c.dep_ in ("compound", "amod")):
            continue  # "drought assistance measures" are no penalties
        if token.lemma_.lower() == "measure" and lemma not in _PENALISING and not _penal_context(token):
            continue  # "will announce new measures to address online radicalization": measures of any policy
        if lemma == "join" and lexicon.kind_nouns.get(token.lemma_.lower()) in _PRESENT_KINDS and relation == "object":
            # "sending a ship to join its two frigates": one joins forces already there, and commits none.
            continue
        on_hold = any(p.lower_ in ("hold", "ice") for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children)
        if lemma in ("recall", "put") and kind not in _PRESENT_KINDS and not penalty and not on_hold:
            continue  # "recalled its ships", "put sanctions in place"; "recall our discussions", "put a bullet" are not
        if lemma in _REDUCING and kind not in _PRESENT_KINDS:
            continue  # "reduce its troop presence" withdraws; "reduce the financing gap", "reduce the cost" do not
        if lemma == "keep" and kind not in _PRESENT_KINDS and not penalty:
            continue  # "will keep its 500 soldiers in Lebanon", "keep sanctions in place"; "keep talks secret" is not
        if lemma == "have" and kind not in _PRESENT_KINDS:
            # "Australia has 900 troops in Iraq": a presence; "have talks" is no commitment.
            continue
        if penalty and lemma in _GIVING - {"extend"}:
            continue
        if lemma == "hold" and kind in _PRESENT_KINDS:
            continue  # "a teleconference held by Bush with U.S. troops": talks are held, forces are not
        if not penalty and lemma in _PENALISING:
            continue  # "the strains on U.S. armed forces imposed by Iraq": forces are sent, never imposed
        found.append(_Found(kind, token, verb, relation))
        if relation != "relative":
            # "will not send the frigate it pledged", "lifts the sanctions it has imposed": the relative
            # clause is a commitment of its own.
            for relative in (c for c in token.children if c.dep_ == "relcl" and _commits(c, kind, lexicon) and _object_gap(c)):
                found.append(_Found(kind, token, relative, "relative"))
    return found


#: Verbs by which one has, shows or keeps a capability of one's own.
_HAVING = {"announce", "maintain", "have", "keep", "possess", "retain", "preserve", "demonstrate", "show", "test", "acquire", "field"}
#: Verbs of a measure's purpose that make it a penalty: "measures to limit the sale of ...", "steps to hold Russia accountable".
_RESTRAINING = {"limit", "restrict", "curb", "prevent", "deny", "degrade", "deter", "punish", "hold", "isolate", "target", "counter",
                "block", "stop", "freeze", "cut", "interdict", "detect", "close", "impose", "constrain", "choke", "pressure", "weaken",
                "starve", "squeeze", "ban", "halt", "end", "disrupt", "raise", "increase", "intensify", "tighten"}


def _to_someone(token: Token, verb: Token) -> bool:
    """True when a "to" or "for" phrase on the noun or its verb names a party."""
    return any(p.ent_type_ in ("GPE", "ORG", "NORP") for holder in (token, verb) for c in holder.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
               for p in c.subtree)


def _civil_purpose(token: Token, verb: Token) -> bool:
    """True when measures or steps are taken for a purpose that restrains no one: "measures to accelerate the
    energy transition", not "measures to limit the sale of citizenship" or "steps to hold Russia to account"."""
    purposes = [c for holder in (token, verb) for c in holder.children if c.dep_ in ("acl", "advcl", "xcomp", "relcl") and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    if not purposes:
        return False
    words = {t.lemma_.lower() for p in purposes for t in p.subtree}
    return not any(p.lemma_.lower() in _RESTRAINING for p in purposes) and not words & _PENAL_WORDS and "accountable" not in words


#: Words that make "measures" near them penalties: "sanctions and other measures", "restrictive measures",
#: "measures against Russia", "impose costs ... these measures".
_PENAL_WORDS = {"sanction", "sanctions", "penalty", "penalties", "embargo", "freeze", "freezes", "tariff", "tariffs", "restrictive",
                "punitive", "retaliatory", "cost", "costs", "blacklist", "ban", "bans", "export", "accountable"}


def _penal_context(measure: Token) -> bool:
    """True when the measures are aimed at someone ("measures against Russia"), or a penalty is named
    in their sentence or the five before it, a few short news paragraphs ("to hold Russia to account"
    counts as one)."""
    if any(c.dep_ == "prep" and c.lower_ in ("against", "on") for c in measure.children):
        return True
    start = sentences_back(measure, _PENAL_REACH).i
    return any(t.lower_ in _PENAL_WORDS or (t.lower_ == "account" and t.nbor(-1).lower_ == "to") for t in measure.doc[start:measure.sent.end] if t.i > 0)


#: How many sentences before "measures" may name the penalty they are.
_PENAL_REACH = 5


#: Verbs that stop or limit trade, and the flows of trade they stop.
_TRADE_BANNING = {"ban", "curb", "restrict", "prohibit", "embargo", "halt", "suspend"}
#: Of those, the ones that also stop one's own selling ("Russia halted gas exports" is no export control):
#: they count only for what one buys.
_TRADE_STOPPING = {"halt", "suspend"}
_TRADE_FLOWS = {"export", "import", "sale", "shipment"}
#: Verbs of making smaller, which withdraw forces and nothing else.
_REDUCING = {"reduce", "cut", "halve", "lower", "decrease", "trim"}
#: Verbs of laying a penalty on someone, said of nothing else that can be committed.
_PENALISING = {"impose", "levy", "slap"}
#: Verbs by which equipment changes hands, and the aircraft that do so as equipment.
_HANDING_OVER = {"deliver", "sell", "transfer", "supply", "donate", "give", "export", "hand"}
_AIRCRAFT = {"aircraft", "plane", "jet", "warplane", "bomber", "helicopter", "fighter"}
#: Verbs said only of forces: whatever is deployed or stationed is a force.
_POSTING = {"deploy", "redeploy", "station", "garrison"}


def _people_or_number(token: Token) -> bool:
    """A people named by nationality ("the Australians") or a bare number standing for a count of soldiers."""
    if token.ent_type_ == "NORP" and token.tag_ in ("NNPS", "NNS"):
        return True
    return token.pos_ == "NUM" and token.dep_ == "nsubjpass" and not any(c.dep_ == "prep" for c in token.children)


#: Verbs of building up one's own or another's means; a capacity built is no kind given.
_BUILDING = {"strengthen", "build", "enhance", "develop", "improve", "bolster", "boost", "expand", "increase", "modernize", "modernise", "upgrade", "reinforce"}
#: Verbs whose object, when it is a force, receives what is given: "supplying NATO forces".
_EQUIPPING = {"supply", "resupply", "equip", "arm", "feed", "provision"}


def _own_clause(verb: Token) -> bool:
    """True for a finite verb or a participle with its own "by" phrase, not an infinitive."""
    if verb.tag_ == "VBN" and verb.dep_ == "acl":
        return agent_of(verb) is not None
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


#: Verbs that keep someone's money from them, and the holdings they keep.
_FREEZING = {"freeze", "withhold"}
_HOLDINGS = {"fund", "asset", "account", "revenue", "duty", "money", "reserve"}


def _promised_support(verb: Token, lexicon: Lexicon) -> bool:
    """True when supporting is promised or continued ("pledged to continue supporting"), not a plain stance."""
    controls = {t.lemma_.lower() for t in control_chain(verb)[1:]}
    return bool(controls & (lexicon.promise_controls | {"continue"}))


def _commits(verb: Token, kind: str, lexicon: Lexicon) -> bool:
    """True when the verb is one that commits this kind: sanctions are imposed, troops sent."""
    lemma = verb.lemma_.lower()
    if lemma in _PROMISE:
        return True
    if kind in lexicon.penalty_kinds:
        return lemma in lexicon.penalty_verbs and lemma not in _GIVING
    return lemma in lexicon.commitment_verbs and lemma not in ("have", "take")


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


def _governors(noun: Token) -> list[tuple[Token, str]]:
    """The verbs that may commit the noun phrase, the nearest first. "used the weapons we are
    providing": "used" governs the noun, but the relative clause on it is what commits it."""
    found: list[tuple[Token, str]] = []
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _QUANTIFIERS:
        # "all of the armed forces ... would be pulled out": the quantifier stands in the noun's place.
        verb, relation = _governor(noun.head.head)
        if verb is not None:
            found.append((verb, relation))
    verb, relation = _governor(noun)
    if verb is not None:
        found.append((verb, relation))
    for child in noun.children:
        if child.dep_ == "acl" and child.pos_ == "VERB" and child.tag_ == "VBN":
            found.append((child, "participle"))
        elif child.dep_ == "relcl" and child.pos_ in ("VERB", "AUX") and _object_gap(child):
            found.append((child, "relative"))
        elif child.dep_ == "relcl" and _passive_gap(child):
            # "8,000 troops that could be sent": the noun is the relative's passive subject.
            found.append((child, "passive"))
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        # "the steady supply of weapons we have provided": the relative clause hangs on the noun of amount.
        amount = noun.head.head
        found.extend((c, "relative") for c in amount.children if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX") and _object_gap(c))
    return [(v, r) for i, (v, r) in enumerate(found) if (v, r) not in found[:i]]


#: Words that stand for part or all of the noun in their "of" phrase.
_QUANTIFIERS = {"all", "some", "most", "many", "half", "none", "each", "several"}


def _passive_gap(verb: Token) -> bool:
    """A passive relative clause whose subject is the relative pronoun: "troops that will be sent"."""
    return any(c.dep_ == "nsubjpass" and c.tag_ in ("WDT", "WP") for c in verb.children)


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
        if head.lower_ == "for" and lemma == "call":
            return verb, "calling"  # "called for talks": kept only for talks, below
        if head.lower_ in ("to", "for") and lemma not in ("limit", "agree", "commit", "committed") and lemma not in _READY:
            return None, ""
        return verb, "object"
    if noun.dep_ == "pobj" and head.lower_ == "with" and head.head.dep_ == "dobj" and head.head.head.lemma_.lower() == "align":
        # "would align its rules with the EU sanctions", the "with" phrase hung on the rules.
        return head.head.head, "object"
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "from" and head.head.lemma_.lower() in ("withdraw", "pull"):
        # "threatened to withdraw from the peace talks": leaving what one took part in.
        return head.head, "object"
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
    if noun.dep_ == "nsubj" and head.lemma_.lower() == "be" and head.pos_ == "AUX" and any(
        c.dep_ == "prep" and c.lower_ in ("in", "on") and _a_place(c) for c in head.children
    ):
        # "900 Dutch soldiers are in Mali": a presence stated with the copula.
        return head, "present"
    return None, ""


#: Common nouns of place: "the soldiers are in the country"; "are in the process of" is no presence.
_PLACE_NOUNS = {"country", "region", "area", "city", "capital", "province", "territory", "ground", "field", "zone", "town", "base", "camp", "border", "south", "north", "east", "west"}


def _a_place(prep: Token) -> bool:
    """True when the preposition's object is a place."""
    return any(p.ent_type_ in ("GPE", "LOC", "FAC") or p.lemma_.lower() in _PLACE_NOUNS for p in prep.children if p.dep_ == "pobj")


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
    # "the systems that Norway has delivered": a relative pronoun as object stands for the noun.
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp") and not (c.dep_ == "dobj" and c.tag_ in ("WDT", "WP")) for c in verb.children)


def _whether(verb: Token) -> bool:
    """True when the infinitive is a choice still open: "deciding whether to send troops"."""
    current = verb
    for _ in range(3):
        if any(c.dep_ in ("mark", "advmod") and c.lower_ == "whether" for c in current.children):
            return True
        if current.dep_ != "conj":
            return False
        current = current.head
    return False


def _proviso(verb: Token) -> str | None:
    """'"Government is ready for dialogue," he said, "so long as it isn't dialogue concocted by the West"':
    an "as long as" or "provided that" clause on the verb, or on the verb that reports it."""
    holders = [verb]
    current = verb
    for _ in range(3):
        if current.dep_ not in ("acomp", "xcomp", "ccomp", "conj") or current.head == current:
            break
        current = current.head
        holders.append(current)
    for holder in holders:
        for child in holder.children:
            long = child if child.lower_ == "long" and child.dep_ == "advmod" else None
            clause = next((c for c in long.children if c.dep_ == "advcl"), None) if long is not None else None
            if clause is None and child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("provided", "providing") for c in child.children):
                clause = child
            if clause is not None:
                tokens = [t for t in (*(long.subtree if long is not None else ()), *clause.subtree)]
                first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
                return doc_text(verb.doc)[first.idx:last.idx + len(last)]
    return None


def _outer_condition(verb: Token) -> str | None:
    """'If the killings continue, we will redouble our efforts to impose sanctions': a condition on the
    verb whose object the infinitive hangs on."""
    current = verb
    for _ in range(4):
        if current.dep_ not in ("acl", "xcomp", "dobj", "pobj", "prep") or current.head == current:
            return None
        current = current.head
        if current.pos_ == "VERB":
            for child in current.children:
                if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in child.children):
                    tokens = list(child.subtree)
                    return doc_text(verb.doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]
            return None
    return None


def _shared_controls(verb: Token) -> set[str]:
    """'commitment to continue providing assistance ..., and imposing costs on Russia': a gerund or
    infinitive joined to another, with no subject or auxiliary of its own, is under the same control."""
    current = verb
    found: set[str] = set()
    for _ in range(4):
        if current.dep_ != "conj" or current.tag_ not in ("VBG", "VB") or any(c.dep_ in ("nsubj", "nsubjpass", "aux") and c.lower_ != "to" for c in current.children):
            break
        current = current.head
        if current.dep_ == "advcl" and current.tag_ in ("VBZ", "VBP", "VBD") and any(c.dep_ == "mark" for c in current.children):
            # "continue supporting Ukraine as it defends ... and imposing costs": joined, by the parse, to a
            # finite clause of its own; it goes with the verb that clause modifies.
            current = current.head
        if current.pos_ != "VERB":
            break
        found |= {t.lemma_.lower() for t in control_chain(current)[1:]}
        if current.tag_ in ("VBG", "VB") and current.dep_ in ("xcomp", "acl", "pcomp"):
            found.add(current.head.lemma_.lower())  # "to continue providing": the "continue" above
    return found


def _stance(found: _Found, lexicon: Lexicon, verb: Token) -> tuple[CommitmentStance, str | None]:
    mood = modality(verb, lexicon)
    hesitant = next((t for t in control_chain(verb)[1:] if t.lemma_.lower() == "hesitate"), None)
    if hesitant is not None and any(c.dep_ == "neg" for c in hesitant.children) and found.kind in lexicon.penalty_kinds:
        # "will not hesitate to take further steps if ...": a stated readiness to punish.
        return "threatened", mood.condition
    if mood.condition is None and verb.dep_ == "acl":
        outer = _outer_condition(verb)
        if outer is not None:
            mood = replace(mood, condition=outer)
    if mood.condition is None:
        proviso = _proviso(verb)
        if proviso is not None:
            mood = replace(mood, condition=proviso)
    lemma = found.act or verb.lemma_.lower()
    stance_verb = lexicon.commitment_verbs.get(lemma, "offered" if lemma == "limit" else "")
    penalty = found.kind in lexicon.penalty_kinds
    if lemma == "take" and not penalty:
        stance_verb = "delivered"  # "take part in"
    if lemma == "extend" and not penalty:
        stance_verb = "delivered"  # "extending the stay of 4,000 Marines": forces kept in place
    if found.kind == "security_guarantee" and mood.status in ("future", "occurred"):
        return "pledged", mood.condition  # "we will defend every inch of NATO territory" is a promise
    if found.relation == "moving":
        stance_verb = "withdrawn" if lemma in _LEAVING else ""
    if found.relation == "expected":
        return "planned", mood.condition
    if found.relation == "effect":
        # Coming into force: a timing condition ("will not take effect until both sides sign") leaves it
        # conditional, not refused; what has come into force is in force.
        timing = next((c for c in verb.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("until", "unless", "if") for m in c.children)), None)
        if mood.condition is None and timing is not None:
            tokens = list(timing.subtree)
            mood = replace(mood, condition=doc_text(verb.doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1])])
        if mood.condition is not None:
            return "conditional", mood.condition
        if mood.status == "occurred" and verb.tag_ in ("VBD", "VBN"):
            return ("imposed" if penalty else "delivered"), None
        return "planned", None
    if found.relation == "calling" and mood.status != "negated":
        return "offered", mood.condition
    if stance_verb == "offered" and penalty:
        stance_verb = "threatened"  # "prepared to impose": readiness to punish
    if lemma in _FREEZING and not penalty:
        stance_verb = "paused"  # "froze $200 million in aid to Niger": one's own giving held back
    if lemma == "put" and any(p.lower_ in ("hold", "ice") for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children):
        stance_verb = "paused"  # "has put its arms deliveries on hold"
    if penalty and lemma in _TRADE_BANNING and found.noun.lemma_.lower() in _TRADE_FLOWS:
        stance_verb = "imposed"  # "halted imports of Russian oil": a ban in force, not a pause of one's own giving
    controls = {t.lemma_.lower() for t in control_chain(verb)[1:]} | _shared_controls(verb)
    if mood.status == "negated" and found.relation == "object" and _promised(found.noun):
        # "will not send the frigate it pledged": taking back what was promised.
        return "withdrawn", mood.condition
    nor = verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in verb.head.children)
    refused = nor or mood.status == "negated" or controls & lexicon.refusing_controls or (lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children))
    if refused and penalty and stance_verb == "withdrawn":
        # "will not lift sanctions", "refused to remove them": refusing to lift a penalty keeps it in force.
        return "imposed", mood.condition
    if refused:
        return "ruled_out", mood.condition  # "ruled out talks with Kyiv"
    act_stance = _NOMINALS.get(found.noun.lemma_.lower()) if any(c.dep_ == "prep" and c.lower_ == "of" for c in found.noun.children) else None
    if act_stance in ("withdrawn", "planned") and found.noun != verb and mood.status == "occurred":
        # "announced the retreat of the army", "a reinforcement of UNIFIL had been announced": what is
        # announced is a withdrawal, or a plan.
        return act_stance, mood.condition
    if controls & _RELUCTANT:
        # "is reluctant to send troops without clear rules": unwilling unless a want is met.
        without = _without(verb)
        return ("conditional", without) if without is not None else ("considering", None)
    if "threaten" in controls:
        # "threatened to withdraw from the talks": the threat, not the withdrawal, is what was said.
        return "threatened", mood.condition
    if lemma == "bring" and any(c.lower_ in ("home", "back") for c in verb.children):
        stance_verb = "withdrawn"  # "bring the troops home"
    if _whether(verb):
        return "considering", None  # "deciding whether to bring its troops home", "will vote on whether to impose sanctions"
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in ("proposal", "bill") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return "planned", None  # "sent Congress a proposal to provide assistance": not yet given
    if stance_verb == "withdrawn" or found.relation == "out":
        return "withdrawn", mood.condition
    if stance_verb == "paused" and mood.condition is None and controls and controls <= lexicon.promise_controls:
        return "paused", None  # "decided to suspend a shipment of its aid": held back, however it was decided
    if stance_verb == "threatened" or (penalty and mood.controlled_by == "hypothetical"):
        return "threatened", mood.condition
    if mood.condition is not None:
        return "conditional", mood.condition
    if controls & {"intention", "intent"} and not controls & lexicon.promise_controls:
        return "planned", None  # "noted Japan's intention to impose additional sanctions"
    if controls & {"agreement", "pledge", "promise"} or (verb.dep_ == "acl" and verb.head.lemma_.lower() in ("agreement", "pledge", "promise")):
        return "pledged", None  # "the European Union's agreement to provide 18 billion euros"
    if "agree" in controls and found.kind in _NOT_GIVEN and mood.status != "future":
        return "pledged", None  # "the two sides agreed to resume peace talks": agreeing to talks commits to them
    doing = _doing_all(verb)
    if doing is not None and modality(doing, lexicon).status == "future":
        return "pledged", None  # "will do everything possible to maintain the dialogue": a promise
    if controls & lexicon.promise_controls or ("continue" in controls and (mood.status == "future" or controls & _READINESS)):
        # "will continue to provide", "readiness to continue delivering": open-ended promises.
        return "pledged", None
    if controls & lexicon.considering_controls:
        return "considering", None
    if "offer" in controls or (controls & _READINESS and not penalty):
        return "offered", None  # "offered to send", "are willing to talk"
    if stance_verb == "pledged" and penalty and lemma == "announce" and mood.status == "occurred" and verb.tag_ in ("VBD", "VBN"):
        return "imposed", None  # "the sanctions announced last week"
    if stance_verb in ("pledged", "offered", "considering", "paused", "ruled_out", "planned"):
        return stance_verb, None  # type: ignore[return-value]
    if mood.controlled_by == "future" or (mood.status == "occurred" and _framed_future(verb)):
        return "planned", None  # "intends to provide", "plans to impose", "would involve Australia sending"
    if ((lemma in _GIVING and _is_money(found.noun)) or lemma == "pay") and found.relation == "object" and (mood.status == "future" or (mood.status == "occurred" and verb.tag_ in ("VBG", "VBZ", "VBP"))):
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


def _doing_all(verb: Token) -> Token | None:
    """'will do everything possible to maintain the dialogue', 'will do everything in its power to
    provide aid': the "do" whose object is all one will do, with the act as its purpose."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    current = verb
    for _ in range(4):
        current = current.head
        if current.lemma_.lower() == "do" and current.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "dobj" and c.lower_ in ("everything", "all", "whatever") for c in current.children
        ):
            return current
        if current.head == current:
            return None
    return None


#: Words of unwillingness that still leave the door open.
_RELUCTANT = {"reluctant", "hesitant", "unwilling"}


def _without(verb: Token) -> str | None:
    """The "without ..." phrase that says what is lacking: "reluctant to send troops without guarantees"."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "without"):
        tokens = list(prep.subtree)
        return doc_text(verb.doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]
    return None


def _commitment(
    found: _Found, lexicon: Lexicon, index: MentionIndex, article: Article, times: tuple[TimeExpression, ...], statements: tuple[Statement, ...],
    earlier: tuple[Commitment, ...] = (),
) -> Commitment | None:
    verb = found.verb
    if found.relation == "nominal":
        return _nominal_commitment(found, lexicon, index, article, times, statements)
    if found.relation == "admitting":
        return _admission(found, lexicon, index, article, times, statements)
    subject, passive = subject_of(verb)
    misjoined = _misjoined(verb)
    if misjoined is not None:
        subject, passive = misjoined
    actor: tuple[Entity, ...] = ()
    turning_down = _refused_request(verb)
    if turning_down is not None:
        subject, passive = subject_of(turning_down)
    if found.relation in ("object", "relative", "verbal", "supporting", "calling", "target") and subject is not None and not passive:
        if subject.lemma_.lower() in _STATES_OF_BEING:
            # "NATO membership offered Ukraine the only reliable assurance": a state of being
            # gives nothing, and its modifier ("NATO") is no giver: a stance, not a commitment.
            return None
        actor = actors_of(subject, verb, index) or meeting_parties(subject, index)
        if not actor and subject.lemma_.lower() in ("role", "contribution", "participation", "part"):
            actor = _possessors(subject, index)
        if verb.dep_ in ("advcl", "xcomp", "acl") and verb.head.lemma_.lower() in _ATTITUDE and subject.head != verb:
            # "I welcome the steps by many other Allies to provide support": the act welcomed is someone else's.
            actor = ()
        praised = _praised(verb, index) if subject.head != verb else None
        if praised is not None:
            actor = praised
        if not actor and subject.pos_ == "PRON" and subject.head != verb and verb.head.lemma_.lower() not in _ATTITUDE:
            # "said they will not come to join the talks": the pronoun is the subject of a verb above
            # this one, and is resolved from that verb's clause.
            actor = actors_of(subject, subject.head, index)
    elif found.relation in ("passive", "participle"):
        agent = agent_of(verb)
        actor = participants(agent, index, actors_only=True) if agent is not None else _possessors(found.noun, index)
        if not actor and found.relation == "participle" and (
            found.noun.dep_ != "dobj" or found.noun.head.lemma_.lower() in _REVIEWING
        ):
            # "a tariff imposed on ..." in a clause of its own, or "He reviewed the sanctions announced
            # last week"; but in "attacked troops stationed there" the attacker did not station them.
            actor = _enclosing_actor(found.noun, index)
    if found.relation == "calling" and any(e.code in ("UNO", "IGO") for e in actor):
        return None  # the UN or the AU calling for talks mediates; it offers no talks of its own
    if found.relation == "moving":
        # "Norwegian frigates and Finnish minesweepers began operating": the forces' own countries, and only those.
        actor = tuple(e for head in (found.noun, *found.noun.conjuncts) for e in _possessors(head, index) if e.code)
        if not actor and _definite(found.noun):
            # "Spain pledged a frigate. ... The ship had been expected to sail": forces named as already
            # known are those the last actor to commit that kind committed.
            actor = _same_kind_before(found, verb, earlier)
        if not actor:
            return None
    if found.relation == "expected":
        # "reinforcements are expected from Belgium and Greece": whom they come from, else whose they are.
        sources = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
        actor = tuple(e for p in sources for e in participants(p, index, actors_only=False) if e.code) or tuple(
            e for e in _possessors(found.noun, index) if e.code
        ) or _same_kind_before(found, verb, earlier)
        if not actor:
            return None
    if found.relation == "effect":
        # "The EU's sanctions take effect": whose they are, else whoever just committed that kind.
        actor = tuple(e for e in _possessors(found.noun, index) if e.code) or _main_holder(found.kind, verb, earlier)
    if found.relation == "member":
        # "German ships will not be part of ...": the ships' country.
        actor = tuple(e for e in _possessors(found.noun, index) if e.code)
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
        # "Chile is committed to talks": the stative passive's subject is the one committed.
        actor = actors_of(subject, verb, index) if verb.lemma_.lower() == "commit" else _possessors(subject, index)
    if not any(e.code for e in actor) and found.relation == "passive" and found.noun.ent_type_ == "NORP":
        # "The Australians will be deployed": the people named are the country's soldiers.
        actor = tuple(e for e in participants(found.noun, index, actors_only=False) if e.code)
    if not any(e.code for e in actor) and found.relation == "object" and found.kind in _PRESENT_KINDS:
        # "which sent five more Chilean brigades": soldiers named by their country are that country's to send,
        # and so are an amount of them ("double the number of Australian troops").
        parts = [p for c in found.noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"] if found.noun.lemma_.lower() in _AMOUNTS else []
        actor = tuple(e for head in (found.noun, *parts) for e in _possessors(head, index) if e.code) or actor
    if not actor and found.relation == "passive" and found.kind in _PRESENT_KINDS and verb.lemma_.lower() in _GIVING | {"withdraw", "pull"}:
        # "Troops will be sent to the region": no "by" phrase; the actor stated in the sentence or the one before.
        actor = context_actor(verb, index)
    if not actor and found.relation == "passive" and agent_of(verb) is None:
        # "The UN voted to send troops. ... Troops will be sent to the region": a passive with no "by"
        # phrase goes on with whoever committed the same kind just before.
        actor = _same_kind_before(found, verb, earlier)
    own_release = not any(e.code for e in actor) and _publisher_speaks(verb.idx, index, statements) and index.publisher is not None
    agentless = found.relation == "participle" and agent_of(verb) is None and verb.lemma_.lower() in _GIVING
    if own_release and index.publisher is not None and agentless:
        # "the three helicopters delivered to Kabul on July 16" in a government's own fact sheet: what it
        # gives with no giver named is its own. (Clauses with no subject at all were tried as well and gave
        # wrong actors on unannotated releases: lists of joint commitments, other leaders' plans.)
        actor = (index.publisher,)
    if found.kind == "training":
        # Training is of foreign forces: an actor of the trainees' own country is a misreading.
        trainees = {e.code for e in _possessors(found.noun, index) if e.code}
        if actor and all(e.code in trainees for e in actor if e.code):
            return None
    recipients: list[Entity] = []
    out = _out_of(verb) if found.relation == "out" else None
    places = [p for c in out.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"] if out is not None else []
    for place in places:
        # "out of Iraqi cities": the country left.
        recipients.extend(e for e in (*participants(place, index, actors_only=False), *_possessors(place, index)) if e.code and e not in recipients and e not in actor)
    if found.relation == "target":
        recipients.extend(e for e in participants(found.noun, index, actors_only=False) if e not in recipients and e not in actor)
    for obj in recipient_tokens(verb, skip=found.noun):
        recipients.extend(e for e in participants(obj, index, actors_only=False) if e not in recipients and e not in actor)
    for child in found.noun.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "against", "to", "for"):
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                recipients.extend(e for e in participants(pobj, index, actors_only=False) if e not in recipients and e not in actor)
    lifting = found.kind in lexicon.penalty_kinds and lexicon.commitment_verbs.get(verb.lemma_.lower()) == "withdrawn"
    withholder = _lifting_withheld(verb) if lifting else None
    if withholder is not None:
        # "not in any discussion on removing our sanctions", "a long way to go before we will look at
        # removing them": a lifting that is not even talked of keeps the penalty in force, and it is the
        # holder's ("our sanctions") or the one who is not talking of it.
        holder, _passive = subject_of(withholder)
        actor = tuple(e for e in _possessors(found.noun, index) if e.code) or (
            tuple(e for e in actors_of(holder, withholder, index) if e.code) if holder is not None else ()
        )
        if not actor:
            return None
    actor_codes = {e.code for e in actor if e.code}
    at_home = found.kind in _PRESENT_KINDS and bool(actor_codes) and _at_home(found.noun, verb, index, actor_codes)
    recipients = [e for e in recipients if e.code not in actor_codes]
    generic = subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in _GROUPS and subject.tag_ == "NNS"
    if not any(e.code for e in actor) and not any(e.code for e in recipients) and not generic:
        return None
    stance, condition = _stance(found, lexicon, verb)
    if at_home and stance != "withdrawn":
        return None  # "deployed the brigade on United States soil": forces at home are sent to no one
    if turning_down is not None:
        stance = "ruled_out"
    if withholder is not None and stance == "withdrawn":
        stance, condition = "imposed", None
    start, end = _span(found, verb)
    if turning_down is not None:
        start = min(start, turning_down.idx)  # "rejected calls to send peacekeepers"
    if found.relation == "effect":
        # "sanctions take effect", "came into force": through the word that says it.
        last = max((t for t in verb.subtree if t.lemma_.lower() in ("effect", "force") and t.i > verb.i), key=lambda t: t.i, default=verb)
        end = max(end, last.idx + len(last))
    said_by = speaker_for(verb.idx, statements)
    if said_by is None and subject is not None:
        said_by = next((e for e in actor if e.label == "PERSON"), None)
    time = _stated_time(verb, times)
    kind = found.kind
    if kind == "funding":
        # "$150 million in aid for the reconstruction of Afghanistan": money for rebuilding.
        kind = _money_kind(found.noun, verb, *(p for c in found.noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of") for p in c.children if p.dep_ == "pobj"))
    if kind == "air_support" and verb.lemma_.lower() in _HANDING_OVER and found.noun.lemma_.lower() in _AIRCRAFT:
        # "delivering additional aircraft", "sold 40 jets": aircraft handed over are equipment, not air
        # support flown for a mission.
        kind = "weapons"
    if kind == "troops" and (any(e.code == "UNO" for e in actor) or _for_a_mission(found.noun, verb, index, lexicon)):
        # Soldiers a UN body sends, or sent to a UN or AU mission, serve under it: a peacekeeping contingent.
        kind = "peacekeeping"
    return _record(article, found, verb, actor, kind, stance, recipients, condition, said_by, time, (start, end))


#: Prepositions whose phrase names where forces are.
_WHERE = {"to", "in", "into", "on", "inside", "within", "near", "along", "across"}


def _at_home(noun: Token, verb: Token, index: MentionIndex, own: set[str]) -> bool:
    """True when every place the forces are sent to or kept in is their own country's ("to a new role on
    United States soil", "stationed near Serbia's border")."""
    words = [t for holder in (noun, verb) for c in holder.children if c.dep_ == "prep" and c.lower_ in _WHERE for t in c.subtree
             if t.ent_type_ in ("GPE", "LOC", "NORP", "FAC", "ORG")]
    named = {e.code for e in (index.at(t, actors_only=False) for t in words) if e is not None and e.code}
    return bool(named) and named <= own


def _misjoined(verb: Token) -> tuple[Token | None, bool] | None:
    """'their commitment to provide Ukraine with aid to defend itself and to impose costs on Russia', 'their
    commitment to Ukraine's security and imposing costs': an infinitive or gerund with no subject of its own
    that the parse joins to a purpose clause, a clause of its own ("as it defends") or a noun is a second act
    of the promise above them, and its actor is the promise's, not whoever defends or is secured. Returns
    that subject, or None when the verb is joined as it should be."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VB", "VBG") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    head = verb.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" and head.head.lower_ == "to":
        noun = head.head.head
        holder = noun_holder(noun) if noun.pos_ == "NOUN" else None
        return (holder, False) if holder is not None else None
    if head.pos_ != "VERB" or head.dep_ != "advcl":
        return None
    own_subject = any(c.dep_ == "nsubj" for c in head.children)
    purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) and any(c.dep_ == "dobj" for c in head.head.children)
    if not (own_subject or purpose):
        return None
    above = head.head
    if above.pos_ == "NOUN":
        holder = noun_holder(above)
        return (holder, False) if holder is not None else None
    return subject_of(above)


def _nominal_commitment(
    found: _Found, lexicon: Lexicon, index: MentionIndex, article: Article, times: tuple[TimeExpression, ...], statements: tuple[Statement, ...]
) -> Commitment | None:
    """A commitment noun's record: its holder acts ("Denmark's provision"). With no holder named,
    a government's own release speaks of its own acts ("the May 3 announcement of $90 million"
    in a White House readout is the United States'); elsewhere none is invented."""
    holder = noun_holder(found.verb)
    if holder is not None and holder.ent_type_ in ("DATE", "TIME"):
        holder = None  # "today's announcement": a time, not a holder
    actor = participants(holder, index, actors_only=False) if holder is not None else ()
    act = found.verb
    if holder is None and act.dep_ == "dobj" and act.head.lemma_.lower() in _DOING:
        # "the US initiated a troop surge": whoever makes or announces the act holds it.
        subject, passive = subject_of(act.head)
        if subject is not None and not passive:
            actor = actors_of(subject, act.head, index)
            holder = subject
    act = found.verb
    if act.dep_ == "pobj" and act.head.lower_ == "for":
        return None  # "a timetable for the withdrawal of US forces", "a deadline for ...": asked for, not done
    if any(c.dep_ == "aux" and c.lower_ in ("should", "must") for c in act.head.children):
        return None  # "there should be a phased withdrawal of US troops": a recommendation
    if holder is None and not actor:
        # "the possibility of a UN peacekeeping operation", "an increase in the number of Australian
        # troops": the forces' own body or country.
        heads = [found.noun, *(t for t in found.noun.subtree if lexicon.kind_nouns.get(t.lemma_.lower()) in _PRESENT_KINDS and t != found.noun)]
        actor = tuple(e for head in heads for e in _possessors(head, index) if e.code)
        holder = found.noun if actor else None
    by_other = any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in found.verb.children)
    if holder is None and not by_other and _publisher_speaks(found.verb.idx, index, statements):
        # A "by" phrase names a holder, even one not resolved ("a military presence ... by a state that ...").
        actor = (index.publisher,) if index.publisher is not None else ()
    if not any(e.code for e in actor):
        return None
    recipients: list[Entity] = []
    for pobj in (p for c in (*found.verb.children, *found.noun.children) if c.dep_ == "prep" and c.lower_ in ("to", "for", "on", "against") for p in c.children if p.dep_ == "pobj"):
        recipients.extend(e for e in participants(pobj, index, actors_only=False) if e not in recipients and e.code not in {a.code for a in actor})
    start, end = _span(found, found.verb)
    said_by = speaker_for(found.verb.idx, statements)
    time = _stated_time(found.verb, times)
    stance = _NOMINALS[found.verb.lemma_.lower()]
    modifiers = {c.lower_ for c in found.verb.children if c.dep_ in ("amod", "compound")}
    if modifiers & {"planned", "proposed", "future", "intended"}:
        stance = "planned"  # "the planned deployment of African Union troops"
    elif modifiers & {"possible", "potential"}:
        stance = "considering"
    if any(c.dep_ == "det" and c.lower_ == "no" for c in found.verb.children) or _refused(found.verb):
        stance = "ruled_out"  # "there would be no major increase in the number of troops", "ruled out the possibility of ..."
    if stance == "delivered" and found.verb.lemma_.lower() == "provision" and _is_money(found.noun):
        stance = "pledged"  # "the provision today of a $90 million package": an allocation, as "is providing $90 million"
    kind = found.kind
    if kind == "funding":
        kind = _money_kind(found.noun, found.verb, *(p for c in found.noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of") for p in c.children if p.dep_ == "pobj"))
    return _record(article, found, found.verb, actor, kind, stance, recipients, None, said_by, time, (start, end))


def _admission(
    found: _Found, lexicon: Lexicon, index: MentionIndex, article: Article, times: tuple[TimeExpression, ...], statements: tuple[Statement, ...]
) -> Commitment | None:
    """Membership: whoever welcomes the state in (or the alliance it is added to) admits it; the state is the recipient."""
    act = found.verb
    if act.pos_ == "NOUN":
        body = next(p for c in act.children if c.dep_ == "prep" and c.lower_ in ("to", "into") for p in c.children if p.dep_ == "pobj")
        actor = participants(body, index, actors_only=False)
        stance: CommitmentStance = "delivered"
    else:
        subject, passive = subject_of(act)
        actor = actors_of(subject, act, index) if subject is not None and not passive else ()
        looking = act.head.head if act.dep_ == "pcomp" else act.head
        forward = looking.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in looking.children)
        mood = modality(act, lexicon)
        stance = "ruled_out" if mood.status == "negated" else "planned" if forward or mood.status == "future" else "delivered"
    recipients = [e for e in participants(found.noun, index, actors_only=False) if e.code and e.code not in {a.code for a in actor}]
    if not any(e.code for e in actor) or not recipients:
        return None
    start, end = (act.idx, found.noun.idx + len(found.noun)) if act.i < found.noun.i else (found.noun.idx, act.idx + len(act))
    if act.pos_ == "NOUN":
        last = max(t.i for t in act.subtree)
        end = act.doc[last].idx + len(act.doc[last])
    said_by = speaker_for(act.idx, statements)
    time = _stated_time(act, times)
    return _record(article, found, act, actor, "membership", stance, recipients, None, said_by, time, (start, end))


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


def _for_a_mission(noun: Token, verb: Token, index: MentionIndex, lexicon: Lexicon) -> bool:
    """True when the soldiers are sent to, serve in or join a peacekeeping mission named in the
    verb's or the noun's phrases ("to the reinforced UNIFIL", "under the blue helmet", "to the UN force")."""
    if any(lexicon.kind_nouns.get(t.lower_) == "peacekeeping" and (t.pos_ == "PROPN" or t.text.isupper()) for t in verb.sent):
        # A sentence that names the mission ("the reinforced UNIFIL") speaks of soldiers for it.
        return True
    phrases = [c for holder in (verb, noun) for c in holder.children if c.dep_ in ("prep", "dobj") and c != noun]
    for token in (t for phrase in phrases for t in phrase.subtree):
        if lexicon.kind_nouns.get(token.lemma_.lower()) == "peacekeeping" or lexicon.kind_nouns.get(token.lower_) == "peacekeeping":
            return True
        if token.lower_ in ("helmet", "helmets") and any(c.lower_ == "blue" for c in token.children):
            return True
        entity = index.at(token, actors_only=False) if token.dep_ in ("compound", "nmod", "poss") else None
        if entity is not None and entity.code == "UNO" and token.head.lemma_.lower() in ("force", "mission", "operation", "command"):
            return True
    return False


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
    if any(t.lemma_.lower() in _REBUILDING for t in purposes):
        return "reconstruction"
    # "$3.3 billion for the Afghanistan Security Forces Fund", "salaries for Afghan soldiers": money for an army.
    if any(t.lemma_.lower() in _ARMED for t in purposes):
        return "military_aid"
    return "funding"


#: Words of a money phrase's purpose that make it military aid.
_ARMED = {"force", "forces", "military", "army", "soldier", "troop"}


#: Currency words, for sums written without a symbol ("50 million kroner").
_CURRENCIES = {"dollars", "euros", "pounds", "yen", "yuan", "kroner", "kronor", "krona", "francs", "rupees", "rubles", "roubles",
               "shekels", "dinars", "pesos", "rand", "lira", "zloty", "won", "riyals", "dirhams"}


def _stated_time(verb: Token, times: tuple[TimeExpression, ...]) -> TimeExpression | None:
    """When the commitment was stated: a date in its own clause, else in the clause that reports it
    or that it is joined to ("On Aug. 18 Trump said the U.S. could provide air support but ruled out
    ground forces"); "at that time" stands for the last day the text gave before it."""
    current = verb
    for _ in range(4):
        found = time_for(current, times, verb.doc) or _back_reference(current, times)
        if found is not None:
            return found
        if current.dep_ not in ("conj", "ccomp", "xcomp") or current.head == current:
            return None
        current = current.head
    return None


#: Words that point back to a time the text has just given.
_BACK_REFERENCE = re.compile(r"(?i)^(?:at\s+)?(?:that\s+time|that\s+point|the\s+time|then)$")


def _back_reference(verb: Token, times: tuple[TimeExpression, ...]) -> TimeExpression | None:
    """'At that time, Trump said ...' after 'on Aug. 18': the day given just before, in this sentence
    or the one before it."""
    sentence = verb.sent
    pointer = next((t for t in times if t.value is None and sentence.start_char <= t.start < sentence.end_char and _BACK_REFERENCE.match(t.text.strip())
                    and attached_to(t, verb)), None)
    if pointer is None:
        return None
    since = sentences_back(verb, 1).idx
    earlier = [t for t in times if t.value is not None and t.precision == "day" and since <= t.start < pointer.start]
    return earlier[-1] if earlier else None


def _money_head(noun: Token) -> bool:
    """True when the noun itself is a sum ("40 million euros", "another $1 billion"), not a word whose
    phrase mentions one further on ("provided an update on ... the announcement of $30 million")."""
    # The noun's own words before it ("a $200M commitment") and the items listed with it ("syringes and $1.35 million").
    words = [t for head in (noun, *noun.conjuncts) for t in head.subtree if t.i <= head.i]
    return any(t.tag_ == "$" or t.lower_ in _CURRENCIES for t in words) or (noun.like_num and _is_money(noun))


def _is_money(noun: Token) -> bool:
    return noun.tag_ == "$" or any(t.tag_ == "$" or t.lower_ in _CURRENCIES for t in noun.subtree)


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
