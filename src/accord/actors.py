"""Who: entities resolved to actors, with coreference (stage accord.actors.v5).

Takes the entities of the entities stage and the parse, and gives each a PLOVER code,
sector, office and Wikidata id from the knowledge base at the article's date; tells
actors from places ("Moscow has opposed" vs "in Moscow"; a city named as a part, a home, a
landmark or a city office is a place: "north London", "a man from London", "the Berlin Wall",
"the mayor of Antananarivo", "flights to and from Kabul"); reads the office and nationality
of people the knowledge base does not know from the words around their name
("Ukrainian lawmaker Oleksandr Merezhko"; a rebel group's or party's leader acts for the
group: "SLM leader ..." is SDN, REB); and adds the pronouns ("he", "her") and
definite descriptions ("the president", "the Ukrainian leader") that refer to people,
by rules that are tested one by one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from .nlp import doc_text
from .coreference import GOVERNMENT_NOUNS, HONORIFICS, PERSON_NOUNS, Draft, add_body_descriptions, add_person_descriptions, add_pronouns, add_titles
from .knowledge import ActorBase, ActorRef, Person, fold
from .records import Article, Entity, Mention, MentionRole

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

EXTRACTOR = "accord.actors.v5"

#: Prepositions after which a place name is a location, not an actor.
LOCATIVE_PREPOSITIONS = {"in", "at", "inside", "within", "near", "across", "throughout", "around", "into", "outside", "over", "via", "through", "onto", "toward", "towards", "beyond"}
#: Prepositions that name a topic: "talks on Kosovo", "a dispute over Crimea".
TOPIC_PREPOSITIONS = {"on", "about", "regarding", "concerning"}
#: Nouns whose country complement or modifier is a subject of discussion, not an actor.
TOPIC_WORDS = {"view", "position", "policy", "stance", "talk", "dispute", "issue", "debate", "question", "agenda", "theme", "comment", "remark", "opinion", "rebuff", "focus"}
#: Nouns whose "of" complement or owner is a location: "the occupation of Palestine", "Israel's north".
REGION_NOUNS = {"capital", "city", "region", "part", "territory", "north", "south", "east", "west", "centre", "center", "occupation", "soil", "coast", "airspace", "waters", "heart", "outskirts", "province", "district",
                "status", "resource", "university", "port", "airport", "zone", "countryside", "mountain", "village", "town"}
#: People nouns whose "at"/"in" complement is who they work for: "officials at the State Department".
AFFILIATION_NOUNS = {"official", "officer", "spokesman", "spokeswoman", "spokesperson", "diplomat", "source", "aide", "staff", "employee", "analyst"}
#: Verbs whose object or "to"/"from" complement is a destination or origin.
MOTION_VERBS = {"visit", "travel", "go", "fly", "arrive", "return", "come", "leave", "enter", "reach", "head", "move", "deploy", "withdraw", "flee", "cross", "land", "tour"}
#: Nouns of travel whose "to"/"from" complement is a destination: "her flight to Washington".
MOTION_NOUNS = {"visit", "trip", "flight", "journey", "travel", "tour", "way", "return", "road", "route", "mission", "deployment", "move"}
#: Verbs whose object is what is talked about: "they also discussed Ukraine".
DISCUSSION_VERBS = {"discuss", "debate", "review", "address"}
#: Verbs whose object, when it is a city, is a target or a destination.
TARGET_VERBS = {"attack", "bomb", "strike", "hit", "shell", "target", "besiege", "capture", "seize", "occupy", "raid", "encircle", "surround", "liberate", "invade"}
#: Nouns a place name modifies as the venue of an event ("the Paris summit").
EVENT_NOUNS = {"summit", "talks", "talk", "pledge", "meeting", "conference", "visit", "trip", "forum", "negotiations", "format", "process", "agreement", "accord", "accords", "declaration", "treaty", "protocol", "round", "ceremony", "communique"}

#: Nouns of armed action: the nation named with them acts through its forces.
MILITARY_ACTION_NOUNS = {"invasion", "aggression", "attack", "offensive", "strike", "airstrike", "bombardment", "shelling", "incursion", "occupation", "assault", "war", "troop", "force", "army", "navy", "missile", "drone", "raid", "operation", "buildup", "build-up", "advance", "counteroffensive",
                         "ship", "warship", "frigate", "destroyer", "minesweeper", "submarine", "jet", "fighter", "tank", "soldier", "artillery", "patrol", "convoy", "unit", "battalion", "brigade"}
#: Nouns of what happens to a city: "the battle of Kyiv", "the siege of Mariupol".
CITY_EVENT_NOUNS = {"battle", "siege", "fall", "liberation", "capture", "defence", "defense", "bombing", "shelling", "blockade", "evacuation"}
#: Nouns of news media: the nation named with them speaks through its press.
MEDIA_NOUNS = {"channel", "television", "paper", "newspaper", "media", "broadcaster", "press", "gazette", "daily", "outlet", "radio", "tv"}
#: Nouns of state action: the nation named with them acts through its government.
STATE_ACTION_NOUNS = {"government", "authority", "counterpart", "conflict", "settlement", "expansion", "policy", "position", "stance", "decision", "sanction", "proposal", "plan", "demand", "negotiator", "delegation", "side", "leadership", "administration", "regime", "diplomacy", "recognition", "support", "aid", "assistance", "statement", "response", "withdrawal", "annexation", "claim", "veto", "election", "referendum", "offer", "action", "pledge", "contribution", "commitment", "refusal", "objection", "opposition", "approval", "initiative",
                      "negotiation", "talk", "relation", "tie", "dialogue", "leader", "institution", "behavior", "behaviour", "official", "mediation", "cooperation", "partnership"}

#: Nouns of a nation's people rather than its state: "American family members", "Serb anger".
CIVILIAN_NOUNS = {"family", "member", "citizen", "civilian", "people", "anger", "rally", "public", "resident", "student", "worker", "protester", "voter", "population", "crowd", "demonstrator", "tourist", "national"}

#: Words for a part of a city: "north London", "central Kabul".
_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "downtown", "northeast", "northwest", "southeast", "southwest", "greater"}
#: People a city is the home of, not the government of: "a man from London".
_PEOPLE_NOUNS = {"man", "woman", "men", "women", "boy", "girl", "child", "journalist", "businessman", "native", "family", "teenager"}
#: A city's own offices, whose "of" phrase is the city itself: "the mayor of Antananarivo".
_CITY_OFFICES = {"mayor", "governor", "municipality", "suburb", "neighborhood", "neighbourhood", "street", "outskirt"}

_HONORIFIC_GENDER = {"mr": "male", "mr.": "male", "mrs": "female", "mrs.": "female", "ms": "female", "ms.": "female"}
#: Nationality-looking words the small model sometimes tags PERSON ("Moldovan President ...").
_TITLE_WORD = re.compile(r"^[A-Z][a-z]+(?:an|ian|ese|ish|ic|i|ch)$")


def resolve_actors(doc: Doc, article: Article, entities: tuple[Entity, ...], *, kb: ActorBase) -> tuple[Entity, ...]:
    """The article's entities with codes, sectors, offices, roles and coreferent mentions."""
    date = article.published
    context_codes = {ref.code for e in entities for m in e.mentions if (ref := kb.lookup(m.text)) and ref.kind != "metonym"}
    entities = tuple(_split_compounds(e, kb) for e in entities if not _only_title_words(e, doc, kb))
    drafts: dict[tuple[str, ...], Draft] = {}
    for entity in (*_one_referent_each(entities, kb), *_names_ner_missed(doc, entities, kb)):
        for draft in _leaders_and_government(entity, date, kb) or [_resolve_entity(entity, doc, date, kb, context_codes)]:
            if draft.key in drafts:
                kept = drafts[draft.key]
                kept.mentions.extend(draft.mentions)
                if len(draft.text) > len(kept.text):
                    kept.text = draft.text
            else:
                drafts[draft.key] = draft
    _place_unplaced_officials(doc, drafts)
    add_titles(doc, date, kb, drafts, _publisher_code(article, kb))
    add_person_descriptions(doc, kb, drafts)
    add_pronouns(doc, list(drafts.values()))
    # After pronouns: "his government" needs to know who "his" is.
    add_body_descriptions(doc, drafts, kb)
    ordered = sorted(drafts.values(), key=lambda d: min((m.start for m in d.mentions), default=0))
    return tuple(d.freeze() for d in ordered if d.mentions)


