"""What a set loses without a rule: each component disabled in turn (or a group of them
together), the set re-extracted from the same parses and scored against its gold.

The components come from a table of ``scripts/rule_usage.py --json`` (typically after
``--only seeds``). How each is disabled:

- a lexicon entry with rows in a data file: its rows are left out of the lexicon (a less
  specific row of the same word may then take over);
- a registry component of ``events/extractor.py`` (proposer, veto, pruner, settler): a no-op;
- a modality cue (``modality:...``): the candidates it decided are read as asserted;
- any other name of the ``rule`` field (argument rules, built-in entries): the candidates
  that carry it are dropped before the conflict policy. This bounds the loss from above: a
  branch removed from the code could still leave a fallback reading.

Nothing in the tree is changed; one process, the spaCy pass done once per set.

    .venv/bin/python scripts/rule_usage.py --only seeds --json seed_only.json
    .venv/bin/python scripts/rule_ablation.py seed_only.json --sets seeds,dev
    .venv/bin/python scripts/rule_ablation.py seed_only.json --sets seeds --together
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from dragoman.evaluation.scoring import load_jsonl, score
from dragoman.evaluation.suite import default_suite_path, load_suite
from dragoman.events import extractor as events_extractor

#: The module attribute of ``events/extractor.py`` that holds each stage's components.
STAGE_ATTRIBUTES = {"propose": "PROPOSERS", "veto": "VETOES", "prune": "PRUNERS", "settle": "SETTLERS"}
FIGURES = ("n_pred", "event_p", "event_r", "event_f1", "type_f1", "modality_acc")
NO_OPS = {
    "propose": lambda extractor, ctx: [],
    "veto": lambda extractor, entry, tok: False,
    "prune": lambda candidates: candidates,
    "settle": lambda best: best,
}


class AblatedExtractor(events_extractor.EventExtractor):
    """The events stage less the candidates of some rules, with some modality cues unread."""

    def __init__(self, *args, dropped_rules=(), dropped_entries=(), unread_cues=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.dropped_rules, self.dropped_entries, self.unread_cues = set(dropped_rules), set(dropped_entries), set(unread_cues)

    def _sentence_candidates(self, ctx):
        out = [c for c in super()._sentence_candidates(ctx)
               if not self.dropped_rules & set(c.rules) and c.entry.key not in self.dropped_entries]
        return [replace(c, modality="asserted", modality_cue="") if c.modality_cue in self.unread_cues else c for c in out]


class Ablation:
    """One pipeline and the parsed documents of some suite sets; ``score(components)``
    scores every set with those components disabled."""

    def __init__(self, sets):
        from dragoman.api import load_documents
        from dragoman.events.lexicon import TriggerLexicon
        from dragoman.pipeline import Pipeline

        self.pipeline = Pipeline()
        self.lexicon = TriggerLexicon.default()
        self.registry = {c.name: c for c in events_extractor.REGISTRY}
        self.stages = {stage: getattr(events_extractor, attribute) for stage, attribute in STAGE_ATTRIBUTES.items()}
        self.parsed = {}
        for gs in sets:
            docs, _ = load_documents(gs.inputs)
            sdocs = self.pipeline.nlp.pipe([d.body for d in docs], batch_size=self.pipeline.batch_size)
            self.parsed[gs.name] = (load_jsonl(gs.gold), list(zip(docs, sdocs)))

    def how(self, component: str) -> str:
        """How ``component`` is disabled, in words."""
        if component in self.registry:
            return f"{self.registry[component].stage} component off"
        if component.startswith("modality:"):
            return "cue read as asserted"
        if any(e.key == component for e in self.lexicon.entries):
            return "rows left out"
        return "its candidates dropped"

    def score(self, components=()) -> dict:
        """{set name: figures} with ``components`` disabled (none: the baseline)."""
        from dragoman.events.lexicon import TriggerLexicon
        from dragoman.places.place_actors import PlaceActor

        kinds = {c: self.how(c) for c in components}
        off = {c for c, how in kinds.items() if how.endswith("component off")}
        for stage, original in self.stages.items():
            setattr(events_extractor, STAGE_ATTRIBUTES[stage],
                    tuple(replace(c, run=NO_OPS[stage]) if c.name in off else c for c in original))
        rows_out = {c for c, how in kinds.items() if how == "rows left out"}
        lexicon = TriggerLexicon([e for e in self.lexicon.entries if e.key not in rows_out]) if rows_out else self.lexicon
        dropped = {c for c, how in kinds.items() if how == "its candidates dropped"}
        self.pipeline.extractor = AblatedExtractor(
            lexicon=lexicon, place_actor=PlaceActor(self.pipeline.kb), dropped_rules=dropped, dropped_entries=dropped,
            unread_cues={c[len("modality:"):] for c, how in kinds.items() if how == "cue read as asserted"})
        try:
            out = {}
            for name, (gold, pairs) in self.parsed.items():
                predictions = [e.to_output() for doc, sdoc in pairs for e in self.pipeline._analyse(doc, sdoc).events]
                report = score(gold, predictions).to_json()
                out[name] = {k: report[k] for k in FIGURES}
            return out
        finally:
            for stage, original in self.stages.items():
                setattr(events_extractor, STAGE_ATTRIBUTES[stage], original)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("table", type=Path, help="a table of scripts/rule_usage.py --json")
    parser.add_argument("--suite", type=Path, default=None, help="suite file (default: eval/suite.yaml)")
    parser.add_argument("--sets", default="seeds", help="comma-separated set names to score (default: seeds)")
    parser.add_argument("--together", action="store_true", help="disable all the table's components at once")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures as JSON here")
    args = parser.parse_args(argv)
    try:
        table = json.loads(args.table.read_text(encoding="utf-8"))
        components = [c for c in table["components"] if not c.startswith("source:")]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"rule_ablation: {args.table}: not a table of rule_usage.py: {exc}", file=sys.stderr)
        return 2
    suite = args.suite or default_suite_path()
    try:
        if suite is None:
            raise ValueError("no suite file (give --suite or run in the repository)")
        wanted = args.sets.split(",")
        sets = [s for s in load_suite(suite) if s.name in wanted]
        missing = set(wanted) - {s.name for s in sets}
        if missing:
            raise ValueError(f"{suite}: no set named {', '.join(sorted(missing))}")
    except ValueError as exc:
        print(f"rule_ablation: {exc}", file=sys.stderr)
        return 2
    ablation = Ablation(sets)
    results = {"(baseline)": {"how": "", "sets": ablation.score()}}
    groups = [("(all together)", components)] if args.together else [(c, [c]) for c in components]
    for name, members in groups:
        results[name] = {"how": "; ".join(sorted({ablation.how(c) for c in members})), "sets": ablation.score(members)}
    base = results["(baseline)"]["sets"]
    for name, r in results.items():
        cells = "  ".join(f"{s} F1 {v['event_f1']:.3f} ({v['event_f1'] - base[s]['event_f1']:+.3f}) {v['n_pred']} ev"
                          for s, v in r["sets"].items())
        print(f"{name[:60]:<60}  {cells}  {r['how']}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
