"""Attributed statements: who said what, read from the dependency parse (stage accord.statements.v1).

A statement hangs on a reporting cue: a verb of saying from a fixed lexicon ("said",
"underscored", "called for"), or the phrase "according to". The speaker is the cue's
subject, resolved to the entity whose mention covers it; the content is the cue's clausal
complement, or its object for verbs whose object is what was said ("reaffirmed its
commitment"). Quotations are paired per paragraph first, so that a quotation next to its
cue ('"...," he said.') becomes the content, and a quotation with no cue of its own that
follows its speaker's report continues or elaborates it. Stance, commitment and meeting
verbs (welcomed, pledged, agreed, discussed) are left to later stages, as the gold
guidelines in bench/gold/README.md decide.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .nlp import doc_text
from .coreference import PERSON_NOUNS
from .records import Article, Entity, Evidence, Statement, StatementKind, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

EXTRACTOR = "accord.statements.v1"

#: Verbs whose clause or object is what was said.
CUE_LEMMAS = {
    "say", "tell", "add", "stress", "insist", "warn", "argue", "note", "announce", "declare",
    "confirm", "reconfirm", "explain", "indicate", "emphasize", "emphasise", "underscore", "underline",
    "reiterate", "highlight", "dismiss", "recall", "state", "restate", "affirm", "reaffirm", "re-affirm",
    "claim", "suggest", "deny", "acknowledge", "assert", "urge", "write", "encourage", "demand",
    "propose", "outline", "convey", "clarify", "conclude", "relay", "accuse", "cite", "chant", "report",
    "reinforce", "label", "hail", "describe", "express", "continue",
}
#: Of these, the object itself is the content ("underscored the importance of ...").
NP_CONTENT = {
    "stress", "emphasize", "emphasise", "underscore", "underline", "reiterate", "highlight", "affirm",
    "reaffirm", "re-affirm", "announce", "confirm", "reconfirm", "deny", "acknowledge", "dismiss",
    "recall", "convey", "outline", "propose", "demand", "note", "declare", "relay", "restate", "cite",
    "state", "claim", "chant", "reinforce", "clarify",
}
#: Verbs that report by naming: the content is "X (as) Y".
NAMING_VERBS = {"label", "hail", "describe", "call", "brand", "term"}
#: Objects that make a cue verb mean something other than saying ("recalled its ambassador").
NOT_SAID = {"condolence", "condolences", "ambassador", "envoy", "troops", "diplomat", "sympathy"}
#: Subjects that make a cue verb mean something other than saying ("the plan calls for", "his comments suggested").
NOT_SPEAKERS = {"plan", "comment", "comments", "remark", "remarks", "law", "deal", "agreement", "proposal", "bill", "budget"}
#: Subjects that are documents, the channel rather than the speaker ("the statement said").
DOCUMENT_NOUNS = {"statement", "resolution", "letter", "report", "release", "communique", "communiqué", "declaration", "readout"}
#: Verbs whose object and its infinitive are the content ("urged Iran to stop").
OBJECT_INFINITIVE = {"urge", "encourage"}
#: Nouns that name the channel after "in"/"at"/"during".
MEDIUM_NOUNS = {
    "statement", "interview", "conference", "briefing", "speech", "release", "rally", "letter", "session",
    "address", "broadcast", "editorial", "communique", "communiqué", "post", "remarks", "meeting",
}
_QUOTE_OPEN = "“"
_QUOTE_CLOSE = "”"
_STRIP = " \t\n,.;:!?\"“”‘’'—–-"


@dataclass
class _Draft:
    cue_start: int
    cue_end: int
    cue: str
    start: int
    end: int
    kind: StatementKind
    subject: Token | None
    sentence: Span
    token: Token | None


def extract_statements(doc: Doc, article: Article, entities: tuple[Entity, ...], times: tuple[TimeExpression, ...]) -> tuple[Statement, ...]:
    """Every attributed statement in the article, in text order."""
    text = article.text
    quotes = _pair_quotes(text)
    quote_starts = [q[0] for q in quotes]
    claimed: set[int] = set()
    drafts: list[_Draft] = []
    for token in doc:
        if _inside_quote(token.idx, quotes, quote_starts) is not None:
            # A cue inside a quotation belongs to the quoted words, which are never split.
            continue
        draft = _draft_for(token, doc, text, quotes, claimed)
        if draft is not None:
            drafts.append(draft)
    drafts.extend(_uncued_quotes(doc, quotes, claimed, drafts))
    drafts = _without_overlaps(sorted(drafts, key=lambda d: d.start))
    statements = [_statement(d, doc, article, entities, times, drafts) for d in drafts]
    return tuple(s for s in statements if s is not None)


def _pair_quotes(text: str) -> list[tuple[int, int]]:
    """(start of the opening mark, end of the closing mark) of every quotation, paired within a paragraph.

    A mark left unpaired is skipped, so a missing closing mark cannot swallow the article."""
    pairs: list[tuple[int, int]] = []
    offset = 0
    for paragraph in re.split(r"(\n+)", text):
        if paragraph.startswith("\n"):
            offset += len(paragraph)
            continue
        opened: int | None = None
        straight: int | None = None
        for i, char in enumerate(paragraph):
            if char == _QUOTE_OPEN:
                opened = i
            elif char == _QUOTE_CLOSE and opened is not None:
                pairs.append((offset + opened, offset + i + 1))
                opened = None
            elif char == '"':
                before = paragraph[i - 1] if i else " "
                after = paragraph[i + 1] if i + 1 < len(paragraph) else " "
                opening = (before.isspace() or before in "([—–-") and not after.isspace()
                if straight is None or (opening and not (before.isalnum() or before in ".,!?;:'’")):
                    # An opening mark while one is open: the earlier one was never closed, skip it.
                    straight = i if opening or straight is None else straight
                else:
                    pairs.append((offset + straight, offset + i + 1))
                    straight = None
        offset += len(paragraph)
    return sorted(pairs)


def _inside_quote(offset: int, quotes: list[tuple[int, int]], starts: list[int]) -> int | None:
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and quotes[i][0] < offset < quotes[i][1] - 1:
        return i
    return None


def _is_cue(token: Token) -> str | None:
    """The cue words when `token` is a reporting cue, else None."""
    lower, lemma = token.lower_, token.lemma_.lower()
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if lower == "according" and nxt is not None and nxt.lower_ == "to":
        return "according to"
    if token.pos_ not in ("VERB", "AUX") and not (token.pos_ == "NOUN" and lower in ("says",)):
        return None
    if any(child.dep_ == "neg" for child in token.children):
        return None
    if _purpose_infinitive(token):
        return None
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if (obj is not None and {t.lemma_.lower() for t in obj.subtree} & NOT_SAID) or (subject is not None and subject.lemma_.lower() in NOT_SPEAKERS):
        return None
    if lemma in ("call", "speak"):
        # The particle right after the verb: "On Wednesday, X called for ..." has another "on".
        particle = next((c for c in token.children if c.i == token.i + 1 and c.lower_ in (("for", "on") if lemma == "call" else ("of",)) and c.dep_ in ("prep", "prt")), None)
        if particle is None and nxt is not None and lemma == "call" and nxt.lower_ == "for" and nxt.dep_ == "mark" and nxt.head.head == token:
            particle = nxt
        if particle is not None and particle.i == token.i + 1:
            return f"{token.text} {particle.text}"
        if lemma == "call" and any(c.dep_ == "oprd" for c in token.children):
            return token.text
        return None
    if lemma == "make" and nxt is not None and nxt.lower_ == "clear":
        return f"{token.text} {nxt.text}"
    if lemma == "lay" and any(c.lower_ == "out" for c in token.children):
        return f"{token.text} out"
    if lemma in CUE_LEMMAS:
        if lemma == "express" and not any(c.dep_ == "ccomp" for c in token.children):
            return None
        if lemma == "continue" and not any(c.dep_ in ("ccomp", "punct") and c.text in ",:" for c in token.children):
            return None
        if token.dep_ in ("amod", "compound") or (token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children)):
            return None
        return token.text
    return None


def _purpose_infinitive(token: Token) -> bool:
    """'met ... to reaffirm': an infinitive of purpose reports nothing."""
    has_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return has_to and token.dep_ in ("advcl", "xcomp", "acl", "relcl") and token.head.lemma_.lower() not in CUE_LEMMAS | {"continue"}


def _draft_for(token: Token, doc: Doc, text: str, quotes: list[tuple[int, int]], claimed: set[int]) -> _Draft | None:
    cue = _is_cue(token)
    if cue is None:
        return None
    sentence = token.sent
    cue_start = token.idx
    cue_end = cue_start + len(cue) if cue != f"{token.text} out" else token.idx + len(token.text)
    if cue == "according to":
        return _according_to(token, doc, text, sentence, quotes, claimed)
    span = _content_span(token, cue)
    subject = _subject(token)
    # Quotations in the cue's sentence that no nearer cue claims.
    near = [
        i for i, (qs, qe) in enumerate(quotes)
        if i not in claimed and qs < sentence.end_char and qe > sentence.start_char and not (qs < cue_start < qe)
    ]
    if span is not None:
        start, end = span
        overlapping = [i for i in near if quotes[i][0] < end and quotes[i][1] > start]
        if overlapping:
            outside = _outside(text, start, end, [quotes[i] for i in overlapping])
            if not outside.strip(_STRIP) or outside.strip(_STRIP).lower() == "that":
                return _direct(token, cue, cue_start, cue_end, overlapping, quotes, near, subject, sentence, claimed)
            claimed.update(overlapping)
            end = max(end, *(quotes[i][1] for i in overlapping))
            start = min(start, *(quotes[i][0] for i in overlapping))
            return _Draft(cue_start, cue_end, cue, start, end, "mixed", subject, sentence, token)
        if subject is None and token.dep_ not in ("advcl", "conj", "xcomp") and not near:
            return _Draft(cue_start, cue_end, cue, start, end, "indirect", None, sentence, token)
        return _Draft(cue_start, cue_end, cue, start, end, "indirect", subject, sentence, token)
    if near and token.lemma_.lower() in ("say", "add", "tell", "write", "declare", "continue", "explain", "insist", "warn", "chant", "state"):
        return _direct(token, cue, cue_start, cue_end, near, quotes, near, subject, sentence, claimed)
    return None


def _direct(token: Token, cue: str, cue_start: int, cue_end: int, chosen: list[int], quotes: list[tuple[int, int]], near: list[int], subject: Token | None, sentence: Span, claimed: set[int]) -> _Draft:
    """A direct statement over the chosen quotations and any other one in the sentence ('"A," he said, "B."')."""
    doc = token.doc
    # '"A," he said, adding that "B."': a quotation after another cue is that cue's.
    later_cues = [t.idx for t in doc[token.i + 1:sentence.end] if t.idx >= cue_end and _is_cue(t) is not None]
    candidates = sorted(set(chosen) | set(near))
    group = [i for i in candidates if not any(cue_end <= c < quotes[i][0] for c in later_cues)] or candidates[:1]
    claimed.update(group)
    start = quotes[group[0]][0] + 1
    end = quotes[group[-1]][1] - 1
    return _Draft(cue_start, cue_end, cue, start, end, "direct", subject, sentence, token)


def _outside(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    chars = list(text[start:end])
    for qs, qe in spans:
        for i in range(max(qs, start), min(qe, end)):
            chars[i - start] = " "
    return "".join(chars)


def _according_to(token: Token, doc: Doc, text: str, sentence: Span, quotes: list[tuple[int, int]], claimed: set[int]) -> _Draft:
    to = doc[token.i + 1]
    phrase = [token, to, *to.subtree] if to.head == token or to in token.children else [token, *token.subtree]
    pobj = next((t for t in to.children if t.dep_ == "pobj"), None)
    subtree = list(pobj.subtree) if pobj is not None else []
    phrase_start = token.idx
    phrase_end = max((t.idx + len(t) for t in [token, to, *subtree, *phrase]), default=to.idx + 2)
    start, end = sentence.start_char, sentence.end_char
    if phrase_start - start <= 1:
        start = phrase_end
    elif end - phrase_end <= 2:
        end = phrase_start
    start, end = _trim(text, start, end)
    subject = pobj
    return _Draft(token.idx, to.idx + len(to), "according to", start, end, "indirect", subject, sentence, token)


def _content_span(token: Token, cue: str) -> tuple[int, int] | None:
    """Character span of what the cue reports, from its complement or object."""
    lemma = token.lemma_.lower()
    children = list(token.children)
    text = doc_text(token.doc)
    clause = next((c for c in children if c.dep_ in ("ccomp", "csubj") or (c.dep_ == "xcomp" and lemma in ("say",))), None)
    if clause is None:
        # "told reporters in a statement that ...": the parser hangs the clause on the medium noun.
        clause = next(
            (acl for prep in children if prep.dep_ == "prep" for pobj in prep.children if pobj.lemma_.lower() in MEDIUM_NOUNS
             for acl in pobj.children if acl.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" and m.dep_ == "mark" for m in acl.children)),
            None,
        )
    if clause is not None and "clear" in cue.lower() and clause.i == token.i + 1:
        clause = next((c for c in (*clause.children, *children) if c.dep_ in ("ccomp", "advcl") and c.i > token.i + 1), None)
    if clause is not None and clause.i > token.i:
        start, end = _subtree_span(clause)
        # Coordinated "that"-clauses after one cue ("reiterated that A and that B") are one content.
        for other in children:
            if other.dep_ == "conj" and other.i > clause.i and other.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" for c in other.children):
                end = max(end, _subtree_span(other)[1])
        return _trim(text, start, end)
    if cue.lower().endswith(" for") and token.doc[token.i + 1].dep_ == "mark":
        # "called for policy to remain": the parser makes the rest a clause marked by "for".
        return _trim(text, *_subtree_span(token.doc[token.i + 1].head, skip_head=False, skip=token.doc[token.i + 1]))
    if cue.lower().endswith(" for") or cue.lower().endswith(" on"):
        prep = next(c for c in children if c.lower_ in ("for", "on") and c.i == token.i + 1)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        start, end = _subtree_span(pobj)
        xcomp = next((c for c in children if c.dep_ in ("xcomp", "advcl") and c.i > pobj.i), None)
        if xcomp is not None:
            end = max(end, _subtree_span(xcomp)[1])
        return _trim(text, start, end)
    obj = next((c for c in children if c.dep_ in ("dobj", "attr")), None)
    if lemma in OBJECT_INFINITIVE or lemma == "accuse":
        if obj is None:
            return None
        start, end = _subtree_span(obj)
        extra = next((c for c in children if c.dep_ in ("xcomp", "ccomp", "prep", "advcl") and c.i > obj.i), None)
        if extra is not None:
            end = max(end, _subtree_span(extra)[1])
        return _trim(text, start, end)
    if lemma == "warn" or cue.lower().endswith(" of"):
        found = next((c for c in children if c.lower_ in ("of", "against", "that")), None)
        if found is not None:
            return _trim(text, *_subtree_span(found, skip_head=True))
    if lemma in NAMING_VERBS and obj is not None:
        # "called it a massacre", "labeled the killings as genocide": the object and what it is called.
        complement = next((c for c in children if c.i > obj.i and (c.dep_ in ("oprd", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as"))), None)
        if complement is None:
            complement = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        if complement is None:
            return None
        return _trim(text, _subtree_span(obj)[0], _subtree_span(complement)[1])
    if obj is None and lemma in NP_CONTENT:
        # "proposed delaying the activation ...": a gerund clause is the object.
        obj = next((c for c in children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" and c.i > token.i), None)
    if "clear" in cue.lower():
        clear = token.doc[token.i + 1]
        clause = next((c for c in (*clear.children, *children) if c.dep_ in ("ccomp", "advcl") and c.i > clear.i), None)
        if clause is not None:
            return _trim(text, *_subtree_span(clause))
    if obj is not None and (lemma in NP_CONTENT or "clear" in cue.lower() or " out" in cue.lower()) and obj.i > token.i:
        start, end = _subtree_span(obj)
        for other in children:
            if other.dep_ == "conj" and other.i > obj.i and any(c.dep_ == "mark" for c in other.children):
                end = max(end, _subtree_span(other)[1])
            elif other.i > obj.i and other.dep_ in NP_TAIL and not _is_medium(other) and not other.ent_type_ in ("DATE", "TIME"):
                # The parser often hangs the object's own modifiers on the verb ("reaffirmed
                # the interest [in achieving ...]"): they are still what was said.
                end = max(end, _subtree_span(other)[1])
        return _trim(text, start, end)
    return None


#: Dependents of a cue that continue its noun-phrase content when they follow the object.
NP_TAIL = {"prep", "advcl", "xcomp", "acl", "ccomp", "npadvmod", "oprd", "acomp"}


def _is_medium(token: Token) -> bool:
    """'in a statement', 'at a press conference': the channel, not the content."""
    pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
    return token.dep_ == "prep" and pobj is not None and pobj.lemma_.lower() in MEDIUM_NOUNS


def _subtree_span(token: Token, *, skip_head: bool = False, skip: Token | None = None) -> tuple[int, int]:
    tokens = [t for t in token.subtree if not (skip_head and t == token) and t != skip]
    if not tokens:
        return token.idx, token.idx + len(token)
    # Cut an appositive or relative clause the writer adds after the report, set off by a comma.
    tokens.sort(key=lambda t: t.i)
    first, last = tokens[0], tokens[-1]
    for t in tokens:
        if t.dep_ in ("relcl", "appos") and t.i > token.i and t.head.i < t.i and t.doc[max(t.left_edge.i - 1, 0)].text == "," and t.head.ent_type_:
            last = t.doc[t.left_edge.i - 1]
            break
    for t in tokens:
        # ", saying ...": a participial report of its own ends this content.
        if t.dep_ == "advcl" and t.tag_ == "VBG" and t.lemma_.lower() in CUE_LEMMAS and t.i > first.i and t.left_edge.i > first.i:
            last = t.doc[t.left_edge.i - 1]
            break
    start = first.idx
    if first.dep_ == "mark" and first.lower_ == "that" and len(tokens) > 1:
        start = first.nbor().idx
    return start, last.idx + len(last)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n,;:—–-":
        start += 1
    while end > start and text[end - 1] in " \t\n,;:.!?—–-" and not text[max(start, end - 4):end].endswith(("U.S.", "U.N.", "Jr.")):
        end -= 1
    return start, end


def _subject(token: Token) -> Token | None:
    """The cue's subject, climbing coordinated, participial and relative heads."""
    participle = token.dep_ == "advcl" and token.tag_ == "VBG"  # "reiterated that ..., insisting that ..."
    if (token.dep_ == "conj" or participle) and token.head.lemma_ not in CUE_LEMMAS and token.head.dep_ not in ("ROOT", "conj"):
        # "He stressed the need to avoid steps that inflame tensions, and encouraged ...": the
        # parser hangs the second cue on a verb inside the first one's content; coordinated
        # cues share the subject of the main cue before them.
        main = _earlier_main_cue(token)
        if main is not None:
            return _subject(main)
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) and token.dep_ in ("ROOT", "conj"):
        # Misparsed coordinations. "President Biden raised X, noted Y": the parser makes
        # "raised" a clause of "noted"; the subject of that earlier verb is the speaker.
        earlier = next((c for c in token.children if c.dep_ in ("ccomp", "conj") and c.i < token.i and c.pos_ in ("VERB", "AUX")), None)
        if earlier is not None and (found := next((c for c in earlier.children if c.dep_ == "nsubj"), None)) is not None:
            return found
        # "... the situation in the West Bank and the Vice President reiterated": a person
        # named right before the verb, which the parser hung on the previous noun.
        before = token.doc[token.i - 1] if token.i else None
        if before is not None and before.head.i != token.i and (before.ent_type_ == "PERSON" or before.lower_ in PERSON_NOUNS) and before.pos_ in ("PROPN", "NOUN"):
            return before
    seen = 0
    current = token
    while seen < 6:
        seen += 1
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "expl")]
        # "Australia's justice minister, Chris Ellison has said": two subjects, the name speaks.
        subject: Token | None = next((c for c in subjects if c.ent_type_ == "PERSON"), subjects[0] if subjects else None)
        if subject is not None and subject.dep_ == "nsubj":
            # "Mandela, who spoke of ...": the relative pronoun stands for the noun it hangs on.
            if subject.tag_ in ("WP", "WDT") and current.dep_ == "relcl":
                return current.head
            return subject
        if current.dep_ == "relcl":
            return current.head
        agent = next((c for c in current.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if current.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acl") and current.head != current:
            via = current.dep_
            current = current.head
            if current.pos_ == "ADP" and current.head != current:
                current = current.head
            if current.pos_ in ("NOUN", "PROPN", "PRON"):
                # "with Mr. Sullivan underscoring ...": a participle's noun is its subject; a noun
                # reached through a misparsed coordination is not, so climb on to its verb.
                if via == "acl" and (current.pos_ in ("PROPN", "PRON") or current.ent_type_):
                    return current
                if current.head == current:
                    return None
                current = current.head
            continue
        break
    return None


def _earlier_main_cue(token: Token) -> Token | None:
    """The latest cue verb before `token` in its sentence that heads the sentence (or a
    coordination of it) and has a subject of its own."""
    for earlier in reversed(token.doc[token.sent.start:token.i]):
        if earlier.lemma_ in CUE_LEMMAS and earlier.pos_ in ("VERB", "AUX") and earlier.dep_ in ("ROOT", "conj") and _subject(earlier) is not None:
            return earlier
    return None


def _speaker_tokens(subject: Token) -> list[Token]:
    """The subject's words: its head with what stands before it and coordinated speakers, without determiners or clauses."""
    keep: list[Token] = []
    cut = {"relcl", "acl", "appos", "punct", "prep", "det", "cc", "advmod", "case"}
    for t in subject.subtree:
        if t == subject:
            keep.append(t)
            continue
        path, ok = t, True
        while path != subject:
            if path.dep_ in cut and not (path.dep_ == "cc" and path.head == subject) and not (path.dep_ == "prep" and path.head == subject and path.lower_ == "of"):
                ok = False
                break
            path = path.head
        if ok and not (t.dep_ == "poss" and t.i < subject.i and t.head == subject and t.tag_ == "PRP$"):
            keep.append(t)
    keep.sort(key=lambda t: t.i)
    while keep and keep[0].dep_ in ("det", "poss", "cc", "punct") and keep[0] != subject:
        keep.pop(0)
    return keep


def _uncued_quotes(doc: Doc, quotes: list[tuple[int, int]], claimed: set[int], drafts: list[_Draft]) -> list[_Draft]:
    """A quotation with no cue: continues the direct statement just before it, or elaborates the report before it."""
    extra: list[_Draft] = []
    for i, (qs, qe) in enumerate(quotes):
        if i in claimed:
            continue
        before = [d for d in (*drafts, *extra) if d.end <= qs]
        if not before:
            continue
        previous = max(before, key=lambda d: d.end)
        between = doc_text(doc)[previous.end:qs]
        if len(between) > 200 or any(q[0] >= previous.end and q[1] <= qs for q in quotes):
            continue
        claimed.add(i)
        if previous.kind == "direct" and "\n" not in between and previous.cue_start < qs:
            previous.end = qe - 1
            continue
        if previous.sentence.end_char < qs and doc_text(doc)[previous.sentence.end_char:qs].strip(" \n") not in ("", '"', "“"):
            continue
        extra.append(_Draft(previous.cue_start, previous.cue_end, previous.cue, qs + 1, qe - 1, "direct", previous.subject, previous.sentence, previous.token))
    return extra


def _without_overlaps(drafts: list[_Draft]) -> list[_Draft]:
    """Contents never overlap: a later content starting inside an earlier one is cut or dropped, unless it is the inner report."""
    kept: list[_Draft] = []
    for draft in drafts:
        if kept and draft.start < kept[-1].end:
            outer = kept[-1]
            if outer.start <= draft.cue_start < outer.end and outer.kind == "indirect" and draft.kind == "indirect":
                # An inner report inside an outer one: the outer keeps what comes before it.
                inner_start = draft.subject.left_edge.idx if draft.subject is not None and draft.subject.idx > outer.start else draft.cue_start
                outer.end = _trim_conjunction(doc_text(draft.sentence.doc), outer.start, min(outer.end, inner_start))
                if outer.end <= outer.start:
                    kept.pop()
                kept.append(draft)
            continue
        kept.append(draft)
    return kept


def _trim_conjunction(text: str, start: int, end: int) -> int:
    """End of a content cut before the next report: without the trailing "and" or comma."""
    start, end = _trim(text, start, end)
    for tail in (" and", ", and", " but", " while"):
        if text[start:end].endswith(tail):
            end -= len(tail)
    return _trim(text, start, end)[1]


def _entity_for(start: int, end: int, head: Token | None, entities: tuple[Entity, ...]) -> Entity | None:
    """The entity whose mention covers the subject's head; else a person named in the subject
    ("Leader of the Greens Bob Brown"); else the one sharing most characters with it."""
    best, best_size = None, 0
    person = None
    if head is not None:
        subtree = list(head.subtree)
        start, end = min(start, subtree[0].idx), max(end, subtree[-1].idx + len(subtree[-1]))
    for entity in entities:
        for mention in entity.mentions:
            if head is not None and mention.start <= head.idx < mention.end:
                return entity
            size = min(end, mention.end) - max(start, mention.start)
            if size == mention.end - mention.start and entity.label == "PERSON" and person is None:
                person = entity
            if size > best_size:
                best, best_size = entity, size
    return person or best


def _statement(draft: _Draft, doc: Doc, article: Article, entities: tuple[Entity, ...], times: tuple[TimeExpression, ...], drafts: list[_Draft]) -> Statement | None:
    text = article.text
    if draft.end <= draft.start:
        return None
    speaker: Entity | None = None
    speaker_text = ""
    addressee = medium = None
    if draft.subject is not None and draft.subject.lemma_.lower() in DOCUMENT_NOUNS:
        # "the statement said": a document is the channel; its author, when named, is the speaker.
        medium = _np_words(draft.subject, keep_det=True)
        author = next((t for t in draft.subject.subtree if t.dep_ == "pobj" and (t.ent_type_ or t.pos_ == "PROPN") and t.head.lower_ in ("by", "of", "on", "from")), None)
        draft.subject = author
    if draft.subject is not None:
        words = _speaker_tokens(draft.subject)
        if words:
            s_start, s_end = words[0].idx, words[-1].idx + len(words[-1])
            speaker_text = text[s_start:s_end]
            speaker = _entity_for(s_start, s_end, draft.subject, entities)
    if draft.token is not None:
        addressee, said_in = _addressee_and_medium(draft.token)
        medium = medium or said_in
    date = None
    for time in times:
        if draft.sentence.start_char <= time.start < draft.sentence.end_char and not (draft.start <= time.start < draft.end) and time.value:
            span = doc.char_span(time.start, time.end, alignment_mode="expand")
            if span is not None and draft.token is not None and (draft.token in span.root.ancestors):
                date = time.value
                break
    attributed_to = None
    for outer in drafts:
        if outer is not draft and outer.start <= draft.cue_start < outer.end and outer.kind != "direct" and outer.subject is not None:
            words = _speaker_tokens(outer.subject)
            if words:
                attributed_to = _entity_for(words[0].idx, words[-1].idx + len(words[-1]), outer.subject, entities)
    # The sentences from the first to the last character of cue and content, read from the
    # tokens there: Doc.sents walks the whole document on every call.
    first = doc.char_span(min(draft.start, draft.cue_start), min(draft.start, draft.cue_start) + 1, alignment_mode="expand")
    last = doc.char_span(max(draft.end, draft.cue_end) - 1, max(draft.end, draft.cue_end), alignment_mode="expand")
    ev_start = first[0].sent.start_char if first is not None and len(first) else draft.sentence.start_char
    ev_end = last[-1].sent.end_char if last is not None and len(last) else draft.sentence.end_char
    return Statement(
        article_id=article.id,
        speaker=speaker,
        speaker_text=speaker_text,
        cue=text[draft.cue_start:draft.cue_end] if draft.cue != f"{draft.token.text if draft.token else ''} out" else draft.cue,
        cue_start=draft.cue_start,
        cue_end=draft.cue_end,
        content=text[draft.start:draft.end],
        content_start=draft.start,
        content_end=draft.end,
        kind=draft.kind,
        addressee=addressee,
        medium=medium,
        date=date,
        attributed_to=attributed_to,
        evidence=Evidence(start=ev_start, end=ev_end, sentence=text[ev_start:ev_end]),
        extractor=EXTRACTOR,
    )


def _addressee_and_medium(token: Token) -> tuple[str | None, str | None]:
    addressee = medium = None
    for child in token.children:
        if child.dep_ == "dobj" and token.lemma_.lower() == "tell":
            addressee = _np_words(child, keep_det=False)
        if child.dep_ == "dative" or (child.dep_ == "prep" and child.lower_ == "to" and token.lemma_.lower() in ("say", "tell", "explain", "write", "declare", "announce", "state")):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), child if child.dep_ == "dative" else None)
            if pobj is not None:
                addressee = _np_words(pobj, keep_det=False)
        if child.dep_ == "prep" and child.lower_ in ("in", "at", "during", "on"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in MEDIUM_NOUNS:
                medium = _np_words(pobj, keep_det=True)
    return addressee, medium


def _np_words(token: Token, *, keep_det: bool) -> str:
    """A noun phrase up to its head noun: determiner (when kept), modifiers and head, no post-modifiers."""
    left = [t for t in token.lefts if keep_det or t.dep_ not in ("det", "poss")]
    start = min([t.left_edge.idx for t in left] + [token.idx])
    return doc_text(token.doc)[start:token.idx + len(token)]
