"""Entity resolution: spaCy spans -> canonical entities, junk filtering, references
("it", "the startup"), and the ROLE / OWNS facts a sentence states."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Span

from graph.model import Entity, Relation

from .gazetteer import KIND_OF_LABEL, Gazetteer, normalise_name, slugify
from .lexicon import load_court_seats, load_given_names

#: Names NER tags as organisations that are not ones: acronyms of the trade, job
#: titles, headings. Compared after normalisation.
JUNK_NAMES = frozenset("""
ai api apis agi llm llms csam gpu gpus cpu ceo cto cfo coo cso cco ipo sdk saas tos ml nlp
rss faq q&a us u.s. eu uk key insights implications the bigger picture terms of service
breaking news update analysis opinion editorial exclusive report newsletter
""".split()) | {"key insights", "the bigger picture", "terms of service", "looking ahead",
                "internal testing", "safety evaluations", "industry standards"}

_TITLE_WORDS = frozenset("""
chief executive officer ceo cto cfo coo cso cio cmo president vice spokesperson spokesman
spokeswoman founder co-founder cofounder chair chairman chairwoman head director general
counsel science scientist technology communications operating financial product research
senior lead partner managing principal engineer engineering evp svp vp board member
""".split())

#: Nouns that name a post: a name NER calls an organisation is a person when it stands in
#: apposition to one ("the start-up's president, Elif Kaya") or right after one
#: ("chief operating officer Shan Shan Wong").
_POST_HEADS = frozenset("""
officer executive president founder co-founder cofounder chairman chairwoman chair director
spokesperson spokesman spokeswoman scientist ceo cto cfo coo vp chief
""".split())

#: Verbs whose "at" names a workplace ("will succeed her at Burberry", "worked at Pellow").
_WORKING_VERBS = frozenset("""
succeed replace work serve join start stay remain return arrive rejoin
""".split())

_PEOPLE_WORDS = {"head", "designer", "veteran", "engineer", "boss", "researcher", "scientist", "executive",
                 "employee", "staffer", "manager", "lawyer", "banker", "analyst"}
#: Last words that close a company's name: "Quillon Labs for Pellow Data" is two names
#: (not "Allen Institute for AI").
_COMPANY_ENDINGS = {"labs", "lab", "data", "systems", "technologies", "inc", "inc.", "corp", "corp.", "ltd",
                    "ai", "software", "cloud", "robotics", "networks", "capital", "ventures", "partners"}
_PART_NOUNS = {"unit", "subsidiary", "arm", "division", "affiliate", "offshoot"}
_NAME_PARTICLES = {"de", "da", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "den",
                   "le", "la", "du", "bin", "al", "ter", "ten"}
_REGULATOR_HEADS = {"authority", "regulator", "watchdog", "commission", "agency", "ministry",
                    "administration", "court", "office", "department"}
_ORG_HEADS = {"labs", "lab", "inc", "corp", "capital", "ventures", "partners", "systems", "technologies",
              "freight", "logistics", "rail", "airlines", "airways", "pharma", "pharmaceuticals", "biotech",
              "foods", "dairies", "insurance", "telecom", "payments", "mobility", "security", "retail",
              "apps", "press", "diagnostics", "estates", "maps", "dataworks", "metrics", "networks",
              "solutions", "industries", "electronics", "instruments", "interactive", "entertainment",
              "investments", "holdings", "bancorp", "financial", "advisors", "associates", "consulting",
              "studio", "works", "platforms", "dynamics", "devices", "semiconductor", "robotics",
              "industrial", "manufacturing", "engineering", "automation", "aerospace", "motors",
              "ai", "robotics", "networks", "group", "holdings", "bank", "media", "studios", "games",
              "software", "analytics", "health", "therapeutics", "motors", "energy", "cloud", "data",
              "computing", "semiconductor", "semiconductors", "foundation", "institute", "agency", "models",
              "compute"}
_PRODUCT_HEADS = {"api", "apis", "sdk", "app", "model", "chatbot", "assistant", "chip", "hub", "feed",
                  "store", "platform", "browser", "engine", "editor", "os"}
_NOT_NAME = ("VERB", "AUX", "ADP", "PART", "PUNCT", "CCONJ", "SCONJ", "PRON")
_NOT_ORG_ENTS = ("DATE", "TIME", "GPE", "LOC", "NORP", "MONEY", "PERCENT", "CARDINAL", "ORDINAL",
                 "QUANTITY", "LANGUAGE")  # EVENT, LAW, FAC on a name in a role slot are NER slips
_MAKER_NOUNS = {"maker", "developer", "creator", "owner", "operator", "publisher", "provider",
                "company", "firm", "startup", "start-up", "lab"}
#: Titles that can sit inside a name NER ran together ("Skype CEO Tony Bates").
_SPAN_TITLES = {"ceo", "cto", "cfo", "coo", "chief", "president", "founder", "co-founder", "chairman", "boss"}
#: Nouns for a maker that also describe a person ("the developer behind OpenClaw").
_PERSON_OR_MAKER = {"developer", "creator", "designer", "founder", "owner", "operator", "publisher"}
_COMPANY_NOUNS = _MAKER_NOUNS | {"company", "business", "group", "retailer", "bank", "carrier",
                                 "operator", "network", "platform", "service", "app", "chain", "insurer"}
_COLLECTIVE = {"group", "coalition", "consortium", "number", "team", "collection", "class",
               "handful", "band", "trio", "pair", "alliance", "dozen", "slew", "host", "cluster",
               "network", "batch", "set", "series", "string", "raft", "swathe", "swath"}
#: People who act for the body they belong to: "a judge at the Delaware Court of Chancery",
#: "investigators from China's market regulator".
_ACTING_FOR = {"judge", "justice", "magistrate", "investigator", "official", "inspector",
               "prosecutor", "regulator", "examiner", "auditor", "commissioner", "jury"}
_MAKING_VERBS = {"develop", "make", "build", "create", "own", "run", "operate", "design", "release"}
_QUANTITY_WORDS = {"several", "some", "many", "all", "most", "one", "two", "three", "four", "five",
                   "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "each", "both", "bulk",
                   "part", "portion", "majority", "half", "rest", "much"}
_ORG_PRONOUNS = {"it", "its", "they", "their", "them", "itself"}
_PERSON_PRONOUNS = {"he", "she", "his", "her", "him", "hers"}
_REGULATOR_NAME = re.compile(
    r"\b(commission|authority|agency|regulator|ministry|department|watchdog|garante|court|administration|"
    r"tribunal|office of|bureau)\b", re.I)


@dataclass
class Mention:
    entity: Entity
    start: int  # token offsets in the doc
    end: int
    start_char: int
    end_char: int
    text: str  # as written in the original text

    @property
    def id(self) -> str:
        return self.entity.id


def clause_verb(tok):
    """The verb of the clause a word belongs to (the root when there is none)."""
    gov = tok
    while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
        gov = gov.head
    return gov


def _is_subject(tok) -> int:
    """2 for the main clause's subject, 1 for another subject or the possessor of one
    ("Anthropic's spokesperson said"), else 0."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass"):
        tok = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return 0
    return 2 if tok.head.dep_ == "ROOT" else 1


def looks_like_person(name: str) -> bool:
    """Two or three capitalised words beginning with a common given name and not ending
    with a company word: "Amit Singhal", "Marcus Hale" (not "Morgan Labs")."""
    name = " ".join(w for w in name.split() if w not in _NAME_PARTICLES)  # "Henrique de Castro"
    words = name.replace("-", " ").split()
    if not 2 <= len(name.split()) <= 3 or not all(w[:1].isupper() for w in name.split()):
        return False
    last = normalise_name(name).split()[-1] if normalise_name(name) else ""
    return words[0].lower() in load_given_names() and last not in _ORG_HEADS and \
        not _REGULATOR_NAME.search(name)


