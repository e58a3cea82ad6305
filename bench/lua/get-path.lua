-- The same GET again and again: BENCH_PATH (a list page, the statistics overview).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local path = os.getenv("BENCH_PATH")
request = function()
  return wrk.format("GET", path, json_headers)
end
