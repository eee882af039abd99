#!/usr/bin/env bash
# The package works wherever it is installed. From a clone of the committed checkout made
# without symbolic links (as Git makes it on Windows), build the sdist and a wheel from it,
# check both carry every file of the package (rules/ and models/ mapped into redactor/data/),
# install the wheel into a new virtual environment in a temporary folder, then, from a folder
# outside the checkout and without network, list the models, redact the sample IMR and check
# the output with `redactor check`. Usage: scripts/wheel_check.sh [PYTHON]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
py=${1:-$root/.venv/bin/python}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset PYTHONPATH

commit=$(git -C "$root" rev-parse --short HEAD)
git -C "$root" diff --quiet HEAD -- redactor rules models setup.py pyproject.toml \
  || echo "wheel-check: note: uncommitted changes are not in the clone; checking commit $commit"
echo "wheel-check: cloning $commit with core.symlinks=false, building sdist and wheel (from the sdist)"
git clone --quiet --no-hardlinks -c core.symlinks=false "$root" "$tmp/clone"
"$py" -m build --outdir "$tmp/dist" "$tmp/clone" >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; exit 1; }
wheel=$(ls "$tmp"/dist/redactor-*.whl)
"$py" - "$tmp/clone" "$wheel" "$tmp"/dist/redactor-*.tar.gz <<'EOF'
import subprocess, sys, tarfile, zipfile
clone, wheel, sdist = sys.argv[1:]
tracked = subprocess.run(["git", "-C", clone, "ls-files", "redactor", "rules", "models"], check=True,
                         capture_output=True, text=True).stdout.split()
# the sdist keeps the checkout's layout; the wheel has rules/ and models/ inside redactor/data/
in_package = {f"redactor/data/{name}" if name.startswith(("rules/", "models/")) else name for name in tracked}
in_wheel = set(zipfile.ZipFile(wheel).namelist())
in_sdist = {n.split("/", 1)[1] for n in tarfile.open(sdist).getnames() if "/" in n}
for where, wanted, names in (("wheel", in_package, in_wheel), ("sdist", set(tracked), in_sdist)):
    if missing := sorted(wanted - names):
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
if not (DEFAULT_RULES / "titles.yaml").is_file() or (DEFAULT_RULES / "titles.yaml").is_symlink():
    sys.exit(f"wheel-check: {DEFAULT_RULES} holds no real rules")
print(f"wheel-check: redactor {redactor.__version__} from the wheel redacts and checks offline, outside the checkout")
EOF
