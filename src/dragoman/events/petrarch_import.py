"""Compile PETRARCH2's CAMEO verb dictionary into trigger-lexicon rows.

``dragoman lexicon import-petrarch CAMEO.2.0.txt`` writes
``data/lexicons/triggers_petrarch.csv``, which the trigger lexicon loads as a second
source below the hand-written ``triggers.csv`` (see :mod:`dragoman.events.lexicon`).

How a dictionary entry becomes a row:

- a verb line (``ASK [020]``, ``+ASK_FOR``, ``+TAKE_LEAVE``) gives the verb's lemma (the
  spaCy model's lemmatizer, as the matcher sees text), its particle or fixed object
  (the word joined to it by ``_``), and its own code or the block's;
- a pattern (``- * SANCTIONS [163]``) holds for every verb of its block and becomes the
  same row with an object (``* NOUN``), a particle (``* UP``, ``* UP NOUN``), a
  prepositional object (``* (INTO ALLEGATION)``: particle ``into``, object
  ``allegation``), or a bare preposition where the target sits (``* (AGAINST)``,
  ``* NOUN (WITH +)``); a synonym set (``&WEAPON``) stands for each of its one-word
  members;
- the CAMEO code goes to a PLOVER type and mode through the ontology's crosswalk
  (``data/ontology/cameo_plover.csv``); a paired code (``[042:043]``) keeps its first
  half, the act of the verb's subject.

What does not translate is skipped and counted by reason (:data:`SKIP_REASONS`):
patterns with words before the verb (the subject side), noun phrases of several words
(``{HUMANITARIAN AID}``: the matcher has no modifier constraint for a verb's object),
patterns of more than one constraint, source or wildcard positions (``$``, ``^``),
hyphenated words, prefixed verbs (``RE_+ARREST``), codes with no PLOVER event.

General filters then drop classes of rows whose readings are mostly not events
(:data:`FILTERS`; what each class fired and matched on the development suite is in
docs/events.md, "Lexicon sources"):

- ``general-verb``: the bare reading (no object, particle or preposition) of a light or
  very general English verb (:data:`GENERAL_VERBS`): "say", "make", "take" code
  nothing by themselves (this and the other word lists are data, in
  ``data/lexicons/petrarch_import.yaml``);
- ``many-readings``: the bare reading of a verb whose own block's patterns spread over
  :data:`MANY_ROOTS` or more CAMEO root codes: the dictionary itself says the verb means
  nothing definite without its pattern;
- ``bare-non-force``: any other bare reading coded outside the use of force (CAMEO
  roots 01-17). A block's code is inherited by all its WordNet synonyms ("think" and
  "consider" consult, "intervene" gives aid, "aim" agrees, "fail" rejects), and by its
  phrasal verbs with no code of their own ("pay for" in FINANCE); only verbs of
  violence ("die", "repel", "ram": roots 18-20) name their act by themselves;
- ``other-synonym``: a pattern whose comment names the verb it was written for
  (``- * &WEAPON [194] # RUSH``) is kept for that verb only, not spread over the
  block's other synonyms ("use", "control", "direct" an attack do not threaten);
  a pattern that names no verb of its block holds for the whole block, as in PETRARCH;
- ``preposition-only``: a row whose only constraint is a bare preposition
  (``* (TO)``: "lead to", "head to", "leave for" as visits), which says almost nothing
  about the act.

Every row gets :data:`DEFAULT_CONFIDENCE`, to be replaced by measured precision.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from dragoman.events.ontology import Ontology
from dragoman.events.petrarch_reader import NULL_CODE, Pattern, Verb, VerbBlock, VerbDictionary, read_verb_dictionary

DEFAULT_CONFIDENCE = 0.5
HEADER = ["lemma", "pos", "type", "mode", "cameo", "object", "particle", "target_prep", "complement",
          "confidence", "notes"]


def _word_lists() -> dict:
    """The importer's word lists and thresholds (``data/lexicons/petrarch_import.yaml``)."""
    import yaml

    from dragoman.data_files import data_path

    with open(data_path("lexicons", "petrarch_import.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


_LISTS = _word_lists()
# words that follow a verb as its particle ("set up", "call off")
PARTICLES = frozenset(_LISTS["particles"])
# prepositions a multi-word verb may end in ("ask for", "scoff at")
PREPOSITIONS = frozenset(_LISTS["prepositions"])
# light and very general verbs: by themselves they say nothing about an act
GENERAL_VERBS = frozenset(_LISTS["general_verbs"])
MANY_ROOTS = int(_LISTS["many_roots"])
# CAMEO roots of the use of force, whose verbs name their act without a pattern
FORCE_ROOTS = frozenset(str(r) for r in _LISTS["force_roots"])

SKIP_REASONS = {
    "subject-side": "words before the verb (the subject side of the clause)",
    "noun-phrase": "a noun phrase of several words ({...}); the matcher constrains a verb's object by its head only",
    "deep": "more than one object, particle or prepositional constraint",
    "actor-position": "a source or wildcard position ($, ^, %) or a target outside a preposition",
    "hyphenated": "a hyphenated word (the tokenizer splits it)",
    "prefixed-verb": "a verb with a word before it (RE_+ARREST, WIRE_+TAP)",
    "two-particles": "a pattern particle on a verb that has its own (ASK_FOR * (TO ...); verb-pattern pairs)",
    "null-code": "code [---]: the pattern marks a reading that is no event",
    "reverse-only": "a paired code with no first half ([:173]): the act of the target",
    "no-plover-event": "a CAMEO code PLOVER does not code (01x public statements)",
    "unknown-code": "a code that is no CAMEO code",
    "later-block": "the verb is listed again in a later block (PETRARCH keeps its first block)",
    "overridden": "lines whose reading (verb and constraints) a later line codes otherwise",
}
FILTERS = {
    "general-verb": "bare reading of a light or general verb (GENERAL_VERBS)",
    "many-readings": f"bare reading of a verb whose block's patterns span {MANY_ROOTS}+ CAMEO roots",
    "bare-non-force": "bare reading coded outside the use of force (FORCE_ROOTS)",
    "preposition-only": "a bare preposition as the only constraint (* (TO))",
    "other-synonym": "a pattern given to a synonym of the verb its comment names (verb-pattern pairs)",
}

Lemmatizer = Callable[[str, str], str]


@dataclass(frozen=True)
class Constraint:
    """What a pattern (or a multi-word verb) requires around the verb."""

    objects: tuple[str, ...] = ()
    particle: Optional[str] = None
    target_prep: Optional[str] = None

    @property
    def bare(self) -> bool:
        return not (self.objects or self.particle or self.target_prep)


@dataclass
class CompiledRow:
    lemma: str
    type: str
    mode: Optional[str]
    cameo: str
    particle: Optional[str]
    target_prep: Optional[str]
    objects: set[str] = field(default_factory=set)
    lines: list[int] = field(default_factory=list)
    block: str = ""

    def as_csv(self) -> list[str]:
        lines = ",".join(str(n) for n in sorted(set(self.lines))[:6])
        more = "..." if len(set(self.lines)) > 6 else ""
        return [self.lemma, "VERB", self.type, self.mode or "", self.cameo, "|".join(sorted(self.objects)),
                self.particle or "", self.target_prep or "", "", f"{DEFAULT_CONFIDENCE:.2f}",
                f"petrarch {self.block} L{lines}{more}"]


@dataclass
class ImportReport:
    source: str
    blocks: int = 0
    verbs: int = 0
    patterns: int = 0
    rows: list[CompiledRow] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)
    filtered: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    written: Optional[str] = None

    def by_type(self) -> Counter:
        return Counter(r.type for r in self.rows)

    def __str__(self) -> str:
        lines = [f"{self.source}: {self.blocks} verb blocks, {self.verbs} verb lines, {self.patterns} patterns",
                 f"compiled {len(self.rows)} rows" + (f" into {self.written}" if self.written else "")]
        lines.append("  by type: " + ", ".join(f"{t} {n}" for t, n in sorted(self.by_type().items())))
        for reason, n in self.skipped.most_common():
            lines.append(f"  skipped {n:5d} {reason}: {SKIP_REASONS.get(reason, reason)}")
        for name, n in self.filtered.most_common():
            lines.append(f"  filtered {n:4d} {name}: {FILTERS.get(name, name)}")
        lines.extend(f"  problem: {p}" for p in self.problems)
        return "\n".join(lines)


# ---------------------------------------------------------------- lemmas
def spacy_lemmatizer(nlp=None) -> Lemmatizer:
    """A (word, POS) -> lemma function backed by the project's spaCy model, giving a
    dictionary word the lemma the matcher will see for it in text.

    A verb the model knows as a lemma ("address", "feed") is a base form and is its own
    lemma; any other word goes through the model's rules and exceptions ("burnt" ->
    "burn", "sanctions" -> "sanction", "talks" -> "talk"), keeping a result only when
    the model knows it ("analysis" stays, not "analysi")."""
    from spacy.tokens import Doc

    from dragoman.nlp import load_model

    nlp = nlp or load_model()
    lemmatizer = nlp.get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    cache: dict[tuple[str, str], str] = {}

    def lemma(word: str, pos: str) -> str:
        key = (word.lower(), pos)
        if key not in cache:
            known = index.get(pos.lower(), {})
            if pos == "VERB" and key[0] in known:
                cache[key] = key[0]
            else:
                forms = lemmatizer.rule_lemmatize(Doc(nlp.vocab, words=[key[0]], pos=[pos])[0])
                cache[key] = next((f for f in forms if f in known), key[0])
        return cache[key]

    return lemma


# ---------------------------------------------------------------- patterns
def _clean(word: str) -> str:
    return word.strip("_").replace("_", " ").lower()


def _members(word: str, synsets: dict[str, list[str]]) -> tuple[list[str], int]:
    """One-word readings of a pattern word: a synonym set's members (several-word
    members are left out and counted), or the word itself."""
    if not word.startswith("&"):
        return ([_clean(word)] if _clean(word) else []), 0
    members = synsets.get(word, synsets.get(word.rstrip("_"), []))
    single = [_clean(m) for m in members if _clean(m) and " " not in _clean(m) and "-" not in m]
    return single, len(members) - len(single)


def translate_pattern(post: tuple[str, ...], synsets: dict[str, list[str]]) -> tuple[Optional[Constraint], str]:
    """The constraint a pattern's object side (after ``*``) expresses, or None and the
    reason it does not translate."""
    words: list[str] = []
    preps: list[tuple[str, list[str]]] = []
    depth = 0
    for raw in post:
        if "{" in raw or "}" in raw:
            return None, "noun-phrase"
        opens, closes = raw.startswith("("), raw.endswith(")")
        token = raw.strip("()")
        if opens:
            depth += 1
            preps.append((token.lower(), []))
        elif depth and token:
            preps[-1][1].append(token)
        elif token:
            words.append(token)
        if closes:
            depth = max(0, depth - 1)
    everything = words + [w for _, ws in preps for w in ws]
    if any(w in ("$", "^", "%") for w in everything) or "+" in words:
        return None, "actor-position"
    if any("-" in w for w in everything):
        return None, "hyphenated"
    if len(preps) > 1 or any(w.lower() in PREPOSITIONS and w.lower() not in PARTICLES for w in words):
        return None, "deep"  # several phrases, or a preposition written without its brackets
    particle = next((w.lower() for w in words if w.lower() in PARTICLES), None) if words else None
    nouns = [w for w in words if w.lower() != particle]
    if len(nouns) > 1 or (particle and len(words) > 2):
        return None, "deep"
    target_prep = None
    if preps:
        prep, inside = preps[0]
        inside = [w for w in inside if w != "+"]
        if len(inside) > 1:
            return None, "deep"
        if inside:  # a prepositional object: "look into allegations"
            if nouns or particle:
                return None, "deep"
            particle, nouns = prep, inside
        elif not nouns and not particle:
            particle = target_prep = prep  # "rally against": the preposition must be there
        else:
            target_prep = prep
    objects: list[str] = []
    for noun in nouns:
        members, _ = _members(noun, synsets)
        if not members:
            return None, "noun-phrase"
        objects.extend(members)
    return Constraint(objects=tuple(objects), particle=particle, target_prep=target_prep), ""


def verb_constraint(verb: Verb) -> tuple[Optional[Constraint], str]:
    """What a multi-word verb fixes ("ask for": particle; "take leave": object)."""
    if verb.before:
        return None, "prefixed-verb"
    after = [w.lower() for w in verb.after]
    if not after:
        return Constraint(), ""
    if len(after) > 1:
        return None, "deep"
    word = after[0]
    if word in PARTICLES or word in PREPOSITIONS:
        return Constraint(particle=word), ""
    return Constraint(objects=(word,)), ""


def first_code(code: str) -> tuple[Optional[str], str]:
    """The code of the verb's subject's act in a (possibly paired) code."""
    head = code.split(":")[0].strip()
    if code.strip() == NULL_CODE or head == NULL_CODE:
        return None, "null-code"
    if not head:
        return None, "reverse-only"
    if not head.isdigit():
        return None, "unknown-code"
    return head, ""


# ---------------------------------------------------------------- compile
class _Compiler:
    def __init__(self, dictionary: VerbDictionary, ontology: Ontology, lemma: Lemmatizer, report: ImportReport):
        self.dictionary = dictionary
        self.ontology = ontology
        self.lemma = lemma
        self.report = report
        # (lemma, particle, target_prep, object or "") -> row key: later patterns override
        self.readings: dict[tuple, tuple[tuple, int, str]] = {}
        self.overridden: set[int] = set()  # lines whose reading a later line recoded

    def run(self) -> list[CompiledRow]:
        owner: dict[str, str] = {}
        for block in self.dictionary.blocks:
            roots = {c[:2] for c in (first_code(p.code)[0] for p in block.patterns) if c}
            many = len(roots) >= MANY_ROOTS
            patterns = [self._pattern(p) for p in block.patterns if not self._skips_subject(p)]
            patterns = [(p, c, placed) for p, c, placed in patterns if c is not None]
            heads = {v.head_word for v in block.verbs}
            for verb in block.verbs:
                lemma = self.lemma(verb.head_word, "VERB")
                if owner.setdefault(lemma, block.name) != block.name:
                    self.report.skipped["later-block"] += 1
                    continue
                fixed, reason = verb_constraint(verb)
                if fixed is None:
                    self.report.skipped[reason] += 1
                    continue
                code = verb.code or block.code
                if code and code != NULL_CODE:
                    placed = self._placement(code)
                    if placed is not None:
                        # a verb that inherits the block's code reads as a bare verb even
                        # with its particle ("pay for" in FINANCE [061])
                        self._add(lemma, fixed, placed, verb.line, block, many,
                                  as_bare=fixed.bare or (verb.code is None and not fixed.objects))
                for pattern, constraint, placed in patterns:
                    named = heads.intersection(pattern.origin)
                    if named and verb.head_word not in named:
                        self.report.filtered["other-synonym"] += 1
                        continue
                    merged = self._merge(fixed, constraint)
                    if merged is None:
                        self.report.skipped["two-particles"] += 1
                        continue
                    self._add(lemma, merged, placed, pattern.line, block, many)
        return self._rows()

    def _skips_subject(self, pattern: Pattern) -> bool:
        if pattern.pre:
            self.report.skipped["subject-side"] += 1
            return True
        return False

    def _pattern(self, pattern: Pattern) -> tuple[Pattern, Optional[Constraint], Optional[tuple]]:
        placed = self._placement(pattern.code)
        if placed is None:
            return pattern, None, None
        constraint, reason = translate_pattern(pattern.post, self.dictionary.synsets)
        if constraint is None:
            self.report.skipped[reason] += 1
            return pattern, None, None
        objects = tuple(dict.fromkeys(self.lemma(o, "NOUN") for o in constraint.objects))
        return pattern, Constraint(objects=objects, particle=constraint.particle,
                                   target_prep=constraint.target_prep), placed

    def _placement(self, code: str) -> Optional[tuple[str, str, Optional[str]]]:
        """(cameo, type, mode) of a dictionary code, or None (counted) when it has none."""
        cameo, reason = first_code(code)
        if cameo is not None and cameo not in self.ontology.crosswalk:
            cameo, reason = None, "unknown-code"
        placed = self.ontology.plover_of(cameo) if cameo else None
        if cameo is not None and placed is None:
            reason = "no-plover-event"
        if placed is None:
            self.report.skipped[reason] += 1
            return None
        return cameo, placed[0], placed[1]

    @staticmethod
    def _merge(fixed: Constraint, pattern: Constraint) -> Optional[Constraint]:
        if fixed.particle and pattern.particle and fixed.particle != pattern.particle:
            return None
        if fixed.objects and pattern.objects:
            return None
        return Constraint(objects=fixed.objects or pattern.objects, particle=fixed.particle or pattern.particle,
                          target_prep=pattern.target_prep or fixed.target_prep)

    def _add(self, lemma: str, constraint: Constraint, placed: tuple[str, str, Optional[str]], line: int,
             block: VerbBlock, many_readings: bool, as_bare: bool = False) -> None:
        if constraint.bare or as_bare:
            if lemma in GENERAL_VERBS:
                self.report.filtered["general-verb"] += 1
                return
            if many_readings:
                self.report.filtered["many-readings"] += 1
                return
            if placed[0][:2] not in FORCE_ROOTS:
                self.report.filtered["bare-non-force"] += 1
                return
        elif not constraint.objects and constraint.particle == constraint.target_prep:
            self.report.filtered["preposition-only"] += 1
            return
        cameo, type_, mode = placed
        key = (lemma, constraint.particle, constraint.target_prep, cameo, type_, mode, bool(constraint.objects))
        for obj in constraint.objects or ("",):
            reading = (lemma, constraint.particle, constraint.target_prep if not obj else None, obj)
            if reading in self.readings and self.readings[reading][0] != key:
                self.overridden.add(self.readings[reading][1])
            self.readings[reading] = (key, line, block.name)

    def _rows(self) -> list[CompiledRow]:
        if self.overridden:
            self.report.skipped["overridden"] = len(self.overridden)
        rows: dict[tuple, CompiledRow] = {}
        for (_lemma, _particle, _prep, obj), (key, line, block) in self.readings.items():
            lemma, particle, target_prep, cameo, type_, mode, _ = key
            row = rows.get(key)
            if row is None:
                row = rows[key] = CompiledRow(lemma=lemma, type=type_, mode=mode, cameo=cameo, particle=particle,
                                              target_prep=target_prep, block=block)
            if obj:
                row.objects.add(obj)
            row.lines.append(line)
        return sorted(rows.values(), key=lambda r: (r.type, r.lemma, r.particle or "", bool(r.objects), r.cameo,
                                                    r.target_prep or ""))


def compile_dictionary(dictionary: VerbDictionary, ontology: Ontology | None = None,
                       lemmatizer: Lemmatizer | None = None, source: str = "") -> ImportReport:
    """Compile a parsed dictionary into rows; the report counts what was left out."""
    report = ImportReport(source=source, blocks=len(dictionary.blocks), verbs=dictionary.n_verbs,
                          patterns=dictionary.n_patterns, problems=list(dictionary.problems))
    compiler = _Compiler(dictionary, ontology or Ontology.default(), lemmatizer or spacy_lemmatizer(), report)
    report.rows = compiler.run()
    return report


def rows_csv(rows: Iterable[CompiledRow]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow(row.as_csv())
    return buf.getvalue()


def default_output() -> Path:
    from dragoman.data_files import data_path

    return data_path("lexicons", "triggers_petrarch.csv")


def import_petrarch(path: str | Path, out: str | Path | None = None, ontology: Ontology | None = None,
                    lemmatizer: Lemmatizer | None = None) -> ImportReport:
    """Read a PETRARCH verb dictionary and write the compiled lexicon (atomically) to
    ``out`` (default: the packaged ``triggers_petrarch.csv``)."""
    target = Path(out) if out else default_output()
    if not target.parent.is_dir():
        raise FileNotFoundError(2, "no such folder for the output", str(target.parent))
    dictionary = read_verb_dictionary(path)
    report = compile_dictionary(dictionary, ontology, lemmatizer, source=str(path))
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(rows_csv(report.rows), encoding="utf-8")
    tmp.replace(target)
    report.written = str(target)
    return report
