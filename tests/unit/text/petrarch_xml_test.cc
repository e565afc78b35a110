#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "vigil/text.h"

namespace vigil::text {
namespace {

// Our own records, in the layout of PETRARCH validation files.
const char kValidation[] = R"(<Validation>
<!-- a comment with <Tags> inside -->
<Environment>
    <Verbfile>verbs.txt</Verbfile>
    <Actorfile>  actors.txt
    </Actorfile>
    <Include>valid DEMO</Include>
    <Config option="stop_on_error" value="True"></Config>
</Environment>
<Config option="require_dyad" value="false"/>
<Sentences>
<Sentence date="19990312" id="T-01" category="DEMO" sentence="true">
<!-- two expected events -->
<EventCoding sourcecode="FRD" targetcode="SYL" eventcode="042"></EventCoding>
<EventCoding sourcecode="SYL" targetcode="FRD" eventcode="043"></EventCoding>
<Text>
Freedonia's  leader visited
   Sylvania on Monday.
</Text>
<Parse>
(ROOT (S (NP (NNP Freedonia))
  (VP (VBD visited) (NP (NNP Sylvania)))))
</Parse>
</Sentence>
<Config option="new_actor_length" value="4"></Config>
<Config option="comma_max" value="2"></Config>
<Sentence date="991231" id="T-02" category="DEMO">
<EventCoding noevents = "TRUE"></EventCoding>
<Text>Nothing happened &amp; nobody came.</Text>
<Parse>(ROOT (S (NN Nothing)))</Parse>
</Sentence>
<Sentence date="20000101" id="T-03" category="ERROR">
<EventCoding error="dateline"></EventCoding>
<Text>X.</Text>
</Sentence>
<Sentence date="20000101" id="T-04">
<Parse>(ROOT (NN x))</Parse>
</Sentence>
</Sentences>
</Validation>
)";

PetrarchFile parse_ok(std::string_view xml, std::vector<Diagnostic>& problems) {
  Result<PetrarchFile> r = parse_petrarch_xml(xml, "test.xml", problems);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.status().to_string());
  return r.ok() ? std::move(r).value() : PetrarchFile{};
}

TEST(PetrarchXml, ValidationFile) {
  std::vector<Diagnostic> problems;
  const PetrarchFile f = parse_ok(kValidation, problems);

  using Pair = std::pair<std::string, std::string>;
  EXPECT_EQ(f.environment, (std::vector<Pair>{{"Verbfile", "verbs.txt"},
                                              {"Actorfile", "actors.txt"},
                                              {"Include", "valid DEMO"}}));
  EXPECT_EQ(f.environment_config, (std::vector<Pair>{{"stop_on_error", "True"}}));

  ASSERT_EQ(f.records.size(), 3u);
  const PetrarchRecord& a = f.records[0];
  EXPECT_EQ(a.id, "T-01");
  EXPECT_EQ(a.date, "19990312");
  EXPECT_EQ(a.category, "DEMO");
  EXPECT_EQ(a.text, "Freedonia's leader visited Sylvania on Monday.");
  EXPECT_NE(a.parse.find("(ROOT (S (NP (NNP Freedonia))\n  (VP"), std::string::npos);
  ASSERT_EQ(a.expected.size(), 2u);
  EXPECT_EQ(a.expected[1].source, "SYL");
  EXPECT_EQ(a.expected[1].target, "FRD");
  EXPECT_EQ(a.expected[1].event, "043");
  EXPECT_FALSE(a.expect_no_events);
  EXPECT_EQ(a.config_before, (std::vector<Pair>{{"require_dyad", "false"}}));
  EXPECT_EQ(a.line, 12);

  const PetrarchRecord& b = f.records[1];
  EXPECT_EQ(b.id, "T-02");
  EXPECT_TRUE(b.expect_no_events);
  EXPECT_TRUE(b.expected.empty());
  EXPECT_EQ(b.text, "Nothing happened & nobody came.");
  EXPECT_EQ(b.config_before,
            (std::vector<Pair>{{"new_actor_length", "4"}, {"comma_max", "2"}}));
  EXPECT_EQ(b.line, 27);

  const PetrarchRecord& c = f.records[2];
  EXPECT_EQ(c.expect_error, "dateline");
  EXPECT_TRUE(c.parse.empty());
  EXPECT_TRUE(c.config_before.empty());

  // T-04 has no <Text>: reported with its line, skipped.
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].file, "test.xml");
  EXPECT_EQ(problems[0].line, 36);
  EXPECT_NE(problems[0].message.find("T-04"), std::string::npos);
}

