"""The trigger lexicon is data users edit: mistakes in it are errors that name the problem."""
from __future__ import annotations

import shutil

import pytest

from ingest.lexicon import LexiconError, load_lexicon

from .conftest import ROOT


@pytest.fixture()
def lexicon_copy(tmp_path):
    folder = tmp_path / "lexicon"
    shutil.copytree(ROOT / "data" / "lexicon", folder)
    return folder


def test_the_shipped_lexicon_loads(lexicon_copy):
    lex = load_lexicon(lexicon_copy)
    assert "acquire" in lex.verbs and "switch" in lex.verbs


def test_a_verb_listed_twice_under_one_type_is_an_error_not_a_silent_override(lexicon_copy):
    path = lexicon_copy / "events.yml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("      switch: {particles: [\"off\"]}\n",
                        "      switch: {particles: [\"off\"]}\n      switch: {patient: product}\n", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError, match="listed twice"):
        load_lexicon(lexicon_copy)


def test_a_missing_lexicon_file_is_a_one_line_error(lexicon_copy):
    (lexicon_copy / "status.yml").unlink()
    with pytest.raises(LexiconError, match="cannot load lexicon"):
        load_lexicon(lexicon_copy)
