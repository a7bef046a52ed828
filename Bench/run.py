#!/usr/bin/env python3
"""make bench: zitdocs and docxtpl doing the same work side by side (see Bench/README.md).

    python3 Bench/run.py --zitdocs PATH/TO/zitdocs [--quick]

Python 3 standard library only; docxtpl runs in its own venv (.bench/venv), created here.
Prints the results table and writes it to .bench/results.txt. Exits non-zero when an output
document is invalid or a run fails.
"""
import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
import xml.etree.ElementTree as ET

BENCH = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH)
STATE = os.path.join(REPO, ".bench")
VENV = os.path.join(STATE, "venv")
VENV_PY = os.path.join(VENV, "bin", "python")
PEER_PACKAGES = ["docxtpl==0.20.2", "docxcompose==2.2.0"]
GNU_TIME = "/usr/bin/time"

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE_NS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


class BenchFailure(Exception):
    pass


def say(message=""):
    print(message, flush=True)


# ---------------------------------------------------------------- running and measuring

class Run:
    def __init__(self, wall, cpu, rss_mb, stderr):
        self.wall, self.cpu, self.rss_mb, self.stderr = wall, cpu, rss_mb, stderr


def measure(cmd, cwd, label):
    """Runs cmd once: wall time (perf_counter around the process), CPU time and peak RSS."""
    use_time = os.access(GNU_TIME, os.X_OK)
    with tempfile.NamedTemporaryFile("r", suffix=".time", delete=False) as tf:
        time_file = tf.name
    full = [GNU_TIME, "-f", "%M", "-o", time_file] + cmd if use_time else cmd
    # CPU time from the children's rusage, to the microsecond: GNU time prints it to the hundredth
    # of a second, too coarse for a run of 20 ms. It includes GNU time's own fraction of a millisecond.
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(full, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    stderr = proc.stderr.decode("utf-8", "replace")
    if proc.returncode != 0:
        raise BenchFailure(f"{label}: exit status {proc.returncode}\n  command: {' '.join(cmd)}\n"
                           f"  stderr: {stderr.strip()[-2000:]}")
    if use_time:
        with open(time_file) as f:
            fields = f.read().strip().splitlines()[-1].split()
        rss_mb = int(fields[0]) / 1024
    else:
        # Fallback: ru_maxrss is the largest child so far, not necessarily this one.
        rss_mb = after.ru_maxrss / 1024
    os.unlink(time_file)
    return Run(wall, cpu, rss_mb, stderr)


def measure_median(cmd, cwd, label, repeats, clean):
    runs = []
    for _ in range(repeats):
        clean()
        runs.append(measure(cmd, cwd, label))
    runs.sort(key=lambda r: r.wall)
    return runs[len(runs) // 2]


def remove(path):
    if os.path.isdir(path):
        shutil.rmtree(path)
    elif os.path.exists(path):
        os.remove(path)


# ---------------------------------------------------------------- the peer's installation

def ensure_peer():
    """Returns None when docxtpl is usable, else the reason it is not."""
    probe = [VENV_PY, "-c", "import docxtpl, docxcompose"]
    if os.path.exists(VENV_PY) and subprocess.run(probe, capture_output=True).returncode == 0:
        return None
    say(f"Installing the peer into .bench/venv: {' '.join(PEER_PACKAGES)}")
    log = os.path.join(STATE, "pip.log")
    with open(log, "w") as out:
        if not os.path.exists(VENV_PY):
            if subprocess.run([sys.executable, "-m", "venv", VENV], stdout=out, stderr=out).returncode != 0:
                return f"python3 -m venv failed (see {log}; on Debian: apt-get install python3-venv)"
        pip = [VENV_PY, "-m", "pip", "install", "--disable-pip-version-check", "-q"] + PEER_PACKAGES
        if subprocess.run(pip, stdout=out, stderr=out).returncode != 0:
            return f"pip install {' '.join(PEER_PACKAGES)} failed (see {log})"
    if subprocess.run(probe, capture_output=True).returncode != 0:
        return "docxtpl installed but cannot be imported"
    return None


# ---------------------------------------------------------------- reading documents back

def read_entry(path, name):
    try:
        with zipfile.ZipFile(path) as z:
            bad = z.testzip()
            if bad:
                raise BenchFailure(f"{path}: corrupt zip entry {bad}")
            names = [i.filename for i in z.infolist()]
            duplicates = {n for n in names if names.count(n) > 1}
            if duplicates:
                raise BenchFailure(f"{path}: duplicate zip entries {sorted(duplicates)}")
            return z.read(name), names
    except zipfile.BadZipFile as e:
        raise BenchFailure(f"{path}: not a zip file ({e})")


def docx_root(path):
    data, _ = read_entry(path, "word/document.xml")
    try:
        return ET.fromstring(data)
    except ET.ParseError as e:
        raise BenchFailure(f"{path}: word/document.xml is not well-formed XML ({e})")


def odt_root(path):
    data, names = read_entry(path, "content.xml")
    if names[0] != "mimetype":
        raise BenchFailure(f"{path}: the first entry is {names[0]}, not mimetype")
    try:
        return ET.fromstring(data)
    except ET.ParseError as e:
        raise BenchFailure(f"{path}: content.xml is not well-formed XML ({e})")


def docx_paragraph_text(p):
    parts = []
    for el in p.iter():
        if el.tag == W + "t":
            parts.append(el.text or "")
        elif el.tag == W + "tab":
            parts.append("\t")
        elif el.tag in (W + "br", W + "cr"):
            parts.append("\n")
    return "".join(parts)


def odt_paragraph_text(p):
    parts = []

    def walk(el):
        if el.text:
            parts.append(el.text)
        for child in el:
            if child.tag == TEXT_NS + "s":
                parts.append(" " * int(child.get(TEXT_NS + "c", "1")))
            elif child.tag == TEXT_NS + "tab":
                parts.append("\t")
            elif child.tag == TEXT_NS + "line-break":
                parts.append("\n")
            else:
                walk(child)
            if child.tail:
                parts.append(child.tail)
    walk(p)
    return "".join(parts)


def paragraphs(path, kind):
    if kind == "docx":
        return [docx_paragraph_text(p) for p in docx_root(path).iter(W + "p")]
    root = odt_root(path)
    return [odt_paragraph_text(p) for p in root.iter() if p.tag in (TEXT_NS + "p", TEXT_NS + "h")]


def table_rows(path, kind):
    """The text of each table row, cells joined by ' | '."""
    if kind == "docx":
        root = docx_root(path)
        return [" | ".join("\n".join(docx_paragraph_text(p) for p in tc.iter(W + "p"))
                           for tc in tr.iter(W + "tc")) for tr in root.iter(W + "tr")]
    root = odt_root(path)
    return [" | ".join("\n".join(odt_paragraph_text(p) for p in tc.iter(TEXT_NS + "p"))
                       for tc in tr.iter(TABLE_NS + "table-cell"))
            for tr in root.iter(TABLE_NS + "table-row")]


# ---------------------------------------------------------------- what a correct output holds

def certificate_lines(data, person):
    """Paragraph texts a certificate for person must contain."""
    e, i = data["event"], data["issue"]
    return [
        f"{i['place']}, {i['dateText']} r.",
        f"Nr {person['number']}",
        f"{'Pani' if person['isWoman'] else 'Pan'} {person['firstName']} {person['lastName']}",
        person["institution"],
        f"{'wzięła' if person['isWoman'] else 'wziął'} udział w wydarzeniu",
        f"„{e['title']}”",
        f"Termin: {e['dateText']} r. · Wymiar: {e['hours']} godz. dydaktycznych",
        *e["topics"],
        data["signatory"]["name"],
    ]


def check_certificate(path, kind, data, person, soft=None):
    """Raises on an invalid certificate; a wrong document title goes into soft when given."""
    texts = paragraphs(path, kind)
    missing = [line for line in certificate_lines(data, person) if line not in texts]
    if missing:
        raise BenchFailure(f"{path}: missing {missing!r}")
    leftover = [t for t in texts if "{{" in t or "{%" in t]
    if leftover:
        raise BenchFailure(f"{path}: tags left in the output: {leftover[:3]!r}")
    meta = read_entry(path, "docProps/core.xml" if kind == "docx" else "meta.xml")[0].decode("utf-8")
    title = re.search(r"<dc:title>(.*?)</dc:title>", meta, re.S)
    want = f"Zaświadczenie o udziale — {person['firstName']} {person['lastName']}"
    if not title or title.group(1).replace("&apos;", "'").replace("&#39;", "'") != want:
        problem = f"{os.path.basename(path)}: document title {title.group(1) if title else None!r}, expected {want!r}"
        if soft is None:
            raise BenchFailure(f"{path}: {problem}")
        soft.append(problem)
    return texts


def check_batch(outdir, kind, data, count, soft=None):
    people = data["participants"][:count]
    files = sorted(os.listdir(outdir))
    if len(files) != count:
        raise BenchFailure(f"{outdir}: {len(files)} files, expected {count}")
    for n, person in enumerate(people, start=1):
        check_certificate(os.path.join(outdir, f"A-{n}.{kind}"), kind, data, person, soft)
    return f"{count} files, every one opened and its text and title checked"


def check_list(path, kind, data, count):
    rows = table_rows(path, kind)
    if len(rows) != count + 1:
        raise BenchFailure(f"{path}: {len(rows)} table rows, expected {count + 1} (header + {count})")
    people = data["participants"][:count]
    for n, (row, p) in enumerate(zip(rows[1:], people), start=1):
        want = f"{n}. | {p['firstName']} {p['lastName']} | {p['institution']} | "
        if row != want:
            raise BenchFailure(f"{path}: row {n} is {row!r}, expected {want!r}")
    texts = paragraphs(path, kind)
    if f"Liczba uczestników: {count}" not in texts:
        raise BenchFailure(f"{path}: no 'Liczba uczestników: {count}'")
    return f"{count} rows + header, every row's text checked"


def check_merged(path, kind, data, count):
    texts = paragraphs(path, kind)
    people = data["participants"][:count]
    numbers = [t[3:] for t in texts if t.startswith("Nr ZIT/")]
    if numbers != [p["number"] for p in people]:
        raise BenchFailure(f"{path}: {len(numbers)} certificate numbers, expected {count} in order")
    names = {f"{'Pani' if p['isWoman'] else 'Pan'} {p['firstName']} {p['lastName']}" for p in people}
    missing = names - set(texts)
    if missing:
        raise BenchFailure(f"{path}: names missing: {sorted(missing)[:3]}")
    headings = texts.count("Zaświadczenie o udziale")
    if headings != count:
        raise BenchFailure(f"{path}: {headings} certificate headings, expected {count}")
    breaks = page_breaks(path, kind)
    if breaks < count - 1:
        raise BenchFailure(f"{path}: {breaks} page breaks, expected at least {count - 1}")
    return f"{count} certificates in order, {breaks} page/section breaks"


def page_breaks(path, kind):
    if kind == "docx":
        root = docx_root(path)
        brs = sum(1 for br in root.iter(W + "br") if br.get(W + "type") == "page")
        sections = sum(1 for _ in root.iter(W + "sectPr")) - 1
        before = sum(1 for _ in root.iter(W + "pageBreakBefore"))
        return brs + sections + before
    xml = read_entry(path, "content.xml")[0].decode("utf-8")
    styles = set(re.findall(r'<style:style style:name="([^"]+)"[^>]*>(?:(?!</style:style>).)*'
                            r'fo:break-before="page"', xml, re.S))
    return sum(xml.count(f'text:style-name="{s}"') for s in styles)


# ---------------------------------------------------------------- valgrind

def callgrind_instructions(zitdocs, work, data, kind):
    """Instructions per certificate: (I(100) − I(10)) / 90, start-up excluded."""
    stripped = os.path.join(work, "zitdocs-stripped")
    shutil.copyfile(zitdocs, stripped)
    os.chmod(stripped, 0o755)
    # valgrind 3.19 cannot read Swift 6.3's debug info ("Possibly corrupted debuginfo file").
    subprocess.run(["strip", "-g", stripped], check=True)
    totals = {}
    for n in (10, 100):
        out = os.path.join(work, f"vg-{kind}-{n}")
        remove(out)
        cg = os.path.join(work, f"callgrind-{kind}-{n}.out")
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={cg}", stripped, "render",
               f"A.{kind}", "--data", f"certificates-{n}.json", "--each", "participants", "--output", out]
        proc = subprocess.run(cmd, cwd=work, capture_output=True)
        if proc.returncode != 0:
            raise BenchFailure("valgrind: " + proc.stderr.decode("utf-8", "replace")[-1500:])
        check_batch(out, kind, data, n)
        with open(cg) as f:
            total = None
            for line in f:
                if line.startswith(("summary:", "totals:")):
                    total = int(line.split()[1])
        if total is None:
            raise BenchFailure(f"valgrind: no totals in {cg}")
        totals[n] = total
    return (totals[100] - totals[10]) / 90, totals


# ---------------------------------------------------------------- formatting

def rate(count, seconds):
    r = count / seconds
    return f"{r:,.0f}" if r >= 100 else f"{r:.1f}" if r >= 10 else f"{r:.2f}"


def cell(count, unit, run):
    return f"{rate(count, run.wall)} {unit}/s · {run.wall:.2f} s · {run.rss_mb:.0f} MB"


def ratio(a, b):
    return f"{a / b:,.1f}×" if b else "–"


# ---------------------------------------------------------------- the tasks

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--zitdocs", required=True)
    ap.add_argument("--repeats", type=int, default=7, help="zitdocs runs per task (median kept)")
    ap.add_argument("--full", action="store_true", help="run docxtpl on the 100,000-row list however long it takes")
    ap.add_argument("--zitdocs-only", action="store_true", help="leave docxtpl out: zitdocs' own figures, in about a minute")
    ap.add_argument("--work", help="the folder for inputs and outputs (default: /dev/shm/zitdocs-bench, else .bench/work)")
    args = ap.parse_args()
    zitdocs = os.path.abspath(args.zitdocs)
    if not os.access(zitdocs, os.X_OK):
        sys.exit(f"bench: no zitdocs at {zitdocs}")
    os.makedirs(STATE, exist_ok=True)
    began = time.perf_counter()
    load_before = os.getloadavg()[0]

    if args.work:
        work = os.path.abspath(args.work)
    elif os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK):
        work = "/dev/shm/zitdocs-bench"
    else:
        work = os.path.join(STATE, "work")
    remove(work)
    os.makedirs(work)

    peer_problem = None if args.zitdocs_only else ensure_peer()
    if peer_problem:
        say(f"The peer could not be installed: {peer_problem}. Running zitdocs alone.")
    peer = peer_problem is None and not args.zitdocs_only
    peer_script = os.path.join(BENCH, "peer_docxtpl.py")

    subprocess.run([sys.executable, os.path.join(BENCH, "make_inputs.py"), work], check=True)
    load = lambda name: json.load(open(os.path.join(work, name), encoding="utf-8"))
    certs = load("certificates.json")
    list10k = load("list-10000.json")
    list100k = load("list-100000.json")

    rows = []          # (task, zitdocs, peer, ratio)
    checks = []        # validity lines
    notes = []         # surprises and remarks
    reps = args.repeats

    def z(label, cmd, out, repeats=reps):
        say(f"  zitdocs  {label}")
        run = measure_median([zitdocs] + cmd, work, f"zitdocs {label}", repeats, lambda: remove(os.path.join(work, out)))
        if run.stderr.strip():
            notes.append(f"zitdocs {label} wrote to stderr: {run.stderr.strip()[:300]}")
        return run

    def p(label, cmd, out):
        say(f"  docxtpl  {label}")
        remove(os.path.join(work, out))
        run = measure([VENV_PY, peer_script] + cmd, work, f"docxtpl {label}")
        return run

    for kind in ("docx", "odt"):
        suffix = "" if kind == "docx" else "-odt"
        with_peer = peer and kind == "docx"
        say(f"Task A{suffix}: 1000 certificates")
        za = z(f"A{suffix}", ["render", f"A.{kind}", "--data", "certificates.json", "--each", "participants",
                              "--output", f"zA-{kind}"], f"zA-{kind}")
        checks.append(f"A{suffix} zitdocs: " + check_batch(os.path.join(work, f"zA-{kind}"), kind, certs, 1000))
        pa = None
        if with_peer:
            pa = p("A", ["a", "A-docxtpl.docx", "certificates.json", "pA"], "pA")
            bad_titles = []
            checks.append("A docxtpl: " + check_batch(os.path.join(work, "pA"), kind, certs, 1000, bad_titles))
            if bad_titles:
                checks.append(f"A docxtpl: {len(bad_titles)} of 1000 document titles wrong, e.g. {bad_titles[0]}")
            zt = paragraphs(os.path.join(work, f"zA-{kind}", "A-1000.docx"), kind)
            pt = paragraphs(os.path.join(work, "pA", "A-1000.docx"), kind)
            checks.append("A certificate 1000: zitdocs and docxtpl text " +
                          ("identical, paragraph by paragraph" if zt == pt else "DIFFERS"))
            if zt != pt:
                notes.append(f"A: zitdocs/docxtpl paragraphs differ: {[x for x in zip(zt, pt) if x[0] != x[1]][:3]}")
        rows.append((f"A{suffix}  1000 certificates (.{kind})", cell(1000, "docs", za),
                     cell(1000, "docs", pa) if pa else "–", ratio(pa.wall, za.wall) if pa else ""))
        rows.append((f"A{suffix}  CPU time per certificate (user+sys)", f"{za.cpu / 1000 * 1e3:.2f} ms",
                     f"{pa.cpu / 1000 * 1e3:.2f} ms" if pa else "–", ratio(pa.cpu, za.cpu) if pa else ""))
        if shutil.which("valgrind") and shutil.which("strip"):
            say(f"  zitdocs  A{suffix} under callgrind (100 and 10 certificates)")
            per_doc, totals = callgrind_instructions(zitdocs, work, certs, kind)
            rows.append((f"A{suffix}  instructions per certificate", f"{per_doc / 1e6:.2f} M", "–", ""))
            notes.append(f"callgrind A{suffix}: {totals[10]:,} instructions for 10, {totals[100]:,} for 100")
        elif kind == "docx":
            rows.append(("A  instructions per certificate", "(no valgrind)", "", ""))

        say(f"Task B{suffix}: attendance list")
        zb = z(f"B{suffix} 10k", ["render", f"B.{kind}", "--data", "list-10000.json", "--output", f"zB10k.{kind}"], f"zB10k.{kind}")
        checks.append(f"B{suffix} 10k zitdocs: " + check_list(os.path.join(work, f"zB10k.{kind}"), kind, list10k, 10_000))
        pb = None
        if with_peer:
            pb = p("B 10k", ["b", "B-docxtpl.docx", "list-10000.json", "pB10k.docx"], "pB10k.docx")
            checks.append("B 10k docxtpl: " + check_list(os.path.join(work, "pB10k.docx"), kind, list10k, 10_000))
        rows.append((f"B{suffix}  10,000-row list (.{kind})", cell(10_000, "rows", zb),
                     cell(10_000, "rows", pb) if pb else "–", ratio(pb.wall, zb.wall) if pb else ""))
        zb100 = z(f"B{suffix} 100k", ["render", f"B.{kind}", "--data", "list-100000.json", "--output", f"zB100k.{kind}"],
                  f"zB100k.{kind}", repeats=1)
        checks.append(f"B{suffix} 100k zitdocs: " + check_list(os.path.join(work, f"zB100k.{kind}"), kind, list100k, 100_000))
        pb100 = None
        if with_peer:
            # docxtpl's time per row grows with the document (its 100k run took 16–21× its 10k
            # time on the 2-core test machine), so 10 × 2 × its 10k time estimates the 100k run.
            estimate = pb.wall * 10 * 2
            if estimate < 60 or args.full:
                pb100 = p("B 100k", ["b", "B-docxtpl.docx", "list-100000.json", "pB100k.docx"], "pB100k.docx")
                checks.append("B 100k docxtpl: " + check_list(os.path.join(work, "pB100k.docx"), kind, list100k, 100_000))
            else:
                notes.append(f"B 100k docxtpl skipped: estimated {estimate:.0f} s (10 × 2 × its 10k time) > 60 s; "
                             "run with --full (make bench BENCH_ARGS=--full) to include it")
        rows.append((f"B{suffix}  100,000-row list (.{kind})", cell(100_000, "rows", zb100),
                     cell(100_000, "rows", pb100) if pb100 else "–", ratio(pb100.wall, zb100.wall) if pb100 else ""))
        linearity = lambda big, small: (f"wall {big.wall / small.wall:.1f}×, CPU {big.cpu / small.cpu:.1f}×, "
                                        f"memory {big.rss_mb / small.rss_mb:.1f}×")
        rows.append((f"B{suffix}  linearity: 100k / 10k", linearity(zb100, zb),
                     linearity(pb100, pb) if pb100 else "–", "ideal 10×"))

        say(f"Task C{suffix}: 1000 certificates merged")
        zc = z(f"C{suffix}", ["render", f"A.{kind}", "--data", "certificates.json", "--each", "participants", "--merge",
                              "--output", f"zC.{kind}"], f"zC.{kind}")
        checks.append(f"C{suffix} zitdocs: " + check_merged(os.path.join(work, f"zC.{kind}"), kind, certs, 1000))
        pc = None
        if with_peer:
            pc = p("C (100)", ["c", "A-docxtpl.docx", "certificates.json", "pC100.docx", "100"], "pC100.docx")
            checks.append("C docxtpl (100): " + check_merged(os.path.join(work, "pC100.docx"), kind, certs, 100))
        rows.append((f"C{suffix}  1000 merged certificates (.{kind})", cell(1000, "pages", zc),
                     (cell(100, "pages", pc) + " (100 only)") if pc else "–",
                     ratio(1000 / zc.wall, 100 / pc.wall) if pc else ""))

    # ------------------------------------------------------------ D: the sample project as PDF/A
    # Every certificate of the sample project (515) as tagged PDF/A-2b, start to last file, on a
    # fresh copy of the project (no register, so every number is issued in the run); then the
    # same as .odt, the difference being what LibreOffice costs. Needs LibreOffice and python3-uno.
    if shutil.which("soffice"):
        say("Task D: the sample project's certificates as tagged PDF/A")
        timings = {}
        for fmt in ("odt", "pdf"):
            project = os.path.join(work, f"zD-project-{fmt}")
            remove(project)
            shutil.copytree(os.path.join(REPO, "Examples", "projekt"), project)
            remove(os.path.join(project, "rejestr-zaswiadczen.sqlite"))
            out = os.path.join(work, f"zD-{fmt}")
            remove(out)
            say(f"  zitdocs  D .{fmt}")
            timings[fmt] = measure([zitdocs, "generate", "certificates", "--project", project, "--format", fmt,
                                    "--output", out], work, f"zitdocs D {fmt}")
        folder = os.path.join(work, "zD-pdf", "certificates")
        pdfs = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".pdf"))
        odts = [f for f in os.listdir(os.path.join(work, "zD-odt", "certificates")) if f.endswith(".odt")]
        if len(pdfs) != len(odts) or not pdfs:
            raise BenchFailure(f"D: {len(pdfs)} PDFs for {len(odts)} certificates")
        check = subprocess.run([zitdocs, "pdfcheck"] + pdfs, cwd=work, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if check.returncode != 0:
            failing = check.stdout.decode("utf-8", "replace").split("BRAK")[1][:300] if b"BRAK" in check.stdout else ""
            raise BenchFailure(f"D: zitdocs pdfcheck found a PDF not archivable: {failing}"
                               f"{check.stderr.decode('utf-8', 'replace')[:300]}")
        checks.append(f"D zitdocs: {len(pdfs)} PDFs, every one passes zitdocs pdfcheck (tagged, PDF/A-2b, pl-PL, "
                      "fonts embedded, own title)")
        pdf, odt = timings["pdf"], timings["odt"]
        count = len(pdfs)
        rows.append((f"D  {count} certificates as tagged PDF/A (sample project)", cell(count, "docs", pdf), "–", ""))
        rows.append(("D  LibreOffice's share per certificate",
                     f"{(pdf.wall - odt.wall) / count * 1e3:.1f} ms wall, "
                     f"{(pdf.cpu - odt.cpu) / count * 1e3:.1f} ms CPU", "–", ""))
    else:
        notes.append("D (certificates as PDF) left out: LibreOffice is not installed")

    # ------------------------------------------------------------ the table
    header = ("task", "zitdocs", "docxtpl 0.20.2" if peer else "docxtpl (left out)" if args.zitdocs_only
              else "docxtpl (not installed)", "zitdocs faster")
    widths = [max(len(r[i]) for r in rows + [header]) for i in range(4)]
    line = lambda r: "  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip()
    head = os.popen("git -C '%s' rev-parse --short HEAD 2>/dev/null" % REPO).read().strip() or "?"
    dirty = " (uncommitted changes)" if os.popen(f"git -C '{REPO}' status --porcelain -- Sources 2>/dev/null").read().strip() else ""
    cpu_model = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?") \
        if os.path.exists("/proc/cpuinfo") else "?"
    out = [
        f"zitdocs bench — {time.strftime('%Y-%m-%d %H:%M')} — commit {head}{dirty}",
        f"machine: {os.cpu_count()} cores, {cpu_model}; load average {load_before:.2f} at the start, {os.getloadavg()[0]:.2f} at the end; work folder {work}",
        f"cells: throughput · wall time of the whole process · peak RSS. zitdocs: "
        + (f"median of {reps} runs (100k lists: 1 run)" if reps > 1 else "1 run")
        + "; docxtpl: 1 run, one process, one core. CPU time = user + sys.",
        "",
        line(header),
        line(tuple("-" * w for w in widths)),
        *[line(r) for r in rows],
        "",
        "Notes:",
        *(["  C docxtpl: 100 certificates only (docxcompose appends one by one; the cost grows with the document)."]
          if peer else []),
        "  ODT: no peer (docxtpl writes .docx only).",
        *(["  The peer could not be installed: " + peer_problem] if peer_problem else []),
        *["  " + n for n in notes],
        "",
        "Outputs checked (zip opened, XML parsed, visible text compared with the data):",
        *["  " + c for c in checks],
        "",
        f"bench took {time.perf_counter() - began:.0f} s",
    ]
    text = "\n".join(out)
    say()
    say(text)
    with open(os.path.join(STATE, "results.txt"), "w", encoding="utf-8") as f:
        f.write(text + "\n")


if __name__ == "__main__":
    try:
        main()
    except BenchFailure as failure:
        print(f"\nBENCH FAILED — invalid output or failed run:\n{failure}", file=sys.stderr)
        sys.exit(1)
