#!/usr/bin/env python3
"""The direction of dependencies (docs/ARCHITECTURE.md, DESIGN.md §3), checked on every build:
core <- formats <- store <- services <- wire <- http, cli. A file may include its own part and the parts
to its left, never one to its right: formats only translate (core types in, text out), and only
services orchestrate core and storage for http and cli. The clock is read by everyone but reads
nobody above core. Prints each offending include with its file and line, exits 1 if any."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
# What each part may not include.
forbidden = {
    "core": {"clock", "formats", "store", "services", "wire", "http", "cli"},
    "clock": {"formats", "store", "services", "wire", "http", "cli"},
    "formats": {"store", "services", "wire", "http", "cli"},
    "store": {"services", "wire", "http", "cli"},
    # Services take and return typed values; the JSON of the API is wire's (issue 18 item 4).
    "services": {"wire", "http", "cli"},
    # wire writes services' results as JSON and reads request bodies into their inputs; it
    # reaches the database only through what services return.
    "wire": {"store", "http", "cli"},
    # http reaches the database only through services (issue 18 item 3; the metrics read theirs
    # through services/database_telemetry.hpp). cli still includes store in three files (config
    # check, backup): the next step.
    "http": {"cli", "store"},
    # cli may include http: `lindungi serve` starts the server and `main` lists its routes.
}
include = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/')
problems = []
checked = 0
for part, banned in forbidden.items():
    for path in sorted((root / "src" / part).rglob("*")):
        if path.suffix not in {".hpp", ".cpp", ".h"}:
            continue
        checked += 1
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = include.match(line)
            if m and m.group(1) in banned:
                problems.append(f"{path.relative_to(root)}:{number}: {part} must not include {m.group(1)}/ ({line.strip()})")
for p in problems:
    print(p)
print(f"{checked} files checked, {len(problems)} includes against the direction of dependencies")
sys.exit(1 if problems or checked == 0 else 0)
