-- A residency's whole life, one request at a time: create a PLANNED village work-team assignment
-- (POST /api/v1/assignments), activate it with the ETag the create answered (…/activate), then
-- complete it with the activation's ETag (…/complete). Run with as many threads as connections,
-- so each thread's connection takes its own people through the three steps in turn. Completing
-- frees the person for a later residency, so a run never runs out of people: when a thread has
-- walked all its people it starts again from the first, whose residencies have ended. People
-- seeded with an ACTIVE residency (n % 10 = 1) are skipped.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local threads_total = tonumber(os.getenv("BENCH_THREADS"))
local k = 0
local offset = tonumber(os.getenv("BENCH_OFFSET") or "0")
local eligible = people - math.floor((people + 9) / 10)
local pending, etag, step = nil, nil, nil
request = function()
  if pending then
    local h = { ["Authorization"] = json_headers.Authorization, ["Content-Type"] = "application/json",
                ["Accept"] = "application/json", ["If-Match"] = etag }
    if step == "activate" then
      return wrk.format("POST", "/api/v1/assignments/" .. pending .. "/activate", h, "{}")
    end
    return wrk.format("POST", "/api/v1/assignments/" .. pending .. "/complete", h, '{"endDate":"2026-11-20"}')
  end
  -- The m-th eligible person (1-based) is the n-th person, skipping n = 1, 11, 21, …
  local m = 1 + (offset + tid - 1 + threads_total * k) % eligible
  k = k + 1
  local n = 10 * math.floor((m - 1) / 9) + 2 + (m - 1) % 9
  local body = string.format('{"personId":"%s","role":"WORK_TEAM_MEMBER","hostOrganisationId":"%s",'
    .. '"sendingOrganisationId":"%s","sendingLevel":"CITY","batchYear":2026,"startDate":"2026-11-01",'
    .. '"plannedEndDate":"2028-10-31","note":"bench"}',
    row_id(4, n), row_id(3, 1 + n % villages), row_id(3, villages + 1))
  return wrk.format("POST", "/api/v1/assignments", json_headers, body)
end
response = function(status, headers, body)
  local tag = headers["ETag"] or headers["etag"] or headers["Etag"]
  if pending and step == "activate" and status == 200 then
    step, etag = "complete", tag
  elseif pending then
    pending = nil
  elseif status == 201 then
    pending, step, etag = body:match('"id":"([^"]+)"'), "activate", tag
  end
end
