"""The ministry's officer: whatever its pages link to (links, and GET forms with each choice of
their list), no participant's name is on any page or in any document it downloads."""

import html
import io
import re
import urllib.error
import urllib.request
import zipfile
from urllib.parse import urldefrag, urlparse

from selenium.webdriver.common.by import By

LINKS_AND_GET_FORMS = """
const urls = Array.from(document.querySelectorAll('a[href]'), a => a.href);
for (const form of document.forms) {
  if ((form.getAttribute('method') || 'get').toLowerCase() !== 'get') continue;
  const select = form.querySelector('select[name]');
  for (const value of select ? Array.from(select.options, o => o.value) : [null]) {
    const fields = new FormData(form);
    if (select) fields.set(select.name, value);
    const url = new URL(form.action);
    url.search = new URLSearchParams(fields).toString();
    urls.push(url.href);
  }
}
return urls;
"""


def _names(data) -> list:
    """Every participant as a page could write them: first name and surname either way round."""
    names = []
    for person in data.people.values():
        names += [f"{person.first_name} {person.last_name}", f"{person.last_name} {person.first_name}"]
    return names


def _get(site, url: str) -> tuple:
    request = urllib.request.Request(url, headers={"Cookie": site.cookie_header()})
    with urllib.request.urlopen(request, timeout=60) as answer:
        return answer.headers.get("Content-Type", ""), answer.read()


def _names_in_document(body: bytes, names: list) -> list:
    """Names in a downloaded document's text (its XML parts, tags removed)."""
    try:
        with zipfile.ZipFile(io.BytesIO(body)) as package:
            parts = [package.read(n).decode("utf-8", "replace") for n in package.namelist() if n.endswith(".xml")]
    except zipfile.BadZipFile:
        return []
    text = " ".join(" ".join(re.sub(r"<[^>]+>", "", part).split()) for part in parts)
    return [name for name in names if name in text]


def site_path(site, url: str) -> str:
    return url.removeprefix(site.base)


def test_authority_reaches_no_participants_name(site, data):
    site.sign_in("authority")
    origin = urlparse(site.base)
    names = _names(data)
    start = site.base + "/"
    queue, seen, pages, documents, refused = [start], {start}, [], [], []

    while queue:
        url = queue.pop(0)
        try:
            kind, body = _get(site, url)
        except urllib.error.HTTPError as error:
            refused.append(f"{site_path(site, url)} ({error.code})")
            continue
        if "text/html" not in kind:
            named = _names_in_document(body, names)
            assert not named, f"{site_path(site, url)} names participants to the authority: {named[:5]}"
            documents.append(site_path(site, url))
            continue
        site.driver.get(url)
        pages.append(site.path)
        source = " ".join(html.unescape(site.driver.page_source).split())
        found = [name for name in names if re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", source)]
        assert not found, f"{site.path} shows participants to the authority: {found[:5]}"
        for link in site.driver.execute_script(LINKS_AND_GET_FORMS):
            link = urldefrag(link).url
            target = urlparse(link)
            if (target.scheme, target.netloc) != (origin.scheme, origin.netloc) or target.path == "/wyloguj":
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
        assert site.path.startswith("/weryfikacja") or site.driver.find_elements(By.XPATH, "//button[normalize-space()='Wyloguj się']"), \
            f"{site.path}: the crawl lost the authority's session"

    print(f"\nauthority: {len(pages)} pages {pages}; {len(documents)} documents {documents}")
    assert not refused, f"the authority's pages link to what it may not open: {refused}"
    assert any("/sprawozdania/postep" in d for d in documents), f"no progress report reached: {documents}"
    for expected in ("/", "/sprawozdania", "/rejestr", "/konto/haslo"):
        assert expected in pages, f"the authority's pages never linked to {expected}: {pages}"
    for hidden in ("/wydarzenia", "/uczestnicy", "/dane"):
        assert hidden not in pages, f"the authority was linked to {hidden}"
