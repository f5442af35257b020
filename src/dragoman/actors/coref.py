"""Rule-based coreference inside one document.

- a surname ("Kayani") takes the actor of an earlier full name that ends with it, else
  the one person of that surname holding a post on the date;
- a definite role noun without a nationality ("the diplomat", "the general", "the
  officials") takes the nearest earlier mention whose sector fits (same head noun first);
- "he"/"she"/"him"/"her" take the nearest earlier person of a compatible gender (from
  titles and a first-name list), and "he said"/"she added" continue the last speaker
  (also after a stretch of narrative, when no other such person was named since);
- "they"/"them" take the nearest earlier group (plural role, armed group, people); a
  subject "they" takes the state the previous sentence is about before an older group;
- "it"/"its" take a state or organisation in the same or the previous sentence.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date
from typing import Optional

from spacy.tokens import Doc

from dragoman.actors.bare_government import resolve_bare_governments
from dragoman.actors.kb import KnowledgeBase, load_patterns, norm
from dragoman.actors.mentions import Candidate
from dragoman.actors.organs import ORGAN_NOUNS
from dragoman.models import Actor

__all__ = ["resolve_coreference", "resolve_counterparts", "gender_of"]

WINDOW = 4  # sentences searched back for pronouns
NOMINAL_WINDOW = 8


def gender_of(c: Candidate, sdoc: Doc) -> Optional[str]:
    """'m', 'f' or None (unknown) for a person mention."""
    pat = load_patterns()
    titles = pat.get("gendered_titles", {})
    names = pat.get("first_names", {})
    g = c.info.get("gender")
    if g:
        return g
    k = c.start - 1
    if k >= 0:
        t = sdoc[k].lower_.rstrip(".")
        for gg, words in titles.items():
            if t in words:
                return gg
    for t in range(c.start, c.end):
        w = sdoc[t].lower_.rstrip(".")
        for gg, words in titles.items():
            if w in words:
                return gg
    full = c.actor.name if c.actor and c.actor.name else sdoc[c.start:c.end].text
    first = norm(full).split(" ")[0] if full else ""
    for gg, words in names.items():
        if first in words:
            return gg
    return None


def _speech_subject(tok) -> bool:
    speech = set(load_patterns().get("speech_verbs", []))
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in speech


def _is_person(c: Candidate) -> bool:
    if c.actor is None:
        return False
    if c.kind == "name":
        return True
    if c.kind in ("role", "nominal") and not c.plural:
        return True
    if c.kind == "pronoun" and c.info.get("number") == "sg" and c.info.get("gender") in ("m", "f"):
        return True
    return False


# singular nouns for a group of people that "they" can take up ("the family ... they")
COLLECTIVE_NOUNS = {"family", "couple", "delegation", "team", "crew", "group", "government", "administration",
                    "leadership", "army", "military", "police", "cabinet", "militia"}


def _is_group(c: Candidate) -> bool:
    if c.actor is None:
        return False
    if c.kind in ("role", "nominal") and c.plural:
        return True
    if c.kind in ("role", "nominal") and c.head is not None and c.info.get("head_lemma") in COLLECTIVE_NOUNS:
        return True
    if c.kind == "group":
        return True
    if c.kind == "demonym" and c.plural:
        return True
    if c.kind == "pronoun" and c.info.get("number") == "pl":
        return True
    return False


class _Resolved:
    """The candidates resolved so far, in text order, with their sentence numbers, and the
    full names by the words a surname may match: the mentions of a few sentences are a
    slice found by bisection, the earlier full names of a surname a lookup, so a long
    document is not walked again for each mention. Candidates come in text order and
    their actors do not change once here."""

    def __init__(self, sdoc: Doc, sent_of: list[int]) -> None:
        self.sdoc = sdoc
        self.sent_of = sent_of
        self.items: list[Candidate] = []
        self.sents: list[int] = []
        self.names_by_word: dict[str, list[Candidate]] = {}

    def append(self, c: Candidate) -> None:
        self.items.append(c)
        self.sents.append(self.sent_of[c.start])
        if c.kind == "name" and c.actor is not None and c.actor.name:
            parts = norm(c.actor.name).split(" ")
            if len(parts) > 1:
                surface = norm(self.sdoc[c.start:c.end].text).split(" ")
                for word in {parts[-1], *parts[1:], *surface[1:]}:
                    self.names_by_word.setdefault(word, []).append(c)

    def __iter__(self):
        return iter(self.items)

    def in_sentences(self, first: int, last: int) -> list[Candidate]:
        """The candidates of sentences ``first``..``last``, in text order."""
        return self.items[bisect_left(self.sents, first):bisect_right(self.sents, last)]

    def since_sentence(self, first: int) -> list[Candidate]:
        """The candidates of sentence ``first`` and after, in text order."""
        return self.items[bisect_left(self.sents, first):]

    def full_names_with(self, word: str) -> list[Candidate]:
        """The full names (two words or more) that ``word`` may be the surname of, in text order."""
        return self.names_by_word.get(word, [])


def _copy(actor: Actor, rule: str) -> Actor:
    return actor.model_copy(update={"rule": rule})


def resolve_coreference(cands: list[Candidate], sdoc: Doc, kb: KnowledgeBase, ref_date: Optional[date],
                        sent_of: list[int]) -> list[Candidate]:
    """Add pronoun mentions and resolve short mentions; returns all candidates in text order."""
    pat = load_patterns()
    pronouns = pat.get("pronouns", {})
    taken = {t for c in cands for t in range(c.start, c.end)}
    for tok in sdoc:
        w = tok.lower_
        if w in pronouns and tok.i not in taken and tok.tag_ == ("PRP$" if pronouns[w].get("possessive") else "PRP"):
            info = dict(pronouns[w])
            cands.append(Candidate(tok.i, tok.i + 1, "pronoun", None, head=tok.i,
                                   plural=info.get("number") == "pl",
                                   info={"gender": info.get("gender"), "number": info.get("number")}))
    cands.extend(_state_references(sdoc, taken, pat))
    cands.sort(key=lambda c: (c.start, c.end))
    for c in cands:
        if c.head is not None:
            c.info.setdefault("head_lemma", sdoc[c.head].lemma_.lower())
    last_speaker: Optional[Candidate] = None
    done = _Resolved(sdoc, sent_of)
    for c in cands:
        si = sent_of[c.start]
        if _misread_surname(c, done, sdoc):
            c.kind, c.surname_only = "name", True
        if c.kind == "name" and c.surname_only:
            _surname(c, done, sdoc, kb, ref_date)
        elif c.kind == "nominal" and c.definite:
            _nominal(c, done, sdoc, sent_of, si)
        elif c.kind == "pronoun":
            _pronoun(c, done, sdoc, sent_of, si, last_speaker)
        if c.kind in ("name", "role", "nominal", "pronoun") and c.actor is not None and c.head is not None \
                and _speech_subject(sdoc[c.head]) and (_is_person(c) or c.kind == "pronoun"):
            last_speaker = c
        if c.actor is not None:
            done.append(c)
    resolve_bare_governments(cands, sdoc)
    return cands


def _misread_surname(c: Candidate, done: _Resolved, sdoc: Doc) -> bool:
    """A one-word name the NER called an organisation that is a word of an earlier
    person's full name ("Prime Minister Abiy Ahmed ... Abiy said"): a short mention of
    that person, not an unknown organisation."""
    if c.kind != "group" or c.end - c.start != 1 or c.actor is None or c.actor.rule != "org-unknown":
        return False
    return any(p.kind == "name" and p.actor is not None and p.actor.kb_id
               for p in done.full_names_with(norm(sdoc[c.start].text)))


def _surname(c: Candidate, done: _Resolved, sdoc: Doc, kb: KnowledgeBase, ref_date: Optional[date]) -> None:
    key = norm(sdoc[c.start:c.end].text)
    for prev in reversed(done.full_names_with(key)):
        if prev.kind != "name" or prev.actor is None or not prev.actor.name or prev is c:
            continue
        parts = norm(prev.actor.name).split(" ")
        surface = norm(sdoc[prev.start:prev.end].text).split(" ")
        if len(parts) > 1 and (key == parts[-1] or key in parts[1:] or key in surface[1:]):
            c.actor = _copy(prev.actor, "coref-surname")
            c.info["antecedent"] = prev
            return
    # no earlier full name: the knowledge base, when the surname is unambiguous on the date
    if c.actor is None or c.actor.rule == "name-unknown":
        people = kb.people_named(key, on=ref_date)
        if len(people) == 1:
            from dragoman.actors.resolver import ActorResolver

            actor = ActorResolver.person_actor(_ResolverShim(kb), people, ref_date)
            c.actor = actor.model_copy(update={"rule": "surname+post" if actor.rule == "name+post" else "surname"})


class _ResolverShim:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb


def _named_in_apposition(tok) -> bool:
    """A role noun with a person's name beside it ("the defence minister, Boris
    Pistorius,", "Penny Wong, the foreign minister"): the name says who it is."""
    linked = [c for c in tok.children if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else [])
    return any(t.ent_type_ == "PERSON" for t in linked)


