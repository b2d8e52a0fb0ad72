"""The ledger across articles: one entry per fact, with its history (stage accord.ledger.v1).

Each article gives records on its own: a commitment here, an event there. The ledger joins
the records that report the same fact into one entry, keeps every report as evidence, and
reads what happened between them:

- **Near-duplicate articles.** Wire copies and updates of one story are found by MinHash
  over word shingles (datasketch). A copy's records still count as evidence, but its
  source is not counted twice.
- **One entry per fact.** Records join when the rules below agree, in date order:
  1. the same record kind and the same "what" (commitment kind, or event type);
  2. the same actors (state codes; names for actors without one);
  3. compatible recipients: the same, or one side does not say;
  4. no conflicting sums: "$800 million" and "$500 million" are two packages;
  5. not announced as one more ("an additional $800 million", "further measures"), unless
     it retells, the same day, the one more announced before;
  6. within `window_days` of the entry's latest report.
- **Changes.** A later report with another stance (pledged -> withdrawn, planned -> imposed)
  is a change, with both ends' dates and evidence.
- **Contradictions.** Reports of opposite polarity within `contradiction_days` of each other,
  at least one of them by a third party, are a contradiction ("Macron lists Italy among the
  committed; Meloni says Italy will not send troops"), not a change.

Computation is one sort and one pass per actor-and-kind bucket, so it grows with the number
of records (times the few entries open in a bucket), not with its square.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

EXTRACTOR = "accord.ledger.v1"

#: Stances and statuses that say a thing is, or will be, done, and those that say it is not.
POSITIVE = {"pledged", "offered", "considering", "conditional", "planned", "delivered", "imposed", "threatened", "occurred", "future", "hypothetical"}
NEGATIVE = {"ruled_out", "withdrawn", "paused", "negated"}
#: Words that announce another instance of the same kind: "an additional $800 million",
#: "another 200 troops", "further measures", "a third vessel".
_ANOTHER = re.compile(r"\b(?:additional|another|further|new|extra|fresh|a (?:second|third|fourth)|on top of|over and above)\b", re.I)
#: Sums of money: "$800 million", "€2bn".
_AMOUNT = re.compile(r"[$€£]\s?\d[\d,.]*(?:\s*(?:million|billion|bn|m)\b)?|\b\d[\d,.]*\s*(?:million|billion)\s+(?:dollars|euros|pounds)\b", re.I)


@dataclass(frozen=True, kw_only=True)
class Claim:
    """One record as the ledger sees it: who, what, to whom, when, with which stance, and where it was read."""

    record: str  # "commitment" or "event"
    what: str  # commitment kind or PLOVER event type
    actors: tuple[str, ...]  # codes, or names for actors without a code
    recipients: tuple[str, ...] = ()
    stance: str  # commitment stance or event status
    article_id: str
    source: str | None = None
    published: dt.date | None = None
    date: str | None = None  # the record's own date, when the text gives one
    said_by: str | None = None
    said_by_code: str | None = None
    evidence: str = ""  # the words that say it
    sentence: str = ""
    start: int = 0
    end: int = 0
    copy_of: str | None = None  # the article this one is a near-duplicate of

    @property
    def when(self) -> dt.date | None:
        """The day the report is placed on: its own full date, else the article's."""
        if self.date and len(self.date) == 10:
            try:
                return dt.date.fromisoformat(self.date)
            except ValueError:
                pass
        return self.published

    @property
    def is_another(self) -> bool:
        """The words say this is one more of its kind, not the one reported before."""
        return bool(_ANOTHER.search(self.evidence))

    @property
    def amounts(self) -> frozenset[str]:
        return frozenset(re.sub(r"\s+", " ", m.group(0).lower()) for m in _AMOUNT.finditer(self.evidence))


@dataclass(frozen=True, kw_only=True)
class Change:
    """A stance that changed between two reports of one entry."""

    entry: str
    before: Claim
    after: Claim


@dataclass(frozen=True, kw_only=True)
class Contradiction:
    """Two reports of one entry, at about the same time, that disagree."""

    entry: str
    one: Claim
    other: Claim


@dataclass(frozen=True, kw_only=True)
class Entry:
    """One fact across the ledger, with every report of it."""

    id: str
    record: str
    what: str
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    claims: tuple[Claim, ...]

    @property
    def latest(self) -> Claim:
        return self.claims[-1]

    @property
    def first_date(self) -> dt.date | None:
        return next((c.when for c in self.claims if c.when), None)

    @property
    def latest_date(self) -> dt.date | None:
        return next((c.when for c in reversed(self.claims) if c.when), None)

    @property
    def sources(self) -> tuple[str, ...]:
        """The outlets that report it, a wire copy counted once."""
        return tuple(sorted({c.source or "(unknown source)" for c in self.claims if c.copy_of is None}))


