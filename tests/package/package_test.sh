#!/usr/bin/env bash
# The Debian package in a fresh Debian 12 (issue 19 item 1), run by scripts/test.sh:
#   1. `cmake --build build --target package` makes lindungi_<version>_amd64.deb;
#   2. a fresh Debian 12 root (debootstrap --variant=minbase --include=systemd, from the mirror
#      this machine's apt uses: a minimal system with the init every Debian 12 server has; the
#      root is cached as a tarball in $LINDUNGI_PACKAGE_CACHE, default /var/cache/lindungi-test,
#      because debootstrap takes minutes and the root never changes; each run unpacks a new copy);
#   3. `apt-get install ./lindungi_*.deb` inside it (chroot), dependencies from the mirror;
#   4. `systemd-analyze verify` of the installed units, run inside the chroot (Debian 12's own
#      systemd, where /usr/bin/lindungi exists), prints nothing;
#   5. the ExecStart line of the installed lindungi.service, run as the lindungi user inside the
#      chroot with the shipped configuration (production = true), serves and answers
#      /api/v1/health and the web app on 127.0.0.1;
#   6. the ExecStart line of lindungi-backup.service writes a dated archive and its key;
#   7. `apt-get purge lindungi` leaves /var/lib/lindungi (database, audit key, backups) in place.
# Needs root (chroot, mount). Without a reachable mirror it says so loudly and exits 0 only then;
# every other failure exits 1.
#   tests/package/package_test.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
cache=${LINDUNGI_PACKAGE_CACHE:-/var/cache/lindungi-test}
t0=$SECONDS
step() { echo "-- [paket $((SECONDS - t0)) s] $*"; }
fail() {
  echo "GAGAL paket: $*" >&2
  exit 1
}
skip_loudly() {
  echo "################################################################################" >&2
  echo "## TES PAKET DILEWATI / PACKAGE TEST SKIPPED: $*" >&2
  echo "## Cermin paket Debian tidak terjangkau; paket .deb TIDAK diuji pada Debian 12 baru." >&2
  echo "################################################################################" >&2
  exit 0
}
[[ $(id -u) -eq 0 ]] || fail "perlu root (chroot)"