TEST(PetrarchXml, TextFileWithSentencesRoot) {
  const char xml[] =
      "<?xml version=\"1.0\"?>\n"
      "<!-- header comment -->\n"
      "<Sentences>\n"
      "<Sentence date = \"20080804\" id =\"S_1\" source = \"AFP\" sentence = \"True\">\n"
      "<Text>\nOne  line\r\nand another. \n</Text>\n"
      "<Parse>\n( (S (NP (NNP One)) (VP (VBD ran)) (. .)))\n</Parse>\n"
      "</Sentence>\n"
      "</Sentences>\n";
  std::vector<Diagnostic> problems;
  const PetrarchFile f = parse_ok(xml, problems);
  EXPECT_TRUE(problems.empty());
  EXPECT_TRUE(f.environment.empty());
  ASSERT_EQ(f.records.size(), 1u);
  EXPECT_EQ(f.records[0].id, "S_1");
  EXPECT_EQ(f.records[0].text, "One line and another.");
  EXPECT_EQ(f.records[0].line, 4);
  EXPECT_TRUE(f.records[0].expected.empty());
}

TEST(PetrarchXml, MalformedXmlNamesFileAndLine) {
  const char xml[] =
      "<Sentences>\n"
      "<Sentence id=\"a\" date=\"20000101\">\n"
      "<Text>unclosed\n"
      "</Sentence>\n"
      "</Sentences>\n";
  std::vector<Diagnostic> problems;
  const Result<PetrarchFile> r = parse_petrarch_xml(xml, "broken.xml", problems);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message().rfind("broken.xml:4: malformed XML", 0), 0u)
      << r.status().message();
  ASSERT_EQ(r.status().details().size(), 1u);
  EXPECT_EQ(r.status().details()[0].line, 4);

  EXPECT_FALSE(parse_petrarch_xml("", "empty.xml", problems).ok());
  EXPECT_FALSE(parse_petrarch_xml("<a><b></a>", "x.xml", problems).ok());
  EXPECT_FALSE(parse_petrarch_xml("not xml at all <", "x.xml", problems).ok());
}

TEST(PetrarchXml, MissingIdGetsLineName) {
  std::vector<Diagnostic> problems;
  const PetrarchFile f =
      parse_ok("<Sentences>\n\n<Sentence><Text>t</Text></Sentence></Sentences>", problems);
  ASSERT_EQ(f.records.size(), 1u);
  EXPECT_EQ(f.records[0].id, "line-3");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].line, 3);
}

TEST(PetrarchXml, InvalidUtf8InTextIsRepaired) {
  std::vector<Diagnostic> problems;
  const PetrarchFile f = parse_ok(
      "<Sentences><Sentence id=\"u\"><Text>caf\xE9</Text></Sentence></Sentences>", problems);
  ASSERT_EQ(f.records.size(), 1u);
  EXPECT_EQ(f.records[0].text, "caf\xEF\xBF\xBD");
  EXPECT_EQ(problems.size(), 1u);
}

TEST(PetrarchXml, ToDocument) {
  PetrarchRecord rec;
  rec.id = "R1";
  rec.date = "19950101";
  rec.text = "Freedonia protested.";
  rec.parse = "(ROOT (S (NNP Freedonia)))";
  Document d = to_document(rec);
  EXPECT_EQ(d.id, "R1");
  EXPECT_EQ(d.date, "1995-01-01");
  EXPECT_EQ(d.text, rec.text);
  ASSERT_EQ(d.given_sentences.size(), 1u);
  EXPECT_EQ(d.given_sentences[0].begin, 0u);
  EXPECT_EQ(d.given_sentences[0].end, rec.text.size());
  EXPECT_EQ(d.given_sentences[0].parse, rec.parse);
  EXPECT_TRUE(d.diagnostics.empty());

  rec.date = "080806";
  EXPECT_EQ(to_document(rec).date, "2008-08-06");
  rec.date = "300101";
  EXPECT_EQ(to_document(rec).date, "2030-01-01");
  rec.date = "310101";
  EXPECT_EQ(to_document(rec).date, "1931-01-01");
  rec.date = "2001-09-11";
  EXPECT_EQ(to_document(rec).date, "2001-09-11");
  rec.date = "19951332";
  d = to_document(rec);
  EXPECT_EQ(d.date, "");
  EXPECT_EQ(d.diagnostics.size(), 1u);
  rec.date = "";
  d = to_document(rec);
  EXPECT_EQ(d.date, "");
  EXPECT_TRUE(d.diagnostics.empty());
}

