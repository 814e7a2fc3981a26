"""The web view in a real browser: Debian's Chromium, headless, driven by Selenium through
/usr/bin/chromedriver (named explicitly, so Selenium Manager never downloads anything). Signing in,
browsing and filtering runs, opening one, approving a review. Screenshots of each page are kept in
the test's tmp dir. Without Chromium these tests skip, except under CI=true, where they fail."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import SEED
from hive_http import Running, serve
from skillhive.config import Settings
from skillhive.hive import Hive
from skillhive.skills.reviews import pending_reviews
from web_hive import TEAM, WebHive, populate

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
WAIT = 30.0

pytestmark = pytest.mark.slow


def _missing() -> str | None:
    for path in (CHROMIUM, CHROMEDRIVER):
        if not path.exists():
            return f"{path} is missing (apt-get install chromium chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[dev]')"
    return None


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", user="alice", team=TEAM, seed_skills=SEED)


@pytest.fixture
def driver(tmp_path: Path) -> Iterator[object]:
    missing = _missing()
    if missing is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true: the browser tests must run, but {missing}")
        pytest.skip(missing)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900"):
        options.add_argument(arg)
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    service = Service(executable_path=str(CHROMEDRIVER), log_output=str(tmp_path / "chromedriver.log"))
    browser = webdriver.Chrome(service=service, options=options)
    browser.set_page_load_timeout(WAIT)
    try:
        yield browser
    finally:
        browser.quit()


@pytest.fixture
def site(hive: Hive) -> Iterator[tuple[Running, WebHive]]:
    data = populate(hive)
    with serve(hive) as running:
        yield running, data


def shot(browser: object, tmp_path: Path, name: str) -> Path:
    """Keep a screenshot of the page as a test artefact (and print where)."""
    path = tmp_path / "screenshots" / f"{name}.png"
    path.parent.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(path))  # type: ignore[attr-defined]
    print(f"screenshot: {path}")
    if (keep := os.environ.get("SKILLHIVE_UI_SCREENSHOTS")) is not None:  # copy them out, e.g. for docs/
        shutil.copy(path, Path(keep) / path.name)
    return path


def sign_in(browser: object, base: str, token: str) -> None:
    from selenium.webdriver.common.by import By

    b = browser
    b.get(f"{base}/ui/")  # type: ignore[attr-defined]
    assert b.current_url.endswith("/ui/signin")  # type: ignore[attr-defined]
    b.find_element(By.ID, "token").send_keys(token)  # type: ignore[attr-defined]
    b.find_element(By.ID, "signin").click()  # type: ignore[attr-defined]


def wait_for(browser: object, text: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, WAIT).until(lambda b: text in b.page_source)  # type: ignore[attr-defined]


def test_a_member_signs_in_browses_and_filters_runs_and_opens_one(
    driver: object, site: tuple[Running, WebHive], tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    running, data = site
    b = driver
    sign_in(b, running.base, data.member)
    wait_for(b, f"Team {TEAM}")
    shot(b, tmp_path, "ui-home")

    b.find_element(By.LINK_TEXT, "Runs").click()  # type: ignore[attr-defined]
    wait_for(b, "Refund a duplicate card payment")
    assert "4 runs" in b.find_element(By.ID, "count").text  # type: ignore[attr-defined]
    assert "Secret plans" not in b.page_source  # type: ignore[attr-defined]
    shot(b, tmp_path, "ui-runs")

    Select(b.find_element(By.ID, "outcome")).select_by_visible_text("failure")  # type: ignore[attr-defined]
    b.find_element(By.ID, "filter").click()  # type: ignore[attr-defined]
    wait_for(b, "1 run;")
    assert "outcome=failure" in b.current_url and "Refund" not in b.page_source  # type: ignore[attr-defined]
    title = b.find_element(By.PARTIAL_LINK_TEXT, "Fix the flaky")  # type: ignore[attr-defined]
    assert "<script>alert(1)</script>" in title.text  # shown as text, never run
    shot(b, tmp_path, "ui-runs-filtered")

    title.click()
    wait_for(b, "Steps")
    assert "Authors" in b.page_source and "bob" in b.page_source  # type: ignore[attr-defined]
    shot(b, tmp_path, "ui-run")

    b.get(f"{running.base}/ui/{TEAM}/reviews")  # type: ignore[attr-defined]
    wait_for(b, "403")


def test_a_maintainer_approves_a_review_in_the_browser(
    driver: object, site: tuple[Running, WebHive], hive: Hive, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    running, data = site
    b = driver
    sign_in(b, running.base, data.maintainer)
    wait_for(b, f"Team {TEAM}")
    b.find_element(By.LINK_TEXT, "Evolver passes").click()  # type: ignore[attr-defined]
    wait_for(b, "git-rebase: evidence")
    shot(b, tmp_path, "ui-passes")

    b.find_element(By.LINK_TEXT, "Reviews").click()  # type: ignore[attr-defined]
    wait_for(b, data.review)
    shot(b, tmp_path, "ui-reviews")
    b.find_element(By.CSS_SELECTOR, "button.approve").click()  # type: ignore[attr-defined]
    wait_for(b, f"approved {data.review}")
    assert "Nothing waits for review." in b.page_source  # type: ignore[attr-defined]
    shot(b, tmp_path, "ui-approved")
    assert pending_reviews(hive.directories.root(TEAM)) == []

    b.find_element(By.CSS_SELECTOR, "header button").click()  # sign out  # type: ignore[attr-defined]
    wait_for(b, "Paste your hive token")
    b.get(f"{running.base}/ui/{TEAM}/runs")  # type: ignore[attr-defined]
    assert b.current_url.endswith("/ui/signin")  # type: ignore[attr-defined]
