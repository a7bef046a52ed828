#!/usr/bin/env python3
"""visible-text.py DOCUMENT [EXPECTED.txt] — the text a person sees in a .docx or .odt, in the
format of the NAME.expected.txt files (see ../README.md):

    body paragraphs and table-cell paragraphs in reading order, one line each
    --- header        (header paragraphs)      --- footer     (footer paragraphs)
    --- footnotes     (footnote paragraphs)    --- textboxes  (text box / text frame paragraphs)
    --- title         (the document title property)

Lines are stripped of surrounding white space and empty lines are left out; a section without
text is left out. Footnote marks, list labels and pictures are not text; a field shows its
cached result (PAGE -> 1). A Word text box is read once (mc:Choice), not again from its VML
fallback. White space is read as Word and LibreOffice read it: a w:t without xml:space="preserve"
loses its surrounding spaces, and ODF text collapses runs of spaces (text:s keeps them). With EXPECTED.txt: exits 1 and prints a diff when the text differs.
Python standard library only; an aid for checking fixtures and rendered output by hand."""
import difflib
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
DC = "{http://purl.org/dc/elements/1.1/}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


# ---------------------------------------------------------------- WordprocessingML
def w_runs_text(el, boxes):
    """Text of a w:p, leaving out text boxes (collected into boxes) and field instructions."""
    out = []
    for child in el:
        tag = child.tag
        if tag == MC + "AlternateContent":
            choice = child.find(MC + "Choice")
            for box in (choice if choice is not None else child).iter(W + "txbxContent"):
                boxes.extend(w_block(box, boxes))
            continue
        if tag == W + "pict":
            for box in child.iter(W + "txbxContent"):
                boxes.extend(w_block(box, boxes))
            continue
        if tag == W + "drawing":
            for box in child.iter(W + "txbxContent"):
                boxes.extend(w_block(box, boxes))
            continue
        if tag == W + "t":
            # Without xml:space="preserve", Word and LibreOffice drop the spaces around the text.
            text = child.text or ""
            out.append(text if child.get(XML_SPACE) == "preserve" else text.strip(" \t\r\n"))
        elif tag == W + "tab":
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("\u2011")
        elif tag in (W + "instrText", W + "del", W + "pPr", W + "rPr", W + "footnoteReference", W + "endnoteReference"):
            continue
        else:
            out.append(w_runs_text(child, boxes))
    return "".join(out)


def w_block(container, boxes):
    lines = []
    for child in container:
        if child.tag == W + "p":
            lines.append(w_runs_text(child, boxes))
        elif child.tag == W + "tbl":
            for tr in child.findall(W + "tr"):
                for tc in tr.findall(W + "tc"):
                    lines.extend(w_block(tc, boxes))
        elif child.tag in (W + "sdt", W + "customXml"):
            content = child.find(W + "sdtContent")
            lines.extend(w_block(content if content is not None else child, boxes))
    return lines


def docx_sections(z):
    names = z.namelist()
    boxes = []
    doc = ET.fromstring(z.read("word/document.xml"))
    body = w_block(doc.find(W + "body"), boxes)
    sections = [("", body)]

    def parts(prefix):
        found = sorted((n for n in names if re.fullmatch(rf"word/{prefix}\d+\.xml", n)), key=lambda n: int(re.findall(r"\d+", n)[-1]))
        lines = []
        for n in found:
            lines.extend(w_block(ET.fromstring(z.read(n)), boxes))
        return lines

    sections.append(("header", parts("header")))
    sections.append(("footer", parts("footer")))
    notes = []
    if "word/footnotes.xml" in names:
        for fn in ET.fromstring(z.read("word/footnotes.xml")).findall(W + "footnote"):
            if fn.get(W + "type") in (None, "normal"):
                notes.extend(w_block(fn, boxes))
    sections.append(("footnotes", notes))
    sections.append(("textboxes", boxes))
    title = []
    if "docProps/core.xml" in names:
        t = ET.fromstring(z.read("docProps/core.xml")).find(DC + "title")
        if t is not None and t.text:
            title.append(t.text)
    sections.append(("title", title))
    return sections


