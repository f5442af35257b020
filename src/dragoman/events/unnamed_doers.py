"""Acts told with no doer named: explosions, clashes and riots that "occurred", bombs
that "exploded", a crowd's protest for a purpose.

Incident reports tell much violence by the act alone: "an explosion occurred near the
market in Mogadishu", "the monitors observed 12 explosions near Avdiivka", "there
was an armed clash in Tumaco", "a roadside bomb exploded in Kandahar", "a landmine
killed two herders near Gao". The act is stated; only its doer goes unnamed. Coding
guide §1: the source of an event is never left out; §3: unnamed actors keep the country
of the place where they act. The doer is then the unidentified actor of that state
(``unnamed-doer``): ``country/INS`` for violence (as "gunmen in Quetta" is
``PAK/INS``), ``country/CIV`` for a protest or riot (the public, as "protesters in
Nairobi"); the target is who the clause names as hit, else none.

- ``told_act_noun``: an act noun that is told as having happened: the subject of its
  clause ("a blast rocked ...", "clashes erupted"), the object of a verb of observing or
  recording ("observed a total of 14 explosions"), the thing that "there was", or the
  means of a passive harm ("were wounded in an explosion"). A definite noun ("the
  attack") retells an act told before (``story_doers``) and is left to that rule; an
  owner, a "by" phrase or a modifier that names a party is a doer the actor rules read.
- ``explosive_subject``: a verb of violence whose subject is a weapon or an explosive
  device ("an IED exploded", "a shell hit a house"), with no doer of its own; the one
  who planted or threw it when a participle on it names them ("an IED planted by an
  armed group exploded").
- ``one_group_between``: a clash "between gang members", "between two groups of
  villagers": one unnamed group on both sides (its two parts are the two parties).
- ``unread_crowd``: the subject of a protest verb that no actor rule reads ("cadres
  of six parties staged a demonstration", "a group led by a committee organised a
  protest"), a common noun phrase or a bare role of the public, is the protesting public
  of the place's state (``protesting-crowd``); and the subject of a verb of violence
  that the text calls unknown or unidentified ("unknown militant shot ...") is the
  unidentified armed actor of the place (``unnamed-doer``).
- ``acts_for_a_purpose``: a protest or attack with a purpose infinitive ("took to the
  streets to demand ...") states an act: the infinitive is why, not a wish.

Only where the sentence (else the story) gives one state: a doer of no known state is
no identifiable actor.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dragoman.events.counterpart import stands_as_act
from dragoman.events.generic import PLACE_OBJECT_VERBS, STORY_SHARE, place_country, setting_country
from dragoman.events.syntax import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SETTING_PREPS, SUBJECT_DEPS
from dragoman.models import Actor

#: the sector of the unnamed doer of each type of act
DOER_SECTOR = {"ASSAULT": "INS", "PROTEST": "CIV"}
#: verbs that report an act as observed or recorded: their object is an act that happened
OBSERVING_VERBS = {"observe", "record", "register", "report", "hear", "witness", "note", "document", "monitor",
                   "spot", "detect", "see"}
#: nouns of an amount of acts ("a total of 14 explosions", "a series of blasts")
AMOUNT_NOUNS = {"total", "number", "series", "wave", "spate", "string", "couple", "dozen", "dozens", "hundreds",
                "burst", "bursts", "volley", "round", "rounds"}
#: determiners with which an act noun retells an act told before
RETELLING_DETERMINERS = {"the", "this", "that", "these", "those"}
#: verbs that tell an act noun, their subject, as happening at a time ("a blast occurred",
#: "clashes erupted", "an explosion killed two"); not those of its spreading or going on,
#: which tell of a situation ("protests spread", "clashes raged on")
OCCURRENCE_VERBS = {"occur", "happen", "erupt", "ensue", "rock", "shake", "hit", "kill", "injure", "wound",
                    "damage", "destroy", "claim", "target", "strike", "leave", "report", "record", "observe"}
#: verbs whose passive tells an act noun, their subject, as done ("rallies were held",
#: "a strike was staged")
STAGING_VERBS = {"hold", "stage", "organise", "organize", "mount"}
#: verb and particle or object pairs of the same kind ("took place", "broke out", "went off")
OCCURRENCE_PHRASES = {("take", "place"), ("break", "out"), ("go", "off"), ("flare", "up")}


def occurs(verb: Token) -> bool:
    """Whether the verb tells its subject as happening (``OCCURRENCE_VERBS``)."""
    lemma = verb.lemma_.lower()
    if lemma in OCCURRENCE_VERBS:
        return True
    return any((lemma, c.lower_) in OCCURRENCE_PHRASES for c in verb.children if c.dep_ in ("dobj", "prt", "advmod", "prep"))
#: weapons and explosive devices that can be the subject of a verb of violence
EXPLOSIVE_NOUNS = {"ied", "bomb", "device", "explosive", "explosives", "mine", "landmine", "grenade", "shell",
                   "mortar", "rocket", "missile", "projectile", "munition", "ordnance", "uxo", "artillery", "car"}
#: participles on a device that name the one who used it ("planted by", "thrown by")
PLACING_VERBS = {"plant", "throw", "place", "hurl", "launch", "fire", "lay", "leave", "drop", "detonate", "set"}
#: passive verbs of harm whose prepositional noun is the act that did it ("wounded in a blast")
HARM_MEANS_PREPS = {"in", "by", "during"}
HARM_VERBS = {"kill", "wound", "injure", "hurt", "damage", "destroy", "maim"}


def doer_country(ctx) -> Optional[str]:
    """The one state of the sentence's settings, else of the place names the parser set
    as settings but the entity tagger missed, else the host state of the monitoring
    mission that reports the act (``missions``), else of the story (coding guide §3)."""
    from dragoman.events.missions import mission_host_state

    country = (setting_country(ctx.sent, lookup=ctx.lookup) or untagged_setting_country(ctx.sent)
               or mission_host_state(ctx.sent))
    if country is None and getattr(ctx, "story", None) is not None:
        country = ctx.story.dominant_state(STORY_SHARE)
    return country




def untagged_setting_country(sent) -> Optional[str]:
    """The one state of the proper names set as settings ("near Donetsk": the object of a
    setting preposition or of a verb of attack ("shelled X, Donetsk"), with its compounds,
    appositions and conjuncts) that the entity
    tagger left untagged, by the gazetteer."""
    found: set[str] = set()
    for tok in sent:
        if tok.pos_ != "PROPN" or tok.ent_type_ or tok.dep_ == "compound":
            continue
        h = tok
        while h.dep_ in ("appos", "conj") and h.head.i != h.i:
            h = h.head
        if not (h.dep_ == "pobj" and h.head.lower_ in SETTING_PREPS) and not (
                h.dep_ == "dobj" and h.head.lemma_.lower() in PLACE_OBJECT_VERBS):
            continue  # ("shelled Bakhmutka, Donetsk": the place an attack hits is a setting too)
        lo = min([c.i for c in tok.children if c.dep_ == "compound"] + [tok.i])
        country = place_country(sent.doc[lo:tok.i + 1].text)
        if country:
            found.add(country)
    return found.pop() if len(found) == 1 else None


def _names_a_party(noun: Token, lookup) -> bool:
    """Whether the noun's own dependents name someone (an owner, a modifier, a "by"
    phrase): then the doer is named, if unread, not unnamed."""
    for c in noun.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod") and lookup.at(c.i) is not None:
            return True
        if c.dep_ == "prep" and c.lower_ in ("by", "of", "from") and any(
                lookup.at(t.i) is not None for g in c.children for t in g.subtree):
            return True
    return False


def observed_act(noun: Token) -> bool:
    """Whether an act noun is what a verb of observing or recording has as its object,
    also through an amount ("observed 12 explosions", "recorded a total of 40 shots"):
    then the verb's subject saw the act and did not do it."""
    carrier = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.lemma_.lower() in AMOUNT_NOUNS or noun.head.head.like_num):
        carrier = noun.head.head
    return carrier.dep_ in OBJECT_DEPS and carrier.head.lemma_.lower() in OBSERVING_VERBS


