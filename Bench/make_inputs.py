#!/usr/bin/env python3
"""Generates the benchmark's inputs (Python standard library only, deterministic).

    python3 Bench/make_inputs.py WORKDIR

Writes into WORKDIR:
  templates   A.docx A.odt B.docx B.odt            zitdocs: copies of Bench/templates/, which are the
                                                   project's zaswiadczenie and lista-obecnosci templates
                                                   frozen at commit ac6facd (a benchmark needs a fixed
                                                   workload; Templates/ keeps changing)
              A-docxtpl.docx B-docxtpl.docx        the same documents in docxtpl's Jinja syntax
  data        certificates.json (1000 participants), certificates-100.json, certificates-10.json,
              list-10000.json, list-100000.json (the first 10,000 rows are the same people)
              Dates are given twice: "date" (ISO, for zitdocs' date filter) and "dateText"
              ("5 marca 2026", for docxtpl, which has no Polish date filter), so both tools
              print the same visible text.
"""
import json
import os
import random
import re
import shutil
import sys
import zipfile

FEMALE = ["Łucja", "Żaneta", "Agnieszka", "Małgorzata", "Zofia", "Ewa", "Katarzyna", "Joanna",
          "Anna", "Jadwiga", "Bożena", "Grażyna", "Urszula", "Elżbieta", "Halina", "Kinga",
          "Jolanta", "Dorota", "Świętosława", "Teresa"]
MALE = ["Józef", "Ścibor", "Łukasz", "Paweł", "Grzegorz", "Michał", "Tomasz", "Wojciech",
        "Mieczysław", "Bolesław", "Zdzisław", "Jędrzej", "Przemysław", "Radosław", "Maciej",
        "Krzysztof", "Zbigniew", "Seweryn"]
# (masculine, feminine)
SURNAMES = [("Nowak-Jeleń", "Nowak-Jeleń"), ("Śliwiński", "Śliwińska"), ("Ćwik", "Ćwik"),
            ("O'Neill", "O'Neill"), ("Wiśniewski", "Wiśniewska"), ("Dąbrowski", "Dąbrowska"),
            ("Łęcki", "Łęcka"), ("Żurawski", "Żurawska"), ("Źródłowski", "Źródłowska"),
            ("Szczęsny", "Szczęsna"), ("Król-Ożóg", "Król-Ożóg"), ("Ślęzak", "Ślęzak"),
            ("Gęsicki", "Gęsicka"), ("Bąk", "Bąk"), ("Kowalczyk", "Kowalczyk"),
            ("Wróbel", "Wróbel"), ("Zieliński", "Zielińska"), ("Jabłoński", "Jabłońska"),
            ("Wójcik", "Wójcik"), ("Pietrzyk-Wąs", "Pietrzyk-Wąs"), ("Chmielewski", "Chmielewska"),
            ("Sołtys", "Sołtys"), ("Grzęda", "Grzęda"), ("Kościuszko", "Kościuszko"),
            ("Mączyński", "Mączyńska"), ("Żółkiewski", "Żółkiewska")]
INSTITUTIONS = [
    "Urząd Miasta Kalisza",
    "Urząd Miejski w Ostrowie Wielkopolskim",
    "Stowarzyszenie Aglomeracja Kalisko-Ostrowska",
    "Urząd Gminy Nowe Skalmierzyce",
    "Urząd Miasta Jelenia Góra (Aglomeracja Jeleniogórska)",
    "Gmina Wałbrzych — Miasto na prawach powiatu (Aglomeracja Wałbrzyska)",
    "Urząd Marszałkowski Województwa Dolnośląskiego",
    "Starostwo Powiatowe w Kaliszu",
    "Urząd Miasta Łodzi",
    "Związek ZIT „Miejski Obszar Funkcjonalny Źródła Wisły”",
    "Biuro Projektów Kowalczyk & Synowie sp. z o.o.",   # an ampersand: needs escaping in XML
    "Ministerstwo Funduszy i Polityki Regionalnej",
]
MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
          "września", "października", "listopada", "grudnia"]


