"""The development suite: every gold set scored in one call (``dragoman eval``).

A suite file (YAML, ``eval/suite.yaml`` in the repository) lists gold sets, each with the
inputs its events are extracted from; paths are relative to the suite file::

    sets:
      - name: dev
        gold: ../../shared/gold/dev.jsonl
        inputs: [../../shared/corpus/feeds/dev.jsonl]
        calibrate: true        # its precision feeds the confidence calibration
      - name: acled
        gold: ../../shared/gold/acled/gold.jsonl
        inputs: [../../shared/gold/acled/input.jsonl]
        recall_only: true      # one gold event per note: precision is a lower bound
        whole_notes: true      # a gold sentence is the whole note: a sentence inside it matches

Each distinct input list is extracted once (one pipeline for the whole suite), then
scored against its gold set with :func:`dragoman.evaluation.score`. ``by_rule`` counts,
for every rule component named in an event's ``rule`` field (the lexicon entry, the
argument rules, the modality cue) and for every lexicon source, how many events it
took part in on each set and how many of those matched the gold.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

import yaml

from dragoman.evaluation.scoring import EvalReport, load_jsonl, score

SUITE_ENV = "DRAGOMAN_SUITE"
SUITE_RELATIVE = Path("eval") / "suite.yaml"


@dataclass(frozen=True)
class GoldSet:
    """One gold set of the suite and the inputs its predictions come from."""

    name: str
    gold: Path
    inputs: tuple[Path, ...]
    recall_only: bool = False
    calibrate: bool = False
    whole_notes: bool = False
    note: str = ""


@dataclass
class SetResult:
    gold_set: GoldSet
    report: EvalReport
    predictions: list[dict]
    problems: int = 0

    def hits(self) -> list[tuple[dict, bool]]:
        """Each prediction with whether the event matching paired it with a gold event."""
        matched = {pj for _, pj in self.report.matches}
        return [(p, j in matched) for j, p in enumerate(self.predictions)]


@dataclass
class SuiteResult:
    sets: list[SetResult] = field(default_factory=list)

    def by_name(self) -> dict[str, SetResult]:
        return {s.gold_set.name: s for s in self.sets}


def default_suite_path() -> Optional[Path]:
    """``$DRAGOMAN_SUITE``, else ``eval/suite.yaml`` under the working directory, else
    the one beside this source tree (an editable install of the repository)."""
    env = os.environ.get(SUITE_ENV)
    candidates = [Path(env)] if env else []
    candidates += [Path.cwd() / SUITE_RELATIVE, Path(__file__).resolve().parents[3] / SUITE_RELATIVE]
    return next((p for p in candidates if p.is_file()), None)


def load_suite(path: str | Path) -> list[GoldSet]:
    """Read a suite file; raises ``ValueError`` naming the file and the problem."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot read the suite: {exc}") from None
    rows = data.get("sets") if isinstance(data, dict) else None
    if not isinstance(rows, list) or not rows:
        raise ValueError(f"{path}: a suite needs a non-empty 'sets' list")
    base = path.resolve().parent
    sets: list[GoldSet] = []
    for n, row in enumerate(rows, start=1):
        if not isinstance(row, dict) or not row.get("name") or not row.get("gold") or not row.get("inputs"):
            raise ValueError(f"{path}: set {n} needs 'name', 'gold' and 'inputs'")
        inputs = row["inputs"] if isinstance(row["inputs"], list) else [row["inputs"]]
        gs = GoldSet(
            name=str(row["name"]),
            gold=(base / row["gold"]).resolve(),
            inputs=tuple((base / p).resolve() for p in inputs),
            recall_only=bool(row.get("recall_only", False)),
            calibrate=bool(row.get("calibrate", False)),
            whole_notes=bool(row.get("whole_notes", False)),
            note=str(row.get("note", "")),
        )
        for p in (gs.gold, *gs.inputs):
            if not p.exists():
                raise ValueError(f"{path}: set '{gs.name}': {p} does not exist")
        sets.append(gs)
    return sets


