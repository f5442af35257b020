"""Event extraction: one test per PLOVER type, modality and argument construction.

Sentences are written for these tests (India–China, Russia–Ukraine, France–Mali,
Japan–South Korea, Turkey–Syria, Kenya–Somalia), dated 2019-03-14 so that every named
office holder (Xi Jinping, Wang Yi, Narendra Modi, Sushma Swaraj, Vladimir Putin,
Sergei Lavrov, Emmanuel Macron, Shinzo Abe, Taro Kono, Moon Jae-in, Recep Tayyip
Erdoğan) is in post on that day according to the knowledge base.

Each sentence is its own document; each test makes one ``pipeline.process`` call.
Assertions compare the full set of (type, source country, target country, modality)
per sentence, so a missing, extra, duplicated or mis-typed event fails the test.
"""

from __future__ import annotations

import pytest

from dragoman.models import Document

DATE = "2019-03-14"


def _doc(i: int, text: str) -> Document:
    return Document(
        id=f"t{i}", text=text, body=text, publication_date=DATE,
        date_basis="metadata", date_precision="day",
    )


def extract(pipeline, *texts: str) -> list[list]:
    """Events of each text (one document per text), in one pipeline call."""
    results = list(pipeline.process([_doc(i, t) for i, t in enumerate(texts)]))
    assert len(results) == len(texts)
    return [list(r.events) for r in results]


def _country(actor):
    return None if actor is None else actor.country


def key(ev) -> tuple:
    return (ev.type, _country(ev.source), _country(ev.target), ev.modality)


def keys(events) -> list[tuple]:
    return sorted((key(e) for e in events), key=lambda k: tuple("" if x is None else x for x in k))


def check(pipeline, cases):
    """cases: [(sentence, [(type, src, tgt, modality), ...])]; compare exactly."""
    texts = [s for s, _ in cases]
    for (sentence, expected), events in zip(cases, extract(pipeline, *texts)):
        assert keys(events) == sorted(expected, key=lambda k: tuple("" if x is None else x for x in k)), sentence


# --------------------------------------------------------------------------- types

TYPE_CASES = {
    "AGREE": [
        ("Russia signed a gas transit agreement with Ukraine.", "RUS", "UKR"),
        ("Turkey signed a defence agreement with Somalia.", "TUR", "SOM"),
        ("China agreed to India's proposal for border talks.", "CHN", "IND"),
    ],
    "CONSULT": [
        ("Chinese Foreign Minister Wang Yi met Indian External Affairs Minister Sushma Swaraj in Beijing.", "CHN", "IND"),
        ("Japanese Prime Minister Shinzo Abe held talks with South Korean President Moon Jae-in.", "JPN", "KOR"),
    ],
    "SUPPORT": [
        ("Emmanuel Macron praised Mali for its efforts against militants.", "FRA", "MLI"),
        ("Turkey expressed support for Somalia.", "TUR", "SOM"),
    ],
    "REQUEST": [
        ("Japan urged South Korea to respect the 1965 treaty.", "JPN", "KOR"),
        ("Kenya demanded that Somalia withdraw its maritime claim.", "KEN", "SOM"),
    ],
    "CONCEDE": [
        ("Russia released 24 Ukrainian sailors.", "RUS", "UKR"),
        ("Ukraine freed Russian prisoners.", "UKR", "RUS"),
    ],
    "COOPERATE": [
        ("Turkey shared intelligence with Kenya.", "TUR", "KEN"),
        ("Kenya trained Somali troops.", "KEN", "SOM"),
    ],
    "AID": [
        ("Japan provided humanitarian aid to Syria.", "JPN", "SYR"),
        ("China provided aid to Kenya.", "CHN", "KEN"),
    ],
    "RETREAT": [
        ("Russia withdrew its troops from Ukraine.", "RUS", "UKR"),
        ("France pulled out its forces from Mali.", "FRA", "MLI"),
    ],
    "ACCUSE": [
        ("China accused India of violating the ceasefire.", "CHN", "IND"),
        ("Erdogan criticised Syria.", "TUR", "SYR"),
    ],
    "REJECT": [
        ("South Korea rejected Japan's proposal.", "KOR", "JPN"),
    ],
    "THREATEN": [
        ("Russia threatened Ukraine with retaliation.", "RUS", "UKR"),
        ("Turkey warned Syria of serious consequences.", "TUR", "SYR"),
    ],
    "PROTEST": [
        ("Ukrainian protesters rallied against Russia in Kiev.", "UKR", "RUS"),
        ("Kenyans demonstrated outside the Somali embassy in Nairobi.", "KEN", "SOM"),
    ],
    "SANCTION": [
        ("Ukraine imposed sanctions on Russia.", "UKR", "RUS"),
        ("Kenya expelled the Somali ambassador.", "KEN", "SOM"),
    ],
    "MOBILIZE": [
        ("Russia deployed troops to the Ukrainian border.", "RUS", "UKR"),
        ("Turkey deployed troops to Syria.", "TUR", "SYR"),
    ],
    "COERCE": [
        ("Russia seized three Ukrainian ships.", "RUS", "UKR"),
        ("Ukraine detained Russian fishermen.", "UKR", "RUS"),
    ],
    "ASSAULT": [
        ("Turkey shelled Syrian positions.", "TUR", "SYR"),
        ("Russian forces attacked Ukrainian troops.", "RUS", "UKR"),
    ],
}

PLOVER_TYPES = [
    "AGREE", "CONSULT", "SUPPORT", "REQUEST", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]


def test_every_plover_type_is_covered():
    assert sorted(TYPE_CASES) == sorted(PLOVER_TYPES)


@pytest.mark.parametrize("event_type", PLOVER_TYPES)
def test_type_source_and_target(pipeline, event_type):
    cases = [(s, [(event_type, src, tgt, "asserted")]) for s, src, tgt in TYPE_CASES[event_type]]
    check(pipeline, cases)