def _publisher_code(article: Article, kb: ActorBase) -> str | None:
    """The state whose government published the article ("The White House"), as
    `clauses.publisher_of` finds it."""
    ref = kb.lookup(article.source) if article.source else None
    return ref.code if ref is not None and ref.kind == "metonym" and ref.sector == "GOV" and ref.code else None


def _only_title_words(entity: Entity, doc: Doc, kb: ActorBase) -> bool:
    """'Defence' in 'Defence Minister', or 'Ministry', tagged as an organisation, is part of a
    title, not a name."""
    def in_title(mention: Mention) -> bool:
        if mention.text.lower() in HONORIFICS:
            return True  # "His Majesty" is a description, resolved with the other titles
        if kb.lookup(mention.text) is not None:
            return False
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        following = doc[span.end].text if span is not None and span.end < len(doc) else ""
        return kb.sector_of(mention.text) is not None or kb.sector_of(f"{mention.text} {following}") is not None

    return all(in_title(m) for m in entity.mentions)


_PREFIX = re.compile(r"^(?:anti|pro|non|ex|post|pre)-(?=\w)", re.I)


def _split_compounds(entity: Entity, kb: ActorBase) -> Entity:
    """'U.S.-Russia' is two names: split a hyphenated mention whose every part is known;
    'anti-Musharraf' and 'pro-American' name Musharraf and America."""
    mentions: list[Mention] = []
    for mention in entity.mentions:
        if prefix := _PREFIX.match(mention.text):
            mention = Mention(start=mention.start + prefix.end(), end=mention.end, text=mention.text[prefix.end():], label=mention.label)
        parts = mention.text.split("-")
        if len(parts) > 1 and all(kb.lookup(p) is not None for p in parts):
            offset = mention.start
            for part in parts:
                mentions.append(Mention(start=offset, end=offset + len(part), text=part, label=mention.label))
                offset += len(part) + 1
        else:
            mentions.append(mention)
    return _rebuilt(entity, mentions)


def _rebuilt(entity: Entity, mentions: list[Mention]) -> Entity:
    """The entity with other mentions, named by the fullest of them (itself if nothing changed)."""
    if mentions == list(entity.mentions):
        return entity
    text = max((m.text for m in mentions), key=len)
    return Entity(text=text, name=text, label=entity.label, mentions=tuple(mentions))


def _one_referent_each(entities: tuple[Entity, ...], kb: ActorBase) -> list[Entity]:
    """An entity whose mentions name different known referents (after splitting) becomes one entity each."""
    result: list[Entity] = []
    for entity in entities:
        groups: dict[object, list[Mention]] = {}
        for mention in entity.mentions:
            ref = kb.lookup(mention.text) if entity.label != "PERSON" else None
            groups.setdefault(ref.key if ref else None, []).append(mention)
        if len(groups) == 1:
            result.append(entity)
            continue
        result.extend(_rebuilt(entity, mentions) for mentions in groups.values())
    return result


