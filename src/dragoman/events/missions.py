"""The host state of a monitoring or peace mission, as where the acts it reports happened.

Incident reports of a mission name the act and a village the gazetteer does not know:
"the OSCE SMM observed a total of 8 explosions near <village>", "UNMISS recorded
gunfire near <camp>". Such a mission works inside one host state
(``lexicons/missions.yaml``), so the act it observes lies in that state, and its
unnamed doer is of that state (coding guide §3: unnamed actors keep the country of the
place where they act). Read only when the sentence's places give no state. A ceasefire
monitoring mission (a row with ``parties``) watches the sides' armed forces along a
contact line: the unnamed doer of the fire it observes is then the host state's forces
(``MIL``), not an unidentified armed group.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

import yaml

from dragoman.data_files import data_path


@lru_cache(maxsize=1)
def _mission_patterns() -> tuple[tuple[re.Pattern, str, Optional[str]], ...]:
    rows = yaml.safe_load(data_path("lexicons", "missions.yaml").read_text(encoding="utf-8")) or []
    out = []
    for row in rows:
        for name in row["names"]:
            # an acronym keeps its case ("EUMM"); a spelled-out name is matched in any case
            flags = 0 if name.isupper() else re.IGNORECASE
            out.append((re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", flags), row["state"],
                        row.get("parties")))
    return tuple(out)


def _missions(sent) -> set[tuple[str, Optional[str]]]:
    text = sent.text
    return {(state, parties) for pattern, state, parties in _mission_patterns() if pattern.search(text)}


def mission_host_state(sent) -> Optional[str]:
    """The one host state of the missions the sentence names, or None (none named, or
    missions of several states)."""
    found = {state for state, _ in _missions(sent)}
    return found.pop() if len(found) == 1 else None


def observed_parties_sector(sent) -> Optional[str]:
    """The sector of the unnamed doers of the fire the one ceasefire monitoring mission
    the sentence names observes (``MIL``), or None."""
    found = _missions(sent)
    if len(found) != 1:
        return None
    return next(iter(found))[1]
