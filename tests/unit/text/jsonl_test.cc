#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "vigil/text.h"

namespace vigil::text {
namespace {

struct ReadAll {
  std::vector<Document> docs;
  std::vector<Diagnostic> problems;
};

ReadAll read_all(const std::string& input) {
  std::istringstream in(input);
  JsonlReader reader(in, "news.jsonl");
  ReadAll out;
  Document doc;
  while (reader.next(doc)) out.docs.push_back(doc);
  out.problems = reader.problems();
  return out;
}

TEST(Jsonl, GoodLinesWithAllFields) {
  const ReadAll r = read_all(
      R"({"id": "a1", "date": "2020-06-01", "text": "Arnor protested.", "title": "T",)"
      R"( "source": "S", "url": "http://x/y", "dateline": "OTTAWA", "extra": 5})"
      "\n"
      R"({"id": "a2", "text": "Gondor agreed."})"
      "\n");
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_TRUE(r.problems.empty());
  const Document& d = r.docs[0];
  EXPECT_EQ(d.id, "a1");
  EXPECT_EQ(d.date, "2020-06-01");
  EXPECT_EQ(d.text, "Arnor protested.");
  EXPECT_EQ(d.title, "T");
  EXPECT_EQ(d.source, "S");
  EXPECT_EQ(d.url, "http://x/y");
  EXPECT_EQ(d.dateline, "OTTAWA");
  EXPECT_TRUE(d.diagnostics.empty());
  EXPECT_EQ(r.docs[1].id, "a2");
  EXPECT_EQ(r.docs[1].date, "");
  EXPECT_EQ(r.docs[1].title, "");
}

TEST(Jsonl, BadJsonIsReportedAndSkipped) {
  const ReadAll r = read_all(
      "{\"id\": \"1\", \"text\": \"one\"}\n"
      "{\"id\": \"2\", \"text\": \n"
      "this is not json\n"
      "{\"id\": \"4\", \"text\": \"four\"}\n");
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "1");
  EXPECT_EQ(r.docs[1].id, "4");
  ASSERT_EQ(r.problems.size(), 2u);
  EXPECT_EQ(r.problems[0].file, "news.jsonl");
  EXPECT_EQ(r.problems[0].line, 2);
  EXPECT_EQ(r.problems[0].message.rfind("not valid JSON: ", 0), 0u) << r.problems[0].message;
  EXPECT_EQ(r.problems[0].message.find("json.exception"), std::string::npos);
  EXPECT_EQ(r.problems[1].line, 3);
  EXPECT_EQ(r.problems[1].to_string().rfind("news.jsonl:3: not valid JSON", 0), 0u);
}

TEST(Jsonl, MissingOrWrongRequiredFields) {
  const ReadAll r = read_all(
      "{\"text\": \"no id\"}\n"
      "{\"id\": \"x\"}\n"
      "{\"id\": 7, \"text\": \"numeric id\"}\n"
      "{\"id\": \"y\", \"text\": [\"a\"]}\n"
      "{\"id\": \"z\", \"text\": null}\n"
      "[1, 2]\n"
      "\"just a string\"\n"
      "{\"id\": \"\", \"text\": \"empty id\"}\n"
      "{\"id\": \"ok\", \"text\": \"\"}\n");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "ok");
  ASSERT_EQ(r.problems.size(), 8u);
  EXPECT_EQ(r.problems[0].message, "missing string field \"id\"");
  EXPECT_EQ(r.problems[1].message, "missing string field \"text\"");
  EXPECT_EQ(r.problems[2].message, "field \"id\" is not a string (found number)");
  EXPECT_EQ(r.problems[3].message, "field \"text\" is not a string (found array)");
  EXPECT_EQ(r.problems[4].message, "field \"text\" is not a string (found null)");
  EXPECT_EQ(r.problems[5].message, "not a JSON object (found array)");
  EXPECT_EQ(r.problems[6].message, "not a JSON object (found string)");
  EXPECT_EQ(r.problems[7].message, "field \"id\" is empty");
  for (size_t i = 0; i < r.problems.size(); ++i) {
    EXPECT_EQ(r.problems[i].line, static_cast<int>(i + 1));
  }
}

TEST(Jsonl, BlankLinesSkippedSilentlyButCounted) {
  const ReadAll r = read_all("\n   \n{\"id\": \"a\", \"text\": \"t\"}\n\t\n\nnope\n");
  ASSERT_EQ(r.docs.size(), 1u);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].line, 6);  // blank lines still count for line numbers
}

TEST(Jsonl, CrlfAndNoFinalNewline) {
  const ReadAll r = read_all(
      "{\"id\": \"a\", \"text\": \"first\"}\r\n"
      "\r\n"
      "{\"id\": \"b\", \"text\": \"second\"}");
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_TRUE(r.problems.empty());
  EXPECT_EQ(r.docs[0].text, "first");
  EXPECT_EQ(r.docs[1].id, "b");
  EXPECT_EQ(r.docs[1].text, "second");
}

