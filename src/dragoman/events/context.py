"""The sentence a rule reads: its mentions by token, its quotes and speaker, the
actors a syntactic argument denotes (conjuncts, appositions, coordinated modifiers,
places) and the parties named in a phrase."""

from __future__ import annotations

from contextlib import contextmanager

import re
from typing import Iterable, Optional

from spacy.tokens import Span as SpacySpan, Token

from dragoman.actors.resolver import is_dateline
from dragoman.events.candidate import is_person
from dragoman.events.enumerated import enumerated_states
from dragoman.events.generic import with_country
from dragoman.models import Actor, Mention
from dragoman.doc_index import entity_at


FIRST_PERSON = {"we", "i", "us", "me", "our", "my"}
#: nouns of the members of a group: "members of the Mara Salvatrucha" are that group
MEMBER_NOUNS = {"member", "fighter", "cadre", "militant", "affiliate", "loyalist", "operative", "gunman"}
QUOTE_CHARS = "\"“”„«»"


class MentionLookup:
    """Mentions by the tokens they cover."""

    def __init__(self, mentions: Iterable[Mention]):
        self._by_token: dict[int, Mention] = {}
        for m in mentions:
            if m.token_start is None or m.token_end is None or m.actor is None:
                continue
            for i in range(m.token_start, m.token_end):
                # prefer the longer mention when two overlap
                old = self._by_token.get(i)
                if old is None or (old.token_end - old.token_start) < (m.token_end - m.token_start):
                    self._by_token[i] = m

    def at(self, i: int) -> Optional[Mention]:
        return self._by_token.get(i)


