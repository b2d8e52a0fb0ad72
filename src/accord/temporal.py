"""Time expressions, normalised against the article's publication date (stage accord.temporal.v4).

Detection takes spaCy's DATE and TIME entities and adds what the small model misses
(bare weekdays, "hours later", months before a name, lists of days) and the vague time
words the gold marks with no value ("the long term", "shortly"), so that none is given a
date. Normalisation is rules first, because the common news forms need the tense of the
clause and the previously mentioned date, which general date parsers ignore: "on Aug. 18"
in a past-tense sentence of an article of 2025-09-05 is 2025-08-18, "in September" after
"would be finalized" is the coming September, "the next day" follows the last date the
text gave, and "on Monday, five days after the summit" is that Monday; a future told as of a
day the text just gave ("aired a tape on April 23 saying they would act by April 27") lies
after that day. dateparser handles the rest of the explicit formats.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, NamedTuple

from .nlp import doc_text
from .records import Article, TimeAnchor, TimeExpression, TimePrecision

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

EXTRACTOR = "accord.temporal.v4"

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None,
}

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_MONTH_WORD = _MONTH.replace("(?P<month>", "(?:")
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_COUNT = r"(?P<count>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_UNIT = r"(?P<unit>day|week|month|year)s?"
_LEAD_WORDS = [
    "on", "in", "at", "by", "since", "from", "until", "till", "during", "before", "after", "of", "for", "the", "between",
    "this past", "only", "just", "at least", "as early as", "as late as", "as of", "some", "about", "around",
    "nearly", "almost", "back in", "earlier in", "later in", "earlier", "later",
    r"(?:the )?(?:end|beginning|start|middle|early part|latter part|first half|second half|early hours|autumn|spring|summer|winter|fall) of",
    r"(?:the )?(?:early |late )?(?:morning|afternoon|evening|night) of",
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),",
    # "a July 15, 2005 memo": an article before a date used as a modifier.
    rf"an?(?=\s+{_MONTH_WORD})",
    # "Sunday April 24", written without the comma: the weekday before a month leads the date.
    rf"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?=\s+{_MONTH_WORD})",
]
# Longest alternatives first, so that "at least" is not read as "at" followed by "least".
_LEAD = re.compile(r"^(?:(?:" + "|".join(sorted(_LEAD_WORDS, key=len, reverse=True)) + r")\s+)+", re.I)
_PREVIOUS_DATE_REACH = 2  # sentences

Tense = str  # "past", "future" or "unknown"
_FUTURE_LEMMAS = {"plan", "expect", "schedule", "intend", "due"}


class Resolution(NamedTuple):
    """A normalised value, its precision, and what it was resolved against."""

    value: str | None
    precision: TimePrecision | None
    anchor: TimeAnchor
    day: dt.date | None = None  # the calendar day, when precision is day: the next anchor


UNRESOLVED = Resolution(None, None, "none")


def extract_times(doc: Doc, article: Article) -> tuple[TimeExpression, ...]:
    """Every time expression in the article, each resolved against the publication date or the previous date."""
    times: list[TimeExpression] = []
    previous: dt.date | None = None
    previous_sentence = -1
    context: Resolution | None = None
    context_sentence = -1
    sentence_starts = [sent.start_char for sent in doc.sents]
    for candidate in _candidates(doc):
        span = candidate.span
        sentence = _sentence_index(sentence_starts, span.start_char)
        # "Hours later" follows the date just given, not one from paragraphs back.
        recent = previous if sentence - previous_sentence <= _PREVIOUS_DATE_REACH else None
        recent_context = context if sentence - context_sentence <= _PREVIOUS_DATE_REACH else None
        resolution = normalise_time(
            candidate.reading, published=article.published, previous=recent, tense=_tense(span),
            context=recent_context, context_in_sentence=context_sentence == sentence,
        )
        if resolution.day is not None:
            previous, previous_sentence = resolution.day, sentence
        if resolution.value is not None:
            context, context_sentence = resolution, sentence
        times.append(
            TimeExpression(
                start=span.start_char, end=span.end_char, text=span.text,
                value=resolution.value, precision=resolution.precision, anchor=resolution.anchor,
            )
        )
    return tuple(times)


class _Candidate(NamedTuple):
    """A span to report and the words to normalise for it: "12" in "May 11, 12 and 13" reads "May 12"."""

    span: Span
    reading: str


_EXTRA_PATTERNS = re.compile(
    r"\b(?:(?:last|next|this)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:hours|minutes|days|weeks|months|a day|a week|a month|a year)\s+(?:later|earlier)\b"
    r"|\b(?:the\s+)?(?:next|following|previous)\s+day\b"
    r"|\b(?:that\s+(?:same\s+)?|the\s+same\s+)day\b",  # "a meeting that day": the day just named
    re.I,
)
_NOT_TIME = re.compile(r"^(?:(?!(?:19|20)\d\d$)\d+(?:\.\d+)?%?|[\w-]+[- ]year[- ]olds?|annual|daily|weekly|monthly|quarterly)$", re.I)
#: Time words with no calendar value: detected so that nothing is invented for them. The gold
#: guidelines list vague and present-reference words ("the long term", "as soon as possible",
#: "this moment", "that time", "a short time") as expressions with a null value.
_UNRESOLVED_WORDS = re.compile(
    r"\b(?:now|currently|recently|lately|nowadays|at this time|at present)\b"
    r"|\b(?:the\s+(?=(?:long|short|medium|near)\s+term\b))?(?:long|short|medium|near)[\s-]term\b"
    r"|\bas\s+soon\s+as\s+possible\b"
    # "the time of year" and "the time frame" are generic; "for the first time" is an ordinal event phrase.
    # "by the time they arrived" is a conjunction, like "as soon as they arrived".
    r"|(?<!\bby )\b(?:this|that|the)\s+(?:very\s+|same\s+)?(?:time|moment)\b(?!\s+(?:of|frame|line|zone|table|limit)\b)"
    r"|\ba\s+(?:short|long)\s+time\b",
    re.I,
)
#: Adverbs that are time expressions only when they stand alone: "the military earlier declared",
#: "will be over shortly", but not "soon after the vote" or "earlier this month" (a date of its own).
_STANDALONE_ADVERBS = {"earlier", "shortly", "soon"}
_NOT_STANDALONE_AFTER = {
    "after", "afterwards", "afterward", "thereafter", "before", "than", "as", "in", "on", "at", "this", "that", "last",
    "today", "tonight", "yesterday",
}
#: Where a dateline's date runs into its first words ("March 4 - Ministers from ...").
_DATELINE_TAIL = re.compile(r"\s+[-–—](?:\s+.*)?$", re.S)

_ORDINAL = r"(?:st|nd|rd|th)?"
#: Lists of days share one month: "the 17 and 18 of June", "May 11, 12, and 13". Each day is an
#: expression of its own (the gold marks "17" and "18 of June"), read with the month of the list.
_DAYS_THEN_MONTH = re.compile(
    rf"\b(?P<days>\d{{1,2}}{_ORDINAL}(?:\s*,\s*\d{{1,2}}{_ORDINAL})*,?\s+(?:and|&)\s+)"
    rf"(?P<last>\d{{1,2}}{_ORDINAL}\s+(?:of\s+)?(?P<month>{_MONTH_WORD})(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?)\b",
    re.I,
)
_MONTH_THEN_DAYS = re.compile(
    rf"\b(?P<first>(?P<month>{_MONTH_WORD})\s+\d{{1,2}}{_ORDINAL})(?P<days>(?:\s*,\s*\d{{1,2}}{_ORDINAL})*,?\s+(?:and|&)\s+\d{{1,2}}{_ORDINAL})"
    rf"(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?\b",
    re.I,
)
_DAY_NUMBER = re.compile(r"\d{1,2}")
#: Month names the model misses ("reported in February Mohammad Saeedi ..."): a capitalised month
#: after a preposition of time, or with "early"/"mid"/"late" joined to it. "May" needs a preposition
#: that cannot introduce a person ("by May" may be Theresa May).
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_BARE_MONTH = re.compile(
    r"(?:\b(?P<prep>(?i:in|since|until|till|by|during|from|before|after|through|throughout))\s+)?"
    rf"(?P<span>(?:\b(?P<part>(?i:early|mid|late))[\s-]+)?\b(?P<name>{_MONTH_NAMES})\b"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+(?:19|20)\d\d\b)?)"
)
#: Two expressions the model may read as one: "1950-1953" (two years) and "late-September
#: early-October" (two months); the gold guideline splits both.
_PAIRS = (
    re.compile(r"((?:19|20)\d\d)[-–]((?:19|20)\d\d)"),
    re.compile(rf"((?:early|mid|late)[\s-]+{_MONTH_WORD})\s+((?:early|mid|late)[\s-]+{_MONTH_WORD})", re.I),
)
#: A duration right before "after"/"before" and an event: "hours after a tip", "a month after he was killed".
_OFFSET_DURATION = re.compile(
    rf"(?:(?:just|only|some|about|nearly|almost)\s+)?(?:(?:{_COUNT}|a few|several)\s+)?(?:hour|minute|day|week|month|year)s?",
    re.I,
)
_PART_OF_DAY = re.compile(r"(?:the\s+)?(?:(?:early|late)\s+)?(?:hours|morning|afternoon|evening|night)", re.I)


def _candidates(doc: Doc) -> list[_Candidate]:
    found = _day_lists(doc)
    taken = {i for c in found for i in range(c.span.start_char, c.span.end_char)}
    # The model reads "the 17 and 18 of June" as numbers; an entity touching a list is the list's.
    spans = [
        _trim(ent) for ent in doc.ents
        if ent.label_ in ("DATE", "TIME") and not _NOT_TIME.match(ent.text) and not _is_name(ent)
        and taken.isdisjoint(range(ent.start_char, ent.end_char))
    ]
    spans = [_extend_offset(span) for span in _merge_parts_of_day(sorted(spans, key=lambda s: s.start_char))]
    for span in spans:
        if any(other.start_char < span.start_char and span.end_char <= other.end_char for other in spans):
            continue  # the date of "three days before March 4", now part of the offset
        found += [_Candidate(part, part.text) for part in _split_pair(span)]
    taken = {i for c in found for i in range(c.span.start_char, c.span.end_char)}
    matches = [*_EXTRA_PATTERNS.finditer(doc_text(doc)), *_bare_months(doc), *_UNRESOLVED_WORDS.finditer(doc_text(doc))]
    for start, end in [(m.start("span") if "span" in m.re.groupindex else m.start(), m.end()) for m in matches] + _standalone_adverbs(doc):
        if taken.isdisjoint(range(start, end)):
            extra = doc.char_span(start, end, alignment_mode="expand")
            if extra is not None:
                found.append(_Candidate(extra, extra.text))
                taken.update(range(extra.start_char, extra.end_char))
    return sorted(found, key=lambda c: c.span.start_char)


def _day_lists(doc: Doc) -> list[_Candidate]:
    """One candidate per day of a list of days in one month, each read with that month (and year)."""
    found: list[_Candidate] = []
    for pattern in (_DAYS_THEN_MONTH, _MONTH_THEN_DAYS):
        for match in pattern.finditer(doc_text(doc)):
            if re.search(r"(?i)\bbetween\s+(?:the\s+)?$", doc_text(doc)[max(0, match.start() - 12):match.start()]):
                continue  # "between 10 and 12 March" is a range, dated by its first day
            days = [(match.start("days") + d.start(), match.start("days") + d.end()) for d in _DAY_NUMBER.finditer(match["days"])]
            last = days[-1] if pattern is _MONTH_THEN_DAYS else None
            if last is not None and _counts_a_noun(doc, *last):
                continue  # "on March 4 and 5 soldiers were hurt": the last number counts soldiers
            month, year = match["month"], f" {match['year']}" if match["year"] else ""
            parts = [(start, end, f"{doc_text(doc)[start:end]} {month}{year}") for start, end in days]
            if pattern is _DAYS_THEN_MONTH:
                parts.append((match.start("last"), match.end("last"), match["last"]))
            else:
                parts.insert(0, (match.start("first"), match.end("first"), f"{match['first']}{year}"))
                if year:  # the year closes the list and belongs to its last day
                    start, _, reading = parts[-1]
                    parts[-1] = (start, match.end(), reading)
            for start, end, reading in parts:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is not None and all(c.span.start_char != span.start_char for c in found):
                    found.append(_Candidate(span, reading))
    return found


def _counts_a_noun(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "nummod" and span.root.head.pos_ == "NOUN"


def _bare_months(doc: Doc) -> Iterator[re.Match[str]]:
    for match in _BARE_MONTH.finditer(doc_text(doc)):
        prep = (match["prep"] or "").lower()
        if match["name"] == "May" and not match["part"] and prep not in ("in", "since", "until", "till", "during", "through", "throughout"):
            continue
        name = doc.char_span(match.start("name"), match.end("name"))
        if name is not None and name[0].ent_type_ not in ("", "DATE"):
            continue  # "after April Jones resigned": the model read a name
        if prep or match["part"]:
            yield match


def _standalone_adverbs(doc: Doc) -> list[tuple[int, int]]:
    found = []
    for token in doc:
        if token.lower_ not in _STANDALONE_ADVERBS or token.pos_ != "ADV":
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        before = doc[token.i - 1] if token.i > 0 else None
        if following is not None and (following.lower_ in _NOT_STANDALONE_AFTER or following.ent_type_ in ("DATE", "TIME")):
            continue
        if before is not None and (before.lower_ in ("as", "how") or before.like_num or before.ent_type_ in ("DATE", "TIME")):
            continue  # "as soon as they arrive", "a year earlier"
        found.append((token.idx, token.idx + len(token)))
    return found


def _merge_parts_of_day(spans: list[Span]) -> list[Span]:
    """'Tuesday' + 'night' and 'the early hours' + 'of 16 July' are one expression each."""
    merged: list[Span] = []
    for span in spans:
        if merged:
            last = merged[-1]
            gap = doc_text(span.doc)[last.end_char:span.start_char]
            weekday_then_part = gap == " " and re.fullmatch(r"(?i)(?:morning|afternoon|evening|night)", span.text) and re.search(r"(?i)day$", last.text)
            part_of_date = gap == " of " and _PART_OF_DAY.fullmatch(last.text)
            if weekday_then_part or part_of_date:
                joined = span.doc.char_span(last.start_char, span.end_char)
                if joined is not None:
                    merged[-1] = joined
                    continue
        merged.append(span)
    return merged


def _extend_offset(span: Span) -> Span:
    """'hours' before 'after a tip' becomes 'hours after': the offset's direction is part of it.

    When a date follows ("three days before March 4"), it is what the offset counts from, so the
    span takes it in.
    """
    doc = span.doc
    if not _OFFSET_DURATION.fullmatch(span.text) or span.end + 1 >= len(doc):
        return span
    word, following = doc[span.end], doc[span.end + 1]
    if word.lower_ not in ("after", "before") or following.is_punct:
        return span
    end = span.end + 1
    if following.ent_iob_ == "B" and following.ent_type_ == "DATE":
        end += 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    return doc[span.start:end]


def _split_pair(span: Span) -> list[Span]:
    """'1950-1953' written as one word is two years, not one span with no value."""
    match = next((m for pattern in _PAIRS if (m := pattern.fullmatch(span.text))), None)
    if match is None:
        return [span]
    parts = [span.doc.char_span(span.start_char + match.start(g), span.start_char + match.end(g)) for g in (1, 2)]
    return [part for part in parts if part is not None] or [span]


def _trim(span: Span) -> Span:
    # "today, Jan Egeland": the model sometimes runs a date into the name after it.
    comma = re.search(rf",\s+(?![0-9]|{_MONTH}\s+\d)", span.text, re.I)
    if comma is not None:
        trimmed = span.doc.char_span(span.start_char, span.start_char + comma.start(), alignment_mode="contract")
        if trimmed is not None and len(trimmed):
            span = trimmed
    tail = _DATELINE_TAIL.search(span.text)
    if tail is None:
        return span
    trimmed = span.doc.char_span(span.start_char, span.start_char + tail.start(), alignment_mode="contract")
    return trimmed if trimmed is not None and len(trimmed) else span


def _is_name(span: Span) -> bool:
    """A lone month name acting as a subject is a person ("May stated"), not a date.

    A possessive is a person only for "May" ("May's government"); "April's general elections" is a date.
    """
    if len(span) != 1 or span.text.lower() not in MONTHS:
        return False
    return span.root.dep_ in ("nsubj", "nsubjpass") or (span.root.dep_ == "poss" and span.text.lower() == "may")


def _sentence_index(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


#: Verbs whose infinitive complement lies ahead of them: "has asked the speaker to convene ... on June 6".
_FORWARD_VERBS = {
    "plan", "expect", "schedule", "intend", "aim", "hope", "set", "ask", "urge", "invite", "agree", "decide",
    "promise", "pledge", "vow", "want", "seek", "propose", "request",
}
_FUTURE_MODIFIERS = ("planned", "scheduled", "upcoming", "due", "proposed", "coming")
#: Verbs that say a deadline has already gone by.
_DEADLINE_PASSED = {"miss", "pass", "expire", "meet", "beat", "extend"}


def _tense(span: Span) -> Tense:
    """Past or future from the verb that governs the expression; unknown otherwise."""
    root = span.root
    if _same_day_as_report(span):
        return "unknown"
    if root.dep_ == "poss" and root.head.pos_ in ("NOUN", "PROPN"):
        noun = root.head
        if any(child.lower_ in _FUTURE_MODIFIERS for child in noun.children):
            return "future"  # "Saturday's planned event"
        if noun.dep_ == "pobj" and noun.head.lower_ in ("after", "since", "following"):
            # "cannot be confident ... after Thursday's attack": a modal speaks of the present, the
            # attack is behind it; only "will" puts it ahead ("after Sunday's vote, parliament will ...").
            return _clause_tense(span, modals=False)
    return _clause_tense(span)


def _same_day_as_report(span: Span) -> bool:
    """'would meet later on Tuesday night': 'later' places the weekday on the day of the report."""
    doc, start = span.doc, span.start
    words = [t.lower_ for t in doc[max(0, start - 2):start]]
    if not (words[-1:] in (["later"], ["earlier"]) or words in (["later", "on"], ["earlier", "on"])):
        return False
    verb = span.root
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    return not any(child.lower_ in ("will", "'ll", "shall") for child in verb.children)


def _clause_tense(span: Span, *, modals: bool = True) -> Tense:
    token = span.root
    path = []
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT":
            break
        path.append(token)
        token = token.head
    if any(t.lemma_ == "deadline" for t in path) and token.lemma_ not in _DEADLINE_PASSED and not any(t.lower_ in ("since", "after") for t in path):
        return "future"  # "set a deadline of November 24": a deadline lies ahead when it is set
    chain = [token]
    while chain[-1].dep_ in ("conj", "xcomp", "advcl") and chain[-1].head.i != chain[-1].i and len(chain) < 4:
        chain.append(chain[-1].head)  # "would open in September and begin ... in November"
    near = [*chain, *(c for t in chain for c in t.children)]
    if any(t.lemma_ in _FUTURE_LEMMAS for t in chain) or any(t.lower_ in ("planned", "scheduled", "upcoming", "due") for t in near):
        return "future"
    auxiliaries = {child.lower_ for t in chain for child in t.children if child.dep_ in ("aux", "auxpass")}
    if auxiliaries & {"will", "'ll", "shall", "would", "wo"} or token.lower_ in ("will", "would"):
        return "future"
    if modals and auxiliaries & {"could", "may", "might", "should", "must", "can", "ca"} and "have" not in auxiliaries:
        return "future"  # "could reopen by mid-May"
    if any(child.lower_ == "to" and child.dep_ == "aux" for child in token.children) and token.head.lemma_ in _FORWARD_VERBS:
        return "future"
    if auxiliaries & {"going"} or token.head.lemma_ in ("plan", "schedule") and token.dep_ in ("xcomp",):
        return "future"
    if "Past" in token.morph.get("Tense", []) or auxiliaries & {"has", "have", "had", "did", "was", "were"}:
        return "past"
    return "unknown"


def normalise_time(
    text: str,
    *,
    published: dt.date | None,
    previous: dt.date | None = None,
    tense: Tense = "unknown",
    context: Resolution | None = None,
    context_in_sentence: bool = False,
) -> Resolution:
    """The calendar value of one time expression; UNRESOLVED when it names no calendar unit.

    `previous` is the last day the text gave, `context` the last resolved expression of any precision
    ("June of 2006"), both only when they are near enough to be what the expression refers back to;
    `context_in_sentence` says whether that expression is in the same sentence.
    """
    # A possessive ("last month's") names the month; "the 1990's" is a decade and stays as it is.
    text = re.sub(r"(?<=[A-Za-z])['’]s$", "", " ".join(text.split()))
    if re.match(r"(?i)^(?:over |in |during |for )?the (?:(?:last|past|next|coming) (?:\w+ )?(?:days|weeks|months|years)|(?:last|past) (?:week|month|year))$", text):
        return UNRESOLVED  # "in the last year" is a stretch of time, not a calendar unit
    if tense == "past" and re.match(r"(?i)(?:until|till|through)\s", text):
        # "the amnesty was later extended until September 30": the end of a stretch begun in the past
        # may lie ahead; the nearest date is meant.
        tense = "unknown"
    named_day = re.match(rf"(?i)(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:,|\s+(?={_MONTH_WORD}))", text)
    words = _LEAD.sub("", text).strip(" ,.").lower()
    if not words:
        return UNRESOLVED
    year_word = re.search(r",?\s+(?:of\s+)?(this|last|next)\s+year$", words) if published is not None else None
    if year_word and published is not None:
        # "25 June this year", "March 3 last year": the year word fixes the year.
        year = published.year + {"this": 0, "last": -1, "next": 1}[year_word.group(1)]
        words = f"{words[:year_word.start()]} {year}"
    # A range ("15-17 July", "June 7 to 10") is dated by its first day.
    words = re.sub(r"^(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?\s+", r"\1 ", words)
    words = re.sub(rf"^{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*\d{{1,2}}(?:st|nd|rd|th)?\b", lambda m: f"{m.group('month')} {m.group(2)}", words)
    weekday = WEEKDAYS[named_day.group(1).lower()] if named_day else None
    absolute = _absolute(words, published=published, tense=tense, weekday=weekday, context=context, previous=previous)
    if absolute is not None:
        return absolute._replace(anchor="publication") if year_word and absolute.value else absolute
    if m := _ANCHORED_OFFSET.fullmatch(words):
        here = context if context_in_sentence else None
        return _anchored_offset(m, published=published, previous=previous, here=here, tense=tense)
    if previous is not None:
        relative = _relative_to(words, previous)
        if relative is not None:
            return relative._replace(anchor="previous")
    if published is None:
        return UNRESOLVED
    relative = _relative_to(words, published)
    if relative is not None:
        return relative._replace(anchor="publication")
    return _deictic(words, published=published, tense=tense) or _fallback(words, published=published, tense=tense)


#: "hours after a tip", "a month after he was reported killed", "on Monday, five days after the summit":
#: the span names the time of its own clause, which the text has just given (gold: "relative to
#: previous"). The event it counts from is a clause or a noun, rarely a date, so the count does not move it.
_ANCHORED_OFFSET = re.compile(
    r"(?:(?P<count>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)\s+)?"
    r"(?P<unit>hour|minute|day|week|month|year)s?\s+(?P<direction>after|before)(?:\s+(?P<event>.+))?"
)
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _anchored_offset(
    match: re.Match[str], *, published: dt.date | None, previous: dt.date | None, here: Resolution | None, tense: Tense,
) -> Resolution:
    unit, count = match["unit"], match["count"]
    exact = count is not None and count not in ("a few", "several")
    event = _absolute(match["event"], published=published, tense=tense) if match["event"] else None
    if event is not None and event.day is not None:
        # "two days after March 4": here the event is a date, and the count moves it.
        if not exact:
            return UNRESOLVED
        if unit in ("hour", "minute"):
            return _day(event.day, event.anchor)
        sign = 1 if match["direction"] == "after" else -1
        return _shift(event.day, unit, sign * (_count(count) or 0), event.anchor)
    if unit in ("hour", "minute"):
        if exact and (_count(count) or 0) > 12:
            return UNRESOLVED  # "36 hours after" may fall on another day
        precision: TimePrecision = "day"
    elif not exact:
        return UNRESOLVED  # "days after", "a few days before the statement" (gold: vague offsets are null)
    else:
        precision = "day" if unit == "day" else unit  # type: ignore[assignment]
    if unit in ("hour", "minute"):
        # Hours from an event stay on its day, whichever of the two the last day given belongs to.
        if previous is not None:
            return _day(previous, "previous")
    elif here is not None and here.value is not None:
        # "on Monday, five days after the summit", "in June of 2006, a month after ...": a date in the
        # same sentence is the clause's own. One from an earlier sentence may instead be the event's
        # ("The vote was on March 4. Two days after the vote ..."), so it is not used.
        return _truncate(here, precision)._replace(anchor="previous")
    elif tense in ("past", "future"):
        return UNRESOLVED
    # "This comes one day after ...": a clause in the present is the time of writing.
    if published is None:
        return UNRESOLVED
    return _truncate(_day(published, "publication"), precision)


def _truncate(resolution: Resolution, precision: TimePrecision) -> Resolution:
    """The same time at a coarser precision (a day's month); never finer than it was given."""
    assert resolution.value is not None and resolution.precision is not None
    if _PRECISION_RANK[precision] <= _PRECISION_RANK[resolution.precision]:
        return resolution
    if resolution.precision == "day":
        start = dt.date.fromisoformat(resolution.value)
    elif resolution.precision == "week":
        year, week = resolution.value.split("-W")
        start = dt.date.fromisocalendar(int(year), int(week), 1)
    else:
        start = dt.date(int(resolution.value[:4]), int(resolution.value[5:7]), 1)
    return _shift(start, precision, 0, resolution.anchor)


def _absolute(
    words: str, *, published: dt.date | None, tense: Tense, weekday: int | None = None, context: Resolution | None = None, previous: dt.date | None = None,
) -> Resolution | None:
    if m := re.fullmatch(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})", words):
        return _day(_safe_date(int(m["y"]), int(m["m"]), int(m["d"])), "none")
    if m := re.fullmatch(rf"{_MONTH}\s+{_DAY}(?:\s*,?\s*{_YEAR})?", words) or re.fullmatch(rf"{_DAY}\s+(?:of\s+)?{_MONTH}(?:\s*,?\s*{_YEAR})?", words):
        month, day = MONTHS[m["month"]], int(m["day"])
        if m["year"]:
            return _day(_safe_date(int(m["year"]), month, day), "none")
        stated = _year_of_same_month(context, month, lambda y: _safe_date(y, month, day), published=published, tense=tense, unit="day")
        if stated is not None:
            # "in June of 2006 ... a June 16 kidnapping" (published 2007): the month just dated gives the year.
            return _day(_safe_date(stated, month, day), "previous")
        if published is None:
            return UNRESOLVED
        if weekday is not None:
            # "Wednesday, April 12": the year in which April 12 is a Wednesday, nearest first.
            for candidate in (published.year, published.year - 1, published.year + 1):
                date = _safe_date(candidate, month, day)
                if date is not None and date.weekday() == weekday and abs((date - published).days) < 200:
                    return _day(date, "publication")
        if tense == "future" and previous is not None and previous < published:
            # "aired a tape on April 23 saying they would kill the journalists by April 27" (published
            # May 5): a future told as of a day the text just gave lies after that day, not after publication.
            after = _nearest_year(previous, tense, lambda y: _safe_date(y, month, day))
            if after is not None:
                return _day(_safe_date(after, month, day), "previous")
        nearest = _nearest_year(published, tense, lambda y: _safe_date(y, month, day))
        return _day(_safe_date(nearest, month, day), "publication") if nearest else UNRESOLVED
    if m := re.fullmatch(rf"(?:(?:early|mid|late|the end of|end of|the beginning of|beginning of)[\s-]+)?{_MONTH}(?:\s*,?\s*(?:of\s+)?{_YEAR})?", words):
        month = MONTHS[m["month"]]
        if m["year"]:
            return Resolution(f"{m['year']}-{month:02d}", "month", "none")
        stated = _year_of_same_month(context, month, lambda y: dt.date(y, month, 1), published=published, tense=tense, unit="month")
        if stated is not None:
            return Resolution(f"{stated}-{month:02d}", "month", "previous")
        if published is None:
            return UNRESOLVED
        nearest = _nearest_year(published, tense, lambda y: dt.date(y, month, 1), unit="month")
        return Resolution(f"{nearest}-{month:02d}", "month", "publication") if nearest else UNRESOLVED
    if m := re.fullmatch(rf"{_MONTH}\s*(?:-|–|to|through)\s*{_MONTH_WORD}(?:\s*,?\s*{_YEAR})?", words):
        # "March-June 2003": parts of one year have year precision (gold guideline).
        if m["year"]:
            return Resolution(m["year"], "year", "none")
        if published is None:
            return UNRESOLVED
        first = MONTHS[m["month"]]
        nearest = _nearest_year(published, tense, lambda y: dt.date(y, first, 1), unit="month")
        return Resolution(f"{nearest}", "year", "publication") if nearest else UNRESOLVED
    if m := re.fullmatch(rf"(?:(?:early|mid|late|the end of|end of)[\s-]+)?{_YEAR}", words):
        return Resolution(m["year"], "year", "none")
    return None


