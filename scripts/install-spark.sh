#!/usr/bin/env bash
# Installs what the Spark test (npm run test:scale) needs: Java from Debian, and pyspark from the
# Python package index into a virtual environment under .tmp/spark-venv, so the system Python is left
# alone and nothing needs --break-system-packages. Safe to run again: what is there is kept.
# Prints the environment's python on stdout. Exit 0: ready. Exit 3: this machine cannot install it
# (the reason on stderr; the test then says so and skips the Spark run). Any other exit: a fault.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
venv=.tmp/spark-venv
# Spark 3.5 runs on Java 8, 11 and 17 (Debian 12's default); 4.x needs 17 or later.
pyspark_requirement='pyspark>=3.5,<4'

cannot() {
  echo "install-spark: cannot install Spark here: $*" >&2
  exit 3
}

as_root_apt() {
  [ "$(id -u)" = "0" ] || cannot "$1 is missing and installing it needs root (apt-get install -y $2)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null 2>&1 || true
  apt-get install -y -qq "$2" >/dev/null 2>&1 || cannot "apt-get install -y $2 failed"
}

command -v java >/dev/null 2>&1 || as_root_apt java default-jre-headless
command -v python3 >/dev/null 2>&1 || as_root_apt python3 python3-venv

if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import pyspark' >/dev/null 2>&1; then
  echo "$venv/bin/python"
  exit 0
fi

if ! python3 -m venv "$venv" >/dev/null 2>&1; then
  as_root_apt python3-venv python3-venv
  python3 -m venv "$venv" >/dev/null 2>&1 || cannot "python3 -m venv failed"
fi

log=.tmp/install-spark.log
if ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --retries 0 --timeout 15 "$pyspark_requirement" >"$log" 2>&1; then
  reason=$(grep -E '^ERROR' "$log" | tail -n 1)
  cannot "pip could not install $pyspark_requirement (${reason:-see $log}); is the Python package index reachable?"
fi
"$venv/bin/python" -c 'import pyspark' >/dev/null 2>&1 || cannot "pyspark installed but does not import (see $log)"
echo "$venv/bin/python"