class SentenceContext:
    """One sentence as the rules read it: its tokens, mentions, quotes and speaker, and the
    story so far (set by the extractor): ``story`` (a ``counterpart.StoryParties``),
    ``parties_before`` (the two most mentioned states) and ``story_dyad`` (those two when
    the story is clearly about them)."""

    parties_before: list[Actor] = []
    story_dyad: list[Actor] = []
    story = None

    def __init__(self, sent, index, lookup: MentionLookup, quoted, speaker):
        self.sent = sent
        self.index = index
        self.lookup = lookup
        self.quoted = quoted
        self.speaker = speaker

    def sentence_mentions(self) -> list[Mention]:
        """Mentions in this sentence, in order."""
        out: list[Mention] = []
        for t in self.sent:
            m = self.lookup.at(t.i)
            if m is not None and (not out or out[-1] is not m):
                out.append(m)
        return out

    def actors(self, tok: Token, place_actor=None) -> list[tuple[Actor, Token]]:
        """Actors a syntactic argument denotes: its mention, or its conjuncts' mentions;
        for "the four countries", the states of the list it refers back to."""
        listed = enumerated_states(tok, self.lookup)
        if listed:
            return listed
        out: list[tuple[Actor, Token]] = []
        seen: set = set()
        first_country: Optional[str] = None
        for t in self._members(tok):
            pairs = self._coordinated_modifiers(t, place_actor) or [(self._actor_of(t, place_actor), t)]
            if pairs[0][0] is None and first_country and t.dep_ == "conj" and t.head.i == tok.i:
                # "Pakistani troops and intelligence agencies": the state named on the first
                # conjunct is the state of a bare role coordinated with it
                bare = self._raw_actor_of(t, None)
                if bare is not None and bare.sector and not bare.country:
                    pairs = [(bare.model_copy(update={"country": first_country, "rule": (bare.rule or "") + "+shared-modifier"}), t)]
            if first_country is None and pairs[0][0] is not None:
                first_country = pairs[0][0].country
            for actor, at in pairs:
                if actor is not None and actor.key() not in seen:
                    seen.add(actor.key())
                    out.append((actor, at))
        if len(out) > 1:
            # a bare state beside a more specific actor of that state in one list adds nothing
            specific = {a.country for a, _ in out if a.country and (a.sector or a.name)}
            out = [(a, t) for a, t in out if a.sector or a.name or a.country not in specific]
        if len(out) > 1:
            # a body named beside a person who heads it in the same list ("ISI chief General X")
            people = {(a.country, a.sector) for a, _ in out if is_person(a) and a.sector}
            out = [(a, t) for a, t in out if is_person(a) or (a.country, a.sector) not in people]
        return out

    def _coordinated_modifiers(self, tok: Token, place_actor) -> list[tuple[Actor, Token]]:
        """"US and Afghan forces", "French/Malian forces": one actor per coordinated
        modifier, each with the head's sector (the forces of each)."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return []
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i
                and any(g.dep_ == "conj" for g in c.children)]
        group = [mods[0]] + [g for g in mods[0].conjuncts if g.i > mods[0].i] if mods else self._slash_modifiers(tok)
        if not group:
            return []
        head = self._actor_of(tok, place_actor)
        sector = head.sector if head is not None else None
        out: list[tuple[Actor, Token]] = []
        for t in group:
            m = self.lookup.at(t.i)
            actor = m.actor if m and m.actor else (place_actor(t.text) if place_actor and t.ent_type_ in ("GPE", "NORP") else None)
            # a named body with no single state ("Resolute Support Mission") may stand beside a slash
            if actor is None or not (actor.country or (actor.name and not mods)):
                continue
            if sector and (actor.sector is None or actor.name is None):
                actor = Actor(country=actor.country, sector=sector, kb_id=actor.kb_id,
                              rule=(actor.rule or "") + "+coordinated-modifier")
            out.append((actor, t))
        return out if len(out) >= 2 else []

    def _slash_modifiers(self, tok: Token) -> list[Token]:
        """Modifiers of a noun joined by slashes, one token per side that names an actor:
        "Resolute Support Mission (RSM)/Afghan forces" (the forces of each side)."""
        lo = tok.left_edge.i
        slashes = [t.i for t in tok.doc[lo:tok.i] if t.text == "/"]
        if not slashes:
            return []
        out: list[Token] = []
        for a, b in zip([lo] + [i + 1 for i in slashes], slashes + [tok.i]):
            named = next((t for t in tok.doc[a:b] if (m := self.lookup.at(t.i)) is not None and m.actor is not None
                          and (m.actor.country or m.actor.name)), None)
            if named is None:
                return []  # "a 24/7 watch": not every side names an actor
            out.append(named)
        return out

    def _members(self, tok: Token, depth: int = 0) -> list[Token]:
        """The heads of a coordinated list: the token, its later conjuncts, and appositions
        that name another person than the one before them ("met Foreign Minister A,
        army chief General B and spy chief C" is often parsed as a chain of appositions)."""
        out: list[Token] = []
        for t in [tok] + [c for c in tok.conjuncts if c.i > tok.i]:
            out.append(t)
            if depth >= 3:
                continue
            own = self.lookup.at(t.i)
            for c in t.children:
                if c.dep_ != "appos" or c.i < t.i:
                    continue
                if own is not None and own.actor is not None and own.actor.name:
                    other = self._raw_actor_of(c, None)
                    if other is not None and other.name and other.name != own.actor.name:
                        out.extend(self._members(c, depth + 1))
                elif any(g.dep_ == "conj" for g in c.children):
                    out.extend(x for x in self._members(c, depth + 1) if x.i != c.i)
        return out

    def parties(self, tok: Token, place_actor=None) -> list[tuple[Actor, Token]]:
        """Distinct actors named anywhere in a phrase ("between US and Pakistani officials")."""
        out: list[tuple[Actor, Token]] = []
        seen: set = set()
        for t in tok.subtree:
            m = self.lookup.at(t.i)
            actor = m.actor if m and m.actor else None
            if actor is None and t.i == tok.i:
                actor = self._actor_of(t, place_actor)
            if actor is None or (actor.country is None and actor.name is None):
                continue
            key = actor.country or actor.name
            if key in seen:
                continue
            seen.add(key)
            out.append((actor, t))
        # coordinated modifiers share the head's role: "US and Pakistani officials" are US officials too
        head = self.lookup.at(tok.i)
        role = head.actor.sector if head and head.actor and head.actor.name is None else None
        if role:
            out = [
                (a.model_copy(update={"sector": role, "rule": (a.rule or "") + "+shared-role"})
                 if a.sector is None and a.name is None else a, t)
                for a, t in out
            ]
        return out

    #: whether a bare role read now takes a state from its sentence or story (sources and
    #: victims do; the troops a state deploys or withdraws are what is moved, not a party)
    complete_roles: bool = True

    @contextmanager
    def roles_as_actors(self, flag: bool):
        """Read bare roles as actors (``flag``) or not while the block runs."""
        old, self.complete_roles = self.complete_roles, flag
        try:
            yield
        finally:
            self.complete_roles = old

    def _actor_of(self, tok: Token, place_actor) -> Optional[Actor]:
        actor = self._raw_actor_of(tok, place_actor)
        if actor is not None and actor.country is None and actor.name is None and actor.sector == "IGO":
            return actor  # an international body of no one state ("Western allies", "donors")
        if actor is not None and actor.rule == "foreign-people" \
                and not (tok.dep_ == "pobj" and tok.head.head.pos_ in ("NOUN", "PROPN")):
            # migrants whose origin is unsaid: people of no one state (actors/generic.py);
            # not what a noun is about ("Turkey's report on the migrants": the report's owner)
            return actor
        if actor is not None and actor.country is None and self.complete_roles:
            # a bare role ("troops") or an unknown named one ("Defense Minister X", a group
            # named only here) takes the state of its sentence's places or of the story
            actor = with_country(actor, self.sent, getattr(self, "story", None), named=True)
        if actor is None or (actor.country is None and actor.name is None):
            return None  # a role with no state at all is no identifiable actor
        return actor

    def _raw_actor_of(self, tok: Token, place_actor) -> Optional[Actor]:
        # an apposition names the actor more precisely ("his counterpart Wang Yi"),
        # unless the token names a person itself (then the apposition is the next in a list)
        own = self.lookup.at(tok.i)
        for c in tok.children:
            if c.dep_ == "appos" and not (own and own.actor and own.actor.name):
                m = self.lookup.at(c.i)
                if m and m.actor and (m.actor.name or m.actor.sector):
                    return m.actor
        m = self.lookup.at(tok.i)
        if m and m.actor and (m.actor.country or m.actor.name):
            return m.actor
        bare = m.actor if m and m.actor else None  # a role without a state ("officials")
        low = tok.lower_
        if low in FIRST_PERSON and self.speaker and any(lo <= tok.i < hi for lo, hi in self.quoted):
            actor = self.speaker[0]
            return actor.model_copy(update={"rule": (actor.rule or "") + "+quote-speaker"})
        # a noun phrase whose own modifier names the actor ("the Pakistani government",
        # "State Department officials", "the Obama administration")
        for c in tok.children:
            # (not a possessive pronoun: "its troops" are whoever "it" is, but the phrase is
            # what is done or moved, not a party; "its request" is read as the owner's act)
            if c.dep_ in ("compound", "amod", "poss", "nmod") and c.tag_ != "PRP$":
                m = self.lookup.at(c.i)
                if m and m.actor and (m.actor.country or m.actor.name) and tok.pos_ in ("NOUN", "PROPN"):
                    if bare is not None and bare.sector and m.actor.sector is None:
                        return m.actor.model_copy(update={"sector": bare.sector, "rule": (m.actor.rule or "") + "+role"})
                    return m.actor
        whose = state_of_antecedent(tok, self.lookup)
        if whose is not None:
            return whose
        if bare is None and tok.lemma_.lower() in MEMBER_NOUNS:
            group = _group_of_members(tok, self.lookup)
            if group is not None:
                return group
        if bare is not None:
            return bare
        if place_actor and tok.ent_type_ in ("GPE", "LOC", "FAC"):
            ent = entity_at(tok.doc, tok.i)
            if ent is not None and not is_dateline(tok.doc, ent.start, ent.end):
                return place_actor(ent.text)
        return None


#: nouns of a state that "whose" gives the state of its antecedent
STATE_NOUNS = {"country", "nation", "state", "government"}


def state_of_antecedent(tok: Token, lookup) -> Optional[Actor]:
    """"the Kuwaiti minister, whose country has been mediating": a state noun owned by
    "whose" in a relative clause is the state of the clause's antecedent (its country,
    with sector GOV for "government")."""
    if tok.lemma_.lower() not in STATE_NOUNS or not any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children):
        return None
    node = tok
    for _ in range(3):
        if node.dep_ == "relcl":
            m = lookup.at(node.head.i)
            if m is None or m.actor is None or not m.actor.country:
                return None
            sector = "GOV" if tok.lemma_.lower() == "government" else None
            return Actor(country=m.actor.country, sector=sector, rule="whose-state")
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _group_of_members(tok: Token, lookup) -> Optional[Actor]:
    """The named group whose members a noun names ("66 members of the Mara Salvatrucha",
    "fighters of the ADF"): the group itself, not a person nor a state."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for g in prep.children:
                m = lookup.at(g.i) if g.dep_ == "pobj" else None
                if m is not None and m.actor is not None and m.actor.name and not is_person(m.actor) \
                        and m.actor.sector not in (None, "GOV", "MIL", "LEG", "JUD", "SPY"):
                    return m.actor
    return None


def quoted_ranges(sent: SpacySpan) -> list[tuple[int, int]]:
    """Token ranges inside quotation marks within the sentence."""
    ranges = []
    open_at = None
    for tok in sent:
        if tok.text in QUOTE_CHARS or tok.text in ("``", "''"):
            if tok.text in ("”", "''") or (open_at is not None and tok.text in ('"', "»")):
                if open_at is not None:
                    ranges.append((open_at, tok.i))
                    open_at = None
            else:
                open_at = tok.i
    if open_at is not None:
        ranges.append((open_at, sent.end))
    # a sentence that opens inside a quote closed in it ("…,” said X)
    first_close = next((t.i for t in sent if t.text == "”"), None)
    if first_close is not None and not any(lo < first_close <= hi for lo, hi in ranges):
        ranges.append((sent.start, first_close))
    return ranges


def opens_quote(sent: SpacySpan) -> bool:
    """The sentence opens a quotation it does not close."""
    opens = sum(1 for t in sent if t.text in ("“", "«"))
    closes = sum(1 for t in sent if t.text in ("”", "»"))
    plain = sum(1 for t in sent if t.text == '"')
    return opens > closes or plain % 2 == 1


def quote_text(sent: SpacySpan, ranges) -> str:
    parts = []
    doc = sent.doc
    for lo, hi in ranges:
        lo = max(lo, sent.start)
        hi = min(hi, sent.end)
        if hi > lo:
            parts.append(doc[lo:hi].text.strip(QUOTE_CHARS + " "))
    return re.sub(r"\s+", " ", " … ".join(p for p in parts if p)).strip()
