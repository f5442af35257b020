"""The documents stage: readers, body/boilerplate split, titles, dates, duplicates."""

from __future__ import annotations

import codecs
import io
import json
import re
from pathlib import Path

import pytest

from dragoman.documents import (
    doc_summary,
    find_near_duplicates,
    load_documents,
    mark_duplicates,
    prepare,
    print_docs,
    read_inputs,
)
from dragoman.documents.near_duplicates import JACCARD_THRESHOLD, content_hash, jaccard, shingles
from dragoman.documents.pubdate import parse_date_value
from dragoman.models import Document, InputProblem

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "documents"
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD_DOCS = SHARED / "gold" / "documents.jsonl"
GOLD_EVENTS = SHARED / "gold" / "seeds.jsonl"

INTERIOR_REASONS = {"title", "caption", "credit", "byline", "subhead"}
NOT_BODY_REASONS = {"comments", "subscription", "credit", "caption", "related", "share"}


def _split(items):
    docs = [i for i in items if isinstance(i, Document)]
    problems = [i for i in items if isinstance(i, InputProblem)]
    return docs, problems


def _ws(s: str) -> str:
    return " ".join(s.split())


def _check_segments(doc: Document) -> None:
    for seg in doc.segments:
        assert doc.body[seg.body_start : seg.body_start + seg.length] == doc.text[seg.text_start : seg.text_start + seg.length]
    for i in range(0, len(doc.body), 7):
        assert doc.text[doc.to_original(i)] == doc.body[i]


# -- the seeds against the gold -------------------------------------------------------------

needs_shared = pytest.mark.skipif(not GOLD_DOCS.exists() or not SEEDS.exists(), reason=f"shared gold/seeds not found at {SHARED}")


@pytest.fixture(scope="module")
def seed_docs():
    docs, problems = _split(list(load_documents([SEEDS])))
    assert problems == []
    return {d.id: d for d in docs}


@pytest.fixture(scope="module")
def gold():
    return {g["doc"]: g for g in map(json.loads, GOLD_DOCS.read_text(encoding="utf-8").splitlines()) if g}


@needs_shared
def test_seed_titles_match_gold(seed_docs, gold):
    assert set(seed_docs) == set(gold)
    for doc_id, g in gold.items():
        assert seed_docs[doc_id].title == g["title"], doc_id


@needs_shared
def test_seed_bodies_end_before_gold_line_and_keep_all_article_text(seed_docs, gold):
    for doc_id, g in gold.items():
        doc = seed_docs[doc_id]
        _check_segments(doc)
        cut = doc.text.find(g["body_ends_before"])
        assert cut > 0, doc_id
        last = doc.segments[-1]
        # the body ends exactly where the article's last line ends, before the gold line
        assert doc.text[last.text_start + last.length : cut].strip() == "", doc_id
        # everything between the body's start and the cut is in the body, except removed
        # interior lines (title, captions, credits, bylines, subheads)
        start = doc.segments[0].text_start
        interior = [r for r in doc.removed if r.end <= cut]
        assert {r.reason for r in interior} <= INTERIOR_REASONS, doc_id
        expected = doc.text[start:cut]
        for r in sorted(interior, key=lambda r: -r.start):
            if r.start >= start:
                expected = expected[: r.start - start] + expected[r.end - start :]
        assert _ws(doc.body) == _ws(expected), doc_id
        # nothing from the gold line on is body
        tail = [r for r in doc.removed if r.start >= cut]
        assert tail and tail[0].start == cut, doc_id


@needs_shared
def test_seed_gold_event_sentences_are_all_in_bodies(seed_docs):
    if not GOLD_EVENTS.exists():
        pytest.skip("no gold events")
    for line in GOLD_EVENTS.read_text(encoding="utf-8").splitlines():
        ev = json.loads(line)
        assert _ws(ev["sentence"]) in _ws(seed_docs[ev["doc"]].body), ev["sentence"][:60]


@needs_shared
def test_seed_bodies_hold_no_comments_credits_or_prompts(seed_docs):
    for doc in seed_docs.values():
        for r in doc.removed:
            if r.reason in NOT_BODY_REASONS:
                for ln in doc.text[r.start : r.end].splitlines():
                    if len(ln.strip()) > 15:
                        assert ln.strip() not in doc.body, (doc.id, r.reason, ln[:60])
        assert not re.search(r"(?m)^\s*(\d+\.\s*)?\S.{0,40} says:\s*$", doc.body)
        assert not re.search(r"(?i)comments are closed|subscribe now|\.jpg|you may also like|^@\w+:", doc.body)


