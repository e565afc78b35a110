// Codes one sentence through the installed facade and prints its events as JSON Lines.
#include <iostream>

#include "vigil/vigil.h"

int main() {
  vigil::EngineOptions options;
  options.data_dir = VIGIL_INSTALLED_DATA;  // the installed data folder (vigil_DATA_DIR)
  auto engine = vigil::Engine::open(options);
  if (!engine.ok()) {
    std::cerr << engine.status().to_string() << '\n';
    return 2;
  }
  vigil::Document doc;
  doc.id = "d1", doc.date = "2020-06-01", doc.text = "Canada condemned China.";
  for (const auto& event : engine.value().code(doc).events)
    std::cout << vigil::to_json(event) << '\n';
}