def is_org(m: Mention) -> bool:
    """An organisation, or a name the gazetteer lacks that is not clearly a person or product:
    NER's labels for unknown names are unreliable, the slot tells more."""
    return m.entity.kind == "organization" or (not m.entity.known and m.entity.kind != "product")


def is_junk(name: str) -> bool:
    key = normalise_name(name)
    if len(key) < 2 or key in JUNK_NAMES or not re.search(r"[A-Za-z]", name):
        return True
    if re.fullmatch(r"(?:series [a-h]\d?|seed|pre-seed|series)(?: round)?", key):
        return True  # funding-round names, not companies
    if not any(c.isupper() for c in name):  # "iRobot" and "eBay" are names; "the board" is not
        return True
    words = key.split()
    return all(w in _TITLE_WORDS for w in words)


def resolve_span(text: str, label: str, ent_id: str, gazetteer: Gazetteer) -> Entity | None:
    """A canonical entity for one span: the gazetteer's (by id, name, alias or a close
    spelling), else a generated one for organisations, people and products NER found."""
    if ent_id:
        known = gazetteer.get(ent_id)
        if known:
            return known
    kind = KIND_OF_LABEL.get(label)
    if kind is None:
        # NER's place or work-of-art labels on "Lowell Square Capital", "Glint API".
        last = (normalise_name(text).split() or [""])[-1]
        if label in ("FAC", "GPE", "LOC", "WORK_OF_ART", "LAW", "EVENT", "NORP") and len(text.split()) > 1:
            kind = "organization" if last in _ORG_HEADS else "product" if last in _PRODUCT_HEADS else None
        if kind is None:
            return None
    known = gazetteer.lookup(text)
    if known:
        return known
    if is_junk(text):
        return None
    name = re.sub(r"(?:['’]s|['’])$", "", text.strip()).strip()
    key = normalise_name(name)
    display = " ".join(w for w in name.split() if w.lower().rstrip(",") not in
                       ("inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc")) or name
    if not key:
        return None
    if key.split()[-1] in _PRODUCT_HEADS or (  # "Sorrel Inference API", "Aster SDK", "Fennick Voice 4"
            len(key.split()) > 1 and re.fullmatch(r"v?\d+(?:\.\d+)?", key.split()[-1]) and kind != "person"):
        kind = "product"
    elif key.split()[-1] in _ORG_HEADS and len(key.split()) > 1:  # "Zephyr Labs" is no person
        kind = "organization"
    elif kind == "organization" and looks_like_person(name):  # "Marcus Hale" tagged ORG
        kind = "person"
    elif kind == "person" and any(ch.isdigit() for ch in name):
        # people's names carry no numbers: "Galaxy Note 7" is a product, "G42" a company
        kind = "product" if len(name.split()) > 1 else "organization"
    category = "regulator" if kind == "organization" and _REGULATOR_NAME.search(key) else None
    return Entity(id=slugify(key), name=display, kind=kind, category=category, known=False)


def _short_form(entity: Entity, earlier: list[Mention]) -> Entity:
    """"Aurora" after "Aurora Innovation": a later short name is the earlier full one; "Lu"
    after "Qi Lu": a surname alone is the person named in full before."""
    if entity.known:
        return entity
    words = normalise_name(entity.name).split()
    if len(words) == 1:
        people = {m.entity.id: m.entity for m in earlier if m.entity.kind == "person"
                  and len(normalise_name(m.entity.name).split()) > 1
                  and normalise_name(m.entity.name).split()[-1] == words[0]}
        if len(people) == 1:
            return next(iter(people.values()))
    for m in earlier:
        full = normalise_name(m.entity.name).split()
        same_kind = m.entity.kind == entity.kind or not m.entity.known and {m.entity.kind, entity.kind} == {
            "organization", "person"}  # NER's label for an unknown name can change between mentions
        if same_kind and len(full) > len(words) and full[:len(words)] == words and \
                full[len(words)] not in ("and", "&"):  # "Visa" is not "Visa and Plaid"
            if entity.kind == "organization":
                m.entity.kind = "organization"  # "Marlowe's chief executive": Marlowe Speech employs
            return m.entity
    return entity


def heading_tokens(doc, heading_words: frozenset[str]) -> set[int]:
    """Tokens of run-in section headings ("Usage Caps Hawthorne Voice has imposed ...",
    "Antitrust Suit The Federal Trade Commission sued ..."): from a line's start, a run of
    two or more Title Case words up to the last event word that a capitalised name follows."""
    out: set[int] = set()
    i = 0
    while i < len(doc):
        if i > 0 and "\n" not in doc[i - 1].text:
            i += 1
            continue
        j, last = i, None
        while j < len(doc) and (doc[j].text[:1].isupper() or doc[j].text == "-" and j > i) and "\n" not in doc[j].text:
            word = doc[j].lower_
            forms = {word, word.rstrip("s"), word[:-2] if word.endswith("ed") else word,
                     word[:-1] if word.endswith(("d", "s")) else word}  # "Collapses", "Abandoned"
            if forms & heading_words and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
                last = j
            j += 1
        if last is not None and last > i:
            out.update(range(i, last + 1))
        i = j + 1
    return out


