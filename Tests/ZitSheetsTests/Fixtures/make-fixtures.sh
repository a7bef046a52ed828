#!/bin/sh
# Regenerates the spreadsheet fixtures from uczestnicy.fods with LibreOffice, the way a project
# office produces them: "Save as" .xlsx and .ods, and the two CSV flavours Polish offices send
# (Windows-1250 with ';' as Polish Excel writes it, and UTF-8 with a BOM and ','.)
#
#   sh Tests/ZitSheetsTests/Fixtures/make-fixtures.sh
#
# Needs LibreOffice Calc (Debian: apt-get install libreoffice-calc-nogui). The tests check the
# exact values of uczestnicy.fods, so change both together.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile="file://$work/profile"   # a throw-away LibreOffice profile: no user settings leak in

convert() {  # convert FILTER OUTDIR
    soffice "-env:UserInstallation=$profile" --headless --convert-to "$1" --outdir "$2" \
        "$here/uczestnicy.fods" >/dev/null
}

convert xlsx "$work/xlsx"
convert ods "$work/ods"
# CSV filter options: separator, text delimiter ("), character set, first line, column formats,
# language (1045 = Polish), quote all text cells = false (like Excel: quotes only where needed),
# detect special numbers, save cell contents as shown (dates as 05.03.1985), export formulas.
# Character set 33 is LibreOffice's RTL_TEXTENCODING_MS_1250, 76 is UTF-8.
convert 'csv:Text - txt - csv (StarCalc):59,34,33,1,,1045,false,true,true,false' "$work/cp1250"
convert 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1045,false,true,true,false' "$work/utf8"

cp "$work/xlsx/uczestnicy.xlsx" "$here/uczestnicy.xlsx"
cp "$work/ods/uczestnicy.ods" "$here/uczestnicy.ods"
cp "$work/cp1250/uczestnicy.csv" "$here/uczestnicy-cp1250.csv"
# LibreOffice writes UTF-8 without a byte order mark; Excel's "CSV UTF-8" has one.
{ printf '\357\273\277'; cat "$work/utf8/uczestnicy.csv"; } > "$here/uczestnicy-utf8-bom.csv"

# The Windows-1250 file must really be Windows-1250: ł is 0xB3 and Ś is 0x8C there.
od -An -tx1 "$here/uczestnicy-cp1250.csv" | tr -s ' \n' '\n\n' | grep -qx b3
od -An -tx1 "$here/uczestnicy-cp1250.csv" | tr -s ' \n' '\n\n' | grep -qx 8c
echo "Fixtures written to $here"
