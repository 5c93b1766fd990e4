"""The report in a real browser: headless Chromium opens it offline and shows every section.

Needs Debian's ``chromium`` and ``chromium-driver`` (``.ci/run`` installs them)
and selenium (the test extra); skipped, saying which is missing, elsewhere.
The screenshot is saved beside the page (in pytest's temporary folder, or in
``$SPORTSOCIAL_SCREENSHOTS`` when set) for a person to look at.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import sportsocial as ss
from sportsocial.report.html import SECTIONS

from .conftest import EXAMPLES

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
#: No network, no profile, no background services: the page must stand alone.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def _missing() -> str | None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not os.access(path, os.X_OK):
            return f"no browser: {path} not found (apt-get install {package})"
    return None


pytestmark = pytest.mark.skipif(_missing() is not None, reason=str(_missing()))


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.add_argument("--window-size=1100,1400")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.mark.parametrize(
    ("example", "lang", "names"),
    [("bergen-op-zoom-stuck", "nl", "show"), ("roosendaal-kickoff", "en", "hide")],
)
def test_report_in_a_browser(
    browser: Any, tmp_path: Path, example: str, lang: str, names: str
) -> None:
    from selenium.webdriver.common.by import By

    r = ss.report(
        ss.load(EXAMPLES / f"{example}.yaml"), on=dt.date(2026, 11, 24), lang=lang, names=names
    )
    page = tmp_path / f"{example}.html"
    page.write_text(r.to_html(), encoding="utf-8")
    browser.get(page.as_uri())

    # nothing fetched: every resource the page asked for would be listed here
    loaded = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
    )
    assert loaded == []
    # the pictures decoded, the sections are there and shown
    images = browser.execute_script(
        "return Array.from(document.images).map(i => i.complete && i.naturalWidth > 0)"
    )
    assert images == [True, True]
    for sid, _word in SECTIONS:
        section = browser.find_element(By.ID, sid)
        assert section.is_displayed(), sid
        assert section.size["height"] > 40, sid
        assert section.find_element(By.TAG_NAME, "h2").text.strip()
    assert browser.find_element(By.CSS_SELECTOR, "#phase svg").size["width"] > 500
    assert browser.execute_script("return document.documentElement.lang") == lang

    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1100, min(int(height) + 40, 16000))
    folder = Path(os.environ.get("SPORTSOCIAL_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    shot = folder / f"report-{example}-{lang}.png"
    assert browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 50_000
    browser.set_window_size(1100, 1400)