@needs_shared
def test_seed_dates_stated_or_unknown(seed_docs, gold):
    d = seed_docs["001_c8aa2ea14890cfa3"]
    assert (d.publication_date, d.date_basis, d.date_precision) == ("2011-10-25", "stated in text", "day")
    assert "Published in The Express Tribune" in d.date_evidence
    assert d.source == "The Express Tribune"
    for doc_id, doc in seed_docs.items():
        if doc_id == "001_c8aa2ea14890cfa3":
            continue
        # not stated in these files: unknown, never a guess, never today
        assert doc.publication_date is None and doc.date_basis == "unknown", doc_id
        if doc.date_window:
            assert doc.date_window[0] <= gold[doc_id]["publication_date"]


# -- own fixtures: HTML with comments, wire dateline, JSONL and CSV feeds -------------------


def test_html_page_with_comment_section():
    docs, problems = _split(list(load_documents([FIXTURES / "blog_comments.html"])))
    assert problems == [] and len(docs) == 1
    d = docs[0]
    _check_segments(d)
    assert d.id == "blog_comments"
    assert d.title == "Envoys meet in Kabul as talks resume"
    assert (d.publication_date, d.date_basis, d.date_precision) == ("2013-05-14", "metadata", "day")
    assert d.source == "The Frontier Desk"
    assert d.body.startswith("Special envoys from Pakistan and Afghanistan met in Kabul")
    assert d.body.endswith("a dispute about a new border gate.")
    for frag in ("meddling", "press both governments", "says:", "Comments are closed", "Share this", "You may also like", "Copyright"):
        assert frag not in d.body
    reasons = {r.reason for r in d.removed}
    assert {"share", "related"} <= reasons


def test_wire_story_dateline_takes_year_from_the_text():
    d = prepare(next(iter(read_inputs([FIXTURES / "wire_dateline.txt"]))))
    _check_segments(d)
    assert d.title == "Pakistan and Afghanistan agree to reopen border crossing"
    assert (d.publication_date, d.date_basis, d.date_precision) == ("2011-10-20", "stated in text", "day")
    assert "ISLAMABAD, Oct 20 (Reuters)" in d.date_evidence
    assert d.body.startswith("ISLAMABAD, Oct 20 (Reuters) - Pakistan and Afghanistan agreed")
    assert d.body.rstrip().endswith("villages in Kunar province.")
    assert "Photo:" not in d.body and "Reporting by" not in d.body
    assert {"caption", "footer"} <= {r.reason for r in d.removed}


def test_dateline_without_year_and_no_evidence_is_unknown_not_guessed():
    text = "Talks resume\n\nISLAMABAD, Oct 20 (Reuters) - Pakistan and the United States resumed talks on Thursday, officials said, after a pause of several weeks.\n"
    d = prepare(Document(id="x", text=text))
    assert d.publication_date is None and d.date_basis == "unknown" and d.date_precision == "unknown"
    assert "year not stated" in d.date_evidence


def test_dateline_with_year_and_published_footer():
    d = prepare(Document(id="x", text="WASHINGTON, March 3, 2012 (AP) — Officials said on Friday that talks with Pakistan would resume next week in the capital.\n"))
    assert (d.publication_date, d.date_basis, d.date_precision) == ("2012-03-03", "stated in text", "day")
    body = "The two sides met on Monday and agreed on a new framework for talks about the border, officials said.\n"
    d = prepare(Document(id="y", text=body + "Published in Dawn, March 2012\n"))
    assert (d.publication_date, d.date_precision) == ("2012-03", "month")
    assert d.body == body.strip()


def test_a_published_on_line_above_the_story_is_a_byline_not_the_end_of_the_body():
    story = ("PARIS — French President Emmanuel Macron announced on Thursday that France would withdraw "
             "its troops from Mali after nearly a decade of fighting.\n\n"
             "The decision follows months of tension with the military junta in Bamako.\n\n")
    text = "France to pull troops from Mali\n\nPublished on February 17, 2022\n\n" + story + "Comments (3)\nJohn: Good.\n"
    d = prepare(Document(id="x", text=text))
    assert (d.publication_date, d.date_precision) == ("2022-02-17", "day")
    assert d.body.startswith("PARIS") and "junta in Bamako" in d.body and "Comments" not in d.body
    assert d.source is None  # "February 17" is a day, not a publisher


