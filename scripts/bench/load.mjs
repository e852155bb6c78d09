// One autocannon run, reduced to the figures the benchmark table reports.
import autocannon from "autocannon";

export async function load({ url, method = "GET", headers, body, connections = 50, duration = 8, requests }) {
  const result = await autocannon({ url, method, headers, body, connections, duration, requests, timeout: 10 });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    total: result.requests.total,
  };
}
