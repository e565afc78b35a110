// vigil serve: the JSON API and the dashboard over a store (docs/server.md).
#include <pthread.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

#include "commands.h"
#include "vigil/server.h"
#include "vigil/store.h"

namespace vigil::cli {

namespace {

constexpr const char* kServeHelp =
    R"(usage: vigil serve --db PATH|URL [--host ADDR] [--port N] [--web DIR]

Serves the dashboard at / and a read-only JSON API over a store (docs/server.md):
  GET /api/events?target_country=CHN&root=11&from=2020-05&limit=50&offset=0
  GET /api/aggregate?group_by=week,quad&...     counts per group (vigil query --group-by)
  GET /api/coalition?target_country=CHN&root=11 who joined when (vigil query --coalition)
  GET /api/quotes?speaker=...&doc=...           quotations and speakers
  GET /api/documents/ID                         a document's text, events and quotations
  GET /api/health                               what the store holds
Filters: source, target, source_country, target_country, sector, target_sector, code,
root, plover, quad, from, to, by_published, text, doc (as vigil query's options);
a malformed parameter gets 400 and {"error": ..., "parameter": NAME}.

Options:
  --db PATH|URL   the store (a SQLite file or postgresql:// URL), opened read-only
  --host ADDR     address to listen on (default 127.0.0.1; anything but loopback exposes
                  the store to the network and is warned about)
  --port N        port (default 8080; 0 = any free port, printed at start)
  --web DIR       the dashboard's files (default $VIGIL_WEB, else the source tree's web/)
Ctrl-C (SIGINT) or SIGTERM stops the server.
)";

std::string default_web_dir() {
  if (const char* env = std::getenv("VIGIL_WEB"); env && *env) return env;
#ifdef VIGIL_WEB_DIR
  return VIGIL_WEB_DIR;
#else
  return "web";
#endif
}

}  // namespace

int run_serve(Args& args) {
  if (args.flag("--help") || args.flag("-h")) {
    std::fputs(kServeHelp, stdout);
    return 0;
  }
  std::string db, port_text;
  server::ServerOptions options;
  options.web_dir = default_web_dir();
  args.option("--db", db);
  args.option("--host", options.host);
  args.option("--web", options.web_dir);
  if (args.option("--port", port_text)) {
    char* end = nullptr;
    const long p = std::strtol(port_text.c_str(), &end, 10);
    if (port_text.empty() || *end || p < 0 || p > 65535) {
      std::fprintf(stderr, "vigil serve: --port takes a number 0-65535, got '%s'\n",
                   port_text.c_str());
      return 2;
    }
    options.port = static_cast<int>(p);
  }
  if (std::string bad = args.unknown_option(); !bad.empty() || !args.rest().empty()) {
    std::fprintf(stderr, "vigil serve: unexpected argument '%s' (see vigil serve --help)\n",
                 bad.empty() ? args.rest().front().c_str() : bad.c_str());
    return 2;
  }
  if (db.empty()) {
    std::fputs("vigil serve: --db PATH|URL is required (see vigil serve --help)\n", stderr);
    return 2;
  }
  store::OpenOptions open;
  open.read_only = true;
  open.create = false;
  auto store = store::Store::open(db, open);
  if (!store.ok()) {
    std::fprintf(stderr, "vigil serve: %s\n", store.status().to_string().c_str());
    return 1;
  }
  if (!server::is_loopback(options.host))
    std::fprintf(stderr,
                 "vigil serve: warning: listening on %s, not loopback: anyone who can reach "
                 "this machine can read the store (there is no authentication)\n",
                 options.host.c_str());

  // SIGINT/SIGTERM are taken by one thread (sigwait) that stops the server; every other
  // thread, the server's included, inherits the blocked mask.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  auto server =
      server::Server::start(std::make_unique<server::Api>(std::move(store.value())), options);
  if (!server.ok()) {
    std::fprintf(stderr, "%s\n", server.status().to_string().c_str());
    return 1;
  }
  const bool v6 = options.host.find(':') != std::string::npos && options.host.front() != '[';
  std::fprintf(stderr, "vigil serve: %s on http://%s%s%s:%d/ (Ctrl-C stops)\n", db.c_str(),
               v6 ? "[" : "", options.host.c_str(), v6 ? "]" : "", server.value()->port());
  std::fflush(stderr);
  server::Server* s = server.value().get();
  std::thread waiter([&stop_signals, s] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    s->stop();
  });
  Status st = s->run();
  // run() ended (a signal, or an error): wake the waiter if it still waits.
  if (waiter.joinable()) {
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
  }
  if (!st.ok()) {
    std::fprintf(stderr, "%s\n", st.to_string().c_str());
    return 1;
  }
  std::fputs("vigil serve: stopped\n", stderr);
  return 0;
}

}  // namespace vigil::cli
