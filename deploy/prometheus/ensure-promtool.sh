#!/usr/bin/env bash
# Makes sure promtool (Debian's `prometheus` package) is on PATH for the rule tests.
# Installs it where the build runs as root with apt-get; elsewhere says what to install and
# leaves the failing to the test, which names the missing tool.
set -u
command -v promtool >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "promtool not found: installing Debian's prometheus package (its service is not started)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends prometheus >/dev/null \
    && exit 0
fi
echo "promtool not found and cannot be installed here: install the 'prometheus' package (it provides promtool)" >&2
exit 0
