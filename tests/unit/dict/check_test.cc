// check_dictionaries: the deep check behind `vigil dict check`.
#include <gtest/gtest.h>

#include "test_util.h"
#include "vigil/dictionaries.h"

namespace vigil::dict {
namespace {

using testing::dump;
using testing::has;

TEST(Check, FindsEveryKindOfProblem) {
  Dictionaries d;
  std::vector<Diagnostic> problems;
  parse_verbs(R"(--- MEET [040] ---
MEET
CONFER [999]
- * AGAIN [042:043]
- * NEVER [77A]
- * SOMETIMES [---]
)",
              "v.txt", d.verbs, problems);
  parse_actors(R"(ELBONIA [ELB]
+ELBONIANS
DOGBERT
	[ELBGOV 20000101-20101231]
	[ELBMIL 20101231-20151231]
	[ELBREB 20050101-20060101]
	[ELBGOV 20000601-20010101]
	[ELB]
	[ELBX]
RATBERT [elbcvl]
)",
               "a1.txt", d.actors, problems);
  parse_actors("ELBONIANS [ELB]\n", "a2.txt", d.actors, problems);
  parse_agents("WIZARD [~WIZ]\nWIZARDS [~MAG]\nSAGE [~SAG]\nSAGE [~SAG]\nELF [~ELVEN]\n",
               "g.txt", d.agents, problems);
  ASSERT_TRUE(problems.empty()) << dump(problems);

  auto found = check_dictionaries(d, {"040", "042", "043", "010"});
  EXPECT_TRUE(has(found, 3, "'999'")) << dump(found);          // verb's own code
  EXPECT_TRUE(has(found, 5, "'77A'")) << dump(found);          // pattern code
  EXPECT_FALSE(has(found, 4, "event code")) << dump(found);    // known pair
  EXPECT_FALSE(has(found, 6, "event code")) << dump(found);    // null code
  // Duplicate actor phrase across files, naming the earlier place.
  EXPECT_TRUE(has(found, 1, "also defined at a1.txt:2")) << dump(found);
  // Overlaps with different codes (the shared boundary day of GOV/MIL is not one).
  EXPECT_TRUE(has(found, 3, "ELBGOV and ELBREB overlap")) << dump(found);
  EXPECT_FALSE(has(found, 3, "ELBGOV and ELBMIL")) << dump(found);
  EXPECT_FALSE(has(found, 3, "ELBGOV and ELBGOV")) << dump(found);
  EXPECT_TRUE(has(found, 3, "2 undated codes")) << dump(found);
  EXPECT_TRUE(has(found, 3, "'ELBX'")) << dump(found);
  EXPECT_TRUE(has(found, 10, "'elbcvl'")) << dump(found);
  // Agents: WIZARDS is the generated plural of WIZARD with another code.
  EXPECT_TRUE(has(found, 2, "'WIZARDS' coded [~MAG]")) << dump(found);
  EXPECT_FALSE(has(found, 4, "SAGE")) << dump(found);          // same code twice is fine
  EXPECT_TRUE(has(found, 5, "'ELVEN'")) << dump(found);
  for (const auto& f : found) EXPECT_FALSE(f.file.empty()) << f.to_string();

  // Without known codes the event-code check is skipped.
  auto no_codes = check_dictionaries(d, {});
  EXPECT_FALSE(has(no_codes, 5, "'77A'")) << dump(no_codes);
  EXPECT_LT(no_codes.size(), found.size());
}

}  // namespace
}  // namespace vigil::dict
