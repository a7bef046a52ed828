#!/usr/bin/env bash
# libreoffice.sh — sourced by the scripts that turn flat ODT sources (.fodt) into the .odt and
# .docx files LibreOffice writes (make-templates.sh, make-reports.sh, the engine's make-fixtures.sh).
#
#   lo_require NAME            installs LibreOffice Writer when missing (as root), else explains and exits
#   lo_convert OUTDIR SRC...   converts every source to .odt and .docx into OUTDIR
#   lo_validate FILE...        checks each .odt against the ODF 1.3 schema and each .docx for what
#                              makes Word refuse a file (../shared/tools, or $SHARED_TOOLS); returns 2
#                              when those tools are not there
#
# The private profile saves plain ODF 1.3 (DefaultVersion 10: LibreOffice's "1.3 Extended" adds
# loext:* attributes the OASIS schema rejects), writes no thumbnail (the engine copies unchanged
# entries, so every filled .odt would carry a picture of the tags) and measures in centimetres.

lo_require() {
  command -v soffice >/dev/null && return 0
  if [ "$(id -u)" = 0 ]; then
    echo "installing LibreOffice Writer ..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      libreoffice-writer-nogui fonts-dejavu fonts-liberation2) >/dev/null
  else
    echo "$1: needs soffice (apt-get install libreoffice-writer-nogui fonts-liberation2)" >&2
    exit 1
  fi
}

lo_convert() {
  local out=$1; shift
  local profile
  profile=$(mktemp -d)
  mkdir -p "$profile/user" "$out"
  cat >"$profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Save/ODF"><prop oor:name="DefaultVersion" oor:op="fuse"><value>10</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Save/Document"><prop oor:name="GenerateThumbnail" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Layout/Other"><prop oor:name="MeasureUnit" oor:op="fuse"><value>2</value></prop></item>
</oor:items>
XCU
  local fmt status=0
  for fmt in odt docx; do
    timeout 300 soffice -env:UserInstallation=file://"$profile" --headless \
      --convert-to "$fmt" --outdir "$out" "$@" >"$out/soffice-$fmt.log" 2>&1 \
      || { cat "$out/soffice-$fmt.log" >&2; status=1; break; }
  done
  rm -rf "$profile"
  return $status
}

lo_tools=${SHARED_TOOLS:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)/shared/tools}

# odf-validate is retried: its "mimetype is not stored" test pipes unzip into grep -q under
# pipefail, and unzip now and then dies of SIGPIPE on a correctly stored mimetype; a real problem
# fails every time.
lo_validate() {
  [ -x "$lo_tools/odf-validate" ] && [ -x "$lo_tools/ooxml-check" ] || return 2
  local file log
  log=$(mktemp)
  for file in "$@"; do
    case $file in
      *.odt) "$lo_tools/odf-validate" "$file" >"$log" 2>&1 || "$lo_tools/odf-validate" "$file" >"$log" 2>&1 \
               || "$lo_tools/odf-validate" "$file" >"$log" 2>&1 || { cat "$log" >&2; rm -f "$log"; return 1; } ;;
      *.docx) "$lo_tools/ooxml-check" "$file" >"$log" 2>&1 || { cat "$log" >&2; rm -f "$log"; return 1; } ;;
    esac
  done
  rm -f "$log"
}
