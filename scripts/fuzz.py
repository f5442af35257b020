"""Fuzz the command line: generated inputs of every bad kind, with valid canaries mixed in.

    python scripts/fuzz.py --inputs 10000 --per-call 200 --out fuzz-report.json
    python scripts/fuzz.py --inputs 10000 --out fuzz-report.json --resume --max-rounds 5   # in chunks
    python scripts/fuzz.py --inputs 10000 --jobs 2 --out fuzz-report.json                 # 2 rounds at a time

Each round writes ``--per-call`` generated files into a fresh folder (mutated snippets of
the seed texts, random bytes, encoding mistakes, malformed HTML, JSONL and CSV, deep JSON,
lone surrogates, huge lines, duplicate ids and file stems, invalid UTF-8 file names) and
runs the real ``dragoman run``, ``extract``, ``docs`` and ``actors resolve --input`` on it.
A round fails when a command prints a traceback, exits with a code other than 0, 1 or 2,
runs past its timeout, or loses a canary: a valid document that must be stored (``run``),
yield its events (``extract``), be listed (``docs``), or a valid ``--input`` line that
must get its own output line with its actors (``actors resolve``).

The generator is deterministic for a given ``--seed``; ``generate_round`` is what the
bounded test in ``tests/test_fuzz.py`` calls.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"
DRAGOMAN = [sys.executable, "-m", "dragoman.cli"]

# Sentences that each give at least one event (checked by the canaries of every round).
CANARY_SENTENCES = [
    "India accused China of violating the border agreement on Monday, officials said in New Delhi.",
    "Pakistan's army chief met US officials in Islamabad and promised to act against militants.",
    "Russia threatened to expel British diplomats after the poisoning, the foreign ministry said.",
]
FALLBACK_SNIPPET = " ".join(CANARY_SENTENCES) * 3
EXTREME_DATES = ["0000-00-00", "9999-12-31", "99999-01-01", "-0044-03-15", "2024-02-30", "1-1-1", "20241301",
                 "10000", "0001-01-01", "2024-13", "yesterday", "\ud800", "1e308", "9" * 40]
FORMULAS = ["=cmd|' /C calc'!A0", "@SUM(1+1)", "+1+1", "-2+3", "=HYPERLINK(\"http://x\")", "\t=1", "\r=1"]


def _seed_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] if SEEDS.is_dir() else []
    return texts or [FALLBACK_SNIPPET]


@dataclass
class Canary:
    """A valid input that every command must handle: its document id (or --input line)."""

    doc_id: str
    kind: str  # txt, jsonl, csv, html, line


@dataclass
class Round:
    folder: Path
    canaries: list[Canary] = field(default_factory=list)
    actor_lines: int = 0  # lines in the --input file
    actor_canary_lines: list[int] = field(default_factory=list)  # 0-based indices
    inputs: int = 0  # files and rows/lines generated


class Generator:
    """Deterministic generator of bad inputs; one instance per round."""

    def __init__(self, rng: random.Random, round_no: int, huge: bool = True):
        self.rng = rng
        self.huge = huge  # huge lines (100-200 KB) among the files
        self.round_no = round_no
        self.texts = _seed_texts()
        self.n = 0

    # -------------------------------------------------------------- text pieces
    def snippet(self, lo: int = 80, hi: int = 800) -> str:
        t = self.rng.choice(self.texts)
        a = self.rng.randrange(0, max(1, len(t) - lo))
        return t[a: a + self.rng.randint(lo, hi)]

    def mutate(self, s: str) -> str:
        r = self.rng
        chars = list(s)
        for _ in range(r.randint(1, 12)):
            op = r.randrange(7)
            i = r.randrange(len(chars) + 1)
            if op == 0:
                chars.insert(i, chr(r.choice([0x0, 0x7, 0x1b, 0x7f, 0x85, 0xa0, 0x200b, 0x202e, 0xfeff, 0xfffd,
                                              0x1f600, 0x10ffff, r.randrange(0x20, 0x3000)])))
            elif op == 1 and chars:
                del chars[i % len(chars): i % len(chars) + r.randint(1, 40)]
            elif op == 2 and chars:
                j = r.randrange(len(chars))
                chars[i:i] = chars[j: j + r.randint(1, 200)]
            elif op == 3:
                chars.insert(i, r.choice(["\r", "\r\n", "\n\n", "\u2028", "\x0c", "\t"]))
            elif op == 4:
                chars.insert(i, r.choice(["@Jim White: ", "Comments (3)", "Subscribe now", "Published 99999-01-01",
                                          "Leave a reply", "By ", "Photo: ", "—", "Monday", "in 2024 BC"]))
            elif op == 5:
                chars.insert(i, r.choice(FORMULAS))
            else:
                chars.insert(i, r.choice(["0000-00-00", "31/12/9999", "February 30, 2021", "year 10000", "1 BC"]))
        return "".join(chars)

    def canary(self, kind: str) -> tuple[str, str]:
        self.n += 1
        doc_id = f"canary-r{self.round_no}-{self.n}"
        body = " ".join(self.rng.sample(CANARY_SENTENCES, 2))
        return doc_id, f"{body}\n\nReference {doc_id}.\n"

    # -------------------------------------------------------------- file kinds
    def txt(self) -> bytes:
        return self.mutate(self.snippet()).encode("utf-8", "surrogatepass")

    def random_bytes(self) -> bytes:
        return self.rng.randbytes(self.rng.randint(1, 4000))

    def encoding_mistake(self) -> bytes:
        s = self.snippet() + " café – “quoted” ½ 中文"
        r = self.rng.randrange(8)
        if r == 0:
            return s.encode("latin-1", "replace")
        if r == 1:
            return s.encode("utf-16-le")
        if r == 2:
            return b"\xff\xfe" + s.encode("utf-16-be")  # wrong byte-order mark
        if r == 3:
            return b"\xef\xbb\xbf" + s.encode("cp1252", "replace")
        if r == 4:
            return s.encode("utf-8")[:-1] + b"\xe2\x82"  # truncated multi-byte character
        if r == 5:
            return s.encode("utf-8").decode("latin-1").encode("utf-8")  # double-encoded
        if r == 6:
            return s.encode("utf-32")[: self.rng.randrange(4, 400)]
        return s.encode("utf-8") + b"\x00" * self.rng.randint(1, 3) + s.encode("utf-8")

    def html(self) -> bytes:
        r = self.rng
        body = "".join(f"<p>{self.mutate(self.snippet(40, 400))}</p>" for _ in range(r.randint(1, 5)))
        shapes = [
            f"<html lang='en'><head><title>{self.snippet(10, 60)}</title></head><body>{body}</body></html>",
            "<html " * r.randint(10, 1000) + body,
            "<div>" * r.randint(100, 2000) + body,
            f"<html><head><meta property='article:published_time' content='{r.choice(EXTREME_DATES)}'>"
            f"</head><body><article>{body}</article></body></html>",
            f"<html><body><script>{body}",
            f"<html><body><!-- {body}",
            f"<html><body>{body}<p>Published {r.choice(EXTREME_DATES)}</p><table><tr><td>" * r.randint(1, 50),
            "<" + body.replace("<", "<<").replace(">", ""),
        ]
        return r.choice(shapes).encode("utf-8", "surrogatepass")

    def deep_json(self) -> str:
        depth = self.rng.choice([1000, 5000, 100000])
        inner = "[" * depth + "]" * depth
        return self.rng.choice([inner, '{"text": ' + inner + "}", '{"id": "d", "text": "x", "m": ' + inner + "}"])

    def jsonl_line(self) -> str:
        r = self.rng
        text = self.mutate(self.snippet(40, 600))
        shapes = [
            lambda: json.dumps({"id": str(r.randint(1, 5)), "text": text}),
            lambda: json.dumps({"id": "s", "text": text}).replace("s\"", "\\ud800\"", 1),
            lambda: '{"id": "sur", "text": "' + json.dumps(text)[1:-1] + ' \\udc80 \\ud83d"}',
            lambda: self.deep_json(),
            lambda: "\x00" * r.randint(1, 10),
            lambda: '{"id":\r"cr",\r"text":\r' + json.dumps(text) + "}",
            lambda: json.dumps([text]),
            lambda: json.dumps({"text": r.choice([1, None, [], {}, True])}),
            lambda: json.dumps({"id": "dt", "text": text, "date": r.choice(EXTREME_DATES)}),
            lambda: json.dumps({"id": r.choice(FORMULAS), "text": text, "source": r.choice(FORMULAS)}),
            lambda: json.dumps({"id": "huge", "text": text + " word" * r.randint(1000, 5000)}),
            lambda: text[: r.randint(1, 80)],
            lambda: json.dumps({"text": text})[: r.randint(1, 50)],
        ]
        return r.choice(shapes)()

    def jsonl(self, canaries: list[Canary]) -> bytes:
        lines = [self.jsonl_line() for _ in range(self.rng.randint(1, 12))]
        for _ in range(self.rng.randint(0, 2)):
            doc_id, text = self.canary("jsonl")
            canaries.append(Canary(doc_id, "jsonl"))
            lines.insert(self.rng.randrange(len(lines) + 1), json.dumps({"id": doc_id, "text": text}))
        sep = self.rng.choice(["\n", "\r\n", "\n\n"])
        return sep.join(lines).encode("utf-8", "surrogatepass")

    def csv(self, canaries: list[Canary]) -> bytes:
        import csv
        import io

        r = self.rng
        buf = io.StringIO()
        w = csv.writer(buf)
        header = r.choice([["id", "text", "date", "source"], ["ID", " Text ", "title"], ["id", "body"], ["text"]])
        w.writerow(header)
        for i in range(1, r.randint(2, 10)):
            row = [str(i), self.mutate(self.snippet(40, 500)), r.choice(EXTREME_DATES), r.choice(FORMULAS)]
            w.writerow(row[: len(header)])
        if "id" in header and "text" in header:
            doc_id, text = self.canary("csv")
            canaries.append(Canary(doc_id, "csv"))
            w.writerow([doc_id, text, "2021-03-04", "Canary News"][: len(header)])
        data = buf.getvalue()
        if r.random() < 0.2:
            data = data.replace('"', "", 1)  # an unbalanced quote
        if r.random() < 0.1:
            data += '"' + "x" * r.randint(10, 2000)
        return data.encode("utf-8", "surrogatepass")

    def huge_line(self) -> bytes:
        return (self.snippet() + "word " * self.rng.randint(20000, 40000)).encode("utf-8")

    # -------------------------------------------------------------- a round
    def write_round(self, folder: Path, files: int) -> Round:
        rnd = Round(folder)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "a").mkdir(exist_ok=True)
        (folder / "b").mkdir(exist_ok=True)
        makers = [
            ("txt", self.txt), ("bin.txt", self.random_bytes), ("enc.txt", self.encoding_mistake),
            ("html", self.html), ("jsonl", lambda: self.jsonl(rnd.canaries)),
            ("csv", lambda: self.csv(rnd.canaries)),
        ]
        for i in range(files):
            if i % 25 == 0:
                doc_id, text = self.canary("txt")
                _write(folder / f"{doc_id}.txt", text.encode("utf-8"))
                rnd.canaries.append(Canary(doc_id, "txt"))
                rnd.inputs += 1
                continue
            ext, make = self.rng.choice(makers)
            if i % 97 == 0 and self.huge:
                ext, make = "txt", self.huge_line
            sub = self.rng.choice(["a", "b", ""])  # the same stem in two folders
            stem = f"f{self.rng.randint(0, files // 3)}"
            name = os.fsencode(stem) + (b"\xff\xfe" if i % 31 == 0 else b"") + b"." + ext.split(".")[-1].encode()
            target = os.fsencode(folder / sub) + b"/" + name
            if os.path.exists(target):  # the same stem in one folder: a new name, never an overwrite
                target = os.fsencode(folder / sub) + b"/" + os.fsencode(f"{stem}-{i}") + b"." + name.rsplit(b".", 1)[1]
            _write(Path(os.fsdecode(target)), make())
            rnd.inputs += 1
        for c in rnd.canaries:
            if c.kind != "txt":
                rnd.inputs += 1
        # the command reads one input per LF-terminated line: a generated line with raw LFs
        # inside is several input lines, so canaries are numbered by physical line
        lines: list[str] = []
        for i in range(max(10, files // 4)):
            if i % 5 == 0:
                rnd.actor_canary_lines.append(len(lines))
                lines.append(json.dumps({"text": self.rng.choice(CANARY_SENTENCES)}))
            else:
                lines.extend(self.jsonl_line().split("\n"))
        (folder.parent / f"{folder.name}-actors.jsonl").write_bytes(
            "\n".join(lines).encode("utf-8", "surrogatepass") + b"\n"
        )
        rnd.actor_lines = len(lines)
        rnd.inputs += len(lines)
        return rnd


def _write(path: Path, data: bytes) -> None:
    with open(os.fsencode(path), "wb") as fh:
        fh.write(data)


def generate_round(folder: Path, files: int, seed: int, round_no: int = 0, huge: bool = True) -> Round:
    """Write one round of generated inputs into ``folder`` (deterministic for the seed)."""
    return Generator(random.Random(seed * 100003 + round_no), round_no, huge).write_round(folder, files)


# ------------------------------------------------------------------ running the commands
@dataclass
class Outcome:
    command: str
    documents: int = 0  # stored (run), with events (extract), listed (docs), output lines (actors)
    tracebacks: int = 0
    canaries_lost: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # one line per crash, bad exit or timeout


def _crashed(proc: subprocess.CompletedProcess) -> bool:
    return "Traceback (most recent call last)" in proc.stderr or proc.returncode not in (0, 1, 2)


def _call(args: list[str], timeout: int) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    try:
        return subprocess.run(DRAGOMAN + args, capture_output=True, timeout=timeout, env=env, cwd=REPO,
                              encoding="utf-8", errors="replace")
    except subprocess.TimeoutExpired as exc:
        return subprocess.CompletedProcess(args, 124, exc.stdout or "", f"timed out after {timeout} s")


def call_in_process(args: list[str], timeout: int) -> subprocess.CompletedProcess:
    """Run one command in this process (Typer's test runner), as ``_call`` runs it in a new
    one: the model, knowledge base and gazetteer are loaded once for many calls. An
    exception that escapes the command is written to stderr as the traceback a process
    would print. (No timeout: the caller's own limit applies.)"""
    import traceback

    from typer.testing import CliRunner

    from dragoman.cli import app

    result = CliRunner().invoke(app, args)
    stderr = result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        stderr += "".join(traceback.format_exception(result.exception))
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, stderr)


def _record(out: Outcome, proc: subprocess.CompletedProcess, lost: list[str]) -> None:
    if _crashed(proc):
        out.tracebacks += 1
        tail = [ln for ln in proc.stderr.splitlines() if ln.strip()][-1:] or [f"exit {proc.returncode}"]
        out.failures.append(f"{out.command}: exit {proc.returncode}: {tail[0][:300]}")
    out.canaries_lost.extend(lost)


def _doc_ids(stdout: str) -> set[str]:
    """The ``doc`` of every JSON line (events of ``extract``, documents of ``docs --json``)."""
    ids = set()
    for line in stdout.split("\n"):
        try:
            ids.add(json.loads(line)["doc"])
        except (ValueError, KeyError, TypeError):
            pass
    return ids


def _keep_stderr(out: Outcome, proc: subprocess.CompletedProcess, path: Path) -> None:
    """A failing call's stderr, kept next to the round for a look."""
    if out.tracebacks or out.canaries_lost:
        path.write_text(proc.stderr, encoding="utf-8", errors="replace")


def check_round(rnd: Round, workdir: Path, timeout: int = 600, commands=("run", "extract", "docs", "actors"),
                call=_call) -> list[Outcome]:
    """Run the commands on one round; what each lost or crashed on. ``call`` runs one
    command: a new process each (``_call``, the default) or ``call_in_process``."""
    import duckdb

    outcomes = []
    want = {c.doc_id for c in rnd.canaries}
    if "run" in commands:
        db = workdir / f"{rnd.folder.name}.duckdb"
        proc = call(["run", str(rnd.folder), "--db", str(db), "--no-progress"], timeout)
        stored: set[str] = set()
        if db.exists():
            con = duckdb.connect(str(db), read_only=True)
            stored = {r[0] for r in con.execute("SELECT id FROM documents").fetchall()}
            con.close()
        out = Outcome("run", documents=len(stored))
        _record(out, proc, sorted(want - stored))
        _keep_stderr(out, proc, workdir / f"{rnd.folder.name}-run.stderr")
        outcomes.append(out)
    listings = {"extract": ["extract", str(rnd.folder)], "docs": ["docs", str(rnd.folder), "--json"]}
    for name, args in listings.items():
        if name in commands:
            proc = call(args, timeout)
            listed = _doc_ids(proc.stdout)
            out = Outcome(name, documents=len(listed))
            _record(out, proc, sorted(want - listed))
            _keep_stderr(out, proc, workdir / f"{rnd.folder.name}-{name}.stderr")
            outcomes.append(out)
    if "actors" in commands:
        path = rnd.folder.parent / f"{rnd.folder.name}-actors.jsonl"
        proc = call(["actors", "resolve", "--input", str(path), "--json"], timeout)
        lines = proc.stdout.split("\n")[:-1]  # JSON lines end in LF; U+2028 inside one is not a break
        lost = []
        if len(lines) != rnd.actor_lines:
            lost.append(f"{path.name}: {len(lines)} output lines for {rnd.actor_lines} input lines")
        for i in rnd.actor_canary_lines:
            try:
                ok = bool(json.loads(lines[i])["actors"])
            except (IndexError, ValueError, KeyError, TypeError):
                ok = False
            if not ok:
                lost.append(f"{path.name}: line {i + 1}")
        out = Outcome("actors resolve --input", documents=len(lines))
        _record(out, proc, lost)
        _keep_stderr(out, proc, workdir / f"{rnd.folder.name}-actors.stderr")
        outcomes.append(out)
    return outcomes


def _new_figures() -> dict:
    return {"inputs": 0, "files": 0, "rounds": 0, "next_round": 0, "canaries": 0, "calls": 0, "tracebacks": 0,
            "canaries_lost": 0, "seconds": 0.0, "per_command": {}}


def _generate_and_check(base: Path, args, round_no: int) -> tuple[Round, list[Outcome]]:
    rnd = generate_round(base / f"round{round_no:03d}", args.per_call, args.seed, round_no)
    return rnd, check_round(rnd, base, args.timeout)


def _add_round(totals: dict, failures: list[str], rnd: Round, outcomes: list[Outcome], per_call: int) -> None:
    """Add one checked round to the run's figures."""
    totals["inputs"] += rnd.inputs
    totals["files"] += per_call
    totals["canaries"] += len(rnd.canaries) + len(rnd.actor_canary_lines)
    for o in outcomes:
        per = totals["per_command"].setdefault(o.command, {"calls": 0, "documents": 0, "tracebacks": 0,
                                                           "canaries_lost": 0})
        per["calls"] += 1
        per["documents"] += o.documents
        per["tracebacks"] += o.tracebacks
        per["canaries_lost"] += len(o.canaries_lost)
        totals["calls"] += 1
        totals["tracebacks"] += o.tracebacks
        totals["canaries_lost"] += len(o.canaries_lost)
        failures += o.failures + [f"{o.command}: lost {c}" for c in o.canaries_lost]
    totals["rounds"] += 1


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--inputs", type=int, default=10000, help="Generated inputs in all (files, rows and lines).")
    ap.add_argument("--per-call", type=int, default=200, help="Files per command call.")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=int, default=900, help="Seconds one command may take.")
    ap.add_argument("--keep", help="Keep the generated inputs in this folder.")
    ap.add_argument("--out", help="Write the figures as JSON here (after every round).")
    ap.add_argument("--resume", action="store_true",
                    help="Continue the run whose figures are in --out (same seed): its next round on, its figures added.")
    ap.add_argument("--max-rounds", type=int, help="Stop after this many rounds in this call (a chunk of a long run).")
    ap.add_argument("--jobs", type=int, default=1,
                    help="Rounds checked at once (each in its own processes, folder and store): up to the cores.")
    args = ap.parse_args(argv)
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="dragoman-fuzz-"))
    totals, failures = _new_figures(), []
    if args.resume:
        if not args.out or not Path(args.out).is_file():
            ap.error("--resume needs the --out file of the run to continue")
        earlier = json.loads(Path(args.out).read_text(encoding="utf-8"))
        if earlier.get("seed") != args.seed or earlier.get("per_call") != args.per_call:
            ap.error(f"{args.out}: a run of seed {earlier.get('seed')} and {earlier.get('per_call')} files per call")
        totals, failures = earlier["figures"], earlier["failures"]
    round_no = totals["next_round"]
    started, done_here = time.time(), 0
    jobs = max(1, args.jobs)
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        while totals["inputs"] < args.inputs and (args.max_rounds is None or done_here < args.max_rounds):
            # ``jobs`` rounds at once (each its own folder and store), then their figures in round order
            count = jobs if args.max_rounds is None else min(jobs, args.max_rounds - done_here)
            numbers = range(round_no, round_no + count)
            checked = list(pool.map(lambda n: _generate_and_check(base, args, n), numbers))
            for rnd, outcomes in checked:
                _add_round(totals, failures, rnd, outcomes, args.per_call)
            round_no += count
            done_here += count
            totals["next_round"] = round_no
            totals["seconds"] = round(totals["seconds"] + time.time() - started, 1)
            started = time.time()
            report = {"seed": args.seed, "per_call": args.per_call, "figures": totals, "failures": failures[:200],
                      "inputs_folder": str(base)}
            if args.out:  # the figures so far, after every round (every ``jobs`` rounds)
                Path(args.out).write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
            print(f"round {round_no}: {totals['inputs']} inputs, {totals['tracebacks']} tracebacks, "
                  f"{totals['canaries_lost']} canaries lost ({totals['seconds']:.0f} s)", flush=True)
    print(json.dumps({"seed": args.seed, "per_call": args.per_call, "figures": totals, "failures": failures[:200]},
                     indent=1, ensure_ascii=False))
    return 1 if totals["tracebacks"] or totals["canaries_lost"] else 0


if __name__ == "__main__":
    sys.exit(main())
