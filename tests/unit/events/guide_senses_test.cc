// Verb senses as the analysts who annotate real news code them (issue 10 part 5): for each
// kind of act the gold standard's guide decides (appeal or demand, warnings, threats,
// concern, accusations, rejections, reduced relations, coercion, force, protest,
// cooperation, yielding, tests, condolences), sentences written by us in the phrasings
// news uses, coded through the real pipeline with vigil's own data and parser.
//
// A case names an event that must be among the events `vigil code` writes (asserted
// events only): "SRC TGT CODE". SRC and TGT are actor codes compared exactly, or ending in
// '*' to compare a prefix (the sector is not what these cases test), or "*" for any actor,
// "-" for none. A CODE matches itself and the codes under it: two digits compare the
// CAMEO root, as the gold standard is scored; three or four digits are used where the
// decision is about the code itself (160 / 161 / 163, 1724, 0333 ...). A leading '!'
// names an event that must not appear.
//
// Exact, not a floor: every case passes, or is listed in kKnownGaps with its reason, and
// the test fails when a listed gap starts passing (remove it from the list).
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "vigil/pipeline.h"

namespace vigil::events {
namespace {

struct Case {
  const char* name;
  const char* text;
  const char* expected;
};

const Case kCases[] = {
    // --- Appeals (02) and demands (10).
    {"urged_to_is_appeal", "Norway urged Sweden to release the jailed journalists.", "NOR SWE 02"},
    {"called_on_is_appeal",
     "The European Union on Tuesday called on Serbia to resume talks with Kosovo.",
     "IGOEUREEC SRB 02"},
    {"asked_to_reconsider_is_appeal", "Germany asked Poland to reconsider its decision.",
     "DEU POL 0242"},
    {"demanded_that_is_demand", "Ghana demanded that Togo withdraw its troops from the border.",
     "GHA TGO 10"},
    {"told_to_is_demand", "The Kenyan president told the protesters to go home.",
     "KENGOV KENCVL 10"},
    {"demanded_from_is_demand", "Peru on Monday demanded an apology from Chile.", "PER CHL 10"},
    // --- "Warned X to / not to / against" is an appeal, not a threat.
    {"warned_against_is_appeal",
     "Japan warned China against any unilateral change to the status quo.", "JPN CHN 02"},
    {"warned_not_to_is_appeal", "Turkey warned Greece not to militarise the islands.",
     "TUR GRC 02"},
    {"warned_to_is_appeal", "The United States has warned Iran to stop enriching uranium.",
     "USA IRN 02"},
    {"warned_to_is_no_threat", "The United States has warned Iran to stop enriching uranium.",
     "!USA IRN 13"},
    // --- Threats state a consequence (13x).
    {"threatened_sanctions_is_1312", "Russia threatened to impose sanctions on Moldova.",
     "RUS MDA 1312"},
    {"reserved_right_to_respond_is_threat",
     "Iran said it reserved the right to respond to any Israeli attack.", "IRN ISR 13"},
    {"warned_that_it_would_is_threat",
     "China warned Taiwan that it would take military action if it declared independence.",
     "CHN TWN 13"},
    {"threatened_with_is_threat",
     "The EU threatened Hungary with the suspension of its voting rights.", "IGOEUREEC HUN 13"},
    // --- Concern about an act is criticism (111); vague concern is not coded.
    {"expressed_grave_concern_is_111",
     "Canada expressed grave concern over Egypt's arrest of opposition leaders.", "CAN EGY* 111"},
    {"voiced_concern_is_111", "Sweden voiced concern about Turkey's detention of journalists.",
     "SWE TUR* 111"},
    {"vague_concern_is_nothing", "Norway expressed concern about the situation in the region.",
     "!NOR * 11"},
    {"concern_about_prices_is_nothing", "Germany said it was concerned about rising food prices.",
     "!DEU * 11"},
    // --- Accusations of a specific wrong (112x).
    {"accused_of_is_accusation", "Ukraine accused Russia of shelling civilian areas.",
     "UKR RUS 112"},
    {"accused_government_of_rigging",
     "The Zambian opposition accused the Zambian government of rigging the vote.",
     "ZMBOPP ZMBGOV 112"},
    {"blamed_for_is_accusation", "Ethiopia blamed Eritrea for the attack on its border town.",
     "ETH ERI 112"},
    {"held_responsible_is_accusation", "Kenya held Somali rebels responsible for the bombing.",
     "KEN SOMREB 112"},
    {"said_responsible_is_accusation", "Kenya said Somali rebels were responsible for the bombing.",
     "KEN SOMREB 112"},
    // --- Rejections (12): "firmly oppose" 120, refusing to yield 124.
    {"firmly_opposed_is_rejection", "China said it firmly opposed the American decision.",
     "CHN USA 12"},
    {"rejected_proposal_is_rejection", "Serbia rejected the Croatian proposal on Monday.",
     "SRB HRV 12"},
    {"rejected_passive_is_rejection", "The Croatian proposal was rejected by Serbia.",
     "SRB HRV 12"},
    {"refused_to_release_is_124", "Venezuela refused to release the American prisoners.",
     "VEN USA* 124"},
    // --- Reducing relations (16): suspending treaties or cooperation 160, envoys and
    // consulates 161, sanctions, embargoes, border closures and visa restrictions 163.
    {"suspended_treaty_participation_is_160",
     "Russia suspended its participation in the arms control treaty with the United States.",
     "RUS USA 160"},
    {"suspended_cooperation_is_160",
     "Niger on Thursday suspended military cooperation with France.", "NER FRA 160"},
    {"recalled_ambassador_is_161", "Ghana recalled its ambassador to Nigeria.", "GHA NGA 161"},
    {"expelled_ambassador_is_161", "Lithuania expelled the Belarusian ambassador on Friday.",
     "LTU BLR* 161"},
    {"closed_consulate_is_161", "The United States closed the Chinese consulate in Houston.",
     "USA CHN* 161"},
    {"imposed_embargo_is_163", "The European Union imposed an arms embargo on Belarus.",
     "IGOEUREEC BLR 163"},
    {"closed_border_is_163", "Kenya closed its border with Somalia.", "KEN SOM 163"},
    {"slapped_sanctions_is_163", "Canada slapped new sanctions on Iranian officials.",
     "CAN IRN* 163"},
    {"hit_with_sanctions_passive_is_163",
     "Iran was hit with fresh sanctions by the United Nations.", "IGOUNO IRN 163"},
    {"visa_restrictions_are_163", "Estonia imposed visa restrictions on Russian citizens.",
     "EST RUS* 163"},
    // --- Summoning an ambassador to protest is disapproval (11).
    {"summoned_ambassador_is_11",
     "Poland summoned the Russian ambassador to protest the missile strike.", "POL RUS* 11"},
    {"summoned_to_protest_is_no_demonstration",
     "Poland summoned the Russian ambassador to protest the missile strike.", "!* * 14"},
    {"summoned_passive_is_11",
     "The Swedish ambassador was summoned by the Turkish foreign ministry on Monday.",
     "TURGOV SWEGOV 11"},
    {"summoned_envoy_over_is_11", "China summoned the Japanese envoy over the remarks.",
     "CHN JPN* 11"},
    // --- Arrests, detentions and prison sentences (173).
    {"arrested_is_173", "Police in Uganda arrested an opposition leader on Monday.",
     "UGACOP UGAOPP 173"},
    {"detained_is_173", "Iranian security forces detained dozens of protesters.",
     "IRNCOP IRNCVL 173"},
    {"sentenced_to_prison_is_173", "A Moscow court sentenced the activist to five years in prison.",
     "RUS* RUSCVL 173"},
    {"jailed_passive_is_173", "Three journalists were jailed by a court in Cairo.",
     "EGYJUD EGYMED 173"},
    // --- Raids (170) and states of emergency (1724).
    {"police_raid_is_17", "Venezuelan police raided the offices of an opposition newspaper.",
     "VENCOP VEN* 17"},
    {"raided_party_headquarters_is_17",
     "Turkish police raided the headquarters of an opposition party in Ankara.", "TURCOP TUR* 17"},
    {"declared_emergency_is_1724", "Peru declared a state of emergency on Monday.",
     "PER PER* 1724"},
    {"declared_emergency_in_a_city_is_1724",
     "The Peruvian government declared a state of emergency in Lima.", "PERGOV PER* 1724"},
    {"imposed_emergency_is_1724", "Sri Lanka imposed a state of emergency on Tuesday.",
     "LKA LKA* 1724"},
    // --- Force: crowd weapons 175, fighting 190, small-arms fire 193.
    {"tear_gas_and_water_cannon_is_175",
     "Serbian police fired tear gas and water cannon at demonstrators in Belgrade.",
     "SRB* SRBCVL 175"},
    {"rubber_bullets_is_175", "Kenyan riot police used rubber bullets to disperse the crowd.",
     "KENCOP KENCVL 175"},
    {"clashed_with_is_190", "Sudanese army troops clashed with rebels in Khartoum.",
     "SDNMIL SDNREB 190"},
    {"fought_is_190", "Kenyan soldiers fought Somali militants near the border.",
     "KENMIL SOMREB 190"},
    {"exchanged_gunfire_is_193",
     "Indian troops exchanged gunfire with Pakistani soldiers along the border.",
     "INDMIL PAKMIL 193"},
    {"opened_fire_with_rifles_is_193", "Rebels opened fire with rifles on an army patrol in Mali.",
     "MLIREB MLIMIL 193"},
    // --- Protest (14): aims 1411 / 1412, road blocks and sieges 144.
    {"protested_against_government_is_14",
     "Thousands of Serbian students protested against the government in Belgrade.",
     "SRBEDU SRBGOV 14"},
    {"marched_for_resignation_is_1411",
     "Thousands of Peruvians marched in Lima to demand the president's resignation.",
     "PER* PERGOV 1411"},
    {"protested_tax_law_is_1412", "French farmers protested against the new tax law in Paris.",
     "FRAAGR FRAGOV 1412"},
    {"blocked_highways_is_144", "Farmers blocked highways across Peru on Monday.",
     "PERAGR PERGOV 144"},
    {"besieged_parliament_is_144", "Protesters besieged the parliament building in Tbilisi.",
     "GEOCVL GEO* 144"},
    // --- Pledges of aid 033, offers of visas or refuge 0333.
    {"pledged_aid_is_033", "Japan pledged $50 million in aid to Sri Lanka.", "JPN LKA 033"},
    {"offered_refuge_is_0333", "Germany offered refuge to Afghan interpreters.", "DEU AFG* 0333"},
    {"would_grant_visas_is_03",
     "Canada said it would grant humanitarian visas to Ukrainians fleeing the war.", "CAN UKR* 03"},
    {"promised_visas_is_0333", "Canada promised special visas to Ukrainian students.",
     "CAN UKR* 0333"},
    // --- Signing 057.
    {"signed_with_is_057", "Ghana signed a trade deal with Nigeria on Monday.", "GHA NGA 057"},
    {"signed_passive_by_both_is_057", "A defence pact was signed by Japan and the Philippines.",
     "JPN PHL 057"},
    // --- Praise, endorsement, welcome, solidarity 051; verbal defence 052.
    {"welcomed_is_051", "Norway welcomed Sweden's decision to join the alliance.", "NOR SWE 051"},
    {"endorsed_is_051", "Germany endorsed the Greek candidate for the post.", "DEU GRC 051"},
    {"stands_with_is_051", "France stands with Ukraine, the French president said.", "FRA UKR 051"},
    {"expressed_solidarity_is_051", "Poland expressed solidarity with Lithuania.", "POL LTU 051"},
    {"defended_is_052", "China defended Russia at the Security Council.", "CHN RUS 052"},
    {"defended_against_criticism_is_052", "Turkey defended Azerbaijan against the criticism.",
     "TUR AZE 052"},
    // --- Talks and calls (04), visits 042.
    {"spoke_by_telephone_with_is_04",
     "The Indian prime minister spoke by telephone with the Japanese prime minister.",
     "INDGOV JPNGOV 04"},
    {"held_talks_is_04", "Kenya held talks with Ethiopia on Monday.", "KEN ETH 04"},
    {"video_conference_is_04",
     "The French president held a video conference with the German chancellor.",
     "FRAGOV DEUGOV 04"},
    {"visited_is_042", "The Nigerian foreign minister visited Ghana on Tuesday.", "NGAGOV GHA 042"},
    {"travelled_for_visit_is_042",
     "Japan's prime minister travelled to Manila for a two-day visit.", "JPNGOV PHL* 042"},
    // --- Releasing detainees 0841 (the target is the people released).
    {"released_is_0841", "Iran released two French citizens on Friday.", "IRN FRA* 0841"},
    {"freed_is_0841", "Belarus freed dozens of political prisoners.", "BLR BLR* 0841"},
    {"released_passive_is_0841",
     "Three detained journalists were released by Ethiopian authorities.", "ETHGOV ETHMED 0841"},
    // --- Resignation under pressure 0831.
    {"resigned_under_pressure_is_0831",
     "The Bolivian president resigned under pressure from the opposition.", "BOLGOV BOLOPP 0831"},
    {"resigned_amid_protests_is_0831", "The Peruvian prime minister resigned amid mass protests.",
     "PERGOV PER* 0831"},
    // --- Weapons tests 150.
    {"test_fired_is_150", "North Korea test-fired two ballistic missiles on Sunday.", "PRK * 150"},
    {"tested_missile_is_150", "Pakistan successfully tested a nuclear-capable cruise missile.",
     "PAK * 150"},
    // --- Calls to investigate or bring to justice 020.
    {"called_on_to_investigate_is_02", "The UN called on Ethiopia to investigate the massacre.",
     "IGOUNO ETH 02"},
    {"urged_to_bring_to_justice_is_02",
     "Canada urged Colombia to bring the killers of the activist to justice.", "CAN COL 02"},
    {"called_for_investigation_is_02",
     "Amnesty International called for an independent investigation into the killings.",
     "NGO * 02"},
    // --- Condolences 018.
    {"offered_condolences_is_018", "Japan offered condolences to Turkey after the earthquake.",
     "JPN TUR 018"},
    {"expressed_condolences_is_018", "Germany expressed its condolences to Morocco.",
     "DEU MAR 018"},
    // --- Dismissing a report as false or politicised is criticism of its author (111).
    {"dismissed_report_as_politicised_is_111",
     "Egypt dismissed the Human Rights Watch report as politicised.", "EGY NGO 111"},
    {"dismissed_report_by_as_false_is_111",
     "Egypt dismissed the latest report by Human Rights Watch as false and politically motivated.",
     "EGY NGO 111"},
    {"rejected_report_as_baseless_is_111",
     "Ethiopia rejected the report of Amnesty International as baseless.", "ETH NGO 111"},
    {"described_report_as_smear_is_111",
     "China described the report by Amnesty International as a smear.", "CHN NGO 111"},
};

// Cases vigil does not yet code as the analysts do, each with its reason. A listed case
// that starts passing fails the test: remove it from here.
const std::map<std::string, std::string> kKnownGaps = {
    // The parser or tagger.
    {"hit_with_sanctions_passive_is_163", "tagger: \"was hit\" reads \"hit\" as a noun"},
    {"dismissed_report_as_politicised_is_111",
     "tagger: \"report\" after an organisation's name is read as a verb"},
    // Actors.
    {"declared_emergency_in_a_city_is_1724",
     "actors: the city after \"in\" is coded as the source's own government and the event is "
     "dropped as a self-reference"},
    // The coder (verbs.cc) or the pipeline (pipeline.cc, nominal.cc).
    {"signed_passive_by_both_is_057",
     "coder: a joint act with a compound passive agent and no actor as subject is not read as "
     "mutual"},
    {"said_responsible_is_accusation",
     "pipeline: a copula with \"responsible for\" in a reported clause is no judgement word"},
    {"resigned_amid_protests_is_0831",
     "coder: a resignation needs a named party; \"amid protests\" names none (one-actor event)"},
    {"called_for_investigation_is_02",
     "coder: an appeal with no addressee or victim named has no target"},
    {"offered_condolences_is_018",
     "pipeline: every 01x event is written only with --all, as a statement (018 is optional in the "
     "guide)"},
    {"expressed_condolences_is_018",
     "pipeline: every 01x event is written only with --all, as a statement (018 is optional in the "
     "guide)"},
};

const Pipeline& own_pipeline() {
  static std::shared_ptr<const Pipeline> p;
  if (!p) {
    PipelineConfig config;
    config.data_dir = VIGIL_DATA_DIR;
    auto created = Pipeline::create(config);
    if (!created.ok()) ADD_FAILURE() << created.status().to_string();
    p = created.value();
  }
  return *p;
}

// The asserted events of one document published on Friday 4 March 2022.
std::vector<EventRecord> code_text(const std::string& text) {
  Document doc;
  doc.id = "g";
  doc.date = "2022-03-04";
  doc.text = text;
  DocumentCoder coder(own_pipeline());
  return coder.code(doc);
}

// "CAN", "CAN*", "*" or "-" against an actor code ("" for no actor).
bool actor_matches(const std::string& want, const std::string& got) {
  if (want == "*") return true;
  if (want == "-") return got.empty();
  if (!want.empty() && want.back() == '*')
    return got.rfind(want.substr(0, want.size() - 1), 0) == 0;
  return want == got;
}

// A code matches itself and the codes under it in the codebook's tree ("112" matches
// 1121 and 1123); two digits are the root.
bool code_matches(const std::string& want, const std::string& got) {
  return got.rfind(want, 0) == 0;
}

class GuideVerbSenses : public ::testing::TestWithParam<Case> {};

TEST_P(GuideVerbSenses, Codes) {
  const Case& c = GetParam();
  std::string want = c.expected;
  const bool absent = want[0] == '!';
  if (absent) want.erase(0, 1);
  std::istringstream fields(want);
  std::string source, target, code;
  fields >> source >> target >> code;
  bool present = false;
  std::vector<std::string> got;
  for (const EventRecord& e : code_text(c.text)) {
    const std::string tgt = e.target ? e.target->code : "";
    got.push_back(e.source.code + " " + (tgt.empty() ? "-" : tgt) + " " + e.cameo);
    present = present || (actor_matches(source, e.source.code) && actor_matches(target, tgt) &&
                          code_matches(code, e.cameo));
  }
  const bool passes = present != absent;
  const auto gap = kKnownGaps.find(c.name);
  if (gap == kKnownGaps.end()) {
    EXPECT_TRUE(passes) << c.text << "\n  " << (absent ? "must not give: " : "must give: ") << want
                        << "\n  got: " << ::testing::PrintToString(got);
  } else {
    EXPECT_FALSE(passes) << c.name << " is listed as a known gap (" << gap->second
                         << ") but now passes: remove it from kKnownGaps";
  }
}

// Every known gap names a case.
TEST(GuideVerbSensesGaps, EveryGapNamesACase) {
  for (const auto& [name, reason] : kKnownGaps) {
    bool found = false;
    for (const Case& c : kCases) found = found || name == c.name;
    EXPECT_TRUE(found) << "known gap " << name << " names no case";
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, GuideVerbSenses, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& param) {
                           return std::string(param.param.name);
                         });

}  // namespace
}  // namespace vigil::events
