"""Claims over time: demands (REQUEST), commitments (AGREE) and threats (THREATEN),
grouped by what they demand, promise or threaten.

Each canonical claim event gets a topic, the act and its object read from the parse of
its sentence (:mod:`dragoman.analysis.claim_topics`: "withdraw troops from the
border", "military operation in North Waziristan"). Claims whose topics are the same
demand (:func:`~dragoman.analysis.claim_topics.same_claim`) form one group, so a demand
made again weeks later joins the first; a group whose claims were made on two or more
dates *recurs*.

Whether a claim was met is read from the store: the act's PLOVER type comes from the
trigger lexicon ("withdraw troops" -> RETREAT; when only the verb's entry gives it, the
meeting event's sentence must name the act's object too); a demand is met by a later event of that
type whose source is the claim's addressee (target), a commitment is kept and a threat
carried out by a later event of that type by the claimant (source), aimed at the other
party or at no one. "Later" is a later period than the claim's date at its precision (a
claim dated only "2011" is met in 2012), within ``MET_WITHIN_YEARS``; only asserted
events count. The answer is ``met`` (with the
event), ``not met`` (none stored), or ``unknown`` (undated claim, no act type or no
responsible party).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from dragoman.analysis.claim_topics import ClaimTopic, same_claim, topic_from_parse
from dragoman.analysis.dedup import ensure_deduplicated

CLAIM_TYPES = {"REQUEST": "demand", "AGREE": "commitment", "THREATEN": "threat"}
# who must act for the claim to be met: the addressee of a demand, the claimant otherwise
RESPONSIBLE_SIDE = {"REQUEST": "target", "AGREE": "source", "THREATEN": "source"}
MET_WORDS = {"REQUEST": "met", "AGREE": "kept", "THREATEN": "carried out"}
UNSPECIFIED = "(topic not stated)"
# a claim is met only by an event this soon after it (a response, not a coincidence years on)
MET_WITHIN_YEARS = 1


def _years_later(iso: str, years: int) -> str:
    """The same ISO date at its precision ``years`` later ("2020-06-15" -> "2021-06-15")."""
    return f"{int(iso[:4]) + years:04d}{iso[4:]}"


def act_type(topic: Optional[ClaimTopic]) -> Optional[tuple[str, bool]]:
    """The PLOVER type of the act a topic names, from the trigger lexicon, and whether the
    lexicon entry is specific to the act's object ("withdraw" + "troops"); None if unknown."""
    if topic is None:
        return None
    from dragoman.events.lexicon import TriggerLexicon

    entries = TriggerLexicon.default().candidates(topic.act, topic.act_pos)
    words = set(topic.key)
    with_object = [e for e in entries if e.objects and words & set(e.objects)]
    if with_object:
        return with_object[0].type, True
    plain = [e for e in entries if not e.objects and not e.particle]
    return (plain[0].type, False) if plain else None


def _about(sentence: Optional[str], topic: ClaimTopic) -> bool:
    """Whether a sentence names the object of a topic: at least half the words of its key
    other than the act (by lemma prefix: "haven" in "havens")."""
    words = set(re.findall(r"[a-z]+", (sentence or "").lower()))
    wanted = [k for k in topic.key if k != topic.act]
    found = sum(1 for k in wanted if any(w.startswith(k) for w in words))
    return bool(wanted) and 2 * found >= len(wanted)


def _rows(store, actor) -> list[tuple]:
    types = list(CLAIM_TYPES)
    params: list = list(types)
    where = f"c.type IN ({','.join('?' * len(types))})"
    if actor is not None:
        cond, cond_params = actor.sql("c.")
        where += " AND " + cond
        params += cond_params
    return store.con.execute(
        "SELECT c.canonical_id, c.type, c.source_country, c.source_sector, c.source_name, c.source_kb_id,"
        " c.target_country, c.target_sector, c.target_name, c.target_kb_id, c.period_date, c.modality,"
        " c.num_mentions, c.num_sources,"
        " e.doc_id, e.sentence_idx, e.sentence, e.trigger_text, e.trigger_start - s.start_char,"
        " e.record->'target_span'->>'text', ec.is_first"
        " FROM canonical_events c JOIN event_clusters ec ON ec.canonical_id = c.canonical_id"
        " JOIN events e ON e.id = ec.event_id"
        " LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence_idx"
        f" WHERE {where} ORDER BY c.canonical_id, ec.is_first DESC, e.doc_id, e.sentence_idx, e.trigger_start, e.id",
        params,
    ).fetchall()


