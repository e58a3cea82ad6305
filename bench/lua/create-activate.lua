-- Create a PLANNED village work-team assignment, then activate it with the ETag the create
-- answered (POST /api/v1/assignments, POST /api/v1/assignments/{id}/activate). Run with as many
-- threads as connections, so each thread's connection alternates create and activate.
-- Each thread walks its own people, skipping those seeded with an ACTIVE residency (n % 10 = 1),
-- so an activation is refused (409) only if a run outlasts the people.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local threads_total = tonumber(os.getenv("BENCH_THREADS"))
local k = 0
local offset = tonumber(os.getenv("BENCH_OFFSET") or "0")
local pending, etag = nil, nil
request = function()
  if pending then
    local h = { ["Authorization"] = json_headers.Authorization, ["Content-Type"] = "application/json",
                ["Accept"] = "application/json", ["If-Match"] = etag }
    return wrk.format("POST", "/api/v1/assignments/" .. pending .. "/activate", h, "{}")
  end
  local m = offset + tid + threads_total * k
  k = k + 1
  local n = 10 * math.floor((m - 1) / 9) + 2 + (m - 1) % 9
  n = 1 + (n - 1) % people
  local body = string.format('{"personId":"%s","role":"WORK_TEAM_MEMBER","hostOrganisationId":"%s",'
    .. '"sendingOrganisationId":"%s","sendingLevel":"CITY","batchYear":2026,"startDate":"2026-11-01",'
    .. '"plannedEndDate":"2028-10-31","note":"bench"}',
    row_id(4, n), row_id(3, 1 + n % villages), row_id(3, villages + 1))
  return wrk.format("POST", "/api/v1/assignments", json_headers, body)
end
response = function(status, headers, body)
  if pending then
    pending = nil
  elseif status == 201 then
    pending = body:match('"id":"([^"]+)"')
    etag = headers["ETag"] or headers["etag"] or headers["Etag"]
  end
end
