-- wrk script: POST /api/v1/waitlist with a different email every request (Appendix A's
-- join body; timeOnPageMs above the minimum, the honeypot empty). Each wrk thread gets its
-- own prefix, so no two requests of a run share an address; a run's prefix is new too
-- (RUN_ID in the environment), so a second run on the same database joins new people.
local counter = 0
local prefix = "t"
local threads = {}
local run = os.getenv("RUN_ID") or tostring(os.time())

function setup(thread)
   thread:set("id", #threads + 1)
   table.insert(threads, thread)
end

function init(args)
   prefix = run .. "x" .. tostring(id)
end

function request()
   counter = counter + 1
   local body = string.format(
      '{"email":"bench.%s.%d@rentflow-bench.in","fullName":"Bench Person","source":"wrk",' ..
      '"timeOnPageMs":8000,"website":""}', prefix, counter)
   return wrk.format("POST", "/api/v1/waitlist", {["Content-Type"] = "application/json"}, body)
end

function done(summary, latency, requests)
   io.write(string.format("requests: %d, non-2xx/3xx: %d\n", summary.requests, summary.errors.status))
end
