"""Deduplication, dyads, claims and the network over real DuckDB stores built from
Event records written here (the fixtures say which mentions report the same event)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from dragoman.analysis import deduplicate, ensure_deduplicated
from dragoman.analysis.claim_topics import same_claim, topic_from_parse
from dragoman.analysis.claims import claims
from dragoman.analysis.dedup import clusters_of
from dragoman.analysis.dyad import _period_order, bar_positions, dyad_rows, period_of, period_span
from dragoman.analysis.network import build_network, to_graphml
from dragoman.models import Actor, Document, Event, Place, Sentence, Span
from dragoman.store import Store

DRAGOMAN = [str(Path(sys.executable).with_name("dragoman"))]

USA_GOV = Actor(country="USA", sector="GOV")
PAK_GOV = Actor(country="PAK", sector="GOV")
PAK_MIL = Actor(country="PAK", sector="MIL")
CLINTON = Actor(country="USA", sector="GOV", name="Hillary Clinton")
TYPES = {  # type: (quad class, cameo, intensity)
    "SANCTION": (4, "163", -8.0), "REQUEST": (1, "020", 3.0), "ACCUSE": (3, "112", -2.0),
    "CONSULT": (1, "040", 1.0), "THREATEN": (3, "130", -4.4), "AGREE": (1, "030", 4.0), "AID": (2, "070", 7.0),
    "REJECT": (3, "120", -4.0),
}

# (doc id, publisher, publication date) and its sentences:
# (sentence, [(type, trigger, source actor, source words, target actor, target words, date, place, gold cluster)])
DOCS = [
    ("d1_dawn_2011", "Dawn", "2011-07-10", [
        ("The United States cut $300 million of military aid to Pakistan on Sunday.",
         [("SANCTION", "cut", USA_GOV, "The United States", PAK_GOV, "Pakistan", "2011-07-10", None, "aidcut")]),
        ("Washington suspended the $300 million in military aid to Islamabad.",
         [("SANCTION", "suspended", USA_GOV, "Washington", PAK_GOV, "Islamabad", "2011-07-10", None, "aidcut")]),
        ("Clinton met Pakistani officials in Islamabad on Sunday.",
         [("CONSULT", "met", CLINTON, "Clinton", PAK_GOV, "Pakistani officials", "2011-07-10", "Islamabad", "meet_isb")]),
    ]),
    ("d2_nyt_2011", "New York Times", "2011-07-11", [
        ("The Obama administration is withholding $300 million in military aid from Pakistan.",
         [("SANCTION", "withholding", USA_GOV, "The Obama administration", PAK_MIL, "Pakistan", None, None, "aidcut")]),
        ("The US urged Pakistan to take action against the Haqqani network.",
         [("REQUEST", "urged", USA_GOV, "The US", PAK_GOV, "Pakistan", "2011-07-12", None, "req_haqqani")]),
        ("The US also asked Pakistan to reopen NATO supply routes through the Khyber Pass.",
         [("REQUEST", "asked", USA_GOV, "The US", PAK_GOV, "Pakistan", "2011-07-12", None, "req_supply")]),
        ("The US expelled two Pakistani diplomats from Washington over a visa dispute.",
         [("SANCTION", "expelled", USA_GOV, "The US", PAK_GOV, "Pakistani diplomats", "2011-07-11", None, "expel")]),
    ]),
    ("d3_reuters_2011", "Reuters", "2011-07-13", [
        ("Washington pressed Islamabad to act against the Haqqani network, officials said.",
         [("REQUEST", "pressed", USA_GOV, "Washington", PAK_GOV, "Islamabad", "2011-07-12", None, "req_haqqani")]),
        ("Pakistan accused the United States of violating its sovereignty.",
         [("ACCUSE", "accused", PAK_GOV, "Pakistan", USA_GOV, "the United States", "2011-07-13", None, "accuse_sov")]),
        ("Washington has put on hold some $300 million of military aid to Pakistan.",
         [("SANCTION", "put on hold", USA_GOV, "Washington", PAK_MIL, "Pakistan", "2011-07", None, "aidcut")]),
        ("Clinton met Pakistani officials in Kabul.",
         [("CONSULT", "met", CLINTON, "Clinton", PAK_GOV, "Pakistani officials", "2011-07-13", "Kabul", "meet_kbl")]),
    ]),
    ("d4_dawn_2011b", "Dawn", "2011-07-14", [
        ("Islamabad accused Washington of violating Pakistan's sovereignty with the raid.",
         [("ACCUSE", "accused", PAK_GOV, "Islamabad", USA_GOV, "Washington", "2011-07-13", None, "accuse_sov")]),
        ("Pakistan also accused the US of funding separatists in Balochistan.",
         [("ACCUSE", "accused", PAK_GOV, "Pakistan", USA_GOV, "the US", "2011-07-13", None, "accuse_balochistan")]),
        ("Washington asked Islamabad to reopen the NATO supply routes.",
         [("REQUEST", "asked", USA_GOV, "Washington", PAK_GOV, "Islamabad", None, None, "req_supply")]),
    ]),
    ("d5_guardian_2010", "Guardian", "2010-03-02", [
        ("Pakistan agreed to share intelligence with the United States.",
         [("AGREE", "agreed", PAK_GOV, "Pakistan", USA_GOV, "the United States", "2010-03-01", None, "agree_intel")]),
        ("The US gave Pakistan $1.5 billion in civilian aid.",
         [("AID", "gave", USA_GOV, "The US", PAK_GOV, "Pakistan", "2010", None, "aid_2010")]),
    ]),
    ("d6_dawn_2017", "Dawn", "2017-08-22", [
        ("Trump warned Pakistan of consequences over safe havens for the Haqqani Network.",
         [("THREATEN", "warned", USA_GOV, "Trump", PAK_GOV, "Pakistan", "2017-08-21", None, "threat_2017")]),
        ("Pakistan rejected the charge and accused the US of scapegoating it.",
         [("ACCUSE", "accused", PAK_GOV, "Pakistan", USA_GOV, "the US", "2017-08-22", None, "accuse_2017")]),
    ]),
    ("d7_express_2018", "Express Tribune", "2018-01-05", [
        ("The United States suspended security assistance to Pakistan.",
         [("SANCTION", "suspended", USA_GOV, "The United States", PAK_MIL, "Pakistan", "2018-01-04", None, "cut_2018")]),
        ("Pakistan demanded that the US take action against the Haqqani network leaders in Afghanistan.",
         [("REQUEST", "demanded", PAK_GOV, "Pakistan", USA_GOV, "the US", "2018-01-05", None, "req_pak_2018")]),
    ]),
    ("d8_undated", None, None, [
        ("The US urged Pakistan to release Shakil Afridi.",
         [("REQUEST", "urged", USA_GOV, "The US", PAK_GOV, "Pakistan", None, None, "req_afridi")]),
    ]),
]

PLACES = {
    "Islamabad": Place(name="Islamabad", raw="Islamabad", country="PAK", lat=33.72, lon=73.04, precision="city",
                       geonames_id=1176615),
    "Kabul": Place(name="Kabul", raw="Kabul", country="AFG", lat=34.53, lon=69.17, precision="city", geonames_id=1138958),
}


@dataclass
class Result:
    document: Document
    sentences: list = field(default_factory=list)
    mentions: list = field(default_factory=list)
    events: list = field(default_factory=list)


def _span(text: str, words: str, base: int) -> Span:
    i = text.index(words)
    return Span(start=base + i, end=base + i + len(words), text=words)


def build_results(docs=DOCS) -> tuple[list[Result], dict[str, str]]:
    """Documents with sentences and events; also event id -> gold cluster label."""
    results, gold = [], {}
    for doc_id, publisher, pub, sents in docs:
        text = " ".join(s for s, _ in sents)
        doc = Document(id=doc_id, text=text, body=text, title=f"Title of {doc_id}", source=publisher,
                       url=f"https://example.org/{doc_id}" if publisher else None, publication_date=pub,
                       date_precision="day" if pub else "unknown", content_hash=f"h-{doc_id}")
        res = Result(document=doc)
        pos = 0
        for idx, (sentence, evs) in enumerate(sents):
            res.sentences.append(Sentence(doc_id=doc_id, index=idx, start=pos, end=pos + len(sentence), text=sentence))
            for n, (type_, trig, src, src_w, tgt, tgt_w, when, place, label) in enumerate(evs):
                quad, cameo, intensity = TYPES[type_]
                eid = f"ev_{doc_id}_{idx}_{n}"
                res.events.append(Event(
                    id=eid, doc=doc_id, sentence_index=idx, sentence=sentence, type=type_, cameo=cameo,
                    quad_class=quad, intensity=intensity, source=src, target=tgt, date=when,
                    date_precision={10: "day", 7: "month", 4: "year"}.get(len(when or ""), "unknown"),
                    location=PLACES.get(place), trigger=_span(sentence, trig, pos),
                    source_span=_span(sentence, src_w, pos), target_span=_span(sentence, tgt_w, pos),
                ))
                gold[eid] = label
            pos += len(sentence) + 1
        results.append(res)
    return results, gold


def build_store(path, docs=DOCS, order=None) -> dict[str, str]:
    results, gold = build_results(docs)
    if order is not None:
        results = [results[i] for i in order]
    with Store(path) as store:
        for r in results:
            store.write(r)
    return gold


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering (item -> cluster label)."""
    pc, gc = defaultdict(set), defaultdict(set)
    for item, c in predicted.items():
        pc[c].add(item)
    for item, c in gold.items():
        gc[c].add(item)
    items = sorted(gold)
    p = sum(len(pc[predicted[i]] & gc[gold[i]]) / len(pc[predicted[i]]) for i in items) / len(items)
    r = sum(len(pc[predicted[i]] & gc[gold[i]]) / len(gc[gold[i]]) for i in items) / len(items)
    return p, r, 2 * p * r / (p + r)


