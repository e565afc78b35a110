// Who the document names, so that a quotation's speaker given as a pronoun ("he said"), a
// description ("the minister", "the group"), a document ("the statement said") or a
// surname can be resolved to the person or organisation the article names. Private to
// vigil_discourse.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "names.h"
#include "quote_marks.h"
#include "text_util.h"

namespace vigil::discourse::detail {

/// A person or organisation named in the document's own words (outside quotations).
struct Mention {
  size_t begin = 0;  ///< the naming words
  size_t end = 0;
  std::string name;  ///< "Alex Neve", "Amnesty International", "E.U"
  std::string full_name;  ///< an acronym's expansion named before ("European Union"), or ""
  std::string role;  ///< "Secretary General", "spokesman" ("" when none is given)
  std::string org;   ///< "Amnesty International Canada" ("" when none is given)
  bool person = false;   ///< a person (else an organisation, a state, a body)
  bool subject = false;  ///< the subject of a clause (followed by its verb)
  bool issuer = false;   ///< said or issued a statement ("X said in a statement")
  char gender = 0;  ///< 'm' or 'f' when an honorific or a later pronoun says so, else 0
  bool candidate = false;  ///< a subject name of unknown kind, a person once a surname says so
  bool speech = false;   ///< the subject of a verb of saying ("X said", "X has warned")
  bool description = false;  ///< "the official", "a company spokesman": no name given
};

/// The people and organisations of one document, in text order.
class Registry {
 public:
  /// Reads the names of `text` outside the quoted stretches `quotes`; `sentences` are the
  /// text's, and must outlive the registry.
  Registry(std::string_view text, const Sentences& sentences,
           const std::vector<RawQuote>& quotes);

  /// Every mention, in text order.
  const std::vector<Mention>& mentions() const { return mentions_; }

  /// Adds a speaker found at an attribution (kept in text order).
  /// `description`: "a spokesman" — a person for a later "he", never a name to index.
  void add(const Speaker& s, bool person, bool issuer, bool description = false);

  /// The person "he"/"she" at `pos` stands for: who the last sentence before `pos` naming
  /// a person is about (see main_person); `gender` ('m', 'f' or 0) skips people known to be
  /// of the other gender. nullptr when none.
  const Mention* person_before(size_t pos, char gender = 0) const;
  /// The organisation "it" at `pos` stands for: the last organisation that issued a
  /// statement, else the last organisation that is a subject; nullptr when none.
  const Mention* issuer_before(size_t pos) const;
  /// Who the text [b, e) is about: its first person who says something, else its first
  /// person that is a subject, else its first person; nullptr when it names none.
  const Mention* main_person(size_t b, size_t e, char gender = 0) const;
  /// The organisation an acronym stands for ("E.U." -> "European Union"), named before
  /// `pos` with those initials; nullptr when none.
  const Mention* expand_acronym(std::string_view acronym, size_t pos) const;
  /// The issuer of the statement a document ("the statement said") at `pos` stands for:
  /// the last person or organisation that said or issued a statement; nullptr when none.
  const Mention* document_issuer_before(size_t pos) const;
  /// The person a description ("the UN spokesperson", "the Israeli envoy") at `pos` stands
  /// for: a person whose role shares the description's head noun (or whose role or
  /// organisation holds one of its capitalised words), the last one before `pos`, else the
  /// first after it; nullptr when none.
  const Mention* person_described(std::string_view description, size_t pos) const;
  /// The organisation a description ("the ministry", "the bloc") at `pos` stands for.
  const Mention* org_described(std::string_view description, size_t pos) const;
  /// The last person before `pos` named `name` or with `name` as their last name
  /// ("Roe" -> "Jane Roe", "Roe"); nullptr when none.
  const Mention* person_named(std::string_view name, size_t pos) const;
  /// The full name of a person named by one of their names ("Neve" -> "Alex Neve",
  /// "Ban" -> "Ban Ki-moon"): the first person mention with that word, else nullptr.
  const Mention* by_name_word(std::string_view word) const;

 private:
  /// How many mentions a lookup walks back (or forward) at most: a pronoun or a
  /// description refers to something near, and long documents stay linear.
  static constexpr size_t kWindow = 400;

  /// Calls `f` on the mentions that end at or before `pos`, latest first (at most
  /// kWindow), and returns the first for which it is true; nullptr when none.
  template <class F>
  const Mention* scan_back(size_t pos, F f) const {
    auto it = std::upper_bound(mentions_.begin(), mentions_.end(), pos,
                               [](size_t p, const Mention& m) { return p < m.begin; });
    for (size_t n = 0; it != mentions_.begin() && n < kWindow; ++n) {
      --it;
      if (it->end <= pos && f(*it)) return &*it;
    }
    return nullptr;
  }
  void learn_genders(const std::vector<Word>& ws);
  /// The start of the sentence before the one holding `pos`.
  size_t previous_sentence_start(size_t pos) const;
  void index_person(size_t i);
  void index_initials(size_t i);
  /// The mention that begins at `begin`, nullptr when none.
  const Mention* at(size_t begin) const;

  std::string_view text_;
  const Sentences* sentences_;
  std::vector<Mention> mentions_;
  std::unordered_map<std::string, size_t> person_words_;  // word -> first person's begin
  std::unordered_map<std::string, size_t> initials_;      // initials -> organisation's begin
  std::unordered_map<std::string, size_t> candidate_surnames_;  // surname -> index
};

/// Words that name a role a person holds ("minister", "spokesman", "envoy", "chief").
bool is_role_noun(std::string_view w);
/// Words that make a capitalised run an organisation ("Ministry", "Council", "Party").
bool is_org_word(std::string_view w);

}  // namespace vigil::discourse::detail
