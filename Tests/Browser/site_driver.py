"""What a person does on the page, in the page's own words: sign in, follow a link by its text,
press a button, wait for a download."""

import time
from pathlib import Path

from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def _literal(text: str) -> str:
    """An XPath string literal for any text (XPath 1.0 has no escapes)."""
    if "'" not in text:
        return f"'{text}'"
    return "concat(" + ", \"'\", ".join(f"'{part}'" for part in text.split("'")) + ")"


def _replaced(element) -> bool:
    """The element's page has gone. Chromium reports that as a stale element or, mid-navigation,
    as an "inspector error"; both mean the old page is no longer there."""
    try:
        element.is_enabled()
        return False
    except WebDriverException:
        return True


class Site:
    def __init__(self, driver, base: str, accounts: dict, password: str, downloads: Path):
        self.driver = driver
        self.base = base
        self.accounts = accounts
        self.password = password
        self.downloads = downloads
        self.signed_in_as = None
        driver.execute_cdp_cmd("Network.clearBrowserCookies", {})

    # Navigation

    def open(self, path: str) -> None:
        self.driver.get(self.base + path)

    @property
    def path(self) -> str:
        return self.driver.current_url.removeprefix(self.base)

    def h1(self) -> str:
        headings = self.driver.find_elements(By.TAG_NAME, "h1")
        assert len(headings) == 1, f"{self.path}: {len(headings)} h1 headings"
        return headings[0].text.strip()

    def shows_h1(self, expected: str) -> bool:
        """For waits: the page has loaded and its one h1 reads `expected`."""
        # One script reads the headings at once: between finding an element and reading its text
        # the page may be replaced, and Chromium then reports an "inspector error", not a stale one.
        try:
            headings = self.driver.execute_script(
                "return Array.from(document.querySelectorAll('h1'), h => h.innerText.trim())")
            return headings == [expected]
        except WebDriverException:
            return False

    def text(self) -> str:
        return self.driver.find_element(By.TAG_NAME, "body").text

    def link(self, text: str):
        found = self.driver.find_elements(By.XPATH, f"//a[normalize-space()={_literal(text)}]")
        assert found, f"{self.path}: no link {text!r}"
        return found[0]

    def button(self, text: str):
        found = self.driver.find_elements(
            By.XPATH, f"//button[normalize-space()={_literal(text)}]"
            f" | //input[(@type='submit' or @type='button') and @value={_literal(text)}]")
        assert found, f"{self.path}: no button {text!r}"
        return found[0]

    def field(self, label: str):
        """The control a <label> with this text names (what a screen reader announces)."""
        labels = self.driver.find_elements(By.XPATH, f"//label[normalize-space()={_literal(label)}]")
        assert labels, f"{self.path}: no label {label!r}"
        target = labels[0].get_attribute("for")
        if target:
            return self.driver.find_element(By.ID, target)
        return labels[0].find_element(By.XPATH, ".//input | .//select | .//textarea")

    def wait_for(self, condition, seconds: float = 30, message: str = ""):
        try:
            return WebDriverWait(self.driver, seconds).until(condition)
        except TimeoutException:
            try:
                shown = " ".join(self.text().split())[:300]
            except WebDriverException:
                shown = "(no page)"
            raise AssertionError(f"{self.path}: {message or 'timed out'}; the page shows: {shown}") from None

    def follow(self, text: str) -> None:
        link = self.link(text)
        link.click()
        self.wait_for(lambda d: _replaced(link), message=f"following {text!r} loaded nothing")

    # Accounts

    def sign_out(self) -> None:
        self.driver.execute_cdp_cmd("Network.clearBrowserCookies", {})
        self.signed_in_as = None

    def sign_in(self, role: str) -> None:
        self.sign_out()
        self.open("/logowanie")
        assert self.h1() == "Logowanie"
        self.field("Login").send_keys(self.accounts[role])
        self.field("Hasło").send_keys(self.password)
        self.button("Zaloguj się").click()
        self.wait_for(lambda d: not self.path.startswith("/logowanie"),
                      message=f"signing in as {role} stayed on the sign-in page")
        self.signed_in_as = role

    def cookie_header(self) -> str:
        return "; ".join(f"{c['name']}={c['value']}" for c in self.driver.get_cookies())

    # Downloads

    def wait_download(self, before: set, seconds: float = 60) -> Path:
        """The one new complete file in the download folder."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            new = [p for p in self.downloads.iterdir() if p.name not in before and not p.name.startswith(".")]
            done = [p for p in new if not p.name.endswith((".crdownload", ".tmp")) and p.stat().st_size > 0]
            if done and len(done) == len(new):
                return done[0]
            time.sleep(0.1)
        raise AssertionError(f"no download arrived within {seconds} s (folder: {sorted(p.name for p in self.downloads.iterdir())})")

    def downloaded(self) -> set:
        return {p.name for p in self.downloads.iterdir() if not p.name.startswith(".")}
