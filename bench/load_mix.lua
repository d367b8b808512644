-- Mixed load for bench/load.sh: 80% lookups by NIK, 10% paged lists, 10% new workers.
-- Reads the session cookie, CSRF token and NIK file from the environment; counts statuses.
local cookie = os.getenv("LINDUNGI_COOKIE")
local csrf = os.getenv("LINDUNGI_CSRF")
local nik_file = os.getenv("LINDUNGI_NIKS")
local niks = {}
for line in io.lines(nik_file) do niks[#niks + 1] = line end

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  created, server_errors, other_errors, writes_sent = 0, 0, 0, 0
  statuses = ""
  serial = 0
  math.randomseed(id * 7919)
end

local function new_nik()
  -- Unique per thread and request: kecamatan 01-11, day 01-28 (men), month by thread, year 90.
  serial = serial + 1
  local n = serial
  local kec = 1 + n % 11
  local day = 1 + math.floor(n / 11) % 28
  local seq = 9000 + math.floor(n / 308)  -- serials the demo never uses
  return string.format("1571%02d%02d%02d90%04d", kec, day, id, seq)
end

function request()
  local r = math.random(100)
  local headers = { ["Cookie"] = cookie }
  if r <= 80 then
    return wrk.format("GET", "/api/v1/workers/nik/" .. niks[math.random(#niks)], headers)
  elseif r <= 90 then
    return wrk.format("GET", "/api/v1/workers?wilayah=15.71.0" .. math.random(9) .. "&page=" .. math.random(20), headers)
  end
  writes_sent = writes_sent + 1
  local nik = new_nik()
  headers["X-CSRF-Token"] = csrf
  headers["Content-Type"] = "application/json"
  local body = string.format('{"nik":"%s","nama":"Pekerja Beban","tanggal_lahir":"%s/%s/1990","jenis_kelamin":"L",' ..
    '"kode_kelurahan":"15.71.01.1001","rt":1,"pekerjaan":"becak","penghasilan":1000000,' ..
    '"kategori":"pekerja_rentan","persetujuan":true}', nik, string.sub(nik, 7, 8), string.sub(nik, 9, 10))
  return wrk.format("POST", "/api/v1/workers", headers, body)
end

function response(status, headers, body)
  if status == 201 then created = created + 1
  elseif status >= 500 then server_errors = server_errors + 1
  elseif status >= 400 then
    other_errors = other_errors + 1
    if #statuses < 200 then statuses = statuses .. status .. " " .. string.sub(body, 1, 60) .. "\n" end
  end
end

function done(summary, latency, requests)
  local c, s, o, w = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    s = s + t:get("server_errors")
    o = o + t:get("other_errors")
    w = w + t:get("writes_sent")
  end
  for _, t in ipairs(threads) do
    local st = t:get("statuses")
    if st ~= "" then io.write("client errors, thread sample:\n" .. st) end
  end
  io.write(string.format("LOAD created=%d server_errors=%d client_errors=%d writes_sent=%d\n", c, s, o, w))
end
