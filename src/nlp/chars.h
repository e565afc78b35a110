// Byte- and code-point-level helpers shared by the splitter and the tokenizer.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace vigil::nlp::detail {

/// Decodes the UTF-8 code point at text[i]; sets `len` to its byte length (1 for invalid
/// bytes, which decode as themselves so that nothing is ever skipped).
inline uint32_t decode(std::string_view text, size_t i, size_t& len) {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {
    len = 1;
    return b;
  }
  int n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  if (n == 1 || i + static_cast<size_t>(n) > text.size()) {
    len = 1;
    return b;
  }
  uint32_t cp = b & (0x3F >> (n - 1));
  for (int k = 1; k < n; ++k) {
    const auto c = static_cast<unsigned char>(text[i + static_cast<size_t>(k)]);
    if ((c & 0xC0) != 0x80) {
      len = 1;
      return b;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  len = static_cast<size_t>(n);
  return cp;
}

inline bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// ASCII letters and digits as a table: the tokenizer asks this of every byte of a word,
/// and one load is cheaper than three range tests.
inline constexpr std::array<bool, 256> kAsciiAlnum = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c)
    table[static_cast<size_t>(c)] =
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  return table;
}();
inline bool is_ascii_alnum(char c) { return kAsciiAlnum[static_cast<unsigned char>(c)]; }
inline bool is_space_byte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/// Spaces including U+00A0 (no-break) and U+2000..U+200B, U+3000.
inline bool is_space_cp(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x3000 || cp == 0x202F;
}

inline bool is_open_quote_cp(uint32_t cp) { return cp == 0x201C || cp == 0x2018 || cp == 0xAB; }
inline bool is_close_quote_cp(uint32_t cp) { return cp == 0x201D || cp == 0x2019 || cp == 0xBB; }
inline bool is_dash_cp(uint32_t cp) { return cp == 0x2013 || cp == 0x2014 || cp == 0x2015; }

/// Code points that end a word (punctuation we tokenise separately) beyond ASCII.
inline bool is_punct_cp(uint32_t cp) {
  return is_open_quote_cp(cp) || is_close_quote_cp(cp) || is_dash_cp(cp) || cp == 0x2026 ||
         cp == 0x2022 || cp == 0x00B7 || is_space_cp(cp);
}

/// A code point that can be part of a word: ASCII letters/digits and any non-ASCII code
/// point that is not punctuation we know (accented letters, CJK, ...).
inline bool is_word_cp(uint32_t cp) {
  if (cp < 0x80) return is_ascii_alnum(static_cast<char>(cp));
  return !is_punct_cp(cp);
}

/// Lower-cases ASCII letters into `out` (non-ASCII bytes copied); returns a view of it.
template <typename Buf>
std::string_view ascii_lower(std::string_view in, Buf& out) {
  out.assign(in.begin(), in.end());
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return std::string_view(out.data(), out.size());
}

/// Abbreviations (lower case, without the final period) that usually precede a name or a
/// number and so never end a sentence: "Mr. Smith", "Jan. 5", "No. 10".
bool is_title_abbreviation(std::string_view lower);
/// Abbreviations that can end a sentence ("U.S.", "Inc.", "etc.").
bool is_other_abbreviation(std::string_view lower);
/// Capitalised words that typically open a sentence ("The", "He", "But", ...).
bool is_sentence_starter(std::string_view lower);

/// True when the line [line_begin, line_end) has no final punctuation (a headline): the
/// splitter ends a sentence there, and a dateline may follow it.
bool lacks_final_punct(std::string_view text, size_t line_begin, size_t line_end);

}  // namespace vigil::nlp::detail