def _names_ner_missed(doc: Doc, entities: tuple[Entity, ...], kb: ActorBase) -> list[Entity]:
    """Known places, bodies and people the NER left out ('Kyiv rejected ...', 'King Abdullah II'),
    found by the knowledge base."""
    covered = {i for e in entities for m in e.mentions for i in range(m.start, m.end)}
    found: list[Entity] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.pos_ not in ("PROPN", "ADJ") or not token.text[:1].isupper() or token.idx in covered or token.ent_type_ in ("PERSON", "DATE", "TIME", "MONEY", "CARDINAL"):
            i += 1
            continue
        if "-" in token.text and all(kb.lookup(part) is not None for part in token.text.split("-")):
            # "U.S.-UAE coordination": one token the NER left out, two known names.
            split = _split_compounds(Entity(text=token.text, name=token.text, label="GPE", mentions=(Mention(start=token.idx, end=token.idx + len(token.text), text=token.text, label="GPE"),)), kb)
            found.extend(Entity(text=m.text, name=m.text, label="GPE", mentions=(m,)) for m in split.mentions)
            i += 1
            continue
        for size in (4, 3, 2, 1):
            span = doc[i:i + size]
            if len(span) < size or any(t.pos_ not in ("PROPN", "ADJ") or t.idx in covered for t in span):
                continue
            if size > 1 and all(t.pos_ == "PROPN" for t in span) and kb.people_by_name.get(fold(span.text)):
                mention = Mention(start=span.start_char, end=span.end_char, text=span.text, label="PERSON")
                found.append(Entity(text=span.text, name=span.text, label="PERSON", mentions=(mention,)))
                i += size
                break
            ref = kb.lookup(span.text)
            # A nationality word counts only where it modifies a noun ("Taiwanese officials").
            if ref is not None and (ref.kind != "adjective" or (span.root.dep_ in ("amod", "compound") and span.root.head.pos_ == "NOUN")):
                label = {"organisation": "ORG", "metonym": "ORG", "adjective": "NORP"}.get(ref.kind, "GPE")
                mention = Mention(start=span.start_char, end=span.end_char, text=span.text, label=label)
                found.append(Entity(text=span.text, name=span.text, label=label, mentions=(mention,)))
                i += size
                break
        else:
            i += 1
    return found


def _resolve_entity(entity: Entity, doc: Doc, date: dt.date | None, kb: ActorBase, context_codes: set[str | None]) -> Draft:
    if entity.label == "PERSON":
        entity = _trim_titles(entity, doc, kb)
    person = _known_person(entity, date, kb)
    if person is not None:
        return _person_draft(entity, person, date, doc, kb, context_codes)
    ref = _place_or_body(entity, kb, context_codes)
    if ref is not None:
        return _ref_draft(entity, ref, doc, kb)
    if entity.label == "PERSON":
        return _unknown_person_draft(entity, doc, kb, context_codes)
    draft = Draft(key=("text", fold(entity.name), entity.label), text=entity.text, name=entity.name, label=entity.label)
    if entity.label == "ORG":
        code, sector = _organisation_context(entity.text, kb)
        if code is None:
            code, sector = _leaders_government(entity.text, date, kb)
        if code:
            draft.code = code
            draft.mentions = [_with(m, role=_role(doc, m, ref=None), kind="name", sector=sector) for m in entity.mentions]
            return draft
    # Unknown names and groups ("European leaders", "Western"): kept as they are, no invented code.
    draft.mentions = [_with(m, role=_role(doc, m, ref=None), kind="group" if entity.label == "NORP" else "name") for m in entity.mentions]
    return draft


def _organisation_context(name: str, kb: ActorBase) -> tuple[str | None, str | None]:
    """'Jordanian Armed Forces' -> JOR MIL, 'Polish Foreign Ministry' -> POL GOV: the country in
    the name and the sector of its head noun."""
    words = name.replace(" of ", " ").split()
    # Longest first: "North Korean government" is PRK, not "Korean".
    phrases = [" ".join(words[i:i + size]) for size in (3, 2, 1) for i in range(len(words) - size + 1)]
    found = next((ref for w in phrases if (ref := kb.lookup(w)) and ref.kind in ("adjective", "country", "place")), None)
    if found is None or found.code is None:
        return None, None
    code = found.code
    lowered = [w.lower() for w in words]
    # The head is last in "Jordanian Armed Forces", first in "Government of Kosovo".
    candidates = [" ".join(lowered[-size:]) for size in (3, 2, 1)] + lowered
    sector = next((sector for phrase in candidates if (sector := kb.sector_of(phrase)) and sector != "NGO"), None)
    if sector == "GOV" and found.sector:
        sector = found.sector  # "the Transnistrian regime" is the breakaway authorities, REB
    return code, sector


