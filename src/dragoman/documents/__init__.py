"""The documents stage: inputs in, Documents with clean bodies, titles and dates out."""

from .boilerplate import BoilerplateSplitter, build_body, split_body
from .near_duplicates import content_hash, find_near_duplicates, mark_duplicates, NearDuplicateIndex
from .pubdate import find_publication_date, parse_date_value
from .readers import load_documents, prepare, read_inputs
from .view import doc_summary, print_docs

__all__ = [
    "BoilerplateSplitter",
    "NearDuplicateIndex",
    "build_body",
    "content_hash",
    "doc_summary",
    "find_near_duplicates",
    "find_publication_date",
    "load_documents",
    "mark_duplicates",
    "parse_date_value",
    "prepare",
    "print_docs",
    "read_inputs",
    "split_body",
]
