// Verb coding over the linear form: find dictionary verbs in verb phrases, match their
// patterns on the words before ("upper") and after ("lower") the verb, pick source and
// target, and assemble events.
#pragma once

#include <vector>

#include "linear.h"
#include "vigil/coder.h"
#include "vigil/dictionaries.h"

namespace vigil::events {

/// Codes every verb phrase of `items` (NEs already coded) into `events`.
class CompiledVerbs;

void code_verbs(const dict::Dictionaries& dicts, const CompiledVerbs& compiled,
                const dict::PetrarchOptions& options,
                const Linear& items, std::vector<CodedEvent>& events);

/// Clauses whose verb phrase carries "must", "should" or "ought" and whose subject is a
/// coded actor: the actor (as target), the modal and verb, and their tokens.
void find_obligations(const dict::PetrarchOptions& options, const Linear& items,
                      std::vector<CodedEvent>& out);

}  // namespace vigil::events
