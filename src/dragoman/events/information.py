"""Acting on shared information: "Y raided the camp on a tip-off from X" is X's
intelligence sharing with Y."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.events.candidate import Candidate, same_actor, within_one_state
from dragoman.events.context import SentenceContext
from dragoman.events.lexicon import TriggerEntry
from dragoman.events.modality import modality_of


# the nouns of information one acts on ("on a tip-off from X"), and the entry of that sharing
TIP_NOUNS = {"tip", "tipoff", "intelligence", "information", "intel", "input", "lead", "alert", "warning"}
# verbs of acting on information, and the types of material acts one does on it
ACTING_VERBS = {"act", "base", "rely", "move", "operate", "proceed", "respond"}
MATERIAL_TYPES = {"ASSAULT", "COERCE", "AID", "MOBILIZE", "CONCEDE", "RETREAT", "COOPERATE"}
INFORMATION_ENTRY = TriggerEntry(
    lemma="on", pos="NOUN", type="COOPERATE", mode="intelligence", cameo="064", objects=(), particle=None,
    target_preps=(), complement=None, confidence=0.6, row=0,
)


def compound_word(noun: Token) -> str:
    """A noun with the compound words before it, hyphens dropped: "tip-off" -> "tipoff"."""
    parts = [c.lower_ for c in noun.children if c.i < noun.i and c.dep_ in ("compound", "punct") and c.lower_ != "-"]
    return "".join(parts[-1:] + [noun.lower_]) if parts and noun.lower_ == "off" else noun.lemma_.lower()


class InformationRules:
    """The acted-on-information rule (mixed into the extractor)."""

    def _material_act(self, verb: Token) -> bool:
        """A verb that does something (an arrest, a raid, a rescue, "acting on"), not one
        that speaks about something."""
        if verb.lemma_.lower() in ACTING_VERBS:
            return True
        return any(e.type in MATERIAL_TYPES for e in self.lexicon.candidates(verb.lemma_.lower(), "VERB"))

    def acted_on_information(self, ctx: "SentenceContext") -> list[Candidate]:
        """'Y raided the camp on a tip-off from X', 'acting on intelligence from X, Y ...',
        'based on information provided by X': X shared intelligence with Y (COOPERATE from
        the provider to the doer of the clause the phrase modifies)."""
        out: list[Candidate] = []
        for noun in ctx.sent:
            if noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "upon") or compound_word(noun) not in TIP_NOUNS:
                continue
            providers = self._prep_actors([noun], ("from",), ctx) or [
                a for c in noun.children if c.dep_ == "acl" for a in self._agent_actors(c, ctx)]
            if not providers:
                continue
            holder = noun.head.head
            if holder.dep_ == "prep" and holder.pos_ == "VERB":  # "based on": the clause it hangs from
                holder = holder.head
            if holder.pos_ not in ("VERB", "AUX") or not self._material_act(holder):
                continue  # "commented on information from X" shares nothing
            doers = (self._subject_actors(holder, ctx) or self._agent_actors(holder, ctx)
                     or self._inherited_subject(holder, ctx))
            modality, cue = modality_of(holder, self.cues)
            lo = min([noun.i] + [c.i for c in noun.children if c.dep_ == "compound" and c.i < noun.i])
            for s_actor, s_tok in providers:
                for t_actor, t_tok in doers:
                    if same_actor(s_actor, t_actor) or within_one_state(s_actor, t_actor):
                        continue
                    out.append(Candidate(
                        type="COOPERATE", entry=INFORMATION_ENTRY, trigger=noun, trigger_span=(lo, noun.i + 1),
                        source=s_actor, source_tok=s_tok, target=t_actor, target_tok=t_tok,
                        modality=modality, modality_cue=cue, confidence=INFORMATION_ENTRY.confidence,
                        rules=["acted-on-information"]))
        return out