def _year_of_same_month(
    context: Resolution | None, month: int, make: Callable[[int], dt.date | None], *, published: dt.date | None, tense: Tense, unit: str,
) -> int | None:
    """The year the text just gave for this month, when it differs from the publication's guess.

    Only a written year counts (or one carried from it), not one that was itself guessed from the
    tense, and only when the tense agrees: "It will take effect on June 30" after "In June 2025, the
    deal was signed" is next year's June 30 in an article of September 2025.
    """
    if context is None or context.value is None or context.precision not in ("day", "month") or context.anchor == "publication":
        return None
    year = int(context.value[:4])
    if int(context.value[5:7]) != month:
        return None
    if published is None:
        return year
    date = make(year)
    if date is None or (tense == "future" and date < published) or (tense == "past" and date > published):
        return None
    guess = _nearest_year(published, tense, make, unit=unit)
    return year if year != guess else None


def _relative_to(words: str, anchor: dt.date) -> Resolution | None:
    """Offsets that count from a date: 'the next day', 'two days later', 'hours later'."""
    if re.fullmatch(r"(?:the\s+)?(?:next|following)\s+day|(?:a|one)\s+day\s+later|the\s+day\s+after", words):
        return _day(anchor + dt.timedelta(days=1), "previous")
    if re.fullmatch(r"(?:the\s+)?(?:previous|preceding)\s+day|the\s+day\s+before|(?:a|one)\s+day\s+(?:earlier|before)", words):
        return _day(anchor - dt.timedelta(days=1), "previous")
    if re.fullmatch(r"(?:hours|minutes|moments)\s+(?:later|earlier|before|after)|(?:later|earlier)\s+that\s+day|that\s+(?:same\s+)?day|(?:the\s+)?same\s+day", words):
        return _day(anchor, "previous")
    if m := re.fullmatch(rf"{_COUNT}\s+{_UNIT}\s+(?P<dir>later|after|earlier|before)", words):
        count = _count(m["count"])
        if count is None:
            return None
        sign = 1 if m["dir"] in ("later", "after") else -1
        return _shift(anchor, m["unit"], sign * count, "previous")
    return None


