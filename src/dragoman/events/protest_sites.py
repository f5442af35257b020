"""Sites, routes and measures are no addressee of a protest.

"Drivers blocked the Lima-Callao highway", "workers rallied outside a Burger King in
Leeds", "teachers marched against the new Housing Law": the name in the road, the shop
or the law says where the crowd stood or what it opposed, not whom it addressed. Coding
guide §1: a protest with no named addressee keeps ``target: null``. Rule
``protest-site-target`` (pruner) clears the target of a PROTEST candidate when

- the target is only a modifier of a route or a measure noun ("the Quito-Latacunga
  highway", "the Education Regional Law"), whatever the name resolves to;
- the target is only a modifier of a site noun ("the Mombasa Trade Centre") and no known
  party (no country, sector or knowledge-base entry);
- the target heads the object of a setting preposition ("at", "outside", "in front of")
  and is no known party ("picketed outside a Taco Bell").

An embassy, a ministry or a party's office stays a possible addressee (a known party).
The nouns are data: ``lexicons/protest_sites.yaml``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import yaml
from spacy.tokens import Token

from dragoman.data_files import data_path
from dragoman.events.candidate import Candidate
from dragoman.events.syntax import SETTING_PREPS
from dragoman.models import Actor

#: the links by which a name modifies the noun of its phrase
MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "npadvmod"}
#: links inside a name that runs over several tokens ("Cusubamba - Cayambe")
NAME_DEPS = {"compound", "punct", "appos", "prep", "pobj", "cc", "conj", "nmod", "flat"}


@lru_cache(maxsize=1)
def site_words() -> dict[str, set[str]]:
    """Kind ("routes", "sites", "measures") -> noun lemmas."""
    data = yaml.safe_load(data_path("lexicons", "protest_sites.yaml").read_text(encoding="utf-8")) or {}
    return {kind: {str(w).lower() for w in words or []} for kind, words in data.items()}


def _phrase_head(tok: Token) -> Token:
    """The noun the name ``tok`` belongs to: up through modifier and name links while the
    head is a noun of the same phrase."""
    h = tok
    for _ in range(8):
        if h.dep_ in MODIFIER_DEPS | NAME_DEPS and h.head.i != h.i and h.head.pos_ in ("NOUN", "PROPN") \
                and h.dep_ not in ("prep", "pobj", "conj", "cc"):
            h = h.head
            continue
        break
    return h


def _known_party(actor: Actor) -> bool:
    return bool(actor.country or actor.sector or actor.kb_id)


def _in_setting(head: Token) -> bool:
    """Whether the phrase is the object of a setting preposition ("at X", "outside X",
    "in front of X")."""
    if head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ == "of" and prep.head.lower_ in ("front", "outside", "near", "side") :
        return True
    return prep.lower_ in SETTING_PREPS and prep.lower_ != "in"


def site_target(c: Candidate) -> bool:
    """Whether the candidate's target names a site, a route or a measure, not an addressee."""
    if c.type != "PROTEST" or c.target is None or c.target_tok is None:
        return False
    tok = c.target_tok
    head = _phrase_head(tok)
    words = site_words()
    lemma = head.lemma_.lower()
    if head.i != tok.i and head.pos_ == "NOUN":
        if lemma in words.get("routes", set()) | words.get("measures", set()):
            return True
        if lemma in words.get("sites", set()) and not _known_party(c.target):
            return True
    # a name that ends in a route or measure noun: "blocked Jose Marti Avenue", "the Property Tax"
    if lemma in words.get("routes", set()) | words.get("measures", set()) and not _known_party(c.target):
        return True
    return _in_setting(head) and not _known_party(c.target) and (head.i == tok.i or lemma in words.get("sites", set()))


def drop_site_targets(candidates: list[Candidate]) -> list[Candidate]:
    """A protest whose target names the road it blocks, the site it is held at or the
    measure it opposes, not a party it addresses, keeps no target."""
    out = []
    for c in candidates:
        if site_target(c):
            c = replace(c, target=None, target_tok=None, rules=c.rules + ["protest-site-target"])
        out.append(c)
    return out
