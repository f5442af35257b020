"""CLI commands over the trigger lexicon: ``dragoman lexicon import-petrarch``."""

from __future__ import annotations

from typing import Optional

import typer
from rich.console import Console

_out = Console(soft_wrap=True)
_err = Console(stderr=True, highlight=False, soft_wrap=True)

lexicon_app = typer.Typer(help="Build the trigger lexicon's compiled sources.", no_args_is_help=True)


@lexicon_app.command("import-petrarch")
def import_petrarch_command(
    path: str = typer.Argument(..., help="PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.txt)."),
    out: Optional[str] = typer.Option(None, "--out", help="Where to write the compiled rows "
                                      "(default: the packaged data/lexicons/triggers_petrarch.csv)."),
) -> None:
    """Compile a PETRARCH verb dictionary into trigger-lexicon rows; prints what was
    compiled, skipped and filtered."""
    from dragoman.events.petrarch_import import import_petrarch
    from dragoman.events.petrarch_reader import DictionaryError

    try:
        report = import_petrarch(path, out)
    except (OSError, DictionaryError) as exc:
        where = getattr(exc, "filename", None) or path
        message = str(exc) if isinstance(exc, DictionaryError) else f"{where}: {exc.strerror or exc}"
        _err.print(f"dragoman: {message}", markup=False)
        raise typer.Exit(1)
    _out.print(str(report), markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    """Add ``dragoman lexicon`` to the main application."""
    app.add_typer(lexicon_app, name="lexicon")
