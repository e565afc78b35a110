#include "vigil/status.h"

namespace vigil {

std::string Diagnostic::to_string() const {
  std::string out;
  if (!file.empty()) {
    out += file;
    if (line > 0) out += ":" + std::to_string(line);
    out += ": ";
  }
  out += message;
  return out;
}

std::string Status::to_string() const {
  if (ok_) return "ok";
  std::string out = message_;
  for (const Diagnostic& d : details_) out += "\n  " + d.to_string();
  return out;
}

}  // namespace vigil