// Three records of our own; cut anywhere, the complete records before the cut are kept.
const char kThree[] =
    "<Sentences>\n"
    "<Sentence date=\"20200601\" id=\"R-1\">\n<Text>Arnor protested.</Text>\n</Sentence>\n"
    "<Sentence date=\"20200602\" id=\"R-2\">\n<Text>Gondor agreed.</Text>\n</Sentence>\n"
    "<Sentence date=\"20200603\" id=\"R-3\">\n<Text>Rohan rode out.</Text>\n</Sentence>\n"
    "</Sentences>\n";

TEST(PetrarchXml, TruncatedFileIsAnErrorByDefault) {
  const std::string xml(kThree);
  std::vector<Diagnostic> problems;
  const auto r = parse_petrarch_xml(xml.substr(0, xml.find("Gondor")), "cut.xml", problems);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("cut.xml:"), std::string::npos);
  EXPECT_NE(r.status().message().find("malformed XML"), std::string::npos);
}

TEST(PetrarchXml, TruncatedFileKeepsItsCompleteRecords) {
  const std::string xml(kThree);
  XmlReadOptions keep;
  keep.keep_records_before_error = true;
  // Cut inside the second record's text: the first is kept, the second is not.
  std::vector<Diagnostic> problems;
  auto r = parse_petrarch_xml(xml.substr(0, xml.find("Gondor") + 3), "cut.xml", problems, keep);
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  ASSERT_EQ(r.value().records.size(), 1u);
  EXPECT_EQ(r.value().records[0].id, "R-1");
  EXPECT_EQ(r.value().records[0].text, "Arnor protested.");
  ASSERT_FALSE(problems.empty());
  const Diagnostic& last = problems.back();
  EXPECT_EQ(last.file, "cut.xml");
  EXPECT_GT(last.line, 0);
  EXPECT_EQ(last.message.rfind("malformed XML: ", 0), 0u) << last.message;
  EXPECT_NE(last.message.find("kept the 1 complete record before it"), std::string::npos)
      << last.message;

  // Cut after the second record's closing tag: two kept (the wrappers stay unclosed).
  problems.clear();
  const size_t after_two = xml.find("<Sentence", xml.find("R-2"));
  r = parse_petrarch_xml(xml.substr(0, after_two), "cut.xml", problems, keep);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.value().records.size(), 2u);
  EXPECT_EQ(r.value().records[1].id, "R-2");

  // Cut inside the third record's tag.
  problems.clear();
  r = parse_petrarch_xml(xml.substr(0, after_two + 12), "cut.xml", problems, keep);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().records.size(), 2u);

  // A whole file reads as before, with no problem.
  problems.clear();
  r = parse_petrarch_xml(xml, "whole.xml", problems, keep);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().records.size(), 3u);
  EXPECT_TRUE(problems.empty());
}

TEST(PetrarchXml, ErrorInsideARecordKeepsTheRecordsBeforeIt) {
  std::string xml(kThree);
  xml.replace(xml.find("</Text>", xml.find("Gondor")), 7, "</Txet>");  // a mismatched tag
  XmlReadOptions keep;
  keep.keep_records_before_error = true;
  std::vector<Diagnostic> problems;
  const auto r = parse_petrarch_xml(xml, "amp.xml", problems, keep);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.value().records.size(), 1u);
  EXPECT_EQ(r.value().records[0].id, "R-1");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].line, 6);  // the line of the bad closing tag
}

TEST(PetrarchXml, FolderIsAnErrorNotAnException) {
  std::vector<Diagnostic> problems;
  const auto r = read_petrarch_xml(::testing::TempDir(), problems);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("is a folder"), std::string::npos);
}

