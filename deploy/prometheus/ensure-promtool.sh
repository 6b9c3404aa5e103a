#!/usr/bin/env bash
# Makes sure promtool and prometheus (Debian's `prometheus` package) are installed: promtool for
# the rule tests, prometheus for `docintel local --prometheus` and the dashboard queries IT.
# Installs it where the build runs as root with apt-get; elsewhere says what to install and
# leaves the failing to the test, which names the missing tool.
set -u
command -v promtool >/dev/null 2>&1 && { [ -x /usr/bin/prometheus ] || command -v prometheus >/dev/null 2>&1; } \
  && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "promtool or prometheus not found: installing Debian's prometheus package (its service is not started)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends prometheus >/dev/null \
    && exit 0
fi
echo "promtool or prometheus not found and cannot be installed here: install the 'prometheus' package (it provides both)" >&2
exit 0
