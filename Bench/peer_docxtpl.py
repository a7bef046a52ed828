#!/usr/bin/env python3
"""The peer: the same tasks done with docxtpl (and docxcompose for C), the way their docs show.

    peer_docxtpl.py a TEMPLATE DATA.json OUTDIR      one certificate per participant: OUTDIR/A-<n>.docx
    peer_docxtpl.py b TEMPLATE DATA.json OUT.docx    one list with a row per participant
    peer_docxtpl.py c TEMPLATE DATA.json OUT.docx N  the first N certificates in one document,
                                                     each after a page break (docxcompose)

Run with the venv's python (.bench/venv/bin/python). The template is opened once
(DocxTemplate(path)); docxtpl 0.20 re-reads the template's package on every render after the
first (render_init → init_docx(reload=True)), which is its documented way of rendering one
template many times. autoescape=True because the data holds "&" (an institution) and "'"
(O'Neill): without it docxtpl writes broken XML, which its lxml "recover" parser then silently
truncates.
"""
import io
import json
import os
import sys

from docxtpl import DocxTemplate


def certificate_contexts(data):
    outer = {k: v for k, v in data.items() if k != "participants"}
    for participant in data["participants"]:
        yield {**outer, **participant}


def task_a(template, data, outdir):
    os.makedirs(outdir, exist_ok=True)
    tpl = DocxTemplate(template)
    for n, context in enumerate(certificate_contexts(data), start=1):
        tpl.render(context, autoescape=True)
        tpl.save(os.path.join(outdir, f"A-{n}.docx"))


def task_b(template, data, out):
    tpl = DocxTemplate(template)
    tpl.render(data, autoescape=True)
    tpl.save(out)


def task_c(template, data, out, count):
    from docx import Document
    from docxcompose.composer import Composer

    tpl = DocxTemplate(template)
    documents = []
    for context in list(certificate_contexts(data))[:count]:
        tpl.render(context, autoescape=True)
        buffer = io.BytesIO()
        tpl.save(buffer)
        buffer.seek(0)
        documents.append(Document(buffer))
    master = documents[0]
    composer = Composer(master)
    for document in documents[1:]:
        master.add_page_break()
        composer.append(document)
    composer.save(out)


def main():
    task, template, data_path, out = sys.argv[1:5]
    with open(data_path, encoding="utf-8") as f:
        data = json.load(f)
    if task == "a":
        task_a(template, data, out)
    elif task == "b":
        task_b(template, data, out)
    elif task == "c":
        task_c(template, data, out, int(sys.argv[5]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
