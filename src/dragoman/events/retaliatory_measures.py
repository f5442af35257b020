"""Retaliatory and punitive measures: "Britain was taking retaliatory action against
Moscow", "Ankara adopted punitive measures against Vienna", "Canberra announced
reciprocal steps against Beijing".

A measure, action or step told as retaliation or punishment (the ``measure``,
``action`` and ``step`` rows of the lexicon, whose required modifiers are
``RETALIATORY_MODIFIERS``) is the act of the subject of the verb whose object it is
(take, adopt, announce, carry out, impose ...): a ``SANCTION`` against the party of its
"against / on" phrase, with the modality of that verb ("would take" is to come; a
noun's own walk does not climb past its verb). The carrying verb tells no act of its
own: its own reading of the object ("announce measures" as a threat, "vow" as a pledge)
is dropped (rule ``carried-measure``).

Two readings make the measure a threat (``THREATEN``, asserted, rule
``threatened-measure``), as "take countermeasures" is:
- a measure still to come ("China said it would take reciprocal measures against
  Canberra"): the threat is made now (coding guide §4);
- a measure threatened or pledged ("Russia vowed retaliatory measures against London",
  "Tehran threatened punitive steps against Baku").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dragoman.events.candidate import Candidate
from dragoman.events.lexicon import TriggerEntry
from dragoman.events.modality import modality_of
from dragoman.events.syntax import OBJECT_DEPS

#: modifiers that make a measure, action or step a retaliation or a punishment
RETALIATORY_MODIFIERS = {"retaliatory", "punitive", "reciprocal", "counter"}
#: verbs whose object is a pledged or threatened act, not a done one
PLEDGING_VERBS = {"vow", "pledge", "promise", "threaten"}


def is_retaliatory_measure(entry: TriggerEntry) -> bool:
    """Whether a lexicon row reads a measure noun told by a retaliatory modifier."""
    return entry.pos == "NOUN" and entry.type == "SANCTION" and bool(set(entry.objects) & RETALIATORY_MODIFIERS)


def measure_carriers(triggers) -> dict[int, Token]:
    """The retaliatory measure nouns among the triggers that are the object of a verb,
    each with that verb (by the noun's index)."""
    return {tok.i: tok.head for entry, tok, _ in triggers
            if is_retaliatory_measure(entry) and tok.dep_ in OBJECT_DEPS and tok.head.pos_ in ("VERB", "AUX")}


def measure_readings(found: list[Candidate], verb: Token, cues) -> list[Candidate]:
    """The candidates of a retaliatory measure noun read through the verb that carries
    it (see the module): its modality, and a threat when still to come or pledged."""
    modality, cue = modality_of(verb, cues, stop_at=set())
    if verb.lemma_.lower() in PLEDGING_VERBS or modality == "future":
        return [replace(c, type="THREATEN", entry=replace(c.entry, type="THREATEN", cameo="130"),
                        modality="asserted", modality_cue="threat-stated", rules=c.rules + ["threatened-measure"])
                for c in found]
    return [replace(c, modality=modality, modality_cue=cue, rules=c.rules + ["carried-measure"]) for c in found]
