// Removal of comma-delimited clauses, as TABARI and PETRARCH do, before verbs are read.
#pragma once

#include "linear.h"
#include "vigil/dictionaries.h"

namespace vigil::events {

/// Deletes the complete phrases of comma-delimited clauses whose word counts fall in the
/// ranges of `options` (initial clause: comma_bmin..comma_bmax; terminal clause:
/// comma_emin..comma_emax; internal clauses: comma_min..comma_max; a max of 0 turns a
/// rule off), then drops commas left dangling at either end.
void remove_comma_clauses(Linear& items, const dict::PetrarchOptions& options);

}  // namespace vigil::events
