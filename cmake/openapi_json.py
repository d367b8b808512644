#!/usr/bin/env python3
"""docs/openapi.yaml -> JSON (usage: openapi_json.py IN.yaml OUT.json), for the server to embed and
serve at /api/v1/openapi.json. Run by CMake when it configures; needs python3-yaml.

Only JSON's types may appear: an unquoted date or time (YAML 1.1 reads 2026-11-21 as a date) is
refused rather than guessed, so that every tool that reads the YAML (openapi-typescript, the lint,
tests/openapi/answers.py) sees the same strings.
"""
import json
import sys

import yaml


def check(value, where="$"):
    if isinstance(value, dict):
        for k, v in value.items():
            if not isinstance(k, str):
                sys.exit(f"{sys.argv[1]}: key {k!r} at {where} is not a string; quote it")
            check(v, f"{where}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            check(v, f"{where}[{i}]")
    elif value is not None and not isinstance(value, (str, int, float, bool)):
        sys.exit(f"{sys.argv[1]}: {value!r} at {where} is a {type(value).__name__}, not JSON; quote it")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        # libyaml's loader when python3-yaml has it (Debian's does): several times faster.
        spec = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    check(spec)
    text = json.dumps(spec, ensure_ascii=False, separators=(",", ":"))
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
