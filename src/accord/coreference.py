"""Coreference by rules: pronouns and descriptions joined to the entities they refer to.

Part of stage accord.actors.v5. "he", "her", "its", "they" take the antecedent that the
rules below choose (subjects first, then the nearest mention; gender where known; nothing
quoted for a pronoun outside the quotation); "the president", "the Ukrainian leader",
"His Majesty", "the bloc" and "his government" take the person or body named before, or
the office holder the knowledge base gives for the article's date. "it" is no state when a
thing is named as a subject between the state and "it" ("The move ... Unionists have
criticised it"), and a name that only modifies a thing ("a U.S. technology partner") is no
antecedent of "it".
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .nlp import doc_text
from .knowledge import ActorBase, Person
from .records import Entity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


#: Definite descriptions and the offices they can refer to.
TITLE_OFFICES: dict[str, set[str]] = {
    "president": {"President"},
    "vice president": {"Vice President"},
    "vice-president": {"Vice President"},
    "prime minister": {"Prime Minister"},
    "premier": {"Prime Minister"},
    "pm": {"Prime Minister"},
    "chancellor": {"Chancellor"},
    "leader": {"President", "Prime Minister", "Chancellor", "Supreme Leader", "King", "Queen", "Emperor"},
    "head of state": {"President", "King", "Queen", "Emperor"},
    "foreign minister": {"Foreign Minister"},
    "foreign secretary": {"Foreign Minister"},
    "secretary of state": {"Foreign Minister"},
    "defence minister": {"Defence Minister"},
    "defense minister": {"Defence Minister"},
    "defence secretary": {"Defence Minister"},
    "defense secretary": {"Defence Minister"},
    "secretary-general": {"Secretary-General"},
    "secretary general": {"Secretary-General"},
    "envoy": {"Special Envoy"},
    "special envoy": {"Special Envoy"},
    "spokesman": {"Spokesperson"},
    "spokeswoman": {"Spokesperson"},
    "spokesperson": {"Spokesperson"},
    "king": {"King"},
    "queen": {"Queen"},
    "high representative": {"High Representative"},
    "secretary": {"Foreign Minister", "Defence Minister", "Secretary-General"},
    "secretary of defense": {"Defence Minister"},
    "secretary of defence": {"Defence Minister"},
    "national security advisor": {"National Security Advisor"},
    "national security adviser": {"National Security Advisor"},
    "crown prince": {"Crown Prince"},
    "emir": {"Emir"},
    "supreme leader": {"Supreme Leader"},
    "army chief": {"Army Chief", "Chief of the General Staff"},
    "chief of staff": {"Chief of Staff"},
    "director-general": {"Director-General"},
    "director general": {"Director-General"},
    "commission president": {"Commission President"},
    "first lady": {"First Lady"},
    "second gentleman": {"Second Gentleman"},
    # Writers say "the prime minister" for a head of government; "the minister" is a minister.
    "minister": {"Foreign Minister", "Defence Minister", "Minister", "Interior Minister", "Finance Minister", "Economy Minister", "Trade Minister"},
}
_PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "himself": "male", "she": "female", "her": "female", "hers": "female", "herself": "female"}
_MAX_SENTENCES_BACK = 3


@dataclass
class Draft:
    """An entity being resolved: mutable until it is frozen into an Entity."""

    key: tuple[str, ...]
    text: str
    name: str
    label: str
    code: str | None = None
    sector: str | None = None
    office: str | None = None
    wikidata: str | None = None
    gender: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    #: Person nouns the text describes them with ("justice minister", "spokesman").
    descriptions: set[str] = field(default_factory=set)

    @property
    def is_person(self) -> bool:
        return self.label == "PERSON"

    def offices(self) -> set[str]:
        return {self.office} if self.office else set()

    def freeze(self) -> Entity:
        mentions = tuple(sorted(self.mentions, key=lambda m: m.start))
        sectors = Counter(m.sector for m in mentions if m.role == "actor" and m.sector)
        sector = self.sector if self.is_person or self.sector else (sectors.most_common(1)[0][0] if sectors else None)
        return Entity(
            text=self.text, name=self.name, label=self.label, code=self.code, sector=sector,
            office=self.office, wikidata=self.wikidata, mentions=mentions,
        )


HONORIFICS = {"majesty", "highness", "excellency", "holiness"}


def add_titles(doc: Doc, date: dt.date | None, kb: ActorBase, drafts: dict[tuple[str, ...], Draft], publisher: str | None = None) -> None:
    """Definite descriptions of people: 'the president', 'the Ukrainian leader'. `publisher` is
    the code of the government that published the article: its releases' bare titles
    ("The Vice President", "the Secretary of Defense") are its own officials."""
    taken = {i for d in drafts.values() for m in d.mentions if m.kind != "nationality" for i in range(m.start, m.end)}
    for token in doc:
        owner_code = None
        if token.lower_ in ("his", "her") and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("majesty", "highness"):
            _add_royal(doc, token, drafts)
            continue
        if token.lower_ != "the":
            # "Russia's foreign minister": a country's possessive works as "the Russian".
            ref = kb.lookup(token.text) if token.dep_ == "poss" and token.pos_ == "PROPN" else None
            if ref is None or ref.kind not in ("country", "capital") or token.i + 2 > len(doc) or doc[token.i + 1].tag_ != "POS":
                continue
            owner_code = ref.code
        found = _title_after(doc, token.i + (2 if owner_code else 1), kb)
        if found is None:
            continue
        titles = [found]
        # "the Vice President and Prime Minister": the second title shares the determiner.
        after = found[1]
        if after + 1 < len(doc) and doc[after].lower_ == "and" and (second := _title_after(doc, after + 1, kb)) is not None and second[3] is None:
            titles.append(second)
        for start, end, offices, code, name_end in titles:
            _add_title(doc, date, kb, drafts, taken, start, end, name_end, offices, code or owner_code, publisher)


def _add_title(
    doc: Doc, date: dt.date | None, kb: ActorBase, drafts: dict[tuple[str, ...], Draft], taken: set[int],
    start: int, end: int, name_end: int, offices: set[str], code: str | None, publisher: str | None = None,
) -> None:
    """One description of an office holder: the person named before, else the holder at the date;
    a title naming no country is the home state's (see `_home_state`) when that state has it."""
    span = doc[start:end]
    _drop_unplaced_names_inside(drafts, taken, span.start_char, doc[name_end - 1].idx + len(doc[name_end - 1].text))
    # "the president of France": France inside the description does not block it.
    if taken.intersection(range(span.start_char, doc[name_end - 1].idx + len(doc[name_end - 1].text))) or (end < len(doc) and doc[end].ent_type_ == "PERSON"):
        return  # "the Ukrainian President Volodymyr Zelensky": the name carries it
    _drop_mentions_inside(drafts, span.start_char, span.end_char)
    home = None if code else _home_state(drafts, kb, offices, publisher, before=span.start_char)
    target = _latest_person_with(drafts, offices, code or home, before=span.start_char)
    if target is None and home is None and code is None:
        target = _latest_person_with(drafts, offices, None, before=span.start_char)
    sector = target.sector if target is not None else None
    if target is None and (code or home):
        state = code or home
        assert state is not None
        holder = kb.holder(state, offices, date) if code or len(_holders(kb, state, offices, date)) == 1 else None
        if holder is not None:
            target = drafts.setdefault(("person", holder.name), _kb_person_draft(holder, date))
            sector = target.sector
        elif home is not None and home in kb.countries:
            # "the Secretary" in a release with two secretaries at the date, or "the First
            # Lady", whom the people table does not track: the state's office, no one named.
            name = kb.countries[home]["name"]
            target = drafts.setdefault(("country", home), Draft(key=("country", home), text=name, name=name, label="GPE", code=home))
            sector = _office_sector(kb, home, offices)
    body = doc[end + 1] if end + 1 < len(doc) and doc[end].tag_ == "POS" else None
    if body is not None and body.lemma_.lower() in NATIONAL_BODY_NOUNS and target is not None and target.code in kb.countries:
        # "the Prime Minister's Office", "the President's Chancellery": the state's body, not the person.
        state, name = target.code, kb.countries[target.code]["name"]
        target = drafts.setdefault(("country", state), Draft(key=("country", state), text=name, name=name, label="GPE", code=state))
        sector = NATIONAL_BODY_NOUNS[body.lemma_.lower()]
        span = doc[start:end + 2]
    if target is not None:
        target.mentions.append(
            Mention(start=span.start_char, end=span.end_char, text=span.text, label=target.label, role="actor", kind="title", sector=sector)
        )


