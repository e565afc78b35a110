// Aligning the words of a given parse with the document text.
//
// Parses rewrite the text: brackets become -LRB-, quotes become `` and '', "don't" becomes
// "do" + "n't", and hand-edited PETRARCH records sometimes differ from their <Text>
// altogether. Each token is looked for in a bounded window after the previous match, so a
// word missing from the text costs that word only and never the rest of the sentence.
#include <algorithm>
#include <limits>
#include <tuple>

#include "vigil/tree.h"

namespace vigil::syntax {
namespace {

// How far past the cursor a token may be found. Large enough to step over a few words
// the parse lacks, small enough that a short word ("a", ",") is not matched a sentence
// later, which would make every following token miss.
constexpr size_t kWindow = 48;

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
// Letters, digits and any byte of a multi-byte UTF-8 character.
bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z');
}
char fold(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
}

// The ways a parse token may be written in the text, most likely first.
std::vector<std::string> spellings(const std::string& token) {
  std::vector<std::string> out{token};
  auto add = [&out](std::initializer_list<const char*> more) {
    for (const char* m : more) out.emplace_back(m);
  };
  if (token == "-LRB-") add({"(", "[", "{"});
  if (token == "-RRB-") add({")", "]", "}"});
  if (token == "-LSB-") add({"["});
  if (token == "-RSB-") add({"]"});
  if (token == "-LCB-") add({"{"});
  if (token == "-RCB-") add({"}"});
  if (token == "``") add({"\"", "\u201C", "'", "\u2018", "\u201E", "\u00AB"});
  if (token == "''") add({"\"", "\u201D", "'", "\u2019", "\u00BB"});
  if (token == "`") add({"'", "\u2018"});
  if (token == "--") add({"\u2013", "\u2014", "-"});
  if (token == "...") add({"\u2026"});
  // "n't", "'s", "'re": the text may use the typographic apostrophe, and vice versa.
  if (token.find('\'') != std::string::npos && token != "''") {
    std::string curly = token;
    replace_all(curly, "'", "\u2019");
    out.push_back(std::move(curly));
  }
  if (token.find("\u2019") != std::string::npos) {
    std::string straight = token;
    replace_all(straight, "\u2019", "'");
    out.push_back(std::move(straight));
  }
  // Treebank escapes of '/' and '*'.
  if (token.find('\\') != std::string::npos) {
    std::string plain = token;
    replace_all(plain, "\\/", "/");
    replace_all(plain, "\\*", "*");
    if (plain != token) out.push_back(std::move(plain));
  }
  return out;
}

bool matches_at(std::string_view text, size_t at, std::string_view word, bool fold_case) {
  if (word.empty() || at + word.size() > text.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    const char a = text[at + k], b = word[k];
    if (a != b && !(fold_case && fold(a) == fold(b))) return false;
  }
  return true;
}

bool any_matches_at(std::string_view text, size_t at, const std::vector<std::string>* forms) {
  if (forms == nullptr) return false;
  for (const std::string& form : *forms) {
    if (matches_at(text, at, form, /*fold_case=*/true)) return true;
  }
  return false;
}

// Earliest [begin, end) in text[from, limit) where a spelling of the token stands as a
// word of its own, or {npos, 0}. `next` holds the following token's spellings.
std::pair<size_t, size_t> find_token(std::string_view text, size_t from, size_t limit,
                                     const std::vector<std::string>& forms,
                                     const std::vector<std::string>* next, bool fold_case) {
  for (size_t at = from; at < limit; ++at) {
    size_t best = 0;
    for (const std::string& form : forms) {
      if (form.size() <= best || !matches_at(text, at, form, fold_case)) continue;
      // A word must start a word of the text: "a" is not the "a" inside "Sylvania".
      if (is_word_byte(form.front()) && at != from && is_word_byte(text[at - 1])) continue;
      // ...and end one, unless it sits right at the cursor and the next token goes on
      // where it stops: "do" + "n't" in "don't", "can" + "not" in "cannot".
      const size_t stop = at + form.size();
      if (is_word_byte(form.back()) && stop < text.size() && is_word_byte(text[stop]) &&
          !(at == from && any_matches_at(text, stop, next))) {
        continue;
      }
      best = form.size();
    }
    if (best > 0) return {at, at + best};
  }
  return {std::string_view::npos, 0};
}

}  // namespace

size_t align_tokens(Tree& tree, std::string_view text, size_t offset) {
  // Offsets are stored as uint32_t, with UINT32_MAX meaning "not aligned".
  const size_t max_offset = std::numeric_limits<uint32_t>::max() - 1;
  size_t cursor = offset;
  size_t aligned = 0;
  std::vector<std::vector<std::string>> forms_of;
  forms_of.reserve(tree.tokens.size());
  for (const Token& token : tree.tokens) forms_of.push_back(spellings(token.text));
  for (size_t i = 0; i < tree.tokens.size(); ++i) {
    Token& token = tree.tokens[i];
    token.begin = token.end = Token::kNoOffset;
    while (cursor < text.size() && is_space(text[cursor])) ++cursor;
    if (cursor >= text.size() || token.text.empty()) continue;
    const std::vector<std::string>& forms = forms_of[i];
    const std::vector<std::string>* next = i + 1 < forms_of.size() ? &forms_of[i + 1] : nullptr;
    size_t longest = 0;
    for (const std::string& f : forms) longest = std::max(longest, f.size());
    const size_t limit = std::min(text.size(), cursor + kWindow + longest);
    auto [begin, end] = find_token(text, cursor, limit, forms, next, /*fold_case=*/false);
    if (begin == std::string_view::npos) {
      std::tie(begin, end) = find_token(text, cursor, limit, forms, next, /*fold_case=*/true);
    }
    if (begin == std::string_view::npos || end > max_offset) continue;
    token.begin = static_cast<uint32_t>(begin);
    token.end = static_cast<uint32_t>(end);
    cursor = end;
    ++aligned;
  }
  return aligned;
}

}  // namespace vigil::syntax
