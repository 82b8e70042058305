#!/usr/bin/env bash
# Create .venv (if needed) and install Storyline with its pinned dependencies. Idempotent.
# EXTRAS names the optional groups to add (default: test; training/train.sh adds train).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[${EXTRAS:-test}]"
