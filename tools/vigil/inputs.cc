#include "inputs.h"

#include <cstdio>
#include <iostream>

namespace vigil::cli {
namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A PETRARCH XML file is many one-sentence records; records of one story become one
// document so that document-level features work. PETRARCH ids are STORY-SENTENCE.
std::vector<Document> xml_documents(const text::PetrarchFile& file) {
  std::vector<Document> docs;
  for (const text::PetrarchRecord& r : file.records) {
    Document one = text::to_document(r);
    docs.push_back(std::move(one));
  }
  return docs;
}

}  // namespace

DocumentSource::DocumentSource(std::vector<std::string> inputs) : inputs_(std::move(inputs)) {
  if (inputs_.empty()) inputs_.push_back("-");
}

bool DocumentSource::open_next() {
  jsonl_.reset();
  file_.reset();
  while (position_ < inputs_.size()) {
    const std::string& path = inputs_[position_++];
    if (path == "-") {
      jsonl_ = std::make_unique<text::JsonlReader>(std::cin, "<stdin>");
      reported_ = 0;
      return true;
    }
    if (ends_with(path, ".txt")) {
      auto doc = text::read_text_file(path);
      if (!doc.ok()) {
        std::fprintf(stderr, "vigil: %s\n", doc.status().to_string().c_str());
        ++problems_;
        continue;
      }
      pending_.push_back(std::move(doc).value());
      return true;
    }
    if (ends_with(path, ".xml")) {
      std::vector<Diagnostic> problems;
      auto file = text::read_petrarch_xml(path, problems);
      for (const Diagnostic& d : problems) std::fprintf(stderr, "vigil: %s\n", d.to_string().c_str());
      problems_ += problems.size();
      if (!file.ok()) {
        std::fprintf(stderr, "vigil: %s\n", file.status().to_string().c_str());
        ++problems_;
        continue;
      }
      for (Document& d : xml_documents(file.value())) pending_.push_back(std::move(d));
      return true;
    }
    file_ = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*file_) {
      std::fprintf(stderr, "vigil: cannot open %s\n", path.c_str());
      ++problems_;
      file_.reset();
      continue;
    }
    jsonl_ = std::make_unique<text::JsonlReader>(*file_, path);
    reported_ = 0;
    return true;
  }
  return false;
}

bool DocumentSource::next(Document& doc) {
  while (true) {
    if (!pending_.empty()) {
      doc = std::move(pending_.front());
      pending_.pop_front();
      return true;
    }
    if (jsonl_) {
      bool got = jsonl_->next(doc);
      const auto& problems = jsonl_->problems();
      for (; reported_ < problems.size(); ++reported_) {
        std::fprintf(stderr, "vigil: %s (line skipped)\n", problems[reported_].to_string().c_str());
        ++problems_;
      }
      if (got) return true;
    }
    if (!open_next()) return false;
  }
}

}  // namespace vigil::cli
