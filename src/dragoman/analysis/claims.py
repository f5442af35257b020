"""Recurring claims: demands (REQUEST), commitments (AGREE) and threats (THREATEN),
grouped by what they are about.

The topic of a claim is read from its sentence after the trigger:

1. the nearest *named group* after the trigger (a capitalised name holding a group
   word such as "network", "Taliban", "Qaeda", "group", or an "X-e-Y" name), else
2. the *key noun phrase* after the trigger: the addressee (the target's words) and
   function words ("to", "that", modal verbs) and light verbs ("take", "do more") are
   skipped, then up to ``MAX_TOPIC_WORDS`` words are kept, stopping at punctuation,
   a conjunction or a second preposition.

The topic key is the lower-cased phrase without determiners, so "the Haqqani Network"
and "Haqqani network" group together.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Optional

from dragoman.analysis.dedup import ensure_deduplicated

CLAIM_TYPES = {"REQUEST": "demand", "AGREE": "commitment", "THREATEN": "threat"}
MAX_TOPIC_WORDS = 5

GROUP_WORDS = frozenset(
    "network group groups movement front brigade brigades militia militias taliban qaeda isis isil daesh "
    "lashkar jaish tehrik army organisation organization faction factions".split()
)
SKIP_LEAD = frozenset(
    "to that for on upon of it would will should must could can may might not also again further immediately "
    "urgently strongly publicly formally he she they it them its their his her the a an whether".split()
)
LIGHT_VERBS = frozenset("take takes taking took do does doing did make makes making made carry carries ensure "
                        "ensures step steps up more much stronger strong".split())
DETERMINERS = frozenset("the a an its their his her our this that these those such any some".split())
# a phrase keeps one prepositional phrase that says what it is about ("action against militants")
# and stops at any other preposition ("reopen supply routes | through the Khyber Pass")
ABOUT_PREPOSITIONS = frozenset("against on of for over about regarding concerning".split())
PREPOSITIONS = ABOUT_PREPOSITIONS | frozenset(
    "to with in at from into by towards toward under through across via within between during near onto".split())
STOP_WORDS = frozenset(
    "and or but if unless which who whom whose when while after before because as so than then where "
    "said says saying adding according amid despite although though since until".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*|\d[\d,.]*|[^\sA-Za-z\d]")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _trigger_offset(sentence: str, trigger: str, rel: Optional[int]) -> int:
    if rel is not None and 0 <= rel <= len(sentence) and sentence[rel: rel + len(trigger)] == trigger:
        return rel
    i = sentence.find(trigger)
    return i if i >= 0 else 0


def _named_group(tail_words: list[str], exclude: set[str]) -> Optional[str]:
    i = 0
    while i < len(tail_words):
        w = tail_words[i]
        if w[:1].isupper() and w.lower() not in exclude:
            j = i
            name = []
            while j < len(tail_words):
                t = tail_words[j]
                if t[:1].isupper() or (name and t.lower() in GROUP_WORDS):
                    name.append(t)
                    j += 1
                else:
                    break
            lowered = [t.lower() for t in name]
            if any(t in GROUP_WORDS for t in lowered) or any("-e-" in t for t in lowered):
                return " ".join(t for t in name if t.lower() not in DETERMINERS)
            i = j
        else:
            i += 1
    return None


def topic_of(sentence: str, trigger: str, trigger_rel: Optional[int] = None, target_text: str = "",
             source_text: str = "") -> Optional[str]:
    """The topic phrase of a claim (see module doc), or None when the sentence ends at the trigger."""
    start = _trigger_offset(sentence, trigger, trigger_rel) + len(trigger)
    tail = sentence[start:]
    actor_words = {w.lower() for w in _words(target_text + " " + source_text) if w[:1].isalpha()}
    words = _words(tail)
    # stop at the end of the clause
    cut = len(words)
    for i, w in enumerate(words):
        if w in {".", ";", ":", "?", "!", "\u2014", "(", "\""}:
            cut = i
            break
    words = words[:cut]
    group = _named_group(words, actor_words | {"i"})
    if group:
        return group
    i = 0
    while i < len(words) and (
        words[i].lower() in SKIP_LEAD or words[i].lower() in actor_words or words[i].lower() in LIGHT_VERBS
        or not words[i][:1].isalnum()
    ):
        i += 1
    phrase: list[str] = []
    preps = 0
    for w in words[i:]:
        lw = w.lower()
        if not w[:1].isalnum() or lw in STOP_WORDS or lw in actor_words:
            break
        if lw in PREPOSITIONS:
            if not phrase or preps >= 1 or lw not in ABOUT_PREPOSITIONS:
                break
            preps += 1
        if lw in DETERMINERS:
            continue
        phrase.append(w)
        if sum(1 for p in phrase if p.lower() not in PREPOSITIONS) >= MAX_TOPIC_WORDS:
            break
    while phrase and phrase[-1].lower() in PREPOSITIONS:
        phrase.pop()
    return " ".join(phrase) if phrase else None


def topic_key(topic: Optional[str]) -> str:
    if not topic:
        return "(unspecified)"
    words = [w.lower().replace("\u2019", "'") for w in _words(topic) if w[:1].isalnum()]
    return " ".join(w for w in words if w not in DETERMINERS) or "(unspecified)"


def claims(store, actor: Optional[str] = None, dedup: bool = True) -> list[dict]:
    """Groups of claims by topic, most frequent first; claims in time order with their sentences."""
    if dedup:
        ensure_deduplicated(store)
    types = list(CLAIM_TYPES)
    params: list = list(types)
    where = f"c.type IN ({','.join('?' * len(types))})"
    if actor:
        where += (" AND (upper(c.source_country) = upper(?) OR upper(c.target_country) = upper(?)"
                  " OR lower(c.source_name) = lower(?) OR lower(c.target_name) = lower(?))")
        params += [actor] * 4
    rows = store.con.execute(
        "SELECT c.canonical_id, c.type, c.source_country, c.source_sector, c.source_name, c.target_country,"
        " c.target_sector, c.target_name, c.period_date, c.modality, c.num_mentions, c.num_sources,"
        " e.id, e.doc_id, e.sentence_idx, e.sentence, e.trigger_text, e.trigger_start - s.start_char,"
        " e.record->'target_span'->>'text', e.record->'source_span'->>'text', ec.is_first"
        " FROM canonical_events c JOIN event_clusters ec ON ec.canonical_id = c.canonical_id"
        " JOIN events e ON e.id = ec.event_id"
        " LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence_idx"
        f" WHERE {where} ORDER BY c.canonical_id, e.doc_id, e.sentence_idx, e.trigger_start, e.id",
        params,
    ).fetchall()
    by_canonical: dict[str, dict] = {}
    for r in rows:
        (cid, type_, sc, ss, sn, tc, ts, tn, pdate, modality, nm, ns, eid, doc, sidx, sent, trig, rel, ttext,
         stext, first) = r
        c = by_canonical.get(cid)
        if c is None:
            c = by_canonical[cid] = {
                "canonical_id": cid, "type": type_, "kind": CLAIM_TYPES[type_], "date": pdate,
                "source": {"country": sc, "sector": ss, "name": sn}, "target": {"country": tc, "sector": ts, "name": tn},
                "modality": modality, "num_mentions": nm, "num_sources": ns, "topic": None, "sentences": [],
            }
        if first or c["topic"] is None:
            t = topic_of(sent or "", trig or "", rel, ttext or "", stext or "")
            if first or t:
                c["topic"] = t
        entry = {"doc": doc, "sentence_index": sidx, "text": sent}
        if entry not in c["sentences"]:
            c["sentences"].append(entry)
    groups: dict[str, list[dict]] = defaultdict(list)
    for c in by_canonical.values():
        groups[topic_key(c["topic"])].append(c)
    out = []
    for key, items in groups.items():
        items.sort(key=lambda c: (c["date"] is None, c["date"] or "", c["canonical_id"]))
        topics = Counter(c["topic"] for c in items if c["topic"])
        dates = [c["date"] for c in items if c["date"]]
        out.append({
            "topic": key,
            "label": sorted(topics.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if topics else key,
            "claims": len(items),
            "kinds": dict(sorted(Counter(c["kind"] for c in items).items())),
            "first": min(dates) if dates else None,
            "last": max(dates) if dates else None,
            "items": items,
        })
    out.sort(key=lambda g: (-g["claims"], g["topic"] == "(unspecified)", g["topic"]))
    return out
