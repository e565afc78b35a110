// Reading events back: filters become parameterised SQL (values are always bound, never
// spliced into the text), grouped counts, and the coalition view.
#include <variant>

#include "store_impl.h"
#include "vigil/jsonl.h"

namespace vigil::store {
namespace {

// A WHERE clause over events `e` with its parameters in order.
struct Where {
  std::string sql;
  std::vector<Param> values;

  void add(const std::string& condition) { sql += (sql.empty() ? " WHERE " : " AND ") + condition; }
  std::string param(Param v) {
    values.push_back(std::move(v));
    std::string name = "?";
    name += std::to_string(values.size());
    return name;
  }
};

// The smallest string greater than every string starting with an ASCII `prefix` (both
// engines compare these columns bytewise): the prefix with its last character raised.
// Empty when there is none or the prefix is not ASCII.
std::string prefix_end(std::string prefix) {
  for (char c : prefix)
    if (static_cast<unsigned char>(c) >= 0x7f) return {};
  while (!prefix.empty() && prefix.back() == 0x7e) prefix.pop_back();
  if (!prefix.empty()) prefix.back() = static_cast<char>(prefix.back() + 1);
  return prefix;
}

void any_prefix(Where& w, const char* column, const std::vector<std::string>& prefixes) {
  if (prefixes.empty()) return;
  std::string cond;
  for (const std::string& p : prefixes) {
    std::string one;
    if (std::string end = prefix_end(p); !end.empty()) {
      // A range, so that the column's index serves it.
      one = std::string(column) + " >= " + w.param(p) + " AND " + column + " < " + w.param(end);
    } else {
      const std::string param = w.param(p);
      one = std::string("substr(") + column + ", 1, length(" + param + ")) = " + param;
    }
    cond += (cond.empty() ? "(" : " OR ") + ("(" + one + ")");
  }
  w.add(cond + ")");
}

void any_equal(Where& w, const char* column, const std::vector<std::string>& values) {
  if (values.empty()) return;
  std::string cond = std::string(column) + " IN (";
  for (size_t i = 0; i < values.size(); ++i) cond += (i ? ", " : "") + w.param(values[i]);
  w.add(cond + ")");
}

Where build_where(const EventFilter& f, const Dialect& dialect) {
  Where w;
  any_prefix(w, "e.source_code", f.source);
  any_prefix(w, "e.target_code", f.target);
  any_equal(w, "e.source_country", f.source_country);
  any_equal(w, "e.target_country", f.target_country);
  any_equal(w, "e.source_sector", f.source_sector);
  any_equal(w, "e.target_sector", f.target_sector);
  any_prefix(w, "e.cameo", f.code);
  any_equal(w, "e.cameo_root", f.root);
  any_equal(w, "e.plover_event", f.plover);
  if (!f.quad.empty()) {
    std::string cond = "e.quad_class IN (";
    for (size_t i = 0; i < f.quad.size(); ++i)
      cond += (i ? ", " : "") + w.param(int64_t{f.quad[i]});
    w.add(cond + ")");
  }
  if (f.by_published) {
    if (!f.from.empty()) w.add("e.date >= " + w.param(f.from));
    if (!f.to.empty()) w.add("e.date <= " + w.param(f.to));
  } else {
    // The event's whole period lies inside [from, to]: "May 2020" is not "from May 15".
    if (!f.from.empty()) w.add("e.event_first >= " + w.param(f.from));
    if (!f.to.empty())
      w.add("e.event_last <= " + w.param(f.to) + " AND e.event_first <= " + w.param(f.to));
  }
  if (!f.text.empty()) w.add(dialect.text_match("e.sentence", w.param(f.text)));
  if (!f.doc.empty()) {
    std::string cond = "e.document IN (SELECT id FROM documents WHERE doc_id IN (";
    for (size_t i = 0; i < f.doc.size(); ++i) cond += (i ? ", " : "") + w.param(f.doc[i]);
    w.add(cond + "))");
  }
  return w;
}

// The event columns read back, in the order read_event expects; `e` events, `s`
// sentences, `d` documents.
constexpr const char* kEventColumns =
    "e.id, d.doc_id, e.sentence_index, s.text, e.date, e.event_date, e.source_code, "
    "e.source_country, e.source_sector, e.source_text, e.target_code, e.target_country, "
    "e.target_sector, e.target_text, e.cameo, e.cameo_root, e.goldstein, e.quad_class, "
    "e.plover_event, e.plover_mode, e.quote_speaker, e.quote_text, e.location_name, "
    "e.location_country, e.location_lat, e.location_lon, e.evidence_begin, e.evidence_end, "
    "e.verb, e.pattern, e.implied, e.modality, e.mentions, d.title, d.publisher, d.url, r.record";
constexpr int kEventColumnCount = 37;

StoredEvent read_event(const Rows& s) {
  StoredEvent out;
  events::EventRecord& r = out.record;
  out.id = s.int64(0);
  r.doc_id = s.text(1);
  r.sentence_index = static_cast<int>(s.int64(2));
  r.sentence = s.text(3);
  r.date = s.text(4);
  r.event_date = s.text(5);
  r.source = {s.text(6), s.text(7), s.text(8), s.text(9)};
  if (!s.is_null(13)) r.target = events::ActorOut{s.text(10), s.text(11), s.text(12), s.text(13)};
  r.cameo = s.text(14);
  r.cameo_root = s.text(15);
  r.goldstein = s.real_or_null(16);
  r.quad_class = static_cast<int>(s.int64(17));
  r.plover_event = s.text(18);
  r.plover_mode = s.text(19);
  r.quote_speaker = s.text(20);
  r.quote_text = s.text(21);
  r.location_name = s.text(22);
  r.location_country = s.text(23);
  r.location_lat = s.real_or_null(24);
  r.location_lon = s.real_or_null(25);
  r.evidence_begin = static_cast<size_t>(s.int64(26));
  r.evidence_end = static_cast<size_t>(s.int64(27));
  r.verb = s.text(28);
  r.pattern = s.text(29);
  r.implied_role = s.text(30);
  r.modality = s.text(31);
  r.mentions = static_cast<int>(s.int64(32));
  out.title = s.text(33);
  out.publisher = s.text(34);
  out.url = s.text(35);
  out.json = s.is_null(36) ? output::to_json(r) : s.text(36);
  return out;
}

std::string limit_clause(const EventFilter& f) {
  return f.limit ? " LIMIT " + std::to_string(f.limit) : std::string();
}

// Our SQL is fixed: with a --text query, an error is that query's syntax. Say so.
Status query_error(const Status& s, const EventFilter& f) {
  if (!f.text.empty())
    return Status::error(StatusCode::kInvalidArgument,
                         "--text '" + f.text + "' is not a valid full-text query (" + s.message() +
                             "); quote phrases with \"...\"");
  return s;
}

}  // namespace

std::optional<GroupKey> parse_group_key(std::string_view name) {
  static const std::pair<std::string_view, GroupKey> kKeys[] = {
      {"source-country", GroupKey::kSourceCountry},
      {"target-country", GroupKey::kTargetCountry},
      {"dyad", GroupKey::kDyad},
      {"code", GroupKey::kCode},
      {"root", GroupKey::kRoot},
      {"plover", GroupKey::kPlover},
      {"day", GroupKey::kDay},
      {"week", GroupKey::kWeek},
      {"month", GroupKey::kMonth}};
  for (const auto& [n, k] : kKeys)
    if (n == name) return k;
  return std::nullopt;
}

std::vector<std::string> group_key_columns(GroupKey key) {
  switch (key) {
    case GroupKey::kSourceCountry:
      return {"source_country"};
    case GroupKey::kTargetCountry:
      return {"target_country"};
    case GroupKey::kDyad:
      return {"source_country", "target_country"};
    case GroupKey::kCode:
      return {"cameo"};
    case GroupKey::kRoot:
      return {"cameo_root"};
    case GroupKey::kPlover:
      return {"plover"};
    case GroupKey::kDay:
      return {"day"};
    case GroupKey::kWeek:
      return {"week"};
    case GroupKey::kMonth:
      return {"month"};
  }
  return {};
}

Status Store::for_each_event(const EventFilter& filter,
                             const std::function<bool(const StoredEvent&)>& fn) {
  Connection& db = *impl_->db;
  Where w = build_where(filter, db.dialect());
  const std::string query = std::string("SELECT ") + kEventColumns +
                            " FROM events e JOIN documents d ON d.id = e.document"
                            " JOIN sentences s ON s.id = e.sentence"
                            " LEFT JOIN event_records r ON r.event = e.id" +
                            w.sql + " ORDER BY e.document, e.position" + limit_clause(filter);
  auto rows = db.query(query, w.values);
  if (!rows.ok()) return query_error(rows.status(), filter);
  static_assert(kEventColumnCount == 37);
  while (rows.value()->next())
    if (!fn(read_event(*rows.value()))) return {};
  if (Status s = rows.value()->status(); !s.ok()) return query_error(s, filter);
  return {};
}

Result<std::vector<GroupRow>> Store::group(const EventFilter& filter,
                                           const std::vector<GroupKey>& keys) {
  Connection& db = *impl_->db;
  const char* day = filter.by_published ? "e.date" : "e.event_date";
  std::vector<std::string> exprs;
  for (GroupKey k : keys) {
    switch (k) {
      case GroupKey::kSourceCountry:
        exprs.push_back("e.source_country");
        break;
      case GroupKey::kTargetCountry:
        exprs.push_back("e.target_country");
        break;
      case GroupKey::kDyad:
        exprs.push_back("e.source_country");
        exprs.push_back("e.target_country");
        break;
      case GroupKey::kCode:
        exprs.push_back("e.cameo");
        break;
      case GroupKey::kRoot:
        exprs.push_back("e.cameo_root");
        break;
      case GroupKey::kPlover:
        exprs.push_back("e.plover_event");
        break;
      case GroupKey::kDay:
        exprs.push_back(day);
        break;
      case GroupKey::kWeek:
        // The Monday of a day's week; a month or year stays as it is.
        exprs.push_back(std::string("CASE WHEN length(") + day + ") = 10 THEN " +
                        db.dialect().monday(day) + " ELSE " + day + " END");
        break;
      case GroupKey::kMonth:
        exprs.push_back(std::string("substr(") + day + ", 1, 7)");
        break;
    }
  }
  std::string select, group_by, order;
  for (size_t i = 0; i < exprs.size(); ++i) {
    select += exprs[i] + ", ";
    group_by += (i ? ", " : "") + std::to_string(i + 1);
    order += ", " + std::to_string(i + 1) + " NULLS FIRST";
  }
  Where w = build_where(filter, db.dialect());
  std::string query = "SELECT " + select +
                      "count(*), coalesce(sum(e.goldstein), 0.0), avg(e.goldstein), min(" + day +
                      "), max(" + day + ") FROM events e" + w.sql;
  if (!group_by.empty()) query += " GROUP BY " + group_by;
  query += " ORDER BY " + std::to_string(exprs.size() + 1) + " DESC" + order;
  query += limit_clause(filter);
  auto rows = db.query(query, w.values);
  if (!rows.ok()) return query_error(rows.status(), filter);
  std::vector<GroupRow> out;
  const int n = static_cast<int>(exprs.size());
  Rows& r = *rows.value();
  while (r.next()) {
    GroupRow row;
    for (int i = 0; i < n; ++i) row.keys.push_back(r.text(i));
    row.count = r.int64(n);
    if (row.count == 0) continue;  // no group: the empty aggregate of an empty match
    row.goldstein_sum = r.real(n + 1);
    row.goldstein_mean = r.real_or_null(n + 2);
    row.first_date = r.text(n + 3);
    row.last_date = r.text(n + 4);
    out.push_back(std::move(row));
  }
  if (Status s = r.status(); !s.ok()) return query_error(s, filter);
  return out;
}

Result<std::vector<StoredEvent>> Store::coalition(const EventFilter& filter) {
  Connection& db = *impl_->db;
  Where w = build_where(filter, db.dialect());
  const std::string order =
      "coalesce(e.event_first, e.date) NULLS FIRST, e.date NULLS FIRST, e.document, e.position";
  const std::string query =
      std::string("SELECT ") + kEventColumns + ", f.n, " +
      db.dialect().byte_span("d.text", "e.evidence_begin", "e.evidence_end") +
      " FROM (SELECT ranked.id AS first_id, ranked.n FROM (SELECT e.id, row_number() OVER "
      "(PARTITION BY e.source_code ORDER BY " +
      order +
      ") AS rnk, count(*) OVER (PARTITION BY "
      "e.source_code) AS n FROM events e" +
      w.sql +
      ") AS ranked WHERE ranked.rnk = 1) AS f"
      " JOIN events e ON e.id = f.first_id JOIN documents d ON d.id = e.document"
      " JOIN sentences s ON s.id = e.sentence LEFT JOIN event_records r ON r.event = e.id"
      " ORDER BY " +
      order + limit_clause(filter);
  auto rows = db.query(query, w.values);
  if (!rows.ok()) return query_error(rows.status(), filter);
  std::vector<StoredEvent> out;
  Rows& r = *rows.value();
  while (r.next()) {
    out.push_back(read_event(r));
    out.back().count = r.int64(kEventColumnCount);
    out.back().evidence = r.text(kEventColumnCount + 1);
  }
  if (Status s = r.status(); !s.ok()) return query_error(s, filter);
  return out;
}

}  // namespace vigil::store
