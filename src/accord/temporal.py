"""Time expressions, normalised against the article's publication date (stage accord.temporal.v1).

Detection takes spaCy's DATE and TIME entities and adds what the small model misses
(bare weekdays, "hours later"). Normalisation is rules first, because the common news
forms need the tense of the clause and the previously mentioned date, which general
date parsers ignore: "on Aug. 18" in a past-tense sentence of an article of 2025-09-05
is 2025-08-18, "in September" after "would be finalized" is the coming September, and
"the next day" follows the last date the text gave. dateparser handles the rest of the
explicit formats.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from .records import Article, TimeAnchor, TimeExpression, TimePrecision

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

EXTRACTOR = "accord.temporal.v1"

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
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_COUNT = r"(?P<count>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_UNIT = r"(?P<unit>day|week|month|year)s?"
_LEAD_WORDS = [
    "on", "in", "at", "by", "since", "from", "until", "till", "during", "before", "after", "of", "for", "the",
    "this past", "only", "just", "at least", "as early as", "as late as", "as of", "some", "about", "around",
    "nearly", "almost", "back in", "earlier in", "later in", "earlier", "later",
    r"(?:the )?(?:end|beginning|start|middle|early part|latter part|first half|second half|early hours|autumn|spring|summer|winter|fall) of",
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),",
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
    sentence_starts = [sent.start_char for sent in doc.sents]
    for span in _candidate_spans(doc):
        sentence = _sentence_index(sentence_starts, span.start_char)
        # "Hours later" follows the date just given, not one from paragraphs back.
        recent = previous if sentence - previous_sentence <= _PREVIOUS_DATE_REACH else None
        resolution = normalise_time(span.text, published=article.published, previous=recent, tense=_tense(span))
        if resolution.day is not None:
            previous, previous_sentence = resolution.day, sentence
        times.append(
            TimeExpression(
                start=span.start_char, end=span.end_char, text=span.text,
                value=resolution.value, precision=resolution.precision, anchor=resolution.anchor,
            )
        )
    return tuple(times)


_EXTRA_PATTERNS = re.compile(
    r"\b(?:(?:last|next|this)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:hours|minutes|days|weeks|months|a day|a week|a month|a year)\s+(?:later|earlier)\b"
    r"|\b(?:the\s+)?(?:next|following|previous)\s+day\b",
    re.I,
)
_NOT_TIME = re.compile(r"^(?:(?!(?:19|20)\d\d$)\d+(?:\.\d+)?%?|[\w-]+[- ]year[- ]olds?|annual|daily|weekly|monthly|quarterly)$", re.I)
#: Time words with no calendar value: detected so that nothing is invented for them.
_UNRESOLVED_WORDS = re.compile(r"\b(?:now|currently|recently|nowadays|at this time|at present)\b", re.I)
#: Where a dateline's date runs into its first words ("March 4 - Ministers from ...").
_DATELINE_TAIL = re.compile(r"\s+[-–—]\s+.*$", re.S)


def _candidate_spans(doc: Doc) -> Iterator[Span]:
    spans = [_trim(ent) for ent in doc.ents if ent.label_ in ("DATE", "TIME") and not _NOT_TIME.match(ent.text) and not _is_name(ent)]
    taken = {i for span in spans for i in range(span.start_char, span.end_char)}
    for pattern in (_EXTRA_PATTERNS, _UNRESOLVED_WORDS):
        for match in pattern.finditer(doc.text):
            if taken.isdisjoint(range(match.start(), match.end())):
                span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                if span is not None:
                    spans.append(span)
                    taken.update(range(span.start_char, span.end_char))
    yield from sorted(spans, key=lambda s: s.start_char)


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
    """A lone month name acting as a subject is a person ("May stated"), not a date."""
    return len(span) == 1 and span.root.dep_ in ("nsubj", "nsubjpass", "poss") and span.text.lower() in MONTHS


def _sentence_index(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def _tense(span: Span) -> Tense:
    """Past or future from the verb that governs the expression; unknown otherwise."""
    token = span.root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT":
            break
        token = token.head
    chain = [token]
    while chain[-1].dep_ in ("conj", "xcomp", "advcl") and chain[-1].head.i != chain[-1].i and len(chain) < 4:
        chain.append(chain[-1].head)  # "would open in September and begin ... in November"
    near = [*chain, *(c for t in chain for c in t.children)]
    if any(t.lemma_ in _FUTURE_LEMMAS for t in chain) or any(t.lower_ in ("planned", "scheduled", "upcoming", "due") for t in near):
        return "future"
    auxiliaries = {child.lower_ for t in chain for child in t.children if child.dep_ in ("aux", "auxpass")}
    if auxiliaries & {"will", "'ll", "shall", "would", "wo"} or token.lower_ in ("will", "would"):
        return "future"
    if auxiliaries & {"could", "may", "might", "should", "must", "can"} and "have" not in auxiliaries:
        return "future"  # "could reopen by mid-May"
    if any(child.lower_ == "to" and child.dep_ == "aux" for child in token.children) and token.head.lemma_ in ("plan", "expect", "schedule", "intend", "aim", "hope", "set"):
        return "future"
    if auxiliaries & {"going"} or token.head.lemma_ in ("plan", "schedule") and token.dep_ in ("xcomp",):
        return "future"
    if "Past" in token.morph.get("Tense", []) or auxiliaries & {"has", "have", "had", "did", "was", "were"}:
        return "past"
    return "unknown"


def normalise_time(text: str, *, published: dt.date | None, previous: dt.date | None = None, tense: Tense = "unknown") -> Resolution:
    """The calendar value of one time expression; UNRESOLVED when it names no calendar unit."""
    # A possessive ("last month's") names the month; "the 1990's" is a decade and stays as it is.
    text = re.sub(r"(?<=[A-Za-z])['’]s$", "", " ".join(text.split()))
    if re.match(r"(?i)^(?:over |in |during |for )?the (?:(?:last|past|next|coming) (?:\w+ )?(?:days|weeks|months|years)|(?:last|past) (?:week|month|year))$", text):
        return UNRESOLVED  # "in the last year" is a stretch of time, not a calendar unit
    named_day = re.match(r"(?i)(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday),", text)
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
    absolute = _absolute(words, published=published, tense=tense, weekday=weekday)
    if absolute is not None:
        return absolute._replace(anchor="publication") if year_word and absolute.value else absolute
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


def _absolute(words: str, *, published: dt.date | None, tense: Tense, weekday: int | None = None) -> Resolution | None:
    if m := re.fullmatch(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})", words):
        return _day(_safe_date(int(m["y"]), int(m["m"]), int(m["d"])), "none")
    if m := re.fullmatch(rf"{_MONTH}\s+{_DAY}(?:\s*,?\s*{_YEAR})?", words) or re.fullmatch(rf"{_DAY}\s+(?:of\s+)?{_MONTH}(?:\s*,?\s*{_YEAR})?", words):
        month, day = MONTHS[m["month"]], int(m["day"])
        if m["year"]:
            return _day(_safe_date(int(m["year"]), month, day), "none")
        if published is None:
            return UNRESOLVED
        if weekday is not None:
            # "Wednesday, April 12": the year in which April 12 is a Wednesday, nearest first.
            for candidate in (published.year, published.year - 1, published.year + 1):
                date = _safe_date(candidate, month, day)
                if date is not None and date.weekday() == weekday and abs((date - published).days) < 200:
                    return _day(date, "publication")
        nearest = _nearest_year(published, tense, lambda y: _safe_date(y, month, day))
        return _day(_safe_date(nearest, month, day), "publication") if nearest else UNRESOLVED
    if m := re.fullmatch(rf"(?:(?:early|mid|late|the end of|end of|the beginning of|beginning of)[\s-]+)?{_MONTH}(?:\s*,?\s*(?:of\s+)?{_YEAR})?", words):
        month = MONTHS[m["month"]]
        if m["year"]:
            return Resolution(f"{m['year']}-{month:02d}", "month", "none")
        if published is None:
            return UNRESOLVED
        nearest = _nearest_year(published, tense, lambda y: dt.date(y, month, 1), unit="month")
        return Resolution(f"{nearest}-{month:02d}", "month", "publication") if nearest else UNRESOLVED
    if m := re.fullmatch(rf"(?:(?:early|mid|late|the end of|end of)[\s-]+)?{_YEAR}", words):
        return Resolution(m["year"], "year", "none")
    return None


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
    if m := re.fullmatch(rf"{_COUNT}\s+{_UNIT}\s+ago", words):
        count = _count(m["count"])
        return _shift(published, m["unit"], -count, "publication") if count is not None else None
    if m := re.fullmatch(r"(?:(?P<which>last|next|this|coming|past|earlier this|later this)\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?", words):
        target = WEEKDAYS[m["weekday"]]
        which = m["which"] or ""
        forward = which in ("next", "coming") or (which in ("", "this") and tense == "future")
        if forward:
            days = (target - published.weekday()) % 7 or 7
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
    if words in ("week", "the week"):
        return _shift(published, "week", 0, "publication")  # "by the end of the week"
    if m := re.fullmatch(r"(?P<which>last|past|previous|this|next|coming|earlier this|later this|current)\s+(?P<unit>week|month|year)", words):
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(m["which"], 0)
        return _shift(published, m["unit"], step, "publication")
    return None


def _fallback(words: str, *, published: dt.date, tense: Tense) -> Resolution:
    """Explicit dates in formats the rules above do not cover ('3/4/2021', '4 September 2021')."""
    if not re.search(r"\d", words) or re.search(r"\b(?:years?|months?|weeks?|days?|hours?|decades?|centur(?:y|ies))\b|\d0['’]?s\b", words):
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