TEST(PetrarchXml, RecordDatesInFeedForms) {
  PetrarchRecord rec;
  rec.id = "D1";
  rec.text = "Arnor protested.";
  rec.date = "1 June 2020";
  Document d = to_document(rec);
  EXPECT_EQ(d.date, "2020-06-01");
  EXPECT_TRUE(d.diagnostics.empty());
  rec.date = "06/01/2020";
  d = to_document(rec);
  EXPECT_EQ(d.date, "");
  ASSERT_EQ(d.diagnostics.size(), 1u);
  EXPECT_NE(d.diagnostics[0].find("is ambiguous"), std::string::npos) << d.diagnostics[0];
}

TEST(PetrarchXml, MissingFile) {
  std::vector<Diagnostic> problems;
  const Result<PetrarchFile> r = read_petrarch_xml("/nonexistent/dir/file.xml", problems);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("/nonexistent/dir/file.xml"), std::string::npos);
}

// The third-party files: read only, from ../shared, skipped when absent.
struct SharedFile {
  const char* name;
  size_t records;
};

class SharedPetrarchXml : public ::testing::TestWithParam<SharedFile> {};

TEST_P(SharedPetrarchXml, ReadsEveryRecord) {
  const std::string path = std::string(VIGIL_SHARED_DIR) + "/external/petrarch2/" + GetParam().name;
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared file not found: " << path;
  std::vector<Diagnostic> problems;
  const Result<PetrarchFile> r = read_petrarch_xml(path, problems);
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  EXPECT_TRUE(problems.empty()) << problems.front().to_string();
  EXPECT_EQ(r.value().records.size(), GetParam().records);
  for (const PetrarchRecord& rec : r.value().records) {
    EXPECT_FALSE(rec.id.empty());
    // Some GigaWord records have an empty <Text> and only a parse; they are kept.
    if (GetParam().records == 198) {
      EXPECT_FALSE(rec.text.empty()) << rec.id;
    }
    EXPECT_FALSE(rec.parse.empty()) << rec.id;
    EXPECT_GT(rec.line, 0) << rec.id;
    EXPECT_FALSE(to_document(rec).date.empty()) << rec.id << " " << rec.date;
  }
}

INSTANTIATE_TEST_SUITE_P(Files, SharedPetrarchXml,
                         ::testing::Values(SharedFile{"PETR.UnitTest.dev.xml", 198},
                                           SharedFile{"GigaWord.sample.PETR.xml", 76}),
                         [](const auto& param_info) {
                           return param_info.index == 0 ? "UnitTest" : "GigaWord";
                         });

TEST(SharedPetrarchXmlValidation, EnvironmentAndExpectations) {
  const std::string path = std::string(VIGIL_SHARED_DIR) + "/external/petrarch2/PETR.UnitTest.dev.xml";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared file not found: " << path;
  std::vector<Diagnostic> problems;
  const Result<PetrarchFile> r = read_petrarch_xml(path, problems);
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  const PetrarchFile& f = r.value();
  bool has_verbfile = false;
  for (const auto& [key, value] : f.environment) has_verbfile |= key == "Verbfile" && !value.empty();
  EXPECT_TRUE(has_verbfile);
  EXPECT_FALSE(f.environment_config.empty());
  size_t with_config = 0, no_events = 0, errors = 0, codings = 0;
  for (const PetrarchRecord& rec : f.records) {
    with_config += rec.config_before.empty() ? 0 : 1;
    no_events += rec.expect_no_events ? 1 : 0;
    errors += rec.expect_error.empty() ? 0 : 1;
    codings += rec.expected.size();
  }
  EXPECT_GT(with_config, 0u);
  EXPECT_GT(no_events, 0u);
  EXPECT_GT(errors, 0u);
  EXPECT_GT(codings, f.records.size() / 2);
}

TEST(TextFile, WholeFileIsOneDocument) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("vigil-text-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto path = dir / "press-release.2020.txt";
  {
    std::ofstream out(path, std::ios::binary);
    out << "\xEF\xBB\xBFOTTAWA \xE2\x80\x93 Line one.\r\nLine two \xFF.\n";
  }
  const Result<Document> r = read_text_file(path.string());
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  EXPECT_EQ(r.value().id, "press-release.2020");
  EXPECT_EQ(r.value().text, "OTTAWA \xE2\x80\x93 Line one.\r\nLine two \xEF\xBF\xBD.\n");
  ASSERT_EQ(r.value().diagnostics.size(), 1u);

  const Result<Document> missing = read_text_file((dir / "nope.txt").string());
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("nope.txt"), std::string::npos);
  EXPECT_FALSE(read_text_file(dir.string()).ok());
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace vigil::text
