"""Read PETRARCH2's CAMEO verb dictionary (``CAMEO.2.0.txt``) into plain records.

The file (openeventdata/petrarch2, MIT) has three parts:

- synonym sets: ``&NAME`` followed by ``+WORD`` lines (``_`` joins the words of a
  phrase and, at the end, marks a word that takes no plural);
- verb blocks: ``--- NAME [code] ---`` opens a block; each following line is a verb
  (``ASK [020]``, ``BRING {BRINGS BRINGING BROUGHT}``, ``+ASK_FOR {...} [020]``: ``+``
  marks the word a parser calls the verb, ``_`` joins it to its particle) and each
  ``- pattern [code] # comment`` line refines the code by the words around the verb
  (``*``); the patterns hold for every verb of the block;
- verb transformations (``~`` lines), which this reader leaves out.

This module only parses; :mod:`dragoman.events.petrarch_import` turns the records into
trigger-lexicon rows. Nothing here interprets the codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

NULL_CODE = "---"

_CODE = re.compile(r"\[([^\]]*)\]")
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")


@dataclass(frozen=True)
class Verb:
    """One verb line of a block: ``words`` as written (``["ASK", "FOR"]``), ``head`` the
    index of the word the parser sees as the verb, ``forms`` the irregular forms given
    in braces, ``code`` its own code (None: the block's code applies)."""

    words: tuple[str, ...]
    head: int
    forms: tuple[str, ...]
    code: str | None
    line: int

    @property
    def head_word(self) -> str:
        return self.words[self.head]

    @property
    def before(self) -> tuple[str, ...]:
        return self.words[: self.head]

    @property
    def after(self) -> tuple[str, ...]:
        return self.words[self.head + 1:]


@dataclass(frozen=True)
class Pattern:
    """One ``- pattern [code]`` line: the words before and after the verb's ``*``, and
    the capitalised words of its comment (``# RUSH``), which name the verb(s) the
    pattern was first written for (coders' initials and dates come along; a user
    matches them against the block's verbs)."""

    pre: tuple[str, ...]
    post: tuple[str, ...]
    code: str
    line: int
    text: str
    origin: tuple[str, ...] = ()


@dataclass
class VerbBlock:
    name: str
    code: str
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


@dataclass
class VerbDictionary:
    synsets: dict[str, list[str]]
    blocks: list[VerbBlock]
    problems: list[str] = field(default_factory=list)

    @property
    def n_verbs(self) -> int:
        return sum(len(b.verbs) for b in self.blocks)

    @property
    def n_patterns(self) -> int:
        return sum(len(b.patterns) for b in self.blocks)


class DictionaryError(ValueError):
    """The file is not a PETRARCH verb dictionary."""


def _strip_comment(line: str) -> str:
    # PETRARCH treats " #" (and a leading "#") as the start of a comment
    if line.lstrip().startswith("#"):
        return ""
    cut = line.find("#")
    return line if cut < 0 else line[:cut]


def _last_code(text: str) -> tuple[str, str | None]:
    """The text without its ``[code]`` and the code (the last bracket on the line)."""
    found = list(_CODE.finditer(text))
    if not found:
        return text, None
    last = found[-1]
    return text[: last.start()] + text[last.end():], last.group(1).strip()


def _parse_verb(text: str, line_no: int) -> Verb | None:
    body, code = _last_code(text)
    forms: tuple[str, ...] = ()
    if "{" in body:
        head_part, _, rest = body.partition("{")
        forms = tuple(rest.replace("}", " ").split())
        body = head_part
    words_raw = body.split()
    if not words_raw:
        return None
    stem = words_raw[0]
    parts = stem.split("_")
    head = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
    words = tuple(p.lstrip("+") for p in parts if p.lstrip("+"))
    if not words:
        return None
    head = min(head, len(words) - 1)
    return Verb(words=words, head=head, forms=forms, code=code or None, line=line_no)


def _parse_pattern(text: str, line_no: int) -> Pattern | None:
    body, code = _last_code(_strip_comment(text)[1:])
    if code is None or "*" not in body:
        return None
    pre, _, post = body.partition("*")
    comment = text.partition("#")[2].partition("<")[0]
    origin = tuple(w for w in re.split(r"[\s,;/]+", comment) if w.isalpha() and w.isupper())
    return Pattern(pre=tuple(pre.split()), post=tuple(post.split()), code=code, line=line_no,
                   text=" ".join(body.split()), origin=origin)


def read_verb_dictionary(path: str | Path) -> VerbDictionary:
    """Parse the dictionary at ``path``; raises :class:`DictionaryError` when it holds no
    verb block (not the PETRARCH format) and ``OSError`` when it cannot be read."""
    synsets: dict[str, list[str]] = {}
    blocks: list[VerbBlock] = []
    problems: list[str] = []
    current_set: str | None = None
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line_no, raw in enumerate(fh, start=1):
            line = raw.rstrip("\n")
            stripped = line.strip()
            if not stripped or stripped.startswith("#") or stripped.startswith("<!"):
                continue
            if stripped.startswith("~"):  # verb transformations: not used
                continue
            if stripped.startswith("&"):
                current_set = _strip_comment(stripped).split()[0]
                synsets.setdefault(current_set, [])
                continue
            if stripped.startswith("---"):
                current_set = None
                match = _BLOCK.match(stripped)
                if match is None:
                    problems.append(f"line {line_no}: verb block header without a code")
                    continue
                blocks.append(VerbBlock(name=match.group(1), code=match.group(2).strip(), line=line_no))
                continue
            if current_set is not None and stripped.startswith("+"):
                member = _strip_comment(stripped)[1:].strip()
                if member:
                    synsets[current_set].append(member)
                continue
            if not blocks:
                continue  # text before the first block that is no synonym set
            block = blocks[-1]
            if stripped.startswith("-"):
                pattern = _parse_pattern(stripped, line_no)
                if pattern is None:
                    problems.append(f"line {line_no}: pattern without a code or a verb position")
                else:
                    block.patterns.append(pattern)
                continue
            verb = _parse_verb(_strip_comment(stripped), line_no)
            if verb is not None:
                block.verbs.append(verb)
    if not blocks:
        raise DictionaryError(f"{path}: no verb block ('--- NAME [code] ---'): not a PETRARCH verb dictionary")
    return VerbDictionary(synsets=synsets, blocks=blocks, problems=problems)
