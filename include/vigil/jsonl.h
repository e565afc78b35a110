// JSON Lines: event records as vigil writes them, one object per line, fields as in
// docs/output.md. The command line, the store, the server and the Python package all
// write events with these, so an event reads the same wherever it comes from.
//
//   for (const vigil::events::EventRecord& e : coder.code(doc))
//     std::cout << vigil::output::to_json(e) << '\n';
#pragma once

#include <string>
#include <string_view>

#include "vigil/dedup.h"
#include "vigil/pipeline.h"

namespace vigil::output {

/// The record as one line of JSON (no newline), fields as in docs/output.md.
std::string to_json(const events::EventRecord& record);

/// An event kept by `vigil code --dedup day`: its first record, then "documents" and
/// "sources", the number of documents and of distinct publishers that reported it.
std::string to_json(const events::DayDeduplicator::Entry& entry);

/// Appends `s` to `out` as a JSON string literal (quotes and escapes included).
void append_string(std::string& out, std::string_view s);
/// As append_string, but an empty `s` is written as null.
void append_string_or_null(std::string& out, std::string_view s);

}  // namespace vigil::output
