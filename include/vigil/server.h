// The JSON API and dashboard over an event store (`vigil serve`, docs/server.md).
//
//   auto store = vigil::store::Store::open("news.db", {.read_only = true, .create = false});
//   vigil::server::Api api(std::move(store.value()));
//   auto r = api.handle("/api/events", {{"target_country", "CHN"}, {"root", "11"}});
//   // r.status == 200, r.body == {"events": [...], ...}
//
//   auto server = vigil::server::Server::start(std::move(api_ptr), {.port = 0});  // binds
//   server.value()->port();  server.value()->run();  // until stop()
//
// The API is read-only: every request reads the store through its public filters
// (parameterised SQL only), results are bounded, and a malformed parameter is answered
// with 400 and {"error": "...", "parameter": "name"}.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <string>

#include "vigil/status.h"
#include "vigil/store.h"

namespace vigil::server {

/// Query parameters of a request (a name may repeat: values are joined as a list).
using Params = std::multimap<std::string, std::string>;

/// An HTTP answer.
struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

/// The HTTP status that answers a library error of kind `code`: 400 for kInvalidArgument,
/// 404 kNotFound, 409 kFailedPrecondition, 503 kUnavailable, 500 for the rest (the
/// server's own data or fault), 200 for kOk.
int http_status(StatusCode code);

/// Bounds on what one request may read.
struct ApiOptions {
  /// Rows returned when a request gives no `limit`.
  size_t default_limit = 100;
  /// The largest `limit` a request may ask (a larger one gets 400).
  size_t max_limit = 1000;
  /// The largest `offset` a request may ask (paging deeper reads too much per request).
  size_t max_offset = 100000;
  /// Events listed with a document (GET /api/documents/{id}).
  size_t max_document_events = 2000;
  /// Connections to the store, one per request answered at once: the store given, plus
  /// read-only ones opened on its path (fewer when they cannot be opened). A page of the
  /// dashboard asks several questions at a time.
  size_t connections = 2;
};

/// The API's request handler over one store. Thread-safe: a request waits for a free
/// connection of the pool (ApiOptions::connections) and has it to itself.
class Api {
 public:
  explicit Api(std::unique_ptr<store::Store> store, const ApiOptions& options = {});
  ~Api();
  Api(const Api&) = delete;
  Api& operator=(const Api&) = delete;

  /// Answers GET `path` (e.g. "/api/events") with `params`. Unknown paths get 404, bad
  /// parameters 400, store failures 500; the body is always JSON.
  Response handle(const std::string& path, const Params& params);

  /// The connections open to the store (ApiOptions::connections, or fewer).
  size_t connections() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Where and what to serve.
struct ServerOptions {
  /// Address to bind; loopback by default (127.0.0.1, ::1 and localhost are loopback).
  std::string host = "127.0.0.1";
  /// Port to bind; 0 = any free port (see Server::port).
  int port = 8080;
  /// Folder of the dashboard's static files served at "/"; "" = none (API only).
  std::string web_dir;
};

/// True for 127.x.x.x, ::1 and "localhost".
bool is_loopback(const std::string& host);

/// An HTTP server answering /api/* with an Api and other paths from the web folder.
class Server {
 public:
  /// Binds the address (fails with a message when it cannot); does not serve yet.
  static Result<std::unique_ptr<Server>> start(std::unique_ptr<Api> api,
                                               const ServerOptions& options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  /// The bound port.
  int port() const;
  /// Serves requests until stop() is called (from another thread).
  Status run();
  /// Makes run() return; safe from any thread.
  void stop();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace vigil::server
