// Strict UTF-8 validation and repair (Unicode 15, table 3-7 "well-formed byte sequences").
//
// Invalid input is repaired with the "maximal subpart" policy that Unicode recommends
// (section 3.9, U+FFFD substitution) and that ICU, WHATWG encoding and Python follow: the
// longest prefix of a well-formed sequence that is cut short becomes one U+FFFD, and any
// byte that cannot start a sequence becomes one U+FFFD by itself. So "\xE2\x82" (the start
// of the euro sign) gives one replacement, "\xC0\xAF" (an overlong "/") gives two.
#include <cstdint>
#include <cstring>

#include "vigil/text.h"

namespace vigil::text {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

// Bounds of the second byte for a lead byte; the remaining continuation bytes are always
// 80..BF. These narrow bounds are what exclude overlongs (E0, F0), surrogates (ED) and
// code points above U+10FFFF (F4).
struct Lead {
  uint8_t length;  // 0: cannot start a sequence
  uint8_t lo;
  uint8_t hi;
};

constexpr Lead lead_info(uint8_t b) {
  if (b < 0x80) return {1, 0, 0};
  if (b < 0xC2) return {0, 0, 0};  // continuation byte or overlong 2-byte lead
  if (b < 0xE0) return {2, 0x80, 0xBF};
  if (b == 0xE0) return {3, 0xA0, 0xBF};
  if (b == 0xED) return {3, 0x80, 0x9F};
  if (b < 0xF0) return {3, 0x80, 0xBF};
  if (b == 0xF0) return {4, 0x90, 0xBF};
  if (b < 0xF4) return {4, 0x80, 0xBF};
  if (b == 0xF4) return {4, 0x80, 0x8F};
  return {0, 0, 0};
}

// Length of the sequence starting at p[0] (p[0] >= 0x80). Sets `valid` when it is a
// complete well-formed sequence; otherwise the returned length is the maximal subpart
// to replace (at least 1).
size_t scan_sequence(const uint8_t* p, size_t n, bool& valid) {
  const Lead lead = lead_info(p[0]);
  valid = false;
  if (lead.length == 0) return 1;
  if (n < 2 || p[1] < lead.lo || p[1] > lead.hi) return 1;
  for (size_t i = 2; i < lead.length; ++i) {
    if (i >= n || (p[i] & 0xC0) != 0x80) return i;
  }
  valid = true;
  return lead.length;
}

// Index of the first byte >= 0x80 at or after `i`, or n. Reads eight bytes at a time:
// news text is overwhelmingly ASCII, so this is where the time goes.
size_t skip_ascii(const uint8_t* p, size_t i, size_t n) {
  while (i + 8 <= n) {
    uint64_t word;
    std::memcpy(&word, p + i, sizeof word);
    if ((word & 0x8080808080808080ULL) != 0) break;
    i += 8;
  }
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

}  // namespace

bool is_valid_utf8(std::string_view input) {
  const auto* p = reinterpret_cast<const uint8_t*>(input.data());
  const size_t n = input.size();
  size_t i = 0;
  while (true) {
    i = skip_ascii(p, i, n);
    if (i >= n) return true;
    bool valid = false;
    i += scan_sequence(p + i, n - i, valid);
    if (!valid) return false;
  }
}

std::string repair_utf8(std::string_view input, size_t* repaired) {
  if (repaired != nullptr) *repaired = 0;
  if (is_valid_utf8(input)) return std::string(input);

  const auto* p = reinterpret_cast<const uint8_t*>(input.data());
  const size_t n = input.size();
  std::string out;
  out.reserve(n + 16);
  size_t count = 0;
  size_t i = 0;
  while (i < n) {
    const size_t ascii_end = skip_ascii(p, i, n);
    out.append(input.data() + i, ascii_end - i);
    i = ascii_end;
    if (i >= n) break;
    bool valid = false;
    const size_t len = scan_sequence(p + i, n - i, valid);
    if (valid) {
      out.append(input.data() + i, len);
    } else {
      out.append(kReplacement, 3);
      ++count;
    }
    i += len;
  }
  if (repaired != nullptr) *repaired = count;
  return out;
}

}  // namespace vigil::text
