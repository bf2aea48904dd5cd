"""Roles of executive moves: who moves, where to and where from.

A move names people more often than organisations: "X will succeed him", "He fired the
chief executive". The organisation then comes from the post ("as chief executive of Y"),
from how the person is described ("Y's president, X"), from whoever announced it, from
the move the article already reported (a successor takes the same company's post) or,
last, from the company the text was talking about.
"""
from __future__ import annotations

from .entities import _DESCRIPTION_HEADS, _PEOPLE_WORDS, _POST_HEADS, Mention, is_org
from .gazetteer import load_gazetteer
from .lexicon import Trigger

#: Numbers that stand for the people just named ("All three will join Google").
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
#: Nouns for the part of a company a named unit is ("Meta's Fundamental AI Research lab").
_UNIT_NOUNS = {"lab", "laboratory", "team", "division", "unit", "group", "arm", "department", "studio"}
#: Heads of the posts a move is into ("chief executive", "president", "interim chief", "CEO").
_POSTS = _POST_HEADS | {"head", "boss", "leader", "chief", "chairman", "president", "ceo", "md"}

#: Words that make a relative clause the person's latest post: "who most recently ran
#: product at Planet Labs" (not "who previously led Google's deep-learning project").
_NOW = {"recently", "now", "currently", "until", "latterly", "lately", "later", "subsequently", "since"}


def _latest(clause) -> bool:
    """A relative clause telling the person's latest post: "who most recently ran product at
    Planet Labs", "who went on to start Inflection AI"."""
    words = [x.lower_ for x in clause.subtree]
    return bool(set(words) & _NOW) or any(a == "went" and b == "on" for a, b in zip(words, words[1:]))


def _np_root(tok):
    """The head of the noun phrase a name sits in: "officer X, officer Y and Z" -> officer."""
    while tok.dep_ in ("appos", "conj", "compound", "flat") and tok.head.i != tok.i and \
            tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return tok


