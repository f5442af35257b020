"""Scoring extracted events against gold events (coding guide §6).

The scorer behind ``dragoman eval``. Both sides are plain dicts in the gold format
(``doc, sentence, type, source{country,sector,name}, target{...}, modality, date,
location``); prediction extras (``start``, ``end``, ``cameo``, ``confidence``...) are
ignored. A ``target`` of ``None`` is an actor whose fields are all ``None``.

Rules, as implemented here
--------------------------
*Sentence overlap.* Both sentences are normalised (NFKC, curly quotes and apostrophes
to straight ones, dashes to ``-``, whitespace runs collapsed, stripped, case-folded).
They overlap when the normalised strings are equal, or when they contain the same
word tokens (``\\w+``) in the same order, or when the token sequence of the shorter
one occurs as a contiguous run inside the longer one and has at least
``SENTENCE_MIN_SHARE`` (one half) as many tokens as the longer one. So a system that
splits a gold sentence in two still matches on the part holding at least half of the
words, and a system that glues the gold sentence to a shorter neighbour still matches.
A gold set whose ``sentence`` is a whole note of several sentences (the ACLED notes:
"a predicted sentence inside it matches", its README) is scored with
``whole_notes=True``: there a predicted sentence whose tokens occur as a contiguous run
inside the note overlaps it whatever its share (ranked by that share). The suite file
marks such a set ``whole_notes: true``.

*Actor agreement* (gold actor vs predicted actor). When the gold ``country`` is set,
the actors agree iff the predicted ``country`` is the same code (case-insensitive);
sector and name do not matter. When the gold ``country`` is ``None``, they agree iff
the names agree after alias resolution and normalisation (see :func:`resolve_name`);
a gold actor with neither country nor name agrees only with a predicted actor with
neither country nor name.

*Matching.* A prediction and a gold event are *event-eligible* when they come from the
same ``doc``, their sentences overlap, their ``type`` is equal and both actors agree;
*type-eligible* when the same holds without the actor condition. Each of the two
matchings is one-to-one and of **maximum cardinality** (found with the Hungarian
algorithm on the eligibility graph, so it is optimal, not greedy). Among the maximum
matchings, the one with the largest total tie-break score is taken: sentence
similarity first, then agreement on sectors, modality, date, location and names (and,
for the type matching, dyad agreement above all), so the accuracy figures are read
on the most favourable alignment, as is usual.

*Figures.* ``event_p = matches / n_pred``, ``event_r = matches / n_gold``,
``event_f1 = 2 * matches / (n_gold + n_pred)`` (the harmonic mean of P and R). Type
figures the same with the type matching. ``dyad_acc`` is over type-matched pairs;
``sector_acc`` (source and target sector both equal, ``None == None``),
``modality_acc``, ``date_acc`` (prediction truncated to the gold's precision;
gold ``None`` matches only ``None``) and ``location_acc`` (case-, accent- and
space-insensitive; gold ``None`` matches only ``None`` or empty) are over
event-matched pairs. A ratio with a zero denominator is ``None``; nothing is rounded
in the report object.

*Actor accuracy* (``actor_country_acc``, ``actor_sector_acc``, over ``n_actor_gold``
gold actors): the issue's acceptance figure, "of the gold actors whose sentence is
extracted, how many have the right country / sector". A gold event counts when its
act is extracted from its sentence: at least one prediction of the same ``type`` comes
from the same ``doc`` with an overlapping sentence (the rule above). A prediction of
another type in the sentence is another act, with other actors, so comparing actors
with it would measure the event stage, not the actor stage; gold events with no such
prediction are left out. Each counted gold event is aligned to **one** prediction
among those, the best by, in order: number of sides (source, target) whose actors agree (§6 agreement above);
number of sides whose sectors are equal; number of sides whose names agree; sentence
overlap; then the earliest prediction. The alignment is not one-to-one (two gold events
of one sentence may both be read against the same prediction). Then gold source is
compared with predicted source and gold target with predicted target (a missing
predicted target is an actor with all fields ``None``); both sides of every counted
gold event are counted. *Country right*: the actors agree as §6 defines it: equal
codes, case-insensitive, where the gold gives a country; where it gives none, equal
resolved names (a gold side with neither country nor name is right only against a
predicted side with neither). *Sector right*: equal sectors, ``None == None``; a gold
actor given by its name alone (no country, no sector: how the ACLED mapping writes a
named group) states no sector either, so its name decides, as for its country.
``actor_mismatches`` lists the wrong ones.
"""

from __future__ import annotations

from dragoman.evaluation.matching import (  # noqa: F401
    ACTOR_FIELDS, REQUIRED_KEYS, SENTENCE_MIN_SHARE, actor_alternatives, actors_agree, date_agrees,
    location_agrees, normalise_sentence, note_overlap, resolve_name, sentence_overlap,
)
from dragoman.evaluation.scoring import (  # noqa: F401
    EvalReport, TypeScore, align_for_actors, load_jsonl, score,
)
from dragoman.evaluation.text import format_report  # noqa: F401

__all__ = [
    "SENTENCE_MIN_SHARE",
    "REQUIRED_KEYS",
    "EvalReport",
    "TypeScore",
    "load_jsonl",
    "score",
    "format_report",
    "normalise_sentence",
    "note_overlap",
    "sentence_overlap",
    "resolve_name",
    "actors_agree",
    "actor_alternatives",
    "date_agrees",
    "location_agrees",
]
