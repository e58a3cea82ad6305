-- Read one person by id (GET /api/v1/personnel/{id}), a random one of the seeded people.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
request = function()
  return wrk.format("GET", "/api/v1/personnel/" .. row_id(4, math.random(1, people)), json_headers)
end
