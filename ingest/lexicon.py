"""Load the trigger and status lexicons (data/lexicon/*.yml) into lookup tables."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from graph.model import EVENT_TYPES

from .settings import data_dir


class _UniqueKeyLoader(yaml.SafeLoader):
    """YAML keeps the last of two equal keys silently; a lexicon that lists a verb twice
    under one type would lose the first entry, so it is an error."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"{key!r} is listed twice in one mapping", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


class LexiconError(ValueError):
    pass


@dataclass(frozen=True)
class Trigger:
    type: str
    lemma: str
    pos: str  # verb | noun
    particles: tuple[str, ...] = ()
    patient: str | tuple[str, ...] | None = None
    modifiers: tuple[str, ...] = ()
    frame: str | None = None
    preps: tuple[str, ...] = ()
    regulator_only: bool = False


@dataclass
class Lexicon:
    verbs: dict[str, list[Trigger]] = field(default_factory=dict)
    nouns: dict[str, list[Trigger]] = field(default_factory=dict)
    access_nouns: frozenset[str] = frozenset()
    party_nouns: frozenset[str] = frozenset()
    usage_nouns: frozenset[str] = frozenset()
    coref_nouns: frozenset[str] = frozenset()
    people_nouns: frozenset[str] = frozenset()
    head_of_government: frozenset[str] = frozenset()
    heading_words: frozenset[str] = frozenset()
    product_nouns: frozenset[str] = frozenset()
    partner_nouns: frozenset[str] = frozenset()
    security_nouns: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    receiving_verbs: frozenset[str] = frozenset()
    regulator_categories: frozenset[str] = frozenset()
    regulator_nouns: frozenset[str] = frozenset()
    status: dict[str, frozenset[str]] = field(default_factory=dict)
    failure_particles: dict[str, frozenset[str]] = field(default_factory=dict)
    reported_phrases: tuple[str, ...] = ()


def _tuple(value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _check_strings(node, where: str) -> None:
    """YAML reads bare off/on/no/yes as booleans; a lexicon word must be a string."""
    if isinstance(node, bool) and not where.endswith("regulator_only"):
        raise LexiconError(f"lexicon value at {where} is {node!r}, not a word: quote it")
    if isinstance(node, dict):
        for k, v in node.items():
            _check_strings(k, f"{where}.{k}")
            _check_strings(v, f"{where}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _check_strings(v, f"{where}[{i}]")


def _add_trigger(table: dict, type_: str, lemma: str, pos: str, opts: dict, regulator_only: bool) -> None:
    if not isinstance(opts, dict):
        raise LexiconError(f"lexicon entry {type_}.{pos}s.{lemma} is {opts!r}, not a mapping")
    patient = opts.get("patient")
    table.setdefault(lemma, []).append(Trigger(
        type=type_, lemma=lemma, pos=pos, particles=_tuple(opts.get("particles")),
        patient=tuple(patient) if isinstance(patient, list) else patient,
        modifiers=_tuple(opts.get("modifiers")), frame=opts.get("frame"),
        preps=_tuple(opts.get("preps")), regulator_only=regulator_only))


def parse_lexicon(events: dict, status: dict) -> Lexicon:
    _check_strings(events, "events")
    _check_strings(status, "status")
    lex = Lexicon()
    for key in ("access_nouns", "party_nouns", "usage_nouns", "coref_nouns", "people_nouns",
                "head_of_government", "heading_words", "product_nouns", "partner_nouns", "security_nouns", "light_verbs",
                "receiving_verbs", "regulator_categories", "regulator_nouns"):
        setattr(lex, key, frozenset(events.get(key) or ()))
    for type_, spec in (events.get("types") or {}).items():
        if type_ not in EVENT_TYPES:
            raise LexiconError(f"lexicon names unknown event type {type_!r}")
        for pos, table in (("verb", lex.verbs), ("noun", lex.nouns)):
            for lemma, senses in (spec.get(pos + "s") or {}).items():
                # one sense, or a list of senses ("joined in", "joined the round")
                for opts in senses if isinstance(senses, list) else [senses]:
                    _add_trigger(table, type_, str(lemma), pos, opts or {}, bool(spec.get("regulator_only")))
    for key, value in status.items():
        if key == "failure_particles":
            lex.failure_particles = {k: frozenset(v) for k, v in value.items()}
        elif key == "reported_phrases":
            lex.reported_phrases = tuple(value)
        else:
            lex.status[key] = frozenset(value)
    return lex


@lru_cache(maxsize=2)
def load_lexicon(folder: str | Path | None = None) -> Lexicon:
    folder = Path(folder) if folder else data_dir() / "lexicon"
    try:
        events = yaml.load((folder / "events.yml").read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
        status = yaml.load((folder / "status.yml").read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"cannot load lexicon from {folder}: {exc}") from None
    return parse_lexicon(events, status)


@lru_cache(maxsize=2)
def load_given_names(folder: str | Path | None = None) -> frozenset[str]:
    """Common given names: evidence that a name NER called an organisation is a person's."""
    path = (Path(folder) if folder else data_dir() / "lexicon") / "given_names.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise LexiconError(f"cannot load given names from {path}: {exc}") from None
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def lemma_candidates(tok) -> list[str]:
    """The lemmatizer's answer first, then base forms undone by rule: the small model
    lemmatizes "fined" as "fin" and title-case words as themselves."""
    word, lemma = tok.lower_, tok.lemma_.lower()
    out = [lemma, word]
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""),
                         ("es", "e"), ("s", ""), ("ing", ""), ("ing", "e"), ("d", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            base = word[: len(word) - len(suffix)] + repl
            out.append(base)
            if repl == "" and len(base) > 2 and base[-1] == base[-2]:  # banned -> ban
                out.append(base[:-1])
    return list(dict.fromkeys(out))


@lru_cache(maxsize=2)
def load_court_seats(folder: str | Path | None = None) -> dict[str, str]:
    """Place (lower case) -> gazetteer id of the federal court sitting there."""
    path = (Path(folder) if folder else data_dir() / "lexicon") / "court_seats.yml"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"cannot load court seats from {path}: {exc}") from None
    return {str(place).lower(): str(court) for court, places in raw.items() for place in places or ()}