# ---------------------------------------------------------------- OpenDocument
def collapse(text):
    """ODF white space: a run of spaces, tabs and newlines in the XML text is one space (text:s, text:tab are exact)."""
    return re.sub(r"[ \t\r\n]+", " ", text)


def o_inline(el, notes, boxes):
    out = [collapse(el.text or "")]
    for child in el:
        tag = child.tag
        if tag == TEXT + "s":
            out.append(" " * int(child.get(TEXT + "c", "1")))
        elif tag == TEXT + "tab":
            out.append("\t")
        elif tag == TEXT + "line-break":
            out.append("\n")
        elif tag == TEXT + "note":
            body = child.find(TEXT + "note-body")
            if body is not None:
                notes.extend(o_block(body, notes, boxes))
        elif tag == DRAW + "frame":
            for tb in child.findall(DRAW + "text-box"):
                boxes.extend(o_block(tb, notes, boxes))
        elif tag in (TEXT + "bookmark", TEXT + "bookmark-start", TEXT + "bookmark-end", OFFICE + "annotation",
                     TEXT + "soft-page-break", DRAW + "a"):
            pass
        else:
            out.append(o_inline(child, notes, boxes))
        out.append(collapse(child.tail or ""))
    return "".join(out)


def o_block(container, notes, boxes):
    lines = []
    for child in container:
        tag = child.tag
        if tag in (TEXT + "p", TEXT + "h"):
            lines.append(o_inline(child, notes, boxes))
        elif tag in (TEXT + "list", TEXT + "list-item", TEXT + "list-header", TEXT + "section",
                     TABLE + "table-header-rows", TABLE + "table-rows", TABLE + "table-row", TABLE + "table-cell"):
            lines.extend(o_block(child, notes, boxes))
        elif tag == TABLE + "table":
            lines.extend(o_block(child, notes, boxes))
    return lines


def odt_sections(z):
    notes, boxes = [], []
    content = ET.fromstring(z.read("content.xml"))
    body = o_block(content.find(OFFICE + "body").find(OFFICE + "text"), notes, boxes)
    styles = ET.fromstring(z.read("styles.xml"))
    header, footer = [], []
    for mp in styles.iter(STYLE + "master-page"):
        for h in mp.findall(STYLE + "header"):
            header.extend(o_block(h, notes, boxes))
        for f in mp.findall(STYLE + "footer"):
            footer.extend(o_block(f, notes, boxes))
    title = []
    if "meta.xml" in z.namelist():
        t = ET.fromstring(z.read("meta.xml")).find(f"{OFFICE}meta/{DC}title")
        if t is not None and t.text:
            title.append(t.text)
    return [("", body), ("header", header), ("footer", footer), ("footnotes", notes), ("textboxes", boxes), ("title", title)]


def visible_lines(path):
    z = zipfile.ZipFile(path)
    sections = docx_sections(z) if "word/document.xml" in z.namelist() else odt_sections(z)
    out = []
    for name, lines in sections:
        lines = [l.strip() for l in lines if l.strip()]
        if not lines:
            continue
        if name:
            out.append(f"--- {name}")
        out.extend(lines)
    return out


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    got = visible_lines(sys.argv[1])
    if len(sys.argv) == 2:
        print("\n".join(got))
        sys.exit(0)
    want = [l.strip() for l in open(sys.argv[2], encoding="utf-8").read().splitlines() if l.strip()]
    if got == want:
        print(f"same: {sys.argv[1]} {sys.argv[2]}")
        sys.exit(0)
    sys.stdout.writelines(difflib.unified_diff([l + "\n" for l in want], [l + "\n" for l in got], sys.argv[2], sys.argv[1]))
    sys.exit(1)
