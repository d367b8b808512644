#!/usr/bin/env bash
# Issue 19 item 7: the nginx site file we ship (packaging/nginx/lindungi, installed under
# /usr/share/doc/lindungi/examples/) in front of a real `lindungi serve --proxy 127.0.0.1`, with
# Debian's nginx and a throw-away self-signed certificate. Only what an administrator must edit is
# changed (ports, certificate paths); everything else is the shipped file as it is. Checks:
#   - plain HTTP is redirected to HTTPS;
#   - HTTPS answers through the proxy, with HSTS;
#   - JSON and CSV answers are gzip-compressed;
#   - the web app's manifest and service worker keep the server's types and Cache-Control;
#   - the real client address reaches the server: login throttling told apart two clients that
#     both reach it through nginx (127.0.0.5 and 127.0.0.6), which only works when the server
#     believes nginx's X-Forwarded-For (without it every attempt would come from 127.0.0.1);
#   - per-location body limits (issue 16 item 6): a 100 KB login is refused by nginx (413) and
#     never reaches the server; an upload of a few MB reaches the import.
# Prints "nginx: N passed, N failed" and exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
if [[ ! -x "$nginx_bin" ]]; then
  echo "nginx: tidak terpasang (scripts/install-deps.sh --test memasangnya) / not installed" >&2
  echo "nginx: 0 passed, 1 failed"
  exit 1
fi
[[ -x build/lindungi ]] || { echo "nginx: build/lindungi belum dibangun / not built" >&2; exit 1; }

tmp=$(mktemp -d)
server_pid=""
cleanup() {
  [[ -f "$tmp/nginx.pid" ]] && kill "$(cat "$tmp/nginx.pid")" 2>/dev/null || true
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
app_port=$(free_port); http_port=$(free_port); https_port=$(free_port)

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
  -subj /CN=lindungi.example.go.id -keyout "$tmp/privkey.pem" -out "$tmp/fullchain.pem" 2>/dev/null

# The shipped site with an administrator's edits: ports, certificate paths, IPv4 loopback only.
sed -e "s/listen 80;/listen 127.0.0.1:$http_port;/" \
    -e "s/listen 443 ssl http2;/listen 127.0.0.1:$https_port ssl http2;/" \
    -e '/listen \[::\]/d' \
    -e "s#return 301 https://\$host\$request_uri;#return 301 https://\$host:$https_port\$request_uri;#" \
    -e "s#/etc/ssl/lindungi/#$tmp/#" \
    -e "s#proxy_pass http://127.0.0.1:8080;#proxy_pass http://127.0.0.1:$app_port;#" \
    packaging/nginx/lindungi >"$tmp/site.conf"
for expected in "listen 127.0.0.1:$https_port ssl http2;" "proxy_pass http://127.0.0.1:$app_port;" "ssl_certificate     $tmp/fullchain.pem;"; do
  grep -qF "$expected" "$tmp/site.conf" || { echo "nginx: berkas situs berubah bentuknya; '$expected' tidak ada" >&2; exit 1; }
done
cat >"$tmp/nginx.conf" <<EOF
worker_processes 1;
pid $tmp/nginx.pid;
error_log $tmp/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log $tmp/access.log;
  client_body_temp_path $tmp/body;
  proxy_temp_path $tmp/proxy;
  fastcgi_temp_path $tmp/fastcgi;
  uwsgi_temp_path $tmp/uwsgi;
  scgi_temp_path $tmp/scgi;
  include $tmp/site.conf;
}
EOF
# Bodies above nginx's in-memory buffer (16k) go to client_body_temp_path, written by the worker
# processes: as root nginx runs them as its compiled-in user (nobody), which must reach them (the
# uploads below are megabytes). Run as another user, the workers are that user and this is moot.
mkdir -p "$tmp/body" "$tmp/proxy" "$tmp/fastcgi" "$tmp/uwsgi" "$tmp/scgi"
if [[ $(id -u) == 0 ]]; then
  chmod 0711 "$tmp"
  chown nobody "$tmp/body" "$tmp/proxy" "$tmp/fastcgi" "$tmp/uwsgi" "$tmp/scgi"
fi
"$nginx_bin" -t -q -p "$tmp" -c "$tmp/nginx.conf"

# Two accounts are enough (the demo would take a minute to write).
for account in "operator.kelurahan operator_kelurahan 15.71.01.1001" "ketua.rt ketua_rt 15.71.01.1001.001"; do
  read -r username role area <<<"$account"
  echo 'Sandi-Uji-Nginx-2026!' | build/lindungi user add --db "$tmp/demo.db" --username "$username" \
    --nama "Uji $username" --role "$role" --area "$area" >/dev/null
