"""Harm done by no one named: the unstated perpetrator of a passive attack.

News often tells a killing, a shooting or an abduction by its victim alone: "A
journalist was shot dead in Karachi", "Two soldiers were wounded near Goma". The act is
stated and its victim is a party; only its doer is left unsaid. Coding guide §1: the
source of an event is never left out, and §3: unnamed and generic actors keep the
country the text gives them, by the place where they act. The doer of such an act is
then an unidentified armed actor of the state where it happened (``country/INS``, as
"gunmen in Quetta" is ``PAK/INS``), rule ``unstated-perpetrator``.

Only for a passive verb of physical harm (``HARM_LEMMAS``) that names its victim and
no agent at all: a "by" phrase names a doer the actor rules could not read (then the
doer is unknown, not unnamed), and a means that is itself an act ("killed in an air
strike", "wounded in clashes") belongs to that act's own doer. A death with no harm
done ("died", "was found dead") is no attack (there is no verb of harm here).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from dragoman.events.generic import setting_country
from dragoman.events.syntax import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS
from dragoman.models import Actor

#: verbs whose passive tells harm done to the subject by someone
HARM_LEMMAS = {
    "kill", "shoot", "stab", "wound", "injure", "attack", "abduct", "kidnap", "behead", "lynch", "assault",
    "ambush", "beat", "murder", "assassinate", "gun", "hack", "torture", "execute",
}
#: prepositions that would name the doer or the means of the act
AGENT_OR_MEANS_PREPS = {"by", "in", "during", "through", "with", "after", "amid"}
#: share of the confidence an act with an unstated doer keeps
UNSTATED_CONFIDENCE = 0.7
#: the story's state must hold this share of its state mentions to give the doer's country
STORY_SHARE = 0.5


def is_harm_passive(tok: Token) -> bool:
    """A passive verb of harm ("was shot", "were killed"), including one coordinated
    under another passive ("was shot and killed")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in HARM_LEMMAS:
        return False
    passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in tok.children)
    if not passive and tok.dep_ == "conj":
        head = tok.head
        passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in head.children)
    return passive


def names_agent_or_means(tok: Token) -> bool:
    """Whether the verb (or the verb it is coordinated with) has a "by" agent, or a
    prepositional means or occasion that is a noun ("in a drone strike", "during
    clashes"): then the doer is someone the sentence points to, not no one."""
    verbs = [tok] + ([tok.head] if tok.dep_ == "conj" else []) + [c for c in tok.children if c.dep_ == "conj"]
    # a coordinated verb with a subject of its own is another clause ("a man was killed and
    # his body was found with gunshot wounds"): its phrases are not this act's means
    verbs = [v for v in verbs if v is tok or v is tok.head or not has_own_subject(v)]
    for v in verbs:
        for c in v.children:
            if c.dep_ == "agent":
                return True
            if c.dep_ == "prep" and c.lower_ in AGENT_OR_MEANS_PREPS:
                if c.lower_ == "by":
                    return True
                if any(g.dep_ == "pobj" and g.pos_ == "NOUN" and g.ent_type_ == "" and not _is_place_noun(g)
                       for g in c.children):
                    return True
    return False


def has_own_subject(verb: Token) -> bool:
    """Whether the verb has a subject (active or passive) of its own."""
    return any(c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS for c in verb.children)


def _is_place_noun(tok: Token) -> bool:
    """A noun naming where the act happened ("in his home", "in the village")."""
    from dragoman.events.arguments import PLACE_NOUNS

    return tok.lemma_.lower() in PLACE_NOUNS | {"home", "house", "neighbourhood", "neighborhood", "street",
                                               "market", "village", "camp", "township", "municipality"}


def unstated_perpetrator(tok: Token, targets: list[tuple[Actor, Token]], ctx) -> list[tuple[Actor, Token]]:
    """The unidentified armed actor who did the harm a passive verb tells of its victims
    (coding guide §1 and §3): ``country/INS`` with the country of the places the sentence
    names, else of the story; none when the act names an agent or a means, or no state
    is known."""
    if not targets or not is_harm_passive(tok) or names_agent_or_means(tok):
        return []
    country = _where(ctx) or placed_victims_state(targets)
    if country is None:
        return []
    return [(Actor(country=country, sector="INS", rule="unstated-perpetrator"), tok)]


def _where(ctx) -> Optional[str]:
    country = setting_country(ctx.sent, lookup=ctx.lookup)
    if country is None and getattr(ctx, "story", None) is not None:
        country = ctx.story.dominant_state(STORY_SHARE)
    return country


def placed_victims_state(targets: list[tuple[Actor, Token]]) -> Optional[str]:
    """The one state the actor stage gave the victims by the place where they were hit
    ("a man was killed in X, Guanajuato": the man is Mexican by the place): when the
    sentence's settings name several states (a street name read as a town abroad), the
    place the victims were read by is where the harm was done. None when a victim's state
    comes from elsewhere (a demonym, a name) or the victims are of several states."""
    states = {a.country for a, _ in targets if a.country and a.name is None and "place" in (a.rule or "")}
    if len(states) != 1 or any(a.country and "place" not in (a.rule or "") for a, _ in targets):
        return None
    return states.pop()


