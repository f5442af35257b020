"""CLI commands over the store's analysis: dedup, dyad, claims, network, export, report."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the analysis commands to the main app."""
