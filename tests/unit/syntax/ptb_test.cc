#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "vigil/text.h"
#include "vigil/tree.h"

namespace vigil::syntax {
namespace {

Tree read_ok(std::string_view s) {
  Result<Tree> r = read_ptb(s, "test");
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.status().message());
  return r.ok() ? std::move(r).value() : Tree{};
}

std::string read_error(std::string_view s, std::string_view where = "rec-1") {
  const Result<Tree> r = read_ptb(s, where);
  EXPECT_FALSE(r.ok()) << "accepted: " << s;
  return r.ok() ? std::string() : r.status().message();
}

TEST(ReadPtb, NestedTreeStructure) {
  const Tree t = read_ok("(ROOT (S (NP (NNP Freedonia)) (VP (VBD thanked) (NP (NNP Sylvania))) (. .)))");
  ASSERT_FALSE(t.empty());
  ASSERT_EQ(t.tokens.size(), 4u);
  EXPECT_EQ(t.tokens[0].text, "Freedonia");
  EXPECT_EQ(t.tokens[0].tag, "NNP");
  EXPECT_EQ(t.tokens[1].text, "thanked");
  EXPECT_EQ(t.tokens[3].tag, ".");
  EXPECT_EQ(t.tokens[0].begin, Token::kNoOffset);

  const Node& root = t.nodes[static_cast<size_t>(t.root)];
  EXPECT_EQ(root.label, "ROOT");
  EXPECT_EQ(root.parent, -1);
  EXPECT_EQ(root.first_token, 0);
  EXPECT_EQ(root.last_token, 3);
  ASSERT_EQ(root.children.size(), 1u);
  const Node& s = t.nodes[static_cast<size_t>(root.children[0])];
  EXPECT_EQ(s.label, "S");
  ASSERT_EQ(s.children.size(), 3u);
  const Node& vp = t.nodes[static_cast<size_t>(s.children[1])];
  EXPECT_EQ(vp.label, "VP");
  EXPECT_EQ(vp.first_token, 1);
  EXPECT_EQ(vp.last_token, 2);
  EXPECT_EQ(vp.token, -1);

  // Every node: parent links agree with children; preterminals carry their token.
  for (size_t i = 0; i < t.nodes.size(); ++i) {
    const Node& n = t.nodes[i];
    for (int32_t c : n.children) EXPECT_EQ(t.nodes[static_cast<size_t>(c)].parent, static_cast<int32_t>(i));
    if (n.token >= 0) {
      EXPECT_TRUE(n.children.empty());
      EXPECT_EQ(n.first_token, n.token);
      EXPECT_EQ(n.last_token, n.token);
      EXPECT_EQ(t.tokens[static_cast<size_t>(n.token)].tag, n.label);
    } else {
      EXPECT_FALSE(n.children.empty());
      EXPECT_EQ(n.first_token, t.nodes[static_cast<size_t>(n.children.front())].first_token);
      EXPECT_EQ(n.last_token, t.nodes[static_cast<size_t>(n.children.back())].last_token);
    }
  }
}

TEST(ReadPtb, LayoutTolerant) {
  const std::string one_line = "(ROOT (S (NP (NNP Freedonia)) (VP (VBD left)) (. .)))";
  const char* layouts[] = {
      "(ROOT (S (NP (NNP Freedonia)) (VP (VBD left)) (. .)))",
      "\n(ROOT (S  \n  (NP (NNP Freedonia)\n  )  \n  (VP \n    (VBD left)\n  ) (. .)\n) )\n\n",
      "(ROOT(S(NP(NNP Freedonia))(VP(VBD left))(. .)))",
      "\t( ROOT\t(S (NP (NNP\tFreedonia)) (VP (VBD left )) (. .)))  \r\n",
  };
  for (const char* layout : layouts) {
    EXPECT_EQ(read_ok(layout).to_string(), one_line) << layout;
  }
}

TEST(ReadPtb, UnlabelledOuterBracketBecomesRoot) {
  const Tree t = read_ok("( (S (NP (PRP It)) (VP (VBD rained)) (. .)) )");
  EXPECT_EQ(t.nodes[static_cast<size_t>(t.root)].label, "ROOT");
  EXPECT_EQ(t.to_string(), "(ROOT (S (NP (PRP It)) (VP (VBD rained)) (. .)))");
  EXPECT_EQ(read_ok("((S (VB Go)))").to_string(), "(ROOT (S (VB Go)))");
}

TEST(ReadPtb, EscapedBracketsAndOddLabels) {
  const Tree t = read_ok(
      "(ROOT (NP (NP (NNP Union)) (PRN (-LRB- -LRB-) (NP (NNP EU)) (-RRB- -RRB-)) "
      "(NP-TMP (NN today)) (-NONE- *T*-1) (PRP$ its) (`` ``) ('' '') (: ;)))");
  ASSERT_EQ(t.tokens.size(), 10u);
  EXPECT_EQ(t.tokens[1].text, "-LRB-");
  EXPECT_EQ(t.tokens[1].tag, "-LRB-");
  EXPECT_EQ(t.tokens[4].tag, "NN");
  EXPECT_EQ(t.tokens[5].text, "*T*-1");
  EXPECT_EQ(t.tokens[6].tag, "PRP$");
}

TEST(ReadPtb, SingleWordTree) {
  const Tree t = read_ok("(NN word)");
  ASSERT_EQ(t.tokens.size(), 1u);
  EXPECT_EQ(t.root, 0);
  EXPECT_EQ(t.nodes[0].token, 0);
  EXPECT_EQ(t.to_string(), "(NN word)");
}

TEST(ReadPtb, RoundTrip) {
  const std::string inputs[] = {
      "(ROOT (S (NP (DT The) (NN court)) (VP (VBD issued) (NP (NNS warrants))) (. .)))",
      "(ROOT (S (S (NP (NNP A)) (VP (VBD b))) (, ,) (CC and) (S (NP (NNP C)) (VP (VBD d)))))",
      "(X (Y (Z (W w))) (V v))",
  };
  for (const std::string& in : inputs) {
    const Tree t = read_ok(in);
    EXPECT_EQ(t.to_string(), in);
    const Tree again = read_ok(t.to_string());
    EXPECT_EQ(again.to_string(), in);
    EXPECT_EQ(again.nodes.size(), t.nodes.size());
    EXPECT_EQ(again.tokens.size(), t.tokens.size());
  }
  EXPECT_EQ(Tree{}.to_string(), "");
}

TEST(TreeToString, HandBuiltTreeWithAwkwardWordsStillReadsBack) {
  // A tree as vigil's own parser may build it: words as written in the text.
  Tree t;
  t.nodes.resize(4);
  t.root = 0;
  t.nodes[0].label = "NP";
  t.nodes[0].children = {1, 2, 3};
  const char* words[] = {"(", "New York", ")"};
  const char* tags[] = {"-LRB-", "NNP", "-RRB-"};
  for (int i = 0; i < 3; ++i) {
    Node& n = t.nodes[static_cast<size_t>(i + 1)];
    n.label = tags[i];
    n.parent = 0;
    n.token = n.first_token = n.last_token = i;
    Token tok;
    tok.text = words[i];
    tok.tag = tags[i];
    t.tokens.push_back(tok);
  }
  t.nodes[0].last_token = 2;
  const std::string printed = t.to_string();
  EXPECT_EQ(printed, "(NP (-LRB- -LRB-) (NNP New_York) (-RRB- -RRB-))");
  EXPECT_TRUE(read_ptb(printed).ok());
}

TEST(ReadPtb, MissingCloseBracket) {
  const std::string msg = read_error("(ROOT (S (NP (NNP A)) (VP (VBD b))");
  EXPECT_NE(msg.find("rec-1"), std::string::npos) << msg;
  EXPECT_NE(msg.find("missing ')' at end"), std::string::npos) << msg;
  EXPECT_NE(read_error("(ROOT").find("missing ')'"), std::string::npos);
}

TEST(ReadPtb, UnexpectedCloseBracket) {
  const std::string msg = read_error("(ROOT (NN a)))");
  EXPECT_NE(msg.find("unexpected ')' at byte 13"), std::string::npos) << msg;
  EXPECT_EQ(msg.rfind("rec-1: ", 0), 0u) << msg;
}

TEST(ReadPtb, TextAfterTree) {
  const std::string msg = read_error("(ROOT (NN a)) (ROOT (NN b))");
  EXPECT_NE(msg.find("text after the tree at byte 14"), std::string::npos) << msg;
  EXPECT_NE(read_error("(ROOT (NN a)) junk").find("at byte 14"), std::string::npos);
}

// A hostile parse of 100,000 nested brackets crashed `vigil code` (the coder's recursive
// walk overflowed the stack); the reader now refuses trees deeper than kMaxTreeDepth.
TEST(ReadPtb, NestingDeeperThanTheCapIsAnError) {
  auto nested = [](size_t depth) {
    std::string s;
    for (size_t i = 0; i < depth; ++i) s += "(S ";
    s += "(NN a)";
    return s + std::string(depth, ')');
  };
  read_ok(nested(kMaxTreeDepth - 1));  // the cap counts the preterminal too
  const std::string msg = read_error(nested(kMaxTreeDepth));
  EXPECT_NE(msg.find("brackets nested deeper than 1000 levels at byte 3000"), std::string::npos)
      << msg;
  EXPECT_NE(read_error(nested(100000)).find("nested deeper than 1000"), std::string::npos);
}

TEST(ReadPtb, EmptyAndGarbage) {
  EXPECT_NE(read_error("").find("empty"), std::string::npos);
  EXPECT_NE(read_error("  \n\t ").find("empty"), std::string::npos);
  EXPECT_EQ(read_error("", "").rfind("empty", 0), 0u);  // no "where" prefix when none given
  EXPECT_NE(read_error("garbage").find("at byte 0"), std::string::npos);
  EXPECT_NE(read_error(")").find("at byte 0"), std::string::npos);
  EXPECT_NE(read_error("()").find("empty brackets"), std::string::npos);
  EXPECT_NE(read_error("(NP)").find("neither a word nor children"), std::string::npos);
  EXPECT_NE(read_error("(S (NP) (VP (VB x)))").find("at byte 3"), std::string::npos);
  EXPECT_NE(read_error("(S (NN a b))").find("more than one word"), std::string::npos);
  EXPECT_NE(read_error("(S (NN a (X y)))").find("after a word"), std::string::npos);
  EXPECT_NE(read_error("(S (NP (NN a)) word)").find("unexpected word \"word\""), std::string::npos);
  EXPECT_NE(read_error("(S ( (NN a)))").find("missing label at byte 3"), std::string::npos);
  EXPECT_NE(read_error("( word)").find("\"word\" has neither"), std::string::npos);
}

TEST(ReadPtb, NeverCrashesOnArbitraryInput) {
  // Deep nesting must not overflow the stack.
  EXPECT_FALSE(read_ptb(std::string(1'000'000, '(')).ok());
  const std::string deep = "(A " + std::string(200'000, '(') + "B" + " x" + std::string(200'001, ')');
  // "(B x" inside 200000 unlabelled brackets: a missing label, not a crash.
  EXPECT_FALSE(read_ptb(deep).ok());
  // As deep as the reader accepts (kMaxTreeDepth; deeper: NestingDeeperThanTheCapIsAnError).
  std::string deep_ok;
  for (size_t i = 0; i + 1 < kMaxTreeDepth; ++i) deep_ok += "(X ";
  deep_ok += "(NN w)" + std::string(kMaxTreeDepth - 1, ')');
  const Result<Tree> r = read_ptb(deep_ok);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().to_string(), deep_ok);
  EXPECT_EQ(read_ptb(r.value().to_string()).value().nodes.size(), kMaxTreeDepth);

  // Random strings over the bracket alphabet: any result is fine, a crash is not, and
  // whatever is accepted must round-trip.
  std::mt19937 rng(12345);
  const char alphabet[] = {'(', ')', ' ', 'A', 'b', '\n', '-', '\0', '\xC3'};
  for (int round = 0; round < 20000; ++round) {
    std::string s(rng() % 24, ' ');
    for (char& c : s) c = alphabet[rng() % sizeof alphabet];
    const Result<Tree> t = read_ptb(s);
    if (t.ok()) {
      const std::string printed = t.value().to_string();
      const Result<Tree> back = read_ptb(printed);
      ASSERT_TRUE(back.ok()) << printed;
      ASSERT_EQ(back.value().to_string(), printed);
    }
  }
}

// Every <Parse> of the shared PETRARCH files must read, and every word must be aligned
// somewhere near where it belongs.
class SharedParses : public ::testing::TestWithParam<const char*> {};

TEST_P(SharedParses, EveryParseReads) {
  const std::string path = std::string(VIGIL_SHARED_DIR) + "/external/petrarch2/" + GetParam();
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared file not found: " << path;
  std::vector<Diagnostic> problems;
  const Result<text::PetrarchFile> file = text::read_petrarch_xml(path, problems);
  ASSERT_TRUE(file.ok()) << file.status().to_string();
  size_t parsed = 0, rejected = 0, tokens = 0, aligned = 0;
  for (const text::PetrarchRecord& rec : file.value().records) {
    Result<Tree> t = read_ptb(rec.parse, rec.id);
    // Records that test PETRARCH's handling of broken parses must be refused.
    if (rec.expect_error == "bad_input_parse") {
      EXPECT_FALSE(t.ok()) << rec.id;
      ++rejected;
      continue;
    }
    ASSERT_TRUE(t.ok()) << t.status().message();
    ++parsed;
    EXPECT_EQ(read_ptb(t.value().to_string()).value().to_string(), t.value().to_string());
    tokens += t.value().tokens.size();
    aligned += align_tokens(t.value(), rec.text);
  }
  EXPECT_EQ(parsed + rejected, file.value().records.size());
  EXPECT_GT(parsed, 0u);
  std::printf("%s: %zu parses read, %zu refused as expected, %zu tokens, %zu aligned\n",
              GetParam(), parsed, rejected, tokens, aligned);
  // The GigaWord sample has records whose <Text> is empty, so no floor there.
  if (std::string(GetParam()).find("UnitTest") != std::string::npos) {
    EXPECT_GT(aligned * 100, tokens * 95);
  }
}

INSTANTIATE_TEST_SUITE_P(Files, SharedParses,
                         ::testing::Values("PETR.UnitTest.dev.xml", "GigaWord.sample.PETR.xml"),
                         [](const auto& param_info) {
                           return param_info.index == 0 ? "UnitTest" : "GigaWord";
                         });

}  // namespace
}  // namespace vigil::syntax
