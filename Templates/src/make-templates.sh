#!/usr/bin/env bash
# make-templates.sh — regenerate the sample templates in Templates/ from the flat ODT sources here:
#   zaswiadczenie.fodt   -> ../zaswiadczenie.odt   ../zaswiadczenie.docx
#   lista-obecnosci.fodt -> ../lista-obecnosci.odt ../lista-obecnosci.docx
# LibreOffice writes both formats (plain ODF 1.3, so the files validate against the OASIS schema).
# Needs LibreOffice Writer (installed from Debian when missing and running as root).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dest=$(cd "$here/.." && pwd)

if ! command -v soffice >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing LibreOffice Writer ..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      libreoffice-writer-nogui fonts-dejavu fonts-liberation2) >/dev/null
  else
    echo "make-templates: needs soffice (apt-get install libreoffice-writer-nogui fonts-liberation2)" >&2
    exit 1
  fi
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/profile/user"
cat >"$work/profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Save/ODF"><prop oor:name="DefaultVersion" oor:op="fuse"><value>10</value></prop></item>
</oor:items>
XCU

sources=("$here"/*.fodt)
for fmt in odt docx; do
  timeout 300 soffice -env:UserInstallation=file://"$work/profile" --headless \
    --convert-to "$fmt" --outdir "$work/out" "${sources[@]}" >"$work/soffice-$fmt.log" 2>&1 \
    || { cat "$work/soffice-$fmt.log" >&2; exit 1; }
done
for f in "${sources[@]}"; do
  base=$(basename "$f" .fodt)
  for fmt in odt docx; do
    [ -s "$work/out/$base.$fmt" ] || { echo "make-templates: LibreOffice wrote no $base.$fmt" >&2; exit 1; }
    cp "$work/out/$base.$fmt" "$dest/$base.$fmt"
  done
done

tools=${SHARED_TOOLS:-$(cd "$dest/../.." && pwd)/shared/tools}
if [ -x "$tools/odf-validate" ] && [ -x "$tools/ooxml-check" ]; then
  "$tools/odf-validate" "$dest"/*.odt
  "$tools/ooxml-check" "$dest"/*.docx
else
  echo "make-templates: validators not found at $tools; skipped validation" >&2
fi
ls -l "$dest"/*.odt "$dest"/*.docx