def predicted_clusters(store) -> dict[str, str]:
    return {eid: cid for cid, eids in clusters_of(store).items() for eid in eids}


# ---------------------------------------------------------------- dedup
def test_dedup_clusters_match_the_fixture(tmp_path):
    db = tmp_path / "s.duckdb"
    gold = build_store(db)
    with Store(db) as store:
        report = deduplicate(store)
        pred = predicted_clusters(store)
        assert report.events == len(gold)
        assert report.canonical_events == len(set(pred.values()))
        p, r, f1 = bcubed(pred, gold)
        assert f1 >= 0.9, (p, r, f1)
        # the aid cut, told four ways in three documents by three publishers, is one event
        aid = {pred[e] for e, g in gold.items() if g == "aidcut"}
        assert len(aid) == 1
        cid = aid.pop()
        n_mentions, n_sources, n_docs, date = store.con.execute(
            "SELECT num_mentions, num_sources, num_documents, event_date FROM canonical_events WHERE canonical_id = ?",
            [cid]).fetchone()
        assert (n_mentions, n_sources, n_docs, date) == (4, 3, 3, "2011-07-10")
        # distinct events of the same type and dyad in the same week stay apart
        for a, b in [("req_haqqani", "req_supply"), ("aidcut", "expel"), ("accuse_sov", "accuse_balochistan"),
                     ("meet_isb", "meet_kbl")]:
            assert {pred[e] for e, g in gold.items() if g == a}.isdisjoint({pred[e] for e, g in gold.items() if g == b})