#: verbs that tell a death, not a deed: their subject is the one who died
DEATH_LEMMAS = {"die", "perish", "succumb", "drown"}


def death_of_subject(extractor, entry, tok: Token) -> bool:
    """A veto: "X died", "X perished in the fighting" tells X's death, not an attack by
    X (the dead are no attackers, and a death alone names no doer)."""
    return entry.type == "ASSAULT" and tok.lemma_.lower() in DEATH_LEMMAS


#: act nouns of air power, which only states' forces wield: no unidentified armed actor's
AIR_POWER_WORDS = {"air", "airstrike", "airstrikes", "drone", "bombardment", "warplane",
                   "aircraft", "helicopter", "jet"}


def doer_of_told_means(tok: Token, targets: list[tuple[Actor, Token]], ctx, is_assault_noun) -> list[tuple[Actor, Token]]:
    """The doer of a passive harm done in an act told with no doer of its own ("a man was
    wounded in an explosion in Mogadishu", "was killed in a drive-by shooting"): the act's
    unnamed doer (``unnamed_doers.told_act_noun``), the unidentified armed actor of the
    place's state (``country/INS``). None when the verb has a "by" agent, when a means is
    no act of violence (``is_assault_noun``: "killed in an accident") or names a party
    anywhere in its phrase ("in clashes between the army and rebels"), or is an act of air power ("an air strike", "a drone strike"), which is a state's."""
    from dragoman.events.unnamed_doers import doer_country, told_act_noun

    if not targets or not is_harm_passive(tok):
        return []
    means = []
    for c in tok.children:
        if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by":
            return []
        if c.dep_ == "prep" and c.lower_ in AGENT_OR_MEANS_PREPS:
            means += [g for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.ent_type_ == ""
                      and not _is_place_noun(g)]
    if not means:
        return []
    for noun in means:
        words = {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
        if not is_assault_noun(noun) or not told_act_noun(noun, ctx.lookup) or words & AIR_POWER_WORDS:
            return []
        if any(ctx.lookup.at(t.i) is not None for t in noun.subtree if t.i != noun.i):
            return []  # "in clashes between the army and rebels": the act names its parties
    country = doer_country(ctx)
    if country is None:
        return []
    return [(Actor(country=country, sector="INS", rule="unstated-perpetrator"), means[0])]


#: sentences back (the harm's own sentence not counted) in which a told attack may have done it
#: (``told-attack-doer`` and ``earlier-attacker`` alike)
TOLD_ATTACK_LOOKBACK = 2
#: passive verbs that count an attack's casualties ("two civilians were killed")
CASUALTY_LEMMAS = {"kill", "wound", "injure"}
#: doers read by no name, place or word of their own: no one the story told as the attacker
UNSTATED_DOER_RULES = ("unstated-perpetrator", "unnamed-doer", "told-means-doer")


def told_attack_doer(tok: Token, targets: list[tuple[Actor, Token]], ctx, is_assault_verb) -> list[tuple[Actor, Token]]:
    """The doer of the attack whose casualties a passive verb counts with no agent of its
    own (``CASUALTY_LEMMAS``): "Russian forces shelled X. Two civilians were killed." and
    "... fired artillery on X, as a result of which one civilian was killed" tell the
    shelling's casualties, whose doer is the shelling's. The attack is a verb of violence (``is_assault_verb``) above the harm in its
    own sentence with a subject the actor rules read, else the latest attack of the story
    told with a doer in the ``TOLD_ATTACK_LOOKBACK`` sentences before; none when that doer
    is one of the victims or of their state's own organs (then the harm is no act of its)."""
    if tok.lemma_.lower() not in CASUALTY_LEMMAS:
        return []
    found: list[tuple[Actor, Token]] = []
    for anc in tok.ancestors:
        if anc.pos_ == "VERB" and is_assault_verb(anc):
            subjects = [c for c in anc.children if c.dep_ in SUBJECT_DEPS]
            found = [pair for s in subjects for pair in ctx.actors(s)]
            if found:
                break
    acts = getattr(ctx, "story_acts", None)
    if not found and acts is not None:
        earlier = acts.latest_attack(ctx.index, TOLD_ATTACK_LOOKBACK, counts=lambda source: not any(
            r in (source.rule or "") for r in UNSTATED_DOER_RULES))
        if earlier is not None:
            found = [(earlier[0], tok)]
    if not found or any(_one_side(a, t) for a, _ in found for t, _ in targets):
        return []
    doer, at = found[0]
    if "told-attack-doer" not in (doer.rule or ""):
        doer = doer.model_copy(update={"rule": (doer.rule or "") + "+told-attack-doer"})
    return [(doer, at)]


def _one_side(doer: Actor, victim: Actor) -> bool:
    """The doer is the victim, or both are organs of one state."""
    from dragoman.events.candidate import same_actor, within_one_state

    return same_actor(doer, victim) or within_one_state(doer, victim)


#: words that set a harm apart from the attack told before it
SEPARATE_INCIDENT_WORDS = {"separate", "separately", "another", "elsewhere", "meanwhile"}
#: sectors whose members take up no arms: never the doer of an attack's toll
UNARMED_SECTORS = {"JUD", "LEG", "MED"}


def earlier_attacker(tok: Token, targets: list[tuple[Actor, Token]], ctx) -> list[tuple[Actor, Token]]:
    """``earlier-attacker``: the doer of a passive harm that names no doer, told right
    after an attack ("Russian forces shelled Kharkiv. Two civilians were killed.",
    "JNIM militants ambushed an army convoy near Mopti. Three soldiers were killed."):
    the harm is that attack's toll, so its doer is the attack's source (within
    ``TOLD_ATTACK_LOOKBACK`` sentences). When the victims are of the attacker's own
    side ("The army clashed with rebels near Goma. Four soldiers were killed."), the
    doer is the attack's target instead, if it has one. None when the harm has an
    agent or a means of its own, when the sentence sets it apart ("In a separate
    incident, ...") or sums up a time ("have been attacked in the past year"); an
    earlier attack whose doer is itself unnamed does not count."""
    acts = getattr(ctx, "story_acts", None)
    if acts is None or not targets or not is_harm_passive(tok) or names_agent_or_means(tok):
        return []
    if any(t.lower_ in SEPARATE_INCIDENT_WORDS for t in ctx.sent) or _perfect(tok):
        return []
    earlier = acts.latest_attack(ctx.index, TOLD_ATTACK_LOOKBACK, counts=_named_doer)
    if earlier is None:
        return []
    source, target = earlier
    doer: Optional[Actor] = source
    if any(_same_side(victim, source) for victim, _ in targets):
        doer = target if target is not None and _named_doer(target) else None
        if doer is None or any(_same_side(victim, doer) for victim, _ in targets):
            return []
    return [(doer.model_copy(update={"rule": (doer.rule or "") + "+earlier-attacker"}), tok)]


def _named_doer(actor: Actor) -> bool:
    """An actor a rule read from the text, not an unnamed doer supplied for a passive act,
    and of a sector that takes up arms (a court, a legislature or the media is no attacker)."""
    rule = actor.rule or ""
    return (bool(actor.country or actor.name) and actor.sector not in UNARMED_SECTORS
            and "unstated-perpetrator" not in rule and "told-means-doer" not in rule)


def _perfect(tok: Token) -> bool:
    """A perfect passive ("have been attacked in the past six months"): a summing up of a
    time, not the toll of one attack."""
    verbs = [tok] + ([tok.head] if tok.dep_ == "conj" else [])
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for v in verbs for c in v.children)


