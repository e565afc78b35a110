-- wrk script: each connection cycles through dashboard-like API requests (bench/load/run.sh).
-- (400s are tested in tests/unit/server/hostile_test.cc; here every answer should be a 200.)
local paths = {
  "/api/health",
  "/api/events?limit=100",
  "/api/events?target_country=CHN&root=11&limit=50",
  "/api/events?source_country=USA&from=1987-03-01&to=1987-05-31&limit=100",
  "/api/events?quad=4&offset=1000&limit=100",
  "/api/aggregate?group_by=month&target_country=USA",
  "/api/aggregate?group_by=source_country&root=11,12&from=1987-03-01&to=1987-05-31",
  "/api/coalition?target_country=USA&from=1987-03-01&to=1987-05-31",
  "/api/quotes?limit=20",
  "/api/events?doc=nosuch",
}
local counter = 0
function init(args)
  counter = math.random(#paths)
end
function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end
local statuses = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end
function done(summary, latency, requests)
  io.write(string.format("requests %d, errors: connect %d read %d write %d status %d timeout %d\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.status, summary.errors.timeout))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%g %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