def _claims_of(rows: list[tuple], nlp) -> list[dict]:
    """One dict per canonical claim with its topic (from its first mention that has one).

    The mentions' sentences are parsed once each, in one batch."""
    by_canonical: dict[str, dict] = {}
    candidates: dict[str, list[tuple]] = {}
    for (cid, type_, sc, ss, sn, sk, tc, ts, tn, tk, pdate, modality, nm, ns, doc, sidx, sent, trig, rel,
         ttext, _first) in rows:
        c = by_canonical.get(cid)
        if c is None:
            c = by_canonical[cid] = {
                "canonical_id": cid, "type": type_, "kind": CLAIM_TYPES[type_], "date": pdate,
                "source": {"country": sc, "sector": ss, "name": sn, "kb_id": sk},
                "target": {"country": tc, "sector": ts, "name": tn, "kb_id": tk},
                "modality": modality, "num_mentions": nm, "num_sources": ns, "topic": None, "_topic": None,
                "sentences": [],
            }
        if sent and rel is not None and rel >= 0:
            candidates.setdefault(cid, []).append((sent, rel, trig or "", ttext or ""))
        entry = {"doc": doc, "sentence_index": sidx, "text": sent}
        if entry not in c["sentences"]:
            c["sentences"].append(entry)
    texts = sorted({cand[0] for cands in candidates.values() for cand in cands})
    parsed = dict(zip(texts, nlp.pipe(texts)))
    for cid, cands in candidates.items():
        for sent, rel, trig, ttext in cands:  # first mention first
            topic = topic_from_parse(parsed[sent], rel, trig, ttext)
            if topic is not None:
                by_canonical[cid].update(_topic=topic, topic=topic.text)
                break
    return list(by_canonical.values())


def _group(claims: list[dict]) -> list[list[dict]]:
    """Claims with the same demand together (each joins the first group it matches)."""
    groups: list[list[dict]] = []
    unspecified: list[dict] = []
    for c in sorted(claims, key=lambda c: (c["date"] is None, c["date"] or "", c["canonical_id"])):
        t = c["_topic"]
        if t is None:
            unspecified.append(c)
            continue
        home = next((g for g in groups if any(same_claim(t, o["_topic"]) for o in g)), None)
        if home is None:
            groups.append([c])
        else:
            home.append(c)
    return groups + ([unspecified] if unspecified else [])


