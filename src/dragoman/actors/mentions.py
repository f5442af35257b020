"""Mention records shared by the actor stage's passes: the candidate a pass builds, the
index of finished mentions by token, and small tests on token spans (a dateline, a role
of someone the text brings in only now)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from spacy.tokens import Doc

from dragoman.documents.pubdate import DATELINE
from dragoman.models import Actor, Mention

__all__ = ["Candidate", "CandidateSet", "MentionIndex", "is_dateline", "of_someone_new", "POSTED_ABROAD"]


@dataclass
class Candidate:
    """A mention under construction (token span [start, end) in the body's Doc)."""

    start: int
    end: int
    kind: str
    actor: Optional[Actor] = None
    head: Optional[int] = None
    plural: bool = False
    sector_hint: Optional[str] = None  # role sector for bare roles
    role_kind: str = ""
    surname_only: bool = False
    definite: bool = False
    info: dict = field(default_factory=dict)


class CandidateSet:
    """Membership in a list of candidates as ``c in that_list`` tests it (identity, then
    equality), looked up among the candidates of ``c``'s span only: a long document's
    token-by-token membership tests stay linear."""

    def __init__(self, candidates: Iterable[Candidate]) -> None:
        self._by_span: dict[tuple[int, int], list[Candidate]] = {}
        for c in candidates:
            self._by_span.setdefault((c.start, c.end), []).append(c)

    def __contains__(self, c: Candidate) -> bool:
        return c in self._by_span.get((c.start, c.end), ())

    def remove(self, c: Candidate) -> None:
        """Drop the first candidate equal to ``c`` (as ``list.remove`` does)."""
        self._by_span[(c.start, c.end)].remove(c)


class MentionIndex:
    """Mentions by token: ``at_token(i)`` is the mention covering body token ``i``."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.mentions = list(mentions)
        self._by_token: dict[int, Mention] = {}
        self._by_head: dict[int, Mention] = {}
        for m in self.mentions:
            if m.token_start is None or m.token_end is None:
                continue
            for t in range(m.token_start, m.token_end):
                cur = self._by_token.get(t)
                if cur is None or (cur.token_end - cur.token_start) > (m.token_end - m.token_start):
                    self._by_token[t] = m
            if m.head is not None:
                self._by_head.setdefault(m.head, m)

    def at_token(self, i: int) -> Optional[Mention]:
        return self._by_token.get(i)

    def with_head(self, i: int) -> Optional[Mention]:
        return self._by_head.get(i)

    def in_sentence(self, sentence_index: int) -> list[Mention]:
        return [m for m in self.mentions if m.sentence_index == sentence_index]

    def __len__(self) -> int:
        return len(self.mentions)

    def __iter__(self):
        return iter(self.mentions)


# determiners of an "of" phrase that bring in someone not named before ("another country")
NEW_REFERENT_DETS = {"another", "a", "an", "some", "one"}


def of_someone_new(head) -> bool:
    """A role noun that belongs to a party the text introduces only now: "the leader of
    another country", "the head of a neighbouring state". The definite article belongs to
    the role, and the phrase points back to no earlier actor."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ in NEW_REFERENT_DETS for d in g.children):
                    return True
    return False


# roles held in a capital on behalf of another state ("the ambassador in Kabul")
POSTED_ABROAD = {"ambassador", "envoy", "embassy", "diplomat", "consul", "consulate", "attache", "attaché",
                 "correspondent", "reporter", "journalist", "representative", "mission", "delegation", "delegate"}

DATELINE_MARKS = {",", "—", "–", "-", "(", ":"}


def is_dateline(sdoc: Doc, i: int, j: int) -> bool:
    """A wire-story dateline ("NEW DELHI, June 18 —", "Kabul, Oct 3 (Reuters) -"): the place
    a story was filed from, at the start of its sentence, is not an actor of it. All
    capitals before a mark, or the documents stage's dateline pattern (place, date, agency,
    dash)."""
    if not (i == 0 or sdoc[i].is_sent_start or "\n" in sdoc[i - 1].text_with_ws):
        return False
    if j >= len(sdoc) or sdoc[j].text not in DATELINE_MARKS:
        return False
    if sdoc[i:j].text.isupper():
        return True
    m = DATELINE.match(sdoc.text[sdoc[i].idx:sdoc[i].sent.end_char])
    return m is not None and m.group("place").strip() == sdoc[i:j].text
