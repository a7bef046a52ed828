#!/usr/bin/env bash
# make demo: fills the sample templates in Templates/ with the sample data in Examples/data/
# and writes the documents into Output/.
set -euo pipefail
zitdocs=${1:?usage: demo.sh PATH-TO-zitdocs}
cd "$(dirname "$0")/.."
mkdir -p Output
echo "Checking the sample project (Examples/projekt):"
"$zitdocs" check --project Examples/projekt
for format in docx odt; do
  if [ -f Templates/zaswiadczenie.$format ]; then
    "$zitdocs" render Templates/zaswiadczenie.$format --data Examples/data/zaswiadczenia.yaml \
      --each participants --name '{{@number | pad:"3"}}-{{lastName}}-{{firstName}}' --output Output/zaswiadczenia-$format
    "$zitdocs" render Templates/zaswiadczenie.$format --data Examples/data/zaswiadczenia.yaml \
      --each participants --merge --output Output/zaswiadczenia-razem.$format
  fi
  if [ -f Templates/lista-obecnosci.$format ]; then
    "$zitdocs" render Templates/lista-obecnosci.$format --data Examples/data/lista-obecnosci.yaml \
      --output Output/lista-obecnosci.$format
  fi
done
echo "Documents written to Output/:"
find Output -type f ! -name .gitkeep | sort | sed 's/^/  /'