def _drop_unplaced_names_inside(drafts: dict[tuple[str, ...], Draft], taken: set[int], start: int, end: int) -> None:
    """'the Secretary of Defense': a word of the title the tagger took for a name the knowledge
    base does not place ('Defense') is part of the title, not an actor of its own."""
    for draft in drafts.values():
        if draft.code or draft.is_person:
            continue
        inside = [m for m in draft.mentions if start <= m.start and m.end <= end]
        if inside:
            draft.mentions = [m for m in draft.mentions if m not in inside]
            taken.difference_update(i for m in inside for i in range(m.start, m.end))


def _home_state(drafts: dict[tuple[str, ...], Draft], kb: ActorBase, offices: set[str], publisher: str | None, *, before: int) -> str | None:
    """The state a bare title ('the Vice President') belongs to when it names none: the
    government that published the article, else the one state the story has named so far;
    only if that state has the office (the people table records it there). A publisher's
    release may also use a title the table tracks for no state at all ('the First Lady')."""
    if publisher is not None:
        if _has_office(kb, publisher, offices) or not any(t.office in offices for p in kb.people for t in p.tenures):
            return publisher
        return None
    states = {d.code for d in drafts.values() if d.code in kb.countries and any(m.start < before and m.role == "actor" for m in d.mentions)}
    if len(states) == 1 and _has_office(kb, (only := next(iter(states))), offices):
        return only
    return None


