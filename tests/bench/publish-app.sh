#!/usr/bin/env bash
# Publishes the shipped program (ReadyToRun, linux-x64) into the folder given; the bench scripts
# source this. It starts from a fresh Release build: a ReadyToRun image compiled against stale
# intermediates (left by a BenchmarkDotNet run, or a publish with other settings) was seen to abort
# at start-up.
#   publish_app <root> <folder>
publish_app() {
  rm -rf "$1"/src/*/obj/Release "$1"/src/*/bin/Release
  dotnet publish "$1/src/Briefings" -c Release -r linux-x64 --self-contained false -o "$2" -v quiet >/dev/null
}
