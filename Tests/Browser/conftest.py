"""The harness: a copy of the sample project with one account per role, `zitdocs serve` on a free
port, and one headless Chromium that downloads into the run's folder.

Nothing here skips: a missing binary, a server that does not answer or a browser that cannot
start fails the test with the reason."""

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

import project_data
from site_driver import Site

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "Hasło-do-testów-2026"


def pytest_report_header(config) -> list:
    """The versions a run used, at the top of its output."""
    import axe_playwright_python
    import selenium

    axe = Path(axe_playwright_python.__file__).with_name("axe.min.js")
    axe_version = axe.read_text(encoding="utf-8")[:200].split("axe v", 1)[-1].split()[0] if axe.exists() else "missing"
    browser = shutil.which("chromium") or "chromium missing"
    try:
        browser = subprocess.run([browser, "--version"], capture_output=True, text=True, timeout=30).stdout.strip()
    except OSError:
        pass
    return [f"axe-core {axe_version}, selenium {selenium.__version__}, {browser}, zitdocs {_binary_path()}"]


def _binary_path() -> Path:
    return Path(os.environ.get("ZITDOCS_BIN", REPO / ".build" / "debug" / "zitdocs"))


def _zitdocs() -> Path:
    binary = _binary_path()
    if not os.access(binary, os.X_OK):
        pytest.fail(f"no zitdocs binary at {binary} (build it: swift build --product zitdocs)")
    return binary


def _run(args: list, stdin: str = "") -> str:
    done = subprocess.run(args, input=stdin, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        pytest.fail(f"{' '.join(map(str, args))} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def zitdocs() -> Path:
    return _zitdocs()


@pytest.fixture(scope="session")
def workspace(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("zitdocs-browser")
    shutil.copytree(REPO / "Examples" / "projekt", root / "projekt")
    (root / "pobrane").mkdir()
    return root


@pytest.fixture(scope="session")
def data(workspace) -> project_data.ProjectData:
    return project_data.load(workspace / "projekt")


@pytest.fixture(scope="session")
def accounts(zitdocs, workspace, data) -> dict:
    """role → login. The partners are the first two beneficiaries with the role partner in
    projekt.yaml (Wałbrzych, then Jelenia Góra)."""
    project = str(workspace / "projekt")
    first, second = data.partner_ids[:2]
    logins = {
        "office": ("biuro", ["--role", "office"]),
        "partner": (f"partner-{first.lower()}", ["--role", "partner", "--beneficiary", first]),
        "other_partner": (f"partner-{second.lower()}", ["--role", "partner", "--beneficiary", second]),
        "authority": ("ip", ["--role", "authority"]),
    }
    for login, options in logins.values():
        _run([zitdocs, "user", "add", login, *options, "--project", project], stdin=PASSWORD + "\n")
    return {role: login for role, (login, _) in logins.items()}


@pytest.fixture(scope="session")
def issued_number(zitdocs, workspace, data, accounts) -> str:
    """A certificate number in the register before the server starts, for the verification page:
    the other partner's first event, issued from the command line."""
    event = data.events_of(data.partner_ids[1])[0]
    project = str(workspace / "projekt")
    _run([zitdocs, "generate", "certificates", "--project", project, "--event", event.id,
          "--output", str(workspace / "wydane")])
    listing = _run([zitdocs, "register", "list", "--project", project])
    numbers = [line.split("\t")[0].strip() for line in listing.splitlines() if "/" in line.split("\t")[0]]
    if not numbers:
        pytest.fail(f"zitdocs register list shows no number after issuing {event.id}:\n{listing}")
    return numbers[0]


@pytest.fixture(scope="session")
def server(zitdocs, workspace, accounts, issued_number):
    port = _free_port()
    log = open(workspace / "serwer.log", "w")
    process = subprocess.Popen(
        [zitdocs, "serve", "--project", str(workspace / "projekt"), "--host", "127.0.0.1",
         "--port", str(port), "--data-dir", str(workspace / "serwer")],
        stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        if process.poll() is not None:
            log.flush()
            pytest.fail(f"zitdocs serve exited ({process.returncode}):\n"
                        + (workspace / "serwer.log").read_text()[-3000:])
        try:
            with urllib.request.urlopen(base + "/health", timeout=2) as answer:
                if answer.status == 200:
                    break
        except (urllib.error.URLError, OSError):
            pass
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail("zitdocs serve did not answer /health within 60 s")
        time.sleep(0.2)
    yield base
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        pytest.fail("zitdocs serve did not stop within 15 s of SIGTERM")
    finally:
        log.close()


@pytest.fixture(scope="session")
def chromium(workspace):
    """One headless Chromium for the whole run (starting one costs seconds)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,900", "--lang=pl-PL", "--no-first-run"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(workspace / "pobrane"),
        "download.prompt_for_download": False,
        "download.directory_upgrade": True,
        "safebrowsing.enabled": True,
    })
    driver_path = os.environ.get("CHROMEDRIVER", shutil.which("chromedriver") or "/usr/bin/chromedriver")
    try:
        driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    except Exception as error:  # noqa: BLE001 - any reason the browser cannot start is a failure
        pytest.fail(f"headless Chromium did not start ({options.binary_location}, {driver_path}): {error}")
    driver.set_script_timeout(60)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture
def site(chromium, server, accounts, workspace) -> Site:
    """The browser, signed out, with an empty download folder."""
    downloads = workspace / "pobrane"
    for old in downloads.iterdir():
        old.unlink()
    chromium.delete_all_cookies()
    chromium.set_window_size(1280, 900)
    return Site(chromium, server, accounts, PASSWORD, downloads)


@pytest.fixture(scope="session")
def context(workspace, issued_number) -> dict:
    """What the screens need beyond the project's data."""
    return {"project": workspace / "projekt", "number": issued_number,
            "broken": _participants_with_mistakes(workspace)}


def _participants_with_mistakes(workspace: Path) -> Path:
    """The sample participants' sheet with a mistake in its third row: sex "X" (column D)."""
    import openpyxl

    book = openpyxl.load_workbook(workspace / "projekt" / "uczestnicy.xlsx")
    sheet = book.worksheets[0]
    header = [str(cell.value).strip().lower() for cell in sheet[1]]
    sheet.cell(row=3, column=header.index("płeć") + 1, value="X")
    path = workspace / "uczestnicy-z-bledami.xlsx"
    book.save(path)
    return path