def test_dedup_ids_are_stable_on_reingest_in_another_order(tmp_path):
    build_store(tmp_path / "a.duckdb")
    build_store(tmp_path / "b.duckdb", order=list(reversed(range(len(DOCS)))))
    got = []
    for name in ("a.duckdb", "b.duckdb"):
        with Store(tmp_path / name) as store:
            deduplicate(store)
            got.append(store.con.execute(
                "SELECT event_id, canonical_id FROM event_clusters ORDER BY event_id").fetchall())
            again = deduplicate(store)  # recomputing changes nothing
            assert again.canonical_events == len({c for _, c in got[-1]})
            assert store.con.execute(
                "SELECT event_id, canonical_id FROM event_clusters ORDER BY event_id").fetchall() == got[-1]
    assert got[0] == got[1]


def test_ensure_deduplicated_recomputes_only_after_changes(tmp_path):
    db = tmp_path / "s.duckdb"
    build_store(db, docs=DOCS[:2])
    with Store(db) as store:
        assert ensure_deduplicated(store).recomputed
        assert not ensure_deduplicated(store).recomputed
    build_store(db, docs=DOCS[2:4])
    with Store(db) as store:
        report = ensure_deduplicated(store)
        assert report.recomputed
        n = store.con.execute("SELECT count(*) FROM event_clusters").fetchone()[0]
        assert n == store.con.execute("SELECT count(*) FROM events").fetchone()[0] == report.events


