#include "vigil/ontology.h"

#include <charconv>

#include "tsv.h"

namespace vigil {

namespace {

using discourse::detail::read_tsv;

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Column positions by name, so that a reordered or extended table still reads.
int column(const std::vector<std::string>& header, std::string_view name) {
  for (size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return static_cast<int>(i);
  return -1;
}

}  // namespace

Result<std::shared_ptr<const Ontology>> Ontology::load(const std::string& dir) {
  std::vector<Diagnostic> problems;
  std::shared_ptr<Ontology> onto(new Ontology());

  const std::string events_path = dir + "/cameo-events.tsv";
  auto events = read_tsv(events_path, problems);
  if (!events.ok()) return events.status();
  const auto& eh = events.value().header;
  int c_code = column(eh, "code"), c_root = column(eh, "root"), c_name = column(eh, "name"),
      c_gold = column(eh, "goldstein"), c_quad = column(eh, "quad_class");
  if (c_code < 0 || c_root < 0 || c_name < 0 || c_gold < 0 || c_quad < 0)
    return Status::error(StatusCode::kDataError, events_path +
                         ": header must name code, root, name, goldstein, quad_class");
  for (const auto& row : events.value().rows) {
    CameoEvent e;
    e.code = row.fields[c_code];
    e.root = row.fields[c_root];
    e.name = row.fields[c_name];
    if (!all_digits(e.code) || e.code.size() < 2 || e.code.size() > 4) {
      problems.push_back({events_path, row.line, "bad CAMEO code '" + e.code + "'"});
      continue;
    }
    if (e.root != e.code.substr(0, 2)) {
      problems.push_back({events_path, row.line, "root '" + e.root + "' does not match code"});
      continue;
    }
    const std::string& g = row.fields[c_gold];
    auto [gp, gerr] = std::from_chars(g.data(), g.data() + g.size(), e.goldstein);
    if (gerr != std::errc() || gp != g.data() + g.size() || e.goldstein < -10 ||
        e.goldstein > 10) {
      problems.push_back({events_path, row.line, "bad Goldstein score '" + g + "'"});
      continue;
    }
    const std::string& q = row.fields[c_quad];
    if (q.size() != 1 || q[0] < '1' || q[0] > '4') {
      problems.push_back({events_path, row.line, "bad quad_class '" + q + "'"});
      continue;
    }
    e.quad_class = q[0] - '0';
    if (onto->index_.count(e.code)) {
      problems.push_back({events_path, row.line, "duplicate code " + e.code});
      continue;
    }
    onto->index_.emplace(e.code, onto->events_.size());
    onto->events_.push_back(std::move(e));
  }

  const std::string plover_path = dir + "/cameo-plover.tsv";
  auto plover = read_tsv(plover_path, problems);
  if (!plover.ok()) return plover.status();
  const auto& ph = plover.value().header;
  int p_code = column(ph, "code"), p_event = column(ph, "plover_event"),
      p_mode = column(ph, "plover_mode"), p_ctx = column(ph, "plover_context");
  if (p_code < 0 || p_event < 0 || p_mode < 0)
    return Status::error(StatusCode::kDataError,
                         plover_path + ": header must name code, plover_event, plover_mode");
  for (const auto& row : plover.value().rows) {
    auto it = onto->index_.find(row.fields[p_code]);
    if (it == onto->index_.end()) {
      problems.push_back(
          {plover_path, row.line, "code " + row.fields[p_code] + " is not in cameo-events.tsv"});
      continue;
    }
    PloverType& p = onto->events_[it->second].plover;
    p.event = row.fields[p_event];
    p.mode = row.fields[p_mode];
    if (p_ctx >= 0) p.context = row.fields[p_ctx];
    if (p.event.empty() && !p.mode.empty())
      problems.push_back({plover_path, row.line, "a mode without a PLOVER event"});
  }

  // The roles table is optional: coding works without it, only names are missing.
  const std::string roles_path = dir + "/cameo-actor-roles.tsv";
  std::vector<Diagnostic> role_problems;
  auto roles = read_tsv(roles_path, role_problems);
  if (roles.ok()) {
    problems.insert(problems.end(), role_problems.begin(), role_problems.end());
    const auto& rh = roles.value().header;
    int r_code = column(rh, "code"), r_kind = column(rh, "kind"), r_name = column(rh, "name");
    if (r_code < 0 || r_kind < 0 || r_name < 0) {
      problems.push_back({roles_path, 0, "header must name code, kind, name"});
    } else {
      for (const auto& row : roles.value().rows) {
        const std::string& kind = row.fields[r_kind];
        if (kind != "role" && kind != "prefix" && kind != "region") {
          problems.push_back({roles_path, row.line, "kind must be role, prefix or region"});
          continue;
        }
        onto->actor_elements_[row.fields[r_code]] = {row.fields[r_name], kind == "prefix"};
      }
    }
  }

  if (!problems.empty())
    return Status::error(StatusCode::kDataError, "cannot load the CAMEO tables in " + dir,
                         std::move(problems));
  if (onto->events_.empty())
    return Status::error(StatusCode::kDataError, events_path + ": no codes");
  return std::shared_ptr<const Ontology>(std::move(onto));
}

bool Ontology::known(std::string_view code) const { return find(code) != nullptr; }

const CameoEvent* Ontology::find(std::string_view code) const {
  auto it = index_.find(std::string(code));
  return it == index_.end() ? nullptr : &events_[it->second];
}

const CameoEvent* Ontology::parent_known(std::string_view code) const {
  for (size_t n = code.size(); n >= 2; --n)
    if (const CameoEvent* e = find(code.substr(0, n))) return e;
  return nullptr;
}

std::string Ontology::name(std::string_view code) const {
  const CameoEvent* e = find(code);
  return e ? e->name : std::string();
}

std::optional<double> Ontology::goldstein(std::string_view code) const {
  const CameoEvent* e = find(code);
  if (!e) return std::nullopt;
  return e->goldstein;
}

int Ontology::quad_class(std::string_view code) const {
  const CameoEvent* e = find(code);
  return e ? e->quad_class : 0;
}

std::string Ontology::root(std::string_view code) const {
  const CameoEvent* e = find(code);
  return e ? e->root : std::string();
}

PloverType Ontology::plover(std::string_view code) const {
  const CameoEvent* e = find(code);
  return e ? e->plover : PloverType{};
}

std::vector<std::string> Ontology::codes() const {
  std::vector<std::string> out;
  out.reserve(events_.size());
  for (const auto& e : events_) out.push_back(e.code);
  return out;
}

std::string Ontology::actor_element_name(std::string_view element) const {
  auto it = actor_elements_.find(std::string(element));
  return it == actor_elements_.end() ? std::string() : it->second.name;
}

bool Ontology::is_actor_prefix(std::string_view element) const {
  auto it = actor_elements_.find(std::string(element));
  return it != actor_elements_.end() && it->second.prefix;
}

}  // namespace vigil
