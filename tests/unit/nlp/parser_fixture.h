// A parser over WordNet for tests that compare whole trees; skips when WordNet is missing.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

#include "vigil/nlp.h"

namespace vigil_test {

class ParserFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    auto lex = vigil::nlp::Lexicon::load();
    if (!lex.ok()) GTEST_SKIP() << "WordNet (wordnet-base) not installed";
    parser_ = std::make_unique<vigil::nlp::Parser>(lex.value());
  }
  // The bracketed tree of `text` parsed as one sentence.
  std::string parse(std::string_view text) {
    return parser_->parse(text, {0, text.size()}).to_string();
  }
  std::unique_ptr<vigil::nlp::Parser> parser_;
};

}  // namespace vigil_test