def polish_date(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{d} {MONTHS[m - 1]} {y}"


def people(n, seed):
    rng = random.Random(seed)
    out = []
    for i in range(1, n + 1):
        woman = rng.random() < 0.55
        first = rng.choice(FEMALE if woman else MALE)
        last = rng.choice(SURNAMES)[1 if woman else 0]
        out.append({"number": f"ZIT/W1/2026/{i:04d}", "firstName": first, "lastName": last,
                    "isWoman": woman, "institution": rng.choice(INSTITUTIONS)})
    return out


def certificates_data(participants):
    return {
        "event": {
            "title": "Zasady horyzontalne w perspektywie finansowej 2021-2027",
            "series": "Moduł zarządzania strategicznego (Korpus Liderów Samorządowych)",
            "date": "2026-03-05", "dateText": polish_date("2026-03-05"),
            "hours": 8,
            "place": "Kalisz, Centrum Kultury i Sztuki, ul. Łazienna 6",
            "topics": [
                "zasada równości kobiet i mężczyzn",
                "zasada równości szans i niedyskryminacji, w tym dostępności dla osób z niepełnosprawnościami",
                "zasada zrównoważonego rozwoju",
                "zasada „nie czyń poważnych szkód” (DNSH – Do No Significant Harm)",
            ],
        },
        "issue": {"place": "Kalisz", "date": "2026-03-06", "dateText": polish_date("2026-03-06")},
        "signatory": {"name": "Katarzyna Wiśniewska-Kubiak",
                      "role": "Koordynatorka projektu, Stowarzyszenie Aglomeracja Kalisko-Ostrowska"},
        "participants": participants,
    }


def list_data(participants):
    rows = [{k: p[k] for k in ("firstName", "lastName", "institution")} for p in participants]
    return {
        "event": {"title": "Warsztaty: zarządzanie rozwojem miejskich obszarów funkcjonalnych",
                  "date": "2026-04-16", "dateText": polish_date("2026-04-16"),
                  "hours": "10:00–15:30", "place": "Wałbrzych, Zamek Książ"},
        "participants": rows,
    }


def write_json(path, value):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, separators=(",", ":"))