def _has_office(kb: ActorBase, code: str | None, offices: set[str]) -> bool:
    return code is not None and any(t.country == code and t.office in offices for p in kb.people for t in p.tenures)


def _holders(kb: ActorBase, code: str, offices: set[str], date: dt.date | None) -> set[str]:
    """Everyone holding one of `offices` for `code` at the date: 'the Secretary' is ambiguous when
    a state has a Secretary of State and a Secretary of Defense."""
    if date is None:
        return set()
    return {p.name for p in kb.people for t in p.tenures if t.country == code and t.office in offices and t.covers(date)}


def _office_sector(kb: ActorBase, code: str, offices: set[str]) -> str:
    """The sector the people table gives the state's holders of these offices (MIL for an army
    chief), GOV when it has none."""
    sectors = Counter(t.sector for p in kb.people for t in p.tenures if t.country == code and t.office in offices and t.sector)
    return sectors.most_common(1)[0][0] if sectors else "GOV"


#: Nouns that describe a person but name no office the knowledge base tracks.
PERSON_NOUNS = {"official", "spokesman", "spokeswoman", "spokesperson", "minister", "ambassador", "envoy", "diplomat", "leader", "general", "commander",
                 "lawmaker", "senator", "governor", "mayor", "chief", "director", "adviser", "advisor", "negotiator", "premier", "president", "secretary",
                 "chairman", "chairwoman", "head", "officer", "politician", "candidate", "prosecutor", "judge", "rabbi", "cleric", "activist", "analyst"}


def add_person_descriptions(doc: Doc, kb: ActorBase, drafts: dict[tuple[str, ...], Draft]) -> None:
    """'The justice minister said ...' after 'Australia's justice minister, Chris Ellison': a
    definite description refers to the person the text last described with the same noun."""
    taken = {i for d in drafts.values() for m in d.mentions for i in range(m.start, m.end)}
    for token in doc:
        if token.lower_ != "the" or token.dep_ != "det" or token.head.i <= token.i:
            continue
        noun = token.head
        if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.lower() not in PERSON_NOUNS or noun.idx in taken:
            continue
        words = [t for t in doc[token.i + 1:noun.i + 1]]
        if any(t.pos_ not in ("NOUN", "ADJ", "PROPN") for t in words):
            continue
        # "the justice minister" matches a person described so; "the Greens leader" also a
        # person described as "leader" (the party stays its own mention).
        phrase = " ".join([t.lower_ for t in words[:-1]] + [noun.lemma_.lower()])
        best: tuple[int, Draft] | None = None
        for keys in ([phrase], [noun.lemma_.lower()]) if len(words) > 1 else ([phrase],):
            best = _latest_described(drafts, set(keys), before=token.idx)
            if best is not None:
                break
        if best is None:
            continue
        target = best[1]
        start = next(t.idx for t in words if t.idx not in taken) if any(t.idx not in taken for t in words) else noun.idx
        end = noun.idx + len(noun.text)
        target.mentions.append(Mention(start=start, end=end, text=doc_text(doc)[start:end], label="PERSON", role="actor", kind="title", sector=target.sector))
        taken.update(range(start, end))


def _latest_described(drafts: dict[tuple[str, ...], Draft], keys: set[str], *, before: int) -> tuple[int, Draft] | None:
    """The person described with one of `keys` who was mentioned last before `before`."""
    best: tuple[int, Draft] | None = None
    for draft in drafts.values():
        if not draft.is_person or not (draft.descriptions & keys):
            continue
        earlier = [m.start for m in draft.mentions if m.start < before]
        if earlier and (best is None or max(earlier) > best[0]):
            best = (max(earlier), draft)
    return best


