"""The ledger across articles: one entry per fact, with its history (stage accord.ledger.v2).

Each article gives records on its own: a commitment here, an event there. The ledger joins
the records that report the same fact into one entry, keeps every report as evidence, and
reads what happened between them:

- **Near-duplicate articles.** Wire copies and updates of one story are found by MinHash
  over word shingles (datasketch). A copy's records still count as evidence, but its
  source is not counted twice.
- **One entry per fact.** Records join when the rules below agree, in date order:
  1. the same record kind and the same "what" (commitment kind, or event type);
  2. the same actors (state codes; names for actors without one), and the same side behind
     them where the records say: the state and a sector apart from it (Mugabe's government
     and the MDC, both ZWE; a state's government and its army are one side), or groups apart
     from their state led by different people (JEM's Khalil Ibrahim and the SLM's Abdel
     Wahed, both SDN rebels) are two actors;
  3. compatible recipients: the same, or one side does not say;
  4. no conflicting sums: "$800 million" and "$500 million" are two packages, and so are
     "$1 billion to ensure ..." and "$1 billion to purchase ...": one sum, two purposes;
  5. not announced as one more ("an additional $800 million", "further measures", "another
     200 troops on top of ..."), unless it retells within a day the one more announced before
     ("set to more than double" on Tuesday, "an additional 450 troops" on Wednesday), tells
     again the same day the sum the entry has, follows a refusal of one more ("no
     increase", later "an additional 450": a change of mind), or refuses more the day a
     refusal is told ("would not come", "will not join further discussions");
  6. not what one article says is in place ("the troops we already have", "190 at the
     moment") joined with what the same article announces (planned, pledged, offered):
     those are two contributions;
  7. within `window_days` of the entry's latest report, or `standing_days` while what the
     entry holds is in force (troops delivered, sanctions imposed, not since withdrawn).
  A report is placed on its own date when that is already past at publication (a surge
  "in 2007" told in 2008 is placed in 2007), else on the article's date.
- **Changes.** A later report with another stance (pledged -> withdrawn, planned -> imposed)
  is a change, with both ends' dates and evidence. Stances on one level of a commitment
  (considering, conditional, offered, threatened; pledged, planned; delivered, imposed) tell
  the same thing in other words: "pledged", then "planned", then "withdrawn" is one change,
  pledged -> withdrawn.
- **Contradictions.** Reports of opposite polarity within `contradiction_days` of each other,
  at least one of them by a third party, are a contradiction ("Macron lists Italy among the
  committed; Meloni says Italy will not send troops"), not a change.

Computation is one sort and one pass per actor-and-kind bucket, so it grows with the number
of records (times the few entries open in a bucket), not with its square: each open entry
keeps what the rules ask of it (sides, sums, days told as one more) up to date as reports
join, so testing a report against an entry does not read the entry's reports.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

EXTRACTOR = "accord.ledger.v2"

#: Stances and statuses that say a thing is, or will be, done, and those that say it is not.
POSITIVE = {"pledged", "offered", "considering", "conditional", "planned", "delivered", "imposed", "threatened", "occurred", "future", "hypothetical"}
NEGATIVE = {"ruled_out", "withdrawn", "paused", "negated"}
#: Words that announce another instance of the same kind: "an additional $800 million",
#: "another 200 troops", "further measures", "a third vessel".
_ANOTHER = re.compile(r"\b(?:additional|another|further|new|extra|fresh|a (?:second|third|fourth)|on top of|over and above|increase|surge|more than (?:double|triple))\b", re.I)
#: Words that say a thing is in place by the time of the report: "the troops we already
#: have", "190 at the moment", "forces currently stationed".
_IN_PLACE = re.compile(r"\b(?:already|at the moment|at present|currently|so far|to date)\b", re.I)
#: Stances of a thing still to come.
_TO_COME = {"pledged", "offered", "considering", "conditional", "planned", "threatened", "future", "hypothetical"}
#: Days within which one more, told again, is the same one more.
_RETELL_DAYS = 1
#: Stances of a standing state: troops on the ground, sanctions in force.
STANDING = {"delivered", "imposed"}
#: Sectors that act apart from their state: an opposition party's refusal is not the
#: government's, and a rebel group's ceasefire is not the state's. Other sectors (the
#: government, the armed forces, the police, the courts) act as the state.
SEPARATE_SECTORS = {"OPP", "REB", "PTY", "CVL", "MED", "BUS", "NGO"}
#: Sums of money: "$800 million", "€2bn".
_AMOUNT = re.compile(r"[$€£]\s?\d[\d,.]*(?:\s*(?:million|billion|bn|m)\b)?|\b\d[\d,.]*\s*(?:million|billion)\s+(?:dollars|euros|pounds)\b", re.I)


#: A sum followed by what it is for: "$1 billion to purchase and deliver key supplies".
_PURPOSE = re.compile(r"(?P<amount>" + _AMOUNT.pattern + r")\s+to\s+(?P<purpose>(?-i:[a-z]+))\b", re.I)


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
    #: Finer than the codes: the PLOVER sector of the side that acts ("GOV", "OPP", "REB"),
    #: when known. Mugabe's government and the MDC are both ZWE.
    actor_sector: str | None = None
    #: The group or leader that acts, for an actor apart from its state (JEM's Khalil Ibrahim,
    #: SLM's Abdel Wahed, both rebels coded SDN); None for a state, whose officials all speak for it.
    actor_name: str | None = None
    evidence: str = ""  # the words that say it
    sentence: str = ""
    start: int = 0
    end: int = 0
    copy_of: str | None = None  # the article this one is a near-duplicate of

    @property
    def when(self) -> dt.date | None:
        """The day the report is placed on: its own date when that is already past at
        publication ("in 2007 the US initiated a surge" is placed in 2007, on the last day of a
        month or year given alone, the nearest it can be to the report), else the article's. A
        date still to come is the planned act's ("out of Iraq by 2011"), not the report's."""
        own = _last_day(self.date)
        if own is None or self.published is None:
            return own or self.published
        if own > self.published or self.published.isoformat().startswith(self.date or ""):
            return self.published
        return own

    @property
    def side(self) -> str | None:
        """The side that acts, where known: the state ("GOV", "MIL" alike), or a sector apart from it."""
        if self.actor_sector is None:
            return None
        return self.actor_sector if self.actor_sector in SEPARATE_SECTORS else "state"

    @property
    def is_another(self) -> bool:
        """The words say this is one more of its kind, not the one reported before."""
        return bool(_ANOTHER.search(self.evidence))

    @property
    def is_in_place(self) -> bool:
        """The words say it is there already, not announced now ("forces currently stationed
        would be pulled out" is a withdrawal to come, not a presence)."""
        return self.stance not in NEGATIVE and bool(_IN_PLACE.search(self.evidence))

    @property
    def is_to_come(self) -> bool:
        """Announced, planned or offered, and not said to be in place already."""
        return self.stance in _TO_COME and not self.is_in_place

    @property
    def purposes(self) -> dict[str, str]:
        """What each sum is for, by the verb after it: "$1 billion to purchase ..." -> purchase."""
        return {_normal(m["amount"]): m["purpose"] for m in _PURPOSE.finditer(self.evidence)}

    @property
    def amounts(self) -> frozenset[str]:
        return frozenset(_normal(m.group(0)) for m in _AMOUNT.finditer(self.evidence))


def _last_day(value: str | None) -> dt.date | None:
    """The last day of an ISO date, month or year ("2006-08" -> 2006-08-31)."""
    if not value or not re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", value):
        return None
    try:
        if len(value) == 4:
            return dt.date(int(value), 12, 31)
        if len(value) == 7:
            first_of_next = dt.date.fromisoformat(value + "-01").replace(day=28) + dt.timedelta(days=4)
            return first_of_next - dt.timedelta(days=first_of_next.day)
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _normal(amount: str) -> str:
    return re.sub(r"\s+", " ", amount.strip().lower())


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
    sides: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    # Kept up to date as claims join, so that testing a claim against an entry costs the
    # same however many reports the entry holds.
    purposes: dict[str, set[str]] = field(default_factory=dict)  # sum -> what it is said to be for
    one_more_days: set[dt.date] = field(default_factory=set)  # days it was told as one more
    one_more_told: bool = False  # told as one more, not refused
    one_more_refused: bool = False  # one more refused ("no major increase")
    in_place_articles: set[str] = field(default_factory=set)
    to_come_articles: set[str] = field(default_factory=set)
    in_force: bool = False  # delivered or imposed, and not withdrawn since

    def add(self, claim: Claim) -> None:
        self.claims.append(claim)
        self.recipients.update(claim.recipients)
        self.amounts = self.amounts | claim.amounts
        if claim.side:
            self.sides.add(claim.side)
        if claim.actor_name:
            self.names.add(claim.actor_name)
        for amount, purpose in claim.purposes.items():
            self.purposes.setdefault(amount, set()).add(purpose)
        if claim.is_another and claim.stance in NEGATIVE:
            self.one_more_refused = True
        elif claim.is_another:
            self.one_more_told = True
            if claim.when is not None:
                self.one_more_days.add(claim.when)
        if claim.is_in_place:
            self.in_place_articles.add(claim.article_id)
        if claim.is_to_come:
            self.to_come_articles.add(claim.article_id)
        if claim.stance in STANDING:
            self.in_force = True
        elif claim.stance == "withdrawn":
            self.in_force = False


def link(claims: Iterable[Claim], *, window_days: int = 120, standing_days: int = 180, contradiction_days: int = 14) -> Ledger:
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
                horizon = claim.when - dt.timedelta(days=max(window_days, standing_days))
                active = [g for g in active if g.claims[-1].when is None or g.claims[-1].when >= horizon]
            group = _group_for(claim, active, window_days, standing_days)
            if group is None:
                group = _Open()
                groups.append(group)
                active.append(group)
            group.add(claim)
        for group in groups:
            entry = _entry(record, what, actors, group)
            entries.append(entry)
            found_changes, found_contradictions = _history(entry, contradiction_days)
            changes.extend(found_changes)
            contradictions.extend(found_contradictions)
    entries.sort(key=lambda e: (e.latest_date or dt.date.min, e.id), reverse=True)
    return Ledger(entries=tuple(entries), changes=tuple(changes), contradictions=tuple(contradictions))


def _group_for(claim: Claim, groups: Sequence[_Open], window_days: int, standing_days: int) -> _Open | None:
    """The latest open entry this claim belongs to, by recipients, amounts and time."""
    for group in reversed(groups):
        last = group.claims[-1]
        if claim.is_another and not _retells_one_more(claim, group):
            continue
        window = standing_days if group.in_force else window_days
        if last.when is not None and claim.when is not None and (claim.when - last.when).days > window:
            continue
        if claim.recipients and group.recipients and not (set(claim.recipients) & group.recipients):
            continue
        if not _same_side(claim, group):
            continue
        if _in_place_and_to_come(claim, group):
            continue
        amounts = claim.amounts
        if amounts and group.amounts and not (amounts & group.amounts):
            continue  # "$800 million" after "$500 million": another package
        if _purposes_differ(claim, group):
            continue  # "$1 billion to purchase supplies" beside "$1 billion to ensure ... aircraft"
        return group
    return None


def _retells_one_more(claim: Claim, group: _Open) -> bool:
    """Whether a claim announced as one more still belongs to this entry.

    "Another $800 million" a week later is a new package, and "further measures" are not the
    ones imposed today. But the one more told again within a day is the same one ("set to
    more than double" on Tuesday, "an additional 450 troops" on Wednesday), as is the sum the
    entry already has, told again the same day ("a new pledge of $150 million"); one more
    after the actor refused one more is the actor changing its mind ("no major increase",
    then "an additional 450 troops"); and refusing more, the day a refusal is told, is that
    refusal ("would not come", "will not come to join further discussions")."""
    if claim.when is None:
        return False
    last = group.claims[-1]
    if claim.stance in NEGATIVE and last.stance in NEGATIVE and last.when == claim.when:
        return True
    if any(claim.when + dt.timedelta(days=shift) in group.one_more_days for shift in range(-_RETELL_DAYS, _RETELL_DAYS + 1)):
        return True
    if claim.amounts and claim.amounts <= group.amounts and last.when == claim.when:
        return True
    return group.one_more_refused and not group.one_more_told and claim.stance not in NEGATIVE


def _purposes_differ(claim: Claim, group: _Open) -> bool:
    """The same sum said to be for two different ends is two lines of a budget."""
    return any(purpose not in group.purposes.get(amount, {purpose}) for amount, purpose in claim.purposes.items())


def _same_side(claim: Claim, group: _Open) -> bool:
    """No sign of two actors behind one code: sectors and named groups agree where both are known."""
    if claim.side and group.sides and claim.side not in group.sides:
        return False  # the government and the opposition of one state
    return not (claim.actor_name and group.names and claim.actor_name not in group.names)  # two rebel groups


def _in_place_and_to_come(claim: Claim, group: _Open) -> bool:
    """One article telling what is in place and what is to come tells of two contributions:
    "200 troops over and above the troops we already have"."""
    if claim.is_in_place:
        return claim.article_id in group.to_come_articles
    return claim.is_to_come and claim.article_id in group.in_place_articles


def _entry(record: str, what: str, actors: tuple[str, ...], group: _Open) -> Entry:
    first = group.claims[0]
    key = "|".join((record, what, ",".join(actors), first.article_id, str(first.start)))
    return Entry(
        id=hashlib.sha256(key.encode()).hexdigest()[:12], record=record, what=what, actors=actors,
        recipients=tuple(sorted(group.recipients)), claims=tuple(group.claims),
    )


#: Levels of a commitment that is not refused: what is only weighed or offered, what is
#: promised or planned, and what is done. Two reports on one level tell the same thing in other
#: words ("pledged a frigate", then "the frigate is expected to sail"): no change.
_LEVELS = {
    "considering": 1, "conditional": 1, "offered": 1, "threatened": 1,
    "pledged": 2, "planned": 2,
    "delivered": 3, "imposed": 3,
}


def _same_level(one: str, other: str) -> bool:
    return one in _LEVELS and other in _LEVELS and _LEVELS[one] == _LEVELS[other]


def _history(entry: Entry, contradiction_days: int) -> tuple[list[Change], list[Contradiction]]:
    """Changes of stance between reports, and disagreements at about the same time.

    A report is compared with the one that last set the entry's stance, so a restatement on
    the same level ("pledged", then "planned") neither counts as a change nor hides the change
    that follows: pledged on March 4, planned on March 10, withdrawn on March 25 is one change,
    pledged -> withdrawn."""
    changes: list[Change] = []
    contradictions: list[Contradiction] = []
    previous: Claim | None = None
    for claim in entry.claims:
        if previous is not None and _same_level(claim.stance, previous.stance):
            continue
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
