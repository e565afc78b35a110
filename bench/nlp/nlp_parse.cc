// Prints vigil's parse of the text on standard input (or a file): one bracketed tree per
// sentence, after the dateline if any. A debugging aid for the parser.
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include "vigil/nlp.h"

int main(int argc, char** argv) {
  std::string text;
  if (argc > 1) {
    std::ifstream in(argv[1], std::ios::binary);
    text.assign(std::istreambuf_iterator<char>(in), {});
  } else {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    text = ss.str();
  }
  auto lexicon = vigil::nlp::Lexicon::load();
  if (!lexicon.ok()) {
    std::cerr << lexicon.status().to_string() << "\n";
    return 1;
  }
  vigil::nlp::Parser parser(lexicon.value());
  vigil::nlp::Dateline d = vigil::nlp::find_dateline(text);
  if (d.found()) {
    std::cout << "DATELINE\t" << text.substr(d.begin, d.end - d.begin) << "\tPLACE\t"
              << text.substr(d.place_begin, d.place_end - d.place_begin) << "\n";
  }
  for (const auto& s : vigil::nlp::split_sentences(text)) {
    std::cout << "SENT\t" << text.substr(s.begin, s.end - s.begin) << "\n";
    std::cout << parser.parse(text, s).to_string() << "\n";
  }
  return 0;
}