def told_act_noun(noun: Token, lookup) -> bool:
    """An act noun told as having happened, with no doer of its own (see the module)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "det" and c.lower_ in RETELLING_DETERMINERS for c in noun.children):
        return False  # "the attack": told before (story_doers)
    if any(c.dep_ == "poss" for c in noun.children) or _names_a_party(noun, lookup):
        return False
    head = noun.head
    carrier = noun
    if noun.dep_ == "pobj" and head.lower_ == "of" and (head.head.lemma_.lower() in AMOUNT_NOUNS or head.head.like_num):
        carrier = head.head  # "a total of 14 explosions"
        head = carrier.head
    dep = carrier.dep_
    if dep in ("conj", "appos") and carrier.head.pos_ in ("NOUN", "PROPN"):
        return False
    lemma = head.lemma_.lower()
    if dep in PASSIVE_SUBJECT_DEPS and lemma in STAGING_VERBS:
        return head.pos_ == "VERB"  # "rallies were held in Caracas"
    if dep in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS:
        return head.pos_ in ("VERB", "AUX") and occurs(head)
    if dep in OBJECT_DEPS:
        return lemma in OBSERVING_VERBS
    if dep == "attr":
        return lemma == "be" and any(c.dep_ == "expl" for c in head.children)  # "there was a clash"
    if dep == "pobj" and head.lower_ in HARM_MEANS_PREPS:
        verb = head.head
        return verb.lemma_.lower() in HARM_VERBS and any(
            c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children)
    return False


def unnamed_doer(entry, noun: Token, ctx) -> list[tuple[Actor, Token]]:
    """The unnamed doer of a told act noun: the unidentified actor of the state where it
    happened, or none."""
    from dragoman.events.missions import observed_parties_sector

    sector = DOER_SECTOR.get(entry.type)
    if sector is None or not told_act_noun(noun, ctx.lookup):
        return []
    if entry.type == "ASSAULT" and observed_act(noun):
        # fire a ceasefire monitoring mission observes is the sides' forces' ("the OSCE SMM
        # observed 8 explosions near X")
        sector = observed_parties_sector(ctx.sent) or sector
    country = doer_country(ctx)
    if country is None:
        return []
    return [(Actor(country=country, sector=sector, rule="unnamed-doer"), noun)]


def explosive_subject(verb: Token) -> Optional[Token]:
    """The weapon or device that is the subject of a verb of violence ("an IED exploded",
    "a shell hit the school"), or None."""
    for c in verb.children:
        if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS and c.lemma_.lower() in EXPLOSIVE_NOUNS:
            if c.lemma_.lower() == "car" and not any(g.lower_ in ("bomb", "explosive") for g in c.children):
                continue
            return c
    return None


#: how a verb of harm with no subject of its own hangs on the verb of a device's act
DEVICE_ACT_DEPS = ("advcl", "conj", "xcomp")


def device_of(verb: Token) -> Optional[Token]:
    """The device that is the subject of the verb, or of the verb a participle or conjunct
    with no subject of its own hangs on ("an IED exploded, killing two soldiers", "a shell
    hit the market and wounded five"): the one act's doer did the harm too."""
    device = explosive_subject(verb)
    if device is None and verb.dep_ in DEVICE_ACT_DEPS and verb.head.pos_ == "VERB" and not any(
            c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS for c in verb.children):
        device = explosive_subject(verb.head)
    return device


def device_user(device: Token, ctx, actors) -> list[tuple[Actor, Token]]:
    """The one a participle on the device names as planting, throwing or firing it ("an
    IED planted by an unknown armed group"): ``actors`` reads that phrase."""
    for c in device.children:
        if c.dep_ == "acl" and c.lemma_.lower() in PLACING_VERBS:
            for a in c.children:
                if a.dep_ == "agent":
                    found = [x for g in a.children if g.dep_ == "pobj" for x in actors(g)]
                    if found:
                        return found
    return []


def device_doer(verb: Token, ctx, actors) -> list[tuple[Actor, Token]]:
    """The doer of a verb of violence whose subject is a device (``device_of``: also the
    harm a participle on that verb tells): its user when named, else the unnamed doer of
    the place's state."""
    device = device_of(verb)
    if device is None:
        return []
    used = device_user(device, ctx, actors)
    if used:
        return used
    country = doer_country(ctx)
    if country is None:
        return []
    return [(Actor(country=country, sector="INS", rule="unnamed-doer"), device)]


def one_group_between(noun: Token, ctx, actors) -> Optional[tuple[list, list]]:
    """A clash between the parts of one unnamed group ("between gang members", "between
    two groups of villagers"): that group as source and as target, or None."""
    # "clashes erupted between ...", "a clash was reported between ...": the clause's verb too
    holders = [noun] + ([noun.head] if noun.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS
                        and noun.head.pos_ == "VERB" else [])
    for h in holders:
        for prep in h.children:
            if prep.dep_ == "prep" and prep.lower_ in ("between", "among"):
                objs = [g for g in prep.children if g.dep_ == "pobj"]
                if not objs or any(c.dep_ == "conj" for c in objs[0].children):
                    return None
                found = actors(objs[0])
                if len(found) == 1 and found[0][0].name is None and found[0][0].sector not in (None, "GOV", "MIL", "SPY"):
                    actor, tok = found[0]
                    return [(actor, tok)], [(actor, prep)]
                return None
    return None


#: the types whose infinitive of purpose does not make the act a wish
PURPOSE_TYPES = {"ASSAULT", "PROTEST"}


def acts_for_a_purpose(entry, tok: Token) -> bool:
    """A trigger that states an act (``stands_as_act``), counting a protest or an attack
    done for a purpose ("took to the streets to demand ...", "stormed the village to
    loot it"): for these an infinitive on the verb says why, not what is wished."""
    if stands_as_act(tok):
        return True
    if entry.type not in PURPOSE_TYPES:
        return False
    if tok.dep_ in ("acl", "amod", "advcl") and tok.tag_ in ("VBN", "VBG"):
        return False
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj":
        return observed_act(tok)  # "observed a total of 12 explosions": told as seen
    return tok.dep_ != "xcomp"


#: sectors a protesting crowd keeps from its bare role (else it is the public)
CROWD_SECTORS = {"CIV", "OPP", "BUS", "MED"}
#: modifiers that call a doer unknown
UNKNOWN_WORDS = {"unknown", "unidentified", "unnamed", "suspected", "masked", "hooded"}


def _subject_of(verb: Token, lookup) -> Optional[Token]:
    from dragoman.events.fronted_subjects import fronted_subject

    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is None:
            continue
        subjects = [c for c in v.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0]
    return fronted_subject(verb, lookup)


def unread_crowd(entry, verb: Token, ctx) -> list[tuple[Actor, Token]]:
    """The doer of a protest or violence verb whose subject no actor rule reads (see the
    module): the public (protest) or an unidentified armed actor (violence, when called
    unknown) of the place's state; none when the subject is a name or a pronoun."""
    from dragoman.events.crowds import counted_crowd

    subject = _subject_of(verb, ctx.lookup)
    if subject is None or (subject.pos_ != "NOUN" and not (entry.type == "PROTEST" and counted_crowd(subject))):
        return []  # (a counted crowd, "around 1,000 demonstrated", is a crowd: crowds.counted_crowd)
    m = ctx.lookup.at(subject.i)
    actor = m.actor if m is not None else None
    if actor is not None and (actor.country or actor.name):
        return []  # read (and dropped by another rule), or a named party
    if entry.type == "PROTEST":
        sector = actor.sector if actor is not None and actor.sector in CROWD_SECTORS else "CIV"
        if actor is not None and actor.sector and actor.sector not in CROWD_SECTORS:
            return []  # "soldiers marched": no crowd of the public
    elif entry.type == "ASSAULT" and actor is None and any(
            c.lower_ in UNKNOWN_WORDS for c in subject.children if c.dep_ in ("amod", "compound")):
        sector = "INS"
    else:
        return []
    country = doer_country(ctx)
    if country is None:
        return []
    rule = "protesting-crowd" if entry.type == "PROTEST" else "unnamed-doer"
    return [(Actor(country=country, sector=sector, rule=rule), subject)]


#: sectors of the states' organs that arrest within their own state
ARRESTING_SECTORS = {"GOV", "MIL", "SPY", "JUD"}


#: verbs of arrest whose object is always a person
PEOPLE_ARRESTS = {"arrest", "apprehend", "handcuff"}


def unread_detainees(verb: Token, sources: list, ctx) -> list[tuple[Actor, Token]]:
    """Whom an arrest takes when no actor rule reads its object ("arrested three Rohingya",
    "detained a number of young men"): people of the place's state, the public
    (``country/CIV``, or the bare role's own sector), rule ``unread-detainees``; the
    arresting state's when the sentence names no place of one state and the arrest is
    by an organ of a state. None for an object that is a name or a pronoun."""
    # a common noun, or a counted proper one ("three Rohingya": a people, not a name)
    objs = [c for c in verb.children if c.dep_ in OBJECT_DEPS and (c.pos_ == "NOUN" or c.pos_ == "PROPN" and any(
        g.dep_ == "nummod" for g in c.children) and ctx.lookup.at(c.i) is None)]
    if not objs:
        return []
    obj = objs[0]
    m = ctx.lookup.at(obj.i)
    actor = m.actor if m is not None else None
    if actor is not None and (actor.country or actor.name):
        return []
    if actor is None and not (obj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in obj.children)
                              or verb.lemma_.lower() in PEOPLE_ARRESTS):
        return []  # "seized a truck": not people (but whom one arrests is someone: "arrested a shop owner")
    sector = actor.sector if actor is not None and actor.sector else "CIV"
    country = doer_country(ctx)
    if country is None:
        states = {a.country for a, _ in sources if a.country and a.sector in ARRESTING_SECTORS}
        country = states.pop() if len(states) == 1 else None
    if country is None:
        return []
    return [(Actor(country=country, sector=sector, rule="unread-detainees"), obj)]
