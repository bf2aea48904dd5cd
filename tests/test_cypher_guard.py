"""The read-only Cypher console refuses writes before they reach any server."""
import pytest

from graph.cypher import WriteQueryError, check_read_only


@pytest.mark.parametrize("query", [
    "MATCH (n) RETURN n LIMIT 5",
    "MATCH (e:Event) WHERE e.summary CONTAINS 'CREATE' RETURN e",  # a word inside a string
    "// DELETE everything? no\nMATCH (n:Entity) RETURN n.name",
    "CALL db.labels()",
    "MATCH p=shortestPath((a:Entity {id:'anthropic'})-[*..6]-(b:Entity {id:'openai'})) RETURN p",
])
def test_reads_pass(query):
    assert check_read_only(query) == query


@pytest.mark.parametrize("query,word", [
    ("CREATE (n:Evil)", "CREATE"), ("match (n) detach delete n", "DETACH"),
    ("MATCH (n) SET n.x = 1", "SET"), ("MERGE (a:A {id: 1})", "MERGE"),
    ("MATCH (n) REMOVE n:Entity", "REMOVE"), ("DROP CONSTRAINT entity_id", "DROP"),
    ("LOAD CSV FROM 'file:///x' AS r RETURN r", "LOAD"),
    ("CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DELETE n', {})", "apoc.periodic.iterate"),
    ("CALL apoc.create.node(['X'], {})", "CREATE"), ("", "empty"),
])
def test_writes_are_refused(query, word):
    with pytest.raises(WriteQueryError, match=word):
        check_read_only(query)
