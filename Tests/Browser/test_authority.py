"""The ministry's officer: whatever its pages link to, no participant's name is on any of them."""

import html
import re
import urllib.request
from urllib.parse import urldefrag, urlparse

from selenium.webdriver.common.by import By

LINKS = "return Array.from(document.querySelectorAll('a[href]'), a => a.href);"


def _names(data) -> list:
    """Every participant as a page could write them: first name and surname either way round."""
    names = []
    for person in data.people.values():
        names += [f"{person.first_name} {person.last_name}", f"{person.last_name} {person.first_name}"]
    return names


def _content_type(site, url: str) -> str:
    request = urllib.request.Request(url, headers={"Cookie": site.cookie_header()})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return answer.headers.get("Content-Type", "")


def test_authority_reaches_no_participants_name(site, data):
    site.sign_in("authority")
    origin = urlparse(site.base)
    names = _names(data)
    start = site.base + "/"
    queue, seen, pages, documents = [start], {start}, [], []

    while queue:
        url = queue.pop(0)
        if "text/html" not in _content_type(site, url):
            documents.append(url)  # a download (a report); the pages are what this test reads
            continue
        site.driver.get(url)
        pages.append(site.path)
        source = " ".join(html.unescape(site.driver.page_source).split())
        found = [name for name in names if re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", source)]
        assert not found, f"{site.path} shows participants to the authority: {found[:5]}"
        for link in site.driver.execute_script(LINKS):
            link = urldefrag(link).url
            target = urlparse(link)
            if (target.scheme, target.netloc) != (origin.scheme, origin.netloc) or target.path == "/wyloguj":
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
        assert site.path.startswith("/weryfikacja") or site.driver.find_elements(By.XPATH, "//button[normalize-space()='Wyloguj się']"), \
            f"{site.path}: the crawl lost the authority's session"

    print(f"\nauthority: {len(pages)} pages read {pages}, {len(documents)} downloads not read {documents}")
    for expected in ("/", "/sprawozdania", "/rejestr", "/konto/haslo"):
        assert expected in pages, f"the authority's pages never linked to {expected}: {pages}"
    for hidden in ("/wydarzenia", "/uczestnicy", "/dane"):
        assert hidden not in pages, f"the authority was linked to {hidden}"
