-- Loaded by ApiBenchmark into every wrk run: when the run ends, one line that the benchmark reads back
-- (latencies in microseconds; errors are socket errors and timeouts, status_errors the non-2xx/3xx answers).
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'CCHC_WRK {"requests":%d,"duration_us":%d,"bytes":%d,"errors":%d,"status_errors":%d,'
      .. '"p50_us":%.0f,"p99_us":%.0f,"max_us":%.0f}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(99), latency.max))
end
