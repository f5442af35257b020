"""Violence told in incident reports (issue #13), second round: clauses the parser breaks
on a fronted date and place list ("On 4 May, in X, Y, two armed men knifed ..."), parsed
again on their own (``dragoman.fronted_settings``).

Sentences written for these tests. Each case is (text, expected, forbidden): ``expected``
events (type, source country, source sector, target country or None) must be among what
the pipeline extracts; ``forbidden`` ones must not be.
"""

from __future__ import annotations

import pytest

from sentence_events import assert_events, events_of, side_key

DATE = "2022-05-10"

FRONTED_SETTING_CASES = [
    # the parser reads the subject as one more place of the list, or the first verb as a
    # name: the clause parsed on its own has its subject back
    ("On 4 March 2022, in Puerto Cortes, Cortes, two unidentified armed men knifed and killed a taxi driver in his car.",
     [("ASSAULT", "HND", "INS", "HND")], []),
    ("On 3 March 2022, in Chimaltenango, Chimaltenango, a gang member shot and killed a bus driver near the terminal.",
     [("ASSAULT", "GTM", "INS", "GTM")], []),
    ("On 9 September 2022, in Kampala (Kawempe division, Kampala), two unidentified armed men knifed and killed a shopkeeper.",
     [("ASSAULT", "UGA", "INS", "UGA")], []),
    ("On 23 May 2022, in Escuintla, Escuintla, a gang member shot and wounded a shopkeeper outside his store.",
     [("ASSAULT", "GTM", "INS", "GTM")], []),
    ("On 10 August 2022, in Salvador (Bahia), two unidentified armed men knifed and killed a street vendor.",
     [("ASSAULT", "BRA", "INS", "BRA")], []),
    # a clause parsed well stays as it was; a clause with no act of violence stays silent
    ("On 19 April 2022, near Kupiansk (Kharkiv), Russian forces shelled a hospital.",
     [("ASSAULT", "RUS", "MIL", None)], []),
    ("On 5 May 2022, in Quito, Pichincha, two unidentified men were seen near the embassy.",
     [], [("ASSAULT", "ECU", "INS", None)]),
]


@pytest.mark.parametrize("text,expected,forbidden", FRONTED_SETTING_CASES,
                         ids=[c[0][:50] for c in FRONTED_SETTING_CASES])
def test_clause_after_fronted_setting(pipeline, text, expected, forbidden):
    assert_events([side_key(e) for e in events_of(pipeline, text, DATE)], expected, forbidden)


SETTING_END_CASES = [
    ("On 4 March 2022, in Puerto Cortes, Cortes, two armed men killed a driver.", "two"),
    ("On 3 May 2022, near Kale town (Kale township, Sagaing region), soldiers burned houses.", "soldiers"),
    ("Around 7 June 2022 (as reported), early in the morning, gunmen attacked a bus in Gao.", "gunmen"),
    # no fronted setting: nothing to parse again
    ("The army said on Monday that gunmen attacked a bus.", None),
    ("Police, residents said, shot a man in Mombasa.", None),
    ("On Monday the ministers met in Geneva.", None),
]


@pytest.mark.parametrize("text,first", SETTING_END_CASES, ids=[c[0][:40] for c in SETTING_END_CASES])
def test_setting_end(nlp, text, first):
    from dragoman.fronted_settings import setting_end

    sent = next(nlp(text).sents)
    end = setting_end(sent)
    assert (sent.doc[end].text if end is not None else None) == first


def test_reparsed_clause_has_its_subject(nlp):
    doc = nlp("On 9 September 2022, in Kampala (Kawempe division, Kampala), two unidentified armed men "
              "knifed and killed a shopkeeper.")
    (sent,) = list(doc.sents)
    root = sent.root
    assert root.pos_ == "VERB"
    assert any(c.dep_ == "nsubj" and c.lower_ == "men" for c in root.children)
    # the setting hangs from the clause's verb
    assert doc[0].head.i == root.i


