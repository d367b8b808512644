#!/usr/bin/env bash
# Runs a command next to a private, throw-away PostgreSQL 15 cluster on 127.0.0.1 with
# LINDUNGI_TEST_PG set to it, then stops the cluster and deletes it, whatever the command did.
# The command's exit status is the script's: a failing PostgreSQL test fails the caller.
#   scripts/with-postgres.sh ctest --test-dir build -L pg
# Works as root (the cluster then runs as the `postgres` user, which initdb requires) and as a
# normal user (the cluster runs as that user). Needs the postgresql-15 package (install-deps.sh --test).
set -euo pipefail

if [[ $# -eq 0 ]]; then
  echo "pemakaian / usage: $0 PERINTAH [ARGUMEN...]" >&2
  exit 2
fi
PGBIN=/usr/lib/postgresql/15/bin
if [[ ! -x $PGBIN/initdb ]]; then
  echo "with-postgres: PostgreSQL 15 tidak terpasang ($PGBIN); jalankan scripts/install-deps.sh --test" >&2
  exit 1
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/lindungi-pg.XXXXXX")
run_as=()
if [[ $(id -u) -eq 0 ]]; then
  chown postgres: "$dir"
  run_as=(runuser -u postgres --)
fi
port=${LINDUNGI_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}

cleanup() {
  "${run_as[@]}" "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

echo "lindungi" > "$dir/sandi"
chmod 600 "$dir/sandi"
[[ ${#run_as[@]} -gt 0 ]] && chown postgres: "$dir/sandi"
# Password authentication over TCP, as in production; UTF-8 with the C.UTF-8 locale (Debian's
# minimal images have no other). fsync off: the cluster is deleted afterwards anyway.
"${run_as[@]}" "$PGBIN/initdb" -D "$dir/data" -U lindungi --pwfile="$dir/sandi" --auth-host=scram-sha-256 \
  --auth-local=peer -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
"${run_as[@]}" "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null ||
  { cat "$dir/postgres.log" >&2; exit 1; }

export LINDUNGI_TEST_PG="postgresql://lindungi:lindungi@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') di 127.0.0.1:$port (LINDUNGI_TEST_PG)"
set +e
"$@"
status=$?
set -e
exit $status
