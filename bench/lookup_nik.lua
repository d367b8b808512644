-- wrk scenario: GET <prefix><nik> with a NIK drawn at random from a file, one per line.
--
--   wrk -t2 -c64 -d10s --latency -s bench/lookup_nik.lua http://127.0.0.1:PORT -- NIK_FILE [PREFIX [COOKIE]]
--
-- PREFIX defaults to /api/v1/workers/nik/ (the registry lookup); bench/run.sh also runs it with
-- /api/v1/nik/ (the NIK decoder: same request shape, no database) as the baseline.
-- COOKIE ("lindungi_sesi=...", from POST /api/v1/auth/login) is sent with every request.
-- The requests are formatted once per thread in init(), so request() costs wrk almost nothing:
-- wrk shares the machine's cores with the server under test.
-- done() prints one line "WRK_JSON {...}" with exact counts and percentiles (microseconds).

local threads = {}
local thread_no = 0

function setup(thread)
  thread_no = thread_no + 1
  thread:set("seed", thread_no * 7919)
  table.insert(threads, thread)
end

local requests = {}
local count = 0

function init(args)
  local file = args[1]
  local prefix = args[2] or "/api/v1/workers/nik/"
  if not file then error("lookup_nik.lua: usage: -- NIK_FILE [PREFIX [COOKIE]]") end
  if args[3] and args[3] ~= "" then wrk.headers["Cookie"] = args[3] end
  local f = assert(io.open(file, "r"))
  for line in f:lines() do
    local nik = line:match("^%s*(%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d)%s*$")
    if nik then
      count = count + 1
      requests[count] = wrk.format("GET", prefix .. nik)
    end
  end
  f:close()
  if count == 0 then error("lookup_nik.lua: no 16-digit NIK in " .. file) end
  math.randomseed(seed or 1)
end

function request()
  return requests[math.random(count)]
end

function done(summary, latency, requests)
  local e = summary.errors
  local secs = summary.duration / 1e6
  io.write(string.format(
    'WRK_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "rps": %.3f, ' ..
    '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, ' ..
    '"latency_us": {"min": %d, "mean": %.1f, "max": %d, "p50": %d, "p90": %d, "p99": %d, "p999": %d}}\n',
    summary.requests, summary.duration, summary.bytes, summary.requests / secs,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency.min, latency.mean, latency.max,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9)))
end