def resolve_mentions(doc, text: str, gazetteer: Gazetteer, heading: set[int] = frozenset()) -> list[Mention]:
    """Mentions of every entity in the doc, in order, named from the original text; `heading`
    holds the tokens of run-in headings, which no name includes."""
    mentions = []
    for span in doc.ents:
        if span.ent_id_ and len(span.text) == 1 and not _lone_letter_name(span[0]):
            continue  # "Model X", "Series X", "X-ray": not the company X
        if not span.ent_id_:  # NER spans can swallow a verb: "Universal sued"
            start, end = span.start, span.end
            while start < end and start in heading:
                start += 1
            inner = [i for i in range(start + 1, end - 1) if doc[i].is_lower and doc[i].is_alpha is not False
                     and doc[i].lower_ not in ("of", "and", "de", "la", "du", "der", "von", "van", "for", "the", "&")]
            if inner and (doc[inner[-1]].pos_ in ("NOUN", "ADJ") or "-" in doc[inner[-1]].text):
                start = inner[-1] + 1  # "Dundee start-up Tayside Intelligence" is Tayside Intelligence
            while start > 0 and doc[start - 1].dep_ in ("compound", "amod", "nmod") and \
                    doc[start - 1].head.i in range(start, end) and doc[start - 1].i not in heading and \
                    doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and \
                    (doc[start - 1].pos_ == "PROPN" or not doc[start - 1].ent_type_) and \
                    doc[start - 1].ent_type_ not in ("GPE", "NORP", "DATE"):
                start -= 1  # "Ashgrove Apps" when NER saw only "Apps", "Fable Social"
            while end > start and doc[end - 1].pos_ in _NOT_NAME:
                end -= 1
            while start < end and (doc[start].pos_ in _NOT_NAME + ("DET",) or doc[start].is_lower):
                start += 1  # "the city start-up Kittiwake Labs" is Kittiwake Labs
            if start >= end:
                continue
            if span.label_ == "PERSON" and start >= 2 and doc[start - 1].lower_ in _NAME_PARTICLES and \
                    doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha and \
                    doc[start - 2].i not in heading and not doc[start - 2].is_sent_start:
                start -= 2  # "Henrique de Castro", where NER saw only "Castro"
            # "Accel and Index Ventures": NER joined two coordinated names into one span.
            parts, begin = [], start
            agency = bool(_REGULATOR_NAME.search(doc[start:end].text)) and any(
                doc[i].lower_ in ("of", "for") for i in range(start, end))  # "Ministry of X and Y"
            for i in range(start, end):
                if doc[i].lower_ == "and" and doc[i].dep_ == "cc" and i > begin and i + 1 < end \
                        and doc[i + 1].text[:1].isupper() and not agency:
                    parts.append((begin, i))
                    begin = i + 1
                elif doc[i].lower_ in _SPAN_TITLES and begin < i and i + 2 < end + 1 and \
                        all(doc[j].text[:1].isupper() and doc[j].is_alpha for j in range(i + 1, end)) and end - i >= 3:
                    parts.append((begin, i))  # "Skype CEO Tony Bates": the company, then its officer
                    begin = i + 1
                elif doc[i].pos_ == "VERB" and doc[i].dep_ == "ROOT" and doc[i].is_lower and i > begin:
                    parts.append((begin, i))  # "Universal sued Pellow AI": a clause, not a name
                    begin = i + 1
                elif i > begin and i + 1 < end and (doc[i].text in ("'s", "’s") or doc[i].text in ("'", "’") and
                                                    doc[i - 1].lower_ in _COMPANY_ENDINGS):  # not "Teachers' Fund"
                    end = i  # "Corvane Labs' Quill": the owner is the name; what it owns comes later
                    break
                elif doc[i].lower_ in ("for", "to", "from") and i > begin + 1 and i + 1 < end and \
                        doc[i - 1].lower_ in _COMPANY_ENDINGS and doc[i + 1].text[:1].isupper():
                    parts.append((begin, i))  # "leaving Quillon Labs for Pellow Data": two names
                    begin = i + 1
            parts.append((begin, end))
            parts = [(b, e) for b, e in parts if e > b]

            # "Accel and Index Ventures" splits; "The Globe and Mail", "Barnes and Noble" stay one.
            if len(parts) > 1 and (any(e - b > 1 for b, e in parts) or any(
                    gazetteer.lookup(doc[b:e].text, fuzzy=False) for b, e in parts)):
                titled = {b for b, _ in parts[1:] if b > 0 and doc[b - 1].lower_ in _SPAN_TITLES}
                for n, (b, e) in enumerate(parts):
                    sub = Span(doc, b, e, label=span.label_)
                    label = ("PERSON" if b in titled else "ORG" if n + 1 < len(parts) and parts[n + 1][0] in titled
                             else span.label_)  # "Skype CEO Tony Bates": a company, then a person
                    ent = resolve_span(text[sub.start_char:sub.end_char], label, "", gazetteer)
                    if ent is not None:
                        mentions.append(Mention(_short_form(ent, mentions), b, e, sub.start_char,
                                                sub.end_char, text[sub.start_char:sub.end_char]))
                continue
            span = Span(doc, start, end, label=span.label_)
        surface = text[span.start_char:span.end_char]
        entity = resolve_span(surface, span.label_, span.ent_id_, gazetteer)
        if entity is None:
            continue
        appos_kind = _kind_by_apposition(span) if not entity.known else None
        if appos_kind == "organization" and looks_like_person(entity.name) and any(
                c.dep_ == "appos" and c.lemma_.lower() in _PERSON_OR_MAKER for c in span.root.children):
            appos_kind = None  # "Peter Steinberger, the Austrian developer behind OpenClaw"
        if not entity.known and entity.kind == "organization" and any(
                c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") and w.i < c.i for w in c.children)
                for c in span.root.children):
            entity = Entity(id=entity.id, name=entity.name, kind="person", known=False)  # "X, who led ..."
        if appos_kind and appos_kind != entity.kind:
            entity = Entity(id=entity.id, name=entity.name, kind=appos_kind, known=False, category=entity.category)
        elif not entity.known and entity.kind == "organization" and _names_post_holder(span):
            entity = Entity(id=entity.id, name=entity.name, kind="person", known=False)
        elif not entity.known and entity.kind == "person" and _names_post_employer(span):
            entity = Entity(id=entity.id, name=entity.name, kind="organization", known=False)
        entity = _short_form(entity, mentions)
        mentions.append(Mention(entity, span.start, span.end, span.start_char, span.end_char,
                                surface))
    return _longer_forms(_named_products(doc, text, [m for m in mentions if not _place_of_description(doc, m)],
                                         gazetteer))


def _lone_letter_name(tok) -> bool:
    """A one-letter name (X) stands alone in its slot: no capitalised word before it, no
    hyphen or number after it, and it qualifies no other noun."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return not (before is not None and not tok.is_sent_start and before.text[:1].isupper() and before.is_alpha
                or after is not None and (after.text in ("-", "–") or after.like_num)
                or tok.dep_ in ("compound", "nmod", "amod"))


_DESCRIPTION_HEADS = _COMPANY_NOUNS | {"start-up", "startup", "fintech", "lender", "outfit", "conglomerate", "utility",
                                       "manufacturer", "supplier", "house", "studio", "consultancy", "agency",
                                       "chipmaker", "carmaker", "automaker", "designer", "specialist"}


def _place_of_description(doc, m: Mention) -> bool:
    """"the Amsterdam start-up", "Stuttgart software group Brenner Systems": one word NER
    took for a name that only says where a described company is from."""
    tok = doc[m.start]
    if not m.entity.known and m.end - m.start == 1 and m.end + 1 < len(doc) and \
            doc[m.end].text in ("-", "–") and doc[m.end + 1].lower_ == "based":
        return True  # "the Espoo-based chip designer"
    if m.entity.known or m.end - m.start != 1 or tok.dep_ != "compound":
        return False
    head = tok.head
    return head.i > tok.i and head.is_lower and head.pos_ in ("NOUN", "PROPN") and \
        head.lemma_.lower() in _DESCRIPTION_HEADS


def _longer_forms(mentions: list[Mention]) -> list[Mention]:
    """"Fiat Chrysler" in a headline before "Fiat Chrysler Automobiles" in the text: a name
    the gazetteer lacks is the longer one it begins, wherever that comes. A one-word "person"
    that begins a product's name is its maker ("Skerray said" beside "the Skerray Weather API")."""
    brands = {normalise_name(m.entity.name).split()[0] for m in mentions
              if m.entity.kind == "product" and len(normalise_name(m.entity.name).split()) > 1}
    for m in mentions:
        if not m.entity.known and m.entity.kind == "person" and m.end - m.start == 1 and \
                normalise_name(m.entity.name) in brands:
            m.entity = replace(m.entity, kind="organization")
    unknown = [m for m in mentions if not m.entity.known and m.entity.kind in ("organization", "person")]
    for m in unknown:
        words = normalise_name(m.entity.name).split()
        longer = [o for o in unknown if len(normalise_name(o.entity.name).split()) > len(words)
                  and normalise_name(o.entity.name).split()[:len(words)] == words and o.entity.kind == m.entity.kind]
        if len({o.entity.id for o in longer}) == 1 and (
                len(words) >= 2 or len(longer) >= 2 or  # "Ridgeline" in a headline, "Ridgeline Data" in the text
                normalise_name(longer[0].entity.name).split()[len(words)] in _COMPANY_ENDINGS | _ORG_HEADS):
            m.entity = longer[0].entity
            continue
        full = {o.entity.id: o.entity for o in unknown if o.entity.kind == "person" and len(words) == 1 and
                len(normalise_name(o.entity.name).split()) > 1 and normalise_name(o.entity.name).split()[-1] == words[0]}
        if len(full) == 1 and m.end - m.start == 1:
            m.entity = next(iter(full.values()))  # "Arora" in a headline, "Nikesh Arora" below
    return mentions


