#!/usr/bin/env python3
"""The screenshots of the guide for RT heads and kelurahan operators (issue 19 item 9).

docs/id/PANDUAN-RT-KELURAHAN.md shows images from docs/id/gambar/ that the e2e journeys take
(guideShot in tests/e2e), so that the guide shows the screens as they are. Without arguments
(ctest `guide_images`) this checks, without a browser:
  - every image the guide shows is in docs/id/gambar/, and every PNG there is shown by the guide;
  - every one is taken by a journey (a guideShot call with its name), so a run refreshes it;
  - phone screenshots (rt-*) are 360 px wide, office ones (kel-*) at most 1366 px, each a PNG of at
    most 200 KB (run.sh compresses them with pngquant);
  - the README and the admin guide link to the guide.
With --taken DIR --since FILE (tests/e2e/run.sh, after a run of every journey) it checks that each
image the guide shows was written into DIR after FILE was: taken again by this run, not left over.
"""
import argparse
import os
import re
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs/id/PANDUAN-RT-KELURAHAN.md"
IMAGES = ROOT / "docs/id/gambar"
MAX_BYTES = 200 * 1024


def shown(guide_text):
    """The image names the guide shows, in order (gambar/NAME.png)."""
    return re.findall(r"!\[[^\]]*\]\(gambar/([A-Za-z0-9_-]+)\.png\)", guide_text)


def taken_by_journeys():
    names = set()
    for f in (ROOT / "tests/e2e").rglob("*.mjs"):
        if "node_modules" in f.parts:
            continue
        names.update(re.findall(r"guideShot\([^,]+,\s*'([A-Za-z0-9_-]+)'", f.read_text(encoding="utf-8")))
    return names


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", head[16:24])


def static_check():
    problems = []
    text = GUIDE.read_text(encoding="utf-8")
    names = shown(text)
    if len(names) < 10:
        problems.append(f"panduan hanya menampilkan {len(names)} gambar (diharapkan paling sedikit 10)")
    if len(set(names)) != len(names):
        problems.append("gambar yang sama ditampilkan dua kali")
    on_disk = {p.stem for p in IMAGES.glob("*.png")} if IMAGES.is_dir() else set()
    journeys = taken_by_journeys()
    for n in names:
        path = IMAGES / f"{n}.png"
        if n not in on_disk:
            problems.append(f"gambar {path.relative_to(ROOT)} tidak ada")
            continue
        if n not in journeys:
            problems.append(f"gambar {n}.png tidak diambil oleh perjalanan e2e mana pun (guideShot)")
        size = png_size(path)
        if size is None:
            problems.append(f"{n}.png bukan PNG")
            continue
        width, _ = size
        if n.startswith("rt-") and width != 360:
            problems.append(f"{n}.png (layar ponsel) lebarnya {width} px, bukan 360 px")
        if n.startswith("kel-") and width > 1366:
            problems.append(f"{n}.png lebarnya {width} px, lebih dari 1366 px")
        if not (n.startswith("rt-") or n.startswith("kel-")):
            problems.append(f"{n}.png: nama harus diawali rt- (ponsel) atau kel- (layar kantor)")
        if path.stat().st_size > MAX_BYTES:
            problems.append(f"{n}.png {path.stat().st_size // 1024} KB, lebih dari {MAX_BYTES // 1024} KB (pngquant?)")
    for n in sorted(on_disk - set(names)):
        problems.append(f"docs/id/gambar/{n}.png tidak ditampilkan panduan (hapus, atau tampilkan)")
    for doc in ("README.md", "docs/id/PANDUAN-ADMIN.md"):
        if "PANDUAN-RT-KELURAHAN.md" not in (ROOT / doc).read_text(encoding="utf-8"):
            problems.append(f"{doc} tidak menautkan docs/id/PANDUAN-RT-KELURAHAN.md")
    return names, problems


def fresh_check(taken, since):
    names = shown(GUIDE.read_text(encoding="utf-8"))
    stamp = os.stat(since).st_mtime
    problems = []
    for n in names:
        path = Path(taken) / f"{n}.png"
        if not path.exists():
            problems.append(f"{n}.png tidak diambil oleh perjalanan ini")
        elif path.stat().st_mtime < stamp:
            problems.append(f"{n}.png tidak diperbarui oleh perjalanan ini (gambar lama)")
    return names, problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--taken", help="the folder the journeys wrote the guide's screenshots to")
    ap.add_argument("--since", help="a file made just before the journeys started")
    args = ap.parse_args()
    if args.taken:
        names, problems = fresh_check(args.taken, args.since)
    else:
        names, problems = static_check()
    for p in problems:
        print(f"panduan: {p}", file=sys.stderr)
    checked = len(names)
    print(f"{checked - min(checked, len(problems))} passed, {len(problems)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
