"""Find every actor mention in a document body and resolve it to an :class:`Actor`.

Passes, over the body's spaCy ``Doc``:

1. knowledge-base names: the longest token span whose normalised text is a person,
   organisation, seat of power, country name or demonym (so multi-token names the NER
   splits are still found);
2. role phrases from ``roles.csv`` ("army chief", "foreign minister", "officials"),
   taking a nationality from a demonym or country before them ("the Afghan foreign
   minister", "Pakistan's army chief") or an "of"-phrase after them ("the foreign
   minister of India");
3. person and organisation entities of the NER that the knowledge base does not know,
   coded by a title in front of them ("US Ambassador Cameron Munter");
4. coreference (:mod:`dragoman.actors.coref`): surnames, definite role nouns, pronouns.

A person is coded by the post they held on the reference date; a capital or seat of
power is an actor unless it is the object of a place preposition ("talks in Islamabad").
"""

from __future__ import annotations

from datetime import date
from typing import Optional

from spacy.tokens import Doc

from dragoman.actors.coref import resolve_counterparts
from dragoman.actors.demonyms import code_bare_demonyms
from dragoman.actors.disputed import entity_forces, load_disputed_entities
from dragoman.actors.generic import assign_generic_countries, dateline_country, extend_partitives, \
    load_generic_lexicon
from dragoman.actors.story_places import find_places
from dragoman.actors.organs import code_organ_officials
from dragoman.actors.principals import code_principals_officials
from dragoman.actors.kb import KnowledgeBase, load_patterns, norm
from dragoman.actors.names import acronym_inside_longer_name, code_parent_groups, code_unknown_names, echo_surnames, misread_place, modifies_common_noun, \
    plausible_surname, proper_names
from dragoman.actors.mentions import POSTED_ABROAD, Candidate, MentionIndex, is_dateline, of_someone_new
from dragoman.models import Actor, Document, Mention
from dragoman.doc_index import entities
from dragoman.nlp import english_words

__all__ = ["ActorResolver", "MentionIndex", "Candidate", "is_dateline"]

_POSS = {"'s", "\u2019s", "'", "\u2019"}


NON_STATE_SECTORS = {"INS", "REB", "TER", "CRM"}


