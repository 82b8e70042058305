#!/usr/bin/env bash
# Retrain the shipped pipeline from ../shared/data and install it into the package.
# Arguments go to `python -m training.train` (see --help), e.g. --data DIR or --set KEY=VALUE.
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRAS=test,train scripts/setup.sh
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}
exec .venv/bin/python -m training.train "$@"
