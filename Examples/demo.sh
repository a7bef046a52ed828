#!/usr/bin/env bash
# make demo: checks the sample project in Examples/projekt and makes all its documents,
# as Word files in Output/<kind>/ and as OpenDocument files in Output/odt/<kind>/.
set -euo pipefail
zitdocs=${1:?usage: demo.sh PATH-TO-zitdocs}
cd "$(dirname "$0")/.."
mkdir -p Output
echo "Checking the sample project (Examples/projekt):"
"$zitdocs" check --project Examples/projekt
echo
echo "Making its documents:"
"$zitdocs" generate all --project Examples/projekt --output Output
"$zitdocs" generate all --project Examples/projekt --format odt --output Output/odt
echo
echo "Open Output/ to see them (each batch is also in one .zip beside its folder)."
