// vigil serve against hostile requests (issue 15): injection attempts in every parameter,
// malformed and oversized requests, and clients that connect and send nothing. The store is
// built by `vigil ingest` from sentences of our own. No timing is asserted: a request that
// gets no answer at all fails (httplib's client gives up after its own timeouts).
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "vigil/server.h"
#include "vigil/store.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kVigil = VIGIL_BINARY;

constexpr const char* kDocuments =
    R"({"id": "h-1", "date": "2020-06-01", "source": "Test Wire", "text": "Canada condemned China on Monday over the arrests of journalists. \"We will not stay silent,\" said Foreign Minister Anna Berg."}
{"id": "h-2", "date": "2020-06-15", "source": "Test Wire", "text": "Australia criticised China for its new security law. Germany praised France for its leadership."}
)";

// Values an attacker tries in every parameter.
const std::vector<std::string> kAttacks = {
    "CHN' OR '1'='1",
    "CHN\" OR \"1\"=\"1",
    "1; DROP TABLE events; --",
    "CHN') UNION SELECT sql FROM sqlite_master --",
    "%",
    "_",
    "*",
    "CHN%00",
    std::string("CHN\0X", 5),
    "../../../../etc/passwd",
    "<script>alert(1)</script>",
    "${jndi:ldap://x}",
    "-1",
    "99999999999999999999999",
    "1e3",
    "0x10",
    std::string(600, 'A'),
    "\xff\xfe",
};

class HostileTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("vigil-hostile-test-" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    std::ofstream(dir_ / "docs.jsonl") << kDocuments;
    db_ = (dir_ / "events.db").string();
    const std::string ingest =
        kVigil + " ingest --quiet --db " + db_ + " " + (dir_ / "docs.jsonl").string() + " 2>&1";
    ASSERT_EQ(std::system(ingest.c_str()), 0);
    vigil::store::OpenOptions open;
    open.read_only = true;
    open.create = false;
    auto store = vigil::store::Store::open(db_, open);
    ASSERT_TRUE(store.ok()) << store.status().to_string();
    vigil::server::ServerOptions options;
    options.port = 0;
    auto server = vigil::server::Server::start(
        std::make_unique<vigil::server::Api>(std::move(store.value())), options);
    ASSERT_TRUE(server.ok()) << server.status().to_string();
    server_ = server.value().release();
    thread_ = new std::thread([] { server_->run(); });
    for (int i = 0; i < 100 && !client().Get("/api/health"); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  static void TearDownTestSuite() {
    if (server_) server_->stop();
    if (thread_) thread_->join();
    delete thread_;
    delete server_;
    fs::remove_all(dir_);
  }

  static httplib::Client client() {
    httplib::Client c("127.0.0.1", server_->port());
    c.set_connection_timeout(30);
    c.set_read_timeout(60);
    return c;
  }

  // GET path?base&name=value, value URL-encoded as a browser would; `base` holds the
  // parameters the endpoint needs (e.g. group_by), without `name`.
  static httplib::Result get(const std::string& path, const std::string& base,
                             const std::string& name, const std::string& value) {
    std::string query;
    for (size_t from = 0; from < base.size();) {
      size_t amp = base.find('&', from);
      if (amp == std::string::npos) amp = base.size();
      const std::string pair = base.substr(from, amp - from);
      if (pair.substr(0, pair.find('=')) != name) query += pair + "&";
      from = amp + 1;
    }
    return client().Get(path + "?" + query + httplib::detail::encode_query_param(name) + "=" +
                        httplib::detail::encode_query_param(value));
  }

  static inline fs::path dir_;
  static inline std::string db_;
  static inline vigil::server::Server* server_ = nullptr;
  static inline std::thread* thread_ = nullptr;
};

// Every parameter of every endpoint, with every attack: a 400 naming the parameter, or a
// 200 whose rows are what the query legitimately allows (none: no actor, date or text of
// ours looks like an attack). Afterwards the store answers exactly as before.
TEST_F(HostileTest, InjectionInEveryParameterIsRefusedOrMatchesNothing) {
  auto before = client().Get("/api/events?limit=1000");
  ASSERT_TRUE(before);
  ASSERT_EQ(before->status, 200);
  const json all = json::parse(before->body);
  ASSERT_GT(all["events"].size(), 0u);

  struct Endpoint {
    std::string path, base;
    std::vector<std::string> names;
  };
  const std::vector<Endpoint> endpoints = {
      {"/api/events",
       "",
       {"source", "target", "source_country", "target_country", "sector", "target_sector", "code",
        "plover", "root", "quad", "doc", "from", "to", "by_published", "text", "limit", "offset"}},
      {"/api/aggregate",
       "group_by=source_country",
       {"group_by", "source_country", "root", "from", "text", "doc", "limit"}},
      {"/api/coalition", "", {"target_country", "root", "from", "to", "doc", "limit"}},
      {"/api/quotes", "", {"speaker", "partial", "doc", "from", "text", "limit", "offset"}},
      {"/api/documents/h-1", "", {"limit"}},
      {"/api/health", "", {"x"}},
  };
  size_t refused = 0, empty = 0;
  for (const auto& [path, base, names] : endpoints) {
    for (const std::string& name : names) {
      for (const std::string& attack : kAttacks) {
        auto r = get(path, base, name, attack);
        ASSERT_TRUE(r) << path << " " << name << "=" << attack << ": no answer";
        const std::string what = path + " " + name + "=" + attack + " -> " +
                                 std::to_string(r->status) + " " + r->body.substr(0, 200);
        ASSERT_TRUE(r->status == 200 || r->status == 400) << what;
        const json body = json::parse(r->body, nullptr, false);
        ASSERT_FALSE(body.is_discarded()) << what;
        if (r->status == 400) {
          EXPECT_EQ(body.value("parameter", ""), name) << what;
          ++refused;
          continue;
        }
        // A 200: the attack was taken as a literal value that matches nothing.
        for (const char* rows : {"events", "groups", "quotations", "rows"}) {
          if (body.contains(rows) && body[rows].is_array()) {
            EXPECT_TRUE(body[rows].empty()) << what;
            ++empty;
          }
        }
      }
    }
  }
  EXPECT_GT(refused, 0u);
  auto after = client().Get("/api/events?limit=1000");
  ASSERT_TRUE(after);
  EXPECT_EQ(after->body, before->body) << "the store changed under attack";
}

// Malformed requests get a 4xx with a JSON body, never a 5xx or a dropped connection.
TEST_F(HostileTest, MalformedRequestsGet4xx) {
  struct Case {
    std::string target;
    int status;
  };
  const std::vector<Case> cases = {
      {"/api/events?limit=1&limit=2", 400},    // a single value given twice
      {"/api/events?target_contry=CHN", 400},  // unknown parameter
      {"/api/events?limit=%zz", 400},          // bad percent-encoding, kept literal
      {"/api/events?from=2020-13-01", 400},    // not a date (was a 200 matching nothing)
      {"/api/events?to=2021-02-29", 400},
      {"/api/events?from=2020-06-00", 400},
      {"/api/events?from=2020-06-02&to=2020-06-01", 400},
      {"/api/events?limit=0", 400},
      {"/api/nosuch", 404},
      {"/api/documents/nosuch", 404},
  };
  for (const Case& c : cases) {
    auto r = client().Get(c.target);
    ASSERT_TRUE(r) << c.target;
    EXPECT_EQ(r->status, c.status) << c.target << ": " << r->body;
    EXPECT_FALSE(json::parse(r->body, nullptr, false).is_discarded()) << c.target;
  }
  auto post = client().Post("/api/events", "x=1", "application/x-www-form-urlencoded");
  ASSERT_TRUE(post);
  EXPECT_GE(post->status, 400);
  EXPECT_LT(post->status, 500);
}

// Oversized requests: a 100 KB URL, a 100 KB header, a 1 MB body.
TEST_F(HostileTest, OversizedRequestsGet4xx) {
  auto long_url = client().Get("/api/events?text=" + std::string(100000, 'a'));
  ASSERT_TRUE(long_url);
  EXPECT_EQ(long_url->status, 414);

  auto long_header = client().Get("/api/health", {{"X-Big", std::string(100000, 'b')}});
  // httplib refuses a request whose header line is over its limit: 400, or the
  // connection closed without an answer; never a 200 or a 5xx.
  if (long_header) {
    EXPECT_GE(long_header->status, 400);
    EXPECT_LT(long_header->status, 500);
  }

  auto big_body = client().Post("/api/events", std::string(1 << 20, 'c'), "text/plain");
  if (big_body) {
    EXPECT_GE(big_body->status, 400);
    EXPECT_LT(big_body->status, 500);
  }
  auto ok = client().Get("/api/health");  // and the server still serves
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200);
}