TEST(Jsonl, ByteOrderMarkOnFirstLine) {
  const ReadAll r = read_all("\xEF\xBB\xBF{\"id\": \"a\", \"text\": \"t\"}\n");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_TRUE(r.problems.empty());
}

TEST(Jsonl, InvalidUtf8IsRepairedAndNoted) {
  const ReadAll r = read_all("{\"id\": \"a\", \"text\": \"caf\xE9 and \xC3\"}\n");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_TRUE(r.problems.empty());
  EXPECT_EQ(r.docs[0].text, "caf\xEF\xBF\xBD and \xEF\xBF\xBD");
  EXPECT_TRUE(is_valid_utf8(r.docs[0].text));
  ASSERT_EQ(r.docs[0].diagnostics.size(), 1u);
  EXPECT_NE(r.docs[0].diagnostics[0].find("replaced 2 invalid UTF-8 sequences"),
            std::string::npos);
}

// NUL is no text: escaped ones become spaces (offsets unchanged) and the document says so;
// a raw NUL byte inside a JSON string is not JSON, so that line is a bad line.
TEST(Jsonl, NulBytesBecomeSpacesAndAreNoted) {
  const ReadAll r = read_all(R"({"id": "a", "text": "Arnor\u0000 protested.\u0000"})"
                             "\n" R"({"id": "b", "text": "Arnor)" +
                             std::string(1, '\0') + R"( protested."})" + "\n");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "Arnor  protested. ");
  ASSERT_EQ(r.docs[0].diagnostics.size(), 1u);
  EXPECT_EQ(r.docs[0].diagnostics[0], "replaced 2 NUL bytes with spaces");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].line, 2);
  EXPECT_NE(r.problems[0].message.find("control character U+0000 (NUL) must be escaped"),
            std::string::npos)
      << r.problems[0].message;
}

TEST(Jsonl, EscapedUnicodeIsDecoded) {
  const ReadAll r = read_all(R"({"id": "a", "text": "China\u2019s \"law\""})" "\n");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "China\xE2\x80\x99s \"law\"");
}

TEST(Jsonl, DatesReadOrReportedWithDiagnostic) {
  const ReadAll r = read_all(
      "{\"id\": \"a\", \"text\": \"t\", \"date\": \"June 1, 2020\"}\n"
      "{\"id\": \"b\", \"text\": \"t\", \"date\": \"2021-02-29\"}\n"
      "{\"id\": \"c\", \"text\": \"t\", \"date\": \"2020-02-29\"}\n"
      "{\"id\": \"d\", \"text\": \"t\", \"date\": \"2020-06-01T12:30:00Z\"}\n"
      "{\"id\": \"e\", \"text\": \"t\", \"date\": 20200601, \"title\": null}\n");
  ASSERT_EQ(r.docs.size(), 5u);
  EXPECT_TRUE(r.problems.empty());
  EXPECT_EQ(r.docs[0].date, "2020-06-01");  // written out, read
  EXPECT_TRUE(r.docs[0].diagnostics.empty());
  EXPECT_EQ(r.docs[1].date, "");  // not a leap year
  ASSERT_EQ(r.docs[1].diagnostics.size(), 1u);
  EXPECT_EQ(r.docs[1].diagnostics[0],
            "date \"2021-02-29\" is not a day of the calendar (year 1-9999, month 1-12, day "
            "within the month); the document has no date");
  EXPECT_EQ(r.docs[2].date, "2020-02-29");
  EXPECT_TRUE(r.docs[2].diagnostics.empty());
  EXPECT_EQ(r.docs[3].date, "2020-06-01");
  EXPECT_EQ(r.docs[4].date, "");
  ASSERT_EQ(r.docs[4].diagnostics.size(), 1u);
  EXPECT_EQ(r.docs[4].diagnostics[0], "field \"date\" is not a string (found number); ignored");
}

TEST(Jsonl, DocumentIsResetBetweenLines) {
  std::istringstream in(
      "{\"id\": \"a\", \"text\": \"t\", \"title\": \"A title\", \"date\": \"bad\"}\n"
      "{\"id\": \"b\", \"text\": \"u\"}\n");
  JsonlReader reader(in, "x");
  Document doc;
  ASSERT_TRUE(reader.next(doc));
  EXPECT_EQ(doc.title, "A title");
  ASSERT_TRUE(reader.next(doc));
  EXPECT_EQ(doc.id, "b");
  EXPECT_EQ(doc.title, "");
  EXPECT_TRUE(doc.diagnostics.empty());
  EXPECT_FALSE(reader.next(doc));
  EXPECT_FALSE(reader.next(doc));
}

TEST(Jsonl, SharedExampleReads) {
  const std::string path = std::string(VIGIL_SHARED_DIR) + "/examples/hk-nsl-press-release.jsonl";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "shared example not found: " << path;
  JsonlReader reader(in, path);
  Document doc;
  ASSERT_TRUE(reader.next(doc));
  EXPECT_FALSE(doc.id.empty());
  EXPECT_EQ(doc.date, "2020-06-01");
  EXPECT_GT(doc.text.size(), 1000u);
  EXPECT_TRUE(reader.problems().empty());
}

}  // namespace
}  // namespace vigil::text