def run_suite(
    sets: list[GoldSet],
    alias_resolver: Optional[Callable[[str], Optional[str]]] = None,
    pipeline=None,
    progress: Optional[Callable[[str], None]] = None,
) -> SuiteResult:
    """Extract each distinct input list once and score every set against its gold."""
    from dragoman.api import events_of, extract_documents, load_documents
    from dragoman.pipeline import Pipeline

    pipeline = pipeline or Pipeline()
    cache: dict[tuple[Path, ...], tuple[list[dict], int]] = {}
    result = SuiteResult()
    for gs in sets:
        if gs.inputs not in cache:
            if progress:
                progress(f"extracting {gs.name}")
            docs, problems = load_documents(gs.inputs)
            results = extract_documents(docs, pipeline, problems=problems)
            cache[gs.inputs] = ([e.to_output() for e in events_of(results)], len(problems))
        predictions, n_problems = cache[gs.inputs]
        report = score(load_jsonl(gs.gold), predictions, alias_resolver=alias_resolver, whole_notes=gs.whole_notes)
        result.sets.append(SetResult(gs, report, predictions, n_problems))
    return result


def rule_components(rule: Optional[str]) -> list[str]:
    """The components an event's ``rule`` field names, plus its lexicon source
    (``source:lexicon``, ``source:lexicon-petrarch``...)."""
    parts = [p.strip() for p in (rule or "").split(";") if p.strip()]
    sources = {"source:" + p.split(":", 1)[0] for p in parts if p.startswith("lexicon")}
    return parts + sorted(sources)


def by_rule(result: SuiteResult) -> dict[str, dict[str, tuple[int, int]]]:
    """component -> set name -> (events emitted, events matched)."""
    table: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    for sr in result.sets:
        emitted: Counter = Counter()
        hits: Counter = Counter()
        for pred, hit in sr.hits():
            for comp in set(rule_components(pred.get("rule"))):
                emitted[comp] += 1
                hits[comp] += hit
        for comp, n in emitted.items():
            table[comp][sr.gold_set.name] = (n, hits[comp])
    return dict(table)


# ----------------------------------------------------------------------- text

_COLUMNS = (
    ("gold", "n_gold", "d"), ("pred", "n_pred", "d"), ("P", "event_p", "f"), ("R", "event_r", "f"),
    ("F1", "event_f1", "f"), ("typeF1", "type_f1", "f"), ("typeR", "type_r", "f"), ("dyad", "dyad_acc", "f"),
    ("sector", "sector_acc", "f"), ("modal", "modality_acc", "f"), ("date", "date_acc", "f"),
    ("place", "location_acc", "f"), ("a.cty", "actor_country_acc", "f"), ("a.sec", "actor_sector_acc", "f"),
)


def _cell(value: Any, kind: str, recall_only: bool, key: str) -> str:
    if value is None:
        return "–"
    if recall_only and key in ("event_p", "event_f1", "type_f1"):
        return f"({value:.2f})"
    return str(value) if kind == "d" else f"{value:.2f}"


def format_suite(result: SuiteResult, by: Optional[str] = None) -> str:
    """One table, a row per set; ``by='type'`` adds per-type P/R per set, ``by='rule'``
    the rule components with events emitted/matched per set."""
    name_w = max(len(s.gold_set.name) for s in result.sets) + 2
    head = f"{'set':<{name_w}}" + "".join(f"{c:>8}" for c, _, _ in _COLUMNS)
    lines = [head]
    for sr in result.sets:
        r = sr.report.to_json()
        lines.append(f"{sr.gold_set.name:<{name_w}}" + "".join(
            f"{_cell(r[k], kind, sr.gold_set.recall_only, k):>8}" for _, k, kind in _COLUMNS))
    if any(s.gold_set.recall_only for s in result.sets):
        lines.append("(…) a recall-only set: one gold event per note, so precision is a lower bound.")
    if by == "type":
        for sr in result.sets:
            lines += ["", f"{sr.gold_set.name}: {'type':<10}{'gold':>6}{'pred':>6}{'match':>7}{'P':>7}{'R':>7}{'F1':>7}"]
            for t, s in sorted(sr.report.per_type.items()):
                cells = "".join(f"{_cell(v, 'f', False, ''):>7}" for v in (s.p, s.r, s.f1))
                lines.append(f"{'':<{len(sr.gold_set.name) + 2}}{t or '(none)':<10}{s.n_gold:>6}{s.n_pred:>6}{s.n_matched:>7}{cells}")
    elif by == "rule":
        table = by_rule(result)
        names = [s.gold_set.name for s in result.sets]
        lines += ["", "rule component: events emitted / matched per set"]
        lines.append(f"{'component':<70}" + "".join(f"{n:>14}" for n in names))
        order = sorted(table, key=lambda c: (-sum(v[0] for v in table[c].values()), c))
        for comp in order:
            cells = "".join(f"{'%d/%d' % table[comp][n] if n in table[comp] else '–':>14}" for n in names)
            lines.append(f"{comp[:69]:<70}{cells}")
    return "\n".join(lines) + "\n"