def test_named_office_holders_resolve_with_sector_and_name(pipeline):
    (wang,), (abe,) = extract(
        pipeline,
        "Chinese Foreign Minister Wang Yi met Indian External Affairs Minister Sushma Swaraj in Beijing.",
        "Japanese Prime Minister Shinzo Abe held talks with South Korean President Moon Jae-in.",
    )
    assert (wang.source.country, wang.source.sector, wang.source.name) == ("CHN", "GOV", "Wang Yi")
    assert (wang.target.country, wang.target.sector, wang.target.name) == ("IND", "GOV", "Sushma Swaraj")
    assert (abe.source.country, abe.source.sector, abe.source.name) == ("JPN", "GOV", "Shinzo Abe")
    assert (abe.target.country, abe.target.sector, abe.target.name) == ("KOR", "GOV", "Moon Jae-in")


# ------------------------------------------------------------------------ modality

def test_modality_negated(pipeline):
    check(pipeline, [
        ("Russia did not attack Ukraine.", [("ASSAULT", "RUS", "UKR", "negated")]),
        ("Kenya never expelled the Somali ambassador.", [("SANCTION", "KEN", "SOM", "negated")]),
        ("France did not withdraw its troops from Mali.", [("RETREAT", "FRA", "MLI", "negated")]),
        ("Erdogan said Turkey would not withdraw its troops from Syria.", [("RETREAT", "TUR", "SYR", "negated")]),
    ])


def test_modality_hypothetical(pipeline):
    check(pipeline, [
        ("If Turkey attacks Syria, Russia will respond.", [("ASSAULT", "TUR", "SYR", "hypothetical")]),
        ("Russia could attack Ukraine.", [("ASSAULT", "RUS", "UKR", "hypothetical")]),
        ("Japan could impose sanctions on South Korea.", [("SANCTION", "JPN", "KOR", "hypothetical")]),
    ])


def test_modality_future(pipeline):
    check(pipeline, [
        ("Russia will withdraw its troops from Ukraine.", [("RETREAT", "RUS", "UKR", "future")]),
        ("France plans to withdraw its troops from Mali.", [("RETREAT", "FRA", "MLI", "future")]),
        ("Xi Jinping will visit India next month.", [("CONSULT", "CHN", "IND", "future")]),
        ("India plans to send aid to China.", [("AID", "IND", "CHN", "future")]),
    ])


def test_modality_asserted_past_and_present(pipeline):
    check(pipeline, [
        ("Russia released 24 Ukrainian sailors.", [("CONCEDE", "RUS", "UKR", "asserted")]),
        ("Turkey shelled Syrian positions.", [("ASSAULT", "TUR", "SYR", "asserted")]),
    ])


# -------------------------------------------------------------- argument structure

def test_passive_with_by_agent(pipeline):
    check(pipeline, [
        ("Ukraine was attacked by Russia.", [("ASSAULT", "RUS", "UKR", "asserted")]),
        ("Mali was praised by France.", [("SUPPORT", "FRA", "MLI", "asserted")]),
        ("Somali troops were trained by Kenya.", [("COOPERATE", "KEN", "SOM", "asserted")]),
        ("Ukrainian ships were seized by Russian forces.", [("COERCE", "RUS", "UKR", "asserted")]),
    ])


def test_passive_agent_keeps_its_sector(pipeline):
    ((ev,),) = extract(pipeline, "Ukrainian ships were seized by Russian forces.")
    assert (ev.source.country, ev.source.sector) == ("RUS", "MIL")


def test_object_control_target_is_the_object(pipeline):
    check(pipeline, [
        ("France urged Mali to hold elections.", [("REQUEST", "FRA", "MLI", "asserted")]),
        ("Modi called on China to respect the ceasefire.", [("REQUEST", "IND", "CHN", "asserted")]),
        ("Japan asked South Korea to return the statue.", [("REQUEST", "JPN", "KOR", "asserted")]),
    ])


def test_coordinated_subjects_give_one_event_each(pipeline):
    check(pipeline, [
        ("France and Germany condemned Russia.",
         [("ACCUSE", "FRA", "RUS", "asserted"), ("ACCUSE", "DEU", "RUS", "asserted")]),
        ("France and Germany imposed sanctions on Russia.",
         [("SANCTION", "FRA", "RUS", "asserted"), ("SANCTION", "DEU", "RUS", "asserted")]),
    ])


def test_prepositional_target(pipeline):
    check(pipeline, [
        ("China put pressure on India over the dam.", [("REQUEST", "CHN", "IND", "asserted")]),
        ("Russia held talks with Ukraine.", [("CONSULT", "RUS", "UKR", "asserted")]),
        ("Japan provided humanitarian aid to Syria.", [("AID", "JPN", "SYR", "asserted")]),
    ])


def test_nominal_events(pipeline):
    check(pipeline, [
        ("Russia's attack on Ukraine drew condemnation.", [("ASSAULT", "RUS", "UKR", "asserted")]),
        ("The meeting between Putin and Erdogan took place in Moscow.", [("CONSULT", "RUS", "TUR", "asserted")]),
        ("Turkey's offensive against Syria continued.", [("ASSAULT", "TUR", "SYR", "asserted")]),
        ("Kenya's expulsion of the Somali ambassador angered Mogadishu.", [("SANCTION", "KEN", "SOM", "asserted")]),
    ])


def test_nominal_event_between_two_parties(pipeline):
    check(pipeline, [
        ("The talks between Russia and Ukraine collapsed.", [("CONSULT", "RUS", "UKR", "asserted")]),
        ("Japan's talks with South Korea ended without agreement.", [("CONSULT", "JPN", "KOR", "asserted")]),
    ])


def test_nominal_meeting_keeps_named_leaders(pipeline):
    ((ev,),) = extract(pipeline, "The meeting between Putin and Erdogan took place in Moscow.")
    assert ev.source.name == "Vladimir Putin"
    assert ev.target.name == "Recep Tayyip Erdoğan"


