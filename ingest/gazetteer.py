"""The entity gazetteer (data/entities.yml): loading, name normalisation, lookup, patterns."""
from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from graph.model import ENTITY_KINDS, Entity, Relation

from .settings import data_dir

LABELS = {"organization": "ORG", "person": "PERSON", "product": "PRODUCT"}
KIND_OF_LABEL = {"ORG": "organization", "PERSON": "person", "PRODUCT": "product"}

#: Legal suffixes dropped when comparing names ("Microsoft Corp." is Microsoft).
SUFFIXES = ("inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "llc", "l.l.c.",
            "plc", "co", "co.", "gmbh", "ag", "s.a.", "sa", "se", "nv", "n.v.", "oyj", "spa", "s.p.a.",
            "bv", "b.v.", "asa", "k.k.", "pte", "pty", "limited", "incorporated")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


class GazetteerError(ValueError):
    pass


_NATIONAL = re.compile(r"^(?:the )?(?:us|u\.s\.|uk|u\.k\.|eu|e\.u\.|british|american|european) ")


def normalise_name(text: str) -> str:
    """Lower-case comparison key: no possessive, leading 'the', legal suffix or odd spacing."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").strip().strip(".,;:!?\"“”()[]")
    text = _POSSESSIVE.sub("", text).strip()
    words = _SPACES.sub(" ", text).split(" ")
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    # "Microsoft Corp." is Microsoft, but "X Corp" keeps its suffix: a letter is no name.
    while len(words) > 1 and words[-1].lower().rstrip(",") in SUFFIXES and (
            len(words) > 2 or len(words[0]) > 2):
        words = words[:-1]
    return " ".join(words).rstrip(",").lower()


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "entity"


@dataclass
class Gazetteer:
    entities: dict[str, Entity]
    index: dict[str, str] = field(default_factory=dict)  # normalised alias -> id

    def __post_init__(self) -> None:
        for e in self.entities.values():
            for name in (e.name, *e.aliases):
                self.index.setdefault(normalise_name(name), e.id)

    def __len__(self) -> int:
        return len(self.entities)

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    def owners(self, entity: Entity) -> list[str]:
        """The entity's owner, its owner's owner, ... as the gazetteer states them."""
        out, current = [], entity.owner
        while current and current not in out:
            out.append(current)
            parent = self.get(current)
            current = parent.owner if parent else None
        return out

    def lookup(self, text: str, fuzzy: bool = True) -> Entity | None:
        """Exact match on a normalised name or alias, else a close spelling (>= 0.9 similar)."""
        key = normalise_name(text)
        if key in self.index:
            return self.entities[self.index[key]]
        national = _NATIONAL.sub("", key)  # "US Securities and Exchange Commission"
        if national != key and national in self.index and \
                self.entities[self.index[national]].category in ("regulator", "government", "court"):
            return self.entities[self.index[national]]
        if fuzzy and len(key) >= 6:
            close = difflib.get_close_matches(key, [k for k in self.index if len(k) >= 6],
                                              n=1, cutoff=0.9)
            if close:
                return self.entities[self.index[close[0]]]
        return None

    def relations(self) -> list[Relation]:
        """OWNS and ROLE links that the gazetteer states."""
        out = []
        for e in self.entities.values():
            if e.owner:
                out.append(Relation("OWNS", e.owner, e.id))
            for role in e.roles:
                if role.get("org") and not role.get("until"):
                    out.append(Relation("ROLE", e.id, role["org"], role.get("title")))
        return out

    def patterns(self, tokenize) -> list[dict]:
        """EntityRuler token patterns: multi-word names ignore case, single words match as
        written or in capitals (headlines); organisations may carry a legal suffix."""
        out = []
        for e in self.entities.values():
            names = [e.name, *e.aliases]
            names += [n.replace("'", "’") for n in names if "'" in n]  # curly apostrophes too
            for name in dict.fromkeys(names):
                tokens = [t.text for t in tokenize(name)]
                if not tokens:
                    continue
                variants = []
                if len(tokens) > 1:
                    variants.append([{"LOWER": t.lower()} for t in tokens])
                else:
                    variants.append([{"ORTH": tokens[0]}])
                    if tokens[0].upper() != tokens[0]:
                        variants.append([{"ORTH": tokens[0].upper()}])
                for pattern in variants:
                    if e.kind == "organization":
                        pattern = pattern + [{"LOWER": {"IN": list(SUFFIXES)}, "OP": "?"}]
                    out.append({"label": LABELS[e.kind], "pattern": pattern, "id": e.id})
        return out


def parse_entities(raw: object, source: str = "entities.yml") -> dict[str, Entity]:
    """Validate the YAML structure; every problem names the entry."""
    items = raw.get("entities") if isinstance(raw, dict) else raw
    if not isinstance(items, list):
        raise GazetteerError(f"{source}: expected a list under 'entities:'")
    entities: dict[str, Entity] = {}
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict) or not item.get("id") or not item.get("name"):
            raise GazetteerError(f"{source}: entry {n} needs at least id and name")
        kind = item.get("kind", "organization")
        if kind not in ENTITY_KINDS:
            raise GazetteerError(f"{source}: entry {item['id']!r} has unknown kind {kind!r}")
        if item["id"] in entities:
            raise GazetteerError(f"{source}: duplicate id {item['id']!r}")
        aliases = [str(a) for a in item.get("aliases") or []]
        entities[item["id"]] = Entity(
            id=str(item["id"]), name=str(item["name"]), kind=kind, aliases=aliases,
            category=item.get("category"), owner=item.get("owner"),
            roles=[dict(r) for r in item.get("roles") or []])
    for e in entities.values():
        refs = [e.owner] if e.owner else []
        refs += [r.get("org") for r in e.roles if r.get("org")]
        for ref in refs:
            if ref not in entities:
                raise GazetteerError(f"{source}: {e.id!r} refers to unknown entity {ref!r}")
    return entities


@lru_cache(maxsize=4)
def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    path = Path(path) if path else data_dir() / "entities.yml"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GazetteerError(f"cannot read gazetteer {path}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise GazetteerError(f"gazetteer {path} is not valid YAML: {exc}") from None
    return Gazetteer(parse_entities(raw, str(path)))