def _leaders_government(name: str, date: dt.date | None, kb: ActorBase) -> tuple[str | None, str | None]:
    """'the Biden Administration', 'the Netanyahu government': the government of that leader's state."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in GOVERNMENT_NOUNS:
        return None, None
    person = kb.person(" ".join(words[:-1]), date)
    tenure = person.last_office_before(date) if person else None
    return (tenure.country, "GOV") if tenure and tenure.country not in ("EUR", "UNO", "IGO") else (None, None)


_LEADERS_GOVERNMENT = re.compile(r"^(?P<names>[A-Z][\w'’]+(?:-[A-Z][\w'’]+)*)\s+(?P<noun>[Aa]dministration|[Gg]overnment|[Cc]abinet)$")


def _leaders_and_government(entity: Entity, date: dt.date | None, kb: ActorBase) -> list[Draft] | None:
    """'the Biden-Harris Administration': mentions of Biden and Harris, and a description of
    the government they lead; None when the entity is not of that form."""
    if entity.label not in ("ORG", "PERSON"):
        return None
    drafts: dict[tuple[str, ...], Draft] = {}
    for mention in entity.mentions:
        match = _LEADERS_GOVERNMENT.match(mention.text)
        if match is None:
            return None
        offset = mention.start
        people = []
        for name in match["names"].split("-"):
            person = kb.person(name, date)
            if person is None:
                return None
            people.append((person, offset, name))
            offset += len(name) + 1
        tenure = people[0][0].last_office_before(date)
        if tenure is None or tenure.country not in kb.countries:
            return None
        for person, start, name in people:
            draft = drafts.setdefault(("person", person.name), _person_draft(Entity(text=person.name, name=person.name, label="PERSON"), person, date, None))
            draft.mentions.append(Mention(start=start, end=start + len(name), text=name, label="PERSON", role="actor", kind="surname", sector=draft.sector))
        country = drafts.setdefault(("country", tenure.country), Draft(key=("country", tenure.country), text=kb.countries[tenure.country]["name"], name=kb.countries[tenure.country]["name"], label="GPE", code=tenure.country))
        noun_start = mention.start + match.start("noun")
        country.mentions.append(Mention(start=noun_start, end=mention.end, text=match["noun"], label="GPE", role="actor", kind="title", sector="GOV"))
    return list(drafts.values())


def _known_person(entity: Entity, date: dt.date | None, kb: ActorBase) -> Person | None:
    if entity.label not in ("PERSON", "ORG", "NORP", "GPE"):
        return None
    texts = sorted({entity.text, *(m.text for m in entity.mentions)}, key=len, reverse=True)
    for text in texts:
        person = kb.person(text, date)
        # A one-word form names a known person only where NER called it a person or
        # nothing else claims it: "Jordan" the country must stay a country.
        if person is not None and (len(text.split()) > 1 or entity.label == "PERSON" or kb.lookup(text) is None):
            return person
    if entity.label == "PERSON" and date is not None:
        return _near_spelling(texts, date, kb)
    return None


def _near_spelling(texts: list[str], date: dt.date, kb: ActorBase) -> Person | None:
    """A misspelt or differently transliterated name ('Zelenskky') of someone in office at the
    date: one person only, with a name that differs by a letter or two."""
    for text in texts:
        matches = {p.name for p in kb.spelled_like(text) if p.office_at(date) is not None}
        if matches:
            return kb.person(next(iter(matches)), date) if len(matches) == 1 else None
    return None


def _person_draft(
    entity: Entity, person: Person, date: dt.date | None, doc: Doc | None, kb: ActorBase | None = None, context_codes: set[str | None] | None = None,
) -> Draft:
    tenure = person.last_office_before(date)
    code = tenure.country if tenure else _home_of(person)
    draft = Draft(
        key=("person", person.name), text=entity.text, name=person.name, label="PERSON",
        code=code, sector=tenure.sector if tenure else None,
        office=tenure.office if tenure and tenure.covers(date or tenure.start) else None,
        wikidata=person.wikidata, gender=person.gender,
    )
    if doc is not None:
        draft.descriptions = _descriptions(doc, entity)
    if doc is not None and kb is not None and draft.sector is None:
        # Known, but out of office at the date ("opposition politician Imran Khan" in 2008):
        # the words around the name say how they act now.
        context_code, draft.sector, _office = _title_context(doc, entity, kb, context_codes or set())
        draft.code = draft.code or context_code
    draft.mentions = [_person_mention(m, draft) for m in entity.mentions]
    if doc is not None:
        draft.gender = draft.gender or _honorific_gender(doc, entity)
    return draft


def _home_of(person: Person) -> str | None:
    """A politician named before any office the table records ('Gordon Brown' in 2006) still
    belongs to the one state all their recorded offices are in."""
    countries = {t.country for t in person.tenures}
    if len(countries) == 1 and (country := next(iter(countries))) not in ("EUR", "UNO", "IGO"):
        return country
    return None


def _trim_titles(entity: Entity, doc: Doc, kb: ActorBase) -> Entity:
    """'Moldovan Premier Vasile Tarlev' as NER gives it: the name is 'Vasile Tarlev'."""
    mentions = []
    for mention in entity.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        start = 0
        while span is not None and (len(span) - start > 2 or (len(span) - start == 2 and span[start].lower_ in _ADDRESS_WORDS)) and _is_title_word(span[start], kb):
            start += 1
        if span is not None and start:
            trimmed = span[start:]
            mentions.append(Mention(start=trimmed.start_char, end=trimmed.end_char, text=trimmed.text, label=mention.label))
        else:
            mentions.append(mention)
    return _rebuilt(entity, mentions)


#: Forms of address that NER sometimes takes into a name: "Ms Fotyga", "Dr. Hulata".
_ADDRESS_WORDS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "madam"}


#: Title words the agent-noun table does not list but that stand before names.
_TITLE_ONLY_WORDS = {"premier", "general", "gen.", "envoy", "ambassador", "rabbi", "sheikh", "admiral", "colonel", "commander", "chancellor"}


def _is_title_word(token: Token, kb: ActorBase) -> bool:
    if token.lower_ in _ADDRESS_WORDS or token.lower_ in _TITLE_ONLY_WORDS:
        return True
    ref = kb.lookup(token.text)
    return (ref is not None and ref.kind in ("adjective", "country", "organisation")) or bool(kb.sector_of(token.lower_))


def _unknown_person_draft(entity: Entity, doc: Doc, kb: ActorBase, context_codes: set[str | None]) -> Draft:
    code, sector, office = _title_context(doc, entity, kb, context_codes)
    draft = Draft(
        key=("person", fold(entity.name)), text=entity.text, name=entity.name, label="PERSON",
        code=code, sector=sector, office=office, gender=_honorific_gender(doc, entity),
        descriptions=_descriptions(doc, entity),
    )
    draft.mentions = [_person_mention(m, draft) for m in entity.mentions]
    return draft


def _person_mention(mention: Mention, draft: Draft) -> Mention:
    kind = "surname" if len(mention.text.split()) == 1 and len(draft.name.split()) > 1 else "name"
    return _with(mention, role="actor", kind=kind, sector=draft.sector, label="PERSON")


def _place_or_body(entity: Entity, kb: ActorBase, context_codes: set[str | None]) -> ActorRef | None:
    for text in [entity.text, *(m.text for m in entity.mentions)]:
        ref = kb.lookup(text)
        if ref is None:
            continue
        if ref.needs_context and ref.needs_context not in context_codes:
            ref = ref.fallback  # "Brussels" in a story that is not about the EU is Belgium's capital
            if ref is None:
                continue
        return ref
    return None


def _ref_draft(entity: Entity, ref: ActorRef, doc: Doc, kb: ActorBase) -> Draft:
    label = {"country": "GPE", "capital": "GPE", "place": "GPE", "adjective": "GPE", "metonym": "ORG", "organisation": "ORG"}[ref.kind]
    if ref.kind in ("country", "capital", "place", "adjective", "metonym") and ref.code and ref.code in kb.countries:
        key: tuple[str, ...] = ("country", ref.code)
        name = kb.countries[ref.code]["name"]
        label = "GPE"
    else:
        key, name = ("organisation", ref.key or ref.name), ref.name
    draft = Draft(key=key, text=entity.text, name=name, label=label, code=ref.code, wikidata=ref.wikidata)
    for mention in entity.mentions:
        mention_ref = kb.lookup(mention.text) or ref
        if mention_ref.needs_context and mention_ref.code != ref.code:
            mention_ref = mention_ref.fallback or ref
        draft.mentions.append(_place_mention(doc, mention, mention_ref, kb))
    return draft


def _place_mention(doc: Doc, mention: Mention, ref: ActorRef, kb: ActorBase) -> Mention:
    kind = {"country": "name", "capital": "capital", "place": "name", "adjective": "nationality", "metonym": "metonym", "organisation": "name"}[ref.kind]
    if ref.kind == "adjective":
        head_sector = _head_noun_sector(doc, mention, kb) or _people_noun_sector(doc, mention)
        if head_sector == "GOV" and ref.sector:
            head_sector = ref.sector  # "Transnistrian authorities" are the breakaway authorities
        role: MentionRole | None = "actor" if head_sector else None
        return _with(mention, role=role, kind=kind, sector=head_sector)
    role = _role(doc, mention, ref=ref, kb=kb)
    sector = None
    if role == "actor":
        # "NATO troops", "the United States military": the noun says which part acts; a body
        # with a sector of its own keeps it ("Hamas militants" are Hamas, REB).
        if ref.kind == "organisation" and not ref.sector:
            sector = _head_noun_sector(doc, mention, kb, state_nouns=False)
        elif ref.kind == "country" and _is_compound(doc, mention):
            sector = _head_noun_sector(doc, mention, kb)
        sector = sector or ref.sector or ("GOV" if ref.kind in ("country", "capital") else None)
    return _with(mention, role=role, kind=kind, sector=sector)


def _role(doc: Doc, mention: Mention, *, ref: ActorRef | None, kb: ActorBase | None = None) -> MentionRole | None:
    """actor when the words stand for someone acting or spoken of as acting; place when they locate."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return "actor"
    token = span.root
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head  # "Italy, Poland and Romania said", "in Davos, Switzerland": one role for all
    dep, head = token.dep_, token.head
    if _is_dateline(doc, span):
        return "place"
    if ref is not None and ref.kind == "country" and kb is not None and _is_city_country_pair(doc, span.root, kb):
        return "place"  # "in Dubai, the United Arab Emirates": the country says where the city is
    if _in_hyphenated_pair(doc, mention):
        return "actor"  # "the U.S.-Russia agenda": both are parties to it
    is_city = ref is not None and ref.kind in ("capital", "place")
    if is_city and any(c.dep_ in ("compound", "amod") and c.lower_ in _COMPASS for c in token.children):
        return "place"  # "from north London", "central Kabul": a part of the city
    if dep == "pobj":
        preposition = head.lower_
        governor = head.head
        if head.dep_ == "conj" and governor.pos_ == "ADP":
            governor = governor.head  # "flights to and from Sana'a": the preposition it is joined to governs
        if is_city and preposition in ("from", "of") and (governor.lemma_.lower() in CIVILIAN_NOUNS | _PEOPLE_NOUNS or governor.lemma_.lower() in _CITY_OFFICES):
            return "place"  # "a 22-year-old man from north London", "the former mayor of Antananarivo"
        if is_city and preposition == "of" and (governor.lower_ in _COMPASS or governor.lemma_.lower() in EVENT_NOUNS):
            return "place"  # "just northeast of Baghdad", "the Treaty of Lisbon"
        if preposition in ("at", "in") and ref is not None and ref.kind == "metonym" and governor.lemma_ in AFFILIATION_NOUNS:
            return "actor"  # "officials at the State Department" speak for it
        if preposition in LOCATIVE_PREPOSITIONS:
            return "place"
        if preposition in TOPIC_PREPOSITIONS and governor.lemma_ in TOPIC_WORDS:
            return "place"  # "views on Kosovo": what is talked about, not who acts
        if preposition == "to" and governor.lemma_ in ("invite", "summon", "welcome", "bring", "take", "escort", "accompany") and ref is not None and ref.kind in ("capital", "place"):
            return "place"  # "Putin had invited him to Moscow": where he would go
        if preposition in ("to", "from", "for") and (governor.lemma_ in MOTION_VERBS or governor.lower_ == "bound" or (governor.pos_ == "NOUN" and governor.lemma_ in MOTION_NOUNS)):
            return "place"
        if preposition == "of" and governor.lemma_ in REGION_NOUNS:
            return "place"
        if is_city and preposition in ("on", "against", "of", "for") and (governor.lemma_ in MILITARY_ACTION_NOUNS or governor.lemma_ in CITY_EVENT_NOUNS):
            return "place"  # "the attack on Kyiv", "the battle for Bakhmut": the city is where it happens
        return "actor"
    if dep == "compound" and (head.lemma_.lower() in EVENT_NOUNS or head.lower_ in EVENT_NOUNS or head.lemma_ in TOPIC_WORDS):
        return "place"  # "the Paris summit", "U.S. Kosovo policy"
    if dep == "compound" and is_city and head.lemma_.lower() not in STATE_ACTION_NOUNS | MILITARY_ACTION_NOUNS | MEDIA_NOUNS and head.lemma_.lower() not in GOVERNMENT_NOUNS:
        return "place"  # "the London suburb of Chelsea", "the Berlin Wall"; but "the Beijing government" acts
    if dep == "poss" and head.lemma_ in REGION_NOUNS:
        return "place"  # "Israel's north"
    if dep in ("dobj", "obj") and head.lemma_ in ("surround", "encircle", "border"):
        return "place"
    if dep in ("dobj", "obj") and (head.lemma_ in MOTION_VERBS or head.lemma_ in TARGET_VERBS) and ref is not None and ref.kind in ("capital", "place"):
        return "place"  # "bomb Tel Aviv", "visit Kyiv": the city is where, not who
    if dep in ("dobj", "obj") and head.lemma_ in MOTION_VERBS:
        return "place"
    if dep in ("dobj", "obj") and head.lemma_ in DISCUSSION_VERBS and ref is not None and ref.kind in ("country", "capital", "place"):
        return "place"  # "they discussed Ukraine": the topic, not a party
    if dep == "poss" and head.pos_ == "PROPN" and head.ent_type_ in ("FAC", "LOC", "ORG") and ref is not None and ref.kind in ("capital", "place"):
        return "place"  # "Baghdad's Green Zone"
    if dep == "npadvmod" or (dep == "ROOT" and token.pos_ == "PROPN" and token.i == token.sent.start and ref is not None and ref.kind == "capital"):
        return "place"  # datelines ("KYIV —") and bare adverbial places
    return "actor"


