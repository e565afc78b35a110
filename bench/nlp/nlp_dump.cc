// Dumps everything vigil's front end produces for the "text" of each JSON line of a file:
// the dateline, each sentence, its bracketed tree and its tokens (text, tag, lemma, byte
// offsets). For checking that a change to src/nlp leaves the output byte-identical: dump
// before, dump after, diff. Sentences are parsed both into a fresh tree (as the pipeline
// does) and into a reused one (as nlp_bench does); a "REUSE-MISMATCH" line flags a
// difference between the two.
//
//   nlp_dump [--limit N] [--closed-class-only] file.jsonl > trees.txt
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "vigil/nlp.h"

namespace {

void print_tokens(const vigil::syntax::Tree& tree, std::ostream& out) {
  out << "TOK";
  for (const auto& t : tree.tokens) {
    out << '\t' << t.text << '/' << t.tag << '/' << t.lemma << '@' << t.begin << '-' << t.end;
  }
  out << '\n';
}

bool same_tree(const vigil::syntax::Tree& a, const vigil::syntax::Tree& b) {
  if (a.to_string() != b.to_string() || a.tokens.size() != b.tokens.size() ||
      a.nodes.size() != b.nodes.size() || a.root != b.root) {
    return false;
  }
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    const auto& x = a.tokens[i];
    const auto& y = b.tokens[i];
    if (x.text != y.text || x.tag != y.tag || x.lemma != y.lemma || x.begin != y.begin ||
        x.end != y.end) {
      return false;
    }
  }
  for (size_t i = 0; i < a.nodes.size(); ++i) {
    const auto& x = a.nodes[i];
    const auto& y = b.nodes[i];
    if (x.label != y.label || x.parent != y.parent || x.children != y.children ||
        x.token != y.token || x.first_token != y.first_token || x.last_token != y.last_token) {
      return false;
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  size_t limit = SIZE_MAX;
  bool closed_class_only = false;
  std::string file;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--limit" && i + 1 < argc) {
      limit = std::strtoull(argv[++i], nullptr, 10);
    } else if (a == "--closed-class-only") {
      closed_class_only = true;
    } else {
      file = a;
    }
  }
  std::ifstream in(file);
  if (!in) {
    std::cerr << "usage: nlp_dump [--limit N] [--closed-class-only] file.jsonl\n";
    return 1;
  }
  auto lexicon = vigil::nlp::Lexicon::load();
  if (!lexicon.ok()) {
    std::cerr << lexicon.status().to_string() << "\n";
    return 1;
  }
  vigil::nlp::Parser parser(closed_class_only ? vigil::nlp::Lexicon::closed_class_only()
                                              : lexicon.value());
  vigil::syntax::Tree reused;
  std::string line;
  size_t docs = 0;
  while (docs < limit && std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
    const std::string text = j["text"].get<std::string>();
    std::cout << "DOC\t" << docs++ << '\n';
    vigil::nlp::Dateline d = vigil::nlp::find_dateline(text);
    if (d.found()) {
      std::cout << "DATELINE\t" << d.begin << '-' << d.end << '\t' << d.place_begin << '-'
                << d.place_end << '\n';
    }
    for (const auto& s : vigil::nlp::split_sentences(text)) {
      std::cout << "SENT\t" << s.begin << '-' << s.end << '\n';
      const vigil::syntax::Tree tree = parser.parse(text, s);
      std::cout << tree.to_string() << '\n';
      print_tokens(tree, std::cout);
      parser.parse(text, s, reused);
      if (!same_tree(tree, reused)) std::cout << "REUSE-MISMATCH\n";
    }
  }
  return 0;
}
