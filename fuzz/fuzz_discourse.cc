// libFuzzer target: quotation finding, time expressions and date reading.
// The first byte picks a reference publication date (or a fuzzed one); the rest is text.
// Invariants checked: no crash or hang; quotations and time expressions lie inside the
// text; resolved dates and read publication dates are empty or YYYY-MM-DD.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "dates.h"  // src/text: publication dates
#include "vigil/discourse.h"

namespace {

bool is_iso_or_empty(std::string_view d) {
  if (d.empty()) return true;
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return false;
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  static constexpr const char* kDates[] = {
      "2020-06-01", "2000-02-29", "1999-12-31", "0001-01-01", "9999-12-31", "9999-99-99", ""};
  std::string publication = kDates[data[0] % 7];

  // The text as a publication date, as the readers see a "date" field.
  const vigil::text::internal::DateReading reading =
      vigil::text::internal::read_publication_date(text.substr(0, 64));
  if (!is_iso_or_empty(reading.iso) || (reading.iso.empty() && reading.problem.empty()))
    std::abort();
  if (!is_iso_or_empty(vigil::text::internal::normalize_iso_date(text.substr(0, 64)))) std::abort();
  if (!is_iso_or_empty(vigil::text::internal::petrarch_date_to_iso(text.substr(0, 64))))
    std::abort();
  if (data[0] & 0x80) publication = reading.iso;

  for (const vigil::discourse::Quote& q : vigil::discourse::find_quotes(text)) {
    if (q.begin > q.end || q.end > text.size()) std::abort();
  }
  for (const vigil::discourse::TimeExpression& t :
       vigil::discourse::find_time_expressions(text, 0, text.size())) {
    if (t.begin > t.end || t.end > text.size()) std::abort();
    (void)vigil::discourse::resolve(t, publication);
  }
  (void)vigil::discourse::sentence_date(text, 0, text.size(), publication);
  (void)vigil::discourse::dateline_place(text, vigil::nlp::find_dateline(text), nullptr);
  return 0;
}
