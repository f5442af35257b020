"""Acts done at a protest, and crowds named by their protest: the crowd protests.

"Rioters clashed with the police during a demonstration", "residents used logs to block
the road in a demonstration against the dust", "students burned tyres during a protest
in the city centre": the act the sentence tells (a clash, a blockade, a burning) is done
on the occasion of a protest, and the crowd that does it is the one protesting.
"Striking workers picketed the plant", "demonstrating farmers clashed with the police":
the participle on the crowd's noun says it is protesting. Coding guide §1 and §3: a
protest with no named addressee is a PROTEST with ``target: null``, by the crowd, which
is civilian (or an opposition party's, a trade's or the press's members).

Rule ``protest-occasion`` (proposer), two parts:

- ``occasion``: a protest noun ("demonstration", "protest", "rally", "march", "sit-in",
  "picket", "vigil") under "during" or "in", hung on a verb; the verb's active subject,
  when it is a crowd, protests. A passive subject is what was done to, not by ("two men
  were arrested during the protest"), and a verb of dying or suffering tells no act of the
  subject ("three people died in the protests").
- ``protest-participle``: a participle of protesting on a crowd's noun ("striking workers",
  "demonstrating locals", "protesting students").

The crowd's own act (the clash, the burning) is another rule's event; the lexicon's
protest trigger in the same sentence gives the same (type, source, target) key and the
conflict policy keeps one.
"""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.candidate import Candidate
from dragoman.events.crowds import CROWD_SECTORS
from dragoman.events.modality import modality_of
from dragoman.events.syntax import SUBJECT_DEPS

#: nouns of a protest an act is done at
PROTEST_NOUNS = {"demonstration", "protest", "rally", "march", "sit-in", "picket", "vigil"}
#: prepositions of an act's occasion ("during a demonstration", "in a protest")
OCCASION_PREPS = {"during", "in", "amid"}
#: verbs that tell no act of their subject at the protest
UNDERGONE_VERBS = {"die", "perish", "be", "have", "lose", "suffer", "sustain", "get", "receive", "remain", "stay",
                   "say", "tell", "speak", "address", "announce", "state", "declare", "claim", "report", "add",
                   "urge", "warn", "ask", "accuse", "vow"}
#: participles on a crowd's noun that say the crowd is protesting
PROTESTING_PARTICIPLES = {"striking", "protesting", "demonstrating", "picketing", "rallying", "marching"}
#: the lexicon rows this rule's events are coded by (noun, then verb)
PROTEST_LEMMAS = ("demonstration", "protest")
OCCASION_CONFIDENCE = 0.55
#: how far up from the preposition the act's verb may be ("blocked the road with logs in a demonstration")
MAX_CLIMB = 4


def _protest_entry(lexicon):
    for lemma in PROTEST_LEMMAS:
        for pos in ("NOUN", "VERB"):
            entries = [e for e in lexicon.candidates(lemma, pos) if e.type == "PROTEST" and not e.objects]
            if entries:
                return entries[0]
    return None


def occasion_verb(noun: Token) -> Token | None:
    """The verb whose act the protest noun is the occasion of: the noun is the object of
    "during" / "in" / "amid", and the preposition hangs on the verb (or on a noun of
    its clause, up to ``MAX_CLIMB`` links)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in OCCASION_PREPS:
        return None
    h = noun.head.head
    for _ in range(MAX_CLIMB):
        if h.pos_ in ("VERB", "AUX") and h.dep_ != "amod":
            return h
        if h.head.i == h.i:
            return None
        h = h.head
    return None


def _active_subjects(verb: Token) -> list[Token]:
    """The verb's active subjects; a conjoined verb shares its head's ("clashed with the
    police and burned tyres during a protest"), and so does a verb of purpose under it
    ("used logs to block the road in a demonstration")."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and verb.dep_ in ("conj", "xcomp"):
        head = verb.head
        if not any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children):
            subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    return subjects


def _crowds(ctx, tok: Token, place_actor) -> list:
    """The actors of ``tok`` that are crowds (no person named by name, a crowd's sector)."""
    out = []
    for actor, at in ctx.actors(tok, place_actor):
        if actor.sector in CROWD_SECTORS and at.ent_type_ != "PERSON":
            out.append((actor, at))
    return out


class ProtestOccasionRules:
    """The protest-occasion proposer (mixed into the extractor)."""

    def protest_occasions(self, ctx) -> list[Candidate]:
        """A crowd that acts during or in a protest ("rioters clashed with soldiers during
        a demonstration"), or that is named by its protest ("striking workers"): a PROTEST
        of the crowd with no addressee."""
        entry = _protest_entry(self.lexicon)
        if entry is None:
            return []
        out: list[Candidate] = []
        for tok in ctx.sent:
            low = tok.lemma_.lower()
            if tok.pos_ == "NOUN" and (low in PROTEST_NOUNS or tok.lower_ in PROTEST_NOUNS):
                verb = occasion_verb(tok)
                if verb is None or verb.lemma_.lower() in UNDERGONE_VERBS:
                    continue
                subjects, part, trigger = _active_subjects(verb), "occasion", tok
            elif tok.lower_ in PROTESTING_PARTICIPLES and tok.dep_ in ("amod", "compound", "acl") \
                    and tok.head.pos_ in ("NOUN", "PROPN") and tok.i < tok.head.i:
                verb, subjects, part, trigger = tok.head, [tok.head], "protest-participle", tok
            else:
                continue
            if self._unstated(entry, verb):
                continue
            modality, cue = modality_of(verb, self.cues, stop_at=set())
            if modality == "negated":
                continue
            crowds = [pair for subj in subjects for pair in _crowds(ctx, subj, self.place_actor)]
            for actor, at in crowds:
                out.append(Candidate(
                    type="PROTEST", entry=entry, trigger=trigger, trigger_span=(trigger.i, trigger.i + 1),
                    source=actor, source_tok=at, target=None, target_tok=None, modality=modality,
                    modality_cue=cue, confidence=OCCASION_CONFIDENCE,
                    rules=["protest-occasion", f"protest-occasion:{part}"],
                ))
        return out