class ExecutiveMoves:
    """Mixed into EventFinder: needs self.doc, self.index, self.entities, self.context_org,
    self._trigger_i, self._by_ref and self._left_to_join."""

    def title_orgs(self, tok) -> list[Mention]:
        """Organisations named with the post: "as chief executive of Google", "named X CEO
        of Y", "as OpenAI's chief executive"."""
        holders = [tok] + [c for c in tok.children if c.dep_ == "dobj"]  # "succeed X as CEO of Y" hung on X
        posts = [t for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
                 for t in c.children if t.dep_ == "pobj"]
        posts += [c for c in tok.children if c.dep_ in ("oprd", "attr", "npadvmod", "dobj")
                  and not self.index.at(c)]
        if any(c.dep_ in ("attr", "oprd") for c in tok.children):  # "to become chief design officer at Meta"
            posts += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children]
        found = []
        for post in posts:
            for c in post.subtree:
                if post.dep_ == "dobj" and post.lemma_.lower() in _POSTS | _PEOPLE_WORDS and not any(a.dep_ == "prep" and a.i > post.i for a in c.ancestors
                                                   if a.i in range(post.left_edge.i, post.right_edge.i + 1)):
                    continue  # "named X CEO of Y"; not "bring over Groq founder X" (his company now)
                m = self.index.at(c)
                if m is None and c.dep_ == "poss" and (c.lemma_.lower() in self.lex.coref_nouns or
                                                       c.lower_ in ("its", "their")):
                    m = self.index.resolve(c)[0]  # "as the handset maker's chief executive"
                if m and m.entity.kind == "organization":
                    found.append(m)
        return found

    def described_org(self, person: Mention) -> list[Mention]:
        """The organisations a person is described by, the current one first: "Marissa Mayer,
        one of Google's earliest employees", "Red Hat's chief executive, Jim Whitehurst",
        "a former Instagram executive who most recently ran product at Planet Labs"."""
        head = self.doc[person.end - 1]
        heads = [head]
        if head.dep_ == "appos" and head.head.pos_ == "NOUN":  # "Red Hat's chief executive, X"
            heads.append(head.head)
        if head.dep_ == "conj" and not any(c.dep_ == "appos" for c in head.children):
            heads.append(head.head)  # "A and B, two of the co-founders of X": B shares A's description
        latest, direct, deeper = [], [], []
        for h in heads:
            for c in h.children:
                if c.dep_ == "appos" and (h is head or head.dep_ == "conj"):
                    for g in c.children:  # "X, a former Instagram executive who ... at Planet Labs"
                        orgs = self._orgs_in(g, person)
                        if not orgs:
                            continue
                        if g.dep_ == "relcl" and _latest(g):
                            latest.append(orgs[-1])
                        elif g.dep_ in ("poss", "compound") or g.dep_ == "prep" and g.lower_ in ("of", "at", "for"):
                            direct.append(orgs[0])
                        else:
                            deeper.extend(orgs)
                    own = self.index.at(c)
                    if own and own.entity.kind == "organization" and own.id != person.id:
                        direct.append(own)
                elif c.dep_ in ("compound", "poss") or (c.dep_ == "prep" and c.lower_ in ("of", "at", "from")):
                    direct.extend(self._orgs_in(c, person)[:1])
                elif c.dep_ == "relcl" and any(a.dep_ == "advmod" and a.lower_ in ("also", "still")
                                               for a in c.children):
                    continue  # "Jack Dorsey, who also runs Square": a post he keeps, not one he leaves
                elif c.dep_ == "relcl" and not (self._trigger_i is not None and
                                                c.left_edge.i <= self._trigger_i <= c.right_edge.i):
                    # named there, not "its" (often a misattached "as its CTO"); not the clause
                    # telling this very move ("X, who stepped down after ... Carrow Estates")
                    orgs = self._orgs_in(c, person, pronouns=False)
                    (latest if _latest(c) else deeper).extend(orgs[-1:])
        i = person.start - 1  # "OpenAI chief scientist Ilya Sutskever"
        while i >= 0 and self.doc[i].pos_ in ("NOUN", "ADJ", "PROPN") and not self.index.at(self.doc[i]):
            i -= 1
        if 0 <= i < person.start - 1 and self.index.at(self.doc[i]) and \
                self.index.at(self.doc[i]).entity.kind == "organization":
            direct.insert(0, self.index.at(self.doc[i]))
        found = []
        for m in (latest + direct) or deeper[-1:]:
            if m.id not in {f.id for f in found}:
                found.append(m)
        return found

    def _orgs_in(self, tok, person: Mention, pronouns: bool = True) -> list[Mention]:
        out = []
        for t in tok.subtree:
            if t.dep_ == "pobj" and t.head.lower_ in ("on", "in", "across", "via", "through") and any(
                    a.dep_ == "relcl" and a.i != tok.i and a.head.pos_ == "NOUN" and a.head.lemma_.lower()
                    not in _POSTS | _PEOPLE_WORDS for a in t.ancestors if tok.left_edge.i <= a.i <= tok.right_edge.i):
                continue  # "the developer behind OpenClaw, the agent that became a hit on GitHub"
            m = self.index.at(t) or (self.index.resolve(t)[0] if t.lemma_.lower() in self.lex.coref_nouns
                                     and t.dep_ == "poss" else None)
            if m is None and pronouns and t.lower_ in ("its", "their") and t.dep_ == "poss":
                m = self.index.resolve(t)[0]  # "one of its senior executives"
            if m is None and t.pos_ == "PROPN" and t.dep_ in ("pobj", "poss", "dobj"):
                # "ran product at Planet Labs", "chief executive of Burberry" (not "Britain's")
                described = any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _DESCRIPTION_HEADS
                                for c in t.children)  # "of Finnish utility Fortum" (NER: a place)
                m = self.index.proper_noun(t, company=t.dep_ == "pobj" and (
                    t.ent_type_ not in ("GPE", "LOC") or described) or (
                    t.dep_ == "poss" and t.head.pos_ == "NOUN" and t.head.is_lower))  # "Mojang's founder"
            if m and m.entity.kind == "organization" and not m.entity.known and m.start >= 2 and \
                    m.end < len(self.doc) and self.doc[m.end].lemma_.lower() in _UNIT_NOUNS and \
                    self.doc[m.start - 1].lower_ in ("'s", "’s"):
                owner = self.index.at(self.doc[m.start - 2])  # "ran Meta's Fundamental AI Research lab"
                m = owner if owner and owner.entity.kind == "organization" else m
            if m and m.entity.kind == "organization" and m.id != person.id and m not in out:
                out.append(m)
        return out

    def people_in(self, toks) -> list[Mention]:
        """The people a slot names, with those the parser hung elsewhere in the same noun
        phrase ("officer A and officer B" with B attached to the first officer)."""
        found = [m for m in self.entities(toks) if m.entity.kind == "person"]
        for t in toks:
            found += [m for m in self._people_under(_np_root(t)) if m.id not in {f.id for f in found}]
            after = t.right_edge.i + 1
            if not found and after + 1 < len(self.doc) and self.doc[after].text == "," and \
                    t.lemma_.lower() in _POST_HEADS:
                # "named its chief financial officer, Tim Morse, as interim chief" with the
                # name hung on the verb: the name set off right after the post is its holder
                m = self.index.at(self.doc[after + 1])
                if m is not None and m.entity.kind == "person" and m.start == after + 1 and \
                        (m.end >= len(self.doc) or self.doc[m.end].text in (",", "as", ".")):
                    found.append(m)
        return sorted(found, key=lambda m: m.start)

    def group_of(self, m: Mention) -> list[Mention]:
        """The people named together with m: "A, B and C", "officer A and officer B"."""
        group = self._people_under(_np_root(self.doc[m.end - 1]))
        return group if m.id in {x.id for x in group} else [m]

    def _people_under(self, root) -> list[Mention]:
        """People in root's noun phrase through apposition and coordination only (not "the
        officer whom Marissa Mayer lured")."""
        found = []
        for m in self.index.mentions:
            if m.entity.kind != "person" or not root.left_edge.i <= m.start <= root.right_edge.i:
                continue
            x = self.doc[m.end - 1]
            while x.i != root.i and x.dep_ in ("appos", "conj", "compound", "flat"):
                x = x.head
            if x.i == root.i and m.id not in {f.id for f in found}:
                found.append(m)
        return found

    def people_named(self, toks) -> list[Mention]:
        """People in a slot, "they" standing for the people just named together."""
        found = []
        for t in toks:
            if t.lower_ in ("he", "she", "they", "him", "her", "them"):
                # "X will succeed him": an object pronoun is never its own clause's subject
                own = {m.id for c in t.head.children if c.dep_ == "nsubj" and t.dep_ == "dobj"
                       for m in self.entities([c])}
                m = self.index.antecedent(t, ("person",), own)
                if not m:
                    continue
                if t.lower_ in ("they", "them"):
                    found += self.group_of(m)
                else:
                    found.append(m)
            elif t.lower_ in _COUNTS and not any(c.dep_ == "prep" for c in t.children):
                # "All three will join Google", "Both will report to ...": the people just named
                # together, as many as the number says
                size = _COUNTS[t.lower_]
                people = [x for x in self.index.mentions if x.entity.kind == "person" and x.end <= t.i]
                groups = [g for g in (self.group_of(x) for x in reversed(people)) if len(g) == size]
                latest = list({x.id: x for x in reversed(people)}.values())[:size]  # else the last ones named
                found += groups[0] if groups else (latest if len(latest) == size else [])
            else:
                found += [m for m in self.entities([t]) if m.entity.kind == "person"]
        return list({m.id: m for m in found}.values())

    def exec_roles(self, trig: Trigger, args, agent, patient, pp):
        """(actors, per-person previous organisations, people)."""
        person = lambda ms: [m for m in ms if m.entity.kind == "person"]  # noqa: E731
        org = lambda ms: [m for m in ms if is_org(m) and m.entity.kind != "person"]  # noqa: E731
        tok = self.doc[self._trigger_i]
        self._left_to_join = False
        actors, targets, people = self._exec_roles(trig, args, agent, patient, pp, person, org)
        if not people:
            return [], [], None
        replaced = {m.id for m in self.people_named(args.patient)} if trig.frame == "succeed" else set()
        if self.handing_over(trig, tok) is not None:
            actors = []  # "X will step down, Amazon said, handing the job to Y": the post X left
        if not actors and trig.frame in ("succeed", "hand"):
            # "has left the company and been replaced by X", "will step down ..., handing the
            # top job to X": the successor takes the post the sentence's departure left.
            same = self.moves_before(tok)
            actors = [same[-1].actor] if same else []
        if not actors and trig.pos == "verb":
            actors = self.title_orgs(tok) or self.context_org(tok)
        if not actors and trig.frame == "succeed" and not replaced:
            # "Jason Droege, Scale's chief strategy officer, will take over as interim chief
            # executive": the post is at the company he works for.
            head = self.doc[people[0].end - 1]
            past = any(t.lower_ in ("former", "formerly", "previously", "ex", "once", "until")
                       for c in head.children if c.dep_ in ("appos", "amod", "advmod") for t in c.subtree)
            actors = [] if past else self.described_org(people[0])[:1]
        elif trig.frame == "hire" and trig.pos == "verb":
            # "Google installed X as the handset maker's chief executive": the post's company.
            actors = self.title_orgs(tok)[:1] or actors
        if trig.frame in ("leave", "fire") and not targets:
            # "Markus Persson, Mojang's founder, will leave the company": the company he is
            # described by, unless "the company" already names one of his companies.
            own = self.described_org(people[0])
            if own and (not actors or self._by_ref and actors[0].id not in {o.id for o in own}):
                actors = own[:1]
        if not actors:
            actors = self.discourse_org(tok, people)
        per_person = []
        for p in people:
            target = targets[0] if targets else None  # "A and B left X to join Y": both from X
            incoming = trig.frame in ("join", "hire", "hand", "become") or trig.frame == "succeed" and p.id not in replaced \
                or self._left_to_join  # "Virtanen is leaving to become chief executive of Merisuo"
            if target is None and incoming:
                # "moving from the Dutch carrier Noordnet", "formerly of Lowmoor Software"
                moved = [m for c in tok.subtree if c.lower_ == "from" and c.dep_ == "prep"
                         for g in c.children if g.dep_ == "pobj"
                         for m in [self.index.resolve(g)[0]] if m and m.entity.kind == "organization"]
                # "Google has acquired DNNresearch, a start-up founded by Hinton and ...": its founders
                # come from the company bought
                founded = [c.target for c in self._acquired if actors and c.actor and c.actor.id == actors[0].id
                           and c.target and c.target.end < len(self.doc) and self.doc[c.target.end].text == "," and any(
                               a.pos_ == "NOUN" and a.left_edge.i == c.target.end + 1  # its description, however parsed
                               for a in self.doc[p.end - 1].ancestors)]
                options = founded[-1:] or (moved if len(people) == 1 else []) or self.recent_post(p) or \
                    self.described_org(p)
                target = next((m for m in options if not actors or m.id != actors[0].id), None)
            if target is not None and actors and (
                    target.id == actors[0].id or actors[0].id in load_gazetteer().owners(target.entity)):
                target = None  # "Andy Jassy, who built AWS into the retailer's biggest business"
            if target is None and incoming and actors:
                # "following the departure of Daniel Gross. Gross is joining Meta": from where he left;
                # "Both co-founders will join Apple as part of the deal": from the company bought.
                left = [c.actor for c in self._moves if c.obj is not None and c.obj.id == p.id
                        and c.actor is not None and c.target is None and c.actor.id != actors[0].id]
                bought = [c.target for c in self._acquired if c.actor and c.actor.id == actors[0].id and c.target]
                target = (left or bought or [None])[-1]
            per_person.append(target)
        # "Windsurf's chief executive, Varun Mohan, co-founder Douglas Chen and ...": people
        # named together without their own company come from the first one's.
        shared = next((t for t in per_person if t is not None), None)
        if shared is not None and len(people) > 1 and trig.frame in ("join", "hire"):
            roots = {_np_root(self.doc[p.end - 1]).i for p in people}
            if len(roots) == 1:
                per_person = [t or shared for t in per_person]
        return actors, per_person, people

    def recent_post(self, person: Mention) -> list[Mention]:
        """"Mike Krieger ... will join Anthropic. Krieger most recently ran Artifact": the next
        sentence's latest post of the same person is where the person comes from."""
        sent = self.doc[person.start].sent
        if sent.end >= len(self.doc):
            return []
        for tok in self.doc[sent.end].sent:
            if tok.pos_ != "VERB" or not any(w.lower_ in ("recently", "latterly", "lately") for a in tok.children
                                             if a.dep_ == "advmod" for w in a.subtree):
                continue
            subject = [c for c in tok.children if c.dep_ == "nsubj"]
            if not any(m.id == person.id for m in self.entities(subject) if m.entity.kind == "person"):
                continue
            return [m for c in tok.children if c.dep_ in ("dobj", "prep") for m in self._orgs_in(c, person)][:1]
        return []

    def handing_over(self, trig: Trigger, tok):
        """"X will step down ..., handing the top job to Y": the departure the handing-over
        belongs to (its company and status are Y's), else None."""
        if trig.frame != "hand" or tok.tag_ != "VBG":
            return None
        before = self.moves_before(tok)
        return before[-1] if before else None

    def moves_before(self, tok) -> list:
        """The moves found earlier in the trigger's sentence."""
        return [m for m in self._moves if m.actor is not None and m.trigger_i < tok.i
                and self.doc[m.trigger_i].sent.start == tok.sent.start]

    def discourse_org(self, tok, people: list[Mention]) -> list[Mention]:
        """No organisation in the sentence: the one the article's earlier move concerned ("X
        succeeds him"), else the business the text was last about ("He fired the chief
        executive")."""
        for prev in reversed(self._moves):
            if prev.actor is not None and prev.trigger_i < tok.i:
                self._by_ref = True
                return [prev.actor]
        ante = self.index.antecedent(tok, ("organization",), {p.id for p in people}, True)
        if ante is not None:
            self._by_ref = True
            return [ante]
        return []

    def _exec_roles(self, trig: Trigger, args, agent, patient, pp, person, org):
        frame = trig.frame
        if not person(agent) and frame in ("join", "leave", "succeed"):
            # "Kevin Systrom and Mike Krieger ... said they plan to leave": pronouns of people.
            agent = self.people_named(args.agent) or agent
        if trig.pos == "noun":  # "Suleyman's departure from Inflection", "appointment of X"
            people = person(agent + patient)
            if frame == "hire":
                orgs = org(agent) or org(self.entities(args.preps.get("at", [])))
                return orgs[:1], org(self.entities(args.preps.get("from", [])))[:1], people
            left = org(self.entities(args.preps.get("from", []) + args.preps.get("at", [])))
            joined = org(self.entities(args.preps.get("to", [])))
            if joined:
                return joined[:1], left[:1], people
            return left[:1], [], people
        if frame == "succeed":  # "X will succeed Y as chief executive (of Z)": X joins, Y leaves
            at = org(self.entities(args.preps.get("at", [])))  # "will succeed her at Burberry"
            # "replaced its chief executive X with Y": Y comes in too
            return (org(agent) or at)[:1], [], person(agent) + self.people_named(args.patient) + person(pp.get("with", []))
        if frame == "become":  # "X will become its chief executive", "will serve as interim chief"
            tok = self.doc[self._trigger_i]
            if tok.dep_ in ("xcomp", "advcl", "conj") and any(t.type == "executive_move" for t in self.triggers(tok.head)):
                return [], [], []  # "is leaving to become ...": the move already told
            posts = [c for c in tok.children if c.dep_ in ("attr", "oprd")] + \
                [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
            if trig.lemma in ("run", "lead"):  # "will run the firm on an interim basis"
                if not any(t.lower_ == "interim" for c in tok.children if c.dep_ != "nsubj" for t in c.subtree):
                    return [], [], []  # "who runs the app", "led the round"
                return org(patient)[:1] or org(self.title_orgs(tok))[:1], [], person(agent)
            if not any(p.lemma_.lower().split("-")[-1] in _POSTS for p in posts):
                return [], [], []  # "became the first woman to ...", "serves as a reminder"
            return org(self.title_orgs(tok))[:1], [], person(agent)
        if frame == "hand":  # "hand the job to X"
            given = [g for d in args.dative for g in ([d] if d.lower_ != "to" else d.children) if g.dep_ != "punct"]
            return org(agent)[:1], [], person(pp.get("to", []) + self.entities(given))  # "to" read as dative
        if frame == "join":
            people = person(agent)
            if not people:
                return [], [], []
            # "joined Pellow Data", "jumps to Pellow Data from Quillon Labs", "take the helm at X"
            return (org(patient) or org(pp.get("to", [])) or org(pp.get("at", [])))[:1], org(pp.get("from", []))[:1], people
        if frame == "hire":
            if any(g.lemma_.lower() in ("defendant", "plaintiff", "respondent", "party", "co-defendant")
                   for t in args.preps.get("as", []) for g in t.subtree):
                return [], [], []  # "named as defendants in a lawsuit"
            people = self.people_in(args.patient)
            return org(agent)[:1], org(pp.get("from", []))[:1], people
        if frame == "fire":
            parted = [g for p in args.patient for c in p.children if c.dep_ == "prep" and c.lower_ == "with"
                      for g in c.children if g.dep_ == "pobj"]  # "parted ways with its CFO"
            people = person(patient + pp.get("with", []) + self.entities(parted))
            orgs = org(agent) or org(pp.get("from", []) + pp.get("at", []) + pp.get("of", []))
            return orgs[:1], [], people
        if frame == "leave":
            people = person(agent)
            if not people or any(c.dep_ == "conj" and c.lemma_.lower() in ("remain", "stay") and any(
                    g.lemma_.lower() in _POSTS for a in c.children if a.dep_ in ("attr", "oprd", "prep")
                    for g in [a, *a.children]) for c in self.doc[self._trigger_i].children):
                return [], [], []  # "will give up his day-to-day role but remain its chairman": he stays
            left = org(patient + pp.get("from", []) + pp.get("at", []) + self.entities(
                [g for t in args.patient for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]))  # "give up the chairmanship of Tesla"
            # "stepped down as chief executive of OpenAI"
            for t in args.preps.get("as", []):
                left += org(self.entities([g for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "at")
                                           for g in c.children if g.dep_ == "pobj"]))
            joined = org(pp.get("to", []) + pp.get("for", []) + self.entities(  # "leaving X for Y" hung on X
                [g for t in args.patient for c in t.children if c.dep_ == "prep" and c.lower_ in ("for", "to")
                 for g in c.children if g.dep_ == "pobj"]))
            tok = self.doc[self._trigger_i]
            for c in tok.children:  # "is leaving the drone maker to join its rival Kestrel Dynamics"
                if c.dep_ in ("xcomp", "advcl", "conj") and c.lemma_.lower() in ("join", "become", "lead", "run"):
                    joined += org(self.entities([g for g in c.children if g.dep_ in ("dobj", "attr")]))
                    joined += self.title_orgs(c)  # "to become chief executive of Oxton Freight"
            if joined:
                self._left_to_join = True  # an incoming move: its past may be an earlier sentence's
                return joined[:1], [m for m in left if m.id != joined[0].id][:1], people
            return left[:1], [], people
        return [], [], []

