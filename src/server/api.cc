// The JSON API: query parameters -> store filters -> JSON. Parameters are checked here
// (each malformed one answered by name); the store binds every value as an SQL parameter.
#include <charconv>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/jsonl.h"
#include "vigil/server.h"

namespace vigil::server {

namespace {

using nlohmann::json;

// A request's parameter problem: answered with 400 and the parameter's name.
struct BadParam {
  std::string name;
  std::string message;
};

std::string dump(const json& j) {
  // Stored text is repaired UTF-8, but never let one bad byte turn into a 500.
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

Response json_response(int status, const json& body) {
  Response r;
  r.status = status;
  r.body = dump(body);
  return r;
}

// A library error: its HTTP status by kind, the message and the kind's name.
Response status_error(const Status& s) {
  return json_response(http_status(s.code()),
                       {{"error", s.message()}, {"code", std::string(to_string(s.code()))}});
}

Response bad_request(const BadParam& bad) {
  return json_response(400, {{"error", bad.message}, {"parameter", bad.name}});
}

// Reads a request's parameters, remembering which were used so that an unknown one can
// be refused (a typo such as `target_contry` would otherwise silently match everything).
class Reader {
 public:
  explicit Reader(const Params& params) : params_(params) {}

  // Every value of `name`, comma lists split, blanks dropped; "" values are absent.
  std::vector<std::string> list(const std::string& name, bool upper) {
    used_.push_back(name);
    std::vector<std::string> out;
    auto [b, e] = params_.equal_range(name);
    for (auto it = b; it != e; ++it) {
      std::string item;
      auto flush = [&] {
        const size_t first = item.find_first_not_of(' ');
        const size_t last = item.find_last_not_of(' ');
        if (first != std::string::npos) out.push_back(item.substr(first, last - first + 1));
        item.clear();
      };
      for (char c : it->second) {
        if (c == ',') {
          flush();
        } else {
          item += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        }
      }
      flush();
    }
    return out;
  }

  // The single value of `name` ("" when absent); a repeated one is an error.
  std::optional<BadParam> one(const std::string& name, std::string& value) {
    used_.push_back(name);
    auto [b, e] = params_.equal_range(name);
    value.clear();
    int n = 0;
    for (auto it = b; it != e; ++it) {
      if (it->second.empty()) continue;
      if (++n > 1) return BadParam{name, "'" + name + "' is given more than once"};
      value = it->second;
    }
    return std::nullopt;
  }

  // The first parameter no handler asked for.
  std::optional<BadParam> unknown() const {
    for (const auto& [name, value] : params_) {
      bool known = false;
      for (const std::string& u : used_) known = known || u == name;
      if (!known) return BadParam{name, "unknown parameter '" + name + "'"};
    }
    return std::nullopt;
  }

 private:
  const Params& params_;
  std::vector<std::string> used_;
};

bool all_of(std::string_view s, bool (*pred)(char)) {
  for (char c : s)
    if (!pred(c)) return false;
  return !s.empty();
}
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_code_char(char c) { return is_upper(c) || is_digit(c); }
bool is_plover_char(char c) { return is_upper(c) || c == '_' || c == '-'; }

// A non-negative integer at most `max`; nullopt when not one.
std::optional<size_t> read_count(const std::string& v, size_t max) {
  size_t n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (v.empty() || ec != std::errc() || end != v.data() + v.size() || n > max) return std::nullopt;
  return n;
}

struct Page {
  size_t limit = 0;
  size_t offset = 0;
};

std::optional<BadParam> read_page(Reader& in, const ApiOptions& options, Page& page,
                                  bool with_offset = true) {
  std::string v;
  if (auto bad = in.one("limit", v)) return bad;
  page.limit = options.default_limit;
  if (!v.empty()) {
    auto n = read_count(v, options.max_limit);
    if (!n || *n == 0)
      return BadParam{"limit", "'limit' takes a number from 1 to " +
                                   std::to_string(options.max_limit) + ", got '" + v + "'"};
    page.limit = *n;
  }
  if (!with_offset) return std::nullopt;
  if (auto bad = in.one("offset", v)) return bad;
  if (!v.empty()) {
    auto n = read_count(v, options.max_offset);
    if (!n)
      return BadParam{"offset", "'offset' takes a number from 0 to " +
                                    std::to_string(options.max_offset) + ", got '" + v + "'"};
    page.offset = *n;
  }
  return std::nullopt;
}

std::optional<BadParam> read_date(Reader& in, const std::string& name, bool last,
                                  std::string& out) {
  std::string v;
  if (auto bad = in.one(name, v)) return bad;
  if (v.empty()) return std::nullopt;
  auto bounds = store::date_bounds(v);
  out = last ? bounds.second : bounds.first;
  if (v.size() == 10 && !out.empty()) {
    // YYYY-MM-DD must be a day of its month (2020-13-01 and 2021-02-29 are not dates).
    const auto month = store::date_bounds(std::string_view(v).substr(0, 7));
    if (month.first.empty() || v < month.first || v > month.second) out.clear();
  }
  if (out.empty())
    return BadParam{name,
                    "'" + name + "' takes a date YYYY-MM-DD, YYYY-MM or YYYY, got '" + v + "'"};
  return std::nullopt;
}

// The event filters, named as `vigil query`'s options in snake_case.
std::optional<BadParam> read_filter(Reader& in, store::EventFilter& f) {
  struct ListParam {
    const char* name;
    std::vector<std::string>* field;
    bool (*valid)(char);
    size_t min, max;
    const char* what;
  };
  const ListParam lists[] = {
      {"source", &f.source, is_code_char, 3, 15, "actor code prefixes (e.g. CHN, USAGOV)"},
      {"target", &f.target, is_code_char, 3, 15, "actor code prefixes (e.g. CHN, USAGOV)"},
      {"source_country", &f.source_country, is_upper, 3, 3, "ISO 3166-1 alpha-3 codes (e.g. CAN)"},
      {"target_country", &f.target_country, is_upper, 3, 3, "ISO 3166-1 alpha-3 codes (e.g. CAN)"},
      {"sector", &f.source_sector, is_upper, 3, 3, "sector codes (e.g. GOV)"},
      {"target_sector", &f.target_sector, is_upper, 3, 3, "sector codes (e.g. GOV)"},
      {"code", &f.code, is_digit, 2, 4, "CAMEO code prefixes (e.g. 11, 112)"},
      {"plover", &f.plover, is_plover_char, 3, 20, "PLOVER event types (e.g. ACCUSE)"},
  };
  for (const ListParam& p : lists) {
    *p.field = in.list(p.name, true);
    for (const std::string& item : *p.field)
      if (!all_of(item, p.valid) || item.size() < p.min || item.size() > p.max)
        return BadParam{p.name,
                        "'" + std::string(p.name) + "' takes " + p.what + ", got '" + item + "'"};
  }
  f.root = in.list("root", false);
  for (std::string& r : f.root) {
    if (r.size() == 1 && is_digit(r[0])) r = "0" + r;
    if (r.size() != 2 || !all_of(r, is_digit) || r < "01" || r > "20")
      return BadParam{"root", "'root' takes two-digit CAMEO roots 01-20, got '" + r + "'"};
  }
  for (const std::string& q : in.list("quad", false)) {
    if (q.size() != 1 || q[0] < '1' || q[0] > '4')
      return BadParam{"quad", "'quad' takes QuadClass numbers 1-4, got '" + q + "'"};
    f.quad.push_back(q[0] - '0');
  }
  f.doc = in.list("doc", false);
  if (auto bad = read_date(in, "from", false, f.from)) return bad;
  if (auto bad = read_date(in, "to", true, f.to)) return bad;
  if (!f.from.empty() && !f.to.empty() && f.from > f.to)
    return BadParam{"to", "'to' (" + f.to + ") is before 'from' (" + f.from + ")"};
  std::string v;
  if (auto bad = in.one("by_published", v)) return bad;
  if (!v.empty() && v != "0" && v != "1" && v != "true" && v != "false")
    return BadParam{"by_published", "'by_published' takes true or false, got '" + v + "'"};
  f.by_published = v == "1" || v == "true";
  if (auto bad = in.one("text", f.text)) return bad;
  if (f.text.size() > 500) return BadParam{"text", "'text' is longer than 500 bytes"};
  return std::nullopt;
}

// A store error of a query with a text search is that search's syntax (the SQL is ours).
Response store_error(const Status& s, const store::EventFilter& f) {
  if (!f.text.empty()) return bad_request({"text", s.message()});
  return status_error(s);
}

json event_json(const store::StoredEvent& e) {
  json j = e.json.empty() ? json::parse(output::to_json(e.record), nullptr, false)
                          : json::parse(e.json, nullptr, false);
  if (j.is_discarded()) j = json::object();
  j["id"] = e.id;
  j["title"] = e.title;
  j["publisher"] = e.publisher;
  j["url"] = e.url;
  return j;
}

json quotation_json(const store::StoredQuotation& q) {
  auto or_null = [](const std::string& s) { return s.empty() ? json() : json(s); };
  return {{"doc_id", q.doc_id},
          {"date", or_null(q.date)},
          {"text", q.text},
          {"begin", q.quotation.begin},
          {"end", q.quotation.end},
          {"speaker", or_null(q.quotation.speaker)},
          {"speaker_role", or_null(q.quotation.speaker_role)},
          {"speaker_org", or_null(q.quotation.speaker_org)},
          {"speaker_code", or_null(q.quotation.speaker_code)},
          {"partial", q.quotation.partial}};
}

// Answers one request on one connection.
struct Handler {
  store::Store& db;
  const ApiOptions& options;

  Response events(const Params& params) {
    Reader in(params);
    store::EventFilter f;
    Page page;
    if (auto bad = read_filter(in, f)) return bad_request(*bad);
    if (auto bad = read_page(in, options, page)) return bad_request(*bad);
    if (auto bad = in.unknown()) return bad_request(*bad);
    // One row more than asked says whether there is a next page.
    f.limit = page.offset + page.limit + 1;
    json list = json::array();
    size_t seen = 0;
    bool more = false;
    Status s = db.for_each_event(f, [&](const store::StoredEvent& e) {
      if (seen++ < page.offset) return true;
      if (list.size() == page.limit) {
        more = true;
        return false;
      }
      list.push_back(event_json(e));
      return true;
    });
    if (!s.ok()) return store_error(s, f);
    f.limit = 0;
    auto total = db.group(f, {});
    if (!total.ok()) return store_error(total.status(), f);
    const int64_t count = total.value().empty() ? 0 : total.value()[0].count;
    return json_response(200, {{"events", std::move(list)},
                               {"total", count},
                               {"limit", page.limit},
                               {"offset", page.offset},
                               {"more", more}});
  }

  Response aggregate(const Params& params) {
    Reader in(params);
    store::EventFilter f;
    Page page;
    std::vector<store::GroupKey> keys;
    std::vector<std::string> names;
    for (std::string name : in.list("group_by", false)) {
      for (char& c : name)
        if (c == '_') c = '-';
      auto key = store::parse_group_key(name);
      if (!key)
        return bad_request({"group_by",
                            "'group_by' takes source_country, target_country, dyad, code, root, "
                            "plover, day, week or month, got '" +
                                name + "'"});
      keys.push_back(*key);
      for (const std::string& c : store::group_key_columns(*key)) names.push_back(c);
    }
    if (keys.empty()) return bad_request({"group_by", "'group_by' is required"});
    if (keys.size() > 3) return bad_request({"group_by", "'group_by' takes at most 3 keys"});
    if (auto bad = read_filter(in, f)) return bad_request(*bad);
    ApiOptions wide = options;  // a timeline has more groups than a page has events
    wide.default_limit = options.max_limit;
    if (auto bad = read_page(in, wide, page, false)) return bad_request(*bad);
    if (auto bad = in.unknown()) return bad_request(*bad);
    f.limit = page.limit;
    auto rows = db.group(f, keys);
    if (!rows.ok()) return store_error(rows.status(), f);
    json out = json::array();
    for (const store::GroupRow& r : rows.value()) {
      json row = json::object();
      for (size_t i = 0; i < names.size() && i < r.keys.size(); ++i)
        row[names[i]] = r.keys[i].empty() ? json() : json(r.keys[i]);
      row["count"] = r.count;
      row["goldstein_sum"] = r.goldstein_sum;
      row["goldstein_mean"] = r.goldstein_mean ? json(*r.goldstein_mean) : json();
      row["first_date"] = r.first_date.empty() ? json() : json(r.first_date);
      row["last_date"] = r.last_date.empty() ? json() : json(r.last_date);
      out.push_back(std::move(row));
    }
    return json_response(200, {{"columns", names}, {"rows", std::move(out)}});
  }

  Response coalition(const Params& params) {
    Reader in(params);
    store::EventFilter f;
    Page page;
    if (auto bad = read_filter(in, f)) return bad_request(*bad);
    ApiOptions wide = options;
    wide.default_limit = options.max_limit;
    if (auto bad = read_page(in, wide, page, false)) return bad_request(*bad);
    if (auto bad = in.unknown()) return bad_request(*bad);
    f.limit = page.limit;
    auto rows = db.coalition(f);
    if (!rows.ok()) return store_error(rows.status(), f);
    json out = json::array();
    for (const store::StoredEvent& e : rows.value()) {
      json j = event_json(e);
      j["count"] = e.count;
      j["evidence_text"] = e.evidence;
      out.push_back(std::move(j));
    }
    return json_response(200, {{"coalition", std::move(out)}});
  }

  Response quotes(const Params& params) {
    Reader in(params);
    store::QuotationFilter f;
    Page page;
    f.doc = in.list("doc", false);
    if (auto bad = in.one("speaker", f.speaker)) return bad_request(*bad);
    if (f.speaker.size() > 200) return bad_request({"speaker", "'speaker' is too long"});
    if (auto bad = read_date(in, "from", false, f.from)) return bad_request(*bad);
    if (auto bad = read_date(in, "to", true, f.to)) return bad_request(*bad);
    std::string v;
    if (auto bad = in.one("partial", v)) return bad_request(*bad);
    if (!v.empty() && v != "true" && v != "false" && v != "1" && v != "0")
      return bad_request({"partial", "'partial' takes true or false, got '" + v + "'"});
    f.full_only = v == "false" || v == "0";
    if (auto bad = read_page(in, options, page)) return bad_request(*bad);
    if (auto bad = in.unknown()) return bad_request(*bad);
    f.limit = page.limit + 1;
    f.offset = page.offset;
    auto rows = db.quotations(f);
    if (!rows.ok()) return status_error(rows.status());
    json out = json::array();
    const bool more = rows.value().size() > page.limit;
    for (size_t i = 0; i < rows.value().size() && i < page.limit; ++i)
      out.push_back(quotation_json(rows.value()[i]));
    return json_response(200, {{"quotations", std::move(out)},
                               {"limit", page.limit},
                               {"offset", page.offset},
                               {"more", more}});
  }

  Response document(const std::string& id, const Params& params) {
    Reader in(params);
    if (auto bad = in.unknown()) return bad_request(*bad);
    auto doc = db.document(id);
    if (!doc.ok()) return status_error(doc.status());
    if (!doc.value()) return json_response(404, {{"error", "no document '" + id + "'"}});
    const store::StoredDocument& d = *doc.value();
    store::EventFilter f;
    f.doc = {id};
    f.limit = options.max_document_events;
    json list = json::array();
    Status s = db.for_each_event(f, [&](const store::StoredEvent& e) {
      list.push_back(event_json(e));
      return true;
    });
    if (!s.ok()) return status_error(s);
    json quotes = json::array();
    for (const store::StoredQuotation& q : d.quotations) quotes.push_back(quotation_json(q));
    auto or_null = [](const std::string& v) { return v.empty() ? json() : json(v); };
    return json_response(200, {{"document",
                                {{"id", d.document.id},
                                 {"date", or_null(d.document.date)},
                                 {"title", or_null(d.document.title)},
                                 {"source", or_null(d.document.source)},
                                 {"url", or_null(d.document.url)},
                                 {"text", d.document.text}}},
                               {"events", std::move(list)},
                               {"quotations", std::move(quotes)}});
  }

  Response health(const Params& params) {
    Reader in(params);
    if (auto bad = in.unknown()) return bad_request(*bad);
    auto stats = db.stats();
    if (!stats.ok())
      return json_response(503, {{"status", "error"}, {"error", stats.status().message()}});
    const store::StoreStats& st = stats.value();
    return json_response(200, {{"status", "ok"},
                               {"schema_version", store::kSchemaVersion},
                               {"documents", st.documents},
                               {"events", st.events},
                               {"sentences", st.sentences},
                               {"quotations", st.quotations}});
  }
};

Response route(Handler h, const std::string& path, const Params& params) {
  if (path == "/api/events") return h.events(params);
  if (path == "/api/aggregate") return h.aggregate(params);
  if (path == "/api/coalition") return h.coalition(params);
  if (path == "/api/quotes") return h.quotes(params);
  if (path == "/api/health") return h.health(params);
  constexpr std::string_view kDocuments = "/api/documents/";
  if (path.size() > kDocuments.size() && path.compare(0, kDocuments.size(), kDocuments) == 0)
    return h.document(path.substr(kDocuments.size()), params);
  return json_response(404, {{"error", "no such endpoint: " + path}});
}

}  // namespace

int http_status(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return 200;
    case StatusCode::kInvalidArgument:
      return 400;
    case StatusCode::kNotFound:
      return 404;
    case StatusCode::kFailedPrecondition:
      return 409;
    case StatusCode::kUnavailable:
      return 503;
    case StatusCode::kIoError:
    case StatusCode::kDataError:
    case StatusCode::kInternal:
      return 500;
  }
  return 500;
}

struct Api::Impl {
  ApiOptions options;
  // A Store is one connection, used by one request at a time. Requests take turns on the
  // pool's stores (the one given, plus read-only ones opened on its path), so that as
  // many requests run at once as there are connections, in the order they came: a page
  // asks its table first, and a waiting request is never overtaken by later ones.
  std::vector<std::unique_ptr<store::Store>> pool;
  std::vector<store::Store*> idle;
  uint64_t next_ticket = 0;  // the turn of the next request to arrive
  uint64_t serving = 0;      // the turn that takes the next free connection
  std::mutex mutex;
  std::condition_variable freed;
};

Api::Api(std::unique_ptr<store::Store> store, const ApiOptions& options)
    : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  const std::string path = store->path();
  impl_->pool.push_back(std::move(store));
  store::OpenOptions read_only;
  read_only.read_only = true;
  read_only.create = false;
  // More connections are a speed-up only: when one cannot be opened, the ones open serve.
  for (size_t i = 1; i < options.connections; ++i) {
    auto more = store::Store::open(path, read_only);
    if (!more.ok()) break;
    impl_->pool.push_back(std::move(more.value()));
  }
  for (auto& s : impl_->pool) impl_->idle.push_back(s.get());
}

Api::~Api() = default;

Response Api::handle(const std::string& path, const Params& params) {
  store::Store* db = nullptr;
  {
    std::unique_lock<std::mutex> lock(impl_->mutex);
    const uint64_t ticket = impl_->next_ticket++;
    impl_->freed.wait(lock, [&] { return ticket == impl_->serving && !impl_->idle.empty(); });
    ++impl_->serving;
    db = impl_->idle.back();
    impl_->idle.pop_back();
  }
  impl_->freed.notify_all();  // the next turn may find another connection free
  Response r = route(Handler{*db, impl_->options}, path, params);
  {
    std::lock_guard<std::mutex> lock(impl_->mutex);
    impl_->idle.push_back(db);
  }
  impl_->freed.notify_all();  // only the waiter whose turn it is goes on
  return r;
}

size_t Api::connections() const { return impl_->pool.size(); }

}  // namespace vigil::server
