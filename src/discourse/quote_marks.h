// Quotation marks paired into quoted stretches. Private to vigil_discourse.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace vigil::discourse::detail {

/// One quoted stretch of text as the marks delimit it.
struct RawQuote {
  size_t open = 0;         ///< position of the opening mark
  size_t begin = 0;        ///< the quoted text, trimmed, without a trailing comma
  size_t end = 0;
  size_t after = 0;        ///< just after the closing mark (== end when unclosed)
  bool continues = false;  ///< left open at a paragraph end; the next paragraph reopens it
  bool single = false;     ///< delimited by single marks ('...', ‘...’, ‹...›)
};

/// The quoted stretches of `t` in text order. Double marks: curly “…” (also ”…” and „…“),
/// straight "…", ``…'' and guillemets «…»; a mark whose direction is ambiguous opens when
/// nothing is open and closes otherwise, except that a mark with a space before it and
/// none after is never a closing one and vice versa. A quotation never runs over a
/// paragraph that ends a sentence: it is closed there (`continues` when the next paragraph
/// opens with a mark, the news convention for a quotation of several paragraphs). Single
/// marks delimit a quotation only outside double ones, when the opening mark follows a
/// space and the closing one ends a word in the same paragraph (so apostrophes stay
/// apostrophes); inside double marks they are quotes within the quote.
std::vector<RawQuote> pair_marks(std::string_view t);

}  // namespace vigil::discourse::detail