def _deictic(words: str, *, published: dt.date, tense: Tense) -> Resolution | None:
    """Expressions that point from the publication date: 'yesterday', 'last week', 'on Tuesday'."""
    fixed = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}
    if words in fixed:
        return _day(published + dt.timedelta(days=fixed[words]), "publication")
    if m := re.fullmatch(r"(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?P<which>this|last|next)\s+month", words):
        # "on the 15th of this month": a day of a month counted from the publication.
        index = published.year * 12 + published.month - 1 + {"this": 0, "last": -1, "next": 1}[m["which"]]
        return _day(_safe_date(index // 12, index % 12 + 1, int(m["day"])), "publication")
    if m := re.fullmatch(rf"{_COUNT}\s+{_UNIT}\s+ago", words):
        count = _count(m["count"])
        return _shift(published, m["unit"], -count, "publication") if count is not None else None
    if m := re.fullmatch(r"(?:(?:early|late)\s+(?:on\s+)?)?(?:(?P<which>last|next|this|coming|past|earlier this|later this)\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?", words):
        target = WEEKDAYS[m["weekday"]]
        which = m["which"] or ""
        forward = which in ("next", "coming") or (which in ("", "this") and tense == "future")
        if forward:
            days = (target - published.weekday()) % 7
            if which in ("next", "coming"):
                days = days or 7
            # Otherwise the publication's own weekday is that day, as in the past tense below:
            # "talks are expected to continue on Wednesday" in an article of a Wednesday.
        elif which in ("last", "past"):
            days = -((published.weekday() - target) % 7 or 7)
        else:
            # Wire copy says "on Wednesday" for the day of its own dateline, so the
            # publication's own weekday is that day, not a week before.
            days = -((published.weekday() - target) % 7)
        return _day(published + dt.timedelta(days=days), "publication")
    if m := re.fullmatch(rf"(?P<which>last|next|this|coming)\s+{_MONTH}", words):
        month = MONTHS[m["month"]]
        if m["which"] == "last":
            year = published.year if month < published.month else published.year - 1
        elif m["which"] in ("next", "coming"):
            year = published.year if month > published.month else published.year + 1
        else:
            year = published.year
        return Resolution(f"{year}-{month:02d}", "month", "publication")
    if m := re.fullmatch(r"(?P<which>last|this|next|coming|earlier this|later this)\s+(?:spring|summer|fall|autumn|winter|season)", words):
        step = {"last": -1, "next": 1, "coming": 1}.get(m["which"], 0)
        return Resolution(f"{published.year + step}", "year", "publication")
    if m := re.fullmatch(r"(?:the\s+)?(?P<season>spring|summer|autumn|fall)(?:\s+(?:break|recess|holidays?|session))?", words):
        return _season(m["season"], published=published, tense=tense)
    if words in ("week", "the week"):
        return _shift(published, "week", 0, "publication")  # "by the end of the week"
    if m := re.fullmatch(r"(?P<which>last|past|previous|this|next|coming|earlier this|later this|current)\s+(?P<unit>week|month|year)", words):
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(m["which"], 0)
        return _shift(published, m["unit"], step, "publication")
    return None


#: Seasons that lie inside one calendar year (northern hemisphere): first and last month. Winter
#: spans two years and stays unresolved (gold guideline).
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


def _season(season: str, *, published: dt.date, tense: Tense) -> Resolution:
    """'before the summer break': the year of the season the tense points to, nearest first."""
    first, last = _SEASONS[season]
    if tense == "past":
        year = published.year if published.month >= first else published.year - 1
    elif tense == "future":
        year = published.year if published.month <= last else published.year + 1
    else:
        middle = (first + last) / 2
        year = min((published.year - 1, published.year, published.year + 1), key=lambda y: abs((y - published.year) * 12 + middle - published.month))
    return Resolution(f"{year}", "year", "publication")


def _fallback(words: str, *, published: dt.date, tense: Tense) -> Resolution:
    """Explicit dates in formats the rules above do not cover ('3/4/2021', '4 September 2021')."""
    if not re.search(r"\d", words) or re.search(r"\b(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies))\b|\d0['’]?s\b", words):
        return UNRESOLVED  # durations, vague periods and ages name no calendar unit
    import dateparser  # imported here: it takes about a second to load and most texts never need it

    parsed = dateparser.parse(
        words,
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime.combine(published, dt.time()),
            "PREFER_DATES_FROM": "future" if tense == "future" else "past",
            "REQUIRE_PARTS": ["day", "month", "year"],
        },
    )
    return _day(parsed.date(), "none") if parsed else UNRESOLVED


def _nearest_year(published: dt.date, tense: Tense, make: object, *, unit: str = "day") -> int | None:
    """The year that puts a yearless date nearest the publication date on the side the tense says."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        date = make(year)  # type: ignore[operator]
        if date is not None:
            candidates.append((year, date))
    if not candidates:
        return None
    reference = published.replace(day=1) if unit == "month" else published
    if tense == "past":
        past = [(y, d) for y, d in candidates if d <= reference]
        return past[-1][0] if past else None
    if tense == "future":
        future = [(y, d) for y, d in candidates if d >= reference]
        return future[0][0] if future else None
    return min(candidates, key=lambda c: (abs((c[1] - reference).days), c[1] > reference))[0]


def _shift(anchor: dt.date, unit: str, count: int, how: TimeAnchor) -> Resolution:
    if unit == "day":
        return _day(anchor + dt.timedelta(days=count), how)
    if unit == "week":
        year, week, _ = (anchor + dt.timedelta(weeks=count)).isocalendar()
        return Resolution(f"{year}-W{week:02d}", "week", how)
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + count
        return Resolution(f"{index // 12}-{index % 12 + 1:02d}", "month", how)
    return Resolution(f"{anchor.year + count}", "year", how)


def _day(date: dt.date | None, how: TimeAnchor) -> Resolution:
    if date is None:
        return UNRESOLVED
    return Resolution(date.isoformat(), "day", how, date)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBERS.get(word)