# The mirror this machine's apt uses (deb822 sources or the classic list).
mirror=$(sed -n 's/^URIs: *\(http[^ ]*debian\)\/*$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
[[ -n $mirror ]] || mirror=$(awk '$1=="deb" && $2 ~ /^http/ && $3=="bookworm" {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
mirror=${mirror:-http://deb.debian.org/debian}
security=${mirror%/debian}/debian-security
if ! curl -fsS -o /dev/null --max-time 20 "$mirror/dists/bookworm/InRelease"; then
  skip_loudly "$mirror tidak dapat dihubungi"
fi

step "paket .deb (cmake --build $build --target package)"
[[ -f $build/web/index.html ]] || fail "$build/web/index.html tidak ada: jalankan scripts/build.sh dulu"
rm -f "$build"/lindungi_*_amd64.deb
cmake --build "$build" --target package >"$build/package-cpack.log" 2>&1 || {
  cat "$build/package-cpack.log"
  fail "cpack"
}
deb=$(ls "$build"/lindungi_*_amd64.deb)
dpkg-deb -f "$deb" Depends | grep -q 'libsqlite3' || fail "Depends tanpa pustaka dari shlibdeps: $(dpkg-deb -f "$deb" Depends)"

# A fresh root for every run: unpacked from the cached debootstrap tarball.
tarball=$cache/debian12-minbase-systemd.tar
if [[ ! -s $tarball ]]; then
  step "debootstrap --variant=minbase --include=systemd bookworm dari $mirror (sekali; disimpan di $tarball)"
  mkdir -p "$cache"
  fresh=$(mktemp -d "$cache/root.XXXXXX")
  if ! /usr/sbin/debootstrap --variant=minbase --include=systemd bookworm "$fresh" "$mirror" \
    >"$cache/debootstrap.log" 2>&1; then
    rm -rf "$fresh"
    tail -20 "$cache/debootstrap.log" >&2
    fail "debootstrap (lihat $cache/debootstrap.log)"
  fi
  chmod 0755 "$fresh"  # mktemp's 0700 would become the root's own mode
  tar -C "$fresh" -cf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"  # uncompressed: unpacked every run
  rm -rf "$fresh"
fi
root=$(mktemp -d "${TMPDIR:-/tmp}/lindungi-debian12.XXXXXX")
server=""
cleanup() {
  [[ -n $server ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  umount "$root/proc" 2>/dev/null || true
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT
t_root=$SECONDS
step "Debian 12 baru di $root"
tar -C "$root" -xf "$tarball"
chmod 0755 "$root"  # a root directory every user can enter (mktemp makes it 0700)
mount -t proc proc "$root/proc"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security bookworm-security main
EOF
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 "$@"; }

step "apt-get update; apt-get install ./$(basename "$deb")"
in_root apt-get update -q >"$build/package-apt.log" 2>&1 || {
  tail -20 "$build/package-apt.log"
  skip_loudly "apt-get update di chroot gagal ($mirror)"
}
cp "$deb" "$root/tmp/"
in_root apt-get install -y -q --no-install-recommends "./tmp/$(basename "$deb")" >>"$build/package-apt.log" 2>&1 || {
  tail -30 "$build/package-apt.log"
  fail "apt-get install ./$(basename "$deb")"
}
for f in /usr/bin/lindungi /usr/share/lindungi/web/index.html /etc/lindungi/lindungi.conf \
  /lib/systemd/system/lindungi.service /lib/systemd/system/lindungi-backup.service \
  /lib/systemd/system/lindungi-backup.timer /usr/share/doc/lindungi/examples/lindungi; do
  [[ -e $root$f ]] || fail "$f tidak terpasang"
done
in_root dpkg-query -W -f='${Conffiles}\n' lindungi | grep -q /etc/lindungi/lindungi.conf || fail "lindungi.conf bukan conffile"
in_root getent passwd lindungi | grep -q ':/var/lib/lindungi:/usr/sbin/nologin$' || fail "pengguna lindungi: $(in_root getent passwd lindungi)"
# Names are the chroot's (stat inside it): the host's uids name other users.
state=$(in_root stat -c %U:%G:%a /var/lib/lindungi)
[[ $state == lindungi:lindungi:750 ]] || fail "/var/lib/lindungi: $state"
ldd_missing=$(in_root ldd /usr/bin/lindungi | grep 'not found' || true)
[[ -z $ldd_missing ]] || fail "pustaka tidak ada: $ldd_missing"

step "systemd-analyze verify di dalam chroot ($(in_root systemd-analyze --version | awk 'NR==1{print $1, $2}'))"
verify_out=$(in_root systemd-analyze verify --man=no \
  /lib/systemd/system/lindungi.service /lib/systemd/system/lindungi-backup.service \
  /lib/systemd/system/lindungi-backup.timer 2>&1) || fail "systemd-analyze verify: $verify_out"
[[ -z $verify_out ]] || fail "systemd-analyze verify tidak bersih: $verify_out"

step "ExecStart lindungi.service sebagai pengguna lindungi"
exec_start=$(sed -n 's/^ExecStart=//p' "$root/lib/systemd/system/lindungi.service")
workdir=$(sed -n 's/^WorkingDirectory=//p' "$root/lib/systemd/system/lindungi.service")
[[ $exec_start == /usr/bin/lindungi\ serve\ --config\ /etc/lindungi/lindungi.conf ]] || echo "   ExecStart: $exec_start"
# The lindungi user of the chroot, by number: the host has no such user.
as_lindungi="$(in_root id -u lindungi):$(in_root id -g lindungi)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
chroot --userspec="$as_lindungi" "$root" env -i PATH=/usr/bin:/bin HOME=/var/lib/lindungi \
  /usr/bin/lindungi config check --config /etc/lindungi/lindungi.conf >"$build/package-config.log" 2>&1 || {
  cat "$build/package-config.log"
  fail "lindungi config check pada konfigurasi terpasang"
}
# LINDUNGI_PORT: a free port instead of the shipped 8080, which another server may hold here.
chroot --userspec="$as_lindungi" "$root" env -i PATH=/usr/bin:/bin HOME=/var/lib/lindungi \
  LINDUNGI_PORT="$port" sh -c "cd '$workdir' && exec $exec_start" >"$build/package-serve.log" 2>&1 &
server=$!
health=""
for _ in $(seq 1 100); do
  health=$(curl -fsS --max-time 2 "http://127.0.0.1:$port/api/v1/health" 2>/dev/null) && break
  kill -0 "$server" 2>/dev/null || break
  sleep 0.2
done
[[ $health == *'"status":"ok"'* ]] || {
  cat "$build/package-serve.log"
  fail "/api/v1/health tidak menjawab: $health"
}
t_serving=$((SECONDS - t_root))
curl -fsS --max-time 5 "http://127.0.0.1:$port/" | grep -qi '<html' || fail "aplikasi web tidak disajikan dari /usr/share/lindungi/web"
owner=$(ps -o uid=,gid= -p "$(pgrep -P "$server" -x lindungi || echo "$server")" | awk '{print $1 ":" $2}')
[[ $owner == "$as_lindungi" ]] || fail "server berjalan sebagai $owner, bukan lindungi ($as_lindungi)"
[[ $(in_root stat -c %U /var/lib/lindungi/lindungi.db) == lindungi ]] || fail "database bukan milik lindungi"
kill "$server"
wait "$server" 2>/dev/null || true
server=""

step "ExecStart lindungi-backup.service sebagai pengguna lindungi"
backup_start=$(sed -n 's/^ExecStart=//p' "$root/lib/systemd/system/lindungi-backup.service")
chroot --userspec="$as_lindungi" "$root" env -i PATH=/usr/bin:/bin HOME=/var/lib/lindungi \
  sh -c "cd /var/lib/lindungi && exec $backup_start" >"$build/package-backup.log" 2>&1 || {
  cat "$build/package-backup.log"
  fail "cadangan harian ($backup_start)"
}
archive=$(cd "$root/var/lib/lindungi/cadangan" && ls lindungi-*.tar.gz 2>/dev/null | head -1)
[[ -n $archive && -s $root/var/lib/lindungi/cadangan/$archive.kunci-audit ]] ||
  fail "cadangan harian tidak menulis arsip dan kuncinya di /var/lib/lindungi/cadangan"

step "apt-get purge lindungi"
in_root apt-get purge -y -q lindungi >>"$build/package-apt.log" 2>&1 || fail "apt-get purge lindungi"
[[ ! -e $root/usr/bin/lindungi && ! -e $root/etc/lindungi/lindungi.conf ]] || fail "purge meninggalkan program atau konfigurasi"
[[ -s $root/var/lib/lindungi/lindungi.db && -s $root/var/lib/lindungi/lindungi.db.kunci-audit &&
  -s $root/var/lib/lindungi/cadangan/$archive ]] ||
  fail "purge menghapus data di /var/lib/lindungi: $(ls -la "$root/var/lib/lindungi" 2>&1)"

echo "Tes paket lulus: $(basename "$deb") dipasang di Debian 12 baru, melayani dalam ${t_serving} s sejak root" \
  "dibongkar (tanpa kompiler); seluruh tes $((SECONDS - t0)) s."