def _is_city_country_pair(doc: Doc, token: Token, kb: ActorBase) -> bool:
    """'Dubai, the United Arab Emirates' or 'Washington, D.C.': a name set after a place name
    and a comma, in apposition to it, locates that place."""
    i = token.left_edge.i
    while i > 0 and doc[i - 1].lower_ == "the":
        i -= 1
    if i < 2 or doc[i - 1].text != ",":
        return False
    before = doc[i - 2]
    place = next((e for e in doc.ents if e.start <= before.i < e.end), None)
    ref = kb.lookup(place.text) if place is not None else None
    is_city = ref is not None and ref.kind in ("capital", "place") or (ref is None and before.ent_type_ in ("GPE", "LOC", "FAC"))
    return is_city and before.head.i != token.i and (token.dep_ in ("appos", "conj", "dep", "npadvmod") or token.head.i == before.i)


def _in_hyphenated_pair(doc: Doc, mention: Mention) -> bool:
    """'U.S.-Russia', 'Russia–Ukraine': a name joined by a hyphen to another name."""
    before, after = _char_at(doc, mention.start - 1), _char_at(doc, mention.end)
    return (before in "-–" and (_char_at(doc, mention.start - 2).isalnum() or _char_at(doc, mention.start - 2) == ".")) or (after in "-–" and _char_at(doc, mention.end + 1).isupper())