def test_undated_document_gets_a_window_lower_bound_not_a_date():
    text = "The talks, first held on 12 May 2009 and again in June 2010, have stalled, diplomats said on Tuesday, adding that no date was set.\n"
    d = prepare(Document(id="x", text=text))
    assert d.publication_date is None and d.date_basis == "unknown"
    assert d.date_window[0] == "2010-06"


def test_jsonl_feed_with_metadata_and_near_duplicates():
    docs, problems = _split(list(load_documents([FIXTURES / "feed.jsonl"])))
    assert problems == []
    by = {d.id: d for d in docs}
    assert list(by) == ["wire-a", "wire-b", "other-c", "undated-d"]
    a, b, c, u = by["wire-a"], by["wire-b"], by["other-c"], by["undated-d"]
    assert (a.publication_date, a.date_basis, a.date_precision) == ("2012-03-04", "metadata", "day")
    assert (c.publication_date, c.date_precision) == ("2012-03-06", "day")  # "March 6, 2012"
    assert a.title == "Afghanistan, Pakistan agree to probe border shelling" and a.source == "Wire A"
    assert a.url == "https://example.org/a" and a.path.endswith("feed.jsonl:1")
    assert b.duplicate_of == "wire-a"
    assert a.duplicate_of is None and c.duplicate_of is None
    # a row without a title: the headline line of its text is the title
    assert u.title == "Afghan Taliban rejected talks" and "Share this" not in u.body
    assert u.publication_date is None


def test_csv_feed_rows_and_row_without_text():
    items = list(read_inputs([FIXTURES / "feed.csv"]))
    docs, problems = _split(items)
    assert [d.id for d in docs] == ["csv-1"]
    assert docs[0].title == "Pakistan protests over attack on border post"
    assert len(problems) == 1 and problems[0].path.endswith("feed.csv:6") and "no text" in problems[0].message
    d = prepare(docs[0])
    assert (d.publication_date, d.date_precision, d.date_basis) == ("2012-03", "month", "metadata")


def test_near_duplicates_pair_found_same_topic_story_not():
    docs, _ = _split(list(load_documents([FIXTURES / "feed.jsonl"], mark_duplicates=False)))
    by = {d.id: d for d in docs}
    a, b, c = by["wire-a"], by["wire-b"], by["other-c"]
    assert jaccard(shingles(a.body), shingles(b.body)) >= JACCARD_THRESHOLD
    assert jaccard(shingles(a.body), shingles(c.body)) < 0.1
    assert find_near_duplicates([a, c, b]) == {"wire-b": "wire-a"}
    assert find_near_duplicates([b, a, c]) == {"wire-a": "wire-b"}  # first seen is canonical
    marked = mark_duplicates([a, b, c])
    assert [m.duplicate_of for m in marked] == [None, "wire-a", None]


def test_content_hash_ignores_case_quotes_and_spacing_only():
    assert content_hash("Pakistan “agreed”\n\nto  talks.") == content_hash("pakistan \"agreed\" to talks.")
    assert content_hash("Pakistan agreed to talks.") != content_hash("Pakistan refused talks.")
    docs = [prepare(Document(id=str(i), text=t)) for i, t in enumerate(["The same story text about the border talks, as reported in full by the agency.", "The same  story text about the border talks, as reported in full by the agency.\n"])]
    assert docs[0].content_hash == docs[1].content_hash
    assert find_near_duplicates(docs) == {"1": "0"}


# -- boilerplate rules beyond the seeds ----------------------------------------------------

PARA = "Pakistan and Afghanistan held talks on border security in Kabul on Monday, and both sides said the meeting had gone well."


def test_lone_says_line_inside_article_is_not_a_comment_thread():
    text = f"{PARA}\n\nThe minister says:\n\n“We will not accept any more incursions on our territory by foreign forces,” he told parliament.\n\n{PARA}\n"
    d = prepare(Document(id="x", text=text))
    assert "The minister says:" in d.body and d.body.rstrip().endswith("gone well.")


