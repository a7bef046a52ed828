#!/usr/bin/env bash
# make-fixtures.sh — regenerate the template fixtures in this folder from the sources in src/.
#
#   src/lo-*.fodt        hand-written flat ODT (tags split across differently formatted text:spans);
#                        LibreOffice converts each one to NAME.odt AND NAME.docx, so both are written
#                        by LibreOffice itself.
#   src/make_word_docx.py  writes word-split-runs.docx and word-docxtemplater.docx the way Word 2016+
#                        writes them (Word is not available here; python3 standard library only).
#   src/tiny_png.py      the small PNG embedded (base64) in src/lo-image-loop.fodt; refreshed below.
#
# The data files (NAME.json, NAME-variant.json) and NAME.expected.txt are hand-written; see README.md.
# Needs: bash, python3, LibreOffice Writer (installed from Debian when missing and running as root).
# Validates the results with ../shared/tools/odf-validate and ooxml-check when those are present.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$here/src

. "$here/../../../Templates/src/libreoffice.sh"
lo_require make-fixtures

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT


# Keep the embedded picture in lo-image-loop.fodt in step with tiny_png.py.
python3 - "$src/lo-image-loop.fodt" "$(python3 "$src/tiny_png.py" --base64)" <<'EOF'
import re, sys
path, b64 = sys.argv[1], sys.argv[2]
s = open(path, encoding="utf-8").read()
t = re.sub(r"(<office:binary-data>)[^<]*(</office:binary-data>)", lambda m: m.group(1) + b64 + m.group(2), s)
if t != s:
    open(path, "w", encoding="utf-8").write(t)
EOF

lo_sources=("$src"/lo-*.fodt)
lo_convert "$work/out" "${lo_sources[@]}"
for f in "${lo_sources[@]}"; do
  base=$(basename "$f" .fodt)
  for fmt in odt docx; do
    [ -s "$work/out/$base.$fmt" ] || { echo "make-fixtures: LibreOffice wrote no $base.$fmt" >&2; exit 1; }
    cp "$work/out/$base.$fmt" "$here/$base.$fmt"
  done
done

python3 "$src/make_word_docx.py" "$here"

# Validate (the tools live in shared/, beside the repository).
tools=${SHARED_TOOLS:-$(cd "$here/../../../.." && pwd)/shared/tools}
if [ -x "$tools/odf-validate" ] && [ -x "$tools/ooxml-check" ]; then
  "$tools/odf-validate" "$here"/*.odt
  "$tools/ooxml-check" "$here"/*.docx
else
  echo "make-fixtures: validators not found at $tools; skipped validation" >&2
fi
ls -l "$here"/*.odt "$here"/*.docx