def _char_at(doc: Doc, offset: int) -> str:
    """One character of the text; a space outside it."""
    text = doc_text(doc)
    return text[offset] if 0 <= offset < len(text) else " "


def _is_dateline(doc: Doc, span: Span) -> bool:
    """'TALLINN, March 4 -': a place name in capitals opening a line, then a comma."""
    # Doc.text is rebuilt on every access: look at the token before instead.
    opens_line = span.start == 0 or doc[span.start - 1].text_with_ws.endswith("\n") or doc[span.start - 1].is_space
    return opens_line and span.text.isupper() and span.end < len(doc) and doc[span.end].text == ","


def _head_noun_sector(doc: Doc, mention: Mention, kb: ActorBase, *, state_nouns: bool = True) -> str | None:
    """The sector of the noun a name modifies: 'Russian forces' -> MIL, 'NATO foreign ministers' -> GOV,
    'Russian aggression' -> MIL, 'Israeli settlement expansion' -> GOV."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i and token.head.pos_ in ("ADJ", "PROPN"):
        token = token.head  # "the U.S. and Israeli delegations": both modify "delegations"
    if "".join(_char_at(doc, mention.start - k) for k in (4, 3, 2, 1)).lower() == "pro-":
        return "GOV"  # "pro-American", "pro-Israeli": siding with a state is siding with its government
    if token.dep_ not in ("amod", "compound", "nmod", "poss"):
        return None
    head = token.head
    # "the Israeli-Palestinian conflict", "Polish-American negotiations": the noun the whole
    # hyphenated pair modifies.
    while head.pos_ in ("ADJ", "PROPN") and head.dep_ in ("amod", "compound") and head.head.i != head.i:
        head = head.head
    between = [t for t in head.lefts if t.i > token.i and t.dep_ in ("compound", "amod")]
    if any(t.lemma_ in ("militant", "rebel", "insurgent", "separatist", "guerrilla") for t in between):
        return "REB"  # "Palestinian militant attacks", "South Ossetian separatist units"
    if any(t.lemma_ in MILITARY_ACTION_NOUNS or t.lower_ == "military" for t in between) or head.lemma_ in MILITARY_ACTION_NOUNS:
        return "MIL"
    phrase = " ".join(t.lower_ for t in between if t.dep_ == "compound") + " " + head.lower_
    for candidate in (phrase.strip(), head.lower_, head.lemma_.lower()):
        sector = kb.sector_of(candidate)
        if sector and sector != "NGO":
            return sector
    if head.lemma_ in MEDIA_NOUNS or (head.lemma_ == "agency" and any(t.lower_ == "news" for t in between)):
        return "MED"  # "Russian news agency", not "UN refugee agency"
    if state_nouns and head.lemma_ in STATE_ACTION_NOUNS:
        return "GOV"
    if head.lemma_ in CIVILIAN_NOUNS:
        return "CVL"
    if head.lemma_ in ("personnel", "serviceman", "servicemember"):
        return "MIL"
    return None


def _is_compound(doc: Doc, mention: Mention) -> bool:
    """'the United States military' (a modifier), not 'Russia's military build-up' (an owner)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "compound"


