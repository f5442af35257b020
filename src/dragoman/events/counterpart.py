"""The implicit counterpart: the addressee a demand, refusal or accusation leaves
unsaid is the other of the two states the story is about so far."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dragoman.events.candidate import NON_STATE_ARMED
from dragoman.events.context import MentionLookup
from dragoman.events.lexicon import TriggerEntry
from dragoman.events.syntax import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, is_content, is_unparsed_main_verb
from dragoman.models import Actor, Mention


# Acts addressed to someone by their nature (a demand, a refusal, an accusation, a
# retaliation announced, sanctions imposed): when the sentence names no addressee, it is the other state of
# the story (see implicit_counterpart).
IMPLICIT_COUNTERPART_TYPES = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"}
#: of the threats, only a named retaliation ("take countermeasures", "threaten sanctions":
#: a row with objects, or a noun such as "countermeasures") or a warning about a named
#: party is addressed by its nature; a bare "warned" or "cautioned" may warn of anything
#: ("cautioned that a lot of work is yet to be done")
OBJECT_ONLY_COUNTERPART_TYPES = {"THREATEN"}


# below this confidence a lexicon entry is a weak reading ("want X to"): it addresses an
# unsaid party only when what it asks for is an act, not a state of affairs ("wants peace")
WEAK_ENTRY = 0.6


def asks_for_an_act(tok: Token) -> bool:
    """What the trigger asks for is an act: a clause ("what we want is for X to be
    eliminated"), or an object with its own complement ("a withdrawal of troops")."""
    if tok.dep_ in ("csubj", "relcl") and tok.head.lemma_.lower() == "be":
        return True
    for c in tok.children:
        if c.dep_ in ("ccomp", "advcl", "csubj"):
            return True
        if c.dep_ in ("dobj", "attr") and any(g.dep_ in ("prep", "acl", "relcl") for g in c.children):
            return True
    return False


PARTY_ENTITIES = {"GPE", "NORP", "ORG", "PERSON"}


def warns_a_party(tok: Token) -> bool:
    """A bare threat verb whose content clause is about a named party ("I warn that the
    Japanese government will be held accountable"), not about a state of affairs
    ("cautioned that a lot of work is yet to be done")."""
    return any(c.dep_ == "ccomp" and any(g.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS and any(t.ent_type_ in PARTY_ENTITIES for t in g.subtree)
                                         for g in c.children) for c in tok.children)


def fills_its_frame(entry: TriggerEntry, tok: Token) -> bool:
    """A row that reads its act from a preposition or a complement ("call on X", "call for
    Y") applies only when one of them is there: "X called the move a provocation" is no
    call on anyone. A threat is addressed by its nature only when its row names the
    retaliation (``OBJECT_ONLY_COUNTERPART_TYPES``)."""
    if entry.type in OBJECT_ONLY_COUNTERPART_TYPES and not entry.objects and entry.pos != "NOUN":
        return warns_a_party(tok)
    if not (entry.target_preps and entry.complement):
        return True
    return any((c.dep_ == "prep" and c.lower_ in entry.target_preps) or is_content(c) for c in tok.children)


def stands_as_act(tok: Token) -> bool:
    """A trigger that states an act of its own: not a participle modifying a noun ("units
    accused of"; but a main verb the parser took for one, ``is_unparsed_main_verb``),
    nor a noun under a preposition, which names an act told elsewhere ("comply with US
    demands")."""
    if tok.dep_ in ("acl", "amod", "advcl") and tok.tag_ in ("VBN", "VBG") and not is_unparsed_main_verb(tok):
        return False
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj":
        return False
    if tok.dep_ == "xcomp":  # "would consider seeking": the governing verb says what is done
        return False
    # "the last thing X wants to do": a wish for one's own act asks nothing of anyone
    return not any(c.dep_ == "xcomp" and not any(g.dep_ in SUBJECT_DEPS for g in c.children) for c in tok.children)


def implicit_counterpart(sources, ctx) -> list:
    """The addressee a sentence leaves unsaid ("Pakistan, too, made demands"): the other of
    the two states the story is about so far, when the source belongs to one of them. Its
    provenance is that state's latest mention before the sentence."""
    parties = ctx.story_dyad
    if len(parties) != 2:
        return []
    countries = {a.country for a, _ in sources}
    if len(countries) != 1 or any(a.sector in NON_STATE_ARMED for a, _ in sources):
        return []
    (c,) = countries
    if c not in {p.country for p in parties}:
        return []
    other = next(p for p in parties if p.country != c).country
    # provenance: the latest mention of that state before this sentence
    i = ctx.story.latest_mention(other)
    if i is None:
        return []
    return [(Actor(country=other, rule="implicit-counterpart"), ctx.sent.doc[i])]


class StoryParties:
    """The states a story names before a sentence, counted as the sentences go by: each
    mention is counted once, when the sentences reach it, so a document costs time
    linear in its length (not a pass over all its mentions per sentence).

    ``advance(before)`` takes the mentions that start before token ``before`` (the
    sentences' starts, in order); then ``parties()`` are the two most mentioned states
    so far in order of first mention, ``dyad()`` those two when the story is clearly
    about them, and ``latest_mention(country)`` the last token before ``before`` that a
    mention of that state covers."""

    def __init__(self, mentions: list[Mention], lookup: MentionLookup):
        # (token, position in the list, mention), in the order the sentences reach them
        self._pending = sorted(
            ((m.token_start, i, m) for i, m in enumerate(mentions)
             if m.token_start is not None and m.actor and m.actor.country),
            key=lambda x: (x[0], x[1]))
        self._taken = 0
        self._counts: dict[str, int] = {}
        self._first: dict[str, int] = {}  # list position of each state's first mention
        self._state_counts: dict[str, int] = {}  # armed groups aside
        self._lookup = lookup
        self._scanned = 0  # tokens before this one were read for the latest mentions
        self._latest: dict[Optional[str], int] = {}

    def advance(self, before: int) -> None:
        """Count the mentions that start before token ``before`` (which never goes back)."""
        while self._taken < len(self._pending) and self._pending[self._taken][0] < before:
            _, i, m = self._pending[self._taken]
            c = m.actor.country
            self._counts[c] = self._counts.get(c, 0) + 1
            self._first[c] = min(self._first.get(c, i), i)
            if m.actor.sector not in NON_STATE_ARMED:
                self._state_counts[c] = self._state_counts.get(c, 0) + 1
            self._taken += 1
        for i in range(self._scanned, before):
            m = self._lookup.at(i)
            if m is not None:
                self._latest[m.actor.country] = i
        self._scanned = max(self._scanned, before)

    def parties(self) -> list[Actor]:
        """The two states the story is about so far: the most mentioned, in order of first mention."""
        top = sorted(self._counts, key=lambda c: (-self._counts[c], self._first[c]))[:2]
        return [Actor(country=c, rule="both-sides") for c in sorted(top, key=lambda c: self._first[c])]

    def dyad(self, parties: list[Actor]) -> list[Actor]:
        """``parties`` (``parties()`` at the same point) when they are the two states a
        story is clearly about so far: the two most mentioned (armed groups aside) hold at
        least two thirds of the state mentions and a third state has under half the
        mentions of the second; else none (a story of many parties has no one counterpart)."""
        ranked = sorted(self._state_counts.values(), reverse=True)
        if len(ranked) < 2 or 3 * sum(ranked[:2]) < 2 * sum(ranked):
            return []
        if len(ranked) > 2 and 2 * ranked[2] >= ranked[1]:
            return []
        return parties

    def dominant_state(self, share: float) -> Optional[str]:
        """The state holding more than ``share`` of the story's state mentions so far
        (armed groups aside), with at least two of them; else None."""
        total = sum(self._state_counts.values())
        if not total:
            return None
        top = max(self._state_counts, key=lambda c: (self._state_counts[c], -self._first[c]))
        n = self._state_counts[top]
        return top if n >= 2 and n > share * total else None

    def latest_mention(self, country: str) -> Optional[int]:
        """The last token before the sentence that a mention of ``country`` covers."""
        return self._latest.get(country)
