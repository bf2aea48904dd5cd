"""Event status from negation, modality and outcome cues around a trigger.

The trigger's governors, up to the sentence root, carry most cues ("denied plans to
acquire", "agreed to buy", "might acquire"); outcomes can also hang below it ("might
acquire the startup, a deal that ultimately fell through").
"""
from __future__ import annotations

from .lexicon import Lexicon, lemma_candidates


def governors(token) -> list:
    """The trigger and each word above it in the parse, up to the root."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 12:
        chain.append(chain[-1].head)
    return chain


def _is_failure(tok, lex: Lexicon) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX"):
        particles = {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod", "prep")}
        if lemma in lex.failure_particles and particles & lex.failure_particles[lemma]:
            return True
        return lemma in lex.status["failure_plain"]
    return lemma in lex.status["failure_nouns"]


def _realis(tok, lex: Lexicon) -> bool:
    """A finite, unmodalised verb: "blocked the deal", not "sued to block" or "could block";
    "agreed to terminate" is a decision taken, so it counts."""
    decided = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("agree", "decide", "vote", "opt") \
        and tok.head.tag_ in ("VBD", "VBN")
    if not decided and any(c.dep_ == "aux" and (c.tag_ == "TO" or c.lower_ in lex.status["hypothetical_modals"])
                           for c in tok.children):
        return False
    return decided or tok.dep_ not in ("xcomp", "acl") or tok.tag_ in ("VBD", "VBN")


_CLAUSES = ("advcl", "ccomp", "xcomp", "parataxis", "csubj", "mark")


def _own_phrase(trigger):
    """Words below the trigger that are not in a clause of their own: its objects, their
    appositions and relative clauses ("acquire the startup, a deal that fell through"),
    but not "after rumours suggested ..."."""
    stack = [c for c in trigger.children if c.dep_ not in _CLAUSES]
    while stack:
        tok = stack.pop()
        yield tok
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("relcl", "acl"):
            continue
        stack.extend(c for c in tok.children if c.dep_ not in _CLAUSES)


def _phrase_chain(chain: list) -> list:
    """The governors an outcome can speak for: up through complements and noun phrases
    ("abandoned its attempt to buy"), not into another clause ("terminated X, cutting Y off")."""
    out = [chain[0]]
    for tok in chain[:-1]:
        if tok.dep_ in ("advcl", "ccomp", "conj", "parataxis", "relcl", "ROOT", "csubj"):
            break
        out.append(tok.head)
    return out


def _negated(tok, lex: Lexicon) -> bool:
    """"did not", "no plans", "never", "no longer pursuing"."""
    for c in tok.children:
        if c.lower_ in lex.status["negations"] and c.dep_ in ("neg", "det"):
            return True
        if c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            return True
    return False


def event_status(trigger, sentence, lex: Lexicon) -> str:
    """One of completed / announced / attempted / failed / reported / hypothetical / denied."""
    st = lex.status
    chain = governors(trigger)
    above = chain[1:]

    # "ended its alliance with X", "dissolved the joint venture": the deal is over.
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "dobj" and \
            trigger.head.lemma_.lower() in st.get("ending_verbs", ()) and _realis(trigger.head, lex):
        return "failed"
    # Outcome: a failure verb governing the trigger, or one inside its phrase that refers
    # back to it (an apposition or relative clause: "a deal that fell through").
    for tok in _phrase_chain(chain):
        if tok.i != trigger.i and _is_failure(tok, lex) and _realis(tok, lex):
            return "failed"
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass"):
            if _is_failure(tok.head, lex) and _realis(tok.head, lex):
                return "failed"
    for tok in _own_phrase(trigger):
        if tok.dep_ in ("relcl", "acl", "appos", "conj") and _is_failure(tok, lex) and \
                tok.head.pos_ in ("NOUN", "PROPN") and _realis(tok, lex):
            return "failed"
    if trigger.pos_ in ("NOUN", "PROPN"):
        for tok in trigger.children:
            if tok.dep_ == "relcl" and _is_failure(tok, lex):
                return "failed"
        if trigger.dep_ in ("nsubj", "nsubjpass") and _is_failure(trigger.head, lex):
            return "failed"

    # "ahead of the launch of GPT-5": not yet.
    if trigger.pos_ in ("NOUN", "PROPN"):
        head = trigger.head
        prep = head if head.pos_ == "ADP" else None
        if prep is not None and (prep.lower_ in ("before", "pending") or (
                prep.lower_ == "of" and prep.head.lower_ == "ahead")):
            return "hypothetical"

    # Denials and negation.
    if any(t.lemma_.lower() in st["deny_verbs"] for t in above if t.pos_ == "VERB"):
        return "denied"
    no_longer = trigger.lemma_.lower() in ("allow", "let", "permit", "support")  # "no longer allow" is the event
    if not no_longer and any(_negated(t, lex) for t in _phrase_chain(chain)[:4]):
        return "denied"  # negation counts within the trigger's own clause only

    # Modality, conditions, rumours. A trigger that is the subject of a modal verb is not
    # itself in doubt: "AMD's takeover of Xilinx would make it a rival" presupposes it.
    reporting = any(t.lemma_.lower() in st["reporting_verbs"] for t in above)
    scope = [trigger]
    for tok in chain[:-1]:
        if tok.dep_ in ("nsubj", "nsubjpass", "csubj") and tok.pos_ in ("NOUN", "PROPN"):
            break
        scope.append(tok.head)
    for tok in scope:
        for c in tok.children:
            if c.dep_ == "aux" and c.lower_ in st["hypothetical_modals"]:
                if not (c.lower_ == "would" and reporting):
                    return "hypothetical"
            if c.dep_ == "mark" and c.lower_ in st["hypothetical_marks"]:
                return "hypothetical"
            if c.dep_ == "amod" and tok.i == trigger.i and c.lower_ in st["hypothetical_modifiers"]:
                return "hypothetical"
            if c.dep_ == "prep" and c.lower_ == "in" and tok.pos_ in ("VERB", "AUX") and any(
                    g.lemma_.lower() in st["hypothetical_nouns"] for g in c.children):
                return "hypothetical"  # "is in early talks to lead a round"
            if c.dep_ == "auxpass" and tok.lemma_.lower() in ("expect", "rumor", "rumour", "tip",
                                                               "say", "believe", "think"):
                return "hypothetical"  # "Apple is expected to unveil": others' guess
        lemma = tok.lemma_.lower()
        if tok.i != trigger.i and (tok.pos_ == "VERB" and any(  # the lemmatizer makes "hopes" "hop"
                w in st["hypothetical_verbs"] for w in lemma_candidates(tok))
                                   or lemma in st["hypothetical_nouns"] and tok.pos_ == "NOUN"):
            return "hypothetical"

    if any(t.lemma_.lower() in st["attempt_verbs"] for t in above if t.pos_ in ("VERB", "NOUN")):
        return "attempted"
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.lemma_.lower() in st["attempt_nouns"]:
        return "attempted"  # "made an unsolicited offer for Harrowgate"

    # On others' authority, whatever the tense: "has agreed to buy X, according to people
    # familiar with the matter", "is leaving for Meta, people with knowledge of it said".
    if any(c.lower_ in st["reported_adverbs"] for t in scope for c in t.children) or any(
            phrase in sentence.text.lower() for phrase in lex.reported_phrases):
        return "reported"
    if reporting and any(c.dep_ == "aux" and c.lower_ == "would" for t in chain[:3] for c in t.children):
        return "announced"  # "said it would invest": reported intention
    perfect_or_past = trigger.tag_ in ("VBD",) or (
        trigger.tag_ == "VBN" and any(c.lemma_ == "have" for c in trigger.children))
    # What the future or an announcement says about a noun in a subject or a prepositional
    # phrase is not about it: "a probe, opened on Tuesday, will examine ...", "under a deal".
    governed = scope if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ in ("dobj", "conj", "appos") \
        else [trigger]
    if not perfect_or_past:
        if any(c.dep_ == "aux" and c.lower_ in st["future_auxiliaries"] for t in governed[:3]
               for c in t.children):
            return "announced"
        if any(t.lemma_.lower() in st["announce_verbs"] for t in governed[1:3]
               if t.pos_ == "VERB"):
            return "announced"
        if trigger.pos_ == "VERB" and trigger.dep_ == "ROOT" and any(
                c.tag_ == "TO" for c in trigger.children):
            return "announced"  # headline infinitive: "Amazon to invest $4bn in Anthropic"
        if trigger.pos_ == "VERB" and trigger.dep_ == "xcomp" and trigger.head.lemma_ == "be" and any(
                c.tag_ == "TO" for c in trigger.children):
            return "announced"  # "Corrib Maps is to cut the free allowance": scheduled
        if trigger.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "amod" and c.lower_ in st["announce_modifiers"] for c in trigger.children) and not any(
                c.lower_ == "class" for c in trigger.children):  # a "proposed class action" is filed
            return "announced"
        if trigger.pos_ == "VERB" and any(c.dep_ == "auxpass" and c.lower_ == "being" or
                                          c.dep_ == "aux" and c.lower_ in ("is", "are") and trigger.tag_ == "VBG"
                                          for c in trigger.children):
            return "announced"  # "is being acquired", "is acquiring": under way, not done
        if reporting and trigger.pos_ == "VERB" and trigger.tag_ == "VBG" and any(
                c.dep_ == "aux" and c.lower_ in ("was", "were") for c in trigger.children):
            return "announced"  # "said that they were leaving the company"
        if trigger.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in st["announce_verbs"]
                for c in trigger.children):
            return "announced"  # "SoftBank's takeover of ARM, agreed on Monday, will be ..."
        if trigger.pos_ == "VERB" and trigger.tag_ in ("VBZ", "VBP") and trigger.lemma_.lower() in \
                st["present_is_announced"]:
            return "announced"  # "Google buys DeepMind": a deal agreed, not closed

    if trigger.pos_ in ("NOUN", "PROPN") and not any(
            t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBN", "VBZ", "VBP") for t in above):
        return "reported"  # "New Rate Limits on Claude Code": named, not stated as done
    if any(c.lower_ in st["reported_adverbs"] for t in scope for c in t.children) or any(
            c.dep_ == "prep" and c.lower_ == "according" for t in scope for c in t.children):
        return "reported"  # on others' authority: "reportedly", "according to people familiar"
    text = sentence.text.lower()
    if any(phrase in text for phrase in lex.reported_phrases):
        return "reported"  # "A led the round, and B also took part, according to people familiar"
    return "completed"
