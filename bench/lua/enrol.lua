-- Enrol a person in an open session (POST /api/v1/training-programmes/{p}/sessions/{s}/enrolments).
-- Every fifth seeded session is open, and one in four of those has a capacity (bench/seed.sql);
-- the run enrols in the open sessions without one, so no enrolment is refused for a full session.
-- The requests walk (person, session) pairs so that none repeats in a run (bench/run.sh takes a
-- reused database back to its seeded enrolments first): the m-th request enrols person
-- 1 + m mod N in the ((m div N + person) mod U)-th of the U open sessions without a capacity,
-- skipping a pair the seed already holds (slot i of session s enrols person 1 + i*7919 mod N).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local threads_total = tonumber(os.getenv("BENCH_THREADS"))
local k = 0
local offset = tonumber(os.getenv("BENCH_OFFSET") or "0")
local open = math.floor(sessions / 5)
local uncapped = open - math.floor(open / 4)
local function seeded(s, n)
  for i = (s - 1) * 100, s * 100 - 1 do
    if (i * 7919) % people == n - 1 then return true end
  end
  return false
end
request = function()
  local n, s
  repeat
    local m = offset + tid - 1 + threads_total * k
    k = k + 1
    position = m + 1
    n = 1 + m % people
    local j = (math.floor(m / people) + n) % uncapped
    s = 5 * (j + math.floor(j / 3) + 1)  -- the j-th open session whose number is not a multiple of 20
  until not seeded(s, n)
  local path = "/api/v1/training-programmes/" .. row_id(7, s / 5) .. "/sessions/" .. row_id(8, s) .. "/enrolments"
  return wrk.format("POST", path, json_headers, string.format('{"personId":"%s"}', row_id(4, n)))
end
