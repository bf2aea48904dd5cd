"""The grammatical slots of a trigger word: who is its subject (climbing through
infinitives, relative clauses and control), its object, its prepositional attachments.

Pure functions over a parsed spaCy doc, so they test without I/O; the small model's
common misparses (a verb read as an adjective, a company read as the sentence's root
noun) are undone here, once, for every event type.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import Lexicon

_CLAUSE_CLIMB = ("xcomp", "conj", "advcl", "pcomp", "acl", "relcl")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")


@dataclass
class Args:
    """Grammatical slots of one trigger, as tokens (not yet entities)."""

    agent: list = field(default_factory=list)
    patient: list = field(default_factory=list)
    dative: list = field(default_factory=list)
    preps: dict[str, list] = field(default_factory=dict)
    particles: set[str] = field(default_factory=set)
    modifiers: list = field(default_factory=list)  # compounds/amods of a nominal trigger
    nominal: bool = False


#: Verbs whose "off" is a particle even when the parser hangs an object on it.
_OFF_VERBS = {"switch", "shut", "cut", "turn", "wall", "lock", "kick", "close", "seal"}


def _with_conjuncts(tok) -> list:
    return [tok, *[c for c in tok.conjuncts if c.i > tok.i]]


def _prep_objects(head, args: Args) -> None:
    for c in head.children:
        if c.dep_ == "prep":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            for g in c.children:  # "from using X", "an investigation into whether X abused"
                if g.dep_ == "pcomp":
                    objs += [h for h in g.children if h.dep_ in ("dobj", "pobj", "nsubj")]
            for o in objs:
                args.preps.setdefault(c.lower_, []).extend(_with_conjuncts(o))
        elif c.dep_ == "agent":
            for o in c.children:
                if o.dep_ == "pobj":
                    args.preps.setdefault("by", []).extend(_with_conjuncts(o))


def _subject(tok) -> list:
    """The subject of a verb, climbing through infinitives, conjunctions and relative
    clauses ("agreed to acquire", "revoked X and restricted Y", "X, which acquired Y")."""
    for _ in range(6):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
        if subj:  # "A, B and C also took part" can parse as two subjects
            return [x for s in subj for x in _with_conjuncts(s)]
        if (tok.dep_ == "xcomp" or tok.dep_ == "advcl" and any(c.tag_ == "TO" for c in tok.children)) \
                and tok.head.lemma_.lower() in _OBJECT_CONTROL:
            objs = [c for c in tok.head.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
            if objs:  # "ordered Pewter Labs to restore ...": the one ordered does it
                return objs[:1]
        if tok.dep_ == "relcl" and not any(c.tag_ == "TO" for c in tok.children):
            return [tok.head]
        if tok.dep_ == "relcl":  # "struck a deal to acquire Ansys" parsed as a relative clause
            tok = tok.head.head if tok.head.dep_ in ("dobj", "attr", "pobj") else tok.head
            continue
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            noun = tok.head
            poss = [c for c in noun.children if c.dep_ == "poss"]
            if poss:
                return [poss[0]]
            if noun.dep_ in ("dobj", "attr", "pobj") and noun.head.pos_ in ("VERB", "AUX"):
                tok = noun.head
                continue
            return []
        if tok.dep_ in _CLAUSE_CLIMB and tok.head.i != tok.i:
            tok = tok.head
            if tok.pos_ == "ADP":
                tok = tok.head
            continue
        return []
    return []


#: Verbs whose object is the subject of the infinitive after it ("ordered X to restore").
_OBJECT_CONTROL = {"order", "force", "require", "tell", "ask", "compel", "direct", "urge", "instruct",
                   "persuade", "oblige", "push", "pressure", "press"}
_QUANTIFIERS = {"all", "most", "some", "much", "part", "portion", "half", "bulk", "majority",
                "parts", "many", "none", "each", "any", "number", "amount", "volume", "count"}


def _unquantify(tok):
    """"cut off nearly all of Windsurf's access" -> access."""
    if tok.lemma_.lower() in _QUANTIFIERS:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
    return tok


def verb_args(verb) -> Args:
    args = Args()
    if _participle_as_adjective(verb):  # "has open-sourced Wren-7B"
        args.agent = _subject(verb.head.head)
        args.patient = _with_conjuncts(verb.head)
        return args
    # "Pellow Data partnered with X" parsed as a noun (the root) modified by "partnered": the
    # noun is the subject, not what was partnered.
    rootless = verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") and \
        verb.i == verb.head.i + 1 and verb.tag_ in ("VBD", "VBN") and not any(c.dep_ == "agent" for c in verb.children)
    passive = not rootless and (any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ in ("dobj", "oprd") for c in verb.children)))
    # "the chatbot launched by OpenAI" is passive; "OpenAI's board ... named Emmett Shear" (a
    # misparse as a reduced relative) has an object of its own and is not
    for c in verb.children:
        if c.dep_ == "dobj" and c.tag_ == "WDT" and verb.dep_ == "relcl":
            args.patient.append(verb.head)  # "its Galaxy S24 phones, which it unveiled"
        elif c.dep_ == "dobj":
            args.patient.extend(_with_conjuncts(_unquantify(c)))
            if c.like_num or c.lemma_.lower() in ("billion", "million", "$", "sum", "amount"):
                _prep_objects(c, args)  # "pay $7.5 billion for ZeniMax": the money's "for"
        elif c.dep_ == "nsubjpass":
            args.patient.extend(_with_conjuncts(c))
        elif c.dep_ == "dative":
            args.dative.append(c)
        elif c.dep_ == "xcomp" and "-" in c.text and c.tag_ == "VBG" and c.i == verb.i + 1 and \
                not any(x.dep_ == "dobj" for x in verb.children):
            # "will buy product-testing start-up Statsig": a hyphenated modifier read as a verb
            args.patient.extend(x for g in c.children if g.dep_ == "dobj" for x in _with_conjuncts(g))
        elif c.dep_ == "conj" and c.pos_ == "PROPN":  # "fined Apple €10 million and Samsung €5 million"
            args.patient.append(c)
        elif c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ == "off" and c.i == verb.i + 1 and
                                 verb.lemma_.lower() in _OFF_VERBS and any(g.dep_ == "pobj" for g in c.children)):
            args.particles.add(c.lower_)  # (a particle the parser read as a preposition too)
            if c.lower_ == "off" and verb.lemma_.lower() in _OFF_VERBS:  # "switched off CrowdTangle", object hung on "off"
                args.patient.extend(x for g in c.children if g.dep_ == "pobj" for x in _with_conjuncts(g))
        elif c.dep_ == "advmod" and c.lower_ in ("off", "out", "up", "down", "over", "aside", "together"):
            args.particles.add(c.lower_)
        elif c.dep_ == "prep" and c.lower_ in ("off", "out") and not any(g.dep_ == "pobj" for g in c.children):
            args.particles.add(c.lower_)  # "walled off its feed": a particle parsed as a bare preposition
    _prep_objects(verb, args)
    if verb.dep_ == "amod" and verb.tag_ in ("VBD", "VBN") and not passive:
        # Misparse of "X (recently) limited Y's access": the verb hangs off its object.
        left = verb.i - 1
        while left >= 0 and verb.doc[left].pos_ == "ADV":
            left -= 1
        if left >= 0 and (verb.doc[left].ent_type_ or verb.doc[left].pos_ == "PROPN"):
            obj = verb.head
            while obj.dep_ == "poss" and obj.head.i != obj.i:  # "limited competitors' access"
                obj = obj.head
            args.agent = [verb.doc[left]]
            args.patient = [obj] + [c for c in verb.children if c.dep_ == "dobj"]
            _prep_objects(verb, args)
            for c in obj.children:  # "capped free developers at 2,500 requests a day"
                if c.dep_ == "prep":
                    args.preps.setdefault(c.lower_, []).extend(g for g in c.children if g.dep_ == "pobj")
            return args
    if passive and "by" not in args.preps:  # "fined 1.2 billion euros by X": "by" hangs low
        for t in args.patient + [x for v in args.preps.values() for x in v]:  # "replaced as CEO by X"
            for c in t.children:
                if c.lower_ == "by" and c.dep_ in ("prep", "agent"):
                    args.preps["by"] = [g for g in c.children if g.dep_ == "pobj"]
    if "by" in args.preps and passive:
        args.agent = args.preps.pop("by")
    elif not passive and verb.dep_ == "acl" and (verb.tag_ == "VBN" or rootless) and verb.head.pos_ in ("NOUN", "PROPN"):
        args.agent = [verb.head]  # the board (of OpenAI) did the naming
    elif not passive:
        args.agent = _subject(verb)
    if passive and not args.patient and verb.dep_ in ("acl", "relcl"):
        args.patient = [verb.head]  # "the startup acquired by OpenAI"
    if not passive and not args.patient and verb.dep_ == "relcl" and (
            verb.head.dep_ == "appos" or verb.head.pos_ == "PROPN") and any(
            c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children):
        args.patient = [verb.head]  # "Giphy, the image library it bought in 2020": the gap is the object
    if passive and not args.patient and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        # "Careem has agreed to be bought by Uber", "X is expected to be named chief executive"
        args.patient = [c for c in verb.head.children if c.dep_ == "nsubjpass"] or _subject(verb.head)
    if args.dative and not args.patient:
        args.patient, args.dative = args.dative, []
    if not args.patient and verb.dep_ in ("ccomp", "xcomp", "oprd") and verb.tag_ in ("VBN", "VBD") and \
            verb.head.lemma_.lower() in ("have", "get", "see"):
        # "Notewell had its access to the API cut off": what was had, done to its subject.
        args.patient = [c for c in verb.head.children if c.dep_ == "dobj"]
        args.agent = args.preps.pop("by", []) if "by" in args.preps else []
    if not args.patient:  # "made its Parse 2 model available": the small clause's subject
        args.patient = [g for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.pos_ == "ADJ"
                        for g in c.children if g.dep_ == "nsubj"]
    if not args.patient:  # "named Satya Nadella ... as chief executive" parsed as a predicate
        args.patient = [c for c in verb.children if c.dep_ == "oprd"]
    # "cut off OpenAI from Claude": the particle can be parsed as a preposition.
    for p in ("off", "out", "over", "up"):
        adjacent = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == p and (
            c.i == verb.i + 1 or any(c.i == o.right_edge.i + 1 for o in verb.children if o.dep_ == "dobj"))]
        if p in args.preps and adjacent:  # not "taking it offline for 14 hours, over a dispute"
            args.particles.add(p)
            args.patient.extend(args.preps.pop(p))
    return args


_PREMODIFIER_POS = ("ADJ", "NUM", "SYM", "NOUN", "PROPN", "VERB", "ADV", "DET")


def _surface_possessor(noun):
    """"Figma's planned $20 billion acquisition" when the parser lost the possessive."""
    i = noun.i - 1
    doc = noun.doc
    while i > 0 and noun.i - i < 8 and doc[i].pos_ in _PREMODIFIER_POS and doc[i].lower_ not in (
            "the", "a", "an") and not doc[i].is_sent_start:
        i -= 1
    if i > 0 and doc[i].lower_ in ("'s", "’s", "'", "’") and doc[i].tag_ == "POS":
        return doc[i - 1]
    return None


def noun_args(noun, lex: Lexicon) -> Args:
    args = Args(nominal=True)
    for c in noun.children:
        if c.dep_ == "poss":
            args.agent.append(c)
        elif c.dep_ in ("compound", "amod", "nmod"):
            args.modifiers.append(c)
    if not args.agent:
        possessor = _surface_possessor(noun)
        if possessor is not None:
            args.agent.append(possessor)
    _prep_objects(noun, args)
    if "of" in args.preps:
        args.patient.extend(args.preps.pop("of"))
        if "by" not in args.preps:  # "the suspension of Marlinspike's API keys by Glasswort AI"
            for p in args.patient:
                for c in p.children:
                    if c.dep_ == "prep" and c.lower_ == "by":
                        args.preps["by"] = [x for g in c.children if g.dep_ == "pobj" for x in _with_conjuncts(g)]
    if "by" in args.preps:  # "Windsurf's acquisition by OpenAI"
        args.patient = args.agent + args.patient
        args.agent = args.preps.pop("by")
    head = noun.head
    if head.lower_ == "under" and head.head.lemma_ in ("be", "come", "remain", "fall", "stay"):
        # "X is under investigation by the FTC": the subject of "is" is the patient.
        args.patient += [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    reduced = [noun.head] if noun.dep_ == "nsubj" and noun.head.tag_ == "VBN" and not any(
        c.dep_ == "aux" for c in noun.head.children) else []  # "The lawsuit filed against X by Y claims"
    for c in [ch for ch in noun.children if ch.dep_ == "acl"] + reduced:
        if c.tag_ == "VBN":  # "the fine imposed on LinkedIn by Ireland's regulator"
            sub = Args()
            for t in [c] + [g for g in c.subtree if g.pos_ in ("PROPN", "NOUN")]:
                _prep_objects(t, sub)  # "filed against Kestrel Dynamics by Vantor Labs"
            args.agent += sub.preps.pop("by", [])
            for k, v in sub.preps.items():
                if k in ("on", "against", "with", "into", "for", "from"):
                    args.preps.setdefault(k, []).extend(v)
    if not args.agent:  # "the partnership the two companies announced"
        for c in noun.children:
            if c.dep_ == "relcl" and c.lemma_.lower() in lex.light_verbs:
                subj = [g for g in c.children if g.dep_ == "nsubj" and g.tag_ not in ("WDT", "WP")]
                if subj:  # not "a partnership that will bring ...": there the noun is the subject
                    args.agent = _with_conjuncts(subj[0])
    if not args.agent and noun.dep_ == "appos" and head.dep_ in ("dobj", "attr"):
        # "agreed to license each other's patents, a rare tie-up": the clause's subject.
        args.agent = _subject(head.head)
    if not args.agent and noun.dep_ in ("dobj", "attr", "nsubjpass", "pobj", "conj", "appos"):
        verb = head
        for _ in range(4):  # "secured $20 million in funding": up through the money phrase
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if noun.dep_ == "conj":
            verb = noun.head.head
        if verb.lemma_.lower() in lex.receiving_verbs or (
                verb.lemma_.lower() in ("hit", "slap") and any(c.dep_ == "auxpass" for c in verb.children)):
            # "Google faces a lawsuit from X", "Acme secured funding from Y", "Meta was hit
            # with a fine by Z": the subject is on the receiving end.
            args.patient = args.agent + _subject(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
            args.agent = []
            _prep_objects(verb, args)
            args.agent = args.preps.get("from", []) + args.preps.get("by", [])
        elif verb.lemma_.lower() in lex.light_verbs:
            args.agent = _subject(verb)
            _prep_objects(verb, args)  # "filed suit against X", "signed a deal with X"
            if "of" in args.preps and not args.patient:
                args.patient.extend(args.preps.pop("of"))
            if not args.patient and noun.dep_ == "pobj":  # "approached Intel about a takeover"
                args.patient.extend(c for c in verb.children if c.dep_ == "dobj")
    return args


def _participle_as_adjective(tok) -> bool:
    """"Pellucid Labs has open-sourced Wren-7B": a hyphenated participle after "has" that
    the parser made an adjective of its object."""
    return tok.pos_ == "ADJ" and tok.dep_ == "amod" and "-" in tok.text and tok.lower_.endswith("ed") and \
        tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() == "have" and tok.i == tok.head.head.i + 1


def _through_prep(tok, top) -> bool:
    """Whether tok hangs below top through a preposition ("X's acquisition of Y": Y does)."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ in ("prep", "pobj", "poss"):
            return True
        tok = tok.head
    return False


_CURRENCY_WORDS = {"dollar", "euro", "pound", "yen", "yuan", "renminbi", "rupee", "crore", "lakh", "won", "franc",
                   "krona", "krone", "real", "peso", "rouble", "ruble", "shekel", "dirham", "riyal"}


def is_money(tok) -> bool:
    """A sum of money however written: "$500mn", "£12m", "€1.2bn", "5 billion yen", "Rs 500 crore"."""
    return tok.ent_type_ == "MONEY" and (tok.like_num or tok.dep_ in ("dobj", "pobj", "nsubjpass", "conj")) or \
        any(c.tag_ == "$" or c.like_num and c.ent_type_ == "MONEY" for c in tok.children) or \
        tok.lemma_.lower() in _CURRENCY_WORDS or \
        bool(re.fullmatch(r"\d[\d.,]*(?:bn|mn|m|b|k|tn)", tok.lower_))
