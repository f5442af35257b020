"""The toll of an attack told in the next sentence (issue #14, rule ``earlier-attacker``):
"X shelled Y. Two civilians were killed." The passive harm names no doer; its doer is
the attack's source, or the attack's target when the victims are of the attacker's own
side. Sentences written for these tests. Each case is (text, expected, forbidden) over
(type, source country, source sector, target country, target sector) keys.
"""

from __future__ import annotations

import pytest

from sentence_events import assert_events, dyad_key, events_of

DATE = "2022-05-10"

CASES = [
    # the victims of the toll are hit by the attack's doer, not by an unnamed armed group
    ("On 3 May 2022, Israeli aircraft struck a house in Rafah (Rafah, Gaza Strip). Two Palestinian children "
     "were killed.", [("ASSAULT", "ISR", None, "PSE", "CIV")], [("ASSAULT", "PSE", "INS", "PSE", "CIV")]),
    ("On 4 May 2022, Turkish drones struck a car near Qamishli (Qamishli, Al Hasakeh). Four Syrian civilians "
     "were wounded.", [("ASSAULT", "TUR", "MIL", "SYR", "CIV")], [("ASSAULT", "SYR", "INS", "SYR", "CIV")]),
    ("On 9 April 2022, Russian forces shelled Kupiansk (Kupiansk, Kharkiv). Three Ukrainian civilians were "
     "killed.", [("ASSAULT", "RUS", "MIL", "UKR", "CIV")], [("ASSAULT", "UKR", "INS", "UKR", "CIV")]),
    # victims of the attacker's own side were hit by the attack's target
    ("On 5 May 2022, Ethiopian troops clashed with Oromo Liberation Army fighters near Nekemte (East Wellega, "
     "Oromia). Three Ethiopian soldiers were killed.", [("ASSAULT", "ETH", "INS", "ETH", "MIL")],
     [("ASSAULT", "ETH", "MIL", "ETH", "MIL")]),
]

NOT_A_TOLL = [
    # a harm set apart from the attack before it is not its toll
    ("On 6 May 2022, Kenyan soldiers attacked a camp in Garissa (Garissa, Garissa). In a separate incident, "
     "a Kenyan trader was shot dead.", [], [("ASSAULT", "KEN", "MIL", "KEN", "CIV")]),
    # a perfect passive sums up a time: no toll of the attack before it
    ("On 7 May 2022, Nigerian soldiers attacked insurgents in Monguno (Monguno, Borno). Nigerian villagers "
     "have been attacked many times.", [], [("ASSAULT", "NGA", "MIL", "NGA", "CIV")]),
]


@pytest.mark.parametrize("text,expected,forbidden", CASES + NOT_A_TOLL, ids=[c[0][15:55] for c in CASES + NOT_A_TOLL])
def test_earlier_attacker(pipeline, text, expected, forbidden):
    assert_events([dyad_key(e) for e in events_of(pipeline, text, DATE)], expected, forbidden)


def test_earlier_attacker_rule_is_named(pipeline):
    events = events_of(pipeline, "On 9 April 2022, Russian forces shelled Kupiansk (Kupiansk, Kharkiv). Three "
                                 "Ukrainian civilians were killed.", DATE)
    tolls = [e for e in events if "earlier-attacker" in e.rule]
    assert tolls and all(e.source.country == "RUS" for e in tolls)
