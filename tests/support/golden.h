// Golden files, shared by every golden test: an expected output file beside its input,
// compared with what the code gives now. On a mismatch the test fails with the lines that
// differ; VIGIL_UPDATE_GOLDEN=1 rewrites the expected files instead (review that diff
// like code).
#pragma once

#include <filesystem>
#include <string>

namespace vigil::testing {

/// True when the environment asks golden tests to rewrite their files
/// (VIGIL_UPDATE_GOLDEN=1).
bool update_golden();

/// Compares `actual` with the contents of `expected_path`, line by line. A difference (or
/// a missing file) is a non-fatal GoogleTest failure naming the file, the number of lines
/// of each side and the first differing lines ("- expected", "+ actual") with their line
/// numbers. Under VIGIL_UPDATE_GOLDEN=1, writes `actual` to `expected_path` and marks the
/// test skipped instead.
void expect_golden(const std::filesystem::path& expected_path, const std::string& actual);

}  // namespace vigil::testing