def _same_side(a: Actor, b: Actor) -> bool:
    """The same actor, or the same sector of the same state."""
    if a.name and b.name and a.name == b.name:
        return True
    return bool(a.country) and a.country == b.country and a.sector is not None and a.sector == b.sector


#: nouns for people that say nothing of who they are: when they open fire, they are armed men
UNNAMED_PEOPLE = {"individual", "man", "person", "people", "men", "individuals", "persons"}


def armed_by_their_act(tok: Token, sources: list[tuple[Actor, Token]]) -> list[tuple[Actor, Token]]:
    """``armed-by-act``: unnamed people who open fire or shoot in the act ("two individuals
    on a motorcycle opened fire and killed a man", "men shot and wounded a trader") are
    an unidentified armed group (coding guide §3: "gunmen" are ``INS``), not the public:
    a source of the public (``CIV``, no name) whose noun is one of ``UNNAMED_PEOPLE`` and
    who opens fire or shoots (the trigger, a verb coordinated with it, or the words of
    the source's own phrase, where the parser may hang "opened fire") takes the sector
    ``INS``."""
    verbs = [tok] + ([tok.head] if tok.dep_ == "conj" else [])
    verbs += [c for v in list(verbs) for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    out = []
    for actor, s_tok in sources:
        if actor.sector == "CIV" and actor.name is None and s_tok.lemma_.lower() in UNNAMED_PEOPLE:
            own = [v for v in verbs if s_tok.head is v or s_tok.head in verbs] + list(s_tok.subtree)
            if any(_shoots(t) for t in own):
                actor = actor.model_copy(update={"sector": "INS", "rule": (actor.rule or "") + "+armed-by-act"})
        out.append((actor, s_tok))
    return out


def _shoots(t: Token) -> bool:
    """A word of shooting: "shoot", or "open" followed by "fire"."""
    lemma = t.lemma_.lower()
    if lemma == "shoot":
        return True
    return lemma == "open" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lemma_.lower() == "fire"
