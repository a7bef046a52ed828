"""The text a person reads in a downloaded document."""

import io
import re
import zipfile
import xml.etree.ElementTree as ElementTree

WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(data: bytes) -> str:
    """word/document.xml's paragraphs, one a line, their runs joined as Word shows them."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = ElementTree.fromstring(package.read("word/document.xml"))
    lines = []
    for paragraph in root.iter(WORD + "p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == WORD + "t":
                parts.append(node.text or "")
            elif node.tag == WORD + "tab":
                parts.append("\t")
        lines.append("".join(parts))
    return "\n".join(lines)


def order_of(names: list, text: str) -> list:
    """The names as they stand in the text, top to bottom (each found as a whole name, so
    "Renata Kaczmarek" is not found inside "Renata Kaczmarek-Dębski")."""
    found = []
    for name in names:
        pattern = r"(?<![\w-])" + re.escape(name) + r"(?![\w-])"
        found += [(match.start(), name) for match in re.finditer(pattern, text)]
    return [name for _, name in sorted(found)]
