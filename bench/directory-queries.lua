-- Rotates through faceted directory searches and prints the 95th percentile at the end.
local paths = {
  "/directory?q=cleaning",
  "/directory?legalForm=COMPANY&size=MICRO&locality=INSIDE",
  "/directory?cpv=45&locality=INSIDE&locality=NEIGHBOURING",
  "/directory?credential=REAL_LIVING_WAGE&verified=true",
  "/directory?q=apprentices&legalForm=CIC&sort=name",
  "/directory?sort=distance&postcode=OX14+3DB&size=SMALL",
  "/directory?q=catering+services&page=3",
  "/directory?locality=OUTSIDE&credential=B_CORP",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d requests, %d errors (status %d)\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    summary.errors.status))
end
