"""Vetoes: a trigger that names an act the sentence does not state as done or planned
(a commentator's view, a purpose to show something, a held view, a topic of talk, a
difficulty, a cooperation said to decline) yields no event.

Each veto is a rule component of the extractor's registry with one signature,
``veto(extractor, entry, tok) -> bool``: the extractor (for its cues), the lexicon entry
that fired and the trigger token."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.lexicon import TriggerEntry
from dragoman.events.syntax import OPINION_VERBS, SUBJECT_DEPS
from dragoman.nlp import is_to_infinitive


# verbs of a decrease: "cooperation declined", "aid fell" report a trend, not an act of
# cooperation or aid (an ended or resumed cooperation is still told as one: see the tests)
DECREASE_VERBS = {"decline", "decrease", "diminish", "dwindle", "deteriorate", "wane", "weaken", "slump",
                  "shrink", "plummet", "drop", "fall", "sour", "erode"}
DECREASABLE_TYPES = {"COOPERATE", "AID"}
# talk about an act ("the discussion of X sharing intelligence", "discussed sharing
# intelligence"): what is talked about is a topic, not an act said to happen
TOPIC_NOUNS = {"discussion", "talk", "debate", "question", "issue", "topic", "subject", "matter",
               "conversation", "negotiation", "dialogue"}
TOPIC_VERBS = {"discuss", "debate", "talk"}
TOPIC_PREPS = {"of", "about", "on", "over", "regarding", "concerning"}
# nouns of a view held ("X's position that ...", "the view that ..."): their content is an opinion
OPINION_NOUNS = {"position", "view", "stance", "stand", "belief", "opinion", "viewpoint", "perception",
                 "conviction", "contention", "argument", "notion", "idea", "premise", "thesis", "narrative"}


# verbs whose that-clause is what someone wants another to believe ("to show Y that ...")
DEMONSTRATION_VERBS = {"show", "demonstrate", "signal", "convince", "prove", "persuade", "reassure", "convey"}


def commentary(extractor, entry: TriggerEntry, tok: Token) -> bool:
    """Inside what analysts or experts believe, or say of the present or the future
    ("Analysts say that Washington wants ..."): their view, not a reported act
    (coding guide §1). A past act they report ("an expert told us that X and Y
    reached an understanding") is still an act."""
    node = tok
    for _ in range(8):
        head = node.head
        if head.i == node.i:  # the root
            return False
        if node.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in extractor.cues.speech_verbs | OPINION_VERBS:
            subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is None or subject.lemma_.lower() not in extractor.cues.commentators:
                return False
            if head.lemma_.lower() in OPINION_VERBS:
                return True
            # the tense of the clause the trigger stands in: a noun's nearest verb
            # ("during the last visit of X to Y, A and B reached ..." is a past act)
            verb = tok
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.i != head.i:
                verb = verb.head
            return verb.tag_ not in ("VBD", "VBN")
        node = head
    return False

def difficulty(extractor, entry: TriggerEntry, tok: Token) -> bool:
    """The act is what someone will find hard to do or is unlikely to do ("X will be
    hard-pressed to comply with Y's demands", "X struggled to cooperate with Y", "it
    will be difficult for X to accept Y's proposal"): a difficulty, not an act."""
    node = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for _ in range(4):
        head = node.head
        if head.i == node.i or node.dep_ not in ("xcomp", "advcl", "ccomp", "conj"):
            return False
        # what is hard is an infinitive or a that-clause; a coordinated clause is not it
        # ("it was difficult, but X accepted")
        clausal = node.dep_ == "ccomp" or (node.dep_ != "conj" and is_to_infinitive(node))
        # the predicate itself, or the adjective of a copula ("it will be difficult for X to")
        preds = [head] + [c for c in head.children if c.dep_ in ("acomp", "ccomp", "oprd") and c.i < node.i]
        if clausal and any(_is_difficulty(extractor.cues, p) for p in preds):
            return True
        node = head
    return False

def _is_difficulty(cues, tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma not in cues.difficulty and tok.lower_ not in cues.difficulty:
        return False
    if tok.lower_ == "pressed" or lemma == "press":  # only "hard(-)pressed"
        return any(c.lower_ == "hard" for c in tok.children)
    return tok.pos_ in ("ADJ", "VERB") or tok.lower_ == "hard-pressed"


def shown_content(extractor, entry: TriggerEntry, tok: Token) -> bool:
    """Inside what someone set out to show, signal or convince another of ("it was
    important to show Y that X will work with Y", "in order to convince Y that ...",
    "aimed to signal that ..."): a purpose, and what it would have Y believe is no
    stated act."""
    node, through_clause = tok, False
    for _ in range(8):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ == "ccomp" or (node.dep_ in ("acl", "relcl") and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in node.children)):
            through_clause = True
        if through_clause and head.lemma_.lower() in DEMONSTRATION_VERBS and head.pos_ == "VERB":
            return is_to_infinitive(head)
        node = head
    return False


def _in_decrease(tok: Token) -> bool:
    """A cooperation or aid said to decline ("the intelligence cooperation between X and Y
    declined following ...", "aid to Y fell sharply"): a trend, not an act of cooperation."""
    return (tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "nsubj"
            and tok.head.lemma_.lower() in DECREASE_VERBS and tok.head.pos_ == "VERB")


def topic_of_talk(extractor, entry: TriggerEntry, tok: Token) -> bool:
    """A gerund act that is what people talk about ("the discussion of X sharing
    intelligence with Y", "they discussed sharing intelligence"): a topic, not an act
    stated to happen. A nominal act under a talk ("talks on the attack") may be a real
    one and is left alone."""
    if tok.tag_ != "VBG":
        return False
    if tok.dep_ == "pcomp" and tok.head.lower_ in TOPIC_PREPS:
        holder = tok.head.head
        return (holder.pos_ == "NOUN" and holder.lemma_.lower() in TOPIC_NOUNS) or (
            holder.pos_ == "VERB" and holder.lemma_.lower() in TOPIC_VERBS)
    return tok.dep_ in ("xcomp", "dobj", "ccomp") and tok.head.lemma_.lower() in TOPIC_VERBS


def held_view(extractor, entry: TriggerEntry, tok: Token) -> bool:
    """Inside the content of a view someone holds ("X understands Y's position that the war
    should be fought on Z's soil", "X's view is that Y will attack"): an opinion, not an
    act stated to have happened or to be planned."""
    node = tok
    for _ in range(6):
        head = node.head
        if head.i == node.i:
            return False
        clause = node.pos_ in ("VERB", "AUX") and node.dep_ in ("acl", "ccomp", "appos", "attr")
        if clause and head.lemma_.lower() in OPINION_NOUNS and head.pos_ == "NOUN":
            # "the position that ...", not "the position taken by X" nor "the idea to meet"
            return node.dep_ != "acl" or any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)
        if clause and head.lemma_.lower() == "be" and any(
                c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in OPINION_NOUNS for c in head.children):
            return True  # "X's position is that ..."
        node = head
    return False


