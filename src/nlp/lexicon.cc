// Loading the lexicon from WordNet's index and exception files, and lemmatisation.
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include "chars.h"
#include "lexicon_impl.h"

namespace vigil::nlp {

Tag tag_from_name(std::string_view name) {
  for (size_t i = 1; i < static_cast<size_t>(Tag::kCount); ++i)
    if (kTagNames[i] == name) return static_cast<Tag>(i);
  return Tag::kNone;
}

void Lexicon::Impl::grow() {
  std::vector<Slot> old = std::move(slots);
  slots.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
  const size_t mask = slots.size() - 1;
  for (const Slot& s : old) {
    if (s.entry == 0) continue;
    size_t i = s.hash & mask;
    while (slots[i].entry != 0) i = (i + 1) & mask;
    slots[i] = s;
  }
}

LexEntry& Lexicon::Impl::get_or_add(std::string_view word) {
  if ((count + 1) * 2 > slots.size()) grow();
  const uint32_t h = hash_of(word);
  const size_t mask = slots.size() - 1;
  size_t i = h & mask;
  for (;; i = (i + 1) & mask) {
    Slot& s = slots[i];
    if (s.entry == 0) break;
    if (s.hash == h && s.len == word.size() && std::string_view(pool.data() + s.key, s.len) == word)
      return entries[s.entry - 1];
  }
  Slot& s = slots[i];
  s.key = intern(word);
  s.len = static_cast<uint32_t>(word.size());
  s.hash = h;
  entries.emplace_back();
  s.entry = static_cast<uint32_t>(entries.size());
  ++count;
  return entries.back();
}

namespace {

bool read_file(const std::string& path, std::string& out) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  std::fseek(f, 0, SEEK_END);
  long size = std::ftell(f);
  std::fseek(f, 0, SEEK_SET);
  if (size < 0) {
    std::fclose(f);
    return false;
  }
  out.resize(static_cast<size_t>(size));
  size_t got = std::fread(out.data(), 1, out.size(), f);
  std::fclose(f);
  return got == out.size();
}

// Splits a line into space-separated fields, calling fn(index, field) until it returns false.
template <typename Fn>
void for_fields(std::string_view line, Fn&& fn) {
  size_t i = 0, k = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    size_t b = i;
    while (i < line.size() && line[i] != ' ') ++i;
    if (i > b && !fn(k++, line.substr(b, i - b))) return;
  }
}

