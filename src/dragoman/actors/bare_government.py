"""A bare "the government" / "the Cabinet" is the government of the one state whose
officials the sentence names (rule ``bare-government-state``).

News names a government by its state once and then calls it "the government": "Theresa
May announced sanctions, including the expulsion of diplomats who the government said
were spies"; "Interior Minister Ahmed Ali said the government would close the border".
Coding guide §3: an actor keeps the country the text gives it; here the text gives it by
the officials of one state acting in the same sentence. Only a definite "the government"
or "the cabinet" with no modifier of its own (no demonym, no "of X", no possessor), and
only where the named government people of the sentence (``GOV`` persons with a country)
are all of exactly one state; else it is left without a country.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dragoman.actors.mentions import Candidate
from dragoman.models import Actor

#: head nouns of a state's executive told without its state
GOVERNMENT_NOUNS = {"government", "cabinet"}
#: dependents that would name or qualify the government ("its", "the Iraqi", "of X")
QUALIFIER_DEPS = {"poss", "amod", "compound", "prep", "nmod", "appos", "relcl", "acl"}


def is_bare_government(c: Candidate, sdoc: Doc) -> bool:
    """A "the government" / "the Cabinet" mention with no country and no qualifier."""
    if c.kind not in ("role", "nominal") or c.actor is None or c.actor.country or c.head is None:
        return False
    noun = sdoc[c.head]
    if noun.lemma_.lower() not in GOVERNMENT_NOUNS or noun.tag_ not in ("NN", "NNP"):
        return False
    dets = [t for t in noun.children if t.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ != "the":
        return False
    return not any(t.dep_ in QUALIFIER_DEPS for t in noun.children)


def government_state(c: Candidate, cands: list[Candidate], sdoc: Doc) -> Actor | None:
    """The state of the government people named in the mention's sentence when there is
    exactly one; None otherwise."""
    sent = sdoc[c.head].sent
    states = {p.actor.country for p in cands
              if p is not c and p.actor is not None and p.actor.country and p.actor.sector == "GOV"
              and p.actor.name and sent.start <= p.start < sent.end}
    if len(states) != 1:
        return None
    return c.actor.model_copy(update={"country": states.pop(), "sector": "GOV", "rule": "bare-government-state"})


def resolve_bare_governments(cands: list[Candidate], sdoc: Doc) -> None:
    """Give each bare government mention its sentence's one state (module docstring)."""
    for c in cands:
        if is_bare_government(c, sdoc):
            actor = government_state(c, cands, sdoc)
            if actor is not None:
                c.actor = actor