def _nominal(c: Candidate, done: _Resolved, sdoc: Doc, sent_of: list[int], si: int) -> None:
    if c.head is not None and _named_in_apposition(sdoc[c.head]):
        return  # not an earlier person: the one named beside it
    head = sdoc[c.head].lemma_.lower() if c.head is not None else ""
    sector = c.sector_hint
    recent = done.in_sentences(si - NOMINAL_WINDOW, si)
    pool = [p for p in reversed(recent) if p.actor is not None and p.actor.country is not None
            and si - sent_of[p.start] <= NOMINAL_WINDOW and p is not c and not _subject_of_same_verb(p, c, sdoc)]
    want = _is_group if c.plural else _is_person
    pool = [p for p in pool if want(p) or (c.plural and p.kind == "demonym" and p.actor.sector)]
    # same head noun first ("a senior American diplomat" ... "the diplomat")
    for p in pool:
        if p.head is not None and p.kind in ("role", "nominal") and sdoc[p.head].lemma_.lower() == head \
                or _post_ends_with(p, head):
            c.actor = _copy(p.actor, "coref-nominal")
            c.info["antecedent"] = p
            return
    if head in ORGAN_NOUNS:
        return  # "the ministry" is an earlier ministry (``organs.py``), not an official or a state
    for p in pool:
        if sector is None or p.actor.sector == sector:
            c.actor = _copy(p.actor, "coref-nominal")
            c.info["antecedent"] = p
            return


