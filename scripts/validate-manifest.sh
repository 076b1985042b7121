#!/usr/bin/env bash
# Validates an add-in only XML manifest offline against tools/manifest-schemas (exit 0 = valid).
# Usage: bash scripts/validate-manifest.sh path/to/manifest.xml
set -euo pipefail
schemas="$(cd "$(dirname "$0")/.." && pwd)/tools/manifest-schemas"
manifest=${1:?usage: validate-manifest.sh path/to/manifest.xml}
command -v xmllint >/dev/null 2>&1 || { echo "validate-manifest: xmllint not found (Debian: apt-get install libxml2-utils)" >&2; exit 2; }
xmllint --noout --nonet --schema "$schemas/OfficeAppManifestV1_1.xsd" "$manifest"