_FUND_WORDS = {"fund", "ventures", "capital", "investments", "foundation", "partners"}
_VERSION_WORD = re.compile(r"^(?:v?\d[\w.]*|[IVX]+|Plus|Pro|Max|Ultra|Mini|mini|Turbo|Lite|Air|Nano|XL|"
                           r"Sonnet|Haiku|Opus|Flash|Preview|Edge|SE)$")
_NOT_PRODUCT_WORD = _TITLE_WORDS | _ORG_HEADS | {
    "fund", "funds", "trust", "research", "division", "unit", "team", "university", "council",
    "studio", "services", "store", "stores", "ventures", "capital", "foundation", "committee"}


def _named_products(doc, text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Products named after a known brand that the gazetteer's shorter name swallowed: a
    version ("iPhone 6 Plus", "Claude 3.5 Haiku") or a brand + product word ("Apple Watch")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    loose = {m.start for m in mentions if not m.entity.known and m.end - m.start == 1}
    out = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue  # swallowed by the name before ("Claude 3.5" + "Haiku")
        end = m.end
        if m.entity.kind == "product" and (m.entity.known or (
                end < len(doc) and m.start <= doc[end].head.i < m.end)):  # "Pellow Chat 2" too
            while end < len(doc) and (end not in taken or end in loose) and _VERSION_WORD.match(doc[end].text):
                end += 1
        elif m.entity.known and m.entity.kind == "organization" and doc[m.end - 1].dep_ == "compound" and \
                doc[m.end - 1].head.lower_ in _FUND_WORDS and 0 < doc[m.end - 1].head.i - m.end + 1 <= 3 and all(
                    t.text[:1].isupper() and t.i not in taken for t in doc[m.end:doc[m.end - 1].head.i + 1]):
            end = doc[m.end - 1].head.i + 1  # "Samsung Catalyst Fund", "Salesforce Ventures": an arm
        elif m.entity.known and m.entity.kind == "organization" and doc[m.end - 1].dep_ == "compound":
            head = doc[m.end - 1].head
            between = doc[m.end:head.i + 1]
            if 0 < len(between) <= 2 and all(
                    t.pos_ == "PROPN" and t.text[:1].isupper() and t.i not in taken and not t.ent_type_ in (
                        "PERSON", "DATE", "GPE", "NORP", "TIME", "MONEY") and t.lower_ not in _NOT_PRODUCT_WORD
                    for t in between) and not is_junk(between.text):
                end = head.i + 1
        if end == m.end:
            out.append(m)
            continue
        span = doc[m.start:end]
        surface = text[span.start_char:span.end_char]
        arm = doc[end - 1].lower_ in _FUND_WORDS
        entity = gazetteer.lookup(surface, fuzzy=False) or Entity(
            id=slugify(normalise_name(surface)), name=surface, kind="organization" if arm else "product",
            known=False, owner=m.entity.id if m.entity.kind == "organization" else m.entity.owner)
        out.append(Mention(entity, m.start, end, span.start_char, span.end_char, surface))
        taken.update(range(m.start, end))
    return out


#: What an apposition calls a product: "the Cybercab, a two-seat robotaxi".
_PRODUCT_NOUNS = _PRODUCT_HEADS | {
    "chatbot", "service", "tool", "feature", "system", "device", "phone", "smartphone", "handset",
    "tablet", "laptop", "computer", "headset", "earbud", "earbuds", "headphones", "speaker", "watch",
    "processor", "car", "vehicle", "robotaxi", "robot", "drone", "console", "glasses", "camera",
    "agent", "game", "minibus", "truck", "suv", "accelerator", "gpu", "llm", "assistant", "model"}
_GROUP_OF = {"pair", "set", "line", "range", "family", "series", "suite", "trio", "duo"}


#: Nouns for things a company may also be: "Pennyjar, a budgeting app", "the payments
#: processor Tillwright", "Didi Chuxing, China's ride-hailing service".
_COMPANY_TOO = {"app", "apps", "service", "processor", "platform", "system", "agent", "network",
                "tool", "engine", "store", "editor"}


def _product_noun(n) -> bool:
    """"a two-seat robotaxi", "a pair of wireless earbuds"."""
    if n.lemma_.lower() in _GROUP_OF:
        n = next((g for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"), n)
    return (n.pos_ == "NOUN" or n.is_lower) and (n.lemma_.lower() in _PRODUCT_NOUNS or n.lower_ in _PRODUCT_NOUNS) \
        and n.lemma_.lower() not in _COMPANY_TOO


def _appos_product(tok) -> bool:
    return any(c.dep_ == "appos" and c.i > tok.i and _product_noun(c) for c in tok.children)


def _kind_by_apposition(span) -> str | None:
    """"Yuntu Chat, a chatbot developed by ...", "Qiyuan, a Beijing start-up": what the
    apposition calls a name says more than NER's label."""
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    if root.dep_ == "appos" and root.head.i < root.i:
        nouns.append(root.head)
    if any(c.dep_ in ("compound", "nmod") and c.i < span.start and c.lemma_.lower() in _MAKER_NOUNS | {"start-up", "startup"}
           for c in root.children):
        return "organization"  # "the chip start-up Rebellions"
    for n in nouns:
        if n.like_num:  # "Two of its researchers, A and B": what the quantity counts
            n = next((g for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), n)
        lemma = n.lemma_.lower()
        plural_head = n.i < root.i and n.tag_ == "NNS"  # "devices chief Panos Panay": a title, no description
        if plural_head and not (lemma in _POST_HEADS or lemma in _PEOPLE_WORDS):
            continue
        if any(c.dep_ == "compound" and c.lemma_.lower() in _MAKER_NOUNS for c in n.subtree if c.i < n.i):
            return "organization"  # "a start-up building AI models" parsed as one compound noun
        if _product_noun(n):
            return "product"
        if n.pos_ != "NOUN":
            continue
        if lemma in _REGULATOR_HEADS or lemma in ("regulator", "watchdog"):
            return "organization"  # "Russia's communications regulator, Roskomnadzor,"
        if lemma in _MAKER_NOUNS or lemma in _ORG_HEADS or lemma in _COMPANY_NOUNS:
            return "organization"  # "Parler, the social network favoured by ..."
        if (lemma in _POST_HEADS or lemma in _PEOPLE_WORDS) and (
                n.i > root.i and any(c.dep_ in ("det", "poss") for c in n.children) or
                n.i < root.i and n.tag_ == "NNS"):
            # "Raja Koduri, the head of AMD's graphics business,"; "two researchers, A and B"
            return "person"
    return None


def _names_post_employer(span) -> bool:
    """"Marlowe's chief executive", "the Coursera co-founder": a one-word name NER took for
    a person is the employer when it qualifies a post."""
    head = span.root
    if len(span) == 1 and head.dep_ == "pobj" and head.head.lower_ in ("of", "at") and \
            head.head.head.lemma_.lower() in _POST_HEADS:
        return True  # "the chief executive of Burberry"
    if len(span) == 1 and head.dep_ == "pobj" and head.head.lower_ == "at" and \
            head.head.head.lemma_.lower() in _WORKING_VERBS:
        return True  # "will succeed her at Burberry": people are not where one works
    return (len(span) == 1 and head.dep_ == "compound" or len(span) <= 3 and head.dep_ == "poss") and \
        head.head.lemma_.lower() in _POST_HEADS and head.head.i > head.i


def _names_post_holder(span) -> bool:
    """Whether a span NER took for an organisation names whoever holds a post."""
    if len(span) > 3 or span[-1].lower_ in _ORG_HEADS or span[-1].lower_ in _PRODUCT_HEADS:
        return False
    head = span.root
    if head.dep_ == "appos" and head.head.lemma_.lower() in _POST_HEADS:
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    return bool(before is not None and before.is_lower and before.lower_ in _POST_HEADS
                and before.i == span.start - 1 and before.dep_ in ("compound", "amod", "nmod"))


class MentionIndex:
    """Token -> mention lookups and the antecedent search that resolves references."""

    def __init__(self, doc, mentions: list[Mention], coref_nouns: frozenset[str],
                 gazetteer: Gazetteer | None = None, heading: set[int] = frozenset(),
                 reporting_verbs: frozenset[str] = frozenset()):
        self.doc = doc
        self.reporting_verbs = reporting_verbs
        self.heading = heading
        self.gazetteer = gazetteer
        self.mentions = mentions
        self.coref_nouns = coref_nouns
        self.by_token: dict[int, Mention] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m

    def at(self, token) -> Mention | None:
        return self.by_token.get(token.i)

    def _surface(self, span) -> str:
        """A span as written in the original text (the doc's may be case-folded)."""
        return self.doc.user_data.get("aikg_text", self.doc.text)[span.start_char:span.end_char]

    def _register(self, m: Mention) -> Mention:
        """Add a mention found after NER, replacing any it overlaps."""
        self.mentions = [x for x in self.mentions if x.end <= m.start or x.start >= m.end] + [m]
        self.mentions.sort(key=lambda x: x.start)
        for i in range(m.start, m.end):
            self.by_token[i] = m
        return m

    def antecedent(self, token, kinds: tuple[str, ...], exclude: set[str],
                   businesses_only: bool = False) -> Mention | None:
        """The nearest earlier mention of a compatible kind, not one of `exclude`; "the
        company" never means a court or a regulator."""
        found = []
        for m in reversed(self.mentions):
            if m.start >= token.i or m.entity.kind not in kinds or m.id in exclude:
                continue
            if businesses_only and m.entity.category in ("court", "regulator", "government"):
                continue
            if not m.entity.known and m.entity.category == "government":
                continue  # a place named in passing is no antecedent of "it"
            found.append(m)
        if not found:
            return None
        if businesses_only:
            # A description is not bound by the subject of a clause above it ("Pinecroft sued
            # Vantage, claiming the AI developer had ..." — the developer is Vantage): a
            # subject would have been "it".
            above = {c.i for a in token.ancestors for c in a.children if c.dep_ in ("nsubj", "nsubjpass")}
            free = [m for m in found if not above & set(range(m.start, m.end))]
            found = free or found
        if not businesses_only:
            # A pronoun in a clause below a subject is bound by it ("Ledbury sued Fennick in the
            # High Court, claiming the company cut off its access": Ledbury's; "the board named
            # its finance chief": the board's company). The nearest such subject that is not
            # excluded binds it ("claiming the developer breached the contract when it revoked").
            bound = self._binder(token, {m.id for m in found}, exclude, kinds)
            if bound is not None:
                return bound
        nearest = found[0]
        sent = self.doc[nearest.start].sent
        if sent.start == token.sent.start:
            return nearest
        # Across sentences the article's topic is the likelier referent — the company named
        # most often so far, then the previous sentence's subject — not whatever was named last.
        same = [m for m in found if self.doc[m.start].sent.start == sent.start]
        counts = {}
        for m in found:
            counts[m.id] = counts.get(m.id, 0) + 1
        return max(same, key=lambda m: (counts[m.id], _is_subject(self.doc[m.end - 1]), m.start))

    def _binder(self, token, ids: set[str], exclude: set[str], kinds) -> Mention | None:
        """The nearest subject above a pronoun that is one of `ids`; under "ordered X to ..." or
        "accusing X of breaching ...", X is that subject (object control)."""
        below = token
        for a in token.ancestors:
            if below.dep_ == "conj" and below.pos_ in ("VERB", "AUX") and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in below.children):
                break  # "Google removed the app, and Apple dropped it": a sister clause binds nothing
            controlled = below.dep_ == "xcomp" or below.dep_ == "prep" and any(
                c.dep_ == "pcomp" for c in below.children)
            if controlled and a.dep_ == "dobj" and a.pos_ in ("NOUN", "PROPN"):
                cands = [a]  # "accusing the provider of breaching": the provider
            else:
                cands = sorted((c for c in a.children if c.dep_ in ("nsubj", "nsubjpass") or
                                controlled and c.dep_ == "dobj"), key=lambda c: c.dep_ != "dobj")
            below = a
            for c in cands:
                if c.i >= token.i:
                    continue
                m = self.at(c) or (self.resolve(c, exclude, kinds)[0]
                                   if c.pos_ == "NOUN" and c.lemma_.lower() in self.coref_nouns else None)
                if m is not None and m.id in ids:
                    return m
        return None

    def proper_noun(self, token, allow_place: bool = False, company: bool = False) -> Mention | None:
        """A name NER missed ("Gannetfold's lawsuit"): a run of proper nouns in an argument
        slot becomes an organisation the gazetteer does not know. With allow_place, a state
        or country acting ("Texas sued Meta") becomes one too, as a government."""
        described = any(c.dep_ == "appos" and c.lemma_.lower() in _COMPANY_NOUNS for c in token.children)
        company = company or described  # "Autonomy, Britain's second-largest software company"
        made = _appos_product(token)  # "the Cybercab, a two-seat robotaxi" (NER: a place)
        if made and token.ent_type_ in ("GPE", "LOC", "NORP", "PERSON"):
            company = True
        mid_sentence_capital = token.pos_ in ("NOUN", "ADJ") and token.text[:1].isupper() and \
            not token.is_sent_start and token.i > 0 and self.doc[token.i - 1].text not in (".", "\n", ":")
        # "Glean, which sells search software, raised ...", "Magic, a start-up building ...": a
        # capitalised word opening the sentence and described at once is a name, not a noun.
        described_opening = (token.pos_ in ("NOUN", "VERB", "ADJ", "PROPN") or token.dep_ in ("nsubj", "nsubjpass")) \
            and token.is_alpha and token.pos_ not in ("PRON", "DET") and token.tag_ not in ("NNS", "NNPS") and \
            token.text[:1].isupper() and (token.is_sent_start or token.i - 1 in self.heading) and \
            not any(c.dep_ == "det" for c in token.children) and \
            any(c.dep_ in ("appos", "relcl") and c.i > token.i for c in token.children)
        mid_sentence_capital = mid_sentence_capital or described_opening
        if described_opening and token.ent_type_ == "NORP" and token.tag_ == "NNP":
            company = True  # NER's nationality label on an unknown name ("Glean")
        if token.ent_type_ in ("GPE", "LOC") and token.dep_ == "poss" and any(
                c.tag_ == "JJS" or c.lower_ == "most" for a in token.head.children if a.dep_ == "amod"
                for c in a.subtree):
            company = False  # "one of Silicon Valley's most prominent executives": a place ranks
        multiword_place = token.ent_type_ == "GPE" and any(
            c.dep_ in ("compound", "flat") and c.ent_type_ == "GPE" for c in token.children)
        if (token.pos_ != "PROPN" and not mid_sentence_capital) or token.i in self.by_token or (
                token.ent_type_ in _NOT_ORG_ENTS and not (
                    token.ent_type_ == "GPE" and (allow_place or multiword_place) or
                    token.ent_type_ in ("GPE", "LOC", "NORP") and company)):
            return None  # "Didi Chuxing" (two words NER took for a place) is kept; "China" is not
        words = [c for c in token.children if c.dep_ in ("compound", "flat", "amod", "nmod") and c.i < token.i
                 and (c.pos_ == "PROPN" or c.text[:1].isupper()) and c.is_alpha
                 and c.ent_type_ not in ("GPE", "NORP", "DATE")] + [token]  # "Fable Social"
        start, end = min(w.i for w in words), token.i + 1
        if start == token.i and start >= 2 and self.doc[start - 1].lower_ in _NAME_PARTICLES and \
                self.doc[start - 2].text[:1].isupper() and self.doc[start - 2].head.i == token.i:
            start -= 2  # "Henrique de Castro"
        while start > 0 and self.doc[start - 1].dep_ in ("compound", "flat") and \
                self.doc[start - 1].text[:1].isupper() and self.doc[start - 1].pos_ in ("PROPN", "NOUN") and \
                start <= self.doc[start - 1].head.i <= token.i and (start - 1) not in self.by_token:
            start -= 1  # "Pellow Search API": compounds of compounds
        while start < end and (start in self.heading or self.doc[start].lower_ in ("the", "a", "an")):
            start += 1
        if start >= end:
            return None
        if end + 1 < len(self.doc) and self.doc[end].text == "&" and self.doc[end + 1].pos_ == "PROPN":
            end += 2  # "Simon & Schuster"
        while end < len(self.doc) and self.doc[end].head.i == token.i and self.doc[end].dep_ in ("nummod", "appos", "npadvmod") \
                and _VERSION_WORD.match(self.doc[end].text) and end not in self.by_token:
            end += 1  # "Pellow Chat 2"
        span = self.doc[start:end]
        text = self._surface(span)
        if is_junk(text) or not text[:1].isupper():
            return None
        known = self.gazetteer.lookup(text) if self.gazetteer else None
        kind = "product" if (normalise_name(text).split() or [""])[-1] in _PRODUCT_HEADS or made else \
            "person" if looks_like_person(text) else "organization"
        kind = _kind_by_apposition(span) or kind  # "Raja Koduri, the head of AMD's graphics unit,"
        entity = known or Entity(id=slugify(normalise_name(text)), name=text, kind=kind, known=False,
                                 category="government" if token.ent_type_ == "GPE" and not (multiword_place or company)
                                 else None)
        if not known:  # "Pewter confirmed" after "Pewter Labs"; "Brandt" in a headline above "Anna Brandt"
            short = _short_form(entity, [m for m in self.mentions if m.start < start])
            entity = short if short is not entity else _short_form(entity, [m for m in self.mentions if m.start >= end])
        return self._register(Mention(entity, start, end, span.start_char, span.end_char, text))

    def described_court(self, tok) -> Mention | None:
        """"A federal judge in San Francisco", "a federal jury in San Jose": the federal court
        sitting in that place (data/lexicon/court_seats.yml)."""
        if tok.lemma_.lower() not in ("judge", "jury", "court") or self.gazetteer is None or \
                not any(c.lower_ in ("federal", "u.s.", "us") for c in tok.subtree if c.i < tok.i):
            return None
        seats = load_court_seats()
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
            for place in (g for g in prep.children if g.dep_ == "pobj"):
                words = [w for w in place.subtree if w.i <= place.i]
                found = seats.get(" ".join(w.lower_ for w in words)) or seats.get(place.lower_)
                court = self.gazetteer.get(found) if found else None
                if court is not None:
                    start, end = tok.left_edge.i, place.i + 1
                    span = self.doc[start:end]
                    return self._register(Mention(court, start, end, span.start_char, span.end_char,
                                                  self._surface(span)))
        return None

    def described_regulator(self, tok, regulator_nouns: frozenset[str]) -> Mention | None:
        """"Kenya's gambling regulator", "the state's attorney general": a regulator the text
        names only by what it is, kept under that description."""
        if tok.lemma_.lower() not in regulator_nouns and not (
                tok.lower_ == "general" and tok.i > 0 and self.doc[tok.i - 1].lower_ == "attorney"):
            return None
        if not any(c.dep_ == "poss" or c.dep_ in ("compound", "amod") and c.ent_type_ in ("GPE", "NORP")
                   and tok.tag_ == "NN" for c in tok.children) or tok.i in self.by_token:
            return None  # "Kenya's gambling regulator", "the U.S. government", "the Dutch data authority"
        start = tok.left_edge.i
        while start < tok.i and self.doc[start].lower_ in ("the", "a", "an"):
            start += 1
        span = self.doc[start:tok.i + 1]
        text = self._surface(span)
        known = self.gazetteer.lookup(text, fuzzy=False) if self.gazetteer else None
        entity = known or self._named_regulator(span, tok, regulator_nouns) or Entity(
            id=slugify(normalise_name(text)), name=text, kind="organization", known=False, category="regulator")
        return self._register(Mention(entity, start, tok.i + 1, span.start_char, span.end_char, text))

    def _named_regulator(self, span, head, regulator_nouns: frozenset[str]) -> Entity | None:
        """"Canada's privacy commissioner ... The Office of the Privacy Commissioner of Canada
        said": a description stands for the one regulator of its nation the text names."""
        nations = {re.sub(r"\W", "", t.lower_)[:4] for t in span if t.ent_type_ in ("GPE", "NORP")}
        if not nations:
            return None
        found = {}
        for m in self.mentions:
            e = m.entity
            names = [n.lower() for n in (e.name, *e.aliases)]
            words = {re.sub(r"\W", "", w)[:4] for n in names for w in n.split()}
            if e.kind != "organization" or span.start <= m.start < span.end or not (
                    e.category in ("regulator", "court") or words & {w[:4] for w in regulator_nouns}):
                continue
            generic = head.lemma_.lower() in ("regulator", "watchdog", "authority", "agency")
            if nations & words and (generic or any(head.lemma_.lower() in n for n in names)):
                found[e.id] = e
        return next(iter(found.values())) if len(found) == 1 else None

    def name_token(self, tok) -> Mention | None:
        """A one-word company name the parser mistook for another part of speech."""
        text = tok.text
        if is_junk(text) or not text[:1].isupper() or tok.is_stop:
            return None
        known = self.gazetteer.lookup(text) if self.gazetteer else None
        entity = known or Entity(id=slugify(normalise_name(text)), name=text, kind="organization", known=False)
        return self._register(Mention(entity, tok.i, tok.i + 1, tok.idx, tok.idx + len(text), text))

    def name_span(self, head) -> Mention | None:
        """A regulator's name in apposition that NER cut short: the whole phrase, from its
        first capital to its head, becomes one unknown regulator."""
        words = [t for t in head.subtree if t.i <= head.i]
        while words and not words[0].text[:1].isupper():
            words = words[1:]
        if len(words) < 2:
            return None
        start, end = words[0].i, head.i + 1
        span = self.doc[start:end]
        text = self._surface(span)
        known = self.gazetteer.lookup(text) if self.gazetteer else None
        entity = known or Entity(id=slugify(normalise_name(text)), name=text, kind="organization",
                                 known=False, category="regulator")
        return self._register(Mention(entity, start, end, span.start_char, span.end_char, text))

    def add_missed_companies(self) -> None:
        """Company names NER missed but whose last word says company ("Fernhollow Labs",
        "Quarry Ridge Partners"): found up front so that "it" and "the start-up" can point
        back at them."""
        for tok in self.doc:
            if tok.pos_ == "PROPN" and tok.i not in self.by_token and tok.lower_ in _ORG_HEADS and \
                    (tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "poss") or
                     tok.dep_ == "compound" and tok.head.lemma_.lower() in _POST_HEADS | _PEOPLE_WORDS) and any(
                        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i not in self.heading for c in tok.children):
                self.proper_noun(tok, company=True)

    def resolve(self, token, exclude: set[str] | None = None, kinds=None) -> tuple[Mention | None, bool]:
        """The entity a token stands for, and whether it came by reference (less sure)."""
        exclude = exclude or set()
        m = self.at(token)
        if m:
            return m, False
        lower = token.lower_
        if token.lemma_.lower() in _QUANTITY_WORDS or token.like_num:
            for child in token.children:  # "Two of its researchers, A and B,": the names given
                if child.dep_ == "appos" and child.i > token.i and (self.at(child) or self.proper_noun(child)):
                    found = self.at(child)
                    if found.id not in exclude:
                        return found, False
            for child in token.children:  # "several of its members, including Unilever"
                if child.dep_ == "prep" and child.lower_ == "of":
                    for g in child.children:
                        if g.dep_ == "pobj":
                            found, by_ref = self.resolve(g, exclude, kinds)
                            if found:
                                return found, by_ref
                        if g.dep_ == "pobj" and g.tag_ == "NNS":  # "several of its members, including X"
                            for c in [*token.children, *g.children]:
                                if c.dep_ == "prep" and c.lower_ in ("including", "like"):
                                    for x in c.children:
                                        if x.dep_ == "pobj" and (self.at(x) or self.proper_noun(x)):
                                            return self.at(x), False
        clause = token.head.head if token.head.pos_ == "ADP" else token.head  # "X, in which Y invested"
        if token.tag_ in ("WP", "WDT") and clause.dep_ == "relcl" and clause.head.i < token.i:
            return self.resolve(clause.head, exclude, kinds)  # "Mara Quist, who was ousted": Mara Quist
        if token.pos_ == "PRON":
            if lower in ("its", "their"):
                # "Vine ... had its access revoked": a possessive points at its clause's subject
                # first, whatever kind it is (an app has access too).
                gov = clause_verb(token.head)
                while gov.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in gov.children):
                    gov = gov.head  # "closed the deal and installed one of its executives"
                for c in gov.children:
                    if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i and self.at(c) and \
                            self.at(c).id not in exclude and self.at(c).entity.kind != "person":
                        return self.at(c), True
            if lower in ("it", "they") and token.dep_ in ("nsubj", "nsubjpass"):
                # "CoreWeave, a cloud provider that rents out Nvidia's chips, said it had raised":
                # "it" in what a company says is the company.
                gov = token.head
                while gov.dep_ in ("conj", "xcomp") and gov.head.i != gov.i:
                    gov = gov.head
                if gov.dep_ == "ccomp" and gov.head.pos_ in ("VERB", "AUX"):
                    for c in gov.head.children:
                        if c.dep_ == "nsubj" and c.i < token.i:
                            found = self.at(c) or (self.resolve(c, exclude, kinds)[0] if c.pos_ == "NOUN" else None)
                            if found and found.entity.kind != "person" and found.id not in exclude:
                                return found, True
            if lower in ("itself", "themselves"):  # "agreed to sell itself to Just Eat"
                gov = token.head
                for _ in range(4):
                    subj = [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]
                    if subj:
                        found = self.at(subj[0]) or self.resolve(subj[0], exclude, kinds)[0]
                        if found is not None:
                            return found, True
                        break
                    if gov.head.i == gov.i:
                        break
                    gov = gov.head
            if lower in ("it", "them") and token.dep_ == "dobj" and token.head.dep_ == "conj":
                # "Google removed the app ..., and Apple dropped it": the sister verb's object
                sister = [c for c in token.head.head.children if c.dep_ == "dobj" and c.i < token.i]
                found = (self.at(sister[0]) or self.resolve(sister[0], exclude, kinds)[0]) if sister else None
                if found is not None and found.id not in exclude:
                    return found, True
            if lower in _ORG_PRONOUNS:
                return self.antecedent(token, kinds or ("organization",), exclude), True
            if lower in _PERSON_PRONOUNS:
                return self.antecedent(token, ("person",), exclude), True
            return None, False
        if token.pos_ not in ("NOUN", "PROPN"):
            return None, False
        if token.tag_ == "NNS":
            for child in token.children:  # "five publishers, Hachette, HarperCollins and ..."
                if child.dep_ in ("appos", "conj") and child.i > token.i:
                    found = self.at(child) or self.proper_noun(child)
                    if found and found.id not in exclude:
                        return found, False
        for child in token.children:
            # "accounts belonging to Pixelmancy", "an app called Astrolabe Live"
            if child.dep_ == "acl" and (child.lemma_.lower() not in ("call", "name", "dub") or child.i <= token.i + 2) \
                    and child.lemma_.lower() in ("belong", "call", "name", "dub", "link", "tie",
                                                                  "associate", "connect", "affiliate", "manage",
                                                                  "advise", "run", "control", "use", "hold"):
                for g in child.subtree:
                    if g.i != child.i and (self.at(g) or (g.pos_ == "PROPN" and g.dep_ in ("oprd", "attr", "dobj", "pobj",
                                                                                          "appos"))):
                        found = self.at(g) or self.proper_noun(g)
                        if found:
                            return found, False
        if token.tag_ == "NNS" or token.lemma_.lower() in ("team", "group"):
            for child in token.children:  # "the researchers behind NYU Ad Observatory": its people
                if child.dep_ == "prep" and child.lower_ == "behind":
                    found = next((self.at(g) for g in child.children if g.dep_ == "pobj" and self.at(g) and
                                  self.at(g).entity.kind == "organization" and self.at(g).id not in exclude), None)
                    if found:
                        return found, False
        # "a group of artists including Sarah Andersen": the named members stand for the group;
        # "Eight newspapers owned by Alden, including the Daily News," hung lower by the parser.
        hung_low = [c for c in token.subtree if c.dep_ == "prep" and c.lower_ == "including" and
                    c.head.i != token.i and c.head.head.i != c.head.i and token.tag_ == "NNS"]
        for child in list(token.children) + hung_low[:1]:
            such_as = child.lower_ == "as" and any(c.lower_ == "such" for c in [*token.children, *child.children])
            if child.dep_ == "prep" and (child.lower_ in ("including", "like", "led") or such_as):
                for g in child.children:
                    found = self.at(g) or (self.proper_noun(g, company=True) if g.dep_ == "pobj" else None)
                    if g.dep_ == "pobj" and found:  # "backers including BlackRock, Fidelity and ..."
                        return found, False
                    if g.dep_ == "pobj" and g.tag_ == "NNS" and g.i != token.i:
                        # "launchers, including the open-source clients Hearthgate and Lutebox"
                        found, _ = self.resolve(g, exclude, kinds)
                        if found:
                            return found, False
            if child.dep_ == "prep" and child.lower_ == "of" and token.lemma_.lower() in _COLLECTIVE:
                for g in child.children:
                    if g.dep_ == "pobj":
                        found, by_ref = self.resolve(g, exclude, kinds)
                        if found:
                            return found, by_ref
        court = self.described_court(token)
        if court is not None:
            return court, False
        if token.lemma_.lower() in _ACTING_FOR:
            for child in token.children:  # "a judge at the Delaware Court of Chancery"
                if child.dep_ == "prep" and child.lower_ in ("at", "of", "from", "on", "for", "with"):
                    for g in child.children:
                        if g.dep_ == "pobj":
                            found, _ = self.resolve(g, exclude, kinds)
                            if found and found.entity.kind == "organization":
                                return found, False
        # "Brazil's data protection authority, the ANPD,": a name NER missed in apposition.
        for child in token.children:
            if child.dep_ == "appos" and token.lemma_.lower() in _REGULATOR_HEADS and \
                    child.text[:1].islower() and any(t.text[:1].isupper() for t in child.subtree if t.i < child.i):
                # "France's competition watchdog, the Autorité de la concurrence,"
                found = self.name_span(child)
                if found:
                    return found, False
            if child.dep_ == "appos" and child.pos_ == "PROPN" and not self.at(child):
                found = self.proper_noun(child)
                if found and token.lemma_.lower() in _REGULATOR_HEADS and not found.entity.known:
                    found.entity.category = "regulator"
                if found:
                    return found, False
        # "the startup, Windsurf," / "its Claude models" / "the Windsurf deal"; an apposition
        # first ("A Leeds woman, Danielle Hartigan,": not Leeds)
        for child in sorted(token.children, key=lambda c: c.dep_ != "appos"):
            if child.dep_ in ("appos", "compound", "nmod", "npadvmod", "amod") and self.at(child):
                found = self.at(child)
                if child.dep_ == "appos" and token.lemma_.lower() in _REGULATOR_HEADS and not found.entity.known:
                    found.entity.category = "regulator"  # "Italy's antitrust authority, AGCM,"
                if found.entity.kind == "product" and token.lemma_.lower() in _MAKER_NOUNS and \
                        self.gazetteer and found.entity.owner and self.gazetteer.get(found.entity.owner):
                    # "the ChatGPT maker" is the company that makes ChatGPT.
                    owner = self.gazetteer.get(found.entity.owner)
                    return Mention(owner, found.start, found.end, found.start_char, found.end_char,
                                   owner.name), True
                if child.dep_ == "compound" and token.lemma_.lower() in _PART_NOUNS and \
                        found.entity.kind == "organization" and not any(c.dep_ == "poss" for c in token.children):
                    # "the Alphabet unit" is Google (a unit of Alphabet), not Alphabet; "its
                    # MosaicML unit" is MosaicML.
                    part = self.antecedent(token, ("organization",), exclude | {found.id}, True)
                    if part is not None:
                        return part, True
                return found, False
        if token.lemma_.lower() in self.coref_nouns:
            for c in token.children:  # "Halcyon Metrics' board", "Mojang's owner"
                if c.dep_ == "poss" and self.at(c) and self.at(c).entity.kind == "organization":
                    return self.at(c), False
        if token.lemma_.lower() in _REGULATOR_HEADS | {"regulator", "watchdog"} and any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that") for c in token.children):
            for m in reversed(self.mentions):  # "the agency's charges": the regulator just named
                if m.start < token.i and m.entity.kind == "organization" and m.id not in exclude and (
                        m.entity.category in ("regulator", "court", "government") or _REGULATOR_NAME.search(m.entity.name)):
                    return m, True
        if token.lemma_.lower() in self.coref_nouns and any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their")
                for c in token.children):
            left = token.left_edge.i
            if left >= 2 and self.doc[left - 1].text == "," and self.doc[left - 2].text[:1].isupper() and \
                    (self.doc[left - 2].is_sent_start or left - 2 in self.heading or left == 2) and \
                    left - 2 not in self.by_token and not self.doc[left - 2].ent_type_:
                # "Waze, the Israeli maker of a navigation app, has been bought": the name the
                # description follows, whatever the parser made of it.
                named = self.name_token(self.doc[left - 2])
                if named:
                    return named, False
            said = self._reported_subject(token, exclude)
            if said is not None:
                return said, True
            return self.antecedent(token, kinds or ("organization",), exclude, True), True
        return self.proper_noun(token), False

    def _reported_subject(self, token, exclude: set[str]) -> Mention | None:
        """"Larchmont snapped up Rochford ..., the hospital group disclosed": the description
        reporting a clause is that clause's subject."""
        verb = token.head
        if token.dep_ != "nsubj" or verb.lemma_.lower() not in self.reporting_verbs:
            return None
        # The reported clause is the verb's complement, or its head when the parser hung the
        # reporting verb under it ("X bought Y, the group disclosed" as advcl / parataxis).
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < token.i]
        if verb.dep_ in ("advcl", "parataxis") and verb.head.i < token.i:
            clauses.append(verb.head)
        for s in (s for c in clauses if c.pos_ in ("VERB", "AUX") for s in c.children):
            m = self.at(s) if s.dep_ in ("nsubj", "nsubjpass") else None
            if m is not None and m.entity.kind == "organization" and m.id not in exclude:
                return m
        return None


