"""axe-core on every screen, as the role that sees it: no violation of WCAG 2.0/2.1 A and AA."""

from pathlib import Path

import pytest

import axe_playwright_python
from screens import SCREENS

AXE = Path(axe_playwright_python.__file__).with_name("axe.min.js")
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
  .then(result => done({version: axe.version, violations: result.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.map(n => n.target.join(' ') + '  ' + n.failureSummary.replace(/\\s+/g, ' '))}))}))
  .catch(error => done({error: String(error)}));
"""


@pytest.fixture(scope="session")
def axe_source() -> str:
    source = AXE.read_text(encoding="utf-8")
    version = source[:200].split("axe v", 1)[-1].split()[0]
    print(f"\naxe-core {version} from {AXE}")
    assert version.startswith("4."), f"axe-core {version} is not 4.x"
    return source


@pytest.mark.parametrize("screen", SCREENS, ids=[s.name for s in SCREENS])
def test_screen_has_no_wcag_21_aa_violations(site, data, context, axe_source, screen):
    screen.visit(site, data, context)

    site.driver.execute_script(axe_source)
    result = site.driver.execute_async_script(RUN_AXE, TAGS)

    assert "error" not in result, result.get("error")
    report = [f"{v['id']} ({v['impact']}): {v['help']}\n    " + "\n    ".join(v["targets"])
              for v in result["violations"]]
    assert not report, f"{screen.name} ({site.path}), axe {result['version']}:\n" + "\n".join(report)
