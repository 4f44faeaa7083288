#!/usr/bin/env bash
# Install fzlint into .venv and check the bundled real reports (fixtures/reports):
# the verdict in the terminal, and an HTML report in out/report.html.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet .
mkdir -p out
set +e
.venv/bin/fzlint check fixtures/reports
code=$?
.venv/bin/fzlint check fixtures/reports --format html --output out/report.html --fail-on never
set -e
echo
echo "HTML report: out/report.html"
echo "exit code: $code (0 = no errors, 1 = findings at or above --fail-on, 2 = unreadable input)"
