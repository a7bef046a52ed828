"""A partner's coordinator: tomorrow's attendance list, the event's certificates, and nothing of
the other partner's."""

import html
import io
import zipfile

from selenium.webdriver.common.by import By

from documents import docx_text, order_of
from polish import name_key


def _alphabetical(people) -> list:
    return [p.full_name for p in sorted(people, key=lambda p: name_key(p.first_name, p.last_name))]


def _open_own_event(site, data):
    event = data.events_of(data.partner_ids[0])[0]
    site.sign_in("partner")
    site.follow("Wydarzenia")
    assert site.h1() == "Wydarzenia"
    site.follow(event.title)
    assert site.h1() == event.title
    return event


def test_partner_downloads_the_attendance_list_with_names_in_polish_order(site, data):
    event = _open_own_event(site, data)

    before = site.downloaded()
    site.link("Lista obecności (DOCX)").click()
    document = site.wait_download(before)

    assert document.suffix == ".docx", document.name
    text = docx_text(document.read_bytes())
    assert event.title in text
    expected = _alphabetical(data.attendees(event))
    by_code_points = [p.full_name for p in sorted(data.attendees(event), key=lambda p: (p.last_name, p.first_name))]
    assert by_code_points != expected, f"{event.id}'s names sort the same without Polish rules; pick another event"
    assert order_of(expected, text) == expected


def test_partner_issues_the_events_certificates_and_gets_one_per_attendee(site, data):
    event = _open_own_event(site, data)

    site.field("Jeden plik ZIP").click()
    site.button("Wystaw zaświadczenia").click()
    site.wait_for(lambda d: site.path.startswith("/zadania/"), message="issuing did not open the job's page")
    assert site.h1() == f"Zaświadczenia dla wydarzenia „{event.title}”"

    def finished(driver):
        bars = driver.find_elements(By.ID, "postep")
        links = driver.find_elements(By.XPATH, "//a[normalize-space()='Pobierz plik']")
        try:
            return bool(bars) and bars[0].get_attribute("aria-valuenow") == "100" and links and links[0]
        except Exception:  # the page refreshed between the two reads
            return False

    download_link = site.wait_for(finished, 90, "the progress bar did not reach 100 with „Pobierz plik”")
    assert site.driver.find_element(By.ID, "postep").get_attribute("role") == "progressbar"
    assert "Gotowe" in site.text()

    before = site.downloaded()
    download_link.click()
    archive = site.wait_download(before)

    with zipfile.ZipFile(io.BytesIO(archive.read_bytes())) as package:
        certificates = [n for n in package.namelist() if n.endswith(".docx")]
        texts = [docx_text(package.read(n)) for n in certificates]
    attendees = data.attendees(event)
    assert len(certificates) == len(attendees), sorted(certificates)
    for person in attendees:
        holders = [t for t in texts if person.full_name in t]
        assert len(holders) == 1, f"{person.full_name}: {len(holders)} certificates"


def test_partner_gets_not_found_for_the_other_partners_event(site, data):
    other = data.events_of(data.partner_ids[1])[0]
    site.sign_in("partner")

    site.open(f"/wydarzenia/{other.id}")

    assert site.h1() == "Nie znaleziono"
    assert other.title not in html.unescape(site.driver.page_source)
    assert other.title not in site.text()

    site.follow("Wydarzenia")
    listed = html.unescape(site.driver.page_source)
    own = {e.title for e in data.events_of(data.partner_ids[0])}
    shown = [e.title for e in data.events_of(data.partner_ids[1]) if e.title in listed and e.title not in own]
    assert not shown, f"the partner's list of events shows the other partner's: {shown}"
    assert all(title in listed for title in own)
