#!/usr/bin/env bash
# The package works wherever it is installed: build the sdist and a wheel from it, install
# the wheel into a new virtual environment in a temporary folder, then, from a folder outside
# the checkout and without network, list the models, redact the sample IMR and check the
# output with `redactor check`. Usage: scripts/wheel_check.sh [PYTHON]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
py=${1:-$root/.venv/bin/python}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset PYTHONPATH

echo "wheel-check: building sdist and wheel (from the sdist)"
"$py" -m build --outdir "$tmp/dist" "$root" >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; exit 1; }
wheel=$(ls "$tmp"/dist/redactor-*.whl)
"$py" - "$root" "$wheel" "$tmp"/dist/redactor-*.tar.gz <<'EOF'
import os, sys, tarfile, zipfile
root, wheel, sdist = sys.argv[1:]
# every file of the package in the checkout (rules/ and models/ through the data/ links)
package = {os.path.relpath(os.path.join(d, f), root) for d, _, files in os.walk(os.path.join(root, "redactor"),
           followlinks=True) if "__pycache__" not in d for f in files}
in_wheel = set(zipfile.ZipFile(wheel).namelist())
in_sdist = {n.split("/", 1)[1] for n in tarfile.open(sdist).getnames() if "/" in n}
for where, names in (("wheel", in_wheel), ("sdist", in_sdist)):
    if missing := sorted(package - names):
        sys.exit(f"wheel-check: the {where} lacks {len(missing)} package file(s): {', '.join(missing[:5])}")
EOF

echo "wheel-check: installing the wheel into a new virtual environment"
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet "$wheel" >"$tmp/pip.log" 2>&1 || { cat "$tmp/pip.log"; exit 1; }

# Offline from here on: a private network namespace with no interfaces, where available.
offline=()
if unshare -rn true 2>/dev/null; then offline=(unshare -rn); else echo "wheel-check: unshare unavailable, running online"; fi
run() { "${offline[@]}" "$@" >"$tmp/run.log" 2>&1 || { cat "$tmp/run.log"; exit 1; }; }
mkdir "$tmp/work" && cp "$root/examples/sample-imr.docx" "$tmp/work/"
cd "$tmp/work"
"${offline[@]}" "$tmp/venv/bin/redactor" models
run "$tmp/venv/bin/redactor" redact sample-imr.docx
test -s sample-imr.redacted.docx && test -s sample-imr.review/decisions.json
"${offline[@]}" "$tmp/venv/bin/redactor" check sample-imr.redacted.docx
"${offline[@]}" "$tmp/venv/bin/python" - "$tmp/venv" <<'EOF'
import sys
from pathlib import Path

import redactor
from redactor.detect.models import MODELS_FILE
from redactor.rules import DEFAULT_RULES

venv = Path(sys.argv[1]).resolve()
for where in (Path(redactor.__file__), DEFAULT_RULES, MODELS_FILE):
    if venv not in where.resolve().parents:
        sys.exit(f"wheel-check: {where} is outside the installed package")
print(f"wheel-check: redactor {redactor.__version__} from the wheel redacts and checks offline, outside the checkout")
EOF
