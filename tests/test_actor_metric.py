"""The actor figures of `dragoman eval` (actor_country_acc, actor_sector_acc) on hand-made pairs."""

from __future__ import annotations

from dragoman.evaluation import format_report, score


def actor(country=None, sector=None, name=None):
    return {"country": country, "sector": sector, "name": name}


def ev(sentence, type_, source, target, doc="d1"):
    return {"doc": doc, "sentence": sentence, "type": type_, "source": source, "target": target,
            "modality": "asserted", "date": None, "location": None}


S1 = "Kenyan military officials met their Ugandan counterparts in Kampala on Monday."
S2 = "Nigeria accused Chad of harbouring Boko Haram fighters."
S3 = "Ghanaian officials praised the ECOWAS mediation."  # no prediction in this sentence


def test_actor_figures_known_numbers():
    gold = [
        ev(S1, "CONSULT", actor("KEN", "MIL"), actor("UGA", "MIL")),
        ev(S2, "ACCUSE", actor("NGA", None), actor("TCD", "GOV")),
        ev(S3, "SUPPORT", actor("GHA", "GOV"), actor(None, "IGO", "ECOWAS")),
    ]
    pred = [
        # same sentence and type: source right, target's sector wrong (GOV for MIL)
        ev(S1, "CONSULT", actor("KEN", "MIL"), actor("UGA", "GOV")),
        # an event of another type in the same sentence is a worse alignment than this one
        ev(S1, "ACCUSE", actor("UGA", "GOV"), actor("KEN", "GOV")),
        # S2: only an event of another type: another act, so S2's gold actors are not counted
        ev(S2, "SANCTION", actor("NGA", None), actor("NGA", "INS", "Boko Haram")),
        # S2 again, the accusation itself: source right, target's country wrong
        ev(S2, "ACCUSE", actor("NGA", None), actor("CMR", "GOV"), doc="d1"),
    ]
    r = score(gold, pred)
    # S3 has no prediction: its two gold actors are not counted -> 4 gold actors
    assert r.n_actor_gold == 4
    # countries right: KEN, UGA, NGA (TCD vs CMR wrong) -> 3/4
    assert r.actor_country_acc == 3 / 4
    # sectors right: MIL, (GOV != MIL), None == None, GOV == GOV -> 3/4
    assert r.actor_sector_acc == 3 / 4
    wrong = {(m["gold_index"], m["side"]): m["wrong"] for m in r.actor_mismatches}
    assert wrong == {(0, "target"): ["sector"], (1, "target"): ["country"]}
    j = r.to_json()
    assert j["actor_country_acc"] == 0.75 and j["actor_sector_acc"] == 0.75 and j["n_actor_gold"] == 4
    text = format_report(r)
    assert "actor country" in text and "0.750" in text and "actor sector" in text


def test_alignment_takes_the_same_type_then_agreeing_countries():
    gold = [ev(S1, "CONSULT", actor("KEN", "MIL"), actor("UGA", "MIL"))]
    pred = [
        ev(S1, "CONSULT", actor("UGA", "MIL"), actor("KEN", "MIL")),  # same type, dyad reversed
        ev(S1, "CONSULT", actor("KEN", "GOV"), actor("UGA", "GOV")),  # same type, countries agree
        ev(S1, "ACCUSE", actor("KEN", "MIL"), actor("UGA", "MIL")),   # perfect actors, other type
    ]
    r = score(gold, pred)
    assert r.n_actor_gold == 2
    assert r.actor_country_acc == 1.0 and r.actor_sector_acc == 0.0
    assert {m["pred_index"] for m in r.actor_mismatches} == {1}


def test_no_prediction_in_any_gold_sentence():
    r = score([ev(S3, "SUPPORT", actor("GHA", "GOV"), actor("GHA", "CIV"))], [])
    assert r.n_actor_gold == 0 and r.actor_country_acc is None and r.actor_sector_acc is None


def test_a_sentence_with_only_other_acts_is_not_counted():
    gold = [ev(S2, "ACCUSE", actor("NGA", None), actor("TCD", "GOV"))]
    r = score(gold, [ev(S2, "SANCTION", actor("NGA", None), actor("NGA", "INS", "Boko Haram"))])
    assert r.n_actor_gold == 0 and r.actor_country_acc is None


S4 = "Fighters of the Lord's Resistance Army attacked a village near Obo, killing two residents."


def test_a_gold_actor_without_a_country_is_read_by_its_name_as_in_section_6():
    # The gold names the group but gives no country or sector (as the ACLED mapping writes a
    # named group); the prediction gives the group's base country and INS: the names agree,
    # so, as for an event match (§6), both figures count it right. A wrong name is wrong.
    gold = [ev(S4, "ASSAULT", actor(None, None, "Lord's Resistance Army"), actor("CAF", "CIV"))]
    right = score(gold, [ev(S4, "ASSAULT", actor("UGA", "INS", "Lord's Resistance Army"), actor("CAF", "CIV"))])
    assert right.n_actor_gold == 2 and right.actor_country_acc == 1.0 and right.actor_sector_acc == 1.0
    wrong = score(gold, [ev(S4, "ASSAULT", actor("UGA", "INS", "Allied Democratic Forces"), actor("CAF", "CIV"))])
    assert wrong.actor_country_acc == 0.5 and wrong.actor_sector_acc == 0.5
    # A gold with a sector but no country (an IGO) keeps its sector compared as it is.
    igo = [ev(S2, "ACCUSE", actor(None, "IGO", "African Union"), actor("TCD", "GOV"))]
    r = score(igo, [ev(S2, "ACCUSE", actor(None, "GOV", "African Union"), actor("TCD", "GOV"))])
    assert r.actor_country_acc == 1.0 and r.actor_sector_acc == 0.5


def test_a_gold_side_with_nobody_is_right_only_against_nobody():
    # No gold target (a protest with no addressee): a predicted named target is wrong even
    # when it has no country.
    gold = [ev(S4, "PROTEST", actor("CAF", "CIV"), None)]
    r = score(gold, [ev(S4, "PROTEST", actor("CAF", "CIV"), actor(None, None, "Obo"))])
    assert r.actor_country_acc == 0.5
    r = score(gold, [ev(S4, "PROTEST", actor("CAF", "CIV"), None)])
    assert r.actor_country_acc == 1.0 and r.actor_sector_acc == 1.0