VIOLENCE_WORD_CASES = [
    # stones pelted at someone, someone stoned: an attack on them
    ("Rioters pelted stones at the police in Srinagar on Friday.", [("ASSAULT", "IND", "CIV", "IND")], []),
    ("Students pelted stones at the police station in Lilongwe.", [("ASSAULT", "MWI", "CIV", "MWI")], []),
    ("Youths pelted stones at a police patrol in Kisumu.", [("ASSAULT", "KEN", "CIV", "KEN")], []),
    ("A mob stoned a suspected thief in Beira.", [("ASSAULT", "MOZ", "CIV", "MOZ")], []),
    ("A crowd stoned a bus in Dhaka.", [("ASSAULT", "BGD", "CIV", "BGD")], []),
    # blowing up a thing (not blowing up at someone)
    ("Armed men blew up an ATM in Recife.", [("ASSAULT", "BRA", "INS", None)], []),
    ("Unidentified gunmen blew up a gas pipeline in Sinai.", [("ASSAULT", "EGY", "INS", None)], []),
    ("Militants blew up a bridge near Maiduguri.", [("ASSAULT", "NGA", "INS", None)], []),
    ("The minister blew up at reporters in Lima.", [], [("ASSAULT", "PER", "GOV", "PER")]),
    # manhandling and knifing someone
    ("Youths manhandled two journalists at a rally in Nairobi.", [("ASSAULT", "KEN", "CIV", "KEN")], []),
    ("Soldiers manhandled a trader at a checkpoint in Bamako.", [("ASSAULT", "MLI", "MIL", "MLI")], []),
    ("Two men knifed a taxi driver in Tegucigalpa.", [("ASSAULT", "HND", "CIV", "HND")], []),
    ("A robber knifed a shopkeeper in Durban.", [("ASSAULT", "ZAF", "CIV", "ZAF")], []),
    ("A gang member knifed a student in Guatemala City.", [("ASSAULT", "GTM", "INS", "GTM")], []),
    # exchanges of fire between named sides ("shoot-out" is tokenised shoot, -, out)
    ("A shoot-out between police and gang members took place in Recife.", [("ASSAULT", "BRA", "GOV", "BRA")], []),
    ("A shoot-out between soldiers and gunmen took place in Culiacan.", [("ASSAULT", "MEX", "MIL", "MEX")], []),
    ("A shootout between police and robbers took place in Lagos.", [("ASSAULT", "NGA", "GOV", "NGA")], []),
    ("A gunfight between rival gangs broke out in Tegucigalpa.", [("ASSAULT", "HND", "INS", "HND")], []),
    # a shootout in a story with no parties: nothing
    ("The film ends with a shootout in a desert town.", [], [("ASSAULT", None, None, None)]),
]


@pytest.mark.parametrize("text,expected,forbidden", VIOLENCE_WORD_CASES, ids=[c[0][:40] for c in VIOLENCE_WORD_CASES])
def test_words_of_violence(pipeline, text, expected, forbidden):
    assert_events([side_key(e) for e in events_of(pipeline, text, DATE)], expected, forbidden)


OBJECT_VICTIM_CASES = [
    # the object of an active verb of harm done to a person that no role list holds is one
    # of the public of the place's state (dyad keys: the target's sector too)
    ("Unknown gunmen abducted a marabout in the village of Lale near Gao.", [("ASSAULT", "MLI", "INS", "MLI", "CIV")], []),
    ("Bandits abducted a moneylender near Gusau in Zamfara.", [("ASSAULT", "NGA", "INS", "NGA", "CIV")], []),
    ("Gunmen kidnapped a cattle herder near Bunia in Ituri.", [("ASSAULT", "COD", "INS", "COD", "CIV")], []),
    # a read object keeps its sector; a thing shot at is no person
    ("Gunmen kidnapped the governor in Zamfara.", [("ASSAULT", "NGA", "INS", "NGA", "GOV")],
     [("ASSAULT", "NGA", "INS", "NGA", "CIV")]),
    ("Gunmen attacked a truck near Gao.", [], [("ASSAULT", "MLI", "INS", "MLI", "CIV")]),
]


@pytest.mark.parametrize("text,expected,forbidden", OBJECT_VICTIM_CASES, ids=[c[0][:40] for c in OBJECT_VICTIM_CASES])
def test_object_victim(pipeline, text, expected, forbidden):
    from sentence_events import dyad_key

    assert_events([dyad_key(e) for e in events_of(pipeline, text, DATE)], expected, forbidden)


WEAPON_MEANS_CASES = [
    # a weapon an attack is done with is how, not whom: the attack on an unread place
    # stands, on the place's state, else with no addressee
    ("On 14 March 2022, Turkish forces shelled Kafr Jana village in Afrin countryside with heavy artillery.",
     [("ASSAULT", "TUR", "MIL", "SYR")], []),
    ("Russian forces shelled Ivanivka village in Kharkiv region with rockets.", [("ASSAULT", "RUS", "MIL", None)], []),
    ("Israeli forces shelled Ayta al Shaab town in south Lebanon with artillery.", [("ASSAULT", "ISR", "MIL", "LBN")], []),
    # a party under "with" is still a party
    ("Police clashed with protesters in Nairobi.", [("ASSAULT", "KEN", "GOV", "KEN")], []),
]


@pytest.mark.parametrize("text,expected,forbidden", WEAPON_MEANS_CASES, ids=[c[0][:40] for c in WEAPON_MEANS_CASES])
def test_weapon_is_no_party(pipeline, text, expected, forbidden):
    assert_events([side_key(e) for e in events_of(pipeline, text, DATE)], expected, forbidden)
