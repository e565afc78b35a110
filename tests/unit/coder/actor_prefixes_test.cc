// The actor prefixes `starts_with_country` knows are the rows of kind prefix in
// data/cameo/cameo-actor-roles.tsv (read into the coder when the build is configured).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "vigil/coder.h"

namespace vigil::events {
namespace {

TEST(ActorPrefixes, EveryPrefixOfTheRolesTableStandsInACountrysPlace) {
  std::ifstream in(std::string(VIGIL_DATA_DIR) + "/cameo/cameo-actor-roles.tsv");
  ASSERT_TRUE(in) << "cannot read cameo-actor-roles.tsv";
  std::string line;
  int prefixes = 0;
  while (std::getline(in, line)) {
    std::istringstream row(line);
    std::string code, kind;
    if (!std::getline(row, code, '\t') || !std::getline(row, kind, '\t')) continue;
    if (kind == "prefix") {
      ++prefixes;
      EXPECT_FALSE(starts_with_country(code)) << code;
      EXPECT_FALSE(starts_with_country(code + "MIL")) << code;
    } else if (kind == "role") {
      EXPECT_TRUE(starts_with_country("FRA" + code)) << code;
    }
  }
  EXPECT_GT(prefixes, 0);
}

TEST(ActorPrefixes, CodesThatStartWithACountry) {
  EXPECT_TRUE(starts_with_country("CHN"));
  EXPECT_TRUE(starts_with_country("HKGCOP"));
  EXPECT_TRUE(starts_with_country("USAGOV"));
  EXPECT_FALSE(starts_with_country("IGO"));
  EXPECT_FALSE(starts_with_country("IGOUNO"));
  EXPECT_FALSE(starts_with_country("NGOHRI"));
  EXPECT_FALSE(starts_with_country("IMGREB"));
  EXPECT_FALSE(starts_with_country("MNC"));
  EXPECT_FALSE(starts_with_country("UIS"));
  EXPECT_FALSE(starts_with_country("---GOV"));
  EXPECT_FALSE(starts_with_country("\"NEW ACTOR\""));
  EXPECT_FALSE(starts_with_country("US"));
  EXPECT_FALSE(starts_with_country(""));
}

}  // namespace
}  // namespace vigil::events
