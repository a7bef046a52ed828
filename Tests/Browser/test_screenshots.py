"""Every screen at 1280 px (a desk) and 390 px (a phone) into .build/screenshots/, for a person
to look at; the test only checks the page fits the phone's width."""

from pathlib import Path

from screens import SCREENS

FOLDER = Path(__file__).resolve().parents[2] / ".build" / "screenshots"
WIDTHS = (1280, 390)


def _full_page(site, width: int, path: Path) -> int:
    """Saves the whole page at this width; returns how far it is wider than that."""
    driver = site.driver
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
    height = driver.execute_script("return document.documentElement.scrollHeight")
    overflow = driver.execute_script("return document.documentElement.scrollWidth") - width
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": min(max(height, 600), 10000), "deviceScaleFactor": 1,
                            "mobile": width < 600})
    driver.save_screenshot(str(path))
    return overflow


def test_every_screen_is_photographed_at_desk_and_phone_width(site, data, context):
    FOLDER.mkdir(parents=True, exist_ok=True)
    too_wide = []
    try:
        for screen in SCREENS:
            screen.visit(site, data, context)
            for width in WIDTHS:
                overflow = _full_page(site, width, FOLDER / f"{screen.name}-{width}.png")
                if overflow > 0:
                    too_wide.append(f"{screen.name} at {width} px: {overflow} px wider")
    finally:
        site.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    print(f"\nscreenshots: {FOLDER}")
    assert not too_wide, "pages scroll sideways: " + "; ".join(too_wide)
