"""Guarding the read-only Cypher console: write clauses are refused before a query
reaches the server (which also runs it in a READ session, as a second wall)."""
from __future__ import annotations

import re

WRITE_CLAUSES = ("CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "DROP", "FOREACH",
                 "LOAD", "ALTER", "RENAME", "GRANT", "DENY", "REVOKE", "START", "STOP",
                 "TERMINATE", "ENABLE", "DISABLE")
_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`")
_COMMENTS = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
_WORD = re.compile(r"\b(" + "|".join(WRITE_CLAUSES) + r")\b", re.I)
_CALL = re.compile(r"\bCALL\s+(?!\{)([\w.]+)", re.I)
_SAFE_PROCEDURES = ("db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
                    "db.schema.nodetypeproperties", "db.schema.reltypeproperties", "db.indexes",
                    "db.constraints", "dbms.components")


class WriteQueryError(ValueError):
    pass


def check_read_only(query: str) -> str:
    """The query, if it only reads; otherwise WriteQueryError naming the clause."""
    if not query or not query.strip():
        raise WriteQueryError("empty query")
    bare = _STRINGS.sub("''", _COMMENTS.sub(" ", query))
    found = _WORD.search(bare)
    if found:
        raise WriteQueryError(f"{found.group(1).upper()} writes to the graph; the console is read-only")
    for proc in _CALL.findall(bare):
        if proc.lower() not in _SAFE_PROCEDURES:
            raise WriteQueryError(f"procedure {proc} is not on the read-only list")
    if re.search(r"\bIN\s+TRANSACTIONS\b", bare, re.I):
        raise WriteQueryError("CALL { ... } IN TRANSACTIONS is for writes; the console is read-only")
    return query