@pytest.mark.parametrize(
    "text, expected, quote, speaker",
    [
        ('Lavrov said: "Ukraine attacked Russian positions."',
         ("ASSAULT", "UKR", "RUS", "asserted"), "Ukraine attacked Russian positions", "Sergei Lavrov"),
        ('"China will send aid to Kenya," Wang Yi said.',
         ("AID", "CHN", "KEN", "future"), "China will send aid to Kenya", "Wang Yi"),
        ('"We will impose sanctions on South Korea," Taro Kono said.',
         ("SANCTION", "JPN", "KOR", "future"), "We will impose sanctions on South Korea", "Taro Kono"),
    ],
)
def test_reported_speech_keeps_quote_and_speaker(pipeline, text, expected, quote, speaker):
    # (a quoted attack of another party is also the speaker's accusation: attributed-attack)
    ((ev,),) = [[e for e in events if e.type == expected[0]] for events in extract(pipeline, text)]
    assert key(ev) == expected
    assert ev.quote is not None and ev.quote.strip(' ,."') == quote
    assert ev.quote in text
    assert ev.quote_speaker == speaker


def test_first_person_in_quote_resolves_to_speaker(pipeline):
    ((ev,),) = extract(pipeline, '"We will impose sanctions on South Korea," Taro Kono said.')
    assert (ev.source.country, ev.source.sector, ev.source.name) == ("JPN", "GOV", "Taro Kono")


def test_indirect_reported_speech_is_speaker_event_without_quote(pipeline):
    ((ev,),) = extract(pipeline, "Lavrov said Ukraine must stop shelling civilians.")
    assert key(ev) == ("REQUEST", "RUS", "UKR", "asserted")
    assert ev.source.name == "Sergei Lavrov"
    assert ev.quote is None


def test_both_sides_agreed(pipeline):
    check(pipeline, [
        ("Xi Jinping met Narendra Modi in Wuhan. Both sides agreed to maintain peace along the border.",
         [("CONSULT", "CHN", "IND", "asserted"), ("AGREE", "CHN", "IND", "asserted")]),
        ("Macron met Mali's president in Bamako. Both sides agreed to strengthen security cooperation.",
         [("CONSULT", "FRA", "MLI", "asserted"), ("AGREE", "FRA", "MLI", "asserted")]),
    ])


# ----------------------------------------------------------------- provenance etc.

def test_trigger_offsets_point_into_document_text(pipeline):
    texts = [
        "Xi Jinping met Narendra Modi in Wuhan. Both sides agreed to maintain peace along the border.",
        "Tensions rose on Monday. Russia seized three Ukrainian ships. Kenya expelled the Somali ambassador.",
        '"We will impose sanctions on South Korea," Taro Kono said.',
    ]
    all_events = extract(pipeline, *texts)
    assert all(all_events)
    for text, events in zip(texts, all_events):
        for ev in events:
            t = ev.trigger
            assert 0 <= t.start < t.end <= len(text)
            assert text[t.start:t.end] == t.text


def test_trigger_text_is_the_event_word(pipeline):
    (attack,), (meet,) = extract(
        pipeline,
        "Russia's attack on Ukraine drew condemnation.",
        "Chinese Foreign Minister Wang Yi met Indian External Affairs Minister Sushma Swaraj in Beijing.",
    )
    assert attack.trigger.text == "attack"
    assert meet.trigger.text == "met"


@pytest.mark.parametrize(
    "text",
    ["Talks were held.", "Troops were deployed.", "The border was shelled."],
)
def test_no_event_without_identifiable_source(pipeline, text):
    (events,) = extract(pipeline, text)
    assert events == []


def test_one_act_one_event(pipeline):
    check(pipeline, [
        ("Russia attacked and shelled Ukrainian positions.", [("ASSAULT", "RUS", "UKR", "asserted")]),
        ("Russian forces attacked Ukrainian troops near Mariupol on Tuesday.", [("ASSAULT", "RUS", "UKR", "asserted")]),
        ("Turkey warned Syria of serious consequences.", [("THREATEN", "TUR", "SYR", "asserted")]),
    ])


# ------------------------------------------------ coordinated parties and embedded acts

def test_coordinated_subjects_act_with_each_other(pipeline):
    check(pipeline, [
        ("India and China agreed to resolve the border dispute through dialogue.",
         [("AGREE", "IND", "CHN", "asserted")]),
        ("Japan and South Korea held talks.", [("CONSULT", "JPN", "KOR", "asserted")]),
    ])


def test_no_plans_to_act_is_a_negated_event_of_the_planner(pipeline):
    check(pipeline, [
        ("Turkey has no plans to attack Syria.", [("ASSAULT", "TUR", "SYR", "negated")]),
    ])


def test_organs_of_one_state_are_not_an_international_event(pipeline):
    check(pipeline, [
        ("The Indian army chief met the Indian foreign minister in Delhi.", []),
    ])


def test_no_longer_negates(pipeline):
    check(pipeline, [
        ("Russia is no longer pushing Ukraine to hold talks.", [("REQUEST", "RUS", "UKR", "negated")]),
    ])


def test_negation_of_a_verb_about_an_event_is_not_the_event_s(pipeline):
    check(pipeline, [
        ("Putin's visit to Tokyo was not announced in advance.", [("CONSULT", "RUS", "JPN", "asserted")]),
        ("The talks between India and China did not take place.", [("CONSULT", "IND", "CHN", "negated")]),
    ])


def test_a_dateline_is_not_part_of_the_first_sentence(pipeline):
    check(pipeline, [
        ("NEW DELHI, Sept 11 (Reuters) - India and China agreed on Thursday to disengage their troops.",
         [("AGREE", "IND", "CHN", "asserted")]),
    ])


def test_a_fronted_accusation_is_not_framed_by_the_denial(pipeline):
    check(pipeline, [
        ("China accused Indian troops of firing warning shots on Monday, a charge New Delhi denied.",
         [("ACCUSE", "CHN", "IND", "asserted")]),
    ])


def test_family_name_first_short_names_resolve(pipeline):
    events = extract(pipeline, "Modi met Xi in Osaka.")[0]
    assert keys(events) == [("CONSULT", "IND", "CHN", "asserted")]
    assert events[0].target.name == "Xi Jinping" and events[0].target.sector == "GOV"