def declining_cooperation(extractor, entry: TriggerEntry, tok: Token) -> bool:
    """A cooperation or aid trigger that is the subject of a decrease ("aid to Y fell
    sharply"): a trend, not an act."""
    return entry.type in DECREASABLE_TYPES and _in_decrease(tok)


#: verbs of demanding whose "on V-ing" may name the demander's own course
INSISTING_VERBS = {"insist", "persist"}


def own_course(extractor, entry: TriggerEntry, tok: Token) -> bool:
    """Veto: "X insists on raising duties": a gerund with no subject of its own under
    "on" is what X itself keeps doing, not a demand of anyone ("India insisted on
    Pakistan handing over the suspects" is one)."""
    if entry.type != "REQUEST" or tok.lemma_.lower() not in INSISTING_VERBS:
        return False
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"]
    if not preps or any(c.dep_ == "ccomp" for c in tok.children):
        return False
    gerunds = [g for p in preps for g in p.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"]
    # the gerund the parser read as a modifier of its object ("on [increasing] tariffs")
    gerunds += [m for p in preps for g in p.children if g.dep_ == "pobj" for m in g.children
                if m.dep_ == "amod" and m.tag_ == "VBG" and m.i == p.i + 1]
    return bool(gerunds) and all(not any(c.dep_ in SUBJECT_DEPS + ("poss",) for c in g.children) for g in gerunds)
