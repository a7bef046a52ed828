#!/usr/bin/env bash
# make-rejestr.sh — regenerate the register of issued certificates from its flat ODT source:
#   rejestr-zaswiadczen.fodt -> ../rejestr-zaswiadczen.odt ../rejestr-zaswiadczen.docx
# The same conversion as make-templates.sh / make-reports.sh (libreoffice.sh: plain ODF 1.3, no
# thumbnail), then both files are filled with sample-data/rejestr-zaswiadczen.json (--strict) into
# $OUT (default /tmp/zitdocs-rejestr) and the templates and filled documents are validated.
# The zitdocs binary is $ZITDOCS, else .build/release/zitdocs; without it the filling is skipped.
#   PREVIEW=1 bash make-rejestr.sh   also renders the filled documents to PNG pages into $OUT/preview-*
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dest=$(cd "$here/.." && pwd)
repo=$(cd "$dest/.." && pwd)
base=rejestr-zaswiadczen

. "$here/libreoffice.sh"
lo_require make-rejestr

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

lo_convert "$work/out" "$here/$base.fodt"
for fmt in odt docx; do
  [ -s "$work/out/$base.$fmt" ] || { echo "make-rejestr: LibreOffice wrote no $base.$fmt" >&2; exit 1; }
  cp "$work/out/$base.$fmt" "$dest/$base.$fmt"
done

tools=${SHARED_TOOLS:-$(cd "$repo/.." && pwd)/shared/tools}
# odf-validate's "mimetype is not stored" test can fail at random (unzip dies of SIGPIPE under
# pipefail); a real problem fails every time, so try 3 times.
validate() {
  local i
  for i in 1 2 3; do "$tools/odf-validate" "$@" >"$work/validate.log" 2>&1 && { cat "$work/validate.log"; return 0; }; done
  cat "$work/validate.log" >&2; return 1
}
have_tools=0
[ -x "$tools/odf-validate" ] && [ -x "$tools/ooxml-check" ] && have_tools=1
if [ $have_tools = 1 ]; then
  validate "$dest/$base.odt"; "$tools/ooxml-check" "$dest/$base.docx"
else
  echo "make-rejestr: validators not found at $tools; skipped validation" >&2
fi
ls -l "$dest/$base.odt" "$dest/$base.docx"

zitdocs=${ZITDOCS:-$repo/.build/release/zitdocs}
if [ -x "$zitdocs" ]; then
  out=${OUT:-/tmp/zitdocs-rejestr}
  mkdir -p "$out"
  for fmt in odt docx; do
    "$zitdocs" render "$dest/$base.$fmt" --strict --data "$here/sample-data/$base.json" --output "$out/$base.$fmt"
  done
  if [ $have_tools = 1 ]; then validate "$out/$base.odt"; "$tools/ooxml-check" "$out/$base.docx"; fi
  if [ "${PREVIEW:-0}" = 1 ] && [ -x "$tools/preview" ]; then
    for fmt in odt docx; do
      PREVIEW_DIR="$out/preview-$fmt" PREVIEW_PAGES=${PREVIEW_PAGES:-4} "$tools/preview" "$out/$base.$fmt" | grep '\.png$' || true
    done
  fi
  ls -l "$out"
else
  echo "make-rejestr: no zitdocs binary at $zitdocs (build it or set ZITDOCS); sample data not filled" >&2
fi
