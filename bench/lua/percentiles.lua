-- Prints p50 and p95 latency in milliseconds and the request rate, in a line the bench script reads.
done = function(summary, latency, requests)
   io.write(string.format("RESULT p50_ms=%.1f p95_ms=%.1f rps=%.1f requests=%d non2xx=%d\n",
      latency:percentile(50) / 1000, latency:percentile(95) / 1000,
      summary.requests / (summary.duration / 1e6), summary.requests, summary.errors.status))
end
