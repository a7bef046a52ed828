#!/usr/bin/env bash
# make demo: checks the sample project in Examples/projekt and makes all its documents,
# as Word files in Output/<kind>/ and as OpenDocument files in Output/odt/<kind>/.
set -euo pipefail
zitdocs=${1:?usage: demo.sh PATH-TO-zitdocs}
cd "$(dirname "$0")/.."
mkdir -p Output
echo "Sprawdzanie przykładowego projektu (Examples/projekt):"
"$zitdocs" check --project Examples/projekt
echo
echo "Tworzenie jego dokumentów:"
"$zitdocs" generate all --project Examples/projekt --output Output
"$zitdocs" generate all --project Examples/projekt --format odt --output Output/odt
echo
echo "Dokumenty są w folderze Output/ (każda partia także w jednym pliku .zip obok swojego folderu)."
