"""The web dashboard in a real headless Chromium (Debian's chromium and chromium-driver,
driven by selenium) against a real `dragoman serve`: pick a dyad, filter, open an event,
and check what the page shows against the API. The screenshot is kept as an artefact
(test-artifacts/dashboard.png)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
INSTALL = ROOT / "scripts" / "install-chromium-driver.sh"
WAIT_S = 30


def _binaries() -> tuple[str | None, str | None]:
    browser = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
    return browser, shutil.which("chromedriver")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    chromium, driver = _binaries()
    if not (chromium and driver):
        proc = subprocess.run(["sh", str(INSTALL)], capture_output=True, text=True, timeout=1200)
        chromium, driver = _binaries()
        if not (chromium and driver):
            detail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or [""]
            pytest.skip(f"chromium and chromedriver are needed (scripts/install-chromium-driver.sh: {detail[0]})")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,2600", f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(arg)
    drv = webdriver.Chrome(service=Service(executable_path=driver), options=options)
    drv.set_page_load_timeout(WAIT_S)
    yield drv
    drv.quit()


def _wait(drv, condition, what: str):
    return WebDriverWait(drv, WAIT_S).until(lambda d: condition(d), message=f"waiting for {what}")


def _rows(drv):
    return drv.find_elements(By.CSS_SELECTOR, "#events tbody tr")


def _idle(drv) -> bool:
    return drv.find_element(By.ID, "status").text == ""


def test_pick_a_dyad_filter_and_open_an_event(browser, api):
    drv = browser
    drv.get(api.url + "/")
    _wait(drv, lambda d: _idle(d) and len(_rows(d)) > 0, "the event table")
    total = api.get("/health").json()["counts"]["events"]
    assert len(_rows(drv)) == min(total, 200)

    # pick a dyad: the trajectory shows both directions on a time axis, the table narrows to the pair
    Select(drv.find_element(By.ID, "dyad-picker")).select_by_value("PAK,USA")
    _wait(drv, lambda d: _idle(d) and d.find_elements(By.CSS_SELECTOR, "#trajectory-svg rect.bar"), "the trajectory")
    directions = {g.get_attribute("data-direction") for g in drv.find_elements(By.CSS_SELECTOR, "#trajectory-svg g.direction")}
    assert directions == {"PAK-USA", "USA-PAK"}
    series = api.get("/dyads/PAK/USA", params={"by": "month", "directed": "true"}).json()["rows"]
    bars = drv.find_elements(By.CSS_SELECTOR, "#trajectory-svg rect.bar")
    dated = [r for r in series if r["period"] != "unknown"]
    assert len(bars) == sum((r["cooperation"] > 0) + (r["conflict"] > 0) for r in dated)
    pair = api.get("/events", params={"dyad": "PAK,USA", "limit": 1000}).json()["events"]
    _wait(drv, lambda d: len(_rows(d)) == len(pair), "the pair's events")

    # filter by type
    Select(drv.find_element(By.NAME, "type")).select_by_value("REQUEST")
    drv.find_element(By.ID, "apply").click()
    wanted = api.get("/events", params={"dyad": "PAK,USA", "type": "REQUEST", "limit": 1000}).json()["events"]
    assert 0 < len(wanted) < len(pair)
    _wait(drv, lambda d: _idle(d) and len(_rows(d)) == len(wanted), "the filtered table")
    assert {r.find_elements(By.TAG_NAME, "td")[1].text for r in _rows(drv)} == {"REQUEST"}
    assert [r.get_attribute("data-event") for r in _rows(drv)] == [e["id"] for e in wanted]
    located = api.get("/events", params={"dyad": "PAK,USA", "type": "REQUEST", "format": "geojson"}).json()["features"]
    assert len(drv.find_elements(By.CSS_SELECTOR, "#map circle.event-dot")) == len(located)

    # open an event: its sentence with the spans marked
    event = next(e for e in wanted if e["target_span"])
    drv.find_element(By.CSS_SELECTOR, f'#events tbody tr[data-event="{event["id"]}"]').click()
    _wait(drv, lambda d: d.find_elements(By.CSS_SELECTOR, "#event-detail .sentence mark.hl-trigger"), "the event")
    detail = drv.find_element(By.ID, "event-detail")
    marks = {m.get_attribute("title"): m.text for m in detail.find_elements(By.CSS_SELECTOR, ".sentence mark")}
    assert marks["trigger"] == event["trigger"]
    assert marks["source"] == event["source_span"]["text"] and marks["target"] == event["target_span"]["text"]
    assert detail.find_element(By.CSS_SELECTOR, ".sentence").text == event["sentence"].strip()
    assert event["rule"] in detail.text
    claims = drv.find_elements(By.CSS_SELECTOR, "#claims .claim-group")
    assert claims and len(claims) == min(15, len(api.get("/claims").json()["groups"]))

    # nothing came from anywhere but this server
    urls = drv.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert urls and all(u.startswith(api.url) for u in urls), urls
    ARTIFACTS.mkdir(exist_ok=True)
    drv.save_screenshot(str(ARTIFACTS / "dashboard.png"))
    assert (ARTIFACTS / "dashboard.png").stat().st_size > 10_000


def test_a_bad_filter_is_shown_not_thrown(browser, api):
    drv = browser
    drv.get(api.url + "/")
    _wait(drv, lambda d: _idle(d) and len(_rows(d)) > 0, "the page")
    field = drv.find_element(By.NAME, "since")
    field.clear()
    field.send_keys("last spring")
    drv.find_element(By.ID, "apply").click()
    _wait(drv, lambda d: "since" in d.find_element(By.ID, "status").text, "the error line")
    assert "not a date" in drv.find_element(By.ID, "status").text
