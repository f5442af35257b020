"""A standing role told of a party is no act (session 9): "the SITE Intelligence Group,
which monitors jihadist activities", "an observatory that documents abuses". An
observing verb in a relative clause in the simple present says what the party does as a
rule, not something it did to anyone. Veto ``standing-role``.
"""

from __future__ import annotations

from spacy.tokens import Token

#: verbs of watching and recording (a monitor's habitual work)
WATCHING_VERBS = {"monitor", "track", "observe", "document", "record", "oversee", "watch", "study"}
#: simple present tags (3rd person singular and other persons)
SIMPLE_PRESENT = {"VBZ", "VBP"}


def standing_role(extractor, entry, tok: Token) -> bool:
    """A watching verb heading a present-tense relative clause ("..., which monitors
    jihadist activities") describes its antecedent: no event."""
    return tok.lemma_.lower() in WATCHING_VERBS and tok.dep_ == "relcl" and tok.tag_ in SIMPLE_PRESENT \
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
