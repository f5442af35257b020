"""Groups of one kind fighting each other (``events/rival_groups.py``, rule
``rival-groups``; and a clash "between" one kind of group, ``one_group_between``): that
kind of actor on both sides, not an attack on no one. The sentences are ours; each case
lists the dyads (type, source and target country and sector) that must and must not come
out of the real pipeline.
"""

from __future__ import annotations

import pytest

from sentence_events import assert_events, dyad_key, events_of

DATE = "2022-06-10"

RIVAL_GROUP_CASES = [
    # a reciprocal verb of a subject counted as several groups, or called rival
    ("On 10 January 2022, in Chilchota, Michoacan, two armed groups exchanged fire near the market.",
     [("ASSAULT", "MEX", "INS", "MEX", "INS")], [("ASSAULT", "MEX", "INS", None, None)]),
    ("On 3 March 2022, in Port-au-Prince (Ouest), rival gangs clashed near the port.",
     [("ASSAULT", "HTI", "INS", "HTI", "INS")], []),
    ("On 2 April 2022, in Quillacollo (Cochabamba), three groups of taxi drivers clashed with stones over a route.",
     [("ASSAULT", "BOL", "CIV", "BOL", "CIV")], []),
    # a clash between one kind of group, told as reported or as taking place
    ("On 5 May 2022, in Kano, a shoot-out between unknown shooters took place near the central market.",
     [("ASSAULT", "NGA", "INS", "NGA", "INS")], []),
    ("On 6 May 2022, in Temixco, Morelos, an armed clash was reported between armed men in Colonia Centro.",
     [("ASSAULT", "MEX", "INS", "MEX", "INS")], []),
    # one group, or a party named under "with": not the group against itself
    ("On 7 May 2022, protesters clashed in central Nairobi.", [], [("ASSAULT", "KEN", "CIV", "KEN", "CIV")]),
    ("On 8 May 2022, two armed groups clashed with soldiers near Kidal.",
     [("ASSAULT", "MLI", "INS", "MLI", "MIL")], [("ASSAULT", "MLI", "INS", "MLI", "INS")]),
]


@pytest.mark.parametrize("text,expected,forbidden", RIVAL_GROUP_CASES, ids=[c[0][:50] for c in RIVAL_GROUP_CASES])
def test_groups_of_one_kind_on_both_sides(pipeline, text, expected, forbidden):
    assert_events([dyad_key(e) for e in events_of(pipeline, text, DATE)], expected, forbidden)