#: Descriptions of a body named earlier: "the bloc" is the EU where the EU is in the story.
BODY_DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "bloc": ("European Union",),
    "union": ("European Union",),
    "alliance": ("North Atlantic Treaty Organization",),
    "organisation": ("United Nations", "North Atlantic Treaty Organization"),
    "organization": ("United Nations", "North Atlantic Treaty Organization"),
}
#: Nouns for a state's executive: "his government" is the government of his country.
GOVERNMENT_NOUNS = {"government", "administration", "cabinet", "regime"}
#: Singular nouns for one state's institutions, and the sector they act in: "the cabinet",
#: "the Foreign Affairs Ministry", "the parliament", "the opposition" are the bodies of the
#: country the story is about unless the words name another ("the Polish ministry").
NATIONAL_BODY_NOUNS: dict[str, str] = {
    "government": "GOV", "administration": "GOV", "cabinet": "GOV", "regime": "GOV", "ministry": "GOV",
    "chancellery": "GOV", "chancellary": "GOV", "presidency": "GOV", "office": "GOV",
    "parliament": "LEG", "legislature": "LEG", "assembly": "LEG",
    "opposition": "OPP",
}
#: "the country's defenses": the state talked of just before.
_COUNTRY_NOUNS = {"country", "nation", "state", "emirate", "kingdom", "republic"}


def add_body_descriptions(doc: Doc, drafts: dict[tuple[str, ...], Draft], kb: ActorBase | None = None) -> None:
    """'the bloc' -> the EU and 'the alliance' -> NATO when named before; 'his government',
    'the Bush administration' -> the government of that person's country; 'the cabinet',
    'the Defense Ministry', 'the opposition' -> that body of the state the story is about."""
    taken = {i for d in drafts.values() for m in d.mentions for i in range(m.start, m.end)}
    by_name = {d.name: d for d in drafts.values()}
    for token in doc:
        if token.idx in taken or token.pos_ not in ("NOUN", "PROPN"):
            continue
        target: Draft | None = None
        sector: str | None = None
        start = token.idx
        determiner = next((c for c in token.children if c.dep_ in ("det", "poss")), None)
        names = BODY_DESCRIPTIONS.get(token.lower_)  # singular only: "the organisations" are others
        lemma = token.lemma_.lower()
        if names and determiner is not None and determiner.lower_ == "the":
            target = next((by_name[n] for n in names if n in by_name and min(m.start for m in by_name[n].mentions) < token.idx), None)
        elif lemma in GOVERNMENT_NOUNS and determiner is not None and determiner.lower_ != "the":
            owner = _owner(determiner, token, drafts)
            code = owner.code if owner is not None else _country_of(token, drafts)
            if code:
                target = drafts.get(("country", code))
                sector = "GOV"
        elif kb is not None and determiner is not None and determiner.lower_ == "the" and token.tag_ in ("NN", "NNP") and (
            lemma in NATIONAL_BODY_NOUNS or (lemma in _COUNTRY_NOUNS and token.dep_ in ("poss", "nsubj", "nsubjpass"))
        ):
            if lemma == "office" and not any(c.dep_ == "poss" for c in token.children):
                continue  # only "the Prime Minister's Office", not "the office"
            words = [t for t in token.subtree if t.i < token.i and t.i > determiner.i] + [token]
            words += [t for t in token.rights if t.dep_ == "prep" and t.lower_ == "of" for t in t.subtree]
            leader = next((d for t in words if t.i != token.i for d in drafts.values() if d.is_person and any(m.start <= t.idx < m.end for m in d.mentions)), None)
            if leader is None and any(t.i != token.i and t.ent_type_ in ("PERSON", "ORG") and t.pos_ == "PROPN" and t.lower_ not in _TITLE_PARTS for t in words):
                continue  # a name the knowledge base does not place: no guessing
            # "the Bush administration" is the government of Bush's state.
            code = leader.code if leader is not None else _code_among(words, kb) or (_country_of(token, drafts) if lemma not in _COUNTRY_NOUNS else None)
            if code is None:
                code = _nearest_state(doc, drafts, token) if lemma in _COUNTRY_NOUNS else _story_state(drafts, kb, before=token.idx)
            if code is None:
                continue
            target = drafts.get(("country", code))
            if target is None and code in kb.countries:
                target = drafts.setdefault(("country", code), Draft(key=("country", code), text=kb.countries[code]["name"], name=kb.countries[code]["name"], label="GPE", code=code))
            sector = "GOV" if lemma in _COUNTRY_NOUNS else NATIONAL_BODY_NOUNS[lemma]
            if leader is not None:  # "the Bush administration": "Bush" is his own mention
                words = [t for t in words if not any(m.start <= t.idx < m.end for m in leader.mentions)]
            start = min(t.idx for t in words)
            end = max(t.idx + len(t.text) for t in words)
            if target is not None:
                target.mentions.append(Mention(start=start, end=end, text=doc_text(doc)[start:end], label=target.label, role="actor", kind="title", sector=sector))
            continue
        if target is None:
            continue
        target.mentions.append(Mention(start=start, end=start + len(token.text), text=token.text, label=target.label, role="actor", kind="title", sector=sector or target.sector))