done
build/lindungi serve --db "$tmp/demo.db" --port "$app_port" --address 127.0.0.1 --proxy 127.0.0.1 \
  >"$tmp/server.log" 2>&1 &
server_pid=$!
"$nginx_bin" -p "$tmp" -c "$tmp/nginx.conf"

base="https://lindungi.example.go.id:$https_port"
resolve=(--resolve "lindungi.example.go.id:$https_port:127.0.0.1" --resolve "lindungi.example.go.id:$http_port:127.0.0.1")
for _ in $(seq 1 100); do
  curl -sfk "${resolve[@]}" "$base/api/v1/health" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/server.log" >&2; echo "nginx: 0 passed, 1 failed"; exit 1; }
  sleep 0.2
done

passed=0
failed=0
check() {  # check NAME COMMAND...: the command's success is the check's
  local name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "  ok    $name"
  else
    failed=$((failed + 1))
    echo "  GAGAL $name"
  fi
}
header() {  # header FILE NAME: the value of a response header (case-insensitive), without CR
  grep -i "^$2:" "$1" | head -n1 | cut -d: -f2- | tr -d '\r' | sed 's/^ *//'
}

curl -s -o /dev/null -D "$tmp/h1" "${resolve[@]}" "http://lindungi.example.go.id:$http_port/api/v1/health"
check "HTTP dialihkan ke HTTPS" bash -c "head -n1 '$tmp/h1' | grep -q ' 301' && [[ '$(header "$tmp/h1" location)' == 'https://lindungi.example.go.id:$https_port/api/v1/health' ]]"

curl -sk -o "$tmp/health.json" -D "$tmp/h2" "${resolve[@]}" "$base/api/v1/health"
check "HTTPS menjawab lewat proxy" bash -c "head -n1 '$tmp/h2' | grep -q ' 200' && grep -q '\"status\"' '$tmp/health.json'"
check "HSTS dikirim" bash -c "[[ '$(header "$tmp/h2" strict-transport-security)' == max-age=31536000* ]]"

# JSON (the region list, well above gzip_min_length) and CSV (the import template), logged in as
# an account without a second factor.
curl -sk -o /dev/null -c "$tmp/cookies" "${resolve[@]}" -H 'Content-Type: application/json' \
  -d '{"username":"operator.kelurahan","password":"Sandi-Uji-Nginx-2026!"}' "$base/api/v1/auth/login"
curl -sk -o "$tmp/cov.gz" -D "$tmp/h3" -b "$tmp/cookies" -H 'Accept-Encoding: gzip' "${resolve[@]}" "$base/api/v1/regions"
check "JSON dikompresi gzip" bash -c "head -n1 '$tmp/h3' | grep -q ' 200' && [[ '$(header "$tmp/h3" content-encoding)' == gzip ]] && gzip -dc '$tmp/cov.gz' | python3 -c 'import json,sys; json.load(sys.stdin)'"
curl -sk -o "$tmp/tpl.gz" -D "$tmp/h4" -b "$tmp/cookies" -H 'Accept-Encoding: gzip' "${resolve[@]}" \
  "$base/api/v1/imports/template?format=csv"
check "CSV dikompresi gzip" bash -c "head -n1 '$tmp/h4' | grep -q ' 200' && [[ '$(header "$tmp/h4" content-type)' == text/csv* && '$(header "$tmp/h4" content-encoding)' == gzip ]] && gzip -dc '$tmp/tpl.gz' | head -n1 | grep -q nik"

# The installable app (issue 21): the manifest and the service worker pass through nginx with the
# server's types and caching (the worker must be revalidated on every visit, or a phone would keep
# an old app), gzip-compressed.
# (Only with the Vue build: the plain page of web/static, used without npm, has neither.)
if [[ -f build/web/sw.js ]]; then
  curl -sk -o /dev/null -D "$tmp/h5" -H 'Accept-Encoding: gzip' "${resolve[@]}" "$base/sw.js"
  check "sw.js: JavaScript, no-cache, gzip" bash -c "head -n1 '$tmp/h5' | grep -q ' 200' && [[ '$(header "$tmp/h5" content-type)' == text/javascript* && '$(header "$tmp/h5" cache-control)' == no-cache && '$(header "$tmp/h5" content-encoding)' == gzip ]]"
  curl -sk -o /dev/null -D "$tmp/h6" "${resolve[@]}" "$base/manifest.webmanifest"
  check "manifest.webmanifest: application/manifest+json" bash -c "head -n1 '$tmp/h6' | grep -q ' 200' && [[ '$(header "$tmp/h6" content-type)' == application/manifest+json* ]]"
else
  echo "  --    build/web tanpa sw.js (tanpa npm): manifest dan service worker tidak diperiksa / not checked"
fi

