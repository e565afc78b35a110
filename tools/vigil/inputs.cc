#include "inputs.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <system_error>

namespace vigil::cli {
namespace {

namespace fs = std::filesystem;

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool known_extension(const std::string& path) {
  for (std::string_view ext : {".jsonl", ".ndjson", ".json", ".txt", ".xml"})
    if (ends_with(path, ext)) return true;
  return false;
}

bool hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

}  // namespace

DocumentSource::DocumentSource(std::vector<std::string> inputs, std::string command)
    : inputs_(std::move(inputs)), command_(std::move(command)) {
  if (inputs_.empty()) inputs_.push_back("-");
}

void DocumentSource::unreadable(const std::string& message) {
  std::fprintf(stderr, "%s: %s (input not read)\n", command_.c_str(), message.c_str());
  ++counts_.unreadable;
}

// Every problem of the document is said here, with where it came from, once.
void DocumentSource::hand_out(Document& doc, std::string where) {
  where_ = std::move(where);
  for (const std::string& d : doc.diagnostics) {
    std::fprintf(stderr, "%s: %s: document \"%s\": %s\n", command_.c_str(), where_.c_str(),
                 doc.id.c_str(), d.c_str());
  }
  counts_.warnings += doc.diagnostics.size();
  ++counts_.documents;
}

bool DocumentSource::open_next() {
  jsonl_.reset();
  file_.reset();
  while (position_ < inputs_.size()) {
    const std::string path = inputs_[position_++];
    if (path == "-") {
      jsonl_ = std::make_unique<text::JsonlReader>(std::cin, "<stdin>");
      jsonl_name_ = "<stdin>";
      reported_ = 0;
      return true;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      unreadable("cannot open " + path + ": " + (ec ? ec.message() : "no such file"));
      continue;
    }
    if (fs::is_directory(status)) {
      // A folder is its input files, in a stable order, inserted where the folder stood.
      std::vector<std::string> files;
      for (auto it = fs::recursive_directory_iterator(path, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (hidden(it->path())) {
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        if (!it->is_regular_file(ec)) continue;
        const std::string file = it->path().string();
        if (known_extension(file)) {
          files.push_back(file);
        } else {
          std::fprintf(stderr, "%s: %s: not a .jsonl, .ndjson, .json, .txt or .xml file; skipped\n",
                       command_.c_str(), file.c_str());
          ++counts_.warnings;
        }
      }
      if (ec) {
        unreadable("cannot read folder " + path + ": " + ec.message());
        continue;
      }
      if (files.empty()) {
        std::fprintf(stderr, "%s: folder %s holds no .jsonl, .ndjson, .json, .txt or .xml file\n",
                     command_.c_str(), path.c_str());
        ++counts_.warnings;
      }
      std::sort(files.begin(), files.end());
      inputs_.insert(inputs_.begin() + static_cast<long>(position_), files.begin(), files.end());
      continue;
    }
    if (ends_with(path, ".txt")) {
      auto doc = text::read_text_file(path);
      if (!doc.ok()) {
        unreadable(doc.status().to_string());
        continue;
      }
      pending_.emplace_back(std::move(doc).value(), path);
      return true;
    }
    if (ends_with(path, ".xml")) {
      std::vector<Diagnostic> problems;
      text::XmlReadOptions options;
      options.keep_records_before_error = true;
      auto file = text::read_petrarch_xml(path, problems, options);
      for (const Diagnostic& d : problems)
        std::fprintf(stderr, "%s: %s\n", command_.c_str(), d.to_string().c_str());
      counts_.bad_lines += problems.size();
      if (!file.ok()) {
        unreadable(file.status().to_string());
        continue;
      }
      for (const text::PetrarchRecord& r : file.value().records)
        pending_.emplace_back(text::to_document(r), path + ":" + std::to_string(r.line));
      if (pending_.empty()) continue;
      return true;
    }
    file_ = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*file_) {
      unreadable("cannot open " + path);
      file_.reset();
      continue;
    }
    jsonl_ = std::make_unique<text::JsonlReader>(*file_, path);
    jsonl_name_ = path;
    reported_ = 0;
    return true;
  }
  return false;
}

bool DocumentSource::next(Document& doc) {
  while (true) {
    if (!pending_.empty()) {
      doc = std::move(pending_.front().first);
      std::string where = std::move(pending_.front().second);
      pending_.pop_front();
      hand_out(doc, std::move(where));
      return true;
    }
    if (jsonl_) {
      const bool got = jsonl_->next(doc);
      const auto& problems = jsonl_->problems();
      for (; reported_ < problems.size(); ++reported_) {
        std::fprintf(stderr, "%s: %s (line skipped)\n", command_.c_str(),
                     problems[reported_].to_string().c_str());
        ++counts_.bad_lines;
      }
      if (file_ && file_->bad()) {
        unreadable("cannot read " + jsonl_name_ + " past line " + std::to_string(jsonl_->line()));
        jsonl_.reset();
        continue;
      }
      if (got) {
        hand_out(doc, jsonl_name_ + ":" + std::to_string(jsonl_->line()));
        return true;
      }
    }
    if (!open_next()) return false;
  }
}

}  // namespace vigil::cli
