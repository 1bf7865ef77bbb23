-- The soak's request mix, cycled in a fixed order (no randomness, so runs compare): per 100
-- requests 70 FiNUM list reads of 10 ids, 15 client reads, 10 contract creations, 4 admin reads
-- (health, clock) and 1 reset, which also keeps the created records from piling up.
local reqs = {}

init = function(args)
  local token = os.getenv("TOKEN")
  local auth = { ["Authorization"] = "Bearer " .. token }
  local json = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
  local ids = "C100001,C100002,C100003,C100004,C100005,C100006,C100007,C100008,C100009,C100010"
  local contract = '{"status":120,"holderId":"K100001","productId":"P1001","startDate":"2026-05-01","paymentInterval":"yearly"}'
  for i = 1, 100 do
    local r
    if i == 100 then
      r = wrk.format("POST", "/__admin/reset", { ["Content-Length"] = "0" })
    elseif i > 96 then
      r = wrk.format("GET", (i % 2 == 0) and "/__admin/health" or "/__admin/clock")
    elseif i > 86 then
      r = wrk.format("POST", "/finum/v1/contract", json, contract)
    elseif i > 71 then
      r = wrk.format("GET", "/finum/v1/client-list?id-list=K100001,K100002", auth)
    else
      r = wrk.format("GET", "/finum/v1/contract-list?id-list=" .. ids, auth)
    end
    reqs[i] = r
  end
end

local n = 0
request = function()
  n = n + 1
  return reqs[(n % #reqs) + 1]
end

-- Answers other than 2xx, counted by status per thread (wrk's threads share no state) and summed at
-- the end, so a failing soak says what failed.
local threads = {}
setup = function(thread)
  table.insert(threads, thread)
end

failed = {}
response = function(status, headers, body)
  if status >= 300 then
    failed[status] = (failed[status] or 0) + 1
  end
end

done = function(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("failed")) do
      total[status] = (total[status] or 0) + count
    end
  end
  for status, count in pairs(total) do
    io.write(string.format("status %d: %d\n", status, count))
  end
end
