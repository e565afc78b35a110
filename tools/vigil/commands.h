// The vigil subcommands. Each takes the arguments after its name and returns the exit
// status; all user-facing behaviour is documented in its --help.
#pragma once

#include <functional>
#include <string_view>

#include "cli.h"
#include "vigil/tree.h"

namespace vigil::cli {

int run_validate(Args& args);
int run_code(Args& args);
int run_quotes(Args& args);
int run_dict(Args& args);
int run_ingest(Args& args);
int run_query(Args& args);
int run_export(Args& args);
int run_serve(Args& args);

/// vigil's own parser as a function from sentence text to tree.
std::function<syntax::Tree(std::string_view)> own_parser();

}  // namespace vigil::cli