# The real client address: five wrong passwords for one account from 127.0.0.5 are free, the
# sixth starts a 5-second wait, so the seventh is held back (429); the same account from 127.0.0.6
# is still answered (401). Were X-Forwarded-For not believed, both would be 127.0.0.1 and the
# second client would be held back too.
login() {  # login SOURCE_ADDRESS: prints the status of a wrong-password login through nginx
  curl -sk -o /dev/null -w '%{http_code}' --interface "$1" "${resolve[@]}" -H 'Content-Type: application/json' \
    -d '{"username":"ketua.rt","password":"bukan-sandinya"}' "$base/api/v1/auth/login"
}
first=""
for _ in 1 2 3 4 5 6; do first+="$(login 127.0.0.5) "; done
seventh=$(login 127.0.0.5)
other=$(login 127.0.0.6)
check "enam salah sandi dari satu klien dijawab 401 ($first)" test "$first" = "401 401 401 401 401 401 "
check "yang ketujuh dari klien itu ditahan 429 ($seventh)" test "$seventh" = 429
check "klien lain di belakang nginx yang sama tidak ikut ditahan ($other)" test "$other" = 401

# Body limits per location (issue 16 item 6): a 100 KB login body is refused by nginx with 413
# and never reaches the server (no access-log line for it: the server logs every request it
# answers, to its stderr here); an upload of a few MB still goes through to the import.
sleep 0.5  # the logins above reach the log within 100 ms (the access log writes in batches)
logins_before=$(grep -c '"route":"/api/v1/auth/login"' "$tmp/server.log" || true)
python3 -c 'import json; print(json.dumps({"username": "ketua.rt", "password": "x" * 100000}))' >"$tmp/big-login.json"
big=$(curl -sk -o "$tmp/big-login.out" -w '%{http_code}' "${resolve[@]}" -H 'Content-Type: application/json' \
  --data-binary "@$tmp/big-login.json" "$base/api/v1/auth/login")
sleep 0.5  # the server writes its access lines in batches every 100 ms; give a stray one time to appear
logins_after=$(grep -c '"route":"/api/v1/auth/login"' "$tmp/server.log" || true)
check "login 100 KB ditolak nginx dengan 413 ($big)" test "$big" = 413
check "login 100 KB tidak sampai ke server (baris log akses login: $logins_before lalu $logins_after)" \
  test "$logins_before" = "$logins_after" -a "$logins_before" -gt 0
check "nginx mencatat badan terlalu besar" grep -q 'client intended to send too large body' "$tmp/error.log"
# About 3 MB of template rows (their NIKs need not be valid: a dry run answers 200 about any
# readable file), to the import, logged in as the kelurahan's operator.
python3 - "$tmp/besar.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("nik,nama,tanggal_lahir,jenis_kelamin,kode_kelurahan,rt,alamat,no_hp,pekerjaan,penghasilan,kategori,"
            "nama_ahli_waris,hubungan_ahli_waris,nik_ahli_waris\n")
    i = 0
    while f.tell() < 3 * 1024 * 1024:
        # Birth dates spread over 40 years, so that the duplicate search compares few rows.
        d, m, y = 1 + i % 28, 1 + (i // 28) % 12, 1960 + (i // 336) % 40
        f.write(f"157101{d:02d}{m:02d}{y % 100:02d}{i % 10000:04d},Pekerja Besar {i},{d:02d}/{m:02d}/{y},L,"
                f"15.71.01.1001,1,Jl. Sipin Ujung No. {i},081234567890,becak,1.000.000,pekerja_rentan,Siti,istri,\n")
        i += 1
PY
csrf=$(curl -sk -c "$tmp/cookies2" "${resolve[@]}" -H 'Content-Type: application/json' \
  -d '{"username":"operator.kelurahan","password":"Sandi-Uji-Nginx-2026!"}' "$base/api/v1/auth/login" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["csrf_token"])')
up=$(curl -sk -o "$tmp/upload.json" -w '%{http_code}' -b "$tmp/cookies2" -H "X-CSRF-Token: $csrf" \
  -H 'Content-Type: text/csv' "${resolve[@]}" --data-binary "@$tmp/besar.csv" \
  "$base/api/v1/imports?dry_run=1&nama_berkas=besar.csv")
check "unggahan $(($(stat -c %s "$tmp/besar.csv") / 1024)) KB sampai ke impor ($up)" \
  bash -c "[[ '$up' == 200 ]] && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d[\"dry_run\"] and d[\"rows\"] > 20000, d.get(\"rows\")' '$tmp/upload.json'"

echo "nginx: $passed passed, $failed failed"
if [[ $failed -ne 0 ]]; then
  echo "--- nginx error.log ---"; tail -n 20 "$tmp/error.log" || true
  echo "--- server log ---"; tail -n 20 "$tmp/server.log" || true
  exit 1
fi
