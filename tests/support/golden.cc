#include "golden.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string_view>
#include <vector>

namespace vigil::testing {
namespace {

// A mismatch shows at most this many differing lines (a large one is read with diff).
constexpr size_t kMaxShownLines = 20;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

}  // namespace

bool update_golden() {
  const char* env = std::getenv("VIGIL_UPDATE_GOLDEN");
  return env != nullptr && std::string_view(env) == "1";
}

void expect_golden(const std::filesystem::path& expected_path, const std::string& actual) {
  if (update_golden()) {
    std::ofstream(expected_path, std::ios::binary) << actual;
    GTEST_SKIP() << "rewrote " << expected_path.string();
  }
  std::ifstream in(expected_path, std::ios::binary);
  if (!in) {
    ADD_FAILURE() << "no golden file " << expected_path.string()
                  << " (VIGIL_UPDATE_GOLDEN=1 writes it)";
    return;
  }
  const std::string expected(std::istreambuf_iterator<char>(in), {});
  if (expected == actual) return;
  const std::vector<std::string> want = lines_of(expected);
  const std::vector<std::string> got = lines_of(actual);
  std::ostringstream report;
  size_t shown = 0;
  for (size_t i = 0; i < std::max(want.size(), got.size()) && shown < kMaxShownLines; ++i) {
    const std::string w = i < want.size() ? want[i] : "<missing>";
    const std::string g = i < got.size() ? got[i] : "<missing>";
    if (w == g) continue;
    report << "line " << i + 1 << "\n- " << w << "\n+ " << g << "\n";
    ++shown;
  }
  if (shown == 0) report << "(the files differ only in their last newline)\n";
  ADD_FAILURE() << expected_path.string() << " differs: " << want.size() << " lines expected, "
                << got.size() << " given\n"
                << report.str() << "VIGIL_UPDATE_GOLDEN=1 rewrites the file; review the diff";
}

}  // namespace vigil::testing