def rewrite_zip(src, dst, edits):
    """Copies the zip src to dst, passing the named entries' text through edits[name]."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename in edits:
                data = edits[info.filename](data.decode("utf-8")).encode("utf-8")
            zout.writestr(info, data, compress_type=info.compress_type)


def must_replace(text, old, new, count=1):
    found = text.count(old)
    if found != count:
        sys.exit(f"make_inputs: expected {count}× {old!r} in the template, found {found}; "
                 "has the template changed?")
    return text.replace(old, new)


def jinja_values(text):
    """Plain value tags {{a.b}} become {{ a.b }}; anything else left in {{…}} is an error."""
    text = re.sub(r"\{\{([A-Za-z_][\w.]*)\}\}", r"{{ \1 }}", text)
    leftover = re.findall(r"\{\{[^ ].*?\}\}", text)
    if leftover:
        sys.exit(f"make_inputs: tags not translated for docxtpl: {leftover}")
    return text


def certificate_for_docxtpl(xml):
    dated = '| date:&quot;d MMMM yyyy&quot;}}'
    xml = must_replace(xml, "{{issue.date " + dated, "{{ issue.dateText }}")
    xml = must_replace(xml, "{{event.date " + dated, "{{ event.dateText }}")
    xml, n = re.subn(r"\{\{#(\w+)\}\}(.*?)\{\{/\1\}\}\{\{\^\1\}\}(.*?)\{\{/\1\}\}",
                     r"{% if \1 %}\2{% else %}\3{% endif %}", xml)
    if n != 2:
        sys.exit(f"make_inputs: expected 2 if/else sections in the certificate, found {n}")
    xml = must_replace(xml, "<w:t>{{#event.topics}}</w:t>", "<w:t>{%p for t in event.topics %}</w:t>")
    xml = must_replace(xml, "<w:t>{{.}}</w:t>", "<w:t>{{ t }}</w:t>")
    xml = must_replace(xml, "<w:t>{{/event.topics}}</w:t>", "<w:t>{%p endfor %}</w:t>")
    return jinja_values(xml)


def list_for_docxtpl(xml):
    dated = '| date:&quot;d MMMM yyyy&quot;}}'
    xml = must_replace(xml, "{{event.date " + dated, "{{ event.dateText }}")
    xml = must_replace(xml, "{{participants.length}}", "{{ participants|length }}")
    rows = [m for m in re.finditer(r"<w:tr>.*?</w:tr>", xml)]
    repeated = [m for m in rows if "{{#participants}}" in m.group(0)]
    if len(repeated) != 1:
        sys.exit("make_inputs: the list template should have one row with {{#participants}}")
    row = repeated[0].group(0)
    cells = ["{{#participants}}{{@number}}.", "{{firstName}} {{lastName}}", "{{institution}}",
             "{{/participants}}"]

    def variant(texts):
        out = row
        for old, new in zip(cells, texts):
            out = must_replace(out, f"<w:t>{old}</w:t>", f"<w:t>{new}</w:t>")
        return out

    loop_start = variant(["{%tr for p in participants %}", "", "", ""])
    body = variant(["{{ loop.index }}.", "{{ p.firstName }} {{ p.lastName }}", "{{ p.institution }}", ""])
    loop_end = variant(["{%tr endfor %}", "", "", ""])
    xml = xml[:repeated[0].start()] + loop_start + body + loop_end + xml[repeated[0].end():]
    return jinja_values(xml)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    work = sys.argv[1]
    templates = os.path.join(os.path.dirname(os.path.abspath(__file__)), "templates")
    os.makedirs(work, exist_ok=True)

    # zitdocs: the project's templates (frozen copies), unchanged.
    for kind in ("docx", "odt"):
        shutil.copyfile(os.path.join(templates, f"zaswiadczenie.{kind}"), os.path.join(work, f"A.{kind}"))
        shutil.copyfile(os.path.join(templates, f"lista-obecnosci.{kind}"), os.path.join(work, f"B.{kind}"))

    # docxtpl: the same documents, tags rewritten textually into Jinja.
    # LibreOffice names the core-properties relationship .../officedocument/2006/relationships/
    # metadata/core-properties, which python-docx does not recognise: it then adds a second
    # docProps/core.xml to every document it saves (a zip with a duplicate entry). The peer's
    # copies get the standard OPC name, so docxtpl is measured writing valid documents.
    rels = lambda text: must_replace(
        text, "http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/core-properties",
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties")
    rewrite_zip(os.path.join(templates, "zaswiadczenie.docx"), os.path.join(work, "A-docxtpl.docx"), {
        "word/document.xml": certificate_for_docxtpl,
        "docProps/core.xml": jinja_values,
        "_rels/.rels": rels,
    })
    rewrite_zip(os.path.join(templates, "lista-obecnosci.docx"), os.path.join(work, "B-docxtpl.docx"), {
        "word/document.xml": list_for_docxtpl,
        "docProps/core.xml": jinja_values,
        "_rels/.rels": rels,
    })

    all_people = people(100_000, seed=2026)
    certs = all_people[:1000]
    write_json(os.path.join(work, "certificates.json"), certificates_data(certs))
    write_json(os.path.join(work, "certificates-100.json"), certificates_data(certs[:100]))
    write_json(os.path.join(work, "certificates-10.json"), certificates_data(certs[:10]))
    write_json(os.path.join(work, "list-10000.json"), list_data(all_people[:10_000]))
    write_json(os.path.join(work, "list-100000.json"), list_data(all_people))
    print(f"inputs written to {work}")


if __name__ == "__main__":
    main()
