// The reporting clause around a quotation inside a sentence: which verb reports it and
// who that verb's subject is ("Senator Roe called the bill “a death blow”"). Private to
// vigil_discourse; quotes.cc uses it.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "names.h"
#include "quote_marks.h"
#include "text_util.h"

namespace vigil::discourse::detail {

/// Verbs of saying and those that carry a quoted phrase (called, described, accused ...).
bool is_reporting_verb(std::string_view w);
/// Verbs of crowds: chanted, shouted, sang ...
bool is_chant_verb(std::string_view w);
/// Words of [b, e) outside every quoted stretch (`raws` sorted, not overlapping).
std::vector<Word> words_outside(std::string_view t, size_t b, size_t e,
                                const std::vector<RawQuote>& raws);
/// [b, e) as a group named in lower case ("protesters", "jubilant crowds"), up to 8 words.
Speaker noun_phrase_speaker(std::string_view t, size_t b, size_t e);
/// The subject of a clause whose verb starts at `e` ([b, e) is the text before the verb).
Speaker clause_subject(std::string_view t, size_t b, size_t e);
/// The speaker of a phrase quoted at `open` inside the sentence starting at `sb`: the
/// subject of the nearest reporting verb before it (or of an earlier one, or of the
/// sentence). `verb` receives that verb's position, npos when there is none.
Speaker reporting_clause(std::string_view t, size_t sb, size_t open,
                         const std::vector<RawQuote>& raws, size_t* verb);

}  // namespace vigil::discourse::detail
