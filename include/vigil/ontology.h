// The event ontologies vigil codes into: CAMEO event codes with their Goldstein scores and
// QuadClass, the CAMEO->PLOVER correspondence, and CAMEO actor role elements.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vigil/status.h"

namespace vigil {

/// Where a CAMEO code lands in PLOVER (draft 0.8 mapping plus vigil's decisions, see
/// data/cameo/README.md). `event` is empty when the code has no PLOVER type (roots 01x).
struct PloverType {
  std::string event;    ///< e.g. "COERCE"; empty for none
  std::string mode;     ///< e.g. "arrest"; often empty
  std::string context;  ///< e.g. "legal", several joined by ';'; often empty
};

/// One CAMEO event code and everything vigil knows about it.
struct CameoEvent {
  std::string code;        ///< "0253", "111", "14"
  std::string root;        ///< two-digit root, "02"
  std::string name;        ///< standard short name, "Criticize or denounce"
  double goldstein = 0.0;  ///< Goldstein score from the CAMEO codebook
  int quad_class = 0;      ///< 1..4 (vigil: roots 01-05, 06-09, 10-14, 15-20)
  PloverType plover;
};

/// The CAMEO/PLOVER tables, loaded once from data/cameo and then immutable: safe to share
/// across threads through std::shared_ptr<const Ontology>.
///
/// Lookups take a code exactly as written ("173", "0253"); a code not in the table (extra
/// digits, letters, the PETRARCH null code "---") is unknown: known() is false, the string
/// lookups return "" and the numeric ones std::nullopt / 0. parent_known() is there for callers
/// that want to fall back to the closest coded ancestor ("1734" -> "173").
class Ontology {
 public:
  /// Reads `dir`/cameo-events.tsv (required), `dir`/cameo-plover.tsv (required) and
  /// `dir`/cameo-actor-roles.tsv (optional). Every malformed line is reported as a
  /// Diagnostic (file, line, message) in the returned Status; nothing partial is returned.
  static Result<std::shared_ptr<const Ontology>> load(const std::string& dir);

  /// True when `code` is a CAMEO event code in the table.
  bool known(std::string_view code) const;
  /// The full entry, or nullptr when unknown. The pointer lives as long as the Ontology.
  const CameoEvent* find(std::string_view code) const;
  /// The longest known prefix of `code` of at least two characters ("1734" -> "173",
  /// "0a" -> nullptr). Returns nullptr when no prefix is known.
  const CameoEvent* parent_known(std::string_view code) const;

  /// Short name, "" when unknown.
  std::string name(std::string_view code) const;
  /// Goldstein score, nullopt when unknown.
  std::optional<double> goldstein(std::string_view code) const;
  /// 1..4, or 0 when unknown.
  int quad_class(std::string_view code) const;
  /// Two-digit root, "" when unknown.
  std::string root(std::string_view code) const;
  /// PLOVER type; all fields empty when unknown or when the code has none.
  PloverType plover(std::string_view code) const;
  /// Every known code, in table order (roots before their children).
  std::vector<std::string> codes() const;

  /// Name of a CAMEO actor element ("GOV" -> "Government", "NGO" -> "Non-governmental
  /// organization"), "" when unknown or when the roles table was absent.
  std::string actor_element_name(std::string_view element) const;
  /// True for the elements that stand first in place of a country: IGO, NGO, IMG, MNC.
  bool is_actor_prefix(std::string_view element) const;

 private:
  Ontology() = default;

  std::vector<CameoEvent> events_;
  std::unordered_map<std::string, size_t> index_;  // code -> position in events_
  struct ActorElement {
    std::string name;
    bool prefix = false;
  };
  std::unordered_map<std::string, ActorElement> actor_elements_;
};

}  // namespace vigil