def test_short_names_without_the_article_or_by_the_given_name_resolve(pipeline):
    # the Arabic article on a family name is dropped in short references ("al-Burhan" is
    # "Burhan"), and Ethiopian and Eritrean people go by their given name ("Abiy")
    burhan, sisi, abiy = extract(
        pipeline,
        "On Monday, Burhan met Ruto in Nairobi.",
        "On Tuesday, Sisi praised Tebboune for his support.",
        "On Friday, Ethiopia's Abiy welcomed Isaias at the airport.",
    )
    assert burhan[0].source.name == "Abdel Fattah al-Burhan" and burhan[0].source.country == "SDN"
    assert [(e.type, e.source.name) for e in sisi] == [("SUPPORT", "Abdel Fattah el-Sisi")]
    assert abiy and abiy[0].source.name == "Abiy Ahmed" and abiy[0].target.country == "ERI"


def test_event_location_is_where_the_act_happened(pipeline):
    demand, visit = extract(
        pipeline,
        "India urged China to withdraw its troops from Ladakh.",
        "Modi visited Beijing in June.",
    )
    assert keys(demand) == [("REQUEST", "IND", "CHN", "asserted")]
    assert demand[0].location is None  # Ladakh is where the demanded withdrawal would happen
    assert keys(visit) == [("CONSULT", "IND", "CHN", "asserted")]
    assert visit[0].location is not None and visit[0].location.name == "Beijing"
    assert visit[0].location.country == "CHN"


def test_coordinated_modifiers_share_the_head_role(pipeline):
    events = extract(pipeline, "Talks between Indian and Chinese officials resumed in Beijing.")[0]
    assert keys(events) == [("CONSULT", "IND", "CHN", "asserted")]
    assert (events[0].source.sector, events[0].target.sector) == ("GOV", "GOV")


def test_reported_reproach_is_an_accusation_but_an_opinion_is_not(pipeline):
    check(pipeline, [
        ("Lavrov said that Ukraine had not done enough to implement the agreement.",
         [("ACCUSE", "RUS", "UKR", "asserted")]),
        ("Many Ukrainians believe that Russia has not done enough to end the war.", []),
    ])


def test_deployments_target_the_state_at_whose_border_they_happen(pipeline):
    check(pipeline, [
        ("India deployed troops to the border with China.", [("MOBILIZE", "IND", "CHN", "asserted")]),
        ("Turkey mobilized troops along the Syrian border.", [("MOBILIZE", "TUR", "SYR", "asserted")]),
        ("Russia deployed warships near Ukraine.", [("MOBILIZE", "RUS", "UKR", "asserted")]),
    ])


def test_a_list_of_people_is_one_target_each(pipeline):
    # the parser often hangs such lists as a chain of appositions; a body named beside
    # the person who heads it ("ISI chief General X") is not a second target
    check(pipeline, [
        ("Lavrov met with Turkish President Recep Tayyip Erdoğan, French President Emmanuel Macron "
         "and Japanese Prime Minister Shinzo Abe.",
         [("CONSULT", "RUS", "TUR", "asserted"), ("CONSULT", "RUS", "FRA", "asserted"),
          ("CONSULT", "RUS", "JPN", "asserted")]),
    ])


def test_coordinated_modifiers_of_a_target_give_one_target_each(pipeline):
    events = extract(pipeline, "Turkish officials said they were ready to cooperate with Russian and Iranian forces.")[0]
    assert keys(events) == [("AGREE", "TUR", "IRN", "asserted"), ("AGREE", "TUR", "RUS", "asserted")]
    assert {e.target.sector for e in events} == {"MIL"}


def test_the_setting_of_a_clause_is_an_act_of_its_subject(pipeline):
    check(pipeline, [
        ("“The talks were useful,” said Lavrov after talks with Japanese Foreign Minister Taro Kono.",
         [("CONSULT", "RUS", "JPN", "asserted")]),
        ("Officials praised the visit of Japanese Prime Minister Shinzo Abe to China.",
         [("CONSULT", "JPN", "CHN", "asserted")]),
        ("China sent its foreign minister to Moscow and Tehran.",
         [("CONSULT", "CHN", "RUS", "asserted"), ("CONSULT", "CHN", "IRN", "asserted")]),
    ])


def test_predicative_adjectives_and_future_refusals(pipeline):
    check(pipeline, [
        ("Russia has been critical of Ukraine’s decision.", [("ACCUSE", "RUS", "UKR", "asserted")]),
        # "will not allow" is a refusal made now, not an act that did not happen
        ("Turkey said it would not allow Syrian forces to enter the city.", [("REJECT", "TUR", "SYR", "asserted")]),
        ("Modi postponed his travel to Beijing.", [("SANCTION", "IND", "CHN", "asserted")]),
    ])


def test_passive_act_takes_the_agent_of_its_means(pipeline):
    events = extract(pipeline, "A Somali commander was killed in an air strike carried out by Kenyan forces.")[0]
    assert keys(events) == [("ASSAULT", "KEN", "SOM", "asserted")]
    assert events[0].source.sector == "MIL"


def test_reported_expectations_and_consequences(pipeline):
    check(pipeline, [
        # in reported speech "is expected to" is the speaker's demand ...
        ("Lavrov added that Ukraine is expected to do the same.", [("REQUEST", "RUS", "UKR", "asserted")]),
        # ... in narrative it only says what will happen
        ("Putin is expected to arrive in Ankara on Friday.", [("CONSULT", "RUS", "TUR", "future")]),
        # a that-clause the parser hangs on an intervening phrase is still what was said
        ("Britain maintained during the talks that Russia could face further sanctions if the attacks continued.",
         [("THREATEN", "GBR", "RUS", "asserted")]),
        ("Putin said the talks were useful, and said that Ukraine has not done enough to end the conflict.",
         [("ACCUSE", "RUS", "UKR", "asserted")]),
    ])


