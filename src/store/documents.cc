// Reading documents and their quotations back (the server's document view and quotation
// list). The same SQL runs on both engines; values are always bound parameters.
#include <string>
#include <vector>

#include "store_impl.h"

namespace vigil::store {

namespace {

constexpr const char* kQuotationColumns =
    "d.doc_id, d.date, q.text, q.begin_byte, q.end_byte, q.speaker, q.speaker_role, "
    "q.speaker_org, q.speaker_code, q.partial";

StoredQuotation read_quotation(const Rows& r) {
  StoredQuotation out;
  out.doc_id = r.text(0);
  out.date = r.text(1);
  out.text = r.text(2);
  out.quotation.begin = static_cast<size_t>(r.int64(3));
  out.quotation.end = static_cast<size_t>(r.int64(4));
  out.quotation.speaker = r.text(5);
  out.quotation.speaker_role = r.text(6);
  out.quotation.speaker_org = r.text(7);
  out.quotation.speaker_code = r.text(8);
  out.quotation.partial = r.int64(9) != 0;
  return out;
}

}  // namespace

Result<std::vector<StoredQuotation>> Store::quotations(const QuotationFilter& filter) {
  Connection& db = *impl_->db;
  std::string where;
  std::vector<Param> values;
  auto param = [&](Param v) {
    values.push_back(std::move(v));
    return "?" + std::to_string(values.size());
  };
  auto add = [&](const std::string& condition) {
    where += where.empty() ? " WHERE " : " AND ";
    where += condition;
  };
  if (!filter.doc.empty()) {
    std::string in;
    for (const std::string& id : filter.doc) in += (in.empty() ? "" : ", ") + param(id);
    add("d.doc_id IN (" + in + ")");
  }
  if (!filter.speaker.empty()) {
    // ASCII case folding in both engines; the pattern's own % and _ are escaped.
    std::string pattern = "%";
    for (char c : filter.speaker) {
      if (c == '%' || c == '_' || c == '\\') pattern += '\\';
      pattern += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    pattern += '%';
    const std::string p = param(pattern);
    add("(lower(coalesce(q.speaker, '')) LIKE " + p +
        " ESCAPE '\\' OR lower(coalesce(q.speaker_role, '')) LIKE " + p +
        " ESCAPE '\\' OR lower(coalesce(q.speaker_org, '')) LIKE " + p + " ESCAPE '\\')");
  }
  if (!filter.from.empty()) add("d.date >= " + param(filter.from));
  if (!filter.to.empty()) add("d.date <= " + param(filter.to));
  if (filter.full_only) add("q.partial = 0");
  std::string sql = std::string("SELECT ") + kQuotationColumns +
                    " FROM quotations q JOIN documents d ON d.id = q.document" + where +
                    " ORDER BY d.date, d.id, q.begin_byte, q.id";
  if (filter.limit) sql += " LIMIT " + std::to_string(filter.limit);
  // An offset needs a limit in SQLite, and PostgreSQL has no LIMIT -1: the largest one.
  if (filter.offset)
    sql += (filter.limit ? "" : " LIMIT 9223372036854775807") + std::string(" OFFSET ") +
           std::to_string(filter.offset);
  auto rows = db.query(sql, values);
  if (!rows.ok()) return rows.status();
  std::vector<StoredQuotation> out;
  while (rows.value()->next()) out.push_back(read_quotation(*rows.value()));
  if (Status s = rows.value()->status(); !s.ok()) return s;
  return out;
}

Result<std::optional<StoredDocument>> Store::document(const std::string& doc_id) {
  Connection& db = *impl_->db;
  auto rows =
      db.query("SELECT doc_id, date, title, publisher, url, text FROM documents WHERE doc_id = ?1",
               {doc_id});
  if (!rows.ok()) return rows.status();
  if (!rows.value()->next()) {
    if (Status s = rows.value()->status(); !s.ok()) return s;
    return std::optional<StoredDocument>();
  }
  StoredDocument out;
  const Rows& r = *rows.value();
  out.document.id = r.text(0);
  out.document.date = r.text(1);
  out.document.title = r.text(2);
  out.document.source = r.text(3);
  out.document.url = r.text(4);
  out.document.text = r.text(5);
  rows.value().reset();
  QuotationFilter f;
  f.doc = {doc_id};
  auto quotes = quotations(f);
  if (!quotes.ok()) return quotes.status();
  out.quotations = std::move(quotes.value());
  return std::optional<StoredDocument>(std::move(out));
}

}  // namespace vigil::store
