// A throw-away PostgreSQL server for the store tests: initdb in a temporary folder, started
// on a free loopback port with trust authentication, stopped and deleted at exit. As root
// the server runs as the postgres user (runuser), as PostgreSQL requires. Tests that need
// it skip with the reason when Debian's postgresql-15 is not installed.
#pragma once

#include <libpq-fe.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

namespace vigil::store::testing {

class PgServer {
 public:
  /// The process's server, started on first use; nullptr (with why()) when it cannot run.
  static PgServer* get() {
    static std::unique_ptr<PgServer> server = start();
    return server && server->port_ ? server.get() : nullptr;
  }
  static const std::string& why() { return why_; }

  /// A new empty database on the server; its URL.
  std::string new_database(const std::string& name) {
    exec("postgres", "DROP DATABASE IF EXISTS " + name);
    exec("postgres", "CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
    return url(name);
  }
  std::string url(const std::string& database) const {
    return "postgresql://postgres@127.0.0.1:" + std::to_string(port_) + "/" + database;
  }
  /// Runs SQL on a database; the first column of the first row ("" when none), or
  /// "error: ..." on failure.
  std::string exec(const std::string& database, const std::string& sql) const {
    PGconn* c = PQconnectdb(url(database).c_str());
    std::string out;
    if (PQstatus(c) != CONNECTION_OK) {
      out = std::string("error: ") + PQerrorMessage(c);
    } else {
      PGresult* r = PQexec(c, sql.c_str());
      const ExecStatusType st = PQresultStatus(r);
      if (st == PGRES_TUPLES_OK && PQntuples(r) > 0)
        out = PQgetvalue(r, 0, 0);
      else if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK)
        out = std::string("error: ") + PQresultErrorMessage(r);
      PQclear(r);
    }
    PQfinish(c);
    return out;
  }

  ~PgServer() {
    if (port_)
      run(as_owner_ + bin_ + "/pg_ctl -D " + dir_ + "/data -m immediate -w stop >/dev/null 2>&1");
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }

 private:
  static int run(const std::string& command) { return std::system(command.c_str()); }

  static std::unique_ptr<PgServer> start() {
    auto s = std::unique_ptr<PgServer>(new PgServer);
    for (const char* bin : {"/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin"}) {
      if (std::filesystem::exists(std::string(bin) + "/initdb")) {
        s->bin_ = bin;
        break;
      }
    }
    if (s->bin_.empty()) {
      why_ = "PostgreSQL server binaries not found (Debian postgresql-15; scripts/install-deps)";
      return s;
    }
    char tmpl[] = "/tmp/vigil-pg-XXXXXX";
    if (!mkdtemp(tmpl)) {
      why_ = "cannot make a temporary folder";
      return s;
    }
    s->dir_ = tmpl;
    if (geteuid() == 0) {
      if (run("id postgres >/dev/null 2>&1") != 0) {
        why_ = "running as root and there is no postgres user to run the server";
        return s;
      }
      run("chown postgres " + s->dir_);
      s->as_owner_ = "runuser -u postgres -- ";
    }
    // A free port: bind port 0 on loopback and take what the kernel gave.
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    const int port = ntohs(addr.sin_port);
    close(fd);
    const std::string data = s->dir_ + "/data";
    if (run(s->as_owner_ + s->bin_ + "/initdb -D " + data +
            " -A trust -U postgres -E UTF8 --no-sync >" + s->dir_ + "/initdb.log 2>&1") != 0) {
      why_ = "initdb failed (see " + s->dir_ + "/initdb.log)";
      return s;
    }
    const std::string options = "-p " + std::to_string(port) + " -k " + s->dir_ +
                                " -c listen_addresses=127.0.0.1 -c fsync=off";
    if (run(s->as_owner_ + s->bin_ + "/pg_ctl -D " + data + " -o '" + options + "' -l " + s->dir_ +
            "/server.log -w start >/dev/null 2>&1") != 0) {
      why_ = "the PostgreSQL server did not start (see " + s->dir_ + "/server.log)";
      return s;
    }
    s->port_ = port;
    return s;
  }

  PgServer() = default;
  std::string bin_, dir_, as_owner_;
  int port_ = 0;
  static inline std::string why_;
};

}  // namespace vigil::store::testing
