"""The party an "anti-" modifier names: the addressee of a protest, not its source.

"Demonstrators chanted anti-government slogans", "anti-Japanese protests in Beijing",
"an anti-American rally": the word after "anti-" names whom the protest is against. A
state or demonym ("anti-Japanese") is that state; a word of government ("anti-government",
"anti-regime") is the government of the protesters' own state (rule ``anti-addressee``).
The named party is never the protest's source ("anti-Japanese protests" are not
Japan's), and a protest whose addressee is unsaid keeps no target (coding guide §1).
"""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.models import Actor

#: acts whose "anti-" modifier names the addressee
OPPOSABLE_TYPES = {"PROTEST"}
#: words after "anti-" that name the government of the protesters' own state
GOVERNMENT_WORDS = {"government", "regime", "junta", "establishment"}
MODIFIER_DEPS = ("amod", "compound", "nmod")


def opposed_words(tok: Token) -> list[Token]:
    """The words an "anti-" modifier names on the trigger or on its object ("chanted
    anti-government slogans"): X in "anti-X", one token or split as "anti", "-", "X"."""
    holders = [tok] + [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    out: list[Token] = []
    for h in holders:
        mods = sorted((c for c in h.children if c.dep_ in MODIFIER_DEPS), key=lambda t: t.i)
        for m in mods:
            low = m.lower_
            if low.startswith("anti-") and len(low) > 5:
                out.append(m)  # one token: the word's own party is read from its mention
            elif low == "anti":
                doc = m.doc
                k = m.i + 1
                if k < len(doc) and doc[k].text in ("-", "\u2010", "\u2011"):
                    k += 1
                if k < h.i:
                    out.append(doc[k])
    return out


def anti_addressees(words: list[Token], sources, ctx, place_actor) -> list[tuple[Actor, Token]]:
    """The parties the "anti-" words name (see the module)."""
    out: list[tuple[Actor, Token]] = []
    for w in words:
        low = w.lower_.removeprefix("anti-")
        if low in GOVERNMENT_WORDS:
            for country in dict.fromkeys(a.country for a, _ in sources if a.country):
                out.append((Actor(country=country, sector="GOV", rule="anti-addressee"), w))
            continue
        m = ctx.lookup.at(w.i)
        if m is not None and m.actor is not None and m.actor.country:
            out.append((Actor(country=m.actor.country, rule="anti-addressee"), w))
    return out