#: Capitalised words that belong to a body's title, not a name inside it.
_TITLE_PARTS = {"foreign", "affairs", "defense", "defence", "interior", "prime", "minister", "president", "ministry", "finance", "justice", "state", "office", "'s"}


def _code_among(words: list[Token], kb: ActorBase) -> str | None:
    """A country or nationality among a description's words: 'the Polish Foreign Ministry'."""
    for size in (3, 2, 1):  # "the North Korean government" is PRK, not "Korean"
        for i in range(len(words) - size + 1):
            run = words[i:i + size]
            if any(b.i != a.i + 1 for a, b in zip(run, run[1:])):
                continue
            ref = kb.lookup(" ".join(t.text for t in run))
            if ref is not None and ref.code and ref.kind in ("adjective", "country"):
                return ref.code
    return None


def _nearest_state(doc: Doc, drafts: dict[tuple[str, ...], Draft], token: Token) -> str | None:
    """The state named as an actor last before the token, within this or the previous sentence."""
    sentence = token.sent
    low = doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
    best: tuple[bool, int, str] | None = None
    for draft in drafts.values():
        if draft.label != "GPE" or not draft.code:
            continue
        for mention in draft.mentions:
            if not (low <= mention.start < token.idx and mention.role == "actor"):
                continue
            # "Kuwait is worried about a strike on Iran. The emirate has said ...": a subject
            # before an object.
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            candidate = (span is not None and span.root.dep_ in ("nsubj", "nsubjpass"), mention.start, draft.code)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
    return best[2] if best else None


def _story_state(drafts: dict[tuple[str, ...], Draft], kb: ActorBase, *, before: int) -> str | None:
    """The state the story is about so far: the one with the most actor mentions (its name,
    its officials) before this point; on a tie, the latest."""
    counts: Counter[str] = Counter()
    latest: dict[str, int] = {}
    for draft in drafts.values():
        if not draft.code or draft.code not in kb.countries:
            continue
        for mention in draft.mentions:
            if mention.start < before and mention.role == "actor":
                counts[draft.code] += 1
                latest[draft.code] = max(latest.get(draft.code, -1), mention.start)
    if not counts:
        return None
    return max(counts, key=lambda code: (counts[code], latest[code]))


