-- POSTs notifications with a new client key each time, spread over the LOCATIONS (env, comma-separated) of the
-- API key's organisation: one per request, or a batch of BATCH (env) per request.
local counter = 0
local threads = {}
local batch = tonumber(os.getenv("BATCH") or "1")
local locations = {}
for id in string.gmatch(os.getenv("LOCATIONS"), "[^,]+") do
   table.insert(locations, id)
end
local run = os.getenv("RUN") or "run"

setup = function(thread)
   thread:set("tid", #threads + 1)
   table.insert(threads, thread)
end

local function one(i)
   return string.format('{"clientKey":"bench-%s-%d-%d","locationId":"%s","type":"POLICE_INCIDENT",'
      .. '"details":{"incidentDate":"%s","whatHappened":"A visitor was arrested after a disturbance in the car park.",'
      .. '"harmLevel":"NO_HARM","actionsTaken":"Visiting arrangements reviewed with the police."}}', run, tid, i, locations[i % #locations + 1], os.getenv("EVENT_DATE"))
end

request = function()
   local body
   if batch == 1 then
      counter = counter + 1
      body = one(counter)
   else
      local items = {}
      for _ = 1, batch do
         counter = counter + 1
         table.insert(items, one(counter))
      end
      body = "[" .. table.concat(items, ",") .. "]"
   end
   return wrk.format("POST", nil, {["Content-Type"] = "application/json",
      ["Authorization"] = "Bearer " .. os.getenv("API_KEY")}, body)
end

done = function(summary, latency, requests)
   io.write(string.format("RESULT rps=%.1f requests=%d non2xx=%d p95_ms=%.1f\n",
      summary.requests / (summary.duration / 1e6), summary.requests, summary.errors.status,
      latency:percentile(95) / 1000))
end