@dataclass(frozen=True, kw_only=True)
class Ledger:
    entries: tuple[Entry, ...] = ()
    changes: tuple[Change, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    #: (copy, original) article ids.
    copies: tuple[tuple[str, str], ...] = ()


@dataclass
class _Open:
    claims: list[Claim] = field(default_factory=list)
    recipients: set[str] = field(default_factory=set)
    amounts: frozenset[str] = frozenset()


def link(claims: Iterable[Claim], *, window_days: int = 120, contradiction_days: int = 14) -> Ledger:
    """Join claims into entries and read their changes and contradictions."""
    buckets: dict[tuple[str, str, tuple[str, ...]], list[Claim]] = defaultdict(list)
    for claim in claims:
        buckets[(claim.record, claim.what, tuple(sorted(set(claim.actors))))].append(claim)
    entries: list[Entry] = []
    changes: list[Change] = []
    contradictions: list[Contradiction] = []
    for (record, what, actors), members in sorted(buckets.items()):
        members.sort(key=lambda c: (c.when or dt.date.min, c.article_id, c.start))
        groups: list[_Open] = []
        active: list[_Open] = []  # entries a later claim can still join
        for claim in members:
            if claim.when is not None:
                # Claims come in date order: an entry out of the window now is out of it for
                # good, so it is retired and never looked at again (linear, not quadratic).
                horizon = claim.when - dt.timedelta(days=window_days)
                active = [g for g in active if g.claims[-1].when is None or g.claims[-1].when >= horizon]
            group = _group_for(claim, active, window_days)
            if group is None:
                group = _Open()
                groups.append(group)
                active.append(group)
            group.claims.append(claim)
            group.recipients.update(claim.recipients)
            group.amounts = group.amounts | claim.amounts
        for group in groups:
            entry = _entry(record, what, actors, group)
            entries.append(entry)
            found_changes, found_contradictions = _history(entry, contradiction_days)
            changes.extend(found_changes)
            contradictions.extend(found_contradictions)
    entries.sort(key=lambda e: (e.latest_date or dt.date.min, e.id), reverse=True)
    return Ledger(entries=tuple(entries), changes=tuple(changes), contradictions=tuple(contradictions))


def _group_for(claim: Claim, groups: Sequence[_Open], window_days: int) -> _Open | None:
    """The latest open entry this claim belongs to, by recipients, amounts and time."""
    for group in reversed(groups):
        last = group.claims[-1].when
        if claim.is_another and (last != claim.when or not any(c.is_another for c in group.claims)):
            # "another $800 million" a week later is a new package, and "further measures"
            # are not the ones imposed today; the same day, "another 200 troops" retold is
            # the same 200.
            continue
        if last is not None and claim.when is not None and (claim.when - last).days > window_days:
            continue
        if claim.recipients and group.recipients and not (set(claim.recipients) & group.recipients):
            continue
        amounts = claim.amounts
        if amounts and group.amounts and not (amounts & group.amounts):
            continue  # "$800 million" after "$500 million": another package
        return group
    return None


def _entry(record: str, what: str, actors: tuple[str, ...], group: _Open) -> Entry:
    first = group.claims[0]
    key = "|".join((record, what, ",".join(actors), first.article_id, str(first.start)))
    return Entry(
        id=hashlib.sha256(key.encode()).hexdigest()[:12], record=record, what=what, actors=actors,
        recipients=tuple(sorted(group.recipients)), claims=tuple(group.claims),
    )


def _history(entry: Entry, contradiction_days: int) -> tuple[list[Change], list[Contradiction]]:
    """Changes of stance between consecutive reports, and disagreements at about the same time."""
    changes: list[Change] = []
    contradictions: list[Contradiction] = []
    previous: Claim | None = None
    for claim in entry.claims:
        if previous is not None and claim.stance != previous.stance and claim.copy_of != previous.article_id:
            opposite = (claim.stance in NEGATIVE) != (previous.stance in NEGATIVE)
            close = previous.when is None or claim.when is None or abs((claim.when - previous.when).days) <= contradiction_days
            third_party = _third_party(previous, entry) or _third_party(claim, entry)
            later = previous.when is not None and claim.when is not None and claim.when > previous.when
            if opposite and close and third_party and claim.article_id != previous.article_id:
                contradictions.append(Contradiction(entry=entry.id, one=previous, other=claim))
            elif later:
                # Only over time: two stances in one day's reports are what was said, not a change.
                changes.append(Change(entry=entry.id, before=previous, after=claim))
        previous = claim
    return changes, contradictions


def _third_party(claim: Claim, entry: Entry) -> bool:
    """Said by someone who is not one of the actors ('Macron confirmed Italy would ...')."""
    return claim.said_by_code is not None and claim.said_by_code not in entry.actors


def find_copies(texts: Iterable[tuple[str, str]], *, threshold: float = 0.5, shingle: int = 5) -> dict[str, str]:
    """Near-duplicate articles: copy id -> the id of the first article it copies.

    MinHash (128 permutations) over word `shingle`-grams, with LSH so that each article is
    compared only with the few that share a band: linear in the number of articles. A wire
    copy with a new first paragraph and a few words changed shares about 0.65 of its
    5-grams with the original; two stories on the same topic share almost none."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    copies: dict[str, str] = {}
    order: dict[str, int] = {}
    for article_id, text in texts:
        words = re.findall(r"\w+", text.lower())
        grams = {" ".join(words[i:i + shingle]) for i in range(max(1, len(words) - shingle + 1))}
        signature = MinHash(num_perm=128)
        signature.update_batch([gram.encode("utf-8") for gram in grams])
        matches = [m for m in lsh.query(signature) if m != article_id]
        if matches:
            copies[article_id] = min(matches, key=order.__getitem__)  # the first one read
        elif article_id not in order:
            order[article_id] = len(order)
            lsh.insert(article_id, signature)
    return copies


def mark_copies(claims: Iterable[Claim], copies: dict[str, str]) -> list[Claim]:
    """The claims with the article each one copies, where it is a copy."""
    return [replace(c, copy_of=copies[c.article_id]) if c.article_id in copies else c for c in claims]
