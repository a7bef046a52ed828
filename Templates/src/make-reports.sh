#!/usr/bin/env bash
# make-reports.sh — regenerate the two report templates in Templates/ from the flat ODT sources here:
#   raport-forum.fodt          -> ../raport-forum.odt          ../raport-forum.docx
#   informacja-o-postepie.fodt -> ../informacja-o-postepie.odt ../informacja-o-postepie.docx
# The same conversion as make-templates.sh (plain ODF 1.3, so the .odt validates against the OASIS
# schema), kept separate so the reports can be rebuilt without touching the other templates.
# With --render it also fills both templates with sample-data/*.json (needs the built zitdocs,
# ZITDOCS=path/to/zitdocs to choose one) into $OUT (default /tmp/zitdocs-reports) and checks the results.
# Needs LibreOffice Writer (installed from Debian when missing and running as root).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dest=$(cd "$here/.." && pwd)
reports=(raport-forum informacja-o-postepie)

. "$here/libreoffice.sh"
lo_require make-reports

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sources=()
for r in "${reports[@]}"; do sources+=("$here/$r.fodt"); done
lo_convert "$work/out" "${sources[@]}"
for r in "${reports[@]}"; do
  for fmt in odt docx; do
    [ -s "$work/out/$r.$fmt" ] || { echo "make-reports: LibreOffice wrote no $r.$fmt" >&2; exit 1; }
    cp "$work/out/$r.$fmt" "$dest/$r.$fmt"
  done
done

status=0
for r in "${reports[@]}"; do lo_validate "$dest/$r.odt" "$dest/$r.docx" || { status=$?; break; }; done
[ $status = 2 ] && echo "make-reports: validators not found at $lo_tools; skipped validation" >&2
[ $status = 1 ] && exit 1
for r in "${reports[@]}"; do ls -l "$dest/$r.odt" "$dest/$r.docx"; done

if [ "${1:-}" = --render ]; then
  zitdocs=${ZITDOCS:-$(cd "$dest/.." && pwd)/.build/debug/zitdocs}
  out=${OUT:-/tmp/zitdocs-reports}
  mkdir -p "$out"
  for r in "${reports[@]}"; do
    for fmt in odt docx; do
      "$zitdocs" render "$dest/$r.$fmt" --strict --data "$here/sample-data/$r.json" --output "$out/$r.$fmt"
    done
    lo_validate "$out/$r.odt" "$out/$r.docx" || [ $? = 2 ]
  done
  ls -l "$out"
fi
