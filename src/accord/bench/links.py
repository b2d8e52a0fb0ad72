"""Pairwise linking precision and recall of the ledger, on gold commitments.

The pairs in bench/gold/links.jsonl name two gold commitments (article, evidence offsets)
that should, or should not, be one ledger entry. The ledger links the gold commitments
themselves, so this measures linking alone, not extraction.

Gold actors are codes, which cannot tell Mugabe's government from the MDC (both ZWE). The
gold also gives the words naming the actor (`actor_text`) and the speaker (`said_by`); from
them, with accord's knowledge base and the way the article introduces the speaker, each claim
gets the side that acts (`actor_sector`) and, for a group apart from its state, the leader
who speaks for it (`actor_name`), as the pipeline's resolved entities give them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..knowledge import ActorBase, load_actor_base
from ..ledger import Claim, link
from ..records import Article
from .accuracy import Measure, Score

#: Sectors of groups apart from a state, which a short name (a metonym) may carry.
_GROUP_SECTORS = {"REB", "OPP", "PTY", "UAF", "CRM"}
#: Words that name the actor only through the speaker ("we are willing to talk", "he said").
_PRONOUNS = {"i", "we", "us", "he", "she", "they", "it", "his", "her", "their", "our", "my", "its"}


def gold_claims(commitments: list[dict[str, Any]], articles: dict[str, Article]) -> dict[tuple[str, int, int], Claim]:
    """Each gold commitment as a ledger claim, keyed by (article, evidence start, evidence end)."""
    claims: dict[tuple[str, int, int], Claim] = {}
    kb = load_actor_base()
    for item in commitments:
        article = articles[item["article"]]
        for found in item["commitments"]:
            evidence = found["evidence"]
            key = (item["article"], evidence["start"], evidence["end"])
            if key in claims:
                continue  # one span with several kinds: the first one stands for it
            actors = tuple(sorted({c for c in found["actor"] if c}))
            sector, name = _acting_side(actors, found.get("actor_text"), found.get("said_by"), article, kb)
            claims[key] = Claim(
                record="commitment", what=found["kind"], actors=actors,
                recipients=tuple(sorted({c for c in found["recipient"] if c})), stance=found["stance"],
                article_id=item["article"], source=article.source, published=article.published or _published(item),
                date=found.get("date"), said_by=found.get("said_by"), actor_sector=sector, actor_name=name, evidence=evidence["text"],
                sentence=evidence["text"], start=evidence["start"], end=evidence["end"],
            )
    return claims


def _acting_side(actors: tuple[str, ...], actor_text: str | None, said_by: str | None, article: Article, kb: ActorBase) -> tuple[str | None, str | None]:
    """The sector of the side that acts and, for a side apart from its state, who speaks for it.

    The actor's own words say the side first ("the opposition", "the MDC", "President Robert
    Mugabe"); words that only point at the speaker ("we", "he", "Tsvangirai") take the side of
    the speaker, read from how the article introduces them ("Deputy Information Minister
    Bright Matonga"). A state's officials all speak for it, and a body of states (the EU,
    NATO) is one actor whoever speaks, so only a group inside a state that is not its
    government ("JEM", "we" said by the SLM's leader) is named, by its speaker."""
    words = (actor_text or "").strip()
    first = words.split()[0].lower() if words else ""
    through_speaker = said_by is not None and (not words or first in _PRONOUNS or _surname(said_by).lower() in words.lower())
    sector = _sector_of(words, kb) if words and first not in _PRONOUNS else None
    if sector is None and said_by and through_speaker:
        sector = _sector_of(_introduction(said_by, article.text), kb)
        if sector is None and kb.person(said_by, article.published):
            sector = "GOV"  # an office holder the knowledge base lists
    inside_a_state = len(actors) == 1 and actors[0] in kb.countries
    return sector, (said_by if said_by is not None and inside_a_state and sector != "GOV" else None)


def _sector_of(words: str, kb: ActorBase) -> str | None:
    """The sector a description names: by an office or group word, a known body, or a state.

    A body or an office word ("MDC leader", "opposition leader") says more than the
    nationality before it ("Zimbabwean opposition leader"), so a state is the last resort."""
    tokens = re.findall(r"[\w.'-]+", words)
    names_a_state = False
    for size in (4, 3, 2, 1):
        for i in range(len(tokens) - size + 1):
            gram = " ".join(tokens[i:i + size])
            if sector := kb.sector_of(gram):
                return sector
            ref = kb.lookup(gram) if gram[:1].isupper() else None
            if ref is not None and ref.kind == "organisation" and ref.sector:
                return ref.sector
            if ref is not None and ref.kind == "metonym" and ref.sector in _GROUP_SECTORS:
                return ref.sector  # a group's short name ("UIC leader"), not its state
            names_a_state = names_a_state or (ref is not None and ref.kind != "organisation")
    return "GOV" if names_a_state else None


def _introduction(name: str, text: str) -> str:
    """The words around the first full mention of a person: 'MDC leader Morgan Tsvangirai',
    'Khalil Ibrahim, leader of the Justice and Equality Movement (JEM)'."""
    at = text.find(name)
    if at < 0:
        at = text.find(_surname(name))
    if at < 0:
        return ""
    before = re.split(r"[.;:,\"()\n]", text[max(0, at - 60):at])[-1].split()[-4:]
    after = text[at + len(name):at + len(name) + 80]
    apposition = re.match(r",\s*([^,.;()\n]+)", after)
    return " ".join(before) + (" , " + apposition.group(1) if apposition else "")


def _surname(name: str) -> str:
    parts = [p for p in name.replace(",", " ").split() if p.lower().rstrip(".") not in {"jr", "sr"}]
    return parts[-1] if parts else name


def _published(item: dict[str, Any]) -> dt.date | None:
    return dt.date.fromisoformat(item["published"]) if item.get("published") else None


def score_links(pairs: list[dict[str, Any]], commitments: list[dict[str, Any]], articles: dict[str, Article]) -> list[Measure]:
    """Precision and recall of 'same entry' over the gold pairs."""
    claims = gold_claims(commitments, articles)
    ledger = link(claims.values())
    entry_of = {(c.article_id, c.start, c.end): entry.id for entry in ledger.entries for c in entry.claims}
    tp = fp = fn = 0
    for pair in pairs:
        a = entry_of[(pair["a"]["article"], pair["a"]["start"], pair["a"]["end"])]
        b = entry_of[(pair["b"]["article"], pair["b"]["start"], pair["b"]["end"])]
        if a == b:
            tp += pair["same"]
            fp += not pair["same"]
        else:
            fn += pair["same"]
    return [Score(stage="links", metric="same entry", tp=tp, fp=fp, fn=fn)]