def _people_noun_sector(doc: Doc, mention: Mention) -> str | None:
    """A plural people noun ('Palestinians', 'Americans'): the side in talks and disputes is its
    government; elsewhere it is its people."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not mention.text.endswith("s") or span.root.tag_ not in ("NNPS", "NNS"):
        return None
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "nsubj" or (token.dep_ == "pobj" and token.head.lower_ in ("between", "with")):
        return "GOV"
    # "We told the Iranians", "made it clear to the Americans": the side addressed in diplomacy.
    if token.dep_ in ("dobj", "obj") and token.head.lemma_ in _ADDRESSING_VERBS:
        return "GOV"
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_ in _ADDRESSING_VERBS | {"clear", "say", "explain", "speak", "talk", "write", "propose"}:
        return "GOV"
    return "CVL"  # including passive subjects: "Palestinians were killed" are people, not a side


#: Verbs whose object is the party spoken to or dealt with.
_ADDRESSING_VERBS = {"tell", "meet", "urge", "warn", "ask", "inform", "assure", "press", "accuse", "criticize", "criticise", "thank", "invite", "reassure", "notify", "brief"}


def _place_unplaced_officials(doc: Doc, drafts: dict[tuple[str, ...], Draft]) -> None:
    """An official whose title names no country ('Defence Minister Lucía Ferrandis said Spain
    would ...') serves the state the same sentence, else the one before, speaks of."""
    countries = [(m.start, d.code) for d in drafts.values() if d.label == "GPE" and d.code for m in d.mentions if m.role == "actor"]
    sentence_starts = [sent.start_char for sent in doc.sents]
    for draft in drafts.values():
        if not draft.is_person or draft.code or not draft.sector or not draft.mentions:
            continue
        # "Prime Minister Yoav Gallant, Minister of Strategic Affairs Ron Dermer, ...": one
        # delegation, listed together, serves one state.
        if (code := _code_of_listed_colleague(doc, draft, drafts)) is not None:
            draft.code = code
            continue
        if not draft.office:
            continue
        first = min(m.start for m in draft.mentions)
        n = max(i for i, start in enumerate(sentence_starts) if start <= first)
        for sentence in (n, n - 1):
            if sentence < 0:
                continue
            low = sentence_starts[sentence]
            high = sentence_starts[sentence + 1] if sentence + 1 < len(sentence_starts) else len(doc_text(doc))
            codes = Counter(code for start, code in countries if low <= start < high)
            if len(codes) == 1:  # only when the sentence speaks of one state
                draft.code = next(iter(codes))
                break


def _code_of_listed_colleague(doc: Doc, draft: Draft, drafts: dict[tuple[str, ...], Draft]) -> str | None:
    """The code of the officials a person is listed with (conjuncts of one list), when they
    all serve one state."""
    placed = {(m.start, m.end): d.code for d in drafts.values() if d.is_person and d.code and d.key != draft.key for m in d.mentions if m.kind in ("name", "surname")}
    codes: set[str] = set()
    for mention in draft.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        members = [root, *(t for t in root.subtree if t.dep_ == "conj" and t.ent_type_ == "PERSON")]
        for member in members:
            for (start, end), code in placed.items():
                if start <= member.idx < end and code:
                    codes.add(code)
    return next(iter(codes)) if len(codes) == 1 else None


def _title_context(doc: Doc, entity: Entity, kb: ActorBase, context_codes: set[str | None]) -> tuple[str | None, str | None, str | None]:
    """Code, sector and office read from the words before a name ('Ukrainian lawmaker X'),
    in an apposition to it ('X, a Ukrainian lawmaker'), or in the noun it stands in
    apposition to ('U.S. ambassador to Serbia, X')."""
    found_code: str | None = None
    found_sector: str | None = None
    found_office: str | None = None
    for mention in entity.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        words = _context_words(span, kb)
        if words:
            # Each mention may tell a part: "Anna Fotyga, Secretary of State at the President's
            # Chancellery" gives nothing, "Polish diplomat Fotyga" the code, "Minister Fotyga" the office.
            ref = _ref_in(words, kb, context_codes)
            code = found_code or (ref.code if ref else None)
            office, sector = _office_in(words, kb)
            if ref is not None and ref.kind in ("organisation", "metonym") and ref.sector in _GROUP_SECTORS and sector in (None, "GOV", "MIL"):
                # "SLM leader Abdel Wahed el-Nur", "the UIC leader Sharif Ahmed": the leader of a
                # rebel group, party or opposition acts for the group, not for its state's government.
                sector = ref.sector
            if any(t.lower_ == "opposition" for t in words):
                sector = "OPP"  # "opposition politician Imran Khan", "opposition leader"
            if code and sector is None and any(t.pos_ == "NOUN" for t in words):
                # "Moldovan counterpart", "EU foreign policy chief": a title tied to a state or
                # body that names no other sector is an official's.
                sector = "GOV"
            found_code = code
            # "Frank Hsieh, a leading member of his party, ... the new Premier": the office
            # of state says how he acts, not the party membership.
            if sector and (found_sector is None or (found_sector == "PTY" and sector == "GOV")):
                found_sector, found_office = sector, office
            if found_code and found_sector and found_sector != "PTY":
                break
    return found_code, found_sector, found_office


def _context_words(span: Span, kb: ActorBase | None = None) -> list[Token]:
    """The title words around a name: before it, in an apposition to it, or in the noun it is
    in apposition to."""
    words = _title_words(span, kb)
    for appos in (t for t in span.root.children if t.dep_ == "appos"):
        words.extend(t for t in appos.subtree if t.pos_ in ("NOUN", "PROPN", "ADJ"))
    if span.root.dep_ == "appos" and span.root.head.i < span.start:
        head = span.root.head
        # "Iran's ambassador to Iraq, Hassan Kazemi-Qomi": the parse may hang the name on
        # "Iraq"; the title is the whole noun phrase, and "to Iraq" is its brief.
        while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i < head.i:
            head = head.head.head
        words.extend(t for t in head.subtree if t.i < span.start and t.pos_ in ("NOUN", "PROPN", "ADJ") and not _in_portfolio(t, head))
    # "Leader of the Australian Greens Bob Brown": the parser hangs the name on "of".
    if span.root.dep_ == "pobj" and span.root.head.lower_ == "of" and span.root.head.head.lower_ in PERSON_NOUNS:
        words.append(span.root.head.head)
    # Two subjects of one verb ("Australia's justice minister, Chris Ellison has said"): the
    # noun before the comma is the name's title.
    if span.root.dep_ == "nsubj" and span.start >= 2 and span.doc[span.start - 1].text == ",":
        other = next((c for c in span.root.head.children if c.dep_ == "nsubj" and c.i < span.start and c.pos_ == "NOUN"), None)
        if other is not None:
            words.extend(t for t in other.subtree if t.pos_ in ("NOUN", "PROPN", "ADJ"))
    return words


def _descriptions(doc: Doc, entity: Entity) -> set[str]:
    """The person nouns a name is described with ('justice minister', 'minister', 'spokesman'),
    so that 'the justice minister' later refers back to it."""
    found: set[str] = set()
    for mention in entity.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        # Capitalised titles are often tagged PROPN ("Leader of the Greens Bob Brown").
        nouns = [t for t in _context_words(span) if t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.lower_ in PERSON_NOUNS)]
        for i, noun in enumerate(nouns):
            found.add(noun.lemma_.lower())
            if i and nouns[i - 1].i == noun.i - 1:
                found.add(f"{nouns[i - 1].lower_} {noun.lemma_.lower()}")
    return found


