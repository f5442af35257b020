"""Benchmark: Dragoman end to end against the bare spaCy pipeline, on the seeds repeated,
and how both scale with processes: ``--workers N``, a Dask ``LocalCluster`` of N
workers, and bare spaCy's own ``nlp.pipe(n_process=N)``, all in the same run.

Run on demand (`make bench`), never as a test. Each measurement runs in its own
process; peak memory is sampled over that process and its children (the largest one,
and all of them together). Writes `bench/results.json` and prints a table.

    python bench/run.py [--min-sentences 2000] [--processes 1 2 4] [--repeat 3]

``seconds`` counts the extraction only. Loading the model (bare spaCy) or the pipeline
with its tables (Dragoman, ``startup_seconds``) comes before the clock; ``--workers`` and
bare spaCy then fork their processes from that loaded state inside the clock, as a run
does. For Dask the cluster's start (processes and a pipeline per worker) is
``startup_seconds``, paid once by a long-lived cluster.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"
KINDS = ("spacy", "dragoman", "dask")


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


class MemorySampler:
    """Peak resident memory of this process and its children, sampled every 0.2 s."""

    def __init__(self):
        import psutil

        self.me = psutil.Process()
        self.largest = self.total = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            sizes = []
            for proc in [self.me, *self.me.children(recursive=True)]:
                try:
                    sizes.append(proc.memory_info().rss)
                except psutil.Error:
                    continue
            self.largest = max(self.largest, max(sizes, default=0))
            self.total = max(self.total, sum(sizes))
            self._stop.wait(0.2)

    def stop(self) -> dict:
        self._stop.set()
        self._thread.join()
        return {"peak_rss_mb": round(self.largest / 2**20, 1), "peak_total_rss_mb": round(self.total / 2**20, 1)}


def measure_spacy(docs, processes: int) -> dict:
    from dragoman.nlp import load_model

    nlp = load_model()
    texts = [d.body for d in docs]
    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16, n_process=processes):
        pass
    return {"seconds": time.perf_counter() - t}


def measure_dragoman(docs, workers: int) -> dict:
    from dragoman.api import process_documents
    from dragoman.pipeline import Pipeline

    # The pipeline and its tables are loaded before the clock starts, as the model is for
    # bare spaCy; ``--workers`` forks its processes from this warm pipeline (inside the clock).
    t = time.perf_counter()
    pipeline = Pipeline().warm()
    startup = time.perf_counter() - t
    t = time.perf_counter()
    n_events = sum(len(r.events) for r in process_documents(docs, pipeline, workers))
    secs = time.perf_counter() - t
    stages = dict(pipeline.timer.seconds) if workers == 1 else {}
    return {"seconds": secs, "startup_seconds": round(startup, 2), "events": n_events, "stage_seconds": stages}


def measure_dask(docs, workers: int) -> dict:
    from dragoman.cluster import ClusterSpec, connect, prepare_workers, process_with_client

    t = time.perf_counter()
    with connect(ClusterSpec(local_workers=workers)) as client:
        prepare_workers(client)
        startup = time.perf_counter() - t
        t = time.perf_counter()
        problems: list = []
        n_events = sum(len(r.events) for r in process_with_client(client, docs, problems))
        secs = time.perf_counter() - t
    return {"seconds": secs, "startup_seconds": round(startup, 2), "events": n_events, "problems": len(problems)}


def child(kind: str, min_sentences: int, processes: int) -> None:
    docs, n_sent = corpus(min_sentences)
    sampler = MemorySampler()
    measure = {"spacy": measure_spacy, "dragoman": measure_dragoman, "dask": measure_dask}[kind]
    result = measure(docs, processes)
    result.update(sampler.stop(), documents=len(docs), sentences=n_sent)
    print(json.dumps(result))


def run_child(kind: str, min_sentences: int, processes: int = 1) -> dict:
    cmd = [sys.executable, __file__, "--child", kind, "--min-sentences", str(min_sentences),
           "--processes", str(processes)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"bench: {kind} x{processes} failed: {proc.stderr.strip()[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def default_processes() -> list[int]:
    """1, 2, then powers of two while the machine has the cores."""
    out, n = [1, 2], 4
    while n <= (os.cpu_count() or 1):
        out.append(n)
        n *= 2
    return out


def sps(r: dict) -> float:
    return r["sentences"] / r["seconds"]


def scaling_table(runs: dict[str, dict[int, dict]]) -> list[dict]:
    """One row per process count: sentences/s of each kind and its speed-up over one process."""
    rows = []
    for n in sorted(runs["spacy"]):
        row: dict = {"processes": n}
        for kind in KINDS:
            r = runs[kind][n]
            row[f"{kind}_sentences_per_s"] = round(sps(r), 1)
            row[f"{kind}_speedup"] = round(sps(r) / sps(runs[kind][1]), 2)
            row[f"{kind}_peak_total_rss_mb"] = r["peak_total_rss_mb"]
        row["dask_startup_seconds"] = runs["dask"][n]["startup_seconds"]
        row["dragoman_workers_to_spacy"] = round(sps(runs["dragoman"][n]) / sps(runs["spacy"][n]), 3)
        rows.append(row)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--min-sentences", type=int, default=2000)
    ap.add_argument("--processes", type=int, nargs="*", default=None, help="process counts (default 1, 2, 4, … cores)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="measure every cell this many times and keep the fastest (other load only slows a run)")
    ap.add_argument("--child", choices=KINDS)
    ap.add_argument("--output", default=str(HERE / "results.json"))
    args = ap.parse_args()
    if args.child:
        child(args.child, args.min_sentences, (args.processes or [1])[0])
        return
    counts = sorted(set(args.processes or default_processes()) | {1})
    load_before = os.getloadavg()
    started = time.perf_counter()
    runs: dict[str, dict[int, dict]] = {kind: {} for kind in KINDS}
    for n in counts:  # each count measured for all three kinds in turn, so a change of load hits all alike
        for kind in KINDS:
            tries = [run_child(kind, args.min_sentences, n) for _ in range(max(1, args.repeat))]
            runs[kind][n] = min(tries, key=lambda r: r["seconds"])
            runs[kind][n]["tries_sentences_per_s"] = [round(sps(r), 1) for r in tries]
            print(f"{kind:<9} x{n:<3} {sps(runs[kind][n]):8.1f} sentences/s", flush=True)
    one = runs["dragoman"][1]
    spacy_one = runs["spacy"][1]
    results = {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
            "processor": platform.processor() or platform.machine(),
            # other users of the CPUs: 1-minute load average before and after the bench
            "load_average_before": round(load_before[0], 2),
            "load_average_after": round(os.getloadavg()[0], 2),
            "bench_seconds": round(time.perf_counter() - started, 1),
        },
        "repeat": args.repeat,  # each cell: the fastest of this many runs (all in tries_sentences_per_s)
        "corpus": {"documents": one["documents"], "sentences": one["sentences"]},
        "spacy": {**spacy_one, "sentences_per_s": round(sps(spacy_one), 1)},
        "dragoman": {
            str(n): {**r, "sentences_per_s": round(sps(r), 1), "documents_per_s": round(r["documents"] / r["seconds"], 2)}
            for n, r in runs["dragoman"].items()
        },
        "dask": {
            str(n): {**r, "sentences_per_s": round(sps(r), 1), "documents_per_s": round(r["documents"] / r["seconds"], 2)}
            for n, r in runs["dask"].items()
        },
        "spacy_processes": {str(n): {**r, "sentences_per_s": round(sps(r), 1)} for n, r in runs["spacy"].items()},
        "ratio_to_spacy_1_process": round(sps(one) / sps(spacy_one), 3),
        "scaling": {str(n): round(sps(r) / sps(one), 2) for n, r in runs["dragoman"].items()},
        "scaling_table": scaling_table(runs),
    }
    tmp = Path(args.output + ".tmp")
    tmp.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    tmp.replace(args.output)
    m = results["machine"]
    print(f"corpus: {one['documents']} documents, {one['sentences']} sentences; {m['cpus']} CPUs, "
          f"load average {m['load_average_before']} before, {m['load_average_after']} after")
    print(f"{'processes':<10}" + "".join(f"{k + ' sent/s':>16}{'×':>7}" for k in KINDS) + f"{'dask start s':>14}")
    for row in results["scaling_table"]:
        print(f"{row['processes']:<10}" + "".join(
            f"{row[k + '_sentences_per_s']:>16.1f}{row[k + '_speedup']:>7.2f}" for k in KINDS)
            + f"{row['dask_startup_seconds']:>14.1f}")
    print(f"end-to-end / bare spaCy (1 process): {results['ratio_to_spacy_1_process']}")
    if one.get("stage_seconds"):
        print("seconds per stage (1 process): " + ", ".join(f"{k} {v:.2f}" for k, v in one["stage_seconds"].items()))
    print(f"written to {args.output}")


if __name__ == "__main__":
    main()