def _governing_subjects(sdoc: Doc, i: int) -> set[int]:
    """Tokens that are subjects of a clause the token ``i`` is embedded in ("the officials
    were quoted as saying that they ...": ``officials`` for ``they``)."""
    out: set[int] = set()
    tok = sdoc[i]
    seen = 0
    while tok.head.i != tok.i and seen < 30:
        tok = tok.head
        seen += 1
        out.update(c.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != i)
    return out


def _post_ends_with(p: Candidate, head: str) -> bool:
    """Whether a named person's post, as the text gave it, ends with the noun ``head``
    ("Saudi Crown Prince Mohammed bin Salman" ... "the prince"; "President Macron" ...
    "the president")."""
    if p.kind != "name" or not head or p.actor is None or not p.actor.note:
        return False
    words = norm(p.actor.note).split(" ")
    return bool(words) and words[-1] == head


def _subject_of_same_verb(p: Candidate, c: Candidate, sdoc: Doc) -> bool:
    """Whether mention ``p`` is the subject of the verb whose object the pronoun or short
    mention ``c`` is ("Hamas rejected it", "Scholz echoed the president"): an object is
    not its own verb's doer."""
    if p.head is None or c.head is None:
        return False
    ph, ch = sdoc[p.head], sdoc[c.head]
    return ph.dep_ == "nsubj" and ch.dep_ in ("dobj", "dative", "iobj") and ph.head.i == ch.head.i


def _clause_owner(sdoc: Doc, i: Optional[int]):
    """The subject of the verb that says the clause "it" is the subject of ("the army
    announced it was pulling out", "the company said it would ..."), when that subject
    is a singular common noun: "it" takes that noun up (its actor, or none when no actor
    rule reads it), not a state named further back. None otherwise."""
    if i is None:
        return None
    tok = sdoc[i]
    if tok.dep_ != "nsubj" or tok.head.dep_ != "ccomp":
        return None
    owner = next((s for s in tok.head.head.children if s.dep_ == "nsubj"), None)
    if owner is None or owner.pos_ != "NOUN" or owner.tag_ != "NN":
        return None
    return owner