def _country_of(noun: Token, drafts: dict[tuple[str, ...], Draft]) -> str | None:
    """The country in 'the government of Kosovo' or 'Serbia's government'."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for owner in owners:
        for draft in drafts.values():
            if draft.label == "GPE" and draft.code and any(m.start <= owner.idx < m.end for m in draft.mentions):
                return draft.code
    return None


def _owner(determiner: Token, noun: Token, drafts: dict[tuple[str, ...], Draft]) -> Draft | None:
    """Whose government: the person a possessive pronoun or a name before the noun stands for."""
    for draft in drafts.values():
        if not draft.is_person:
            continue
        for mention in draft.mentions:
            if mention.start == determiner.idx:
                return draft
    compound = [c for c in noun.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"]
    for token in compound:
        for draft in drafts.values():
            if draft.is_person and any(m.start <= token.idx < m.end for m in draft.mentions):
                return draft
    return None


_ROYAL_TITLES = {"king", "queen", "emir", "emperor", "sultan"}


def _preceded_by(doc: Doc, mention: Mention, words: set[str]) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in words


def _add_royal(doc: Doc, token: Token, drafts: dict[tuple[str, ...], Draft]) -> None:
    """'His Majesty' is the monarch named in the article: the latest king, queen or emir before it."""
    span = doc[token.i:token.i + 2]
    target = _latest_person_with(drafts, {"King", "Queen", "Emir", "Emperor", "Grand Duke", "Crown Prince"}, None, before=span.start_char)
    if target is None:
        # The monarch may be named with a title the knowledge base lacks ("King Abdullah II"):
        # take the latest person whose name follows "King" or "Queen".
        kings = [d for d in drafts.values() if d.is_person and any(_preceded_by(doc, m, _ROYAL_TITLES) for m in d.mentions)]
        target = max(kings, key=lambda d: min(m.start for m in d.mentions), default=None)
    if target is not None:
        target.mentions.append(Mention(start=span.start_char, end=span.end_char, text=span.text, label="PERSON", role="actor", kind="title", sector=target.sector))


def _drop_mentions_inside(drafts: dict[tuple[str, ...], Draft], start: int, end: int) -> None:
    """A nationality inside a description ('the Moldovan president') is part of that one mention."""
    for draft in drafts.values():
        draft.mentions = [m for m in draft.mentions if not (m.kind == "nationality" and start <= m.start and m.end <= end)]


#: Adjectives that may stand inside a description of a current office holder.
_CURRENT_WORDS = {"current", "new", "acting", "incoming", "sitting", "interim"}


def _title_after(doc: Doc, i: int, kb: ActorBase) -> tuple[int, int, set[str], str | None, int] | None:
    """The office title starting at token i: (start, end, offices, country code, end of the title
    words before any 'of France')."""
    code = None
    start = i
    if i < len(doc) and doc[i].lower_ in _CURRENT_WORDS:
        i += 1  # "Poland's current President"
    if i < len(doc) and (ref := kb.lookup(doc[i].text)) is not None and ref.kind in ("adjective", "country") and doc[i].pos_ in ("ADJ", "PROPN"):
        code = ref.code
        i += 1
    for size in (3, 2, 1):
        phrase = " ".join(t.lower_ for t in doc[i:i + size])
        phrase = phrase.replace(" - ", "-").replace(" -", "-").replace("- ", "-")
        if phrase in TITLE_OFFICES and i + size <= len(doc):
            end = name_end = i + size
            if end < len(doc) and doc[end].lower_ in ("of",) and end + 1 < len(doc):
                for width in (3, 2, 1):  # "the president of France", "the prime minister of New Zealand"
                    ref = kb.lookup(doc[end + 1:end + 1 + width].text) if end + 1 + width <= len(doc) else None
                    if ref is not None and ref.kind == "country":
                        code, end = ref.code, end + 1 + width
                        break
            return start, end, TITLE_OFFICES[phrase], code, name_end
    return None


def _latest_person_with(drafts: dict[tuple[str, ...], Draft], offices: set[str], code: str | None, *, before: int) -> Draft | None:
    """The holder of one of `offices` named before: the most talked-about one so far, then the
    latest ("President Biden ... President Abbas ... The President" is Biden in a Biden readout)."""
    best: tuple[int, int, Draft] | None = None
    for draft in drafts.values():
        if not draft.is_person or not (draft.offices() & offices) or (code and draft.code != code):
            continue
        earlier = [m.start for m in draft.mentions if m.start < before]
        if earlier and (best is None or (len(earlier), max(earlier)) > best[:2]):
            best = (len(earlier), max(earlier), draft)
    return best[2] if best else None


def _kb_person_draft(person: Person, date: dt.date | None) -> Draft:
    tenure = person.office_at(date)
    return Draft(
        key=("person", person.name), text=person.name, name=person.name, label="PERSON",
        code=tenure.country if tenure else None, sector=tenure.sector if tenure else None,
        office=tenure.office if tenure else None, wikidata=person.wikidata, gender=person.gender,
    )


def add_pronouns(doc: Doc, drafts: list[Draft]) -> None:
    """he/she/his/her -> the person they refer to; it/its -> the state or organisation;
    by subject preference, recency and gender."""
    people = [d for d in drafts if d.is_person]
    bodies = [d for d in drafts if not d.is_person and d.code and d.label in ("GPE", "ORG")]
    sentences = list(doc.sents)
    sentence_of = {token.i: n for n, sent in enumerate(sentences) for token in sent}
    quoted = _quoted_offsets(doc_text(doc))
    for token in doc:
        if token.pos_ != "PRON" or (token.i + 1 < len(doc) and doc[token.i + 1].lower_ in HONORIFICS):
            continue
        gender = _PRONOUN_GENDER.get(token.lower_)
        if gender is not None:
            # Outside a quotation, "he said" refers to someone the narrative names, not to a
            # person the quoted speaker talked about.
            outside = token.idx not in quoted
            candidates = [_outside_quotes(d, quoted) for d in people] if outside else people
            target = _antecedent(doc, token, gender, [d for d in candidates if d.mentions], sentences, sentence_of)
            target = next((d for d in people if target is not None and d.key == target.key), None)
        elif token.lower_ in ("it", "its", "itself") and not _is_expletive(token):
            target = _antecedent(doc, token, None, bodies, sentences, sentence_of, actors_only=True, reach=1, heads_only=True)
            if target is not None and _thing_in_between(doc, token, target, sentences, sentence_of):
                target = None
        elif token.lower_ in ("they", "them", "their", "themselves"):
            _add_plural_pronoun(doc, token, bodies, sentences, sentence_of)
            continue
        else:
            continue
        if target is None:
            continue
        if gender:
            target.gender = target.gender or gender
        target.mentions.append(
            Mention(
                start=token.idx, end=token.idx + len(token.text), text=token.text,
                label="PERSON" if target.is_person else target.label, role="actor", kind="pronoun",
                sector=target.sector if target.is_person else _body_sector(target),
            )
        )


def _quoted_offsets(text: str) -> set[int]:
    """Character offsets inside quotation marks (curly or straight, paired)."""
    inside: set[int] = set()
    for match in re.finditer(r"“[^”]*”|\"[^\"\n]*\"", text):
        inside.update(range(match.start(), match.end()))
    return inside


def _outside_quotes(draft: Draft, quoted: set[int]) -> Draft:
    """The same draft, seen with only its mentions outside quotation marks."""
    return replace(draft, mentions=[m for m in draft.mentions if m.start not in quoted])


def _add_plural_pronoun(doc: Doc, pronoun: Token, bodies: list[Draft], sentences: list[Span], sentence_of: dict[int, int]) -> None:
    """they/their -> a plural actor named just before: 'Moldovan officials said that they ...'.
    Only nationality words on a plural noun and plural people nouns qualify; a 'they' with no
    such antecedent in its own or the previous sentence is left alone."""
    here = sentence_of[pronoun.i]
    best: tuple[bool, int, Draft, Mention] | None = None
    for draft in bodies:
        for mention in draft.mentions:
            if mention.kind != "nationality" or mention.role != "actor" or mention.start >= pronoun.idx:
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or sentence_of[span.root.i] < here - 1:
                continue
            noun = span.root.head if span.root.dep_ in ("amod", "compound") else span.root
            if noun.tag_ not in ("NNS", "NNPS"):
                continue
            is_subject = noun.dep_ in ("nsubj", "nsubjpass")
            if pronoun.dep_ in ("nsubj", "nsubjpass") and not is_subject and sentence_of[span.root.i] < here:
                continue  # "ties with the Palestinian people. They discussed ...": they are the talkers
            candidate = (is_subject, mention.start, draft, mention)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
    if best is not None:
        _subject, _start, draft, mention = best
        draft.mentions.append(
            Mention(start=pronoun.idx, end=pronoun.idx + len(pronoun.text), text=pronoun.text, label=draft.label, role="actor", kind="pronoun", sector=mention.sector)
        )


def _is_expletive(token: Token) -> bool:
    """'it is clear that', 'it was agreed': an 'it' that refers to nothing."""
    if token.dep_ == "expl":
        return True
    head = token.head
    if token.lower_ != "it" or head.lemma_ not in ("be", "seem", "appear", "remain", "take", "make"):
        return False
    if any(c.dep_ in ("ccomp", "xcomp") for c in head.children):
        return True  # "it seems that ...", "it takes time to ..."
    # "it is clear that", "it was important to": an evaluation with a clause after it. "It
    # would be willing to take part" has a subject that acts.
    return any(c.dep_ in ("acomp", "attr") and c.lemma_ in _EVALUATIONS for c in head.children)


#: Adjectives and nouns of an expletive "it is ... that/to".
_EVALUATIONS = {"clear", "unclear", "important", "necessary", "possible", "impossible", "likely", "unlikely", "difficult", "hard", "easy", "true", "essential",
                "vital", "crucial", "time", "obvious", "evident", "apparent", "certain", "uncertain", "expected", "known", "thought", "believed", "said", "reported", "understood",
                "worth", "right", "wrong", "good", "bad", "better", "best", "fair", "enough", "sad", "surprising", "critical", "imperative", "urgent", "interesting", "matter", "question", "shame", "pity"}


#: Nouns that may stand for a state or a body, and so are no rival antecedent of "it".
_BODY_WORDS = GOVERNMENT_NOUNS | {"country", "nation", "state", "alliance", "bloc", "union", "organization", "organisation", "council", "ministry",
                                  "army", "military", "force", "navy", "party", "group", "company", "agency", "committee", "parliament", "court", "side",
                                  "kingdom", "republic", "coalition", "movement", "authority", "commission", "department", "office", "bank", "embassy"}


#: Nouns of a state's acts and agents: the name modifying them is their actor ("U.S. plans to deploy").
_AGENT_HEADS = {"plan", "policy", "decision", "proposal", "position", "action", "attack", "invasion", "aggression", "program", "programme", "strategy",
                "effort", "move", "initiative", "statement", "response", "offer", "demand", "support", "aid", "assistance", "troop", "soldier", "official",
                "leader", "president", "minister", "diplomat", "sanction", "delegation", "negotiator", "envoy", "intervention", "withdrawal", "deployment"}


def _thing_in_between(doc: Doc, pronoun: Token, target: Draft, sentences: list[Span], sentence_of: dict[int, int]) -> bool:
    """'The move has been welcomed by Nationalists, while Unionists have criticised it', 'Bird
    flu will be discussed because it could harm our people': a thing named as a subject after
    the last mention of the state or body, and before "it", is what "it" refers to."""
    last = max((m.start for m in target.mentions if m.start < pronoun.idx and m.kind != "pronoun"), default=None)
    if last is None:
        return False
    here = sentence_of[pronoun.i]
    start = sentences[here - 1].start if here > 0 else sentences[here].start
    for token in doc[start:pronoun.i]:
        if token.idx <= last or token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "NOUN" or token.tag_ != "NN":
            continue
        if token.lemma_.lower() in _BODY_WORDS or token.ent_type_:
            continue
        if any(c.dep_ == "poss" and (c.lower_ in ("its", "their") or any(m.start <= c.idx < m.end for m in target.mentions)) for c in token.children):
            continue  # "Iran notes that its nuclear program is civilian ...", "Washington's outlook": the body's own thing
        return True
    return False


def _body_sector(draft: Draft) -> str | None:
    """A state referred to by 'it' acts as its government; an organisation as itself."""
    sectors = Counter(m.sector for m in draft.mentions if m.role == "actor" and m.sector)
    if sectors:
        return sectors.most_common(1)[0][0]
    return "GOV" if draft.label == "GPE" else None


def _co_argument(pronoun: Token, candidate: Token) -> bool:
    """True when an object pronoun and a candidate are subject and object of one verb: "Putin
    had invited him" cannot be Putin inviting himself (that would be "himself")."""
    if pronoun.lower_ not in ("him", "her", "them") or pronoun.dep_ not in ("dobj", "dative", "pobj"):
        return False
    governor = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    return candidate.dep_ in ("nsubj", "nsubjpass") and candidate.head.i == governor.i


