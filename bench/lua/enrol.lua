-- Enrol a person in an open session (POST /api/v1/training-programmes/{p}/sessions/{s}/enrolments):
-- every fifth seeded session is open; each thread walks its own people and skips a session the
-- person was seeded into (slot i of session s enrols person 1 + i*7919 mod N, bench/seed.sql).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local threads_total = tonumber(os.getenv("BENCH_THREADS"))
local k = 0
local offset = tonumber(os.getenv("BENCH_OFFSET") or "0")
local function seeded(s, n)
  for i = (s - 1) * 100, s * 100 - 1 do
    if (i * 7919) % people == n - 1 then return true end
  end
  return false
end
request = function()
  local n = 1 + (offset + tid - 1 + threads_total * k) % people
  k = k + 1
  local s
  repeat s = 5 * math.random(1, sessions / 5) until not seeded(s, n)
  local path = "/api/v1/training-programmes/" .. row_id(7, s / 5) .. "/sessions/" .. row_id(8, s) .. "/enrolments"
  return wrk.format("POST", path, json_headers, string.format('{"personId":"%s"}', row_id(4, n)))
end
