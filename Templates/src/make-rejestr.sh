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

status=0; lo_validate "$dest/$base.odt" "$dest/$base.docx" || status=$?
[ $status = 2 ] && echo "make-rejestr: validators not found at $lo_tools; skipped validation" >&2
[ $status = 1 ] && exit 1
ls -l "$dest/$base.odt" "$dest/$base.docx"

zitdocs=${ZITDOCS:-$repo/.build/release/zitdocs}
if [ -x "$zitdocs" ]; then
  out=${OUT:-/tmp/zitdocs-rejestr}
  mkdir -p "$out"
  for fmt in odt docx; do
    "$zitdocs" render "$dest/$base.$fmt" --strict --data "$here/sample-data/$base.json" --output "$out/$base.$fmt"
  done
  lo_validate "$out/$base.odt" "$out/$base.docx" || [ $? = 2 ]
  if [ "${PREVIEW:-0}" = 1 ] && [ -x "$lo_tools/preview" ]; then
    for fmt in odt docx; do
      PREVIEW_DIR="$out/preview-$fmt" PREVIEW_PAGES=${PREVIEW_PAGES:-4} "$lo_tools/preview" "$out/$base.$fmt" | grep '\.png$' || true
    done
  fi
  ls -l "$out"
else
  echo "make-rejestr: no zitdocs binary at $zitdocs (build it or set ZITDOCS); sample data not filled" >&2
fi