template <typename Fn>
void for_lines(std::string_view text, Fn&& fn) {
  size_t i = 0;
  while (i < text.size()) {
    size_t e = text.find('\n', i);
    if (e == std::string_view::npos) e = text.size();
    fn(text.substr(i, e - i));
    i = e + 1;
  }
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

// data.noun: "offset lex_filenum n ..." -> the lexicographer file of each noun synset.
std::unordered_map<uint32_t, uint8_t> noun_synset_files(std::string_view text) {
  std::unordered_map<uint32_t, uint8_t> files;
  files.reserve(90000);
  for_lines(text, [&](std::string_view line) {
    if (line.size() < 12 || line[0] == ' ') return;  // licence header
    const int offset = to_int(line.substr(0, 8));
    const int file = to_int(line.substr(9, 2));
    if (offset >= 0 && file >= 0 && file < 32)
      files.emplace(static_cast<uint32_t>(offset), static_cast<uint8_t>(file));
  });
  return files;
}

// index.<pos>: "lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets..."
// For nouns, `synset_files` (from data.noun) gives each sense's lexicographer file.
void load_index(Lexicon::Impl& impl, std::string_view text, int cls,
                const std::unordered_map<uint32_t, uint8_t>* synset_files = nullptr) {
  for_lines(text, [&](std::string_view line) {
    if (line.empty() || line[0] == ' ') return;  // licence header
    std::string_view lemma;
    int p_cnt = -1, tagsense = 0;
    uint32_t files = 0;
    for_fields(line, [&](size_t k, std::string_view f) {
      if (k == 0) {
        lemma = f;
      } else if (k == 3) {
        p_cnt = to_int(f);
      } else if (p_cnt >= 0 && k == static_cast<size_t>(5 + p_cnt)) {
        tagsense = to_int(f);
        if (synset_files == nullptr) return false;
      } else if (p_cnt >= 0 && k > static_cast<size_t>(5 + p_cnt)) {
        const int offset = to_int(f);
        if (auto it = synset_files->find(static_cast<uint32_t>(offset)); it != synset_files->end())
          files |= 1u << it->second;
      }
      return true;
    });
    if (lemma.empty() || lemma.find('_') != std::string_view::npos) return;
    LexEntry& e = impl.get_or_add(lemma);
    e.classes = static_cast<uint8_t>(e.classes | (1u << cls));
    e.freq[cls] = static_cast<uint16_t>(tagsense < 0 ? 0 : (tagsense > 65535 ? 65535 : tagsense));
    e.noun_files |= files;
  });
}

void load_exceptions(Lexicon::Impl& impl, std::string_view text, int cls) {
  // Verbs: tell past participles from simple pasts where the base has both ("took" VBD,
  // "taken" VBN); one shared form ("said", "found") may be either.
  std::unordered_map<std::string, int> en_forms;
  if (cls == 1) {
    for_lines(text, [&](std::string_view line) {
      std::string_view form, base;
      for_fields(line, [&](size_t k, std::string_view f) {
        (k == 0 ? form : base) = f;
        return k == 0;
      });
      if (form.size() > 2 && (form.ends_with("en") || form.ends_with("wn") ||
                              form.ends_with("ne") || form.ends_with("un")))
        ++en_forms[std::string(base)];
    });
  }
  for_lines(text, [&](std::string_view line) {
    std::string_view form, base;
    for_fields(line, [&](size_t k, std::string_view f) {
      (k == 0 ? form : base) = f;
      return k == 0;
    });
    if (form.empty() || base.empty() || form.find('_') != std::string_view::npos) return;
    LexEntry& e = impl.get_or_add(form);
    uint32_t off = impl.intern(base);
    if (cls == 0 && e.noun_base == LexEntry::kNoString) e.noun_base = off;
    if (cls == 2 && e.adj_base == LexEntry::kNoString) e.adj_base = off;
    if (cls == 1 && e.verb_base == LexEntry::kNoString) {
      e.verb_base = off;
      if (form.ends_with("ing")) {
        e.verb_irregular_kind = 5;
      } else if (form.back() == 's' && base.back() != 's') {
        e.verb_irregular_kind = 4;
      } else {
        bool en = form.size() > 2 && (form.ends_with("en") || form.ends_with("wn") ||
                                      form.ends_with("ne") || form.ends_with("un"));
        auto it = en_forms.find(std::string(base));
        bool base_has_en = it != en_forms.end();
        e.verb_irregular_kind = en ? 2 : (base_has_en ? 3 : 1);
      }
    }
  });
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

}  // namespace

Lexicon::Lexicon(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Lexicon::~Lexicon() = default;

Result<std::shared_ptr<const Lexicon>> Lexicon::load(const std::string& wordnet_dir) {
  std::string dir = wordnet_dir;
  if (dir.empty()) {
    const char* env = std::getenv("VIGIL_WORDNET");
    dir = env != nullptr && *env != '\0' ? env : "/usr/share/wordnet";
  }
  auto impl = std::make_unique<Impl>();
  impl->pool.reserve(2u << 20);
  impl->entries.reserve(160000);
  std::vector<Diagnostic> problems;
  const char* names[4] = {"noun", "verb", "adj", "adv"};
  std::string text;
  // Noun senses' lexicographer files (person, group, act ...); optional: without
  // data.noun, names_thing() is false for every word.
  std::unordered_map<uint32_t, uint8_t> synset_files;
  if (read_file(dir + "/data.noun", text)) synset_files = noun_synset_files(text);
  for (int cls = 0; cls < 4; ++cls) {
    std::string path = dir + "/index." + names[cls];
    if (!read_file(path, text)) {
      problems.push_back({path, 0, "cannot read WordNet index file"});
      continue;
    }
    load_index(*impl, text, cls, cls == 0 && !synset_files.empty() ? &synset_files : nullptr);
  }
  for (int cls = 0; cls < 3; ++cls) {
    std::string path = dir + "/" + names[cls] + ".exc";
    if (!read_file(path, text)) {
      problems.push_back({path, 0, "cannot read WordNet exception file"});
      continue;
    }
    load_exceptions(*impl, text, cls);
  }
  if (!problems.empty()) {
    return Status::error(
        StatusCode::kNotFound,
        "WordNet not found in " + dir + " (install Debian's wordnet-base or set VIGIL_WORDNET)",
        std::move(problems));
  }
  add_closed_class(*impl);
  return std::shared_ptr<const Lexicon>(std::make_shared<Lexicon>(std::move(impl)));
}

std::shared_ptr<const Lexicon> Lexicon::closed_class_only() {
  auto impl = std::make_unique<Impl>();
  add_closed_class(*impl);
  return std::make_shared<Lexicon>(std::move(impl));
}

uint8_t Lexicon::classes(std::string_view lower_lemma) const {
  const LexEntry* e = impl_->find(lower_lemma);
  return e == nullptr ? 0 : e->classes;
}

std::string_view Lexicon::closed_tag(std::string_view lower_word) const {
  const LexEntry* e = impl_->find(lower_word);
  return e == nullptr ? std::string_view() : tag_name(e->closed);
}

bool Lexicon::names_thing(std::string_view lower_lemma) const {
  const LexEntry* e = impl_->find(lower_lemma);
  // A word WordNet lacks that is built as an abstract noun ("denuclearisation",
  // "securitization", "re-engagement") names a process or quality, not an actor.
  if (e == nullptr) {
    static constexpr std::string_view kAbstractEndings[] = {"isation", "ization", "ation",
                                                            "ment",    "ness",    "ity"};
    if (lower_lemma.size() < 8) return false;
    for (std::string_view ending : kAbstractEndings)
      if (lower_lemma.size() > ending.size() &&
          lower_lemma.substr(lower_lemma.size() - ending.size()) == ending)
        return true;
    return false;
  }
  if (e->noun_files == 0) return false;
  // WordNet lexnames that can name an actor: noun.Tops (3), noun.animal (5), noun.group
  // (14), noun.location (15), noun.object (17), noun.person (18), noun.quantity (23).
  constexpr uint32_t kActorFiles =
      (1u << 3) | (1u << 5) | (1u << 14) | (1u << 15) | (1u << 17) | (1u << 18) | (1u << 23);
  return (e->noun_files & kActorFiles) == 0;
}

bool Lexicon::names_person_or_group(std::string_view lower_lemma) const {
  const LexEntry* e = impl_->find(lower_lemma);
  constexpr uint32_t kPersonOrGroup = (1u << 14) | (1u << 18);  // noun.group, noun.person
  return e != nullptr && (e->noun_files & kPersonOrGroup) != 0;
}

size_t Lexicon::size() const { return impl_->count; }

namespace {

// Candidate bases of an inflected form, checked against the lexicon in order; the
// first known one wins, else the first candidate.
struct Morph {
  const Lexicon::Impl& lex;
  int cls;
  std::string best;
  bool found = false;

  bool known(const std::string& s) const {
    const LexEntry* e = lex.find(s);
    return e != nullptr && (e->classes & (1u << cls)) != 0;
  }
  void try_base(std::string s) {
    if (found || s.size() < 2) return;
    if (known(s)) {
      best = std::move(s);
      found = true;
    } else if (best.empty()) {
      best = std::move(s);
    }
  }
};

std::string strip(std::string_view w, size_t n, std::string_view add = {}) {
  std::string s(w.substr(0, w.size() - n));
  s.append(add);
  return s;
}

bool cvc(std::string_view s) {  // "hop", "stop": consonant-vowel-consonant ending
  size_t n = s.size();
  if (n < 3) return false;
  char c = s[n - 1];
  return !is_vowel(c) && c != 'w' && c != 'x' && c != 'y' && is_vowel(s[n - 2]) &&
         !is_vowel(s[n - 3]);
}

std::string verb_base(const Lexicon::Impl& lex, std::string_view w, std::string_view suffix) {
  Morph m{lex, 1, {}};
  if (w.size() <= suffix.size() + 1) return std::string(w);
  std::string stem = strip(w, suffix.size());
  if (suffix == "s") {
    if (w.ends_with("ies")) m.try_base(strip(w, 3, "y"));
    m.try_base(stem);
    if (w.ends_with("es")) m.try_base(strip(w, 2));
    if (!m.found) {
      if (w.ends_with("ies")) return strip(w, 3, "y");
      if (w.ends_with("sses") || w.ends_with("ches") || w.ends_with("shes") || w.ends_with("xes") ||
          w.ends_with("zes"))
        return strip(w, 2);
      return stem;
    }
    return m.best;
  }
  // "ed" / "ing"
  const size_t n = stem.size();
  if (n >= 2 && stem[n - 1] == stem[n - 2] && !is_vowel(stem[n - 1]) && stem[n - 1] != 's' &&
      stem[n - 1] != 'l' && stem[n - 1] != 'f' && stem[n - 1] != 'z')
    m.try_base(stem.substr(0, n - 1));  // "stopped" -> "stop"
  if (suffix == "ed" && stem.ends_with("i")) m.try_base(strip(stem, 1, "y"));  // "tried"
  if (suffix == "ing" && stem.ends_with("y") && n >= 2) m.try_base(strip(stem, 1, "ie"));
  if (cvc(stem)) {
    m.try_base(stem + "e");
    m.try_base(stem);
  } else {
    m.try_base(stem);
    m.try_base(stem + "e");
  }
  if (!m.found) {
    // Unknown verb: undo the doubled consonant, keep the stem otherwise.
    if (n >= 2 && stem[n - 1] == stem[n - 2] && !is_vowel(stem[n - 1]) && stem[n - 1] != 's' &&
        stem[n - 1] != 'l')
      return stem.substr(0, n - 1);
    if (suffix == "ed" && stem.ends_with("i")) return strip(stem, 1, "y");
    if (stem.ends_with("at") || stem.ends_with("iz") || stem.ends_with("is") ||
        stem.ends_with("uc") || stem.ends_with("ag"))
      return stem + "e";
    return stem;
  }
  return m.best;
}

std::string noun_base(const Lexicon::Impl& lex, std::string_view w) {
  Morph m{lex, 0, {}};
  if (w.size() <= 2) return std::string(w);
  if (w.ends_with("ies")) m.try_base(strip(w, 3, "y"));
  if (w.ends_with("men")) m.try_base(strip(w, 3, "man"));
  if (w.ends_with("s")) m.try_base(strip(w, 1));
  if (w.ends_with("es")) m.try_base(strip(w, 2));
  if (m.found) return m.best;
  if (w.ends_with("ies")) return strip(w, 3, "y");
  if (w.ends_with("sses") || w.ends_with("ches") || w.ends_with("shes") || w.ends_with("xes") ||
      w.ends_with("zes"))
    return strip(w, 2);
  if (w.ends_with("ss") || w.ends_with("us") || w.ends_with("is")) return std::string(w);
  if (w.ends_with("s")) return strip(w, 1);
  return std::string(w);
}

std::string adj_base(const Lexicon::Impl& lex, std::string_view w, size_t suffix_len) {
  Morph m{lex, 2, {}};
  if (w.size() <= suffix_len + 1) return std::string(w);
  std::string stem = strip(w, suffix_len);
  const size_t n = stem.size();
  if (stem.ends_with("i")) m.try_base(strip(stem, 1, "y"));
  if (n >= 2 && stem[n - 1] == stem[n - 2]) m.try_base(stem.substr(0, n - 1));
  m.try_base(stem);
  m.try_base(stem + "e");
  return m.found ? m.best : std::string(w);
}

}  // namespace

std::string Lexicon::lemma(std::string_view word, std::string_view tag_text) const {
  std::string lower;
  detail::ascii_lower(word, lower);
  return lemma_for(*impl_, lower, tag_from_name(tag_text));
}

std::string lemma_for(const Lexicon::Impl& impl, std::string_view lower, Tag tag) {
  return lemma_for(impl, lower, tag, impl.find(lower));
}

std::string lemma_for(const Lexicon::Impl& impl, std::string_view lower_view, Tag tag,
                      const LexEntry* e) {
  const Lexicon::Impl* impl_ = &impl;
  std::string lower(lower_view);
  if (e != nullptr && e->closed != Tag::kNone && e->closed_lemma != LexEntry::kNoString &&
      (e->closed == tag || (is_verb(tag) && is_verb(e->closed)) || !is_noun(tag)))
    return std::string(impl_->str(e->closed_lemma));
  switch (tag) {
    case Tag::NNS:
      if (e != nullptr && e->noun_base != LexEntry::kNoString)
        return std::string(impl_->str(e->noun_base));
      return noun_base(*impl_, lower);
    case Tag::VBD:
    case Tag::VBN:
    case Tag::VBZ:
    case Tag::VBG:
    case Tag::VBP:
    case Tag::VB:
      if (e != nullptr && e->verb_base != LexEntry::kNoString)
        return std::string(impl_->str(e->verb_base));
      if (tag == Tag::VB || tag == Tag::VBP) return lower;
      if (tag == Tag::VBZ) return lower.ends_with("s") ? verb_base(*impl_, lower, "s") : lower;
      if (tag == Tag::VBG) return lower.ends_with("ing") ? verb_base(*impl_, lower, "ing") : lower;
      return lower.ends_with("ed") ? verb_base(*impl_, lower, "ed") : lower;
    case Tag::JJR:
    case Tag::RBR:
      if (e != nullptr && e->adj_base != LexEntry::kNoString)
        return std::string(impl_->str(e->adj_base));
      return lower.ends_with("er") ? adj_base(*impl_, lower, 2) : lower;
    case Tag::JJS:
    case Tag::RBS:
      if (e != nullptr && e->adj_base != LexEntry::kNoString)
        return std::string(impl_->str(e->adj_base));
      return lower.ends_with("est") ? adj_base(*impl_, lower, 3) : lower;
    default:
      return lower;
  }
}

}  // namespace vigil::nlp
