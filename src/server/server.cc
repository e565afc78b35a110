// The HTTP side (cpp-httplib, Debian's libcpp-httplib-dev): /api/* goes to the Api, other
// GET paths to the dashboard's static files. httplib's exceptions stay in this file.
#include "vigil/server.h"

#include <httplib.h>

#include <exception>
#include <string>

namespace vigil::server {

bool is_loopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host == "[::1]" || host.rfind("127.", 0) == 0;
}

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
  http.Get(R"(/api/.*)", [handler](const httplib::Request& req, httplib::Response& res) {
    Params params(req.params.begin(), req.params.end());
    Response r = handler->handle(req.path, params);
    res.status = r.status;
    res.set_header("Cache-Control", "no-store");
    res.set_content(r.body, r.content_type.c_str());
  });
  if (!options.web_dir.empty() && !http.set_mount_point("/", options.web_dir))
    return Status::error("vigil serve: cannot serve the web folder '" + options.web_dir +
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
    return Status::error("vigil serve: cannot listen on " + options.host + ": " + e.what());
  }
  if (impl->port < 0)
    return Status::error("vigil serve: cannot listen on " + options.host + ":" +
                         std::to_string(options.port) + " (address in use or not available)");
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

int Server::port() const { return impl_->port; }

Status Server::run() {
  try {
    if (!impl_->http.listen_after_bind() && impl_->http.is_running())
      return Status::error("vigil serve: the server stopped on an error");
  } catch (const std::exception& e) {
    return Status::error(std::string("vigil serve: ") + e.what());
  }
  return {};
}

void Server::stop() { impl_->http.stop(); }

}  // namespace vigil::server
