// The HTTP side (cpp-httplib, Debian's libcpp-httplib-dev): /api/* goes to the Api, other
// GET paths to the dashboard's static files. httplib's exceptions stay in this file.
#include "vigil/server.h"

#include <httplib.h>

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace vigil::server {

bool is_loopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host == "[::1]" || host.rfind("127.", 0) == 0;
}

namespace {

// The connections' workers: a pool that grows by a thread whenever every worker is busy, up
// to kMaxWorkers. httplib's own pool has a fixed 8 threads, and a client that sends its
// request a byte at a time (each byte inside httplib's 5 s read timeout) holds a worker
// until the 8 KB header limit: 8 such clients kept everyone else out. Now it takes
// kMaxWorkers of them at once (docs/hostile-input.md).
class GrowingPool : public httplib::TaskQueue {
 public:
  static constexpr size_t kMaxWorkers = 256;

  ~GrowingPool() override { shutdown(); }

  void enqueue(std::function<void()> fn) override {
    std::lock_guard<std::mutex> lock(mutex_);
    jobs_.push_back(std::move(fn));
    // Each idle worker takes one job; a job beyond them gets a new worker.
    if (jobs_.size() > idle_ && workers_.size() < kMaxWorkers) {
      workers_.emplace_back([this] { work(); });
    } else {
      ready_.notify_one();
    }
  }

  void shutdown() override {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (stopping_) return;
      stopping_ = true;
    }
    ready_.notify_all();
    for (std::thread& t : workers_) t.join();
  }

 private:
  void work() {
    for (;;) {
      std::function<void()> job;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        ++idle_;
        ready_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
        --idle_;
        if (jobs_.empty()) return;  // stopping, and nothing left to do
        job = std::move(jobs_.front());
        jobs_.pop_front();
      }
      job();
    }
  }

  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> jobs_;
  std::vector<std::thread> workers_;  // only grows; joined at shutdown
  size_t idle_ = 0;
  bool stopping_ = false;
};

}  // namespace

struct Server::Impl {
  std::unique_ptr<Api> api;
  httplib::Server http;
  int port = 0;
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() = default;

Result<std::unique_ptr<Server>> Server::start(std::unique_ptr<Api> api,
                                              const ServerOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->api = std::move(api);
  Api* handler = impl->api.get();
  httplib::Server& http = impl->http;
  // The dashboard loads nothing from elsewhere; say so to the browser too.
  http.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                            {"Content-Security-Policy",
                             "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                             "script-src 'self'; connect-src 'self'; frame-ancestors 'none'"},
                            {"Referrer-Policy", "no-referrer"}});
  http.set_payload_max_length(64 * 1024);  // GET only: no request needs a body
  http.new_task_queue = [] { return new GrowingPool; };
  http.Get(R"(/api/.*)", [handler](const httplib::Request& req, httplib::Response& res) {
    Params params(req.params.begin(), req.params.end());
    Response r = handler->handle(req.path, params);
    res.status = r.status;
    res.set_header("Cache-Control", "no-store");
    res.set_content(r.body, r.content_type.c_str());
  });
  if (!options.web_dir.empty() && !http.set_mount_point("/", options.web_dir))
    return Status::error(StatusCode::kNotFound, "vigil serve: cannot serve the web folder '" +
                                                    options.web_dir +
                                                    "' (missing or not a folder)");
  http.set_file_extension_and_mimetype_mapping("js", "text/javascript; charset=utf-8");
  http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (req.path.rfind("/api/", 0) == 0 || res.body.empty()) {
      if (res.status == 404 && req.path.rfind("/api/", 0) != 0) {
        res.set_content("{\"error\": \"not found\"}", "application/json");
      } else if (res.status == 404 || res.status == 405) {
        res.set_content(res.status == 404 ? "{\"error\": \"not found\"}"
                                          : "{\"error\": \"only GET is served\"}",
                        "application/json");
      }
    }
  });
  try {
    if (options.port == 0) {
      impl->port = http.bind_to_any_port(options.host);
    } else {
      impl->port = http.bind_to_port(options.host, options.port) ? options.port : -1;
    }
  } catch (const std::exception& e) {
    return Status::error(StatusCode::kUnavailable,
                         "vigil serve: cannot listen on " + options.host + ": " + e.what());
  }
  if (impl->port < 0)
    return Status::error(StatusCode::kUnavailable, "vigil serve: cannot listen on " + options.host +
                                                       ":" + std::to_string(options.port) +
                                                       " (address in use or not available)");
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

int Server::port() const { return impl_->port; }

Status Server::run() {
  try {
    if (!impl_->http.listen_after_bind() && impl_->http.is_running())
      return Status::error(StatusCode::kInternal, "vigil serve: the server stopped on an error");
  } catch (const std::exception& e) {
    return Status::error(StatusCode::kInternal, std::string("vigil serve: ") + e.what());
  }
  return {};
}

void Server::stop() { impl_->http.stop(); }

}  // namespace vigil::server
