"""Accusations, rejections and requests in news prose (session 8): joint condemnations by
several states, "the N countries" read back to the states listed, attributions of an
act to a party, and condemnations of an act that names only its victim.

Every sentence here was written for these tests (none is from the seeds, the dev
articles or the ACLED notes); each construction is proved on at least three dyads.
Each case is (construction, text, (type, source country, target country, modality)).
"""

from __future__ import annotations

import pytest

from dragoman.documents.readers import prepare
from dragoman.models import Document

CASES = [
    # attribute an act to X: an accusation of X
    ("attribute", "Canada attributed the cyberattack to China.", ("ACCUSE", "CAN", "CHN", "asserted")),
    ("attribute", "The Dutch government attributed the hacking to Russian military intelligence.",
     ("ACCUSE", "NLD", "RUS", "asserted")),
    ("attribute", "Kenya attributed the attack to the Somali group al-Shabab.", ("ACCUSE", "KEN", "SOM", "asserted")),
    # a gerund under "in" on a copula takes the copula's subject
    ("copula-gerund", "Egypt and Jordan were united in condemning Israel.", ("ACCUSE", "JOR", "ISR", "asserted")),
    ("copula-gerund", "Japan was alone in criticizing China.", ("ACCUSE", "JPN", "CHN", "asserted")),
    ("copula-gerund", "Britain and France were very clear in attributing this act to Russia.",
     ("ACCUSE", "FRA", "RUS", "asserted")),
    # "the N countries": each state of the list of that many states told before
    ("enumerated", "Kenya, Uganda and Tanzania met in Arusha. Rwanda said the three governments had blamed "
     "Burundi for the attack.", ("ACCUSE", "TZA", "BDI", "asserted")),
    ("enumerated", "Kenya, Uganda and Tanzania met in Arusha. Rwanda said the three governments had blamed "
     "Burundi for the attack.", ("ACCUSE", "UGA", "BDI", "asserted")),
    ("enumerated", "Britain, the US, France and Germany condemned the poisoning. May said the four countries "
     "were very clear in attributing this act to Russia.", ("ACCUSE", "DEU", "RUS", "asserted")),
    ("enumerated", "Brazil and Argentina issued a joint statement. The two countries accused Venezuela of "
     "rigging the vote.", ("ACCUSE", "ARG", "VEN", "asserted")),
    # a condemned act that names only its victim, no doer told: the story's other state
    ("victim-counterpart", "China sent ships near Taiwan. Taiwan said China was provoking it. Japan and the US "
     "condemned the attack on Taiwan's sovereignty.", ("ACCUSE", "JPN", "CHN", "asserted")),
    ("victim-counterpart", "Russia denied the charges. Britain expelled Russian diplomats. Moscow said London was "
     "lying. Pressure on Russia has been growing, with Britain, the US, France and Germany jointly condemning an "
     "assault on British sovereignty.", ("ACCUSE", "FRA", "RUS", "asserted")),
    ("victim-counterpart", "Armenia accused Azerbaijan of shelling border villages. Azerbaijan denied it. France "
     "condemned the aggression against Armenia.", ("ACCUSE", "FRA", "AZE", "asserted")),
]

# the same words without the construction: no event of that type between the two
NEGATIVE = [
    ("Economists attributed the rise in prices to the war in Ukraine.", "ACCUSE", None),
    ("The remarks were attributed to a Pakistani official.", "ACCUSE", None),
    # a number that fits no earlier list reads no states
    ("Kenya and Uganda met in Arusha. Rwanda said the three governments had blamed Burundi for the attack.",
     "ACCUSE", "UGA"),
    # a story of many states has no one counterpart of the victim
    ("Poland condemned the attack on Ukraine.", "ACCUSE", None),
]


def _key(e):
    return (e.type, e.source.country, e.target.country if e.target else None, e.modality)


@pytest.fixture(scope="module")
def extracted(pipeline):
    texts = list(dict.fromkeys([t for _, t, _ in CASES] + [t for t, _, _ in NEGATIVE]))
    docs = [prepare(Document(id=f"a{i}", text=t, publication_date="2022-05-10", date_basis="metadata",
                             date_precision="day")) for i, t in enumerate(texts)]
    return {t: list(r.events) for t, r in zip(texts, pipeline.process(docs))}


@pytest.mark.parametrize("construction, text, expected", CASES, ids=[f"{c[0]}: {c[1][:40]}" for c in CASES])
def test_construction_holds_on_other_dyads(extracted, construction, text, expected):
    got = [_key(e) for e in extracted[text]]
    assert expected in got, f"{construction}: {expected} missing; got {got}"


@pytest.mark.parametrize("text, type_, source", NEGATIVE, ids=[t[:40] for t, _, _ in NEGATIVE])
def test_without_the_construction_no_such_event(extracted, text, type_, source):
    wrong = [_key(e) for e in extracted[text] if e.type == type_ and (source is None or e.source.country == source)]
    assert not wrong, wrong


def test_every_construction_is_proved_on_three_dyads():
    dyads: dict[str, set] = {}
    for construction, _, (_, source, target, _) in CASES:
        dyads.setdefault(construction, set()).add(frozenset((source, target)))
    assert not {c: d for c, d in dyads.items() if len(d) < 3}, dyads
