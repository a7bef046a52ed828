"""Every screen of the page, reached as the role that sees it, the way a person gets there. Each
one states its h1, so a check never runs on an error page by mistake."""

from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from urllib.parse import quote

from selenium.webdriver.common.by import By


@dataclass(frozen=True)
class Screen:
    name: str
    role: str | None  # None: signed out
    heading: Callable  # (data, context) -> the expected h1
    reach: Callable  # (site, data, context) -> None

    def visit(self, site, data, context) -> None:
        if self.role is None:
            site.sign_out()
        elif site.signed_in_as != self.role:
            site.sign_in(self.role)
        self.reach(site, data, context)
        expected = self.heading(data, context)
        assert site.h1() == expected, f"{self.name} ({site.path}): h1 {site.h1()!r}, expected {expected!r}"


def own_event(data):
    return data.events_of(data.partner_ids[0])[0]


def other_partners_event(data):
    return data.events_of(data.partner_ids[1])[0]


def a_leader(data):
    """Someone who attended 10 or more forms of support (the project's Leader)."""
    counts: dict = {}
    for event in data.events.values():
        for pid in event.attendee_ids:
            counts[pid] = counts.get(pid, 0) + 1
    return data.people[max(counts, key=lambda pid: (counts[pid], pid))]


def _issue_certificates(site, data, context):
    site.open(f"/wydarzenia/{quote(own_event(data).id)}")
    site.field("Jeden plik ZIP").click()
    site.button("Wystaw zaświadczenia").click()
    site.wait_for(lambda d: site.path.startswith("/zadania/"), message="no job page")
    site.wait_for(lambda d: d.find_elements(By.XPATH, "//a[normalize-space()='Pobierz plik']"), 90,
                  "the job did not finish")


def _check_participants_file(path_of: Callable) -> Callable:
    def reach(site, data, context):
        site.open("/dane")
        kind = site.field("Rodzaj pliku")
        options = kind.find_elements(By.TAG_NAME, "option")
        next(o for o in options if "uczestn" in (o.get_attribute("value") + o.text).lower()).click()
        site.field("Plik").send_keys(str(path_of(context)))
        site.button("Sprawdź").click()
        site.wait_for(lambda d: site.shows_h1("Wynik sprawdzenia"), message="no check result")

    return reach


def _problems_table(site) -> list:
    """The rows of the table captioned "Problemy", as the cells' texts."""
    tables = site.driver.find_elements(By.XPATH, "//table[caption[normalize-space()='Problemy']]")
    assert tables, f"{site.path}: no table captioned „Problemy”"
    return [[cell.text.strip() for cell in row.find_elements(By.XPATH, "./th|./td")]
            for row in tables[0].find_elements(By.XPATH, ".//tbody/tr")]


def _check_participants_with_mistakes(site, data, context):
    _check_participants_file(lambda c: c["broken"])(site, data, context)
    rows = _problems_table(site)
    assert any(row[:3] == ["Uczestnicy", "3", "D"] and "płci" in row[3] for row in rows), \
        f"the sex „X” in row 3, column D is not reported: {rows}"
    assert not site.driver.find_elements(By.XPATH, "//button[normalize-space()='Zastąp plik projektu']"), \
        "a file with errors may not replace the project's"


# Grouped by role, so a run through all of them signs in once per role.
SCREENS = [
    Screen("logowanie", None, lambda d, c: "Logowanie", lambda s, d, c: s.open("/logowanie")),
    Screen("weryfikacja", None, lambda d, c: "Weryfikacja zaświadczenia",
           lambda s, d, c: s.open(f"/weryfikacja/{c['number']}")),
    Screen("weryfikacja-brak", None, lambda d, c: "Weryfikacja zaświadczenia",
           lambda s, d, c: s.open("/weryfikacja/999/2099/BRAK")),
    Screen("start", "office", lambda d, c: "Projekt w skrócie", lambda s, d, c: s.open("/")),
    Screen("wydarzenia", "office", lambda d, c: "Wydarzenia", lambda s, d, c: s.open("/wydarzenia")),
    Screen("uczestnicy", "office", lambda d, c: "Uczestnicy", lambda s, d, c: s.open("/uczestnicy")),
    Screen("uczestnik", "office", lambda d, c: a_leader(d).full_name,
           lambda s, d, c: s.open(f"/uczestnicy/{quote(a_leader(d).id)}")),
    Screen("dane", "office", lambda d, c: "Dane projektu", lambda s, d, c: s.open("/dane")),
    Screen("wynik-sprawdzenia", "office", lambda d, c: "Wynik sprawdzenia",
           _check_participants_file(lambda c: Path(c["project"]) / "uczestnicy.xlsx")),
    Screen("wynik-sprawdzenia-bledy", "office", lambda d, c: "Wynik sprawdzenia", _check_participants_with_mistakes),
    Screen("rejestr", "office", lambda d, c: "Rejestr zaświadczeń", lambda s, d, c: s.open("/rejestr")),
    Screen("wydarzenie", "partner", lambda d, c: own_event(d).title,
           lambda s, d, c: s.open(f"/wydarzenia/{quote(own_event(d).id)}")),
    Screen("zadanie", "partner", lambda d, c: f"Zaświadczenia dla wydarzenia „{own_event(d).title}”", _issue_certificates),
    Screen("zmiana-hasla", "partner", lambda d, c: "Zmiana hasła", lambda s, d, c: s.open("/konto/haslo")),
    Screen("nie-znaleziono", "partner", lambda d, c: "Nie znaleziono",
           lambda s, d, c: s.open(f"/wydarzenia/{quote(other_partners_event(d).id)}")),
    Screen("sprawozdania", "authority", lambda d, c: "Sprawozdania", lambda s, d, c: s.open("/sprawozdania")),
    Screen("rejestr-ip", "authority", lambda d, c: "Rejestr zaświadczeń", lambda s, d, c: s.open("/rejestr")),
]