def test_pledges_needs_and_settings(pipeline):
    check(pipeline, [
        # the giver of a nominal promise, and whom the promised act concerns; a promised
        # visit is an event of its own, to come
        ("The talks ended with a promise from Narendra Modi to visit China.",
         [("AGREE", "IND", "CHN", "asserted"), ("CONSULT", "IND", "CHN", "future")]),
        # "stressed the need for Y to V" is the speaker's demand of Y
        ("The Russian delegation stressed the need for Ukraine to withdraw its heavy weapons.",
         [("REQUEST", "RUS", "UKR", "asserted")]),
        # a meeting held with Y, as the setting of X's act, is X's meeting with Y
        ("In a joint press conference held with Sergei Lavrov in Moscow, Taro Kono urged Russia to return the islands.",
         [("CONSULT", "JPN", "RUS", "asserted"), ("REQUEST", "JPN", "RUS", "asserted")]),
    ])


def test_a_visit_and_its_talks_are_one_encounter(pipeline):
    events = extract(pipeline, "Wang Yi visited New Delhi, where he held talks with Sushma Swaraj.")[0]
    assert keys(events) == [("CONSULT", "CHN", "IND", "asserted")]
    assert events[0].target.name == "Sushma Swaraj"


def test_a_capture_by_an_armed_group_is_an_abduction(pipeline):
    check(pipeline, [
        ("Two Kenyan aid workers were captured by al-Shabaab near the border.", [("ASSAULT", "SOM", "KEN", "asserted")]),
        ("Kenyan police arrested two Somali nationals.", [("COERCE", "KEN", "SOM", "asserted")]),
    ])


def test_a_circumstance_does_not_frame_an_act(pipeline):
    # "declined" here means "fell": the raid after which it fell is an act of its own
    check(pipeline, [
        ("Intelligence cooperation between the two countries declined following the US commando raid "
         "that killed a senior Syrian commander.", [("ASSAULT", "USA", "SYR", "asserted")]),
    ])


def test_cooperation_between_the_two_militaries_takes_the_story_dyad(pipeline):
    events = extract(pipeline, "Russian troops crossed into Ukraine last week. The Ukrainian army announced that "
                               "the cooperation between the two militaries has ended.")[0]
    assert ("COOPERATE", "UKR", "RUS", "asserted") in keys(events)
    # with neither state named in the sentence, the pair is not guessed
    events = extract(pipeline, "Russian troops crossed into Ukraine last week. "
                               "Cooperation between the two militaries has ended.")[0]
    assert not [e for e in events if e.type == "COOPERATE"]


def test_commentary_is_not_an_event_but_an_act_it_reports_is(pipeline):
    check(pipeline, [
        ("Analysts say that Moscow wants Ukraine to withdraw its troops.", []),
        ("Experts believe that China will sanction Japan.", []),
        ("A Russian expert told reporters that Moscow and Kyiv reached an understanding on prisoners.",
         [("AGREE", "RUS", "UKR", "asserted")]),
    ])


def test_whom_a_demand_is_addressed_to(pipeline):
    check(pipeline, [
        # action is demanded against the militants, of Turkey
        ("“Russia wants decisive action against the militants and wants Turkey to play a constructive part,” "
         "Lavrov added.", [("REQUEST", "RUS", "TUR", "asserted")]),
        # a commitment asked for is not a commitment given
        ("“We want a commitment from Turkey to respect the ceasefire,” said Lavrov.",
         [("REQUEST", "RUS", "TUR", "asserted")]),
        ("Ankara questioned the Russian statement on the talks.", [("REJECT", "TUR", "RUS", "asserted")]),
    ])


def test_a_state_named_on_the_first_conjunct_is_shared(pipeline):
    events = extract(pipeline, "Two Kenyan hostages were recovered in an operation by Somali troops and intelligence agencies.")[0]
    assert keys(events) == [("AID", "SOM", "KEN", "asserted")] * 2
    assert sorted(e.source.sector for e in events) == ["MIL", "SPY"]
    assert all(e.trigger.text == "recovered" for e in events)


def test_dismissed_allegations_and_complaints_held(pipeline):
    check(pipeline, [
        ("The Chinese leadership says that Tokyo’s allegations are baseless.", [("REJECT", "CHN", "JPN", "asserted")]),
        ("Lavrov said that Ukraine’s claims were true.", []),
        ("I interviewed a senior Russian minister last week, and he was full of complaints against Kyiv.",
         [("ACCUSE", "RUS", "UKR", "asserted")]),
    ])


def test_an_unsaid_addressee_is_the_other_state_of_the_story(pipeline):
    story = "Japanese and South Korean officials met in Tokyo on Monday to discuss trade. "
    events = extract(pipeline, story + "South Korea, too, made demands in its own interest.")[0]
    demand = [e for e in events if e.type == "REQUEST"]
    assert [key(e) for e in demand] == [("REQUEST", "KOR", "JPN", "asserted")]
    assert "implicit-counterpart" in demand[0].rule
    # provenance: the target span points at the state's latest mention before the sentence
    assert demand[0].target_span is not None and demand[0].target_span.text.startswith("Japanese")
    # a wish for one's own act asks nothing of anyone
    events = extract(pipeline, story + "The last thing South Korea wants to do is antagonize its voters.")[0]
    assert not [e for e in events if e.type == "REQUEST"]
    # a weak reading ("want") addresses no one when it asks for a state of affairs, not an act
    events = extract(pipeline, story + "President Moon said South Korea wants peace.")[0]
    assert not [e for e in events if e.type == "REQUEST"]
    events = extract(pipeline, story + "Seoul wants a withdrawal of the export curbs.")[0]
    assert keys([e for e in events if e.type == "REQUEST"]) == [("REQUEST", "KOR", "JPN", "asserted")]
    # with no story dyad there is no one to address: no earlier state, or many of them
    check(pipeline, [("South Korea, too, made demands in its own interest.", [])])
    events = extract(pipeline, "Japanese, Chinese and Russian officials met in Tokyo on Monday to discuss trade. "
                               "South Korea, too, made demands in its own interest.")[0]
    assert not [e for e in events if e.type == "REQUEST"]
    # an act the sentence states with an addressee wins over the inferred one
    events = extract(pipeline, story + "South Korea made demands and urged Japan to lift its export curbs.")[0]
    assert keys([e for e in events if e.type == "REQUEST"]) == [("REQUEST", "KOR", "JPN", "asserted")]


