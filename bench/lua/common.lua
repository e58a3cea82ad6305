-- Shared by every workload: the bearer token, a number per wrk thread, and one RESULT line at
-- the end that bench/run.sh parses: requests, seconds, p50 and p99 in microseconds, answers
-- that were not 2xx or 3xx, socket errors (connect, read, write, timeout), and where the next
-- run should go on from (its BENCH_OFFSET): past the furthest `position` a thread's script set
-- (the step after its last, for a script that may skip steps), else past this run's requests.
token = os.getenv("BENCH_TOKEN")
people = tonumber(os.getenv("BENCH_PEOPLE"))
villages = tonumber(os.getenv("BENCH_VILLAGES"))
sessions = tonumber(os.getenv("BENCH_SESSIONS"))
json_headers = { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json",
                 ["Content-Type"] = "application/json" }

-- The row numbers in bench/seed.sql map to ids: table number t, row n.
function row_id(t, n)
  return string.format("01900000-%04x-7000-8000-%012x", t, n)
end

local threads = {}
local next_tid = 1
function setup(thread)
  thread:set("tid", next_tid)
  next_tid = next_tid + 1
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + tid)
end

function done(summary, latency, requests)
  local e = summary.errors
  local next_offset = tonumber(os.getenv("BENCH_OFFSET") or "0") + summary.requests
  for _, thread in ipairs(threads) do
    local p = thread:get("position")
    if p and p > next_offset then next_offset = p end
  end
  io.write(string.format("RESULT %d %.3f %d %d %d %d %d\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50), latency:percentile(99), e.status, e.connect + e.read + e.write + e.timeout,
    next_offset))
end
