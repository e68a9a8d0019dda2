-- Prints one line: requests/s, p50, p95, p99 latency in ms and the count of non-2xx/3xx answers.
local errors = 0
response = function(status, headers, body)
  if status >= 400 then errors = errors + 1 end
end
done = function(summary, latency, requests)
  local rps = summary.requests / (summary.duration / 1e6)
  io.write(string.format("%8.1f %10.1f %8.1f %8.1f %8d\n", rps,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