def _antecedent(
    doc: Doc, pronoun: Token, gender: str | None, people: list[Draft], sentences: list[Span], sentence_of: dict[int, int],
    *, actors_only: bool = False, reach: int = _MAX_SENTENCES_BACK, heads_only: bool = False,
) -> Draft | None:
    """The draft a pronoun refers to. With `heads_only`, a name that only modifies another noun
    ("a U.S. technology partner") is no antecedent."""
    here = sentence_of[pronoun.i]
    for back in range(0, reach + 1):
        n = here - back
        if n < 0:
            break
        sentence = sentences[n]
        candidates: list[tuple[bool, bool, int, Draft]] = []
        for draft in people:
            if gender and draft.gender and draft.gender != gender:
                continue
            for mention in draft.mentions:
                if not (sentence.start_char <= mention.start < sentence.end_char) or mention.start >= pronoun.idx or mention.kind == "pronoun" and back == 0:
                    continue
                if actors_only and mention.role != "actor":
                    continue
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None and _co_argument(pronoun, span.root):
                    continue
                if heads_only and span is not None and span.root.dep_ in ("compound", "amod") and span.root.head.pos_ == "NOUN" and span.root.head.lemma_.lower() not in _BODY_WORDS | _AGENT_HEADS:
                    continue  # "the Belarusian regime", "U.S. plans" are the state's; "a U.S. technology partner" is not the United States
                is_subject = span is not None and span.root.dep_ in ("nsubj", "nsubjpass")
                # "Zelensky commented on reports that Putin had invited him. He dismissed ...":
                # the subject of the main clause is more salient than one inside a clause.
                verb = span.root.head if span is not None else None
                in_noun_clause = verb is not None and (verb.dep_ in ("acl", "relcl") or (verb.dep_ == "ccomp" and verb.head.pos_ in ("NOUN", "PROPN")))
                candidates.append((not (in_noun_clause and back > 0), is_subject, mention.start, draft))
        if candidates:
            # Subjects first, then the nearest mention; in an earlier sentence, not the subject
            # of a clause that hangs on a noun ("reports that Putin had invited him").
            return max(candidates, key=lambda c: (c[0], c[1], c[2]))[3]
    return None