def test_pressure_spelled_out_by_a_participial_speech_act_is_that_act(pipeline):
    check(pipeline, [
        # the warning is what the pressure consisted of: one THREATEN
        ("Japan stepped up the pressure on South Korea on Monday, warning Seoul that there would be "
         "consequences if it did not respect the treaty.", [("THREATEN", "JPN", "KOR", "asserted")]),
        ("Russia increased its pressure on Ukraine, accusing Kyiv of violating the ceasefire.",
         [("ACCUSE", "RUS", "UKR", "asserted")]),
        # a pressure that asks for something is a demand of its own
        ("Japan stepped up pressure on South Korea to respect the 1965 treaty.",
         [("REQUEST", "JPN", "KOR", "asserted")]),
        ("Russia increased its pressure on Ukraine.", [("REQUEST", "RUS", "UKR", "asserted")]),
        # a participle that is not a speech act does not replace it
        ("Japan stepped up pressure on South Korea, sending warships to the disputed islands.",
         [("REQUEST", "JPN", "KOR", "asserted")]),
    ])


def test_what_someone_sets_out_to_show_is_no_stated_act(pipeline):
    check(pipeline, [
        ("It was important to show the Ukrainian delegation that Russia will work with Kyiv as a partner.", []),
        ("The exercise aimed to signal that Japan will defend itself against North Korea.", []),
        # shown in fact, the content is still told as what will happen
        ("Russia showed Ukraine that it will cooperate with Kyiv.", [("COOPERATE", "RUS", "UKR", "future")]),
        # the act that the purpose clause explains stays
        ("China agreed to cooperate with India in order to show that it is a responsible power.",
         [("AGREE", "CHN", "IND", "asserted")]),
    ])


def test_an_act_someone_will_find_hard_to_do_is_no_event(pipeline):
    check(pipeline, [
        ("Ukraine will be hard-pressed to comply with Russian demands.", []),
        ("Ukraine will be hard pressed to comply with Russian demands.", []),
        ("Somalia has struggled to cooperate with Kenya on border security.", []),
        ("India will find it difficult to accept China's proposal.", []),
        ("It will be difficult for Mali to comply with French demands.", []),
        ("Turkey is unlikely to attack Syria.", []),
        # effort is not difficulty, and a difficulty beside an act leaves the act
        ("Turkey worked hard to cooperate with Syria.", [("COOPERATE", "TUR", "SYR", "asserted")]),
        ("Russia pressed Ukraine to release the sailors.", [("REQUEST", "RUS", "UKR", "asserted")]),
        ("Kenya struggled against al-Shabaab but agreed to cooperate with Somalia.",
         [("AGREE", "KEN", "SOM", "asserted")]),
        ("It was difficult, but India accepted China's proposal.", [("AGREE", "IND", "CHN", "asserted")]),
    ])


def test_a_clause_with_its_own_unknown_subject_inherits_no_other(pipeline):
    check(pipeline, [
        # the visit is postponed by the unnamed leader, not by Modi
        ("Narendra Modi arrived in Beijing on Monday, and the leader of another country postponed "
         "a planned visit to China.", [("CONSULT", "IND", "CHN", "asserted")]),
        ("Narendra Modi's arrival caused the leader of another country to reschedule a planned visit to Beijing.", []),
        # without a subject of its own, the coordinated verb still shares the first one's
        ("Vladimir Putin arrived in Ankara and postponed a planned visit to Syria.",
         [("CONSULT", "RUS", "TUR", "asserted"), ("SANCTION", "RUS", "SYR", "asserted")]),
    ])


def test_the_content_of_a_held_view_is_an_opinion(pipeline):
    check(pipeline, [
        ("Russia seems to understand Turkey's position that the war should be fought on Syrian soil.", []),
        ("Kenya shares the view that Somalia will attack al-Shabaab.", []),
        ("India's position is that China should withdraw its troops from Doklam.", []),
        # the act done to the view is still an act
        ("Japan rejected South Korea's view that Tokyo must compensate the victims.",
         [("REJECT", "JPN", "KOR", "asserted")]),
    ])


def test_an_act_talked_about_is_a_topic_not_an_event(pipeline):
    check(pipeline, [
        ("The report separates that meeting from the discussion of Wang Yi sharing intelligence with India.", []),
        ("Russia talked about releasing Ukrainian sailors.", []),
        ("Japan and South Korea held talks about resuming military cooperation.",
         [("CONSULT", "JPN", "KOR", "asserted")]),
        # a gerund act that is not a topic stays
        ("India began sharing intelligence with China.", [("COOPERATE", "IND", "CHN", "asserted")]),
    ])


def test_a_cooperation_said_to_decline_is_a_trend_not_an_act(pipeline):
    check(pipeline, [
        ("The intelligence cooperation between Indian and Chinese forces in the border areas declined "
         "following the clash in Galwan.", []),
        ("Military cooperation between Japan and South Korea has deteriorated since the radar incident.", []),
        ("Turkish aid to Syria fell sharply last year.", []),
        # cooperation that grows or resumes is still cooperation
        ("Military cooperation between Japan and South Korea resumed in March.",
         [("COOPERATE", "JPN", "KOR", "asserted")]),
    ])


def test_a_speaker_who_says_they_will_not_do_something_refuses(pipeline):
    story = "Japanese and South Korean officials met in Tokyo on Monday to discuss trade. "
    check(pipeline, [
        # the addressee is the party of the act the refusal is coordinated with
        ("Japan agreed to help South Korea but insisted it would not become a guarantor of the deal.",
         [("AGREE", "JPN", "KOR", "asserted"), ("REJECT", "JPN", "KOR", "asserted")]),
        # ... or the one it was told to
        ("India told China that it would never accept the new map.", [("REJECT", "IND", "CHN", "asserted")]),
        # a verb that states no choice is no refusal; a negated act of another kind stays that act
        ("Russia said it would not hesitate to respond to Ukraine.", []),
        ("China said it would not be able to attend the summit in Japan.", []),
        ("Ukraine said it would not attack Russia.", [("ASSAULT", "UKR", "RUS", "negated")]),
        # what the speaker says another will not do is no refusal of the speaker's
        ("India said China would not become a member of the group.", []),
    ])
    # with no addressee in the sentence, the other state of the story
    events = extract(pipeline, story + "South Korea declared that it would not join the new framework.")[0]
    assert ("REJECT", "KOR", "JPN", "asserted") in keys(events)


