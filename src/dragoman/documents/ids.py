"""Document ids unique within a run.

A document's id is its file stem or its row id, which two sources can share (``a/x.txt``
and ``b/x.txt``; two CSV feeds numbered 1..n). The first document to use an id keeps it,
so an id that is unique in the run is exactly the stem or row id; a later one gets the id
plus a short hash of where it came from (``x~3f2a9c1d``), stable from run to run for the
same inputs. A later document with the same id *and* the same content is a true
duplicate: it is reported once and not stored twice.
"""

from __future__ import annotations

import hashlib
from typing import Optional

from dragoman.models import Document, InputProblem

ID_HASH_CHARS = 8


def _suffix(where: str, attempt: int) -> str:
    raw = where if attempt == 0 else f"{where}#{attempt}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:ID_HASH_CHARS]


class UniqueIds:
    """Hands out run-unique document ids; see the module docstring."""

    def __init__(self) -> None:
        self._seen: dict[str, tuple[str, Optional[str]]] = {}  # id -> (path, content hash)

    def assign(self, doc: Document) -> tuple[Optional[Document], Optional[InputProblem]]:
        """(document with a unique id, or None for a true duplicate; the note to report, if any)."""
        where = doc.path or doc.id
        prev = self._seen.get(doc.id)
        if prev is None:
            self._seen[doc.id] = (where, doc.content_hash)
            return doc, None
        if doc.content_hash and prev[1] == doc.content_hash:
            return None, InputProblem(
                path=where, message=f"same id {doc.id!r} and same text as {prev[0]}: a true duplicate, stored once"
            )
        attempt = 0
        new_id = f"{doc.id}~{_suffix(where, attempt)}"
        while new_id in self._seen:
            attempt += 1
            new_id = f"{doc.id}~{_suffix(where, attempt)}"
        self._seen[new_id] = (where, doc.content_hash)
        note = InputProblem(path=where, message=f"id {doc.id!r} is already used by {prev[0]}; stored as {new_id!r}")
        return doc.model_copy(update={"id": new_id}), note
