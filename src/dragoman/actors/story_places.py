"""The places of a story as the actor stage reads them: the places stage's toponyms away
from the actors' own tokens, names the NER took for people that are places, and states
named as settings; each read in the country the story's other places agree on
(``places-agree``, ``alias-outlier``; docs/places.md). Split from ``actors/generic.py``,
which gives generic actors the countries of these places."""

from __future__ import annotations

from spacy.tokens import Doc

from dragoman.actors.generic import SETTING_PREPS, PlaceHit, _gazetteer_name
from dragoman.actors.kb import KnowledgeBase, norm


def find_places(sdoc: Doc, sent_of: list[int], cands: list, kb: KnowledgeBase, gazetteer,
                misread: list[tuple[int, int, str]]) -> list[PlaceHit]:
    """The body's places with their country: the places stage's toponyms (away from the
    tokens that are actors) plus names the NER took for people or organisations that the
    resolver read as places (``misread``: token spans and their country)."""
    from dragoman.places.toponyms import resolve_places

    acting = {t for c in cands if c.actor is not None for t in range(c.start, c.end)}
    counts: dict[str, int] = {}
    for c in cands:
        if c.actor is not None and c.actor.country:
            counts[c.actor.country] = counts.get(c.actor.country, 0) + 1
    doc_countries = sorted(counts, key=lambda k: -counts[k])
    found: list[tuple[int, int, str, str]] = []
    taken: set[int] = set()
    for p in resolve_places(sdoc, doc_countries=doc_countries, gazetteer=gazetteer, exclude_token_ids=acting):
        if p.country is None or p.start is None or p.end is None:
            continue
        span = sdoc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        iso, name, end = p.country, p.raw or p.name, span.end
        longer = _gazetteer_name(sdoc, span.start, gazetteer)
        if longer and longer[2] > len(span):  # "San Pedro Sula", read as "San Pedro"
            iso, name, end = longer[0], longer[1], span.start + longer[2]
        found.append((span.start, end, iso, name))
        taken.update(range(span.start, end))
    for s, e, iso in misread:
        if s not in taken:
            found.append((s, e, iso, sdoc[s:e].text))
    for c in cands:  # a state named as where something happens ("a village in Nigeria")
        if c.actor is not None and c.actor.country and c.info.get("country") and c.start not in taken:
            root = sdoc[c.start:c.end].root
            if root.dep_ == "pobj" and root.head.lower_ in SETTING_PREPS:
                found.append((c.start, c.end, c.actor.country, sdoc[c.start:c.end].text))
    found.sort()
    return [PlaceHit(s, e, sent_of[s], iso, name) for s, e, iso, name in agree_on_country(found, gazetteer)]


def agree_on_country(found: list[tuple[int, int, str, str]], gazetteer) -> list[tuple[int, int, str, str]]:
    """``places-agree``: read each place in the country the document's other places are
    read in: a village name found in several countries ("San Jose", "Muse") goes with the
    province or district named beside it ("Estacion San Jose, Zacatecas"). A place moves
    to another of its readings only when more of the other places are read in that
    country than in its own; a country the other places could merely also lie in does not
    count (the United States has a town of almost every name: "Brussels" beside "Egypt"
    stays Belgian, not American because both names also exist there), and a name said
    twice counts once ("(Beni, Beni, Nord-Kivu)" is Congolese). Among readings
    equally supported, the place keeps its own, then the one more of the document's
    readings share, then the one an earlier place names first, so the choice never rests
    on set or hash order."""
    found = without_alias_outliers(found, gazetteer)
    options: list[list[str]] = []
    support: dict[str, int] = {}
    own: dict[str, set[str]] = {}
    first_seen: dict[str, int] = {}
    for s, e, iso, name in found:
        readings = [iso] + [en.country for en, _ in gazetteer.entries_for(name) if en.country]
        opts = list(dict.fromkeys(readings))  # distinct, in reading order
        options.append(opts)
        own.setdefault(iso, set()).add(norm(name))
        for o in opts:
            support[o] = support.get(o, 0) + 1
            first_seen.setdefault(o, len(first_seen))
    out = []
    for (s, e, iso, name), opts in zip(found, options):
        def others(o: str, name=norm(name)) -> int:  # other names read in ``o``
            return len(own.get(o, set()) - {name})
        best = max(opts, key=lambda o: (others(o), o == iso, support[o], -first_seen[o]))
        out.append((s, e, best if others(best) > others(iso) else iso, name))
    return one_shared_country(out, options, gazetteer, first_seen)


def one_shared_country(out, options, gazetteer, first_seen):
    """When no two of the places agree (each distinct name is read in a country of its own)
    and none is a state named as such, the places go to one country they can all lie in,
    if there is one: first the own reading of one of them ("Sudbury (Ontario)" goes with
    Ontario's Canada), else the one an earlier place names first, so names each found in
    several countries ("San Jose", "Santa Cruz", "La Libertad") stay in one story's state."""
    names = {norm(name) for *_, name in out}
    if len(names) < 2 or len({iso for _, _, iso, _ in out}) != len(names):
        return out
    if any(en.feature == "country" and en.country == iso and not alias
           for _, _, iso, name in out for en, alias in gazetteer.entries_for(name)):
        return out
    shared = set(options[0]).intersection(*options[1:])
    if not shared:
        return out
    owned = {iso for _, _, iso, _ in out}
    pick = min(shared, key=lambda o: (o not in owned, first_seen[o]))
    return [(s, e, pick, name) for s, e, _, name in out]


def without_alias_outliers(found: list[tuple[int, int, str, str]], gazetteer) -> list[tuple[int, int, str, str]]:
    """``alias-outlier``: a name the gazetteer knows only as another place's variant
    spelling ("Mambasa" for Mombasa, "Baraka" for Brak), in a state none of the
    document's other places lies in while they do lie in one, and one of them a province
    of that state by its own name ("Ituri", "Sud-Kivu"), is read in that state: a
    village of it the gazetteer lacks, not a town abroad. A name read by its own
    spelling, or the only place of the story, keeps its reading, and so does one beside
    places that are themselves weak readings ("Mankessim (Mfantsiman, Central)"). The
    name stays a place of the story, read in that state ("on Mirama hill (Kanyosha,
    Bujumbura Rural)" is Burundian, not Miramar's)."""
    if len(found) < 2:
        return found

    def alias_only(name: str, iso: str) -> bool:
        readings = [alias for en, alias in gazetteer.entries_for(name) if en.country == iso]
        return bool(readings) and all(readings)

    def own_province(name: str, iso: str) -> bool:
        return any(en.country == iso and not alias and en.feature == "province"
                   for en, alias in gazetteer.entries_for(name))

    kept = []
    for k, (s, e, iso, name) in enumerate(found):
        others = [(o_iso, o_name) for j, (_, _, o_iso, o_name) in enumerate(found)
                  if j != k and norm(o_name) != norm(name)]
        states = {o_iso for o_iso, _ in others}
        if len(states) == 1 and iso not in states and alias_only(name, iso) \
                and any(own_province(o_name, o_iso) for o_iso, o_name in others):
            iso = next(iter(states))  # a place of the story's state, where the text sets it
        kept.append((s, e, iso, name))
    return kept
