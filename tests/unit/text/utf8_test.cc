#include <gtest/gtest.h>

#include <string>

#include "vigil/text.h"

namespace vigil::text {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

std::string repair(std::string_view in, size_t* count = nullptr) {
  return repair_utf8(in, count);
}

TEST(Utf8, AsciiUnchanged) {
  size_t count = 99;
  EXPECT_EQ(repair("Arnor and Gondor signed a treaty.", &count),
            "Arnor and Gondor signed a treaty.");
  EXPECT_EQ(count, 0u);
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_EQ(repair(""), "");
}

TEST(Utf8, ValidMultiByteUnchanged) {
  // 2-, 3- and 4-byte characters, at the ends and inside a long ASCII run.
  const std::string s = "\xC3\xA9t\xC3\xA9 \xE2\x80\x94 China\xE2\x80\x99s law \xF0\x9F\x98\x80";
  const std::string long_run = std::string(40, 'x') + s + std::string(17, 'y') + "\xE4\xB8\xAD";
  for (const std::string& in : {s, long_run}) {
    size_t count = 99;
    EXPECT_TRUE(is_valid_utf8(in));
    EXPECT_EQ(repair(in, &count), in);
    EXPECT_EQ(count, 0u);
  }
  // Boundaries of the code space.
  EXPECT_TRUE(is_valid_utf8("\xC2\x80"));              // U+0080
  EXPECT_TRUE(is_valid_utf8("\xEF\xBF\xBF"));          // U+FFFF
  EXPECT_TRUE(is_valid_utf8("\xED\x9F\xBF"));          // U+D7FF, just below surrogates
  EXPECT_TRUE(is_valid_utf8("\xF4\x8F\xBF\xBF"));      // U+10FFFF
}

TEST(Utf8, TruncatedSequence) {
  size_t count = 0;
  // Euro sign E2 82 AC cut after two bytes: one replacement for the maximal subpart.
  EXPECT_FALSE(is_valid_utf8("price \xE2\x82"));
  EXPECT_EQ(repair("price \xE2\x82", &count), "price " + kFffd);
  EXPECT_EQ(count, 1u);
  EXPECT_EQ(repair("a\xE2\x82" "b", &count), "a" + kFffd + "b");
  EXPECT_EQ(count, 1u);
  EXPECT_EQ(repair("\xF0\x9F\x98 x", &count), kFffd + " x");
  EXPECT_EQ(count, 1u);
  EXPECT_EQ(repair("\xC3", &count), kFffd);
  EXPECT_EQ(count, 1u);
}

TEST(Utf8, Overlong) {
  size_t count = 0;
  // C0 AF is an overlong '/': C0 can never start a sequence, AF is a lone continuation.
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));
  EXPECT_EQ(repair("\xC0\xAF", &count), kFffd + kFffd);
  EXPECT_EQ(count, 2u);
  // E0 80 AF: E0 needs A0..BF next, so each byte is replaced separately.
  EXPECT_EQ(repair("\xE0\x80\xAF", &count), kFffd + kFffd + kFffd);
  EXPECT_EQ(count, 3u);
  // F0 8F BF BF (overlong U+FFFF).
  EXPECT_FALSE(is_valid_utf8("\xF0\x8F\xBF\xBF"));
}

TEST(Utf8, Surrogate) {
  size_t count = 0;
  // ED A0 80 would be U+D800.
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));
  EXPECT_EQ(repair("x\xED\xA0\x80y", &count), "x" + kFffd + kFffd + kFffd + "y");
  EXPECT_EQ(count, 3u);
}

TEST(Utf8, AboveMaxAndInvalidLeads) {
  size_t count = 0;
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // U+110000
  EXPECT_EQ(repair("\xF4\x90\x80\x80", &count), kFffd + kFffd + kFffd + kFffd);
  EXPECT_EQ(count, 4u);
  EXPECT_EQ(repair("\xFF\xFE", &count), kFffd + kFffd);
  EXPECT_EQ(count, 2u);
  EXPECT_EQ(repair("\xF5\x80", &count), kFffd + kFffd);
}

TEST(Utf8, LoneContinuation) {
  size_t count = 0;
  EXPECT_FALSE(is_valid_utf8("abc\x80"));
  EXPECT_EQ(repair("abc\x80\xBF" "def", &count), "abc" + kFffd + kFffd + "def");
  EXPECT_EQ(count, 2u);
  // A continuation byte after a complete sequence.
  EXPECT_EQ(repair("\xC3\xA9\xA9", &count), "\xC3\xA9" + kFffd);
  EXPECT_EQ(count, 1u);
}

TEST(Utf8, UnicodeReferenceExample) {
  // Unicode 15, section 3.9, table 3-8: 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64
  // gives a FFFD FFFD FFFD b FFFD c FFFD FFFD d.
  size_t count = 0;
  const std::string out = repair("\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64", &count);
  EXPECT_EQ(out, "a" + kFffd + kFffd + kFffd + "b" + kFffd + "c" + kFffd + kFffd + "d");
  EXPECT_EQ(count, 6u);
  EXPECT_TRUE(is_valid_utf8(out));
}

TEST(Utf8, RepairAlwaysGivesValidOutput) {
  // Every two-byte combination, with ASCII around it: the output must always validate.
  for (int a = 0; a < 256; ++a) {
    for (int b = 0x70; b < 256; b += 3) {
      std::string in = "ab";
      in += static_cast<char>(a);
      in += static_cast<char>(b);
      in += "cd";
      const std::string out = repair(in);
      ASSERT_TRUE(is_valid_utf8(out)) << a << " " << b;
      if (is_valid_utf8(in)) {
        ASSERT_EQ(out, in);
      }
    }
  }
}

}  // namespace
}  // namespace vigil::text
