"""How much each rule of the events stage is used on each set of the development suite.

For every component an event's ``rule`` field names (lexicon entry, argument rules,
modality cue, lexicon source: what ``dragoman eval --by rule`` counts), the events it took
part in and how many of them matched the gold, per set; and for the registry components
that do not name themselves in the ``rule`` field (vetoes, pruners, settlers of
``events/extractor.py``), how often each fired per set: triggers vetoed, candidates
pruned, kept candidates changed.

``--only SET`` keeps the components used on SET that match nothing on the other sets
(sets with the same gold file, such as seeds and seeds-dated, count as SET): the rules
that exist for those texts alone. ``where`` says whether a component is used on SET alone
(``only``) or is also used elsewhere without a match (``no match``).

    .venv/bin/python scripts/rule_usage.py                  # every set, every component
    .venv/bin/python scripts/rule_usage.py --only seeds     # seed-only rules
    .venv/bin/python scripts/rule_usage.py --json usage.json    # keep the table
    .venv/bin/python scripts/rule_usage.py --table usage.json --only seeds   # reread it
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from dragoman.evaluation.suite import by_rule, default_suite_path, load_suite, run_suite
from dragoman.events import extractor as events_extractor


class RegistryCounter:
    """Wraps the vetoes, pruners and settlers of the registry so that each counts how
    often it changes what the stage emits: a veto that returns True, each candidate a
    pruner drops, each kept candidate a settler drops or replaces."""

    def __init__(self):
        self.fired: Counter = Counter()

    def install(self) -> None:
        ex = events_extractor
        ex.VETOES = tuple(replace(c, run=self._veto(c.name, c.run)) for c in ex.VETOES)
        ex.PRUNERS = tuple(replace(c, run=self._pruner(c.name, c.run)) for c in ex.PRUNERS)
        ex.SETTLERS = tuple(replace(c, run=self._settler(c.name, c.run)) for c in ex.SETTLERS)

    def _veto(self, name, run):
        def counted(extractor, entry, tok):
            vetoed = run(extractor, entry, tok)
            self.fired[name] += bool(vetoed)
            return vetoed
        return counted

    def _pruner(self, name, run):
        def counted(candidates):
            kept = run(candidates)
            self.fired[name] += len(candidates) - len(kept)
            return kept
        return counted

    def _settler(self, name, run):
        def counted(best):
            before = dict(best)
            after = run(best)
            self.fired[name] += sum(1 for k, v in before.items() if after.get(k) is not v)
            return after
        return counted


def usage(suite_path: Path, set_names: list[str] | None = None) -> dict:
    """{"sets": [names], "gold": {name: gold path}, "components": {component: {"kind": ...,
    "sets": {name: [emitted, matched] or [fired, None]}}}} over the suite's sets."""
    from dragoman.pipeline import Pipeline

    sets = load_suite(suite_path)
    if set_names:
        unknown = set(set_names) - {s.name for s in sets}
        if unknown:
            raise ValueError(f"{suite_path}: no set named {', '.join(sorted(unknown))}")
        sets = [s for s in sets if s.name in set_names]
    counter = RegistryCounter()
    counter.install()
    pipeline = Pipeline()
    components: dict[str, dict] = {}
    kinds = {c.name: c.stage for c in events_extractor.REGISTRY}
    for gs in sets:
        print(f"extracting {gs.name}", file=sys.stderr)
        counter.fired.clear()
        result = run_suite([gs], pipeline=pipeline)
        for comp, per_set in by_rule(result).items():
            emitted, matched = per_set[gs.name]
            entry = components.setdefault(comp, {"kind": "rule field", "sets": {}})
            entry["sets"][gs.name] = [emitted, matched]
        for name, n in counter.fired.items():
            if n:
                entry = components.setdefault(name, {"kind": kinds[name], "sets": {}})
                entry["sets"][gs.name] = [n, None]
    return {"sets": [s.name for s in sets], "gold": {s.name: str(s.gold) for s in sets}, "components": components}


def read_table(path: Path) -> dict:
    """A table that ``--json`` wrote; raises ``ValueError`` naming the file and the problem."""
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path}: cannot read the table: {exc}") from None
    if not isinstance(table, dict) or not {"sets", "gold", "components"} <= set(table):
        raise ValueError(f"{path}: not a table of rule_usage.py (needs sets, gold, components)")
    return table


def only_on(table: dict, name: str) -> dict:
    """The components used on set ``name`` that match nothing on the sets with another gold
    file, each with ``where``: ``only`` (used nowhere else) or ``no match``."""
    if name not in table["sets"]:
        raise ValueError(f"no set named {name!r} in the run (sets: {', '.join(table['sets'])})")
    same = {s for s in table["sets"] if table["gold"][s] == table["gold"][name]}
    out = {}
    for comp, entry in table["components"].items():
        here = entry["sets"].get(name)
        if not here or not here[0]:
            continue
        others = [v for s, v in entry["sets"].items() if s not in same]
        if any(matched for _, matched in others):
            continue
        if entry["kind"] != "rule field" and others:
            continue  # a veto, pruner or settler that fires elsewhere shapes other texts too
        used_elsewhere = any(n for n, _ in others)
        out[comp] = {**entry, "where": "no match" if used_elsewhere else "only"}
    return {**table, "components": out}


#: Component names are cut to this width in the table (the JSON keeps them whole).
NAME_WIDTH = 72


def format_table(table: dict) -> str:
    names = table["sets"]
    rows = sorted(table["components"].items(), key=lambda kv: (-max(v[0] for v in kv[1]["sets"].values()), kv[0]))
    width = min(max([len(c) for c, _ in rows] + [9]), NAME_WIDTH)
    extra = any("where" in e for _, e in rows)
    head = f"{'component':<{width}}  {'kind':<10}" + "".join(f"{n:>13}" for n in names) + ("  where" if extra else "")
    lines = [head]
    for comp, entry in rows:
        cells = []
        for n in names:
            v = entry["sets"].get(n)
            cells.append("–" if v is None else (str(v[0]) if v[1] is None else f"{v[0]}/{v[1]}"))
        lines.append(f"{comp[:width]:<{width}}  {entry['kind']:<10}" + "".join(f"{c:>13}" for c in cells)
                     + (f"  {entry['where']}" if extra else ""))
    lines.append("rule-field components: events emitted/matched; vetoes, pruners, settlers: times fired")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--suite", type=Path, default=None, help="suite file (default: eval/suite.yaml)")
    parser.add_argument("--sets", default=None, help="comma-separated set names (default: all)")
    parser.add_argument("--only", default=None, help="keep the components used on this set alone")
    parser.add_argument("--json", type=Path, default=None, help="also write the table as JSON here")
    parser.add_argument("--table", type=Path, default=None, help="read a table --json wrote instead of running the suite")
    args = parser.parse_args(argv)
    suite = args.suite or default_suite_path()
    if suite is None and args.table is None:
        print("rule_usage: no suite file (give --suite or run in the repository)", file=sys.stderr)
        return 2
    try:
        table = read_table(args.table) if args.table else usage(suite, args.sets.split(",") if args.sets else None)
        if args.only:
            table = only_on(table, args.only)
    except ValueError as exc:
        print(f"rule_usage: {exc}", file=sys.stderr)
        return 2
    print(format_table(table))
    if args.json:
        args.json.write_text(json.dumps(table, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
