"""Keyboard only: from the start page to a downloaded attendance list with Tab and Enter."""

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from screens import own_event

FOCUS_SHOWN = """
const style = getComputedStyle(arguments[0]);
return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
"""


def _press(site, key) -> None:
    ActionChains(site.driver).send_keys(key).perform()


def _tab_to(site, text: str, limit: int = 120):
    """Tab until the focused element reads `text`; the focus must be visible on it."""
    seen = []
    for _ in range(limit):
        _press(site, Keys.TAB)
        focused = site.driver.switch_to.active_element
        label = " ".join(focused.text.split())
        seen.append(label or focused.tag_name)
        if label == text:
            assert site.driver.execute_script(FOCUS_SHOWN, focused), f"{text!r} has focus but no visible outline"
            return focused
    raise AssertionError(f"{site.path}: {limit} Tabs never reached {text!r}; focus went through {seen[:40]}")


def test_attendance_list_is_reached_and_downloaded_with_tab_and_enter(site, data):
    event = own_event(data)
    site.sign_in("partner")
    site.open("/")

    _tab_to(site, "Wydarzenia")
    _press(site, Keys.ENTER)
    site.wait_for(lambda d: site.shows_h1("Wydarzenia"), message="Enter on „Wydarzenia” did not open the list")

    _tab_to(site, event.title)
    _press(site, Keys.ENTER)
    site.wait_for(lambda d: site.shows_h1(event.title), message=f"Enter on {event.title!r} did not open it")

    before = site.downloaded()
    _tab_to(site, "Lista obecności (DOCX)")
    _press(site, Keys.ENTER)
    document = site.wait_download(before)
    assert document.suffix == ".docx"