def test_comment_thread_and_leave_a_reply_are_cut():
    text = f"{PARA}\n\n{PARA}\n\n2 Responses\n\nAli Khan says:\nThis is a terrible deal for Pakistan and its people.\n\nLeave a Reply\n"
    d = prepare(Document(id="x", text=text))
    assert d.body == f"{PARA}\n\n{PARA}"
    assert [r.reason for r in d.removed] == ["comments"]


def test_first_line_caption_is_not_a_title_and_author_bio_is_cut_only_at_the_end():
    caption = "Foreign Minister Hina Rabbani Khar, right, greets her Afghan counterpart in Islamabad. Photo: AFP"
    bio_mid = "Ahmed Rashid is a journalist who has covered the region for decades and says the talks matter."
    text = f"{caption}\n\n{PARA}\n\n{bio_mid}\n\n{PARA}\n\n{PARA}\n\nJohn Smith is a columnist with The Daily Times.\n"
    d = prepare(Document(id="x", text=text))
    assert d.title is None
    assert d.removed[0].reason == "caption" and d.removed[-1].reason == "author_bio"
    assert bio_mid in d.body and "columnist" not in d.body


def test_interior_credit_lines_are_removed_and_mapping_stays_exact():
    text = f"Border talks resume in Kabul\n\n{PARA}\n\nFile photo\n\n(Photo: Reuters)\n\n{PARA}\n\nRead more: Pakistan closes border crossing\n\n{PARA}\n"
    d = prepare(Document(id="x", text=text))
    _check_segments(d)
    assert d.body.count(PARA) == 3 and "Photo" not in d.body and "Read more" not in d.body
    assert d.title == "Border talks resume in Kabul"


def test_metadata_date_values():
    assert parse_date_value("2011-10-25T08:00:00Z") == ("2011-10-25", "day")
    assert parse_date_value("2011-10") == ("2011-10", "month")
    assert parse_date_value("2011") == ("2011", "year")
    assert parse_date_value("25 October 2011") == ("2011-10-25", "day")
    assert parse_date_value("Oct. 25th, 2011") == ("2011-10-25", "day")
    assert parse_date_value("yesterday") is None
    assert parse_date_value("2011-02-30") is None


# -- readers: encodings, bad inputs, a large feed -------------------------------------------

ARTICLE = "Islamabad and Kabul agreed on Tuesday to reopen the border, officials said, after talks in the capital."


def test_encodings(tmp_path):
    text = "“Talks resume” — Pakistan’s café diplomacy\n\n" + ARTICLE
    (tmp_path / "u16le.txt").write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    (tmp_path / "u16be.txt").write_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be"))
    (tmp_path / "u8bom.txt").write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    (tmp_path / "win.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "latin.txt").write_bytes(("Caf\u00e9 talks\n\n" + ARTICLE).encode("latin-1"))
    (tmp_path / "u16nobom.txt").write_bytes(text.encode("utf-16-le"))
    docs, problems = _split(list(read_inputs([tmp_path])))
    assert problems == []
    by = {d.id: d for d in docs}
    for name in ("u16le", "u16be", "u8bom", "win", "u16nobom"):
        assert by[name].text == text, name
    assert by["latin"].text.startswith("Café talks")
    assert prepare(by["win"]).title == "“Talks resume” — Pakistan’s café diplomacy"


def test_bad_inputs_are_one_line_problems_and_the_batch_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n ", encoding="utf-8")
    (tmp_path / "big.txt").write_text("word " * 2000, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "r1", "text": ARTICLE}) + "\n{not json\n" + json.dumps({"id": "r3", "title": "no text"}) + "\n[1, 2]\n" + json.dumps({"text": ARTICLE}) + "\n",
        encoding="utf-8",
    )
    items = list(load_documents([tmp_path, tmp_path / "missing.txt", tmp_path / "notes.pdf"], max_bytes=5_000))
    docs, problems = _split(items)
    assert sorted(d.id for d in docs) == ["feed:5", "good", "r1"]
    msgs = {Path(p.path.split(":")[0]).name + (":" + p.path.split(":")[1] if ":" in p.path else ""): p.message for p in problems}
    assert msgs["image.txt"] == "binary file, not text"
    assert msgs["empty.txt"] == "empty file" and msgs["blank.txt"] == "empty file"
    assert msgs["big.txt"] == "file is 0.01 MB, over the 0.005 MB limit"
    assert msgs["missing.txt"] == "no such file or directory"
    assert msgs["notes.pdf"].startswith("unsupported file type")
    assert msgs["feed.jsonl:2"].startswith("malformed JSON: ")
    assert msgs["feed.jsonl:3"] == "row has no text"
    assert msgs["feed.jsonl:4"].startswith("malformed JSON: ")
    assert len(problems) == 9  # the pdf inside the folder is skipped silently, named it is a problem
    assert all("\n" not in str(p) for p in problems)


