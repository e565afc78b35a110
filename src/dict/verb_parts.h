// Pieces of the verb dictionary grammar, kept apart so they can be tested and reused:
// event codes, multi-word verb phrases and pattern bodies.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "vigil/dictionaries.h"

namespace vigil::dict::detail {

/// Parses the inside of "[...]": "064", "---", "075A", "A:B" (paired), ":B" (reverse
/// only). False with `err` set when empty or malformed.
bool parse_event_code(std::string_view inside, EventCode& out, std::string& err);

/// A verb as written: words (upper case) and the index of the head word.
struct VerbPhrase {
  std::vector<std::string> words;
  size_t head = 0;
};

/// Parses "SAY", "+CORDON_OFF", "WIRE_+TAP", "KLM_NOP_+RST". A multi-word verb must mark
/// its head with '+', except a form listed in {...} with as many words as `base`, which
/// takes the base's head position.
bool parse_verb_phrase(std::string_view text, const VerbPhrase* base, VerbPhrase& out,
                       std::string& err);

/// How a pattern body was read.
enum class BodyResult {
  kOk,
  kError,     ///< malformed: `err` says why; a load error
  kSkipped,   ///< unbalanced brackets, which PETRARCH mis-reads silently: `err` says why;
              ///< the pattern is left out with a warning
};

/// Parses a pattern body (between the leading '-' and the '[CODE]') into `p.before`,
/// `p.after` and the verb joins. `synsets` are the known synset names (for &NAME tokens
/// that contain '_'); `undefined` receives the first unknown synset name, if any.
BodyResult parse_pattern_body(std::string_view body, const std::unordered_set<std::string>& synsets,
                        Pattern& p, std::string& err, std::string& undefined);

}  // namespace vigil::dict::detail
