"""The act a retaliation answers, named in its own sentence, and threats made as pledges.

Answered act (rule ``answered-act-doer``): a retaliation, sanction, accusation or
refusal that names no addressee is addressed to the doer of the act it answers when the
sentence names that act: a clause "after / because Y did Z" on the trigger or on a verb
that governs it ("China said it would take countermeasures after Trump announced
tariffs"), "in response / retaliation to Y's Z", or an act noun under "for / over"
("countermeasures for what he called a reckless decision by Japan", "sanctions over
Moscow's annexation"). The doer is the act's owner ("Y's Z"), its agent ("Z by Y") or the
subject of the clause; never the source's own state.

Pledged threat (rule ``pledged-threat``): "X pledged / vowed / promised to take
countermeasures" is a threat stated now (modality ``asserted``), not an agreement: the
threat inside the pledge is X's act, and it is addressed as a threat of its own would be
(read where the lexicon rule frames a pledge's content, ``events/lexical.py``).
"""

from __future__ import annotations


from spacy.tokens import Token

from dragoman.events.candidate import Candidate, same_actor, within_one_state
from dragoman.events.counterpart import implicit_counterpart
from dragoman.events.responses import GENERAL_ACT_NOUNS
from dragoman.events.speech import speech_entry
from dragoman.events.syntax import OBJECT_DEPS, SUBJECT_DEPS
from dragoman.models import Actor

#: acts addressed to the doer of the act they answer
ANSWERING_TYPES = {"THREATEN", "SANCTION", "ACCUSE", "REJECT"}
#: subordinators of a clause that tells the act answered
ANSWER_MARKS = {"after", "because"}
#: nouns of a response ("in response to", "in retaliation for")
RESPONSE_NOUNS = {"response", "retaliation", "reaction", "reply", "answer", "reprisal", "protest"}
#: prepositions that name the act answered under the trigger or its object
ANSWERED_PREPS = {"for", "over"}
#: modifiers and prepositions of an act noun that name its doer
OWNER_DEPS = ("poss", "compound", "amod", "nmod")
AGENT_PREPS = {"by", "from"}
#: governing links climbed from the trigger to the clause that may carry the answered act
CLIMB_DEPS = ("xcomp", "ccomp", "dobj", "conj", "pobj", "prep", "pcomp")
CLIMB_STEPS = 4


def _foreign(found: list[tuple[Actor, Token]], own: set) -> list[tuple[Actor, Token]]:
    return [(a.model_copy(update={"rule": (a.rule or "") + "+answered-act-doer"}), t)
            for a, t in found if a.country and a.country not in own]


def _is_act_noun(extractor, tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in GENERAL_ACT_NOUNS or bool(extractor.lexicon.candidates(lemma, "NOUN")))


def act_noun_doers(extractor, noun: Token, ctx) -> list[tuple[Actor, Token]]:
    """The doer an act noun names: its owner ("Y's decision"), its agent ("a decision by
    Y"), or the subject of the clause it is the object of ("what Y called a decision")."""
    found: list[tuple[Actor, Token]] = []
    for c in noun.children:
        if c.dep_ in OWNER_DEPS and c.i < noun.i:
            found += ctx.actors(c, extractor.place_actor)
        elif c.dep_ in ("prep", "agent") and c.lower_ in AGENT_PREPS:
            found += [a for g in c.children if g.dep_ == "pobj" for a in ctx.actors(g, extractor.place_actor)]
    return found


def _named_acts(extractor, phrase: Token) -> list[Token]:
    """The act nouns inside a prepositional phrase, nearest first."""
    return [t for t in phrase.subtree if t.i != phrase.i and _is_act_noun(extractor, t)]


def answered_act_doers(extractor, tok: Token, sources, ctx) -> list[tuple[Actor, Token]]:
    """The doers of the act a trigger answers, when its sentence names that act (see the
    module); none of the source's own state."""
    own = {a.country for a, _ in sources if a.country}
    if not own:
        return []
    nodes = [tok]
    node = tok
    for _ in range(CLIMB_STEPS):
        if node.dep_ not in CLIMB_DEPS or node.head.i == node.i:
            break
        node = node.head
        nodes.append(node)
    # the trigger's own object ("take countermeasures for ...") carries the phrase too
    nodes += [c for n in nodes[:1] for c in n.children if c.dep_ in OBJECT_DEPS]
    for n in nodes:
        for c in n.children:
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ANSWER_MARKS for g in c.children):
                found = _foreign([a for g in c.children if g.dep_ in SUBJECT_DEPS
                                  for a in ctx.actors(g, extractor.place_actor)], own)
                if found:
                    return found
            if c.dep_ != "prep":
                continue
            responses = [g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in RESPONSE_NOUNS]
            phrases = [p for r in responses for p in r.children if p.dep_ == "prep"] if c.lower_ == "in" else (
                [c] if c.lower_ in ANSWERED_PREPS else [])
            for phrase in phrases:
                for act in _named_acts(extractor, phrase):
                    found = _foreign(act_noun_doers(extractor, act, ctx), own)
                    if found:
                        return found
    return []


ANNOUNCED_RETALIATION = speech_entry("THREATEN", None, "130")
#: nouns of a retaliation that, announced to come, threaten ("our response will be swift")
RETALIATION_NOUNS = {"response", "retaliation", "reprisal", "countermeasure", "revenge", "answer"}
FUTURE_AUXES = {"will", "shall", "'ll", "wo"}


def announced_retaliations(extractor, ctx) -> list:
    """"Moscow's response will be coming shortly", "our retaliation will be swift": a
    retaliation said to come is a threat (``THREATEN``, asserted) of its owner (or of the
    quotation's speaker for "our"), addressed as a threat is: the act it answers, else the
    story's other state (rule ``announced-retaliation``)."""
    out: list = []
    for tok in ctx.sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in RETALIATION_NOUNS or tok.dep_ not in SUBJECT_DEPS:
            continue
        verb = tok.head
        if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXES for c in verb.children) or any(
                c.dep_ == "neg" for c in verb.children):
            continue
        owners = [a for c in tok.children if c.dep_ == "poss" for a in ctx.actors(c, extractor.place_actor)]
        if not owners:
            continue
        targets = answered_act_doers(extractor, verb, owners, ctx) or implicit_counterpart(owners, ctx)
        for s_actor, s_tok in owners:
            for t_actor, t_tok in targets:
                if same_actor(s_actor, t_actor) or within_one_state(s_actor, t_actor):
                    continue
                out.append(Candidate(
                    type="THREATEN", entry=ANNOUNCED_RETALIATION, trigger=tok, trigger_span=(tok.i, tok.i + 1),
                    source=s_actor, source_tok=s_tok, target=t_actor, target_tok=t_tok, modality="asserted",
                    modality_cue="threat-stated", confidence=0.55, rules=["announced-retaliation"]))
    return out