def test_oversize_message_in_megabytes(tmp_path):
    f = tmp_path / "huge.txt"
    f.write_bytes(b"a" * 7_200_000)
    (p,) = list(read_inputs([f]))
    assert p.message == "file is 7.2 MB, over the 5 MB limit"


def test_feed_of_1000_with_10_corrupted_entries(tmp_path):
    lines = []
    bad = set(range(50, 1000, 95))
    assert len(bad) == 10
    for i in range(1000):
        if i in bad:
            lines.append('{"id": "broken-%d", "text": "unterminated' % i if i % 2 else json.dumps({"id": f"d{i}", "title": "no text"}))
        else:
            lines.append(json.dumps({"id": f"d{i}", "text": f"Report {i}: officials in province {i} met envoys from district {i * 7} on day {i % 28 + 1} and signed accord {i}."}))
    feed = tmp_path / "big_feed.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, problems = _split(list(load_documents([feed])))
    assert len(docs) == 990 and len(problems) == 10
    assert {int(p.path.rsplit(":", 1)[1]) - 1 for p in problems} == bad
    assert all(d.duplicate_of is None for d in docs)


# -- view ----------------------------------------------------------------------------------


def test_doc_summary_and_print_docs():
    d = prepare(next(iter(read_inputs([FIXTURES / "wire_dateline.txt"]))))
    s = doc_summary(d)
    assert s["doc"] == "wire_dateline" and s["publication_date"] == "2011-10-20"
    assert s["date_basis"] == "stated in text" and s["date_precision"] == "day"
    assert s["body"] == d.body and s["body_length"] == len(d.body)
    assert [r["reason"] for r in s["removed"]] == ["title", "caption", "footer"]
    assert s["removed"][1]["text_preview"].startswith("Photo: A truck waits")
    json.dumps(s)
    undated = doc_summary(prepare(Document(id="u", text=ARTICLE)))
    assert undated["publication_date"] == "unknown"

    from rich.console import Console

    buf = io.StringIO()
    print_docs([d, InputProblem(path="x.bin", message="binary file, not text")], Console(file=buf, width=200))
    out = buf.getvalue()
    assert "Pakistan and Afghanistan agree to reopen border crossing" in out
    assert "2011-10-20" in out and "stated in text" in out and f"{len(d.body)} characters" in out
    assert "caption" in out and "footer" in out and "binary file, not text" in out


def test_opening_lines_that_only_look_like_bylines_stay_in_the_body():
    first = "By the end of the day, Pakistan had agreed to the talks"
    text = f"{first}\n{PARA}\n\nPublished reports on March 3, 2012 said the envoys would meet again in Kabul soon.\n"
    d = prepare(Document(id="x", text=text))
    assert d.body.startswith(first) and "Published reports" in d.body
    assert d.publication_date is None

    d = prepare(Document(id="y", text=f"Envoys meet in Kabul\n\nBy Sara Khan\nPosted on March 3, 2012\n\n{PARA}\n"))
    assert d.title == "Envoys meet in Kabul" and d.body == PARA
    assert (d.publication_date, d.date_basis) == ("2012-03-03", "stated in text")
    assert [r.reason for r in d.removed] == ["title", "byline"]


def test_the_only_line_of_a_text_is_its_body_not_a_title():
    # a one-line note ending in a bracketed tag looks like a headline, but a title over
    # nothing would leave no body to read
    note = "On 4 May 2022, about 40 nurses demonstrated in Porto against low pay. [size=about 40]"
    d = prepare(Document(id="x", text=note))
    assert d.body == note and d.title is None
    # a headline above a body is still the title
    d = prepare(Document(id="y", text=f"Nurses march in Porto\n\n{note}\n"))
    assert d.title == "Nurses march in Porto" and d.body == note