#: Sectors of bodies apart from a state's government, whose leaders act for the body.
_GROUP_SECTORS = {"REB", "OPP", "PTY", "UAF", "CRM", "MIL"}


def _ref_in(words: list[Token], kb: ActorBase, context_codes: set[str | None]) -> ActorRef | None:
    """The first country, nationality or body named in title words, longest names first:
    'European Union' before 'European'. A name that is a group's only in its own country's
    stories ("UIC") counts where the article names that country (`context_codes`, as for names)."""
    runs: list[list[Token]] = []
    for token in words:
        if runs and token.i == runs[-1][-1].i + 1 and token.pos_ == "PROPN" and runs[-1][-1].pos_ == "PROPN":
            runs[-1].append(token)
        else:
            runs.append([token])
    for run in runs:
        for size in range(len(run), 0, -1):
            for start in range(0, len(run) - size + 1):
                text = run[0].doc[run[start].i:run[start + size - 1].i + 1].text
                ref = kb.lookup(text)
                if ref is None or not ref.code or ref.kind not in ("adjective", "country", "organisation", "metonym", "capital"):
                    continue
                if ref.needs_context and ref.needs_context not in context_codes:
                    continue
                return ref
    return None


def _title_words(span: Span, kb: ActorBase | None = None) -> list[Token]:
    """The words of the title a name carries: everything its head governs to its left,
    'Italian Prime Minister' in 'Italian Prime Minister Giorgia Meloni', 'U.S. Undersecretary
    of State' in 'U.S. Undersecretary of State Nicholas Burns', 'Russia' in 'Russia's Lavrov'.
    An office word the tagger took for part of the name ("Treasurer" in "Australian Treasurer
    Mark Danby") is still a title word."""
    inside = range(span.start, span.end)
    words = [
        t
        for left in span.root.lefts
        if left.i not in inside
        for t in left.subtree
        if t.i < span.start and t.pos_ in ("NOUN", "PROPN", "ADJ")
        and not (t.ent_type_ == "PERSON" and not _TITLE_WORD.match(t.text) and not (kb is not None and kb.sector_of(t.lower_)))
        and not _in_portfolio(t, span.root)
    ]
    if not words:
        # "SLM leader Abdel Wahed el-Nur" parsed with "leader" hung on the name's first word:
        # the nouns right before a name, up to a determiner or a comma, are its title all the same.
        i = span.start - 1
        while i >= 0 and span.doc[i].pos_ in ("NOUN", "PROPN", "ADJ") and span.doc[i].ent_type_ != "PERSON":
            words.append(span.doc[i])
            i -= 1
        if not any(t.pos_ == "NOUN" or (kb is not None and kb.sector_of(t.lower_)) for t in words):
            words = []  # a bare run of names ("Sudan Abdel ...") is no title; "President" hung on a first name is one
    return sorted(words, key=lambda t: t.i)


def _in_portfolio(token: Token, root: Token) -> bool:
    """Words after 'to', 'for' or 'on' in a title name the brief, not the employer:
    'Special Representative for Ukraine's Economic Recovery', 'ambassador to Serbia'."""
    while token.i != root.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ in ("to", "for", "on", "against", "with"):
            return True
        token = token.head
    return False


def _office_in(words: list[Token], kb: ActorBase) -> tuple[str | None, str | None]:
    lowered = [t.lower_ for t in words]
    for size in (3, 2, 1):
        for i in range(len(lowered) - size, -1, -1):
            phrase = " ".join(lowered[i:i + size])
            sector = kb.sector_of(phrase)
            if sector and sector != "NGO":
                return phrase.title(), sector
    return None, None


def _honorific_gender(doc: Doc, entity: Entity) -> str | None:
    for mention in entity.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.start > 0:
            gender = _HONORIFIC_GENDER.get(doc[span.start - 1].lower_)
            if gender:
                return gender
    return None


def _with(mention: Mention, **changes: object) -> Mention:
    return replace(mention, **changes)  # type: ignore[arg-type]
