"""``repelled-attacker``: an attack told by the side that repelled it.

"Russian forces engaged in an offensive near Oleksandrivka, but were repulsed by
Ukrainian forces" tells one act: Russia's attack on Ukraine's forces (coding guide §1:
the attack is the event; its failure does not make the defenders its doers). The
passive repel verb has no subject of its own and shares the subject of the clause it is
coordinated with; that subject is the attacker (the source) and the "by" phrase, who
repelled it, its target. A clause before it that is an attack of its own ("attacked the
base but were repelled by the guards") already tells the attack, and is left to tell it.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dragoman.events.syntax import PASSIVE_SUBJECT_DEPS

#: verbs of fighting off an attack
REPEL_LEMMAS = {"repel", "repulse"}


def repelled_attacker(verb: Token, lexicon) -> Optional[Token]:
    """The subject a passive repel verb shares with the clause before it, when that clause's
    verb is no attack verb of its own ("engaged in an offensive ... but were repulsed by
    X"; "engage" is an attack only with "a firefight" and the like), else None."""
    if verb.lemma_.lower() not in REPEL_LEMMAS or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children):
        return None  # its own patient: "the attack was repelled"
    if any(e.type == "ASSAULT" and not e.objects for e in lexicon.candidates(verb.head.lemma_.lower(), "VERB")):
        return None  # "attacked the base but were repelled": the attack is told by its own verb
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
