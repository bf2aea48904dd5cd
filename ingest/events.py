"""Event detection: trigger lexicon + the dependency structure around each trigger.

Roles come from grammar, not proximity: the subject (or passive agent, or the
possessor of a nominal trigger) is the agent; the direct object (or passive subject,
or the "of" object) is the patient; prepositional attachments fill the rest. Each event
type then maps agent/patient/attachments to actor/target/object.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from .dates import ResolvedDate
from .entities import _PART_NOUNS, _PEOPLE_WORDS, _POST_HEADS, _TITLE_WORDS, Mention, MentionIndex, clause_verb, is_org
from .arguments import (Args, _participle_as_adjective, _prep_objects, _subject, _through_prep, is_money, noun_args,
                        verb_args)
from .exec_moves import ExecutiveMoves
from .investments import Investments
from .lexicon import Lexicon, Trigger, lemma_candidates
from .gazetteer import load_gazetteer, normalise_name
from .status import event_status, governors

#: Types whose announcer is the actor when the text names no other.
ANNOUNCER_ACTS = ("rate_limit", "access_revocation", "product_launch")


@dataclass
class Candidate:
    type: str
    trigger: str
    trigger_i: int
    actor: Mention | None
    target: Mention | None
    obj: Mention | None
    status: str
    sentence: tuple[int, int]  # character offsets in the text
    date: ResolvedDate | None = None
    retrospective: bool = False  # "previously", "in the past": not dated by the report
    confidence: float = 0.5
    notes: list[str] = field(default_factory=list)


class EventFinder(ExecutiveMoves, Investments):
    """Finds candidate events in a parsed doc. One instance per doc."""

    def __init__(self, doc, index: MentionIndex, lex: Lexicon):
        self.doc = doc
        self.index = index
        self.lex = lex
        self._funded: list[Mention] = []  # companies funded so far, for "X also took part"
        self._moves: list[Candidate] = []  # executive moves so far, for "X succeeds him"
        self._acquired: list[Candidate] = []  # acquisitions so far, for "the founders will join Apple"
        self._trigger_i: int | None = None  # the trigger being read, once find() reaches one
        self._by_ref = False  # whether a role of it came by reference ("it", "the company")
        self._left_to_join = False  # a departure that names where the person goes

    # --- entity helpers ----------------------------------------------------------------
    def entity(self, tok, exclude=(), kinds=None) -> Mention | None:
        m, by_ref = self.index.resolve(tok, set(exclude), kinds)
        if m and by_ref:
            self._by_ref = True
        return self._owned(m)

    def listed_among(self, t, exclude=()) -> list[Mention]:
        """"seven companies ..., among them A, B and C": the names listed after ", among them"
        (read off the surface: the parser hangs such lists anywhere)."""
        out, sent = [], t.sent
        for i in range(t.i + 1, sent.end - 2):
            if self.doc[i].lower_ == "among" and self.doc[i - 1].text == "," and \
                    self.doc[i + 1].lower_ in ("them", "those"):
                j = i + 2
                while j < sent.end:
                    found = self.index.at(self.doc[j]) or (
                        self.index.proper_noun(self.doc[j], company=True) if self.doc[j].pos_ == "PROPN" else None)
                    if found is None or found.start != j:
                        break
                    if found.id not in exclude and found.id not in {o.id for o in out}:
                        out.append(found)
                    j = found.end
                    while j < sent.end and self.doc[j].lower_ in (",", "and"):
                        j += 1
                break
        return out

    def _owned(self, m: Mention | None) -> Mention | None:
        """"Alphabet Inc's Google", "Comcast's Universal": the company named after its owner's
        possessive is the one meant, whatever the parser hung on which."""
        if m is None or m.entity.kind != "organization" or m.end + 1 >= len(self.doc) or \
                self.doc[m.end].lower_ not in ("'s", "’s", "'", "’"):
            return m
        owned = self.index.at(self.doc[m.end + 1])
        return owned if owned is not None and owned.start == m.end + 1 and owned.entity.kind == "organization" \
            and owned.id != m.id else m

    def entities(self, toks, exclude=(), kinds=None) -> list[Mention]:
        out = []
        for t in toks:
            m = self.entity(t, exclude, kinds)
            if m is None and t.pos_ == "PROPN" and any(
                    (c_m := self.index.at(c)) and is_org(c_m) for c in t.conjuncts):
                m = self.index.proper_noun(t, company=True)  # "Cisco, AMD and Fujitsu joined in"
            found = [m] if m else []
            if m is None and t.tag_ == "NNS" and t.lemma_.lower() in self.lex.people_nouns and any(
                    c.dep_ in ("det", "nummod") and c.lower_ in ("the", "these", "those", "both", "all")
                    for c in t.children):
                # "The writers lodged a similar complaint": the people just named together.
                people = [x for x in self.index.mentions if x.entity.kind == "person" and x.end <= t.i
                          and x.id not in exclude]
                groups = [self.group_of(x) for x in reversed(people)]
                found = next((g for g in groups if len(g) > 1), groups[0] if groups else [])
                if found:
                    self._by_ref = True
            if m is None and not found and t.tag_ == "NNS" and t.lemma_.lower() in self.lex.people_nouns and any(
                    c.dep_ == "nummod" for c in t.children):
                # "Three authors filed suit ... The writers, A, B and C, are seeking damages":
                # the next sentence names them.
                found = self.named_next(t, exclude)
                if found:
                    self._by_ref = True
            if m is None and not found and t.tag_ == "NNS":
                found = self.listed_among(t, exclude)  # "ordered seven companies, among them A, B and C"
            if m and self.index.at(t) is None and t.tag_ in ("NNS", "NNPS") and \
                    t.lemma_.lower() in self.lex.coref_nouns and not any(
                        c.dep_ == "prep" and c.lower_ in ("including", "like", "such") or c.dep_ == "appos"
                        for c in t.children) and (  # "Two publishers, A and B," are named, not "the two"
                        any(c.lower_ in ("two", "both") for c in t.children) or
                        t.lemma_.lower() in ("company", "firm", "group", "side", "party", "partner")):
                # ("the developers signed contracts" is not the two companies last named)
                # "the two companies", "both firms": the two latest organisations.
                second = self.index.antecedent(t, ("organization",), {m.id} | set(exclude), True)
                found += [second] if second else []
            if m and self.index.at(t) is not None:  # "sued X and several of its partners, including A and B"
                members = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("including", "like")
                           for g in c.children if g.dep_ == "pobj"]  # (for a name; "such as" lists hang off nouns)
                for g in members:
                    found += [x for x in [self.index.at(g) or self.index.proper_noun(g, company=True)] if x]
                    found += [self.index.at(c) or self.index.proper_noun(c, company=True)
                              for c in g.conjuncts if self.doc[c.i - 1].text != "&"]
                found = [f for f in found if f]
            if m and (t.lower_ in ("they", "their", "them") or self.index.at(t) is None):
                # "AP and OpenAI said they had reached an agreement", "the generators Suno
                # and Udio": the coordinated names all fill the slot.
                head = self.doc[m.end - 1]
                found += [self.index.at(c) or self.index.proper_noun(c, company=is_org(m)) or (
                    self.index.resolve(c, set(exclude))[0] if c.pos_ == "NOUN" and c.i > head.i else None)
                          for c in head.conjuncts if self.doc[c.i - 1].text != "&"]  # "its counterpart, the Garante"
                found = sorted((f for f in found if f), key=lambda f: f.start)
            for f in found:
                if f.id not in {o.id for o in out}:
                    out.append(f)
        return out

    def named_next(self, t, exclude) -> list[Mention]:
        """The people the next sentence names in apposition to a definite plural of people
        ("The writers, A, B and C,")."""
        nxt = t.sent.end
        if nxt >= len(self.doc):
            return []
        for tok in self.doc[nxt].sent:
            if tok.tag_ == "NNS" and tok.lemma_.lower() in self.lex.people_nouns and any(
                    c.lower_ in ("the", "these", "those") for c in tok.children):
                people = [m for m in self.index.mentions if m.entity.kind == "person" and m.id not in exclude
                          and any(a.i == tok.i for a in self.doc[m.end - 1].ancestors)]
                if people:
                    return people
        return []

    def agents(self, args: Args) -> list[Mention]:
        """The agent slot's entities; a judge ("Judge Amit Mehta of the U.S. District
        Court") acts for the court; a state or country acting is its government."""
        found = self.entities(args.agent)
        if not found:  # a state or country acting is a subject ("Texas sued"); one ordered is a company
            found = [m for t in args.agent for m in [self.index.proper_noun(
                t, allow_place=t.dep_ in ("nsubj", "pobj"), company=t.dep_ in ("dobj", "nsubjpass", "dative"))] if m]
        # "Kenya's gambling regulator suspended ...": a regulator named by description, also
        # beside a named one ("Italy's competition authority and its Spanish counterpart, the CNMC,")
        described = [m for t in args.agent if self.index.at(t) is None and self.index.resolve(t)[0] is None
                     for m in [self.index.described_regulator(t, self.lex.regulator_nouns)] if m]
        found = sorted(found + [m for m in described if m.id not in {f.id for f in found}], key=lambda m: m.start)
        if any(t.lemma_.lower() in self.lex.regulator_nouns and self.index.at(t) is None for t in args.agent):
            for m in found:  # "Spain's competition watchdog, the CNMC, fined ..."
                if not m.entity.known and m.entity.kind == "organization":
                    m.entity.category = m.entity.category or "regulator"
        return [next((o for o in self.described_org(m) if self.is_regulator(o)), m)
                if m.entity.kind == "person" else m for m in found]

    def is_regulator(self, m: Mention | None) -> bool:
        if m is not None and m.entity.kind == "person" and m.start > 0 and \
                self.doc[m.start - 1].lower_ in self.lex.head_of_government:
            return True  # "President Donald Trump blocked Broadcom's bid"
        if m is None or m.entity.kind != "organization":
            return False
        if m.entity.category in self.lex.regulator_categories:
            return True
        return any(w in self.lex.regulator_nouns for w in m.entity.name.lower().split())

    # --- matching -----------------------------------------------------------------------
    def triggers(self, tok) -> list[Trigger]:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in ("together", "jointly")
                                      for c in tok.children) and lemma not in self.lex.verbs:
            # "A and B will work together on ...", "the two companies will jointly develop ..."
            return [Trigger(type="partnership", lemma=lemma, pos="verb", frame="together")]
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and lemma not in ("be", "have", "do")) or \
                _participle_as_adjective(tok):
            table = self.lex.verbs
        elif tok.pos_ in ("NOUN", "PROPN"):
            table = self.lex.nouns
        else:
            return []
        for candidate in lemma_candidates(tok):
            if candidate in table:
                found = table[candidate]
                if table is self.lex.nouns and any(tr.frame == "agreement" for tr in found):
                    # "their merger agreement", "the takeover deal": the agreement is the deal's
                    for c in tok.children:
                        deal = [tr for tr in self.lex.nouns.get(c.lemma_.lower(), []) if tr.type == "acquisition"]
                        if c.dep_ == "compound" and deal and c.lemma_.lower() in ("merger", "takeover", "acquisition",
                                                                                   "buyout"):
                            return deal
                return found
        return []

    def patient_ok(self, trig: Trigger, args: Args) -> bool:
        need = trig.patient
        if need is None:
            return True
        heads = args.patient
        if trig.pos == "noun":
            heads = heads + [t for k in ("on", "for", "to", "against", "into", "in") for t in
                             args.preps.get(k, [])] + args.modifiers
        heads = heads + [g for t in heads if t.like_num or t.lemma_.lower() in ("billion", "million", "number",
                                                                                "amount", "volume", "percent", "cent", "%")
                         for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"]  # "$5 billion of Intel stock", "the number of calls"
        lemmas = {t.lemma_.lower() for t in heads} | {
            c.lemma_.lower() for t in heads for c in t.children if c.dep_ == "compound"}
        if any(is_money(t) for t in heads):
            lemmas |= {"money", "million", "billion"}  # "$500mn", "£12m", "5 billion yen"
        ents = [m for t in heads for m in [self.index.at(t) or self.index.resolve(t)[0]] if m]
        if need == "stake_for":  # "pay €503m for a 3 per cent stake in ASML"
            return any(t.lemma_.lower() in self.lex.security_nouns for t in args.preps.get("for", []))
        if need == "access":
            return bool(lemmas & self.lex.access_nouns)
        if need == "usage":
            return bool(lemmas & self.lex.usage_nouns) or self.rate_quantity(args)
        if need == "usage_or_product":
            return bool(lemmas & self.lex.usage_nouns) or self.rate_quantity(args) or any(
                m.entity.kind == "product" for m in ents)
        if need == "access_or_entity":
            return bool(lemmas & (self.lex.access_nouns | self.lex.party_nouns)) or bool(ents)
        if need == "access_or_business":  # "removed X's app from its store", not "removed X from the board"
            return bool(lemmas & (self.lex.access_nouns | self.lex.party_nouns)) or any(
                m.entity.kind != "person" for m in ents)
        if need == "entity":
            return bool(ents)
        if need == "organization":  # "buy Intel common stock" buys shares, not Intel
            return any(is_org(m) for m in ents) and (_share_bought(heads) > 50 or not any(
                t.lemma_.lower() in self.lex.security_nouns for t in heads if self.index.at(t) is None))
        if need == "person":
            # "fired its chief executive", "ousted him"; not "removed pages run by Alex Jones"
            heads = [t for t in heads if not (t.pos_ == "NOUN" and self.index.at(t) is None and  # "co-president"
                                              t.lemma_.lower().split("-")[-1] not in _PERSON_NOUNS | self.lex.people_nouns)]
            return any(m.entity.kind == "person" for t in heads for m in [self.index.at(t) or self.index.resolve(t)[0]]
                       if m) or bool(self.people_in(heads))
        if need == "product" and trig.pos == "verb" and not args.nominal and any(
                (m := self.index.at(t)) and m.entity.kind == "product"
                for t in self.doc[self._trigger_i + 1:self._trigger_i + 4] if t.sent == self.doc[self._trigger_i].sent):
            return True
        if need == "product" and any(m.entity.kind == "person" and not m.entity.known and " " not in m.text
                                     for m in ents):
            return True  # NER often takes a one-word product name for a person ("the Pixel")
        if need == "product":
            direct = [m for t in heads for m, by_ref in [self.index.resolve(t)] if m and not by_ref]
            if any(m.entity.kind == "product" or not m.entity.known and m.entity.kind != "person"
                   for m in direct) or any(m.entity.kind == "product" for m in ents):
                return True
            # "released the first two models in its Llama 3 family", "its GeForce graphics cards"
            return any(h.lemma_.lower() in self.lex.product_nouns and any(
                (m := self.index.at(c)) and (m.entity.kind == "product" or not m.entity.known)
                for c in h.subtree) for h in args.patient)
        return bool(lemmas & set(need))

    def rate_quantity(self, args: Args) -> bool:
        """"capped free users at 200 requests a day", "to 60 calls an hour": a number of a
        usage unit after to/at marks a rate limit."""
        objs = [obj for prep in ("to", "at") for obj in args.preps.get(prep, [])]
        if self._trigger_i is not None and self.doc[self._trigger_i].pos_ == "VERB":
            # "limit free users of its Penwright writing assistant to 20 requests a day", the
            # "to" hung on a misread "writing"
            objs += [g for c in self.doc[self._trigger_i].subtree if c.dep_ == "prep" and c.lower_ in ("to", "at")
                     for g in c.children if g.dep_ == "pobj"]
        return any(obj.lemma_.lower() in self.lex.usage_nouns and any(
            c.pos_ == "NUM" or c.like_num for c in obj.subtree) for obj in objs)

    def constraints_ok(self, trig: Trigger, tok, args: Args) -> bool:
        if trig.particles and not (args.particles & set(trig.particles)):
            return False
        held = args.patient + args.preps.get("for", [])
        majority = _share_bought(held) > 50  # "buy 77 percent of Flipkart" takes control
        if trig.type == "investment" and trig.pos == "verb" and majority:
            return False
        if trig.type == "acquisition" and trig.pos == "verb" and not majority and any(
                t.lemma_.lower() in self.lex.security_nouns for t in held):
            return False  # "acquired a 10% stake in X" is an investment
        if trig.preps and not any(p in args.preps or any(  # "license its archive to OpenAI"
                c.dep_ == "prep" and c.lower_ == p for h in args.patient for c in h.children)
                for p in trig.preps):
            return False
        if trig.modifiers:
            mods = {t.lemma_.lower() for m in args.modifiers for t in m.subtree} | {
                t.lower_ for m in args.modifiers for t in m.subtree}  # "Series B round"
            if not mods & set(trig.modifiers) and not (
                    trig.type == "rate_limit" and ("on" in args.preps or "for" in args.preps)):
                return False
        return self.patient_ok(trig, args)

    # --- roles --------------------------------------------------------------------------
    def roles(self, trig: Trigger, tok, args: Args):
        """(actors, targets, object) for one trigger under its type's frame."""
        agent = self.agents(args)
        actor_ids = {m.id for m in agent}
        patient = self.entities([g for t in args.patient for g in _share_of(t)], exclude=actor_ids)
        pp = {k: self.entities(v, exclude=actor_ids) for k, v in args.preps.items()}
        mods = self.entities(args.modifiers, exclude=actor_ids)
        first = lambda *lists: next((x for lst in lists for x in lst), None)  # noqa: E731
        t = trig.type
        if trig.frame == "stop_allowing":  # "stopped allowing Facebook to import contacts"
            allow = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and
                     c.lemma_.lower() in ("allow", "let", "permit", "support", "enable")]
            if not allow:
                return [], [], None
            slots = [c for c in allow[0].children if c.dep_ in ("dobj", "dative", "nsubj")]
            slots += [g for c in allow[0].children if c.dep_ in ("xcomp", "ccomp")
                      for g in c.children if g.dep_ == "nsubj"]
            targets = [m for m in self.entities(slots) if m.id not in actor_ids]
            objs = [self.index.at(g) for g in allow[0].subtree if self.index.at(g)
                    and self.index.at(g).entity.kind == "product"]
            return agent[:1], targets[:1], objs[0] if objs else None
        if trig.frame == "no_longer":  # "will no longer allow Meerkat to use its social graph"
            if not any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "longer") for c in tok.children):
                return [], [], None
            slots = [c for c in tok.children if c.dep_ in ("dobj", "dative", "nsubj") and c.i > tok.i]
            slots += [g for c in tok.children if c.dep_ in ("xcomp", "ccomp")
                      for g in c.children if g.dep_ == "nsubj"]
            targets = [m for m in self.entities(slots) if m.id not in actor_ids]
            objs = [self.index.at(g) for g in tok.subtree if self.index.at(g)
                    and self.index.at(g).entity.kind == "product"]
            return (agent[:1], targets[:1], objs[0] if objs else None) if targets else ([], [], None)
        if trig.frame == "settle":
            return self.settlement_roles(tok, args, agent, pp)
        if trig.frame == "to_court":  # "has taken Aldermoor Insurance to court"
            courts = [g for prep in ("to", "into", "before") for g in args.preps.get(prep, [])] + [
                g for p in args.patient for c in p.children if c.dep_ == "prep" and c.lower_ in ("to", "into")
                for g in c.children if g.dep_ == "pobj"]  # "hauled X and Y into court"
            if not any(g.lemma_.lower() in ("court", "tribunal") for g in courts):
                return [], [], None
            return agent, patient, None
        if t == "access_revocation":
            return self.access_roles(agent, args, pp, mods, trig)
        if t == "rate_limit":
            phrase = [self.index.at(c) for t in args.patient + [x for v in args.preps.values()
                                                                 for x in v] for c in t.subtree]
            obj = first([m for m in patient + pp.get("on", []) + pp.get("for", []) + pp.get("to", [])
                         + mods + [m for m in phrase if m] if m.entity.kind == "product"])
            # "throttling Nightjar Analytics' requests", "restricted Bramblecore to 200 requests"
            owners_of_usage = self.entities([c for p in args.patient for c in p.children if c.dep_ == "poss"],
                                            exclude=actor_ids)
            # "throttling requests from Pennyjar", "restrict clients such as Perch and Skylark"
            senders = self.entities([g for p in args.patient for c in p.children if c.dep_ == "prep"
                                     and c.lower_ in ("from", "by") for g in c.children if g.dep_ == "pobj"],
                                    exclude=actor_ids)
            targets = [m for m in pp.get("for", []) + self.entities(args.dative) + patient
                       + owners_of_usage + senders if is_org(m) and m.entity.kind != "product"]
            targets = list({m.id: m for m in targets}.values())
            return agent, targets[:1] if not senders and not len(patient) > 1 else targets, obj
        if t == "acquisition" and trig.frame == "sale":  # "Figma's sale to Adobe", "sold X to Y"
            buyers = [m for m in pp.get("to", []) if m.entity.kind == "organization"]
            sold = [m for m in (patient if trig.pos == "verb" else agent + patient)
                    if m.entity.kind == "organization"]
            if not buyers or not sold:
                return [], [], None
            sold = [m for m in sold if m.id != buyers[0].id]
            seller = [m for m in agent if m.id != buyers[0].id and is_org(m)]
            part = trig.pos == "verb" and any(
                h.lemma_.lower() in _PARTS or any(c.lower_ in ("its", "their") and c.dep_ == "poss" or
                                                  c.dep_ == "appos" and c.lemma_.lower() in _PARTS for c in h.children)
                for h in args.patient)  # "sell Northern Titles, its division of 14 newspapers"
            if part and seller and sold:
                # "Vesper Mobility agreed to sell its mapping division, Osprey Maps, to Strathmore
                # Telecom": the buyer acquires from the seller; the division is what changes hands.
                return buyers[:1], seller[:1], sold[0]
            return buyers[:1], sold[:1], None
        if t == "acquisition":
            if tok.lemma_ == "merge" and not patient:
                patient = pp.get("with", [])
            if not patient and args.patient:  # "agreed to acquire Dropcam": no place is bought
                patient = [m for t_ in args.patient for m in [self.index.proper_noun(t_, company=True)] if m]
            if not patient:  # "acquired the assets of Quillon Labs", "bought the business of X"
                patient = self.entities([g for t_ in args.patient if t_.lemma_.lower() in _HOLDINGS
                                         for c in t_.children if c.dep_ == "prep" and c.lower_ == "of"
                                         for g in c.children if g.dep_ == "pobj"], exclude=actor_ids)
            targets = [m for m in patient + pp.get("for", []) + mods if is_org(m)]
            obj = first([m for m in patient + pp.get("for", []) if m.entity.kind == "product"])
            if not targets and len(agent) > 1 and trig.lemma in ("merge", "merger", "combination"):
                agent, targets = agent[:1], agent[1:]  # "A and B called off their merger"
            targets = [m for m in targets if not agent or m.id != agent[0].id]
            if len(targets) == 1 and obj is None:
                # "agreed to buy SkyAudit, the drone-inspection business of Morwenstow": bought
                # from its owner; the unit is what changes hands.
                seller = self.entities([g for a in self.doc[targets[0].end - 1].children
                                        if a.dep_ == "appos" and a.lemma_.lower() in _PARTS
                                        for c in a.children if c.dep_ == "prep" and c.lower_ == "of"
                                        for g in c.children if g.dep_ == "pobj"],
                                       exclude={m.id for m in agent})
                if seller and is_org(seller[0]):
                    return agent[:1], seller[:1], targets[0]
            # people are hired, not bought ("acquired X, a start-up founded by A, B and C")
            bought = self.coordinated(targets)
            companies = [m for m in bought if m.entity.kind != "person"]
            return agent[:1], (companies if companies and len(companies) < len(bought) else bought), obj
        if t == "investment":
            return self.investment_roles(trig, tok, args, agent, patient, pp)
        if t == "partnership":
            return self.partnership_roles(trig, tok, args, agent, patient, pp, mods)
        if t in ("lawsuit", "regulatory_action"):
            bidders = [m for p in args.patient if p.lemma_.lower() in _DEAL_NOUNS for c in p.children
                       if c.dep_ == "poss" for m in [self.entity(c, actor_ids) or self.index.proper_noun(c, company=True)]
                       if m and is_org(m) and m.id not in actor_ids]
            defendants = (bidders if t == "regulatory_action" and bidders else patient) + \
                self.entities(args.dative, exclude=actor_ids) + \
                pp.get("against", []) + pp.get("into", []) + pp.get("on", [])  # "blocks X's Y deal": X
            if t == "lawsuit" and args.nominal and not defendants:
                defendants = self.accused(tok, actor_ids)
            if t == "regulatory_action":
                if not args.nominal:  # "fined Google €100 million and Amazon €35 million"
                    defendants += [m for c in tok.children if c.dep_ in ("dobj", "dative")
                                   for g in c.subtree if not _through_prep(g, c) and not (
                                       g.dep_ == "compound" and g.head.lemma_.lower() in _PART_NOUNS)
                                   for m in [self._owned(self.index.at(g))] if m and is_org(m) and m.id not in actor_ids]
                if trig.lemma == "rule":  # "ruled that Google illegally maintained a monopoly"
                    defendants += self.entities([g for c in tok.children if c.dep_ == "ccomp"
                                                 for g in c.children if g.dep_ == "nsubj"], exclude=actor_ids)
                if args.nominal:
                    defendants += mods + pp.get("to", [])
                if not defendants:  # "blocked Microsoft's acquisition of Activision", "an investigation
                    # into Skerrow Cloud's planned purchase of Ashby Data", "raided X's offices"
                    defendants = self.entities([c for p in args.patient + args.preps.get("into", [])
                                                + args.preps.get("at", []) for c in p.children
                                                if c.dep_ == "poss"], exclude=actor_ids)
                defendants = [m for m in defendants if not (not m.entity.known and m.entity.category == "government")]
                if not defendants and not args.nominal:
                    # "ordered the immediate suspension of X", "ordered app stores to remove Y"
                    defendants = self.entities(
                        [g for p in args.patient for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"] +
                        [g for c in tok.children if c.dep_ in ("xcomp", "ccomp")
                         for g in c.children if g.dep_ == "dobj"], exclude=actor_ids)
            defendants = [m for m in defendants if m.entity.kind != "product"] or \
                [self.owner_mention(m) or m for m in defendants if t == "regulatory_action" or self.owner_mention(m)]
            return (agent if t == "lawsuit" else [a for a in agent if self.is_regulator(a)] or agent[:1]), defendants, None
        if t == "product_launch" and trig.frame == "available" and not any(
                c.lower_ == "available" for c in tok.subtree if c.head.i == tok.i or c.head.head.i == tok.i):
            return [], [], None  # "made Claude 3 Opus available", not "made a profit"
        if t == "product_launch" and trig.frame == "wraps":  # "took the wraps off Cortana"
            patient = self.entities([g for h in args.patient for c in h.children if c.dep_ == "prep"
                                     and c.lower_ == "off" for g in c.children if g.dep_ == "pobj"]
                                    + args.preps.get("off", [])
                                    + [h for h in args.patient if h.lemma_.lower() != "wrap"], exclude=actor_ids)
            if not patient:
                return [], [], None
        if t == "product_launch":
            prods = [m for m in patient + mods + pp.get("alongside", [])
                     if (m.entity.kind != "person" or " " not in m.text) and
                     (m.entity.kind == "product" or not m.entity.known)]
            if prods and not args.nominal:  # "unveiled the iPhone 15 and iPhone 15 Pro" (parsed as modifiers)
                prods += [m for p in args.patient for c in p.subtree if not _through_prep(c, p)
                          for m in [self.index.at(c)] if m and m.entity.kind == "product"
                          and c.dep_ in ("nmod", "conj", "appos") and m.id not in {x.id for x in prods}]
            if not prods:  # "released the first two models in its Llama 3 family"
                prods = [m for p in args.patient for c in p.subtree
                         for m in [self.index.at(c)] if m and (m.entity.kind == "product" or (
                             not m.entity.known and p.lemma_.lower() in self.lex.product_nouns))]
            if not prods and not args.nominal:  # "unveiled DALL-E 2 on Wednesday, a successor"
                after = [self.index.at(t) for t in self.doc[tok.i + 1:tok.i + 4]]
                prods = [m for m in after if m and m.entity.kind == "product"][:1]
            prods = [as_product(m) for m in {m.id: m for m in prods}.values()]
            made = {m.id for m in prods}
            if any(m.id in made for m in agent):  # "its Galaxy S24 phones, which it unveiled"
                agent = [m for t_ in args.agent for m in [self.index.antecedent(t_, ("organization",), made, True)]
                         if m and t_.pos_ == "PRON"]
            agent = [o for m in agent for o in ([m] if m.entity.kind != "person" else
                                               self.described_org(m)[:1] or self.context_org(tok) or
                                               [a for a in [self.index.antecedent(tok, ("organization",), set(), True)]
                                                if a])]  # "was unveiled by devices chief Panos Panay"
            if prods and not agent:  # "The Kestrel K4, the first drone from Kestrel Dynamics, was launched"
                agent = [o for o in [self.owner_mention(prods[0]) or self.product_maker(prods[0])] if o]
            return agent, [None] * len(prods), prods
        if t == "executive_move":
            return self.exec_roles(trig, args, agent, patient, pp)
        return [], [], None

    def partnership_roles(self, trig: Trigger, tok, args: Args, agent, patient, pp, mods):
        first = lambda *lists: next((x for lst in lists for x in lst), None)  # noqa: E731
        if trig.frame == "partner_role" and not any(
                g.lemma_.lower() in self.lex.partner_nouns
                for a in args.preps.get("as", []) + [c for c in tok.children if c.dep_ in ("oprd", "attr")]
                for g in a.subtree):
            return [], [], None  # "chose X as its chief executive" is no partnership
        gov = clause_verb(tok.head)
        if args.nominal and not agent:
            # "have agreed to license each other's patents, a rare tie-up", "will use Azure under
            # a partnership announced this week": the partners are the subjects of the clause.
            agent = self.entities(_subject(gov))
        together = trig.frame == "together"
        ids = {m.id for m in agent}
        others = pp.get("with", []) + pp.get("between", []) + (
            [] if trig.frame in ("together", "agreement") else patient)
        if trig.lemma == "license":  # "to license its archive to OpenAI"
            others += pp.get("to", []) + self.entities([g for p in args.patient for c in p.children
                                                        if c.dep_ == "prep" and c.lower_ == "to"
                                                        for g in c.children if g.dep_ == "pobj"], exclude=ids)
        if args.nominal:
            for c in tok.children:  # "an agreement giving OpenAI access", "agreements to develop reactors with X"
                if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB":
                    sub = verb_args(c)
                    others += self.entities(sub.dative + sub.preps.get("with", []) +
                                            (sub.patient if c.lemma_.lower() in ("give", "let", "allow") else []),
                                            exclude=ids)
        if args.nominal and not others and tok.head.lower_ == "under":
            # "G42 will run its services on Microsoft's Azure under the tie-up": whose product
            # the clause uses is the partner.
            named = [self.index.at(t) for t in gov.subtree if self.index.at(t) and not
                     (tok.left_edge.i <= t.i <= tok.right_edge.i)]
            others += [o for m in named if m.id not in ids
                       for o in [m if m.entity.kind == "organization" else self.owner_mention(m)] if o]
        # Partners are organisations: a product stands for its maker ("in an OpenAI tie-up to
        # bring ChatGPT to Siri"), people for the company they are described by.
        def as_partner(m: Mention) -> list[Mention]:
            if m.entity.kind == "product":
                return [o for o in [self.owner_mention(m)] if o]
            if m.entity.kind == "person":  # NER calls many unknown companies people ("Tansy Bio")
                return self.described_org(m)[:1] or ([] if m.entity.known else [m])
            return [m]

        others = [o for m in others for o in as_partner(m)]
        agent = [o for m in agent for o in as_partner(m)]
        agent = list({m.id: m for m in agent}.values())
        ids = {m.id for m in agent}
        others = [m for m in {m.id: m for m in others}.values() if m.id not in ids]
        if args.nominal and not agent and others:  # "a content partnership with OpenAI, Hearst said"
            agent = self.context_org(tok)
        if not others and len(agent) > 1:
            agent, others = agent[:1], agent[1:]
        if args.nominal and not agent and len(others) > 1:
            agent, others = others[:1], others[1:]
        if together and not others:
            return [], [], None
        obj = first([m for m in pp.get("on", []) + pp.get("for", []) + pp.get("to", []) + mods
                     if m.entity.kind == "product"])
        each = any(c.lower_ == "each" for c in tok.children) or any(
            c.lower_ == "each" for a in args.agent for c in a.head.children if c.dep_ == "advmod") or (
            not together and bool(pp.get("with")) and len(agent) > 1 and
            (not args.nominal or tok.tag_ == "NNS"))  # "A and B have struck content deals with OpenAI"
        # "Anthropic's partnership with Palantir and Amazon Web Services": one event per partner;
        # "Vox Media and The Atlantic each clinched partnerships with OpenAI": one per signatory.
        actors = agent if each and len(agent) > 1 else agent[:1]
        return actors, [m for m in others if m.id not in {a.id for a in actors}], obj

    def product_maker(self, product: Mention) -> Mention | None:
        """Who makes a product, as its apposition says: "the first drone from Kestrel
        Dynamics", "the iPhone maker's first new product category"."""
        head = self.doc[product.end - 1]
        for appos in [c for c in head.children if c.dep_ == "appos"]:
            for c in appos.children:
                if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                    toks = [c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"]
                    for m in self.entities(toks, exclude={product.id}):
                        if is_org(m) and m.entity.kind != "product":
                            return m
        return None

    def accused(self, tok, exclude: set[str]) -> list[Mention]:
        """Who a suit is against when the noun does not say: "A lawsuit filed by X accuses Y
        of ...", "Y is the sole defendant in a patent suit filed by X", "Y is one of three
        companies named as defendants in a lawsuit"."""
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in (
                "accuse", "allege", "claim", "charge", "target", "name", "seek"):
            return self.entities([c for c in tok.head.children if c.dep_ in ("dobj", "dative")], exclude=exclude)
        role = tok.head.head
        if tok.head.lower_ == "in" and role.lemma_.lower() in ("defendant", "co-defendant", "codefendant"):
            holder = clause_verb(role.head)
            return self.entities([c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")], exclude=exclude)
        return []

    def settlement_roles(self, tok, args: Args, agent, pp):
        """A settlement is regulatory when one side is a regulator: "under a settlement with
        the FTC", "to settle the agency's charges", "to resolve two FTC cases"."""
        parties = list(agent) + pp.get("with", []) + pp.get("between", [])
        parties += self.entities([c for p in args.patient for c in p.subtree
                                  if c.dep_ in ("poss", "compound") and c.i < p.i])
        if args.nominal and not agent:  # "Apple will refund ..., under a settlement with the FTC"
            parties += self.entities(_subject(clause_verb(tok.head)))
        regulators = [m for m in parties if self.is_regulator(m)]
        others = [m for m in parties if not self.is_regulator(m) and m.entity.kind != "product"]
        if not regulators or not others:
            return [], [], None
        return regulators[:1], list({m.id: m for m in others}.values()), None

    def owner_mention(self, m: Mention) -> Mention | None:
        """Who owns a product: the gazetteer says, or the text ("a chatbot developed by X")."""
        owner = load_gazetteer().get(m.entity.owner) if m.entity.owner else None
        if owner is None:
            said = next((r.source for r in self.doc.user_data.get("aikg_relations", [])
                         if r.type == "OWNS" and r.target == m.id), None)
            owner = next((x.entity for x in self.index.mentions if x.id == said), None)
        if owner is None and not m.entity.known:
            # "the Pewter Embeddings API" of Pewter Labs: a product named after its maker.
            brand = (normalise_name(m.entity.name).split() or [""])[0]
            makers = {x.id: x.entity for x in self.index.mentions if x.entity.kind == "organization"
                      and x.id != m.id and (normalise_name(x.entity.name).split() or [""])[0] == brand}
            owner = next(iter(makers.values())) if len(makers) == 1 and len(brand) > 2 else None
        return Mention(owner, m.start, m.end, m.start_char, m.end_char, owner.name) if owner else None

    def coordinated(self, found: list[Mention]) -> list[Mention]:
        """The first of the names found, with those coordinated with it ("snapped up A and B",
        "invested in A and B"): one event each; names found elsewhere in the slot are not."""
        if not found:
            return []
        conj = {c.i for c in self.doc[found[0].end - 1].conjuncts}
        return [found[0]] + [m for m in found[1:] if m.end - 1 in conj and m.id != found[0].id]

    def access_roles(self, agent, args: Args, pp, mods, trig: Trigger | None = None):
        if trig is not None and trig.frame == "lose":
            # "OpenAI lost access to Anthropic's models": the subject is cut off; the owner
            # of what it lost access to is the actor.
            resources = [g for h in args.patient for c in h.children if c.dep_ == "prep"
                         and c.lower_ in ("to", "for") for g in c.children if g.dep_ == "pobj"]
            owners_ = self.entities([c for r in resources for c in r.children if c.dep_ == "poss"])
            objs = [m for r in resources for m in self.entities([r]) if m.entity.kind == "product"]
            if not owners_ and objs:
                owners_ = [o for o in [self.owner_mention(objs[0])] if o]
            return owners_[:1], [m for m in agent if not owners_ or m.id != owners_[0].id], \
                (objs[0] if objs else None)
        actor = agent[0] if agent else None
        actor_id = actor.id if actor else None
        agent_ids = {m.id for m in agent}
        targets, obj = [], None

        def owned_by_actor(m: Mention) -> bool:
            return bool(actor) and actor_id in load_gazetteer().owners(m.entity)

        def place(m: Mention, as_resource: bool | str) -> None:
            """A product the actor owns, or one reached "through" or "via", is the object;
            a company, or an app someone else owns ("access to Twitter-owned Vine"), is
            the party cut off."""
            nonlocal obj
            if m.id in agent_ids:
                return  # "Apple and Google removed the app": neither cut the other off
            is_object = m.entity.kind == "product" and (
                owned_by_actor(m) or as_resource == "via" or
                as_resource and not (m.entity.owner and actor)) or (
                as_resource and not m.entity.known and actor is not None and
                (self.owner_mention(m) or m).id == actor_id)  # "its feed, Quayside AIS Live"
            if is_object:
                obj = obj or m
            elif m.entity.kind != "person" or not targets:
                targets.append(m)

        resource_owner = None
        access_heads = [t for t in args.patient + args.preps.get("of", []) + args.preps.get("on", [])
                        if t.lemma_.lower() in self.lex.access_nouns]
        if args.nominal and any(m.lemma_.lower() in self.lex.access_nouns for m in args.modifiers):
            access_heads.append(None)
        for head in access_heads:
            if head is None:
                continue
            owner, _ = self.index.resolve(head, {actor_id})  # "accounts belonging to Pixelmancy"
            if owner is not None and not self.index.at(head):
                place(owner, as_resource=False)
            for c in head.children:
                if c.dep_ == "poss":
                    for m in self.entities([c], exclude=agent_ids):
                        place(m, as_resource=False)
                elif c.dep_ in ("compound", "amod"):
                    for m in self.entities([c], exclude=agent_ids):
                        place(m, as_resource=True)
            sub = Args()
            _prep_objects(head, sub)
            for prep, toks in sub.preps.items():
                for t_ in toks:
                    m = self.entity(t_, {actor_id})
                    if m is not None and prep in ("to", "on") and self.index.at(t_) is None and \
                            m.entity.kind == "organization" and m.start < t_.i:
                        resource_owner = resource_owner or m  # "access to the Kanzaki Cloud GPU cluster"
                        continue
                    for m in self.entities([t_], exclude=agent_ids):
                        place(m, as_resource="via" if prep in ("through", "via") else prep in ("to", "on"))
        # "walled off its feed, Quayside AIS Live, from Tollgate Analytics": the party is
        # "from", and what it is walled off from is the resource.
        cut_from = self.entities([g for h in args.patient for c in h.children if c.dep_ == "prep"
                                  and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"],
                                 exclude=agent_ids)
        for m in cut_from:
            place(m, as_resource=False)
        for tok in args.patient:
            if tok.lemma_.lower() in self.lex.access_nouns:
                continue
            for m in self.entities([tok], exclude=agent_ids):
                if trig is not None and (trig.lemma in _SERVICE_VERBS and "out" not in args.particles) and \
                        obj is None and not (
                        m.entity.known and m.entity.kind == "organization"):
                    obj = m  # "switched off CrowdTangle": the service, not a party
                    continue
                place(m, as_resource=bool(cut_from))
        for prep in ("from", "for"):
            for m in pp.get(prep, []):  # "pulled Fortnite from the App Store": the store is the resource
                if prep == "from" and targets and m.entity.kind != "product":
                    continue  # "from the App Store and Google Play": places, not parties
                place(m, as_resource="via" if prep == "from" and targets else False)
        for prep in ("to", "through", "via"):
            for m in pp.get(prep, []):
                place(m, as_resource="via" if prep != "to" else True)
        for m in self.entities(args.dative, exclude=agent_ids):
            place(m, as_resource=False)
        if args.nominal and not access_heads:
            for m in mods:
                place(m, as_resource=False)
        if not targets:
            # "shut off its User Streams API, which apps such as Tweetbot relied on": whoever
            # relied on what was cut off is cut off.
            for head in args.patient:
                for c in head.children:
                    if c.dep_ == "relcl" and c.lemma_.lower() in ("rely", "use", "depend", "build", "need"):
                        for m in self.entities([g for g in c.children if g.dep_ == "nsubj"], exclude=agent_ids):
                            place(m, as_resource=False)
        if obj is None and actor is not None and actor.entity.kind == "organization":
            # "suspended 200 apps from its platform", "block scrapers that access its site": the
            # company's own platform is what they are cut off from
            own = [t for t in args.preps.get("from", []) + args.preps.get("on", []) + [
                x for h in args.patient for x in h.subtree if x.i != h.i and (
                    x.dep_ == "dobj" or x.dep_ == "pobj" and x.head.lower_ in ("from", "on"))]
                if t.lemma_.lower() in _PLATFORM_NOUNS and any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                                                                for c in t.children)]
            obj = actor if own else None
        if not agent and (obj or targets):
            # "the start-up's access to the Kanzaki Cloud GPU cluster was cut off": the owner
            # of what was cut off cut it off.
            resource = [g for h in access_heads if h is not None for c in h.children if c.dep_ == "prep"
                        and c.lower_ in ("to", "on") for g in c.subtree]
            owners_ = [m for g in resource for m in [self.index.at(g)] if m and m.entity.kind == "organization"
                       and m.id not in {t.id for t in targets}]
            agent = ([resource_owner] if resource_owner else []) or owners_[:1] or (
                [o for o in [self.owner_mention(obj)] if o] if obj else [])
        return agent, targets, obj

    def context_org(self, tok) -> list[Mention]:
        """Who announced it: "Apple said that Jobs had resigned". (Not the person's
        organisation from the gazetteer: that is today's, not the one at the time.)"""
        parenthetical = [c for c in tok.children if c.dep_ in ("parataxis", "ccomp", "advcl") and c.i > tok.i]
        for gov in governors(tok)[1:] + parenthetical:  # "..., Farrow Systems said"
            if gov.lemma_.lower() in self.lex.status["reporting_verbs"]:
                for c in gov.children:
                    if c.dep_ == "nsubj":
                        m, _ = self.index.resolve(c)
                        if m and m.entity.kind == "organization":
                            return [m]
        return []

    # --- the sweep ----------------------------------------------------------------------
    def regulator_alleges(self, tok) -> bool:
        """Whether a regulator's charge or finding governs the word: what it alleges a
        company did is the regulatory action's substance, not an event of its own."""
        chain = governors(tok)
        for below, g in zip(chain, chain[1:]):
            if below.dep_ == "advcl" and any(c.dep_ == "mark" for c in below.children):
                return False  # "said it was blocking X, days after Meta restricted access": a fact told in passing
            if g.lemma_.lower() in _ALLEGING:
                subject = [c for c in g.children if c.dep_ in ("nsubj", "nsubjpass")]
                if any(self.is_regulator(m) for m in self.entities(subject)) or any(
                        c.lemma_.lower() in self.lex.regulator_nouns for c in subject):
                    return True
        return False

    def find(self, sentence) -> list[Candidate]:
        out = self.backed_names(sentence)
        for tok in sentence:
            trigs = self.triggers(tok)
            if not trigs:
                continue
            inside = self.index.at(tok)
            if inside is not None and inside.end - inside.start > 1:
                continue  # "Ray-Ban", "Acquire Labs": a word of a name, no event
            if tok.pos_ in ("NOUN", "PROPN") and any(
                    c.dep_ == "det" and c.lower_ in ("these", "those", "such", "similar")
                    for c in tok.children):
                continue  # anaphoric: "these restrictions" points back at events already found
            if tok.pos_ in ("NOUN", "PROPN") and any(
                    c.dep_ == "amod" and c.lower_ in ("such", "similar", "other", "previous",
                                                      "earlier", "past", "prior")
                    for c in tok.children) and not (tok.dep_ in ("dobj", "pobj") and any(
                        c.dep_ == "prep" and c.lower_ == "against" for c in (*tok.children, *tok.head.children))):
                continue  # but "lodged a similar complaint against Databricks" is a new suit
            self._trigger_i = tok.i
            args = noun_args(tok, self.lex) if tok.pos_ in ("NOUN", "PROPN") else verb_args(tok)
            agent = self.agents(args)
            regulator = any(self.is_regulator(m) for m in agent)
            if not agent and not args.agent and tok.pos_ == "VERB" and any(
                    c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
                # "Apple was ordered to repay €13bn ... after the European Commission concluded":
                # a passive order or fine with no agent is the sentence's regulator's.
                named = [m for m in self.index.mentions if sentence.start <= m.start < sentence.end
                         and self.is_regulator(m)]
                if len(named) == 1:
                    args.agent, agent, regulator = [self.doc[named[0].end - 1]], named, True
            rate = self.rate_quantity(args)
            ordered = sorted(trigs, key=lambda tr: (not (tr.regulator_only and regulator),
                                                    not (rate and tr.type == "rate_limit")))
            elaborates = tok.tag_ == "VBG" and tok.dep_ == "advcl" and any(
                tr.type in ("lawsuit", "regulatory_action") for tr in self.triggers(tok.head))
            for trig in ordered:
                if trig.regulator_only and not regulator and trig.frame != "settle":
                    continue  # a settlement finds its regulator among all its parties
                if elaborates and trig.type == "regulatory_action":
                    continue  # "sued Apple, accusing it of ...": the suit, told again
                if not self.constraints_ok(trig, tok, args):
                    continue
                self._by_ref = False
                self._trigger_i = tok.i
                actors, targets, obj = self.roles(trig, tok, args)
                if trig.type == "access_revocation" and actors and all(self.is_regulator(a) for a in actors):
                    # "Turkey's telecoms authority shut off Twitter", "blocked access to YouTube":
                    # a regulator cutting a service off acts against it
                    trig = replace(trig, type="regulatory_action")
                    targets, obj = targets or ([obj] if obj else []), None
                if not actors and (targets or obj or trig.type == "rate_limit") and trig.type in ANNOUNCER_ACTS:
                    # "Developers have been throttled ..., Farrow Systems said": who
                    # announces a limit or a cut-off on its own platform is who imposed it.
                    actors = self.context_org(tok)
                    if actors:
                        self._by_ref = True
                if not actors and not targets and not obj:
                    continue
                if trig.type in ("acquisition", "product_launch", "rate_limit") and actors and all(
                        m.entity.category in ("regulator", "court") for m in actors):
                    continue  # a regulator or court buys nothing (a misread pronoun)
                if trig.type == "partnership" and any(m.entity.kind == "product" for m in actors + targets):
                    continue  # "the model was developed with X": products do not sign deals
                if trig.type in ("regulatory_action", "access_revocation") and any(
                        not m.entity.known and m.entity.category == "government" for m in actors):
                    continue  # "China opens probe into Nvidia": the body names the regulator
                if args.nominal and not targets and not obj and trig.type == "access_revocation":
                    continue  # "illegal restrictions on device makers": too vague to be a cut-off
                if trig.frame == "restore" and not any(
                        g.lemma_.lower() in _ORDERING for g in governors(tok)[1:4]):
                    continue  # "ordered X to restore Y's access" tells of a cut-off; "working to restore access" does not
                if trig.type == "access_revocation" and self.regulator_alleges(tok):
                    continue  # "charged Google with abusing Android to shut out rivals": conduct alleged, no cut-off
                status = event_status(tok, sentence, self.lex)
                departure = self.handing_over(trig, tok)
                if departure is not None:
                    status = departure.status  # "will step down ..., handing the job to X"
                if trig.frame == "restore" and status not in ("denied",):
                    status = "completed"  # "ordered to restore X's access": the cut-off happened
                if trig.type == "acquisition" and status == "completed" and _agreed_only(tok):
                    status = "announced"  # "struck a deal to acquire Ansys": agreed, not closed
                if trig.type in ("executive_move", "product_launch"):
                    # one move per person, each from their own past; one launch per product
                    for person, target in zip(obj, targets):
                        out.append(self.candidate(trig, tok, sentence, actors[0] if actors else None,
                                                  target, person, status, args))
                    break
                for actor in actors[:1] or [None]:
                    for target in targets or [None]:
                        if actor and target and actor.id == target.id:
                            continue
                        out.append(self.candidate(trig, tok, sentence, actor, target, obj,
                                                  status, args))
                # Coordinated subjects each act: "Microsoft and Google invested", "Apple and
                # Google pulled Fortnite". Partners are the exception: they act together.
                if trig.type != "executive_move" and len(actors) > 1:
                    for actor in actors[1:]:
                        for target in targets or [None]:
                            if target is None or actor.id != target.id:
                                out.append(self.candidate(trig, tok, sentence, actor, target,
                                                          obj, status, args))
                break
        return out

    def candidate(self, trig, tok, sentence, actor, target, obj, status, args) -> Candidate:
        if trig.type == "investment" and target is not None:
            self._funded.append(target)
        if actor is not None and actor.entity.kind == "product":
            # "Devin maker Cognition": a product stands for its owner; a name NER guessed to
            # be a product with no known owner ("led by Accel") is taken as an organisation.
            actor = self.owner_mention(actor) or (actor if actor.entity.known else Mention(
                replace(actor.entity, kind="organization"), actor.start, actor.end,
                actor.start_char, actor.end_char, actor.text))
        conf = 0.45
        conf += 0.2 if actor else 0
        conf += 0.15 if (target or obj) else 0
        known = [m for m in (actor, target, obj) if m]
        if known and all(m.entity.known for m in known):
            conf += 0.1
        if self._by_ref:
            conf -= 0.1
        if args.nominal:
            conf -= 0.05
        if status in ("reported", "attempted"):
            conf -= 0.05
        found = Candidate(type=trig.type, trigger=tok.text, trigger_i=tok.i, actor=actor,
                          target=target, obj=obj, status=status,
                          sentence=(sentence.start_char, sentence.end_char),
                          confidence=round(max(0.1, min(conf, 0.95)), 2),
                          notes=[f"{trig.pos}:{trig.lemma}"])
        if trig.type == "executive_move":
            self._moves.append(found)
        if trig.type == "acquisition":
            self._acquired.append(found)
        return found


def _share_of(tok) -> list:
    """"77 percent of Flipkart" stands for Flipkart in a slot; any other token for itself."""
    if tok.lower_ in ("percent", "cent", "%", "pc"):
        owned = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if owned:
            return owned
    return [tok]


def _share_bought(heads) -> float:
    """The percentage a purchase names ("77 percent of Flipkart", "a 51% stake"), else 0."""
    for h in heads:
        for t in h.subtree:
            if t.lower_ in ("percent", "cent", "%", "pc") and t.i > 0:
                num = t.doc[t.i - 2] if t.lower_ == "cent" and t.i > 1 else t.doc[t.i - 1]
                try:
                    return float(num.text.replace(",", ""))
                except ValueError:
                    continue
    return 0.0


#: Verbs whose object is the service cut, not a party ("switched off CrowdTangle"; but "shut X out").
_SERVICE_VERBS = {"switch", "turn", "shut"}
_PLATFORM_NOUNS = {"platform", "site", "website", "service", "store", "server", "servers", "network",
                   "marketplace", "api", "apis", "app", "data"}
_DEAL_NOUNS = {"deal", "acquisition", "takeover", "merger", "purchase", "bid", "buyout", "tie-up"}
_PERSON_NOUNS = _POST_HEADS | _TITLE_WORDS | _PEOPLE_WORDS | {"boss", "chief", "leader", "founder"}
_PARTS = {"division", "unit", "business", "arm", "subsidiary", "operations", "operation", "stake",
          "assets", "segment", "brand", "portfolio"}
_ORDERING = {"order", "force", "require", "compel", "direct", "instruct", "tell", "agree", "rule"}
_ALLEGING = {"charge", "accuse", "allege", "find", "say", "conclude", "rule", "argue", "claim"}
_HOLDINGS = {"asset", "assets", "business", "operation", "operations", "portfolio", "holding"}
_AGREEING = {"deal", "agreement", "agree", "strike", "clinch", "sign", "approve", "reach", "accept"}
_CLOSING = {"complete", "close", "finalize", "finalise", "wrap", "conclude"}


def _agreed_only(tok) -> bool:
    """A purchase agreed, struck or approved has not closed: "agreed to buy Tableau",
    "struck a $35bn deal to acquire Ansys", "the board approved the purchase"."""
    chain = [tok]
    while chain[-1].head.i != chain[-1].i and len(chain) < 4:
        chain.append(chain[-1].head)
    lemmas = {t.lemma_.lower() for t in chain}
    return bool(lemmas & _AGREEING) and not lemmas & _CLOSING and not (
        tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBN") and tok.dep_ not in ("xcomp", "acl"))


def as_product(m: Mention) -> Mention:
    """What a company launches is a product, whatever NER took the name for ("the Surface")."""
    if m.entity.kind == "product" or m.entity.known:
        return m
    return Mention(replace(m.entity, kind="product"), m.start, m.end, m.start_char, m.end_char, m.text)