def test_reported_necessity_is_a_demand(pipeline):
    check(pipeline, [
        ("Lavrov said it was important for Ukraine to implement the agreement.", [("REQUEST", "RUS", "UKR", "asserted")]),
        ("Wang Yi said there is a need for India to respect the border.", [("REQUEST", "CHN", "IND", "asserted")]),
        ("Wang Yi said it is time for New Delhi to respect the border.", [("REQUEST", "CHN", "IND", "asserted")]),
        ("Macron said Mali needs to hold elections.", [("REQUEST", "FRA", "MLI", "asserted")]),
        # what is important to the speaker's own side, or an assessment, asks nothing of anyone
        ("Lavrov said it was important for Russia to protect its citizens.", []),
        ("Wang Yi said India was important for the region.", []),
    ])


def test_a_reproach_someone_holds_is_an_accusation(pipeline):
    check(pipeline, [
        # a stance adopted by the subject of the verb
        ("Lavrov repeated Moscow's position on Kyiv not doing enough to stop the shelling.",
         [("ACCUSE", "RUS", "UKR", "asserted")]),
        ("Lavrov said Ukraine has failed to implement the agreement.", [("ACCUSE", "RUS", "UKR", "asserted")]),
        ("Lavrov complained that Ukraine has failed to implement the agreement.", [("ACCUSE", "RUS", "UKR", "asserted")]),
        # a stance rejected by the subject is still its owner's
        ("Lavrov rejected the Ukrainian position that Russia has not done enough.",
         [("REJECT", "RUS", "UKR", "asserted"), ("ACCUSE", "UKR", "RUS", "asserted")]),
        # the writer's own statement, a condition, and a failure of no actor's are no accusation
        ("Ukraine has failed to implement the agreement.", []),
        ("Russia will act if Ukraine fails to implement the agreement.", []),
        ("Lavrov said the talks failed to produce a deal.", []),
    ])


def test_a_call_for_ones_own_role_is_addressed_to_the_other_state(pipeline):
    story = "Japanese and South Korean officials met in Tokyo on Monday to discuss trade. "
    events = extract(pipeline, story + "South Korea renewed the call for a South Korean role in the talks.")[0]
    assert [key(e) for e in events if e.type == "REQUEST"] == [("REQUEST", "KOR", "JPN", "asserted")]
    # what one insists one will do is no demand of anyone
    events = extract(pipeline, story + "South Korea insisted it would join the talks.")[0]
    assert not [e for e in events if e.type == "REQUEST"]


def test_an_answered_request_is_addressed_to_the_one_who_answers(pipeline):
    check(pipeline, [
        # "its" is the subject's; a rejection named as repeated is done, whatever governs it
        ("Moreover, Ukraine will take note of Russia's repeated rejection of its request for a prisoner exchange.",
         [("REJECT", "RUS", "UKR", "asserted"), ("REQUEST", "UKR", "RUS", "asserted")]),
        ("India criticized China's rejection of India's request for talks.",
         [("ACCUSE", "IND", "CHN", "asserted"), ("REJECT", "CHN", "IND", "asserted"), ("REQUEST", "IND", "CHN", "asserted")]),
        # a request without an owner of its own stays the content of the refusal
        ("China's rejection of the request for talks with India surprised observers.", []),
    ])


def test_evidence_linking_a_party_to_wrongdoing_is_an_accusation(pipeline):
    check(pipeline, [
        ("Ukraine presented evidence linking Russian forces to the downing of the plane.",
         [("ACCUSE", "UKR", "RUS", "asserted")]),
        ("Indian officials will be sharing intelligence linking China's military with the hackers.",
         [("ACCUSE", "IND", "CHN", "future")]),
        # evidence no one in the sentence presents accuses no one
        ("Reports linking Russia to the attack surfaced.", []),
    ])


def test_places_coordinated_through_an_adverb_of_sequence(pipeline):
    # "visits to A and then B": the parser often hangs B as a second subject of the verb
    check(pipeline, [
        ("Lavrov's visits to Ankara and subsequently Damascus were not announced.",
         [("CONSULT", "RUS", "TUR", "asserted"), ("CONSULT", "RUS", "SYR", "asserted")]),
        ("Putin's visit to Ankara and then New Delhi was cut short.",
         [("CONSULT", "RUS", "TUR", "asserted"), ("CONSULT", "RUS", "IND", "asserted")]),
        # two clauses: the second names no second recipient
        ("India sent aid to Nepal and then Bhutan followed suit.", [("AID", "IND", "NPL", "asserted")]),
    ])


def test_actors_joined_by_a_slash_and_operations_on_own_ground(pipeline):
    # "X/Y forces": the forces of each side; on its own ground a state's forces attack
    # that state's insurgents, not the state
    check(pipeline, [
        ("Raids were conducted in northern Mali by French/Malian forces.",
         [("ASSAULT", "FRA", "MLI", "asserted"), ("ASSAULT", "MLI", "MLI", "asserted")]),
        ("Military operations are being conducted in Syria by Russian/Syrian forces.",
         [("ASSAULT", "RUS", "SYR", "asserted"), ("ASSAULT", "SYR", "SYR", "asserted")]),
        ("Strikes were carried out in Syria by Turkish forces.", [("ASSAULT", "TUR", "SYR", "asserted")]),
    ])
    events = extract(pipeline, "Military operations are being conducted in northern Kenya by Kenyan forces.")[0]
    assert keys(events) == [("ASSAULT", "KEN", "KEN", "asserted")]
    assert (events[0].source.sector, events[0].target.sector) == ("MIL", "INS")