# ---------------------------------------------------------------- dyad
def test_periods_lie_on_a_time_axis():
    pos = bar_positions(["2011", "2017"])
    assert round((pos["2017"][0] - pos["2011"][0]).days / 365.25) == 6
    # a week bucket sits inside its month, not between months
    week, october, november = period_span("2011-W42"), period_span("2011-10"), period_span("2011-11")
    assert october[0] <= week[0] and week[1] <= november[0]
    assert sorted(["2011-11", "2011-W42", "2011-10"], key=_period_order) == ["2011-10", "2011-W42", "2011-11"]
    assert period_span("unknown") is None


def test_period_of():
    assert period_of("2011-10-20", "week") == "2011-W42"
    assert period_of("2011-01-02", "week") == "2010-W52"  # ISO week-year
    assert period_of("2011-10", "day") == period_of("2011-10", "week") == "2011-10"  # not a day the text gives
    assert period_of("2011", "month") == "2011"
    assert period_of("2011-10-20", "month") == "2011-10" and period_of("2011-10-20", "day") == "2011-10-20"
    assert period_of(None, "year") == "unknown"


def _sql_dyad_counts(store, by_len: int) -> dict:
    """Counts per (period, source, target) straight from events/event_clusters/documents in SQL."""
    rows = store.con.execute(
        f"""
        WITH per_canon AS (
            SELECT ec.canonical_id,
                   any_value(e.type) AS type,
                   any_value(e.source_country) AS src, any_value(e.target_country) AS tgt,
                   -- the canonical date: the most precise stated date (earliest among equals), else the
                   -- earliest publication date among its documents
                   coalesce(arg_min(e.event_date, (10 - length(e.event_date)) * 100000000
                                    + CAST(replace(rpad(e.event_date, 10, '0'), '-', '') AS BIGINT))
                            FILTER (WHERE e.event_date IS NOT NULL),
                            min(d.publication_date)) AS pdate,
                   any_value(e.quad_class) AS quad, any_value(e.intensity) AS intensity
            FROM events e JOIN event_clusters ec ON ec.event_id = e.id JOIN documents d ON d.id = e.doc_id
            GROUP BY ec.canonical_id)
        SELECT coalesce(substr(pdate, 1, {by_len}), 'unknown'), src, tgt, count(*), sum(intensity),
               count(*) FILTER (WHERE quad = 1), count(*) FILTER (WHERE quad = 3), count(*) FILTER (WHERE quad = 4)
        FROM per_canon WHERE (src = 'USA' AND tgt = 'PAK') OR (src = 'PAK' AND tgt = 'USA')
        GROUP BY ALL ORDER BY ALL
        """
    ).fetchall()
    return {(p, s, t): (n, round(i, 4), vc, vf, mf) for p, s, t, n, i, vc, vf, mf in rows}


