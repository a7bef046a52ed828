/// The program that drives one LibreOffice through its UNO listener (Python, with Debian's
/// python3-uno): it starts LibreOffice once, then opens each document of the request, exports its
/// PDF (or, for a merged document, one PDF per copy as page ranges of the one layout) and closes
/// it. LibreOffice exports a page range with its own structure tree, language, XMP and output
/// intent, which a PDF cut afterwards by another program loses.
///
/// Request (a JSON file named by the first argument): `soffice`, `profile` (an
/// `-env:UserInstallation=…` argument), `filterData` (writer_pdf_Export's options) and `jobs`,
/// each `{"document", "copyBookmark"?, "pieces": [{"output", "title"?, "subject"?, "keywords"?}]}`.
/// With `copyBookmark`, piece N is the pages from the bookmark `copyBookmark_N` to the next one.
/// Answer on standard output: `{"jobs": [{"ranges": [[first, last], …]} | {"refused": …} |
/// {"error": …}]}`, one per job in order.
enum LibreOfficeScript {
    static let source = #"""
        import json, os, subprocess, sys, time, uuid

        try:
            import uno
            from com.sun.star.beans import PropertyValue
        except ImportError:
            sys.stderr.write("brak modułu uno dla Pythona (w systemie Debian: apt-get install python3-uno)\n")
            sys.exit(3)


        def prop(name, value):
            p = PropertyValue()
            p.Name = name
            p.Value = value
            return p


        def connect(pipe, office):
            local = uno.getComponentContext()
            resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
            deadline = time.time() + 180
            while True:
                try:
                    return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                except Exception:
                    if office.poll() is not None or time.time() > deadline:
                        raise RuntimeError("LibreOffice nie uruchomił się")
                    time.sleep(0.05)


        def layout(document, prefix, copies):
            bookmarks = document.getBookmarks()
            numbered = []
            for name in bookmarks.getElementNames():
                if name.startswith(prefix) and name[len(prefix):].isdigit():
                    numbered.append((int(name[len(prefix):]), name))
            numbered.sort()
            if len(numbered) != copies:
                return {"refused": "copies", "found": len(numbered)}
            cursor = document.getCurrentController().getViewCursor()
            starts = []
            for _, name in numbered:
                cursor.gotoRange(bookmarks.getByName(name).getAnchor(), False)
                starts.append(cursor.getPage())
            cursor.jumpToLastPage()
            pages = cursor.getPage()
            if starts[0] != 1 or any(a >= b for a, b in zip(starts, starts[1:])) or starts[-1] > pages:
                return {"refused": "copies", "found": len(starts)}
            return [[first, last] for first, last in zip(starts, [s - 1 for s in starts[1:]] + [pages])]


        def export(document, output, filter_data, pages=None):
            data = [prop(name, value) for name, value in filter_data.items()]
            if pages:
                data.append(prop("PageRange", "%d-%d" % tuple(pages)))
            document.storeToURL(
                uno.systemPathToFileUrl(os.path.abspath(output)),
                (prop("FilterName", "writer_pdf_Export"),
                 prop("FilterData", uno.Any("[]com.sun.star.beans.PropertyValue", tuple(data)))))


        def run(desktop, job, filter_data):
            try:
                document = desktop.loadComponentFromURL(
                    uno.systemPathToFileUrl(os.path.abspath(job["document"])), "_blank", 0, (prop("Hidden", True),))
            except Exception as error:
                return {"error": "%s: %s" % (job["document"], error)}
            if document is None:
                return {"error": "%s: LibreOffice nie otworzył dokumentu" % job["document"]}
            try:
                pieces = job["pieces"]
                ranges = None
                if job.get("copyBookmark"):
                    ranges = layout(document, job["copyBookmark"] + "_", len(pieces))
                    if isinstance(ranges, dict):
                        return ranges
                properties = document.getDocumentProperties()
                for index, piece in enumerate(pieces):
                    if "title" in piece:
                        properties.Title = piece["title"]
                    if "subject" in piece:
                        properties.Subject = piece["subject"]
                    if "keywords" in piece:
                        properties.Keywords = tuple(k for k in piece["keywords"].split(", ") if k)
                    export(document, piece["output"], filter_data, ranges[index] if ranges else None)
                return {"ranges": ranges}
            except Exception as error:
                return {"error": "%s: %s" % (job["document"], error)}
            finally:
                try:
                    document.close(True)
                except Exception:
                    pass


        def main():
            with open(sys.argv[1], encoding="utf-8") as request_file:
                request = json.load(request_file)
            pipe = "zitdocs" + uuid.uuid4().hex
            office = subprocess.Popen(
                [request["soffice"], request["profile"], "--headless", "--invisible", "--nologo", "--norestore",
                 "--nodefault", "--nolockcheck", "--accept=pipe,name=%s;urp;" % pipe],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            desktop = None
            try:
                context = connect(pipe, office)
                desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
                results = [run(desktop, job, request["filterData"]) for job in request["jobs"]]
                sys.stdout.write(json.dumps({"jobs": results}))
            finally:
                try:
                    if desktop is not None:
                        desktop.terminate()
                except Exception:
                    pass
                try:
                    office.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    office.kill()


        main()
        """#
}
