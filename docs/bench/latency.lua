-- Each request carries one of the sessions listed in the file named by $COOKIES (one JSESSIONID per line), in
-- turn, so the load comes from that many signed-in people at once. Prints one line: requests/s, p50, p95, p99
-- latency in ms and the count of errors (non-2xx/3xx answers, connection errors and timeouts).
local sessions = {}
local n = 0

init = function(args)
  local file = assert(io.open(os.getenv("COOKIES"), "r"))
  for line in file:lines() do
    if line ~= "" then table.insert(sessions, "JSESSIONID=" .. line) end
  end
  file:close()
  n = math.random(#sessions)
end

request = function()
  n = n % #sessions + 1
  return wrk.format(nil, nil, { ["Cookie"] = sessions[n] })
end

done = function(summary, latency, requests)
  local rps = summary.requests / (summary.duration / 1e6)
  io.write(string.format("%8.1f %10.1f %8.1f %8.1f %8d\n", rps,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
