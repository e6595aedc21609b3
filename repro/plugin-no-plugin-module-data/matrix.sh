#!/bin/sh
# Every ordered pair of host and plugin from different Go releases: builds a host and a plugin
# with each toolchain, opens each plugin from each other host and counts the first lines.
set -e
mkdir -p m
for v in 119 123 124 126 127; do
	eval go=\$GO$v
	"$go" build -o "m/host$v" ./host
	"$go" build -buildmode=plugin -o "m/plug$v.so" ./plug
done
for h in 119 123 124 126 127; do
	for p in 119 123 124 126 127; do
		[ "$h" = "$p" ] && continue
		"./m/host$h" "./m/plug$p.so" 2>&1 | head -n 1 | sed "s/^/host go$h, plugin go$p: /" || true
	done
done > m/pairs.txt
cat m/pairs.txt
printf 'no plugin module data: %s, different version of package internal/goarch: %s, other: %s\n' \
	"$(grep -c 'fatal error: runtime: no plugin module data$' m/pairs.txt)" \
	"$(grep -c 'plugin was built with a different version of package internal/goarch$' m/pairs.txt)" \
	"$(grep -vc -e 'no plugin module data$' -e 'package internal/goarch$' m/pairs.txt || true)"
