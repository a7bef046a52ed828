#!/usr/bin/env bash
# make-templates.sh — regenerate the default templates in Templates/ from the flat ODT sources here:
#   lista-obecnosci.fodt   -> ../lista-obecnosci.odt   ../lista-obecnosci.docx
#   zaswiadczenie.fodt     -> ../zaswiadczenie.odt     ../zaswiadczenie.docx
#   certyfikat-lidera.fodt -> ../certyfikat-lidera.odt ../certyfikat-lidera.docx
# LibreOffice writes both formats (plain ODF 1.3, so the files validate against the OASIS schema).
# Only these three: the report templates (raport-forum, informacja-o-postepie) have make-reports.sh.
# Then every template is filled with its sample data (sample-data/NAME*.json, --strict, so a tag
# the data does not have is an error) and the templates and the filled documents are validated.
#   PREVIEW=1 bash make-templates.sh   also renders the filled documents to PNG pages
#                                      (shared/tools/preview) into $PREVIEW_DIR (default /tmp/zitdocs-templates)
# Needs LibreOffice Writer (installed from Debian when missing and running as root). The zitdocs
# binary is taken from $ZITDOCS, else .build/release/zitdocs; without it the filling is skipped.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dest=$(cd "$here/.." && pwd)
repo=$(cd "$dest/.." && pwd)

. "$here/libreoffice.sh"
lo_require make-templates

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

templates=(lista-obecnosci zaswiadczenie certyfikat-lidera)
sources=()
for t in "${templates[@]}"; do sources+=("$here/$t.fodt"); done
lo_convert "$work/out" "${sources[@]}"
for base in "${templates[@]}"; do
  for fmt in odt docx; do
    [ -s "$work/out/$base.$fmt" ] || { echo "make-templates: LibreOffice wrote no $base.$fmt" >&2; exit 1; }
    cp "$work/out/$base.$fmt" "$dest/$base.$fmt"
  done
done

# Fill each template with its sample data (both formats).
zitdocs=${ZITDOCS:-$repo/.build/release/zitdocs}
filled=()
if [ -x "$zitdocs" ]; then
  mkdir -p "$work/filled"
  for base in "${templates[@]}"; do
    for data in "$here"/sample-data/"$base"*.json; do
      [ -f "$data" ] || continue
      for fmt in odt docx; do
        out="$work/filled/$(basename "$data" .json).$fmt"
        "$zitdocs" render "$dest/$base.$fmt" --data "$data" --strict --output "$out"
        filled+=("$out")
      done
    done
  done
else
  echo "make-templates: no zitdocs binary at $zitdocs (build it or set ZITDOCS); sample data not filled" >&2
fi

status=0
for base in "${templates[@]}"; do lo_validate "$dest/$base.odt" "$dest/$base.docx" || { status=$?; break; }; done
[ $status = 0 ] && { lo_validate ${filled[@]+"${filled[@]}"} || status=$?; }
case $status in
  0) echo "validated: the templates and ${#filled[@]} filled sample documents" ;;
  2) echo "make-templates: validators not found at $lo_tools; skipped validation" >&2 ;;
  *) exit 1 ;;
esac

if [ "${PREVIEW:-0}" = 1 ] && [ ${#filled[@]} -gt 0 ]; then
  out=${PREVIEW_DIR:-/tmp/zitdocs-templates}
  for f in "${filled[@]}"; do
    fmt=${f##*.}
    PREVIEW_DIR="$out/$fmt" PREVIEW_PAGES=${PREVIEW_PAGES:-6} "$lo_tools/preview" "$f" | grep '\.png$' || true
  done
fi
for base in "${templates[@]}"; do ls -l "$dest/$base.odt" "$dest/$base.docx"; done