def _fulfilment(store, claim: dict, topic: Optional[ClaimTopic]) -> dict:
    """Whether a claim was met: a later asserted event of the act's type by the party who
    must act. When the act's type comes from its verb alone (not from a lexicon entry for
    its object), the event's sentence must also name the act's object."""
    side = claim[RESPONSIBLE_SIDE[claim["type"]]]
    word = MET_WORDS[claim["type"]]
    typed = act_type(topic)
    if typed is None:
        return {"status": "unknown", "reason": "the act has no event type"}
    kind_type, specific = typed
    if not claim["date"]:
        return {"status": "unknown", "reason": "the claim is undated", "act_type": kind_type}
    if not (side.get("country") or side.get("kb_id") or side.get("name")):
        return {"status": "unknown", "reason": "no one named to act", "act_type": kind_type}
    made = claim["date"]
    # a later period than the claim's (at the claim's precision), within MET_WITHIN_YEARS
    where = ["type = ?", "modality = 'asserted'", "substr(period_date, 1, ?) > ?", "substr(period_date, 1, ?) <= ?"]
    params: list = [kind_type, len(made), made, len(made), _years_later(made, MET_WITHIN_YEARS)]
    other = claim["source" if RESPONSIBLE_SIDE[claim["type"]] == "target" else "target"].get("country")
    if other:  # aimed at the other party, or at no one
        where.append("(target_country IS NULL OR target_country = ?)")
        params.append(other)
    if side.get("kb_id"):
        where.append("source_kb_id = ?")
        params.append(side["kb_id"])
    elif side.get("country"):
        where.append("source_country = ?")
        params.append(side["country"])
    else:
        where.append("lower(source_name) = lower(?)")
        params.append(side["name"])
    rows = store.con.execute(
        "SELECT canonical_id, period_date, sentence FROM canonical_events"
        f" WHERE {' AND '.join(where)} ORDER BY period_date, canonical_id", params).fetchall()
    row = next((r for r in rows if specific or _about(r[2], topic)), None)
    who = side.get("name") or side.get("country")
    if row is None:
        about = "" if specific else f" about {topic.text!r}"
        return {"status": "not " + word, "act_type": kind_type,
                "reason": f"no later {kind_type} event by {who}{about} stored"}
    return {"status": word, "act_type": kind_type, "event": {"canonical_id": row[0], "date": row[1]},
            "reason": f"{kind_type} by {who} on {row[1]}"}


def claims(store, actor=None, dedup: bool = True, nlp=None) -> list[dict]:
    """Groups of claims by what they demand, promise or threaten, largest first.

    ``actor``: an :class:`~dragoman.filters.ActorMatch` or a string resolved through the
    knowledge base (claims by or to that actor). Each group: ``topic`` (label), ``key``,
    ``claims``, ``kinds``, ``dates`` (distinct dates made), ``recurs``, ``first``,
    ``last``, ``met`` (counts by status) and ``items`` (claims in time order, each with
    ``date``, ``kind``, ``source``, ``target``, ``topic``, ``fulfilment`` and ``sentences``).
    """
    if isinstance(actor, str):
        from dragoman.filters import resolve_actor_filter

        actor = resolve_actor_filter(actor)
    if dedup:
        ensure_deduplicated(store)
    rows = _rows(store, actor)
    if not rows:
        return []
    if nlp is None:
        from dragoman.nlp import load_model

        nlp = load_model()
    out = []
    for items in _group(_claims_of(rows, nlp)):
        topic = items[0]["_topic"]
        for c in items:
            c["fulfilment"] = _fulfilment(store, c, c["_topic"])
            c["act_type"] = c["fulfilment"].get("act_type")
        labels = Counter(c["topic"] for c in items if c["topic"])
        dates = sorted({c["date"] for c in items if c["date"]})
        out.append({
            "topic": sorted(labels.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if labels else UNSPECIFIED,
            "key": " ".join(topic.key) if topic else None,
            "claims": len(items),
            "kinds": dict(sorted(Counter(c["kind"] for c in items).items())),
            "dates": dates,
            "recurs": topic is not None and len(dates) > 1,
            "first": dates[0] if dates else None,
            "last": dates[-1] if dates else None,
            "met": dict(sorted(Counter(c["fulfilment"]["status"] for c in items).items())),
            "items": [{k: v for k, v in c.items() if k != "_topic"} for c in items],
        })
    out.sort(key=lambda g: (g["topic"] == UNSPECIFIED, -len(g["dates"]), -g["claims"], g["topic"]))
    return out


def describe_group(group: dict) -> str:
    """One line on a group: how many claims, of which kinds, when made, whether met."""
    kinds = ", ".join(f"{n} {k}{'s' if n != 1 else ''}" for k, n in group["kinds"].items())
    if group["recurs"]:
        when = f"made on {len(group['dates'])} dates: " + ", ".join(group["dates"])
    elif group["dates"]:
        when = f"made on {group['dates'][0]}"
    else:
        when = "undated"
    met = ", ".join(f"{n} {s}" for s, n in group["met"].items())
    return f"{kinds}; {when}; {met}"