def test_a_slash_after_a_bracket_splits_two_names(nlp):
    words = [t.text for t in nlp("operations by the Joint Task Force (JTF)/Malian forces")]
    assert words[-5:] == ["JTF", ")", "/", "Malian", "forces"]


def test_acting_on_a_party_s_concerns_is_cooperation_with_it(pipeline):
    check(pipeline, [
        ("Russian and Turkish forces have responded to Syria's concern regarding militants in Idlib.",
         [("COOPERATE", "RUS", "SYR", "asserted"), ("COOPERATE", "TUR", "SYR", "asserted")]),
        ("Japan has addressed South Korea's concerns about the plan.", [("COOPERATE", "JPN", "KOR", "asserted")]),
        ("Kenya met Somalia's concerns over the border.", [("COOPERATE", "KEN", "SOM", "asserted")]),
        # a response to criticism is no cooperation; meeting a party is a meeting
        ("Turkey responded to criticism from Syria.", []),
        ("Kenya met Somalia's president in Nairobi.", [("CONSULT", "KEN", "SOM", "asserted")]),
    ])


def test_acting_on_information_from_a_party_is_intelligence_sharing_by_it(pipeline):
    # the provider shares with the doer of the act the information led to
    check(pipeline, [
        # (the detained suspects are people of the place: an arrest, coding guide §3)
        ("Acting on intelligence from Russia, Turkish police detained three suspects in Ankara.",
         [("COOPERATE", "RUS", "TUR", "asserted"), ("COERCE", "TUR", "TUR", "asserted")]),
        ("Indian police arrested the man on a tip-off from Nepal.",
         [("COOPERATE", "NPL", "IND", "asserted"), ("COERCE", "IND", "IND", "asserted")]),
        # (the raid itself names no victim: an attack with no addressee, coding guide §1)
        ("Kenyan forces raided the camp based on information provided by Somali intelligence.",
         [("COOPERATE", "SOM", "KEN", "asserted"), ("ASSAULT", "KEN", None, "asserted")]),
        # talking about someone's information shares nothing
        ("Japan commented on information from South Korea.", []),
    ])
    events = extract(pipeline, "The Malian army freed two hostages in an operation carried out on a tip-off "
                               "from French intelligence.")[0]
    assert ("COOPERATE", "FRA", "MLI", "asserted") in keys(events)
    assert next(e for e in events if e.type == "COOPERATE").source.sector == "SPY"


def test_a_past_act_an_expert_reports_keeps_the_nominal_acts_of_its_clause(pipeline):
    # the tense of a noun's clause is that of its nearest verb, not of its preposition
    check(pipeline, [
        ("An analyst told reporters that Tokyo and Seoul, during the last visit of Taro Kono to South Korea, "
         "reached an understanding on the dispute.",
         [("AGREE", "JPN", "KOR", "asserted"), ("CONSULT", "JPN", "KOR", "asserted")]),
        ("Analysts say that Tokyo and Seoul, during the next visit of Taro Kono to South Korea, "
         "want to reach an understanding on the dispute.", []),
    ])


def test_a_promised_visit_is_a_future_event_but_other_framed_acts_are_not(pipeline):
    check(pipeline, [
        ("Putin promised to visit Japan next year.",
         [("AGREE", "RUS", "JPN", "asserted"), ("CONSULT", "RUS", "JPN", "future")]),
        ("Putin did not promise to visit Japan.", [("AGREE", "RUS", "JPN", "negated")]),
        # a demanded act and other promised acts stay inside their frame
        ("Turkey urged Russia to hold talks with Syria.", [("REQUEST", "TUR", "RUS", "asserted")]),
        ("India pledged to share intelligence with China.", [("AGREE", "IND", "CHN", "asserted")]),
    ])


def test_a_dateline_is_where_the_story_was_filed_not_an_actor(pipeline):
    for dateline in ("NEW DELHI, June 18 —", "New Delhi, June 18 (Reuters) -"):
        events = extract(pipeline, f"{dateline} Foreign Minister Sushma Swaraj spoke to her Chinese "
                                   "counterpart Wang Yi on Wednesday.")[0]
        assert [(key(e), e.source.name) for e in events] == [
            (("CONSULT", "IND", "CHN", "asserted"), "Sushma Swaraj")], dateline
    # a capital at the head of an ordinary sentence still acts
    check(pipeline, [("New Delhi, meanwhile, urged Beijing to withdraw its troops.",
                      [("REQUEST", "IND", "CHN", "asserted")])])


def test_an_act_measured_in_an_amount_takes_the_amount_s_place_in_the_clause(pipeline):
    check(pipeline, [
        ("Japan announced $150 million in humanitarian aid to Indonesia on Monday.",
         [("AID", "JPN", "IDN", "asserted")]),
        # pledged or cut, the amount is the pledge's or the cut's object: one event
        ("Japan pledged two billion dollars of assistance to Indonesia.", [("AGREE", "JPN", "IDN", "asserted")]),
        ("Washington cut off $300 million in aid to Pakistan.", [("SANCTION", "USA", "PAK", "asserted")]),
    ])


def test_naming_something_is_no_call_on_anyone(pipeline):
    story = "Russian and Ukrainian negotiators met in Istanbul on Monday. "
    events = extract(pipeline, story + "Moscow called the move a provocation.")[0]
    assert not [e for e in events if e.type == "REQUEST"]
    events = extract(pipeline, story + "Moscow called for a ceasefire.")[0]
    assert keys([e for e in events if e.type == "REQUEST"]) == [("REQUEST", "RUS", "UKR", "asserted")]


def test_would_reported_after_a_past_speech_verb_is_the_future_of_that_past(pipeline):
    check(pipeline, [
        ("Macron announced on Thursday that France would withdraw its troops from Mali.",
         [("RETREAT", "FRA", "MLI", "future")]),
        # a condition keeps it hypothetical; so does a present speech verb
        ("Macron said that France would withdraw its troops from Mali if the junta attacked.",
         [("RETREAT", "FRA", "MLI", "hypothetical")]),
        ("Macron says France would withdraw its troops from Mali.", [("RETREAT", "FRA", "MLI", "hypothetical")]),
    ])
