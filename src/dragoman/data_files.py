"""Where the package's data files live."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def data_path(*parts: str) -> Path:
    """Path of a file under ``dragoman/data``."""
    return Path(str(resources.files("dragoman").joinpath("data", *parts)))
