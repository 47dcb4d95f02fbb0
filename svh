#!/usr/bin/env bash
# Social Value Hub's command-line tool: runs the packaged application in command-line mode, without
# the web server. Builds the jar first if it is missing. Try: ./svh help
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
find_jar() { ls "$root"/target/social-value-hub-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true; }
jar="$(find_jar)"
if [ -z "$jar" ]; then
  echo "Building the application jar first (this happens once)..." >&2
  (cd "$root" && ./mvnw -B -q -ntp -DskipTests package >&2)
  jar="$(find_jar)"
fi
# Commands that use the database find the embedded one in the project's data folder, wherever they run from.
opts=(-Dsvh.embedded-database.data-directory="${SVH_EMBEDDED_DATABASE_DATA_DIRECTORY:-$root/data/postgres}")
if [ "$#" -eq 0 ]; then
  java "${opts[@]}" -jar "$jar" help >&2
  exit 64
fi
exec java ${SVH_JAVA_OPTS:-} "${opts[@]}" -jar "$jar" "$@"
