// Options shared by vigil query and vigil export: the store and the event filters.
#pragma once

#include <string>

#include "cli.h"
#include "vigil/store.h"

namespace vigil::cli {

/// The filter options' help text (one line per option, indented two spaces).
extern const char* const kFilterHelp;

/// Reads every filter option from `args` into `filter`; on a malformed value returns
/// false with a message in `error`.
bool read_filter(Args& args, store::EventFilter& filter, std::string& error);

}  // namespace vigil::cli
