#!/bin/sh
# Make $TMP/nopc: a directory with a link to every program in /usr/bin except pkg-config and pkgconf,
# so that the build has gcc, as and ld but no pkg-config on PATH.
mkdir -p "$TMP/nopc"
for f in /usr/bin/*; do
  case "${f##*/}" in
    pkg-config|pkgconf|*-pkg-config) ;;
    *) ln -s "$f" "$TMP/nopc/" ;;
  esac
done
