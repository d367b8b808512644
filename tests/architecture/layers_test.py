#!/usr/bin/env python3
"""The direction of dependencies (docs/ARCHITECTURE.md, DESIGN.md §3), checked on every build:
core <- formats <- store <- services <- demo <- http, cli. A file may include its own part and the
parts to its left, never one to its right: formats only translate (core types in, text out), and
only services orchestrate core and storage for http and cli, which include no store header and
never call App::store() (nor name a store::Store or store::Session). The demo seeding is only for
the CLI. The clock is read by everyone but reads nobody above core. Prints each offending line
with its file and number, exits 1 if any.

The build runs this before compiling any library (CMakeLists.txt, target `layer_rules`), so a
forbidden include fails the build, not only the test."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
# What each part may not include.
forbidden = {
    "core": {"clock", "formats", "store", "services", "demo", "http", "cli"},
    "clock": {"formats", "store", "services", "demo", "http", "cli"},
    "formats": {"store", "services", "demo", "http", "cli"},
    "store": {"services", "demo", "http", "cli"},
    "services": {"demo", "http", "cli"},
    "demo": {"http", "cli"},
    # http and cli reach the database only through services (issue 18 item 3: the metrics through
    # services/database_telemetry.hpp, the CLI's database locations through
    # services/database_location.hpp).
    "http": {"cli", "store", "demo"},
    # cli may include http: `lindungi serve` starts the server and `main` lists its routes.
    "cli": {"store"},
}
# The database itself, reached around the services: App::store() and the store's handles.
store_access = re.compile(r"(\.|->)store\(\)|\bstore::(Store|Session)\b")
no_store_access = {"http", "cli"}
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
            elif part in no_store_access and store_access.search(line.split("//")[0]):
                problems.append(f"{path.relative_to(root)}:{number}: {part} must reach the database through a service ({line.strip()})")
for p in problems:
    print(p)
print(f"{checked} files checked, {len(problems)} includes against the direction of dependencies")
sys.exit(1 if problems or checked == 0 else 0)
