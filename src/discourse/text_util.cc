#include "text_util.h"

#include <algorithm>
#include <array>

namespace vigil::discourse::detail {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

bool starts_upper(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  auto c = static_cast<unsigned char>(text[pos]);
  if (c >= 'A' && c <= 'Z') return true;
  if (pos + 1 >= text.size()) return false;
  auto d = static_cast<unsigned char>(text[pos + 1]);
  if (c == 0xC3) return d >= 0x80 && d <= 0x9E && d != 0x97;  // À..Þ except ×
  if (c == 0xC4 || c == 0xC5) return (d & 1) == 0;          // Latin Extended-A: even = upper
  return false;
}

namespace {

bool is_space(std::string_view t, size_t i, size_t* len) {
  auto c = static_cast<unsigned char>(t[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    *len = 1;
    return true;
  }
  if (c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA0) {
    *len = 2;
    return true;
  }
  return false;
}

// Apostrophes that may sit inside a word: ' and ’ (E2 80 99).
size_t apostrophe_len(std::string_view t, size_t i) {
  if (t[i] == '\'') return 1;
  if (t.compare(i, 3, "\xE2\x80\x99") == 0) return 3;
  return 0;
}

// Characters that are part of a quotation mark or dash in UTF-8 begin with E2 80; they are
// not word bytes even though they are >= 0x80.
bool is_punct_seq(std::string_view t, size_t i) {
  return static_cast<unsigned char>(t[i]) == 0xE2 && i + 1 < t.size() &&
         static_cast<unsigned char>(t[i + 1]) == 0x80;
}

bool word_char_at(std::string_view t, size_t i) {
  if (i >= t.size()) return false;
  if (is_punct_seq(t, i)) return false;
  auto c = static_cast<unsigned char>(t[i]);
  if (c == 0xC2) {  // « » and no-break space are not letters
    return false;
  }
  return is_word_byte(c);
}

}  // namespace

std::vector<Word> words(std::string_view text, size_t begin, size_t end) {
  std::vector<Word> out;
  size_t i = begin;
  while (i < end) {
    if (!word_char_at(text, i)) {
      // Skip the whole character: the continuation bytes of a mark ("”") are no letters.
      ++i;
      while (i < end && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
      continue;
    }
    size_t b = i;
    while (i < end) {
      if (word_char_at(text, i)) {
        ++i;
        continue;
      }
      size_t al = apostrophe_len(text, i);
      if ((text[i] == '-' || text[i] == '.') && i + 1 < end && word_char_at(text, i + 1)) {
        ++i;
        continue;
      }
      if (al && i + al < end && word_char_at(text, i + al)) {
        i += al;
        continue;
      }
      break;
    }
    out.push_back({b, i});
  }
  return out;
}

void trim(std::string_view text, size_t& begin, size_t& end) {
  size_t len = 0;
  while (begin < end && is_space(text, begin, &len)) begin += len;
  while (end > begin) {
    if (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\n' ||
        text[end - 1] == '\r') {
      --end;
    } else if (end >= begin + 2 && static_cast<unsigned char>(text[end - 2]) == 0xC2 &&
               static_cast<unsigned char>(text[end - 1]) == 0xA0) {
      end -= 2;
    } else {
      break;
    }
  }
}

size_t closing_mark_len(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  if (text[pos] == '"') return 1;
  if (text.compare(pos, 3, "\xE2\x80\x9D") == 0 || text.compare(pos, 3, "\xE2\x80\x9C") == 0)
    return 3;
  if (text.compare(pos, 2, "\xC2\xBB") == 0 || text.compare(pos, 2, "\xC2\xAB") == 0) return 2;
  if (text.compare(pos, 3, "\xE2\x80\x99") == 0) return 3;
  if (text[pos] == '\'' || text[pos] == ')') return 1;
  return 0;
}

Sentences::Sentences(std::string_view text) : Sentences(text, nlp::split_sentences(text)) {}

Sentences::Sentences(std::string_view text, std::vector<nlp::SentenceSpan> split)
    : text_(text), spans_(std::move(split)) {
  const nlp::Dateline dateline = nlp::find_dateline(text);
  if (!dateline.found()) return;
  dateline_end_ = dateline.end;
  for (nlp::SentenceSpan& span : spans_) {
    if (span.begin > dateline.begin || span.end <= dateline.end) continue;
    span.begin = dateline.end;
    while (span.begin < span.end && (text[span.begin] == ' ' || text[span.begin] == '\n'))
      ++span.begin;
  }
}

namespace {

// The first sentence that ends after `pos`.
std::vector<nlp::SentenceSpan>::const_iterator ending_after(
    const std::vector<nlp::SentenceSpan>& spans, size_t pos) {
  return std::upper_bound(spans.begin(), spans.end(), pos,
                          [](size_t p, const nlp::SentenceSpan& s) { return p < s.end; });
}

}  // namespace

size_t Sentences::start(size_t pos) const {
  if (pos > text_.size()) pos = text_.size();
  auto it = ending_after(spans_, pos);
  // At a sentence's end: a sentence cut at a line or at the text's end without a full
  // stop still holds `pos`; after a full stop (and its closing marks) a new one begins.
  if ((it == spans_.end() || it->begin > pos) && it != spans_.begin()) {
    auto prev = std::prev(it);
    size_t e = prev->end;
    for (bool more = true; more;) {
      more = false;
      for (size_t len : {size_t{1}, size_t{2}, size_t{3}}) {
        if (e >= prev->begin + len && closing_mark_len(text_, e - len) == len) {
          e -= len;
          more = true;
          break;
        }
      }
    }
    const char last = e > prev->begin ? text_[e - 1] : '.';
    const bool ellipsis = e >= prev->begin + 3 && text_.compare(e - 3, 3, "\xE2\x80\xA6") == 0;
    if (prev->end == pos && last != '.' && last != '?' && last != '!' && !ellipsis)
      return std::max(prev->begin, line_start(text_, pos));
  }
  if (it == spans_.end() || it->begin > pos) return pos;
  return std::max(it->begin, line_start(text_, pos));
}

size_t Sentences::end(size_t pos) const {
  if (pos > text_.size()) pos = text_.size();
  auto it = ending_after(spans_, pos);
  const size_t sentence = it == spans_.end() ? text_.size() : it->end;
  return std::min(sentence, line_end(text_, pos));
}

// No real paragraph is longer than this; the bound keeps the readers linear on text that
// has no line breaks at all.
constexpr size_t kMaxParagraph = 7500;

size_t line_start(std::string_view text, size_t pos) {
  if (pos > text.size()) pos = text.size();
  const size_t floor = pos > kMaxParagraph ? pos - kMaxParagraph : 0;
  for (size_t i = pos; i > floor; --i)
    if (text[i - 1] == '\n') return i;
  return floor;
}

size_t line_end(std::string_view text, size_t pos) {
  const size_t limit = std::min(text.size(), pos + kMaxParagraph);
  for (size_t i = pos; i < limit; ++i)
    if (text[i] == '\n') return i;
  return limit;
}

}  // namespace vigil::discourse::detail
