"""When: resolve time expressions, date events, and infer publication dates from content.

Every resolution works on intervals of days. An expression resolves to the interval of
days it may denote ("yesterday" → one day, "last month" → the month before the reference,
"this summer" → June to August); the precision of the result is the finest calendar unit
that holds the whole interval: one day → ``day``, one calendar month → ``month``, one
calendar year → ``year``, otherwise no value (an expression such as "in the 1990s" still
tells that the event is historical).

The reference date may itself be coarse (a publication date known only to the month or
year): a relative expression is then resolved against the middle of the reference period
and the result widened to the reference's precision, so "yesterday" or "on Monday" in an
article of October 2011 is ``2011-10`` (the likeliest reading; strictly the day could fall
in September), while "last month" in it is ``2011-09``.

Week-level expressions ("last week", "two weeks ago") use Monday–Sunday weeks: when the
whole week lies in one month they give that month; when it straddles two months they give
the year (the year of the week's Thursday when it straddles two years, as ISO weeks do).

The parts, each with one job (docs/when.md lists them):

- ``vocabulary``: the time-expression lexicon (``data/lexicons/time_expressions.yaml``);
- ``intervals``: intervals of days, their precision and ISO value;
- ``absolute`` and ``relative``: dates with a calendar name, dates relative to a reference;
- ``expressions``: one time expression → its interval and ``EventDate``;
- ``tense``: the tense of a clause, from the parse;
- ``mentions``: the time expressions of a sentence;
- ``undated``: recurring, lasting and background acts, which get no date;
- ``story``: the reference time of a narrative, per sentence;
- ``event_dates``: the date of one event;
- ``office_holders`` and ``publication``: the publication date of an undated article;
- ``stage``: what the pipeline and the when/where stage call.
"""

from __future__ import annotations

from dragoman.when.absolute import MAX_YEAR, MIN_YEAR
from dragoman.when.event_dates import document_date, event_date
from dragoman.when.expressions import HISTORICAL_DAYS, is_historical, resolve_expression, resolve_interval
from dragoman.when.intervals import Interval, iso_at, parse_iso, precision_of, reference_interval
from dragoman.when.mentions import DateMention, sentence_dates
from dragoman.when.office_holders import person_windows, recency_windows
from dragoman.when.publication import PublicationEstimate, infer_publication_window
from dragoman.when.stage import PublicationDating, event_date_fields, posts_reference, window_reference
from dragoman.when.story import story_anchors
from dragoman.when.tense import clause_tense, finite_verb, governing_verb, verb_tense
from dragoman.when.undated import undated_cue
from dragoman.when.vocabulary import LEXICON_PATH, TimeLexicon, lexicon

__all__ = [
    "HISTORICAL_DAYS", "LEXICON_PATH", "MAX_YEAR", "MIN_YEAR", "DateMention", "Interval", "PublicationDating",
    "PublicationEstimate", "TimeLexicon", "clause_tense", "document_date", "event_date", "event_date_fields",
    "finite_verb", "governing_verb", "infer_publication_window", "is_historical", "iso_at", "lexicon",
    "parse_iso", "person_windows", "posts_reference", "precision_of", "recency_windows", "reference_interval",
    "resolve_expression", "resolve_interval", "sentence_dates", "story_anchors", "undated_cue", "verb_tense",
    "window_reference",
]
