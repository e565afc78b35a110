// Force and custody whose agent the reader supplies from the document (CAMEO 08 releases,
// 17, 18, 19), with vigil's own dictionaries and parser, in sentences written by us. Each
// case names an event that must appear ("SRC TGT CODE modality", target "-" when none) or,
// prefixed with '!', one that must not. Cases run with --all semantics so modality is
// visible.
#include <gtest/gtest.h>

#include "news_case.h"

namespace vigil::events {
namespace {

using news::Case;

const Case kCases[] = {
    // People released with no agent named are released by whoever held them: the police
    // of the place, as for an arrest with no agent (0841).
    {"released_with_no_agent_by_the_police_of_the_place",
     "Police in Lima detained 30 students on Monday. The students were released on Tuesday.",
     "PERCOP PEREDU 0841 asserted"},
    {"freed_with_no_agent_by_the_police_of_the_place",
     "Two Peruvian journalists were freed in Cusco on Sunday.", "PERCOP PERMED 0841 asserted"},
};

class NewsForceCustody : public ::testing::TestWithParam<Case> {};

TEST_P(NewsForceCustody, Codes) { news::expect_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Cases, NewsForceCustody, ::testing::ValuesIn(kCases), news::case_name);

}  // namespace
}  // namespace vigil::events