class ActorResolver:
    """``resolver(doc, sdoc, ref_date) -> list[Mention]``; see the module docstring."""

    def __init__(self, kb: Optional[KnowledgeBase] = None, coref: bool = True) -> None:
        self.kb = kb or KnowledgeBase.default()
        pat = load_patterns()
        self.loc_preps = set(pat.get("location_prepositions", []))
        self.addressed_nouns = {norm(w) for w in pat.get("addressed_nouns", [])}
        self.modifiers = set(pat.get("role_modifiers", []))
        self.determiners = set(pat.get("determiners", []))
        self.use_coref = coref
        self.generic_roles = {norm(w) for w in pat.get("generic_role_nouns", [])}
        self.civilian_modifiers = {norm(w) for w in pat.get("civilian_modifiers", [])}
        self.parent_nouns = {norm(w) for w in pat.get("parent_group_nouns", [])}
        self.name_particles = {norm(w) for w in pat.get("name_particles", [])}
        self.generic = load_generic_lexicon()
        self.disputed = load_disputed_entities()
        self._max_role = max(max((len(k.split(" ")) for k in self.kb.roles), default=1), self.generic.max_tokens)
        self._gazetteer = None

    def role_entry(self, text: str) -> Optional[tuple[Optional[str], str]]:
        """(sector, kind) of a role phrase: roles.csv first, then the generic-actor nouns."""
        return self.kb.role_entry(text) or self.generic.role_entry(text)

    @property
    def gazetteer(self):
        """The places stage's gazetteer, loaded on first use."""
        if self._gazetteer is None:
            from dragoman.places.gazetteer import Gazetteer

            self._gazetteer = Gazetteer.default()
        return self._gazetteer

    # ------------------------------------------------------------------ API
    def __call__(self, doc: Document, sdoc: Doc, ref_date: Optional[date] = None) -> list[Mention]:
        if ref_date is None:
            ref_date = doc.reference_date()
        sents = list(sdoc.sents)
        sent_of = [0] * len(sdoc)
        for si, s in enumerate(sents):
            for t in range(s.start, s.end):
                sent_of[t] = si
        cands = self.candidates(sdoc, ref_date, sent_of)
        if self.use_coref:
            from dragoman.actors.coref import resolve_coreference

            cands = resolve_coreference(cands, sdoc, self.kb, ref_date, sent_of)
        resolve_counterparts(cands, sdoc)
        code_principals_officials(cands, sdoc)
        code_organ_officials(cands, sdoc, sent_of)
        code_bare_demonyms(cands, sdoc)
        cands = self._generic_countries(cands, sdoc, sent_of)
        out: list[Mention] = []
        pos_of: dict[int, int] = {}
        for c in sorted(cands, key=lambda c: (c.start, c.end)):
            if c.actor is None and c.kind == "pronoun":
                continue
            span = sdoc[c.start:c.end]
            b0, b1 = span.start_char, span.end_char
            start = doc.to_original(b0)
            end = doc.to_original(b1 - 1) + 1 if b1 > b0 else start
            ante = c.info.get("antecedent")
            pos_of[id(c)] = len(out)
            out.append(Mention(
                doc_id=doc.id, sentence_index=sent_of[c.start], start=start, end=end, text=span.text,
                kind=c.kind, token_start=c.start, token_end=c.end,
                head=c.head if c.head is not None else span.root.i, actor=c.actor,
                antecedent=pos_of.get(id(ante)) if ante is not None else None))
        return out

    def _generic_countries(self, cands: list[Candidate], sdoc: Doc, sent_of: list[int]) -> list[Candidate]:
        """Generic actors ("police", "a group of locals") get their country from the text
        (:mod:`dragoman.actors.generic`)."""
        for c in cands:
            if c.kind in ("role", "nominal") and c.head is not None:
                c.info.setdefault("noun_head", c.head)
        extend_partitives(cands, sdoc, self.generic)
        places, dateline, gazetteer = [], None, None
        if any(c.kind in ("role", "nominal") and c.actor is not None and not c.actor.country for c in cands):
            gazetteer = self.gazetteer
            places = find_places(sdoc, sent_of, cands, self.kb, gazetteer, self._misread)
            dateline = dateline_country(sdoc, self.kb, gazetteer)
        absorbed = assign_generic_countries(cands, sdoc, sent_of, places, dateline, self.generic, gazetteer)
        for c in cands:  # "a man ... he": the pronoun takes what its antecedent was given
            ante = c.info.get("antecedent")
            if c.actor is not None and ante is not None and ante.actor is not None and not c.actor.country \
                    and (ante.actor.rule or "").startswith("generic-") and (c.actor.rule or "").startswith("coref"):
                c.actor = ante.actor.model_copy(update={"rule": c.actor.rule})
        return [c for c in cands if id(c) not in absorbed]

    # ------------------------------------------------------------------ passes
    def candidates(self, sdoc: Doc, ref_date: Optional[date], sent_of: list[int]) -> list[Candidate]:
        kb = self.kb
        covered: dict[int, Candidate] = {}
        names: list[Candidate] = []
        self._ref_date = ref_date
        self._sdoc = sdoc
        self._misread: list[tuple[int, int, str]] = []
        n = len(sdoc)
        i = 0
        # 1. knowledge-base names, longest first
        while i < n:
            tok = sdoc[i]
            particle = tok.lower_ in self.name_particles and i + 2 < n and sdoc[i + 1].text == "-" \
                and sdoc[i + 2].text[:1].isupper()  # "al-Shabaab", "el-Sisi"
            if (not tok.text[:1].isupper() and not particle) or tok.lower_ == "the":
                i += 1
                continue
            found = None
            for L in range(min(kb.max_name_tokens, n - i), 0, -1):
                j = i + L
                if sent_of[j - 1] != sent_of[i] or sdoc[j - 1].is_space or (sdoc[j - 1].is_punct and L > 1):
                    continue
                text = sdoc[i:j].text
                key = norm(text)
                if not key:
                    continue
                if len(key.replace(" ", "")) <= 2 and not text.replace(".", "").isupper():
                    continue
                disputed = self.disputed.entity(key)
                kinds = [("disputed", disputed)] if disputed else kb.phrase_kind(key)
                if kinds and L == 1 and acronym_inside_longer_name(sdoc, i, kinds, kb):
                    kinds = []
                if kinds:
                    found = (j, key, kinds)
                    break
            if found is None:
                if _reads_as_name(tok) and kb.is_surname(tok.text) and plausible_surname(sdoc, i, kb, self.gazetteer) \
                        and self._stands_as_surname(sdoc, i, covered):
                    c = Candidate(i, i + 1, "name", None, head=i, surname_only=True)
                    names.append(c)
                    covered[i] = c
                i += 1
                continue
            j, key, kinds = found
            c = self._name_candidate(sdoc, i, j, key, kinds, ref_date)
            if c is not None:
                names.append(c)
                for t in range(i, j):
                    covered[t] = c
            i = j
        # 2. role phrases
        roles: list[Candidate] = []
        i = 0
        while i < n:
            if i in covered or not sdoc[i].is_alpha or sdoc[i].lower_ in self.determiners:
                i += 1
                continue
            hit = None
            for L in range(min(self._max_role, n - i), 0, -1):
                j = i + L
                if any(t in covered for t in range(i, j)) or sent_of[j - 1] != sent_of[i]:
                    continue
                if not sdoc[j - 1].is_alpha:
                    continue
                entry = self.role_entry(sdoc[i:j].text)
                if entry is None and L == 1 and sdoc[i].lemma_ != sdoc[i].lower_:
                    entry = self.role_entry(sdoc[i].lemma_)
                if entry is not None:
                    hit = (j, entry)
                    break
            if hit is None:
                i += 1
                continue
            j, (sector, rkind) = hit
            if sdoc[j - 1].pos_ not in ("NOUN", "PROPN") and j < n and sdoc[j].pos_ in ("NOUN", "PROPN"):
                i += 1  # "military" in "military officials": let the longer noun carry it
                continue
            if sdoc[j - 1].pos_ not in ("NOUN", "PROPN"):
                i = j
                continue
            c = Candidate(i, j, "role", head=j - 1, sector_hint=sector, role_kind=rkind, info={"role_span": (i, j)},
                          plural=sdoc[j - 1].tag_ in ("NNS", "NNPS") or rkind in ("group", "body", "collective"))
            roles.append(c)
            for t in range(i, j):
                covered[t] = c
            i = j
        roles = self._role_modifiers(sdoc, roles, covered, sent_of)
        # 3. NER persons / organisations the knowledge base does not know
        for ent in entities(sdoc):
            if ent.label_ == "NORP" and not any(t in covered for t in range(ent.start, ent.end)):
                place_country = misread_place(sdoc, ent.start, ent.end, kb, self.gazetteer)
                if place_country:  # "in Omdurman" tagged NORP
                    self._misread.append((ent.start, ent.end, place_country))
                continue
            if ent.label_ not in ("PERSON", "ORG"):
                continue
            toks = [t for t in range(ent.start, ent.end)]
            if any(t in covered for t in toks):
                continue
            s, e = ent.start, ent.end
            while s < e and (sdoc[s].lower_ in ("the",) or kb.role_entry(sdoc[s].text)):
                s += 1  # titles belong to the role pass
            while e > s and sdoc[e - 1].is_punct:
                e -= 1
            if s >= e:
                continue
            if ent.label_ == "ORG" and any(kb.role_entry(sdoc[t].text) for t in range(s, e)):
                continue  # "Pakistan Army": a nationality + role, handled by the role pass
            if ent.label_ == "PERSON" and e - s == 1 and modifies_common_noun(sdoc, s, kb):
                continue  # "Rice prices rose": the NER's person is a word of the sentence
            place_country = misread_place(sdoc, s, e, kb, self.gazetteer)
            if place_country:  # "in Quetta" tagged ORG: a place, not an actor
                self._misread.append((s, e, place_country))
                continue
            text = sdoc[s:e].text
            title = covered.get(s - 1)
            if ent.label_ == "PERSON" or e - s > 1 and title is not None and title.kind == "role" \
                    and title.role_kind == "person" and sdoc[s - 1].text[:1].isupper():
                # a name after a person's title is a person's, whatever the NER called it
                c = Candidate(s, e, "name", Actor(name=text, rule="name-unknown"), head=e - 1,
                              surname_only=(e - s == 1))
            else:
                c = Candidate(s, e, "group", Actor(name=text, rule="org-unknown"), head=sdoc[s:e].root.i)
            names.append(c)
            for t in range(s, e):
                covered[t] = c
        names += proper_names(sdoc, names, roles, covered, kb, self.gazetteer)
        names += echo_surnames(sdoc, names, covered, sent_of)
        # 4. nationality of roles; titles before names
        absorbed: set[int] = set()
        for c in roles:
            self._nationality(sdoc, c, covered, absorbed, sent_of)
        merged_roles: set[int] = set()
        for c in names:
            if c.kind != "name":
                continue
            r = self._title_before(sdoc, c, covered)
            if r is None:
                continue
            merged_roles.add(id(r))
            title_actor = r.actor
            if c.actor is not None and c.actor.kb_id and c.actor.sector is None and c.actor.rule == "name":
                # a known person with no post on the day in the knowledge base: the text's own
                # title says what they were ("Foreign Office spokesperson Tehmina Janjua")
                sector = (title_actor.sector if title_actor else None) or r.sector_hint
                country = (title_actor.country if title_actor else None) or c.actor.country
                if sector:
                    c.actor = c.actor.model_copy(update={"country": country, "sector": sector, "rule": "title+name",
                                                         "note": sdoc[r.start:r.end].text})
            elif c.actor is None or c.actor.rule == "name-unknown" or (c.actor.country is None and c.actor.sector is None):
                name = c.actor.name if c.actor else sdoc[c.start:c.end].text
                people = self.kb.people_named(sdoc[c.start:c.end].text, on=ref_date)
                if people:  # "Premier Gilani": the bare name is known once the title is set apart
                    c.actor = self.person_actor(people, ref_date)
                elif title_actor and title_actor.country:
                    c.actor = Actor(country=title_actor.country, sector=title_actor.sector or r.sector_hint,
                                    name=name, rule="title+name", note=sdoc[r.start:r.end].text)
                else:
                    c.actor = Actor(sector=r.sector_hint, name=name, rule="title+name",
                                    note=sdoc[r.start:r.end].text)
            c.info["title"] = (r.start, r.end)
            c.start = r.start
            c.surname_only = False
        code_parent_groups(sdoc, names, roles, covered, self.parent_nouns)
        code_unknown_names(sdoc, names, roles, covered, absorbed, kb, self.gazetteer)
        # 5. emit
        out: list[Candidate] = []
        for c in names:
            if id(c) in absorbed:
                continue
            if c.kind in ("country", "demonym", "metonym"):
                if self._is_location(sdoc, c) and c.kind != "demonym":
                    continue
            out.append(c)
        for c in roles:
            if id(c) in merged_roles or c.info.get("merged"):
                continue
            if c.actor is None:
                c.kind = "nominal"
                c.actor = Actor(sector=c.sector_hint, rule="role-bare", note=sdoc[c.start:c.end].text)
                c.definite = c.start > 0 and sdoc[c.start - 1].lower_ in ("the", "this", "that", "these", "those")
                if c.definite and c.head is not None and of_someone_new(sdoc[c.head]):
                    c.definite = False  # "the leader of another country": not anyone named before
                if c.definite:
                    c.start -= 1
            out.append(c)
        return out

    # ------------------------------------------------------------------ helpers
    def _name_candidate(self, sdoc: Doc, i: int, j: int, key: str, kinds: list, ref_date: Optional[date]) -> Optional[Candidate]:
        kb = self.kb
        single = j - i == 1
        order = [k for k in kinds]
        if single:  # one word: a place or state before a person's one-word alias
            order.sort(key=lambda kv: {"seat": 0, "disputed": 1, "country": 1, "demonym": 2, "org": 3, "person": 4}[kv[0]])
        kind, value = order[0]
        span = sdoc[i:j]
        head = span.root.i
        if kind == "person":
            people = kb.people_named(span.text, on=ref_date)
            if not people:
                return None
            actor = self.person_actor(people, ref_date)
            return Candidate(i, j, "name", actor, head=head)
        if kind == "org":
            o = kb.organisations[value[0]]
            k = "group"
            return Candidate(i, j, k, Actor(country=o.country, sector=o.sector, name=o.name, kb_id=o.id, rule="org"),
                             head=head, plural=o.kind == "armed_group", role_kind=o.kind)
        if kind in ("seat", "country", "disputed") and is_dateline(sdoc, i, j):
            return None
        if kind == "disputed":  # "Abkhazia", "Transnistrian officials": the documented convention
            entity, is_demonym = value
            forces = entity_forces(entity, sdoc, i, j, kb)
            if forces is not None:  # "DPR positions": the entity's forces, not the state it is coded as
                return Candidate(i, j, "group", forces, head=head, plural=True, role_kind="armed_group")
            actor = Actor(country=entity.country, rule="disputed-entity", note=f"{entity.name}: {entity.note}")
            return Candidate(i, j, "demonym", actor, head=head, plural=sdoc[j - 1].tag_ in ("NNS", "NNPS"),
                             info={} if is_demonym else {"country": True})
        if kind == "seat":
            iso, sector = value
            return Candidate(i, j, "metonym", Actor(country=iso, sector=sector, rule="metonym-seat",
                                                    note=span.text), head=head)
        if kind == "country":
            return Candidate(i, j, "demonym", Actor(country=value, rule="country"), head=head, info={"country": True})
        # demonym
        plural = sdoc[j - 1].tag_ in ("NNS", "NNPS")
        return Candidate(i, j, "demonym", Actor(country=value, rule="demonym"), head=head, plural=plural)

    def person_actor(self, people: list, ref_date: Optional[date]) -> Actor:
        """Actor of a named person on a date: the post held, else the nearest post's country."""
        kb = self.kb
        if ref_date is not None:
            for p in people:
                t = kb.post_on(p.id, ref_date)
                if t is not None:
                    return Actor(country=t.country, sector=t.sector, name=p.name, kb_id=p.id,
                                 rule="name+post", note=t.post)
        p = people[0]
        t = kb.nearest_post(p.id, ref_date)
        # a militant leader out of post (or dead) is still a militant: non-state sectors
        # are an affiliation, not an office that ends with the tenure
        sector = t.sector if t is not None and t.sector in NON_STATE_SECTORS else None
        return Actor(country=t.country if t else None, sector=sector, name=p.name, kb_id=p.id, rule="name",
                     note="no post on date" if ref_date else "no date")

    def _nationality(self, sdoc: Doc, c: Candidate, covered: dict, absorbed: set, sent_of: list[int]) -> None:
        """Give a role its country from a demonym/country before it or 'of <country>' after it."""
        k = c.start - 1
        while k >= 0 and sent_of[k] == sent_of[c.start]:
            tok = sdoc[k]
            other = covered.get(k)
            if other is not None and other is not c:
                if other.kind in ("demonym", "metonym") and other.actor and other.actor.country:
                    self._attach(c, other, absorbed)
                    return
                if other.kind == "group" and other.actor and other.actor.kb_id and other.end == c.start \
                        or other.kind == "group" and other.actor and other.actor.kb_id \
                        and all(sdoc[t].text in _POSS or sdoc[t].lower_ in self.modifiers for t in range(other.end, c.start)):
                    # "Taliban fighters", "ISI officials", "UN's envoy": a member of a known body is coded as it
                    c.actor = other.actor.model_copy(update={"rule": "org-member", "note": sdoc[c.start:c.end].text})
                    c.start = other.start
                    absorbed.add(id(other))
                    return
                if other.kind == "role" and other.actor is None:
                    # "army chief General": chain to the earlier role
                    k = other.start - 1
                    continue
                return
            if tok.text in _POSS or tok.lower_ in self.modifiers or tok.lower_ in self.determiners \
                    or tok.text in ("-", "\u2013") or (tok.pos_ == "ADJ" and tok.i == c.start - 1):
                if tok.lower_ in ("the", "a", "an") and k < c.start - 1:
                    pass
                k -= 1
                continue
            break
        # "the foreign minister of India"; "the junta in Bamako", "the regime in Tehran" (a
        # seat of power only: "forces in Afghanistan" may be anyone's)
        e = c.end
        posted = c.head is not None and sdoc[c.head].lemma_.lower() in POSTED_ABROAD
        if e + 1 < len(sdoc) and sdoc[e].lower_ == "in" and not posted:
            other = covered.get(e + 1)
            if other is not None and other.kind == "metonym" and other.start == e + 1 and other.actor.country:
                self._attach(c, other, absorbed, after=True)
                return
        if e + 1 < len(sdoc) and sdoc[e].lower_ == "of":
            t = e + 1
            if sdoc[t].lower_ == "the" and t + 1 < len(sdoc):
                t += 1
            other = covered.get(t)
            if other is not None and other.kind in ("demonym", "metonym") and other.start == t and other.actor.country:
                self._attach(c, other, absorbed, after=True)

    def _attach(self, c: Candidate, other: Candidate, absorbed: set, after: bool = False) -> None:
        sector = c.sector_hint
        c.actor = Actor(country=other.actor.country, sector=sector, rule="role-pattern",
                        note=other.actor.note if other.actor.rule == "disputed-entity" else None)
        ref = getattr(self, "_ref_date", None)
        if ref is not None and not c.plural and "role_span" in c.info:
            i, j = c.info["role_span"]
            held = self.kb.holders(other.actor.country, self._sdoc[i:j].text, ref)
            if len({t.person_id for t in held}) == 1:  # "Pakistan's Prime Minister" in 2011
                t = held[0]
                c.actor = Actor(country=t.country, sector=t.sector or sector, name=t.name, kb_id=t.person_id,
                                rule="role-holder", note=t.post)
        if after:
            c.end = other.end
        else:
            c.start = other.start
        c.info["nationality"] = "after" if after else "before"
        absorbed.add(id(other))

    def _title_before(self, sdoc: Doc, c: Candidate, covered: dict) -> Optional[Candidate]:
        k = c.start - 1
        if k < 0:
            return None
        r = covered.get(k)
        if r is not None and r.kind == "role" and sdoc[r.start:c.start].text[:1].isupper() or \
                (r is not None and r.kind == "role" and sdoc[r.head].text[:1].isupper()) or \
                (r is not None and r.kind == "role" and r.end == c.start and r.role_kind == "person"
                 and sdoc[r.end - 1].tag_ not in ("NNS", "NNPS")):  # "spokesperson Tehmina Janjua"
            # chain of titles: "Chief of Army Staff General Ashfaq Parvez Kayani"
            while True:
                k2 = r.start - 1
                prev = covered.get(k2) if k2 >= 0 else None
                if prev is not None and prev.kind == "role" and prev is not r:
                    if prev.actor is not None and (r.actor is None or r.actor.country is None):
                        r.actor = prev.actor
                    r.start = prev.start
                    prev.info["merged"] = True
                    covered[k2] = r
                    continue
                break
            return r
        return None

    def _stands_as_surname(self, sdoc: Doc, i: int, covered: dict) -> bool:
        """Whether a lone known surname at ``i`` can be that person: not inside a longer
        name the knowledge base does not hold ("Abdul Wali", "Martin Dempsey": another
        capitalised name word next to it that is no title), and not an adjective of a
        common noun ("Baloch development"; "the Obama administration" is kept, as the
        noun is a role)."""
        tok = sdoc[i]
        titles = {w for ws in (load_patterns().get("gendered_titles") or {}).values() for w in ws}
        own_words = {w for p in self.kb.entries_named(tok.text) if p[0] == "person"
                     for n in [p[1].name, *p[1].aliases] for w in norm(n).split(" ")}

        def name_word(t) -> bool:
            return t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha and t.i not in covered \
                and not self.kb.role_entry(t.text) and t.lower_.rstrip(".") not in titles \
                and not self.kb.phrase_kind(norm(t.text)) and norm(t.text) not in own_words

        if i > 0 and name_word(sdoc[i - 1]) and sdoc[i - 1].sent.start == tok.sent.start and sdoc[i - 1].i != tok.sent.start \
                or i > 0 and name_word(sdoc[i - 1]) and sdoc[i - 1].i == tok.sent.start and sdoc[i - 1].ent_type_ == "PERSON":
            return False
        if i + 1 < len(sdoc) and name_word(sdoc[i + 1]) and sdoc[i + 1].sent.start == tok.sent.start:
            return False
        if tok.dep_ in ("amod", "compound", "nmod") and tok.head.pos_ == "NOUN" and tok.head.is_lower \
                and tok.head.i == i + 1 and not self.kb.role_entry(tok.head.text):
            return False
        return True

    def _role_modifiers(self, sdoc: Doc, roles: list[Candidate], covered: dict, sent_of: list[int]) -> list[Candidate]:
        """Fold sector words in front of a role noun into it: "military officials",
        "civilian and military leaders", "army and navy chiefs".

        The words become part of the mention (so a nationality before them reaches the
        noun). A generic role noun (officials, leaders, sources: ``generic_role_nouns``)
        takes the sector of its modifiers when they name exactly one; "civilian" before a
        post noun means the civilian government (``civilian_modifiers``: GOV, not CIV), so
        "civilian leaders" are GOV and "civilian and military leaders", naming two, keep
        the noun's GOV.
        """
        dropped: set[int] = set()
        for c in roles:
            if id(c) in dropped or sdoc[c.start].text[:1].isupper() and sdoc[c.start].i > sdoc[c.start].sent.start:
                continue  # a capitalised title before a name ("Army Chief General ...") is the title pass's
            mods: list[tuple[str, Optional[str]]] = []
            merged: list[Candidate] = []
            start = c.start
            k = c.start - 1
            while k >= 0 and sent_of[k] == sent_of[c.start]:
                tok = sdoc[k]
                other = covered.get(k)
                if other is not None and other is not c and other.kind == "role" and other.end == k + 1 \
                        and other in roles and not sdoc[k].tag_ in ("NNS", "NNPS") and other.role_kind != "counterpart" \
                        and not sdoc[other.start].text[:1].isupper():
                    mods.append((norm(sdoc[other.start:other.end].text), other.sector_hint))
                    merged.append(other)
                    start = k = other.start
                    k -= 1
                    continue
                if other is None and tok.pos_ in ("ADJ", "NOUN") and tok.tag_ not in ("NNS", "NNPS") \
                        and self.kb.role_entry(tok.text) and tok.is_lower:
                    mods.append((norm(tok.text), self.kb.role_entry(tok.text)[0]))
                    start = k
                    k -= 1
                    continue
                if mods and tok.lower_ in ("and", "or", ",") and k - 1 >= 0 and (
                        (covered.get(k - 1) is not None and covered[k - 1].kind == "role" and covered[k - 1] in roles
                         and not sdoc[k - 1].tag_ in ("NNS", "NNPS"))
                        or (covered.get(k - 1) is None and sdoc[k - 1].is_lower and self.kb.role_entry(sdoc[k - 1].text)
                            and sdoc[k - 1].tag_ not in ("NNS", "NNPS"))):
                    k -= 1
                    continue
                break
            if not mods:
                continue
            for m in merged:
                dropped.add(id(m))
            for t in range(start, c.end):
                covered[t] = c
            c.start = start
            c.info["role_span"] = (start, c.end)
            c.info["sector_modifiers"] = mods
            sectors = {"GOV" if word in self.civilian_modifiers else sec for word, sec in mods if sec}
            head = norm(sdoc[c.head].lemma_) if c.head is not None else ""
            if len(sectors) == 1 and (head in self.generic_roles or norm(sdoc[c.head].text) in self.generic_roles):
                c.sector_hint = sectors.pop()
        return [c for c in roles if id(c) not in dropped]

    def _is_location(self, sdoc: Doc, c: Candidate) -> bool:
        """A place named as where something happens: object of in/at/to/from/near ..."""
        head = sdoc[c.head] if c.head is not None else sdoc[c.start:c.end].root
        tok = head
        if tok.dep_ == "compound":
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in self.addressed_nouns:
            return False  # "a commitment to Moscow": whom it is made to, not a place
        if tok.dep_ in ("pobj",) and tok.head.lower_ in self.loc_preps:
            return True
        if tok.dep_ in ("conj", "appos"):
            # "in Kabul and Islamabad"
            h = tok.head
            while h.dep_ in ("conj", "appos") and h.head.i != h.i:
                h = h.head
            return h.dep_ == "pobj" and h.head.lower_ in self.loc_preps
        return c.start > 0 and sdoc[c.start - 1].lower_ in self.loc_preps and tok.dep_ != "nsubj" \
            and sdoc[c.start - 1].pos_ == "ADP"


def _reads_as_name(tok) -> bool:
    """Whether a capitalised token reads as a name: tagged a proper noun, or a noun the
    lemmatiser did not know as a common word: its lemma keeps the capital (the small model
    tags an unfamiliar sentence-initial surname such as "Zelenskiy" a plural noun), or
    neither the word nor its lemma is a noun of the lemmatiser's English index ("Abiy
    met ..." lemmatised "abiy"), while "Police" or "Troops" are common nouns."""
    if tok.pos_ == "PROPN":
        return True
    if tok.pos_ != "NOUN" or not tok.text[:1].isupper():
        return False
    if tok.lemma_ == tok.text:
        return True
    nouns = english_words("noun")
    return bool(nouns) and tok.lower_ not in nouns and tok.lemma_.lower() not in nouns