def role_relations(doc, index: MentionIndex) -> list[Relation]:
    """ROLE facts: "Anthropic's spokesperson, Christopher Nulty", "OpenAI CEO Sam Altman",
    "Jared Kaplan, chief science officer at Anthropic"."""
    out: list[Relation] = []
    for m in index.mentions:
        if m.entity.kind != "person":
            continue
        # Title and organisation before the name.
        i = m.start - 1
        while i >= 0 and doc[i].text in (",", "the", "The"):
            i -= 1
        end = i
        while i >= 0 and doc[i].lower_ in _TITLE_WORDS:
            i -= 1
        if end > i:
            title = doc[i + 1:end + 1].text.lower()
            j = i
            if j >= 0 and doc[j].lower_ in ("'s", "’s", "s'"):
                j -= 1
            org = index.by_token.get(j)
            if org and org.entity.kind == "organization":
                out.append(Relation("ROLE", m.id, org.id, title))
                continue
        # ", TITLE at/of ORG" or ", ORG's TITLE" after the name.
        k = m.end
        if k < len(doc) and doc[k].text == ",":
            k += 1
            org = index.by_token.get(k)
            if org and org.entity.kind == "organization":
                k2 = org.end + (1 if org.end < len(doc) and doc[org.end].lower_ in ("'s", "’s") else 0)
                t0 = k2
                while k2 < len(doc) and doc[k2].lower_ in _TITLE_WORDS:
                    k2 += 1
                if k2 > t0:
                    out.append(Relation("ROLE", m.id, org.id, doc[t0:k2].text.lower()))
                continue
            t0 = k
            while k < len(doc) and doc[k].lower_ in _TITLE_WORDS | {"the"}:
                k += 1
            if k > t0 and k < len(doc) and doc[k].lower_ in ("at", "of", "for"):
                org = index.by_token.get(k + 1)
                if org and org.entity.kind == "organization":
                    title = doc[t0:k].text.lower().removeprefix("the ").strip()
                    out.append(Relation("ROLE", m.id, org.id, title))
    return out