def _ordered_pool(done: _Resolved, sdoc: Doc, sent_of: list[int], si: int, start: int) -> list[Candidate]:
    """Earlier mentions: in this sentence the subjects of clauses that embed the pronoun
    first ("X said that they ..."), then the rest right to left; then earlier sentences,
    subjects first."""
    same = [p for p in done.in_sentences(si, si) if p.start < start]
    governing = _governing_subjects(sdoc, start)
    same.sort(key=lambda p: (0 if p.head is not None and p.head in governing else 1, -p.start))
    out = list(same)
    for back in range(1, WINDOW + 1):
        prev = done.in_sentences(si - back, si - back)
        prev.sort(key=lambda p: (0 if p.head is not None and sdoc[p.head].dep_ in ("nsubj", "nsubjpass") else 1, p.start))
        out.extend(prev)
    return out


def _state_references(sdoc: Doc, taken: set[int], pat: dict) -> list[Candidate]:
    """Short references to a state ("the country", "the kingdom") as a clause's subject or
    object: pronoun-like mentions resolved to the state of the nearest earlier mention
    ("India's foreign minister said the country would cut ties": India). In a place
    phrase ("across the country") the words are a place, not an actor."""
    nouns = set(pat.get("state_references") or [])
    out = []
    for tok in sdoc:
        if tok.lower_ in nouns and tok.i not in taken and tok.i > 0 and sdoc[tok.i - 1].lower_ == "the" \
                and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "poss"):
            out.append(Candidate(tok.i - 1, tok.i + 1, "pronoun", None, head=tok.i,
                                 info={"gender": "n", "number": "sg", "state": True}))
    return out


def _pronoun(c: Candidate, done: _Resolved, sdoc: Doc, sent_of: list[int], si: int,
             last_speaker: Optional[Candidate]) -> None:
    g = c.info.get("gender")
    number = c.info.get("number")

    def set_from(p: Candidate, rule: str) -> None:
        c.actor = _copy(p.actor, rule)
        c.info["antecedent"] = p
        if g in ("m", "f"):  # "he" resolved to Kenyatta: Kenyatta is male from now on
            q: Optional[Candidate] = p
            while q is not None:
                if q.info.get("gender") is None:
                    q.info["gender"] = g
                q = q.info.get("antecedent")
        if _is_person(p) or p.kind == "pronoun":
            c.info["gender"] = c.info.get("gender") or p.info.get("gender")

    if c.info.get("state"):  # "the country": the state of the nearest mention that has one
        for p in _ordered_pool(done, sdoc, sent_of, si, c.start):
            if si - sent_of[p.start] > 1:
                break
            if p.actor.country is not None and p.kind != "pronoun":
                c.actor = Actor(country=p.actor.country, rule="coref-state")
                c.info["antecedent"] = p
                return
        return
    if g == "n":  # "it": a state or organisation close by
        owner = _clause_owner(sdoc, c.head)
        if owner is not None:
            # "the army announced it was ...": "it" is the army, read or not
            covering = next((p for p in done.in_sentences(si, si) if p.start <= owner.i < p.end
                             and p.actor is not None and (p.actor.country or p.actor.name)), None)
            if covering is not None:
                set_from(covering, "coref-clause-owner")
            return
        for p in _ordered_pool(done, sdoc, sent_of, si, c.start):
            if si - sent_of[p.start] > 1:
                break
            if _subject_of_same_verb(p, c, sdoc):
                continue  # "Hamas rejected it": not Hamas
            if p.kind in ("demonym", "metonym", "group") and not p.plural and p.actor.country is not None \
                    or p.kind == "group" and p.actor.name:
                set_from(p, "coref-pronoun")
                return
        return
    if number == "sg":
        if _speech_subject(sdoc[c.head]) and last_speaker is not None and si - sent_of[last_speaker.start] <= WINDOW:
            sg = last_speaker.info.get("gender") or gender_of(last_speaker, sdoc)
            if sg is None or sg == g:
                set_from(last_speaker, "coref-speaker")
                return
        for p in _ordered_pool(done, sdoc, sent_of, si, c.start):
            if not _is_person(p):
                continue
            if p.head is not None and sdoc[p.head].head.i == sdoc[c.head].head.i \
                    and sdoc[p.head].dep_ == "nsubj" and sdoc[c.head].dep_ in ("dobj", "dative", "iobj"):
                continue  # "Kayani met him": not the subject of the same verb
            pg = p.info.get("gender") if p.kind == "pronoun" else gender_of(p, sdoc)
            if pg is not None and pg != g:
                continue
            set_from(p, "coref-pronoun")
            return
        # "he said" after a stretch of narrative: the last speaker, when no one else who
        # could be "he" has been named since
        if _speech_subject(sdoc[c.head]) and last_speaker is not None \
                and si - sent_of[last_speaker.start] <= NOMINAL_WINDOW:
            def fits(p: Candidate) -> bool:
                pg = p.info.get("gender") if p.kind == "pronoun" else gender_of(p, sdoc)
                return pg is None or pg == g
            if fits(last_speaker) and not any(
                    p.start > last_speaker.start and _is_person(p) and fits(p)
                    for p in done.since_sentence(sent_of[last_speaker.start])):
                set_from(last_speaker, "coref-speaker")
        return
    # they / them
    state = _previous_state_subject(done, sdoc, sent_of, si) if sdoc[c.head].dep_ == "nsubj" else None
    for p in _ordered_pool(done, sdoc, sent_of, si, c.start):
        if state is not None and si - sent_of[p.start] >= 2:
            break  # nothing nearer than the state the last sentence is about
        if _is_group(p) and p.actor.country is not None or (p.kind == "group" and p.actor.name):
            set_from(p, "coref-pronoun")
            return
    if state is not None:
        set_from(state, "coref-state")


