"""The casualties of a told attack (``events/perpetrator.py`` ``told_attack_doer``, rule
``told-attack-doer``): "Russian forces shelled X. Two civilians were killed." counts the
shelling's casualties, whose doer is the shelling's, not an unidentified armed actor of
the place.

Sentences written for these tests, through the real spaCy model and the real pipeline.
Each case is (text, expected, forbidden): keys (type, source country, source sector,
target country, target sector).
"""

from __future__ import annotations

import pytest

from sentence_events import assert_events, dyad_key, events_of

DATE = "2022-06-10"

TOLD_ATTACK_CASES = [
    # in the attack's own sentence, under it
    ("On 9 April 2022, Russian forces fired artillery on Ivanivka, Kharkiv, as a result of which one civilian was killed.",
     [("ASSAULT", "RUS", "MIL", "UKR", "CIV")], [("ASSAULT", "UKR", "INS", "UKR", "CIV")]),
    # in the next sentence
    ("On 12 June 2022, Ethiopian troops shelled a market in Adigrat (Tigray). Two civilians were wounded.",
     [("ASSAULT", "ETH", "MIL", "ETH", "CIV")], [("ASSAULT", "ETH", "INS", "ETH", "CIV")]),
    ("On 14 May 2022, Houthi forces fired missiles at a village in Marib. Four civilians were killed.",
     [("ASSAULT", "YEM", "INS", "YEM", "CIV")], []),
    ("On 1 June 2022, Myanmar military troops shelled Kyauk Gyi village (Shwegu township, Kachin state). A child was killed.",
     [("ASSAULT", "MMR", "MIL", "MMR", "CIV")], [("ASSAULT", "MMR", "INS", "MMR", "CIV")]),
    # the attackers' own dead are no casualties they caused
    ("On 8 May 2022, militants attacked an army base near Gao. Five militants were killed.",
     [("ASSAULT", "MLI", "INS", "MLI", "MIL")], [("ASSAULT", "MLI", "INS", "MLI", "INS")]),
    # no attack told before: the doer stays unstated
    ("On 2 March 2022, Sudanese police fired tear gas at protesters in Khartoum. Two police officers were injured.",
     [("ASSAULT", "SDN", "INS", "SDN", "GOV")], [("ASSAULT", "SDN", "GOV", "SDN", "GOV")]),
]


@pytest.mark.parametrize("text,expected,forbidden", TOLD_ATTACK_CASES, ids=[c[0][:50] for c in TOLD_ATTACK_CASES])
def test_casualties_of_a_told_attack(pipeline, text, expected, forbidden):
    assert_events([dyad_key(e) for e in events_of(pipeline, text, DATE)], expected, forbidden)


def test_attack_not_counted_as_casualty_takes_no_told_doer(pipeline):
    # "was attacked" is an attack of its own, not the count of an earlier one's casualties
    text = ("On 3 June 2022, soldiers fought off the insurgents near Monguno. "
            "The town of Gajiram has been attacked twice this year.")
    assert not any("told-attack-doer" in (e.rule or "") for e in events_of(pipeline, text, DATE))


@pytest.mark.parametrize("text,place", [
    ("On 12 May 2022, Russian forces shelled Nyrkove, Luhansk region as a result of which 5 civilians were killed.",
     "Nyrkove"),
    ("On 4 April 2022, Syrian regime forces shelled Kansafra, Idlib, as a result of which two children were killed.",
     "Kansafra"),
    ("On 20 June 2022, Ethiopian forces shelled Zalambessa, Tigray, as a result of which three civilians were killed.",
     "Zalambessa"),
])
def test_unaddressed_attack_takes_the_victims_it_counts(pipeline, text, place):
    # the shelling of a place no actor rule reads and the count of its casualties under it
    # are one attack: the shelling stays, with its place, and its target is the victims
    attacks = [e for e in events_of(pipeline, text, DATE) if e.type == "ASSAULT"]
    assert len(attacks) == 1, [(e.rule, e.target) for e in attacks]
    (attack,) = attacks
    assert "casualties-target" in attack.rule and attack.target is not None
    assert attack.location is not None and attack.location.name == place
