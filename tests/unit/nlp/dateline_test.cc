// The one dateline reader (nlp::find_dateline): one case per form and per rule, with
// datelines written for these tests. Each case lists the whole dateline, its place, its
// region and its agency exactly ("" when the dateline has none).
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "vigil/nlp.h"

namespace {

struct Read {
  std::string dateline, place, region, agency;
};

Read read(std::string_view text) {
  const vigil::nlp::Dateline d = vigil::nlp::find_dateline(text);
  if (!d.found()) return {};
  auto part = [&](size_t b, size_t e) { return std::string(text.substr(b, e - b)); };
  return {part(d.begin, d.end), part(d.place_begin, d.place_end),
          part(d.region_begin, d.region_end), part(d.agency_begin, d.agency_end)};
}

void expect_read(std::string_view text, const Read& want) {
  const Read got = read(text);
  EXPECT_EQ(got.dateline, want.dateline) << text;
  EXPECT_EQ(got.place, want.place) << text;
  EXPECT_EQ(got.region, want.region) << text;
  EXPECT_EQ(got.agency, want.agency) << text;
}

// "KAMPALA –": a place in capitals and a dash.
TEST(Dateline, CapitalsAndDash) {
  expect_read("TIMBUKTU \xE2\x80\x93 Traders closed the market.",
              {"TIMBUKTU \xE2\x80\x93", "TIMBUKTU", "", ""});
  expect_read("PORT MORESBY -- Voters queued early.", {"PORT MORESBY --", "PORT MORESBY", "", ""});
  expect_read("ASUNCI\xC3\x93N \xE2\x80\x94 The senate met.",
              {"ASUNCI\xC3\x93N \xE2\x80\x94", "ASUNCI\xC3\x93N", "", ""});
  expect_read("ULAANBAATAR: Herders protested.", {"ULAANBAATAR:", "ULAANBAATAR", "", ""});
}

// "WASHINGTON (Reuters) -" and "MINSK (Reuters) -": capitals and an agency.
TEST(Dateline, CapitalsAndAgency) {
  expect_read("TALLINN (Baltic Wire) - Ministers met.",
              {"TALLINN (Baltic Wire) -", "TALLINN", "", "Baltic Wire"});
  expect_read("ACCRA (PNA) -Soldiers left the port.", {"ACCRA (PNA) -", "ACCRA", "", "PNA"});
  expect_read("HANOI  (Delta News/XYZ)-  The talks ended.",
              {"HANOI  (Delta News/XYZ)-", "HANOI", "", "Delta News/XYZ"});
}

// "Washington (Reuters) - …", the case: a capitalised place with an agency.
TEST(Dateline, CapitalisedPlaceAndAgency) {
  expect_read("Lusaka (Reuters) - The court ruled.",
              {"Lusaka (Reuters) -", "Lusaka", "", "Reuters"});
  expect_read("Rio de Janeiro (Wire) - Police said.",
              {"Rio de Janeiro (Wire) -", "Rio de Janeiro", "", "Wire"});
}

// "BERN, 13 April 2014 –": a date after the place is read, and is no region.
TEST(Dateline, PlaceAndDate) {
  expect_read("OSLO, 2 May 2019 \xE2\x80\x93 The council met.",
              {"OSLO, 2 May 2019 \xE2\x80\x93", "OSLO", "", ""});
  expect_read("Quito, June 4, 2011 -- Talks began.", {"Quito, June 4, 2011 --", "Quito", "", ""});
  expect_read("KHARTOUM, (Agency) \xE2\x80\x93 Troops fired.",
              {"KHARTOUM, (Agency) \xE2\x80\x93", "KHARTOUM", "", "Agency"});
}

// "Colombo, Sri Lanka –" and "YANGON, Myanmar —": the region after the place.
TEST(Dateline, PlaceAndRegion) {
  expect_read("Jaffna, Sri Lanka \xE2\x80\x93 Fishermen protested.",
              {"Jaffna, Sri Lanka \xE2\x80\x93", "Jaffna", "Sri Lanka", ""});
  expect_read("MANDALAY, Myanmar \xE2\x80\x94 Monks marched.",
              {"MANDALAY, Myanmar \xE2\x80\x94", "MANDALAY", "Myanmar", ""});
  expect_read("SPRINGFIELD, Ill., May 3 - The mayor spoke.",
              {"SPRINGFIELD, Ill., May 3 -", "SPRINGFIELD", "Ill.", ""});
  expect_read("TORREON, MEXICO - Miners struck.", {"TORREON, MEXICO -", "TORREON", "MEXICO", ""});
}

// Several places, and a dateline on a line of its own.
TEST(Dateline, SlashAndOwnLine) {
  expect_read("TUNIS/SFAX, (Agency) - Unions struck.",
              {"TUNIS/SFAX, (Agency) -", "TUNIS/SFAX", "", "Agency"});
  expect_read("CUSCO, Peru\n\nFarmers blocked roads.", {"CUSCO, Peru", "CUSCO", "Peru", ""});
}

// An agency alone: "(Reuters) - …" is skipped and names no place.
TEST(Dateline, AgencyAlone) {
  expect_read("(Newswire) - Talks resumed.", {"(Newswire) -", "", "", "Newswire"});
  expect_read("UPI - Talks resumed.", {"UPI -", "", "", "UPI"});
  expect_read("(This story was updated) - Talks resumed.", {});
}

// A headline line before the dateline.
TEST(Dateline, AfterHeadline) {
  expect_read("Miners strike for a third day\nTORREON - Miners struck.",
              {"TORREON -", "TORREON", "", ""});
  expect_read("Miners strike for a third day\n\nTORREON - Miners struck.",
              {"TORREON -", "TORREON", "", ""});
  // A first line that is a sentence: what follows is no dateline.
  expect_read("Miners struck.\nTORREON - Miners struck.", {});
}

// Text that must not be read as a dateline.
TEST(Dateline, NotADateline) {
  expect_read("US - Chile talks resumed on Monday.", {});     // two letters
  expect_read("Mr. Okafor - the new envoy - arrived.", {});   // a name and a dash
  expect_read("Lima is calm again after the protests.", {});  // a city as subject
  expect_read("Lima, he said, is calm - for now.", {});       // prose after the comma
  expect_read("Lima, Quito and Bogota - all capitals - voted.", {});
  expect_read("Harare: the talks failed.", {});  // a capitalised place and a colon
  expect_read("REBELS SEIZE THE NORTHERN TOWN - army\nSoldiers fled.", {});  // a headline
  expect_read("FLOODS HIT COAST\nThousands fled their homes.", {});          // a headline
  expect_read("March 3 (Agency) - Talks resumed.", {});                      // a date, no place
  expect_read("The ministry said on Monday - as usual.", {});
  expect_read("", {});
}

}  // namespace