def test_dyad_json_matches_sql_counts(tmp_path):
    db = tmp_path / "s.duckdb"
    build_store(db)
    proc = subprocess.run(DRAGOMAN + ["dyad", "USA", "PAK", "--db", str(db), "--by", "year", "--directed", "--json"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    got = {(r["period"], r["source"], r["target"]): (r["events"], r["intensity_sum"], r["verbal_coop"],
                                                    r["verbal_conflict"], r["material_conflict"]) for r in rows}
    with Store(db, read_only=True) as store:
        expected = _sql_dyad_counts(store, 4)
    assert got == expected
    periods = {(r["period"], r["source"]) for r in rows}
    for year in ("2010", "2011", "2017", "2018"):
        assert (year, "USA") in periods and (year, "PAK") in periods
    assert rows[-1]["period"] == "unknown"  # the undated document's event, last
    for r in rows:
        assert {"period", "source", "target", "events", "intensity_sum", "intensity_mean", "verbal_coop",
                "material_coop", "verbal_conflict", "material_conflict"} <= set(r)


def test_dyad_undirected_merges_and_normalises(tmp_path):
    db = tmp_path / "s.duckdb"
    build_store(db)
    with Store(db) as store:
        directed = dyad_rows(store, "usa", "pak", by="year", directed=True)
        merged = dyad_rows(store, "USA", "PAK", by="year", normalise=True)
    assert {r["dyad"] for r in merged} == {"USA\u2013PAK"}  # both directions: no source or target
    assert not any("source" in r or "target" in r or r["directed"] for r in merged)
    assert {r["dyad"] for r in directed} == {"USA\u2192PAK", "PAK\u2192USA"}
    total = defaultdict(int)
    for r in directed:
        total[r["period"]] += r["events"]
    assert {r["period"]: r["events"] for r in merged} == dict(total)
    r2011 = next(r for r in merged if r["period"] == "2011")
    assert r2011["documents"] == 4
    assert r2011["events_per_document"] == round(r2011["events"] / 4, 4)


def test_dyad_png_and_csv(tmp_path):
    db = tmp_path / "s.duckdb"
    build_store(db)
    png, csv_path = tmp_path / "out.png", tmp_path / "out.csv"
    said = {}
    for extra in (["--png", str(png)], ["--csv", "-o", str(csv_path), "--quad"]):
        proc = subprocess.run(DRAGOMAN + ["dyad", "USA", "PAK", "--db", str(db), "--by", "year"] + extra,
                              capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        said[extra[0]] = proc.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    assert f"wrote {png}" in said["--png"] and f"wrote {csv_path}" in said["--csv"]
    header = csv_path.read_text().splitlines()[0].split(",")
    assert header[:7] == ["period", "dyad", "source", "target", "events", "intensity_sum", "intensity_mean"]
    # --csv alone prints the same CSV on stdout, as `events --csv` does
    proc = subprocess.run(DRAGOMAN + ["dyad", "USA", "PAK", "--db", str(db), "--by", "year", "--csv", "--quad"],
                          capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout == csv_path.read_text()


def test_dyad_cli_errors_are_one_line(tmp_path):
    proc = subprocess.run(DRAGOMAN + ["dyad", "USA", "PAK", "--db", str(tmp_path / "missing.duckdb")],
                          capture_output=True, text=True)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr and "missing.duckdb" in proc.stderr
    db = tmp_path / "s.duckdb"
    build_store(db, docs=DOCS[:1])
    proc = subprocess.run(DRAGOMAN + ["dyad", "USA", "PAK", "--db", str(db), "--by", "decade"],
                          capture_output=True, text=True)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr


# ---------------------------------------------------------------- claims
def _topic(nlp, sentence: str, trigger: str, addressee: str = ""):
    return topic_from_parse(nlp(sentence), sentence.index(trigger), trigger, addressee)


def test_topic_is_the_act_and_its_object(nlp):
    t = _topic(nlp, "The US urged Pakistan to take action against militants in North Waziristan.", "urged", "Pakistan")
    assert t.text == "action against militants"
    t = _topic(nlp, "India demanded on Monday that China withdraw its troops from the border.", "demanded", "China")
    assert (t.text, t.key) == ("withdraw troops from the border", ("withdraw", "troop", "border"))
    t = _topic(nlp, "Pakistan agreed to share intelligence with the United States.", "agreed", "the United States")
    assert t.text == "share intelligence with the United States"
    assert _topic(nlp, "The US agreed on Monday.", "agreed") is None
    # a clause about being is not an act; nor is a bare verb
    assert _topic(nlp, "Both agreed that it was time for their countries to reset ties.", "agreed") is None


def test_same_demand_in_other_words_is_one_claim(nlp):
    a = _topic(nlp, "India demanded that China withdraw troops from the border.", "demanded", "China")
    b = _topic(nlp, "India again demanded that China withdraw its troops from the border in Ladakh.", "demanded", "China")
    c = _topic(nlp, "India demanded that China deploy no more troops to the border.", "demanded", "China")
    assert same_claim(a, b) and not same_claim(a, c)


def test_claims_grouped_by_topic(tmp_path):
    db = tmp_path / "s.duckdb"
    build_store(db)
    with Store(db) as store:
        groups = claims(store)
        only_pak = claims(store, actor="PAK")
    by_topic = {g["topic"]: g for g in groups}
    haqqani = by_topic["action against the Haqqani network"]
    # the 2011 demand (two reports, one event) and Pakistan's 2018 demand: the same demand, made again
    assert haqqani["claims"] == 2 and haqqani["kinds"] == {"demand": 2}
    assert haqqani["dates"] == ["2011-07-12", "2018-01-05"] and haqqani["recurs"]
    sentences = [s["text"] for c in haqqani["items"] for s in c["sentences"]]
    assert "Washington pressed Islamabad to act against the Haqqani network, officials said." in sentences
    supply = by_topic["reopen NATO supply routes through the Khyber Pass"]
    assert supply["claims"] == 1 and not supply["recurs"]
    afridi = by_topic["release Shakil Afridi"]
    assert afridi["items"][0]["fulfilment"]["status"] == "unknown"  # undated
    assert all(c["source"]["country"] == "PAK" or c["target"]["country"] == "PAK"
               for g in only_pak for c in g["items"])


def test_a_claim_is_met_only_by_an_act_on_its_object(tmp_path):
    insurgents = Actor(sector="REB")
    demand = ("c1", "Dawn", "2011-01-05", [("The US urged Pakistan to deny safe havens to insurgents.", [
        ("REQUEST", "urged", USA_GOV, "The US", PAK_GOV, "Pakistan", "2011-01-05", None, "a")])])
    other = ("c2", "Dawn", "2011-02-01", [("Pakistan denied the allegations made by the US.", [
        ("REJECT", "denied", PAK_GOV, "Pakistan", USA_GOV, "the US", "2011-02-01", None, "b")])])
    done = ("c3", "Dawn", "2011-03-01", [("Pakistan denied safe havens to the insurgents in the north.", [
        ("REJECT", "denied", PAK_GOV, "Pakistan", insurgents, "the insurgents", "2011-03-01", None, "c")])])
    status = {}
    for name, docs in (("before", [demand, other]), ("after", [demand, other, done])):
        build_store(tmp_path / f"{name}.duckdb", docs=docs)
        with Store(tmp_path / f"{name}.duckdb") as store:
            group = next(g for g in claims(store) if g["topic"] == "deny safe havens to insurgents")
        status[name] = group["items"][0]["fulfilment"]
    # deny -> REJECT from the verb alone: Pakistan's denial of something else does not meet it
    assert status["before"]["status"] == "not met" and status["before"]["act_type"] == "REJECT"
    assert status["after"]["status"] == "met" and status["after"]["event"]["date"] == "2011-03-01"


# ---------------------------------------------------------------- network
def test_network_edges(tmp_path):
    db = tmp_path / "s.duckdb"
    build_store(db)
    with Store(db) as store:
        net = build_network(store)
        net_2011 = build_network(store, since="2011-01-01", until="2011")
    edge = next(e for e in net["edges"] if e["source"] == "USA|GOV|" and e["target"] == "PAK|GOV|"
                and e["type"] == "REQUEST")
    assert edge["count"] == 3  # haqqani 2011, supply routes 2011, Afridi (undated)
    assert edge["intensity_mean"] == 3.0
    assert all(e["type"] != "AGREE" for e in net_2011["edges"])  # 2010 left out
    xml = to_graphml(net)
    assert xml.startswith("<?xml") and 'edgedefault="directed"' in xml and "Hillary Clinton" in xml
    proc = subprocess.run(DRAGOMAN + ["network", "--db", str(db), "--format", "graphml", "-o", str(tmp_path / "n.graphml")],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "n.graphml").read_text() == xml


# ---------------------------------------------------------------- the seeds, end to end
def test_seeds_dyad_by_year_both_directions_match_the_store(tmp_path, seeds_extraction):
    """Issue #8: the seeds stored in a real DuckDB file; `dyad USA PAK --by year --png`
    draws a chart, and 2010, 2011, 2017 and 2018 each hold events in both directions,
    counted as SQL over the store's canonical events counts them. Three of the years come
    from articles that state no publication year (inferred from content)."""
    from PIL import Image
    from typer.testing import CliRunner

    from dragoman.cli import app

    results, _ = seeds_extraction
    db = tmp_path / "seeds.duckdb"
    with Store(db) as store:
        for result in results:
            store.write(result)
    png = tmp_path / "out.png"
    runner = CliRunner()
    res = runner.invoke(app, ["dyad", "USA", "PAK", "--by", "year", "--db", str(db), "--png", str(png)])
    assert res.exit_code == 0, res.output
    with Image.open(png) as im:
        im.verify()
        assert im.format == "PNG" and im.size[0] > 100 and im.size[1] > 100
    res = runner.invoke(app, ["dyad", "USA", "PAK", "--by", "year", "--directed", "--db", str(db), "--json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    got = {(r["period"], r["source"], r["target"]): (r["events"], r["intensity_sum"], r["verbal_coop"],
                                                    r["verbal_conflict"], r["material_conflict"]) for r in rows}
    with Store(db, read_only=True) as store:
        assert got == _sql_dyad_counts(store, 4)
    for year in ("2010", "2011", "2017", "2018"):
        assert got.get((year, "USA", "PAK"), (0,))[0] > 0, year
        assert got.get((year, "PAK", "USA"), (0,))[0] > 0, year
