#!/usr/bin/env bash
# Install fzlint with its development tools into .venv, then run ruff, mypy and the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[dev]'
.venv/bin/ruff check lint tests benchmarks scripts
.venv/bin/ruff format --check lint tests benchmarks scripts
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
