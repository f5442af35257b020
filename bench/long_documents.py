"""Time on one long document, stage by stage: is every step linear in its length?

    python bench/long_documents.py [--sizes 100,250,500,1000] [--out bench/long_documents.json]

The document is the paragraphs of the seed and dev articles (real news) repeated up to
each size (in KB). For each size it gives the seconds of the documents stage, of spaCy,
and of each later stage (actors, events, dates and places), from the pipeline's own stage
timer, with seconds per KB; the HTML reader on a page of repeated unclosed ``<html ``
tags (the pattern that was quadratic); and, for the largest size, the wall time of the
real commands on that text as one ``.txt`` file: ``dragoman extract`` and ``dragoman run``
into a new store (model and table loading included). A size whose time per KB grows with
the size is a quadratic step. ``--stop-after`` skips the larger sizes once one size took
longer than that many seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPORA = [REPO.parent / "shared" / "corpus" / "seeds", REPO.parent / "shared" / "corpus" / "dev"]


def long_text(kb: int) -> str:
    paragraphs = [p.strip() for d in CORPORA for f in sorted(d.glob("*.txt"))
                  for p in f.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 200]
    out, n = [], 0
    while n < kb * 1000:
        p = paragraphs[len(out) % len(paragraphs)]
        out.append(p)
        n += len(p) + 2
    return "\n\n".join(out)


def time_html(kb: int) -> dict:
    from dragoman.documents.readers import html_lang, html_to_text

    page = "<html " * (kb * 1000 // 6) + "<p>India accused China.</p>"
    t = time.perf_counter()
    html_lang(page)
    lang_s = time.perf_counter() - t
    t = time.perf_counter()
    html_to_text(page)
    whole_s = time.perf_counter() - t
    old = None
    if kb <= 100:  # the old pattern, for comparison (quadratic: kept small)
        t = time.perf_counter()
        re.search(r"<html[^>]*\blang=[\"']?([A-Za-z]{2})", page, re.I)
        old = round(time.perf_counter() - t, 3)
    return {"kb": kb, "html_lang_s": round(lang_s, 4), "html_to_text_s": round(whole_s, 3), "old_lang_pattern_s": old}


def time_pipeline(kb: int, pipeline) -> dict:
    from dragoman.documents import prepare
    from dragoman.models import Document

    text = long_text(kb)
    t = time.perf_counter()
    doc = prepare(Document(id=f"long{kb}", text=text))
    documents_s = time.perf_counter() - t
    pipeline.timer.seconds.clear()
    pipeline.failures.clear()
    t, cpu = time.perf_counter(), time.process_time()
    results = list(pipeline.process([doc]))
    total, cpu = time.perf_counter() - t, time.process_time() - cpu
    stages = {k: round(v, 2) for k, v in pipeline.timer.seconds.items()}
    return {
        "kb": kb, "chars": len(text), "documents_stage_s": round(documents_s, 2), "pipeline_s": round(total, 2),
        "pipeline_s_per_kb": round(total / kb, 4), "pipeline_cpu_s": round(cpu, 2), "stages_s": stages, "events": sum(len(r.events) for r in results),
        "failures": [str(f) for f in pipeline.failures],
    }


def time_commands(kb: int) -> dict:
    """Wall seconds of ``dragoman extract`` and ``dragoman run`` on one ``kb`` KB text file."""
    out = {"kb": kb}
    with tempfile.TemporaryDirectory(prefix="dragoman-long-") as tmp:
        path = Path(tmp) / f"long{kb}.txt"
        path.write_text(long_text(kb), encoding="utf-8")
        commands = {
            "extract": ["extract", str(path), "-o", str(Path(tmp) / "events.jsonl")],
            "run": ["run", str(path), "--db", str(Path(tmp) / "store.duckdb"), "--no-progress"],
        }
        for name, args in commands.items():
            t, before = time.perf_counter(), os.times()
            proc = subprocess.run([sys.executable, "-m", "dragoman.cli", *args], capture_output=True, text=True,
                                  errors="replace", cwd=REPO)
            after = os.times()
            out[f"{name}_s"] = round(time.perf_counter() - t, 2)
            # CPU seconds of the command (user + system): its cost whatever else the machine runs
            out[f"{name}_cpu_s"] = round(after.children_user - before.children_user
                                         + after.children_system - before.children_system, 2)
            out[f"{name}_exit"] = proc.returncode
        with open(Path(tmp) / "events.jsonl", encoding="utf-8") as fh:
            out["extract_events"] = sum(1 for _ in fh)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100,250,500,1000", help="Document sizes in KB, comma-separated.")
    ap.add_argument("--html-sizes", default="48,96,192,384", help="HTML page sizes in KB.")
    ap.add_argument("--stop-after", type=float, default=900.0, help="Skip larger sizes once one took this long.")
    ap.add_argument("--doc-timeout", type=float, default=3600.0, help="The pipeline's per-document budget here.")
    ap.add_argument("--no-commands", action="store_true", help="Skip timing the real commands on the largest size.")
    ap.add_argument("--out", default=str(REPO / "bench" / "long_documents.json"))
    args = ap.parse_args(argv)
    from dragoman.pipeline import Pipeline

    report = {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
                    "load_average_at_start": [round(x, 2) for x in os.getloadavg()]},
        "html": [], "pipeline": [], "commands": None,
    }
    for kb in (int(x) for x in args.html_sizes.split(",")):
        report["html"].append(time_html(kb))
        print(json.dumps(report["html"][-1]), flush=True)
    pipeline = Pipeline(document_seconds=args.doc_timeout)
    time_pipeline(5, pipeline)  # warm up: the knowledge base and gazetteer load on first use, not in a size's time
    for kb in (int(x) for x in args.sizes.split(",")):
        row = time_pipeline(kb, pipeline)
        report["pipeline"].append(row)
        print(json.dumps(row), flush=True)
        Path(args.out).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
        if row["pipeline_s"] > args.stop_after:
            break
    if not args.no_commands:
        report["commands"] = time_commands(report["pipeline"][-1]["kb"])
        print(json.dumps(report["commands"]), flush=True)
    report["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    Path(args.out).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