// Clients that connect and send nothing (more of them than the server has workers) do
// not keep others out: the server drops them after its read timeout.
TEST_F(HostileTest, IdleConnectionsDoNotHoldEveryWorker) {
  std::vector<int> idle;
  for (int i = 0; i < 64; ++i) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(server_->port()));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    if (i % 2 == 0) ::send(fd, "GET /api/health HTTP/1.1\r\nHost: x\r\n", 35, 0);  // unfinished
    idle.push_back(fd);
  }
  auto r = client().Get("/api/health");
  ASSERT_TRUE(r) << "no answer while 64 idle clients are connected";
  EXPECT_EQ(r->status, 200);
  for (int fd : idle) ::close(fd);
}

// Clients that send their request a byte a second (each byte inside the read timeout, so
// httplib never drops them) do not keep others out: the pool grows past them. With
// httplib's fixed pool of 8, 16 such clients left every other request unanswered.
TEST_F(HostileTest, SlowClientsDoNotHoldEveryWorker) {
  std::vector<int> slow;
  for (int i = 0; i < 16; ++i) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(server_->port()));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    slow.push_back(fd);
  }
  std::atomic<bool> stop{false};
  std::thread trickle([&] {
    const std::string request = "GET /api/health HTTP/1.1\r\nX-Slow: " + std::string(4000, 'a');
    for (size_t k = 0; k < request.size() && !stop; ++k) {
      for (int fd : slow) ::send(fd, request.data() + k, 1, MSG_NOSIGNAL);
      for (int t = 0; t < 10 && !stop; ++t)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });
  std::this_thread::sleep_for(std::chrono::seconds(2));  // every slow client is being served
  auto r = client().Get("/api/health");
  stop = true;
  trickle.join();
  for (int fd : slow) ::close(fd);
  ASSERT_TRUE(r) << "no answer while 16 slow clients are sending";
  EXPECT_EQ(r->status, 200);
}

}  // namespace