def ownership_relations(doc, index: MentionIndex) -> list[Relation]:
    """OWNS facts stated as "Twitter-owned Vine" or "Vine, owned by Twitter"."""
    out = []
    for token in doc:
        if token.lower_ not in ("owned", "-owned") :
            continue
        owner = index.by_token.get(token.i - 2) if token.i >= 2 and doc[token.i - 1].text == "-" else None
        if owner:
            owned = index.by_token.get(token.i + 1)
            if owned and owned.id != owner.id:
                out.append(Relation("OWNS", owner.id, owned.id))
            continue
        if token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "by":
            owner = index.by_token.get(token.i + 2)
            owned = index.by_token.get(token.i - 2) if token.i >= 2 and doc[token.i - 1].text == "," else None
            if owner and owned and owned.id != owner.id:
                out.append(Relation("OWNS", owner.id, owned.id))
    # "Yuntu Chat, a chatbot developed by Qiyuan Intelligence", "Claude, built by Anthropic"
    for m in list(index.mentions):
        if m.entity.kind != "product":
            continue
        root = doc[m.end - 1]
        for holder in [root] + [c for c in root.children if c.dep_ == "appos"]:
            for verb in holder.children:
                if verb.dep_ != "acl" or verb.lemma_.lower() not in _MAKING_VERBS:
                    continue
                for by in verb.children:
                    if by.dep_ in ("agent", "prep") and by.lower_ == "by":
                        for g in by.children:
                            owner = index.at(g) or (index.proper_noun(g) if g.dep_ == "pobj" else None)
                            if owner and owner.id != m.id and (owner.entity.kind == "organization" or
                                                               not owner.entity.known and owner.entity.kind == "person"):
                                out.append(Relation("OWNS", owner.id, m.id))
    return out
