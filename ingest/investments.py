"""Roles of investments: who put money into whom.

Funding stories name investors in many places apart from the verb: "a round led by A",
"with participation from B", "A, B and C also took part", "backers including D",
"E-backed F", "counts G among its investors". Investors named apart from the raise get
the company whose funding the article last reported.
"""
from __future__ import annotations

from .arguments import Args, _with_conjuncts
from .entities import Mention, clause_verb, is_org
from .lexicon import Trigger

_BACKED = {"backed", "funded", "financed", "bankrolled"}
_ROUND_NOUNS = {"round", "funding", "financing", "raise", "series", "b", "c", "a", "d", "e"}


class Investments:
    """Mixed into EventFinder: needs self.doc, self.index, self.lex, self.entities,
    self.candidate, self._trigger_i and self._funded (the companies whose funding was reported
    so far)."""

    def investment_roles(self, trig: Trigger, tok, args: Args, agent, patient, pp):
        """(investors, funded company, None) for one investment trigger."""
        actor_ids = {m.id for m in agent}
        if trig.frame == "raise" and args.nominal:
            # "X's $50m round led by A", "funding for X from A"
            investors = self.entities(args.preps.get("from", []) + args.preps.get("by", [])) + \
                self.led_by(Args(patient=[tok]))
            funders = {m.id for m in investors}
            recipients = [m for m in self.entities(args.patient) + agent + pp.get("for", [])
                          + pp.get("in", []) if is_org(m) and m.id not in funders]
            if not recipients:  # "X was valued at $1bn in a round co-led by A"
                gov = clause_verb(tok.head)
                recipients = [m for m in self.entities([c for c in gov.children
                                                        if c.dep_ in ("nsubj", "nsubjpass")])
                              if is_org(m) and m.id not in funders]
            return investors, recipients[:1], None
        if trig.frame == "backers" and trig.pos == "noun":
            # "Microsoft and Nvidia were among the strategic investors", "Benchmark is an
            # existing investor"
            gov = tok.head.head if tok.head.lower_ == "among" else tok.head if tok.dep_ == "attr" else None
            if gov is None:
                return [], [], None
            backers = self.entities([x for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")
                                     for x in _with_conjuncts(c)])
            ids = {m.id for m in backers}
            funded = self.entities(args.preps.get("in", []), exclude=ids) or self.round_raised_by(ids)
            return [m for m in backers if is_org(m) or m.entity.kind == "person"], funded[:1], None
        if trig.frame == "as_backer":  # "Nvidia joined as a new investor", "added Google to its backers"
            roles = [g for p in ("as", "to") for g in args.preps.get(p, [])]
            if not any(g.lemma_.lower() in ("investor", "backer", "shareholder", "investors", "backers")
                       or any(c.lemma_.lower() in ("investor", "backer") for c in g.subtree) for g in roles):
                return [], [], None
            if "to" in args.preps:  # "Runway has added Google, Nvidia and X to its list of backers"
                return [m for m in patient if m.entity.kind != "product"], agent[:1], None
            return agent, self.round_raised_by(actor_ids), None
        if trig.frame == "backers":  # "New investors include Amazon and Meta"
            rounds = [t for t in args.agent if t.lemma_.lower() in _ROUND_NOUNS]  # "The round included X"
            if not rounds and not any(t.lemma_.lower() in ("investor", "backer", "participant", "shareholder")
                                      for t in args.agent):
                return [], [], None
            backers = [m for m in patient if is_org(m) or m.entity.kind == "person"]
            funded = self.entities([c for r in args.agent for c in r.children if c.dep_ == "poss"],
                                   exclude={m.id for m in backers})  # "the round's", "Mistral's backers"
            return backers, funded[:1] or self.round_raised_by({p.id for p in patient}), None
        if trig.frame == "among":  # "Anthropic counts Google and Amazon among its investors"
            if not any(g.lemma_.lower() in ("investor", "backer", "shareholder")
                       for g in args.preps.get("among", [])):
                return [], [], None
            return [m for m in patient if is_org(m) or m.entity.kind == "person"], agent[:1], None
        if trig.frame == "raise":
            investors = pp.get("from", []) + self.led_by(args)
            for prep in ("with",):  # "raised $6bn, with backers including A and B"
                for t in args.preps.get(prep, []):
                    investors += self.led_by(Args(patient=[t]))
            return investors, agent[:1], None
        if trig.lemma in ("lead", "co-lead", "co-led", "participate"):  # "led OpenAI's funding round"
            rounds = args.patient + args.preps.get("in", [])
            funded = self.entities([c for r in rounds for c in r.children if c.dep_ == "poss"]
                                   + [c for r in rounds for c in r.children if c.dep_ == "compound"]
                                   + [g for r in rounds for c in r.children if c.dep_ == "prep"
                                      for g in c.children if g.dep_ == "pobj"],
                                   exclude=actor_ids)
            if not funded and any(c.lower_ == "the" for r in rounds for c in r.children):
                # "Thrive Capital led the round": the round the text just described.
                ante = self.round_raised_by(actor_ids) or [
                    self.index.antecedent(tok, ("organization",), actor_ids, True)]
                funded = [m for m in ante if m]
            if not funded:  # "... raised $500m; PSP Investments led the round"
                funded = self.round_raised_by(actor_ids)
            # "Jaan Tallinn led the financing, with participation from A and B"
            backers = agent + [m for m in self.led_by(args) if m.id not in actor_ids]
            return list({m.id: m for m in backers}.values()), funded[:1], None
        inner = [g for t in args.patient + [x for v in args.preps.values() for x in v]
                 for c in t.subtree if c.dep_ == "prep" and (c.lower_ in ("in", "into") or c.lower_ == "of" and
                                                             c.head.lemma_.lower() in ("percent", "cent", "%"))
                 for g in c.children if g.dep_ == "pobj"]  # "a stake in X", "15 per cent of X"
        # "joined a $100 million round for Rebellions", "poured $1bn into OpenAI's round"
        rounds = [t for t in args.patient + [x for v in args.preps.values() for x in v]
                  if t.lemma_.lower() in _ROUND_NOUNS]
        inner += [g for r in rounds for c in r.children if c.dep_ == "poss" or c.dep_ == "prep" and
                  c.lower_ == "for" for g in ([c] if c.dep_ == "poss" else
                                              [g for g in c.children if g.dep_ == "pobj"])]
        targets = (pp.get("in", []) + pp.get("into", []) + patient + pp.get("for", [])
                   + self.entities(inner, exclude=actor_ids))
        if not targets and not args.nominal:
            # "Andreessen Horowitz and GIC also took part", "Cisco and AMD joined in": the
            # round just described.
            agent = agent + [m for m in self.surface_subjects(tok) if m.id not in actor_ids]
            targets = self.round_raised_by({m.id for m in agent})
            self._by_ref = self._by_ref or bool(targets)
        if args.nominal and not agent:
            agent = pp.get("from", []) + pp.get("by", [])
        if args.nominal and not agent and tok.head.lemma_.lower() in ("give", "grant", "hand", "offer"):
            agent = self.entities([c for c in tok.head.children if c.dep_ == "dative"])  # "gives Microsoft a stake"
        return agent, self.coordinated([m for m in targets if is_org(m)]), None

    def round_raised_by(self, investors: set[str]) -> list[Mention]:
        """The company whose funding the article last reported, for investors named apart
        ("Thrive Capital led the round", "A and B also took part")."""
        return [m for m in self._funded if m.id not in investors][-1:]

    def surface_subjects(self, verb) -> list[Mention]:
        """The names listed before a verb in its own clause, whatever the parser made of the
        list ("Redpoint Ventures, Index Ventures, former Google chief executive Eric Schmidt, the
        telecoms billionaire Xavier Niel and JCDecaux Holding also put money in"); names that
        only qualify a title ("Google" there) are not in the list."""
        i = verb.i - 1
        def finite(t) -> bool:  # "the telecoms billionaire" tagged VBP is no verb: a determiner precedes it
            return t.tag_ in ("VBD", "VBZ", "VBP", "MD") and not any(
                self.doc[j].pos_ == "DET" for j in range(max(t.i - 2, t.sent.start), t.i))
        while i >= verb.sent.start and not finite(self.doc[i]) and self.doc[i].text not in (";", ":"):
            i -= 1
        out = []
        for m in self.index.mentions:
            root = self.doc[m.end - 1]
            inside = next((a for a in root.ancestors if a.i == verb.i or a.dep_ in ("prep", "relcl", "acl")), None)
            if i < m.start and m.end <= verb.i and m.entity.kind in ("organization", "person") and \
                    not (root.dep_ in ("compound", "poss", "amod", "nmod") and root.head.is_lower) and \
                    (inside is None or inside.i == verb.i):  # not "the arm of the Ontario Teachers' Plan"
                out.append(m)
        return out

    def led_by(self, args: Args) -> list[Mention]:
        """Investors named in the money phrase: "a round (co-)led by X and Y", "with backers
        including X", "from investors such as X"."""
        out = []
        clause = [self.doc[self._trigger_i]] if self._trigger_i is not None else []
        for t in args.patient + [x for v in args.preps.values() for x in v] + clause:
            for tok in t.subtree:
                if tok.lower_ == "alongside" and tok.dep_ == "prep":  # "co-led by A, alongside B"
                    out += self.entities([x for g in tok.children if g.dep_ == "pobj" for x in _with_conjuncts(g)])
                if (tok.lemma_.lower() in ("lead", "co-lead", "colead") or tok.lower_ in ("led", "co-led")) \
                        and tok.dep_ == "acl":
                    for c in tok.children:
                        if c.dep_ in ("agent", "prep") and c.lower_ == "by":
                            out += self.entities([x for g in c.children if g.dep_ == "pobj"
                                                  for x in _with_conjuncts(g)])
                if tok.lemma_.lower() == "participation":  # "with participation from A and B"
                    for c in tok.children:
                        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                            out += self.entities([x for g in c.children if g.dep_ == "pobj"
                                                  for x in _with_conjuncts(g)])
                if tok.lemma_.lower() in ("invest", "participate", "join", "chip", "pitch", "put") and tok.tag_ == "VBG":
                    # "with Nvidia and Jeff Bezos also investing"
                    out += self.entities([x for c in tok.children if c.dep_ == "nsubj"
                                          for x in _with_conjuncts(c)])
                money = tok.like_num or tok.lemma_.lower() in ("million", "billion", "$", "€", "£")
                if tok.lemma_.lower() in ("backer", "investor", "participant") and tok.pos_ == "NOUN" or money and \
                        any(g.lemma_.lower() in ("backer", "investor") for c in [*tok.children, *tok.head.children]
                            if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"):
                    # "from backers including A and B"; "$320 million from new investors
                    # including A, B and C" with the list hung on the money
                    for c in tok.children:
                        if c.dep_ == "prep" and c.lower_ in ("including", "like", "such"):
                            out += self.entities([x for g in c.subtree if g.dep_ == "pobj"
                                                  for x in _with_conjuncts(g)])
        return out

    def backed_names(self, sentence) -> list:
        """"Microsoft-backed OpenAI", "SoftBank-funded Cruise": an investment told as an
        adjective, backer before the hyphen, funded company after it."""
        out = []
        for tok in sentence:
            if tok.lower_ not in _BACKED or tok.i < 2 or self.doc[tok.i - 1].text not in ("-", "–"):
                continue
            name = self.doc[tok.i - 2]
            backer = self.index.at(name) or self.index.proper_noun(name, company=True) or (
                self.index.name_token(name) if name.is_alpha else None)  # a capitalised word before "-backed"
            after = [t for t in self.doc[tok.i + 1:tok.i + 4] if self.index.at(t)]
            funded = self.index.at(after[0]) if after else None
            if backer and funded and backer.id != funded.id and is_org(funded) and \
                    backer.entity.kind in ("organization", "person"):
                trig = Trigger(type="investment", lemma="back", pos="verb")
                out.append(self.candidate(trig, tok, sentence, backer, funded, None, "completed", Args()))
        return out
