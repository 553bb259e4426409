#!/bin/sh
# Starts the Chromium the end-to-end tests use ($CHROMIUM_REAL) with every --disable-features
# it is given merged into one. Chromium reads only the last --disable-features, and
# Playwright puts its own list before the tests' arguments, so without this the tests'
# list would undo Playwright's (scripts/browser-path.mjs says which features and why).
features=
n=$#
while [ "$n" -gt 0 ]; do
  arg=$1
  shift
  n=$((n - 1))
  case $arg in
    --disable-features=*) features="${features:+$features,}${arg#--disable-features=}" ;;
    *) set -- "$@" "$arg" ;;
  esac
done
exec "$CHROMIUM_REAL" ${features:+"--disable-features=$features"} "$@"
