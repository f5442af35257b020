"""The static HTML report, rendered in a real headless Chromium."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from test_analysis import DRAGOMAN, build_store

ROOT = Path(__file__).resolve().parents[1]
INSTALL = ROOT / "scripts" / "install-chromium.sh"
NAMES = ("chromium", "chromium-browser", "google-chrome")


def _find_chromium() -> str | None:
    for name in NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.fixture(scope="session")
def chromium() -> str:
    path = _find_chromium()
    if path is None:
        try:
            proc = subprocess.run(["sh", str(INSTALL)], capture_output=True, text=True, timeout=1200)
            detail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or [""]
        except (OSError, subprocess.TimeoutExpired) as exc:
            detail = [str(exc)]
        path = _find_chromium()
        if path is None:
            pytest.skip(f"chromium is not installed and scripts/install-chromium.sh could not install it: {detail[0]}")
    return path


def _chromium(binary: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    cmd = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-dev-shm-usage", f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180, env={**os.environ, "HOME": str(profile)})


@pytest.fixture()
def report(tmp_path) -> Path:
    db = tmp_path / "s.duckdb"
    build_store(db)
    out = tmp_path / "report.html"
    proc = subprocess.run(DRAGOMAN + ["report", "--db", str(db), "-o", str(out)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return out


def test_report_is_self_contained_and_reproducible(report, tmp_path):
    html = report.read_text(encoding="utf-8")
    assert "<script" not in html and "<link" not in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html)
    assert re.search(r'<img [^>]*src="data:image/png;base64,[A-Za-z0-9+/=]{2000,}"', html)
    again = tmp_path / "again.html"
    proc = subprocess.run(DRAGOMAN + ["report", "--db", str(tmp_path / "s.duckdb"), "-o", str(again)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert again.read_bytes() == report.read_bytes()


def test_report_renders_in_headless_chromium(chromium, report, tmp_path):
    url = report.as_uri()
    shot = tmp_path / "report.png"
    proc = _chromium(chromium, tmp_path / "profile-shot", f"--screenshot={shot}", "--window-size=1280,3000",
                     "--hide-scrollbars", url)
    assert shot.exists(), proc.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000

    proc = _chromium(chromium, tmp_path / "profile-dom", "--dump-dom", url)
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = proc.stdout
    assert "<title>Dragoman report</title>" in dom
    headings = re.findall(r"<h2>(.*?)</h2>", dom)
    assert headings[:2] == ["The corpus at a glance", "Top dyads"]
    assert {"Timeline of key events", "Top actors", "Claims: demands, commitments, threats"} <= set(headings)
    assert "Trajectory: PAK – USA" in headings
    assert "<td>PAK – USA</td>" in dom  # the top dyad
    assert "The United States cut $300 million of military aid to Pakistan on Sunday." in dom
    assert "Haqqani network" in dom  # a claims group
    assert 'src="data:image/png;base64,' in dom


def test_report_cli_error_is_one_line(tmp_path):
    proc = subprocess.run(DRAGOMAN + ["report", "--db", str(tmp_path / "none.duckdb"), "-o", str(tmp_path / "r.html")],
                          capture_output=True, text=True)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