def _previous_state_subject(done: _Resolved, sdoc: Doc, sent_of: list[int], si: int) -> Optional[Candidate]:
    """The state that is the main subject of the previous sentence ("Pakistan, too, made
    demands. They reiterated ..."): a subject "they" takes it up, in preference to a group
    named further back, often deep in a clause; a group named in the previous sentence or
    in this one comes first."""
    for p in done.in_sentences(si - 1, si - 1):
        if p.head is None or p.actor is None:
            continue
        tok = sdoc[p.head]
        if tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT":
            continue
        if p.kind in ("demonym", "metonym") and not p.plural and p.actor.country and p.actor.name is None \
                and p.actor.sector in (None, "GOV"):
            return p
    return None


def resolve_counterparts(cands: list[Candidate], sdoc: Doc) -> None:
    """"his Afghan counterpart": the sector of the one whose counterpart it is (the
    possessor, else the subject of the clause, through coordinated verbs)."""
    todo = [c for c in cands if c.role_kind == "counterpart" and c.actor is not None and c.actor.sector is None]
    if not todo:
        return
    at: dict[int, Candidate] = {}
    for c in cands:
        if c.actor is None:
            continue
        for t in range(c.start, c.end):
            at.setdefault(t, c)
    for c in todo:
        head = sdoc[c.head] if c.head is not None else sdoc[c.end - 1]
        owner = None
        poss = [t for t in head.children if t.dep_ == "poss" and t.pos_ != "PRON"]
        if poss:
            owner = at.get(poss[0].i)
        if owner is None:
            v = head
            while v.head.i != v.i and v.pos_ not in ("VERB", "AUX"):
                v = v.head
            for _ in range(4):
                subj = [t for t in v.children if t.dep_ in ("nsubj", "nsubjpass")]
                if subj:
                    owner = at.get(subj[0].i)
                    break
                if v.dep_ in ("conj", "xcomp", "advcl") and v.head.i != v.i:
                    v = v.head
                    continue
                break
        if owner is None or owner is c or owner.actor is None or not owner.actor.sector:
            continue
        c.actor = c.actor.model_copy(update={"sector": owner.actor.sector, "rule": "counterpart",
                                             "note": f"counterpart of {owner.actor.name or sdoc[owner.start:owner.end].text}"})
        c.info["antecedent"] = owner
