// libFuzzer target: UTF-8 repair and the three document readers.
// Invariants checked: no crash; repair output is valid UTF-8, and valid input comes back
// unchanged; every document a reader returns has valid UTF-8 text.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  size_t repaired = 0;
  const std::string fixed = vigil::text::repair_utf8(input, &repaired);
  if (!vigil::text::is_valid_utf8(fixed)) std::abort();
  if ((repaired == 0) != vigil::text::is_valid_utf8(input)) std::abort();
  if (repaired == 0 && fixed != input) std::abort();

  std::istringstream in{std::string(input)};
  vigil::text::JsonlReader reader(in, "fuzz.jsonl");
  vigil::Document doc;
  while (reader.next(doc)) {
    if (!vigil::text::is_valid_utf8(doc.text) || doc.id.empty()) std::abort();
  }

  std::vector<vigil::Diagnostic> problems;
  vigil::Result<vigil::text::PetrarchFile> file =
      vigil::text::parse_petrarch_xml(input, "fuzz.xml", problems);
  if (file.ok()) {
    for (const vigil::text::PetrarchRecord& rec : file.value().records) {
      const vigil::Document d = vigil::text::to_document(rec);
      if (!vigil::text::is_valid_utf8(d.text)) std::abort();
    }
  }
  return 0;
}
