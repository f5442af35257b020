"""Benchmark: Dragoman end to end against the bare spaCy pipeline, on the seeds repeated.

Run on demand (`make bench`), never as a test. Each measurement runs in its own
process so that peak memory (max RSS) belongs to that measurement alone. Writes
`bench/results.json` and prints a table.

    python bench/run.py [--min-sentences 2000] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"


def corpus(min_sentences: int):
    """The seed documents, repeated under new ids until they hold ``min_sentences`` body sentences."""
    from dragoman.api import load_documents
    from dragoman.nlp import load_model

    docs, _ = load_documents([SEEDS])
    nlp = load_model()
    per_round = sum(len(list(d.sents)) for d in nlp.pipe([d.body for d in docs]))
    rounds = -(-min_sentences // per_round)
    out = []
    for r in range(rounds):
        for d in docs:
            out.append(d.model_copy(update={"id": f"{d.id}#{r}", "content_hash": None}))
    return out, per_round * rounds


def measure_spacy(min_sentences: int) -> dict:
    from dragoman.nlp import load_model

    docs, n_sent = corpus(min_sentences)
    nlp = load_model()
    texts = [d.body for d in docs]
    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    secs = time.perf_counter() - t
    return {"seconds": secs, "documents": len(docs), "sentences": n_sent}


def measure_dragoman(min_sentences: int, workers: int) -> dict:
    from dragoman.api import process_documents
    from dragoman.pipeline import Pipeline

    from dragoman.places.gazetteer import Gazetteer

    docs, n_sent = corpus(min_sentences)
    pipeline = Pipeline() if workers == 1 else None
    if pipeline is not None:  # its tables loaded before the clock starts, as the model is (the gazetteer lazily)
        Gazetteer.default()
    t = time.perf_counter()
    n_events = 0
    for result in process_documents(docs, pipeline, workers):
        n_events += len(result.events)
    secs = time.perf_counter() - t
    stages = dict(pipeline.timer.seconds) if pipeline else {}
    return {"seconds": secs, "documents": len(docs), "sentences": n_sent, "events": n_events, "stage_seconds": stages}


def child(kind: str, min_sentences: int, workers: int) -> None:
    result = measure_spacy(min_sentences) if kind == "spacy" else measure_dragoman(min_sentences, workers)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result["peak_rss_mb"] = round(max(peak_kb, children_kb) / 1024, 1)
    print(json.dumps(result))


def run_child(kind: str, min_sentences: int, workers: int = 1) -> dict:
    cmd = [sys.executable, __file__, "--child", kind, "--min-sentences", str(min_sentences), "--workers", str(workers)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--min-sentences", type=int, default=2000)
    ap.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    ap.add_argument("--child", choices=["spacy", "dragoman"])
    ap.add_argument("--output", default=str(HERE / "results.json"))
    args = ap.parse_args()
    if args.child:
        child(args.child, args.min_sentences, args.workers[0])
        return
    spacy_run = run_child("spacy", args.min_sentences)
    runs = {}
    for w in args.workers:
        runs[str(w)] = run_child("dragoman", args.min_sentences, w)
    one = runs.get("1") or next(iter(runs.values()))
    sps = lambda r: r["sentences"] / r["seconds"]  # noqa: E731
    results = {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
            "processor": platform.processor() or platform.machine(),
        },
        "corpus": {"documents": one["documents"], "sentences": one["sentences"]},
        "spacy": {**spacy_run, "sentences_per_s": round(sps(spacy_run), 1)},
        "dragoman": {
            w: {**r, "sentences_per_s": round(sps(r), 1), "documents_per_s": round(r["documents"] / r["seconds"], 2)}
            for w, r in runs.items()
        },
        "ratio_to_spacy_1_process": round(sps(one) / sps(spacy_run), 3),
    }
    if "1" in runs and len(runs) > 1:
        results["scaling"] = {w: round(sps(r) / sps(runs["1"]), 2) for w, r in runs.items()}
    tmp = Path(args.output + ".tmp")
    tmp.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    tmp.replace(args.output)
    print(f"corpus: {one['documents']} documents, {one['sentences']} sentences; {results['machine']['cpus']} CPUs")
    print(f"{'run':<22}{'sent/s':>10}{'docs/s':>10}{'peak MB':>10}")
    print(f"{'bare spaCy nlp.pipe':<22}{sps(spacy_run):>10.1f}{spacy_run['documents'] / spacy_run['seconds']:>10.2f}{spacy_run['peak_rss_mb']:>10.1f}")
    for w, r in runs.items():
        print(f"{'dragoman x' + w:<22}{sps(r):>10.1f}{r['documents'] / r['seconds']:>10.2f}{r['peak_rss_mb']:>10.1f}")
    print(f"end-to-end / bare spaCy (1 process): {results['ratio_to_spacy_1_process']}")
    if one.get("stage_seconds"):
        print("seconds per stage (1 process): " + ", ".join(f"{k} {v:.2f}" for k, v in one["stage_seconds"].items()))
    print(f"written to {args.output}")


if __name__ == "__main__":
    main()
