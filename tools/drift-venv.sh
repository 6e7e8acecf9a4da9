#!/usr/bin/env bash
# The environment of `make drift`: tools/drift-venv.sh VERSION VENV PYTHON PROJECT_PYTHON
# Creates VENV with PYTHON (-m venv) holding torch==VERSION and pyproject.toml's other
# runtime pins (numpy, matplotlib), as PROJECT_PYTHON reads them; nothing else, since the
# engine's workers find this repository on PYTHONPATH. Reused while it has that exact torch
# and those pins.
set -euo pipefail
version=$1 venv=$2 python=$3 project_python=$4
command -v "$python" >/dev/null 2>&1 || {
  echo "error: $python not found; run make drift PYTHON=/path/to/python3.11" >&2; exit 1; }
requirements=$("$project_python" -m verified drift --requirements "$version")
stamp="$venv/.drift-requirements"
if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$requirements" ] &&
  [ "$("$venv/bin/python" -c 'import torch; print(torch.__version__.split("+")[0])' 2>/dev/null)" = "$version" ]; then
  echo "reusing $venv (torch $version)"
  exit 0
fi
echo "creating $venv:" $requirements
rm -rf "$venv"
"$python" -m venv "$venv"
# shellcheck disable=SC2086 # one requirement per word
"$venv/bin/python" -m pip install -q $requirements
printf '%s\n' "$requirements" >"$stamp"
