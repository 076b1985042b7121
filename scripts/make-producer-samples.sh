#!/usr/bin/env bash
# Regenerates test/fixtures/producers: the bundled sample as LibreOffice and openpyxl save it.
# Needs Debian's libreoffice-calc-nogui and python3-openpyxl.
set -euo pipefail
cd "$(dirname "$0")/.."
out=test/fixtures/producers
tmp=$(mktemp -d)
soffice "-env:UserInstallation=file://$tmp/profile" --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$tmp" assets/sample.xlsx >/dev/null
mv "$tmp/sample.xlsx" "$out/sample-libreoffice.xlsx"
/usr/bin/python3 -c 'import openpyxl, sys; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])' assets/sample.xlsx "$out/sample-openpyxl.xlsx"
rm -rf "$tmp"
echo "written: $out/sample-libreoffice.xlsx $out/sample-openpyxl.xlsx"
