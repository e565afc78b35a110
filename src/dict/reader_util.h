// Shared pieces of the dictionary readers: logical lines with comments removed, upper
// casing, word splitting and the English inflection rules used for generated forms.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vigil/status.h"

namespace vigil::dict::detail {

/// One line of a dictionary file after comment removal; blank lines are not produced.
struct Line {
  int number = 0;          ///< 1-based line number in the file
  bool indented = false;   ///< began with a space or tab
  std::string text;        ///< content without comments, trimmed at both ends
};

/// Splits `text` into lines and removes comments: `<!-- ... -->` (possibly over several
/// lines), a line beginning with `<!`, and `#` up to the end of the line unless it stands
/// inside `[...]` (TABARI's `[###]` code). Handles CRLF and a UTF-8 byte order mark.
std::vector<Line> logical_lines(std::string_view text);

/// ASCII upper case; other bytes (UTF-8) are kept.
std::string upper(std::string_view s);

std::string_view trim(std::string_view s);

/// Splits on spaces, tabs and '_' (PETRARCH's two word connectors), upper-cased, empty
/// pieces dropped.
std::vector<std::string> split_words(std::string_view phrase);

/// Words joined by single spaces.
std::string join_words(const std::vector<std::string>& words);

/// English plural of an upper-case noun: +ES after S, X, Z, CH, SH; Y after a consonant
/// becomes IES; otherwise +S.
std::string plural_of(std::string_view word);

/// Regular forms of an upper-case verb: third person (as plural_of), past (+D after E,
/// consonant+Y -> IED, else +ED) and present participle (IE -> YING, E after a consonant
/// dropped, else +ING). Returned in that order, without the base.
std::vector<std::string> regular_verb_forms(std::string_view verb);

/// Adds a diagnostic for `file`:`line`.
inline void report(std::vector<Diagnostic>& out, std::string_view file, int line,
                   std::string message) {
  out.push_back(Diagnostic{std::string(file), line, std::move(message)});
}

/// Reads a whole file; false (and a diagnostic naming the path) when it cannot be read.
bool read_file(const std::string& path, std::string& out, std::vector<Diagnostic>& problems);

}  // namespace vigil::dict::detail
