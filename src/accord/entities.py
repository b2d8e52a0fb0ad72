"""Named entities with their mentions, grouped per article (stage accord.entities.v3).

spaCy's NER labels each mention on its own. This stage groups the mentions of one
article into entities and repairs what a document-level view can: a bare surname
("Trump"), which the small model often tags ORG or misses, joins the full name
given elsewhere in the article and takes its PERSON label.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .records import Article, Entity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

EXTRACTOR = "accord.entities.v3"

#: NER labels that can name an actor or a place. FAC, PRODUCT, LAW and the numeric
#: labels are left out: they are not who-did-what-to-whom.
ENTITY_LABELS = ("PERSON", "NORP", "GPE", "ORG", "LOC")

_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_TRAILING_POSSESSIVE = re.compile(r"(?:['’]s?)$")
_SURNAME = re.compile(r"^[A-Z][\w'’-]{2,}$")
#: The Arabic article joined to a family name: "al-Sumaidaie", "el-Sisi".
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|Al|El)-(?=[A-Z])")
#: A hyphenated given name written after the family name: "Chen Shui-bian", "Kim Jong-un".
_GIVEN_NAME_AFTER = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


def short_forms(full_name: str) -> list[str]:
    """The one-word forms a full name is cited by later: the last word ("Meloni"), or, where
    the family name comes first as in Chinese and Korean names, the first ("Chen" for
    "Chen Shui-bian", "Yu" for "Yu Shyi-kun")."""
    words = full_name.split()
    if len(words) < 2:
        return []
    forms = [words[-1]] if _SURNAME.match(words[-1]) else []
    if bare := _ARTICLE_PREFIX.sub("", words[-1]) if _ARTICLE_PREFIX.match(words[-1]) else "":
        forms.append(bare)  # "Mohamed al-Sumaidaie" is "Sumaidaie" later
    if len(words) in (2, 3) and _GIVEN_NAME_AFTER.match(words[-1]) and re.match(r"^[A-Z][a-z]+$", words[0]):
        forms.insert(0, words[0])
    return forms


def extract_entities(doc: Doc, article: Article) -> tuple[Entity, ...]:
    """The article's entities in order of first mention, each with all its mentions."""
    mentions = [m for m in (_mention(ent.start_char, ent.end_char, ent.label_, article.text) for ent in doc.ents if ent.label_ in ENTITY_LABELS) if m]
    mentions = _add_missed_surnames(mentions, doc, article.text)
    groups: dict[str, list[Mention]] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        groups.setdefault(_key(mention, mentions), []).append(mention)
    return tuple(_entity(group) for group in groups.values())


def _mention(start: int, end: int, label: str, text: str) -> Mention | None:
    """A mention trimmed of a leading 'the' and a trailing possessive, as names are cited."""
    span = text[start:end]
    if lead := _LEADING_ARTICLE.match(span):
        start += lead.end()
    span = text[start:end]
    if (tail := _TRAILING_POSSESSIVE.search(span)) and tail.start() > 0:
        end = start + tail.start()
    span = text[start:end].strip()
    if not span or not any(ch.isalpha() for ch in span) or span.rstrip(".").lower() in _NAME_SUFFIXES:
        return None  # "Joseph R. Biden, Jr.": the tagger may take the suffix for a place of its own
    return Mention(start=start, end=start + len(span), text=span, label=label)


#: Suffixes of personal names, never entities of their own.
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii"}


def _person_surnames(mentions: list[Mention]) -> dict[str, str]:
    """Surname -> full name for every multi-word PERSON mention."""
    surnames: dict[str, str] = {}
    for mention in mentions:
        if mention.label == "PERSON":
            for form in short_forms(mention.text):
                surnames.setdefault(form, mention.text)
    return surnames


#: Words that make a capitalised phrase an organisation's name, not a person's.
_ORGANISATION_WORDS = {"party", "movement", "council", "union", "front", "ministry", "agency", "bank", "group", "committee", "organization", "organisation",
                       "association", "forces", "army", "court", "commission", "house", "office", "department", "republic", "state", "states", "of", "for", "and", "the"}


#: ", the finance minister of ...", ", a spokesman for ...": an apposition that describes a person.
_APPOSITIVE_PERSON = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:minister|spokesman|spokeswoman|spokesperson|president|leader|ambassador|envoy|official|"
    r"secretary|chairman|chairwoman|governor|senator|lawmaker|adviser|advisor|diplomat|general|commander|mayor|premier|chancellor)\b",
    re.I,
)


def _names_tagged_as_bodies(mentions: list[Mention], text: str) -> list[Mention]:
    """'Morgan Tsvangirai' tagged ORG while 'Tsvangirai' alone is tagged PERSON: a two- to
    four-word capitalised name whose last word the article uses for a person is a person, and
    so is one followed by an apposition that describes a person ('Ján Počiatek, the finance
    minister of Slovakia')."""
    person_words = {m.text for m in mentions if m.label == "PERSON" and len(m.text.split()) == 1}
    repaired = []
    for mention in mentions:
        words = mention.text.split()
        looks_like_name = 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not any(w.lower() in _ORGANISATION_WORDS for w in words)
        if mention.label in ("ORG", "GPE", "NORP") and looks_like_name and (words[-1] in person_words or _APPOSITIVE_PERSON.match(text, mention.end)):
            mention = Mention(start=mention.start, end=mention.end, text=mention.text, label="PERSON")
        repaired.append(mention)
    return repaired


def _add_missed_surnames(mentions: list[Mention], doc: Doc, text: str) -> list[Mention]:
    """Relabel and add bare surnames of people named in full elsewhere in the article."""
    mentions = _names_tagged_as_bodies(mentions, text)
    surnames = _person_surnames(mentions)
    if not surnames:
        return mentions
    repaired = [
        Mention(start=m.start, end=m.end, text=m.text, label="PERSON") if m.text in surnames and m.label != "PERSON" else m
        for m in mentions
    ]
    covered = {i for m in repaired for i in range(m.start, m.end)}
    for token in doc:
        if token.text in surnames and token.idx not in covered:
            repaired.append(Mention(start=token.idx, end=token.idx + len(token.text), text=token.text, label="PERSON"))
    return repaired


def _key(mention: Mention, mentions: list[Mention]) -> str:
    """Mentions with the same key are one entity: a surname joins its full name."""
    if mention.label == "PERSON":
        for other in mentions:
            if other.label == "PERSON" and mention.text in short_forms(other.text):
                return "PERSON:" + other.text.casefold()
        return "PERSON:" + mention.text.casefold()
    return "NAME:" + mention.text.casefold()


def _entity(mentions: list[Mention]) -> Entity:
    text = max((m.text for m in mentions), key=len)
    label = Counter(m.label for m in mentions).most_common(1)[0][0]
    return Entity(text=text, name=text, label=label, mentions=tuple(mentions))
