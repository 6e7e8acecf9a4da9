#!/usr/bin/env bash
# Find Graphviz's `dot` (the build draws autograd graph diagrams with it), or install
# Debian's graphviz package where this user may. Otherwise stop with a clear message.
set -euo pipefail
command -v dot >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
else
  echo "error: Graphviz's dot is needed to draw the autograd graphs: sudo apt-get install graphviz" >&2
  exit 1
fi
echo "installing Graphviz (Debian package graphviz) for the autograd graph diagrams"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq graphviz >/dev/null
command -v dot >/dev/null 2>&1 || { echo "error: installing graphviz did not provide dot" >&2; exit 1; }
