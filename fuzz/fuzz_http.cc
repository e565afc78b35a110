// libFuzzer target: the HTTP API's query parameters, as `vigil serve` receives them.
// The input is an endpoint selector (first byte) and a raw query string, decoded by
// cpp-httplib's own query parser (what the server does before calling the API) and
// answered by server::Api::handle over a small store of our own documents. No socket.
// Invariants checked: no crash, leak or hang; every answer is 200, 400 or 404 with a JSON
// body (a 500 would mean a parameter reached the store unchecked).
#include <httplib.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "vigil/server.h"
#include "vigil/store.h"
#include "vigil/vigil.h"

namespace {

std::unique_ptr<vigil::server::Api> api;

constexpr const char* kDocuments[][3] = {
    {"f-1", "2020-06-01",
     "Canada condemned China on Monday over the arrests of journalists. \"We will not stay "
     "silent,\" said the foreign minister."},
    {"f-2", "2020-06-15",
     "Australia criticised China for its new security law. Germany "
     "praised France for its leadership."},
    {"f-3", "2020-07-20", "Police in Kenya arrested dozens of protesters in Nairobi."},
};

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("vigil-fuzz-http-" + std::to_string(getpid()) + ".db"))
                               .string();
  std::filesystem::remove(path);
  auto engine = vigil::Engine::open();
  if (!engine.ok()) std::abort();
  std::vector<vigil::store::CodedDocument> coded;
  for (const auto& d : kDocuments) {
    vigil::store::CodedDocument& c = coded.emplace_back();
    c.document.id = d[0];
    c.document.date = d[1];
    c.document.text = d[2];
    c.document.source = "Fuzz Wire";
    c.events = engine.value().code(c.document).events;
    c.quotations = vigil::store::find_quotations(*engine.value().pipeline(), c.document);
  }
  {
    auto writable = vigil::store::Store::open(path);
    if (!writable.ok() || !writable.value()->put(coded, {}).ok()) std::abort();
  }
  vigil::store::OpenOptions open;
  open.read_only = true;
  open.create = false;
  auto store = vigil::store::Store::open(path, open);
  if (!store.ok()) std::abort();
  vigil::server::ApiOptions limits;
  limits.max_limit = 50;
  api = std::make_unique<vigil::server::Api>(std::move(store.value()), limits);
  std::filesystem::remove(path);  // the open connection keeps the file's data
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static constexpr const char* kPaths[] = {"/api/events",    "/api/aggregate", "/api/coalition",
                                           "/api/quotes",    "/api/health",    "/api/documents/f-1",
                                           "/api/documents/"};
  std::string path = kPaths[data[0] % 7];
  std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (path.back() == '/') {  // a fuzzed document id, up to the first '?'
    const size_t q = rest.find('?');
    path += httplib::detail::decode_url(std::string(rest.substr(0, q)), false);
    rest = q == std::string_view::npos ? std::string_view() : rest.substr(q + 1);
  }
  httplib::Params decoded;
  httplib::detail::parse_query_text(std::string(rest), decoded);
  const vigil::server::Params params(decoded.begin(), decoded.end());
  const vigil::server::Response r = api->handle(path, params);
  if (r.status != 200 && r.status != 400 && r.status != 404) std::abort();
  if (r.content_type == "application/json" && !nlohmann::json::accept(r.body)) std::abort();
  return 0;
}
