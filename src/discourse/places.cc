// Places: the gazetteer, place names in text, "the city" anaphora, datelines.
#include <algorithm>
#include <array>
#include <charconv>

#include "places.h"
#include "text_util.h"
#include "tsv.h"
#include "vigil/discourse.h"
#include "vigil/prepositions.h"

namespace vigil::discourse {

namespace {

using detail::lower;
using detail::read_tsv;
using detail::starts_upper;
using detail::Word;
using detail::words;
using detail::WordList;

int column(const std::vector<std::string>& header, std::string_view name) {
  for (size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return static_cast<int>(i);
  return -1;
}

bool parse_double(const std::string& s, double& out) {
  auto [p, err] = std::from_chars(s.data(), s.data() + s.size(), out);
  return err == std::errc() && p == s.data() + s.size();
}

size_t count_words(std::string_view s) {
  size_t n = 1;
  for (char c : s)
    if (c == ' ') ++n;
  return n;
}

// Places whose kind is "country" in ISO 3166 but that a text calls "the city".
bool city_like(const std::string& alpha3) {
  return alpha3 == "HKG" || alpha3 == "MAC" || alpha3 == "SGP" || alpha3 == "VAT" ||
         alpha3 == "MCO";
}

// Prepositions that introduce a place, and whether the place is where something happens
// ("marched through Hong Kong") or only where it comes from or goes to ("flew to Paris").
bool is_cue(std::string_view w) { return text::is_place_preposition(w); }

}  // namespace

// Nouns that describe a place before its name: "in the Kenyan capital Nairobi".
bool is_place_noun(std::string_view w) {
  static const WordList k = {"capital", "city", "town", "village", "port",
                                                "region", "province", "district", "state",
                                                "county"};
  return k.contains(w);
}

namespace {

// Capitalised words that, right after a place name, make it the name of something else.
bool names_institution(std::string_view w) {
  static const std::array<const char*, 28> k = {
      "Post", "Times", "Journal", "Herald", "Tribune", "Gazette", "Globe", "Star", "Telegraph",
      "Mail", "Chronicle", "Observer", "Daily", "University", "College", "Airport", "Stadium",
      "Street", "Avenue", "Square", "Park", "Bridge", "Road", "Hotel", "Club", "Stock",
      "Exchange", "Review"};
  for (const char* c : k)
    if (w == c) return true;
  return false;
}

// Words that are capitalised before a place only because they open the sentence.
bool is_sentence_word(std::string_view w) {
  static const WordList k = {
      "the", "last", "yesterday", "today", "since", "by", "for", "and", "but", "with", "as",
      "after", "before", "when", "while", "if", "although", "both", "during", "under", "of",
      "like", "unlike", "neither", "either", "tonight", "meanwhile", "then", "elsewhere", "about"};
  return k.contains(w);
}

// Lower-case words allowed inside a multi-word place name.
bool is_name_connector(std::string_view w) {
  std::string l = lower(w);
  return l == "of" || l == "and" || l == "the" || l == "de" || l == "es" || l == "al" ||
         l == "el" || l == "du" || l == "da" || l == "upon";
}

std::string title_case(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z' && !start) c = static_cast<char>(c - 'A' + 'a');
    start = c == ' ' || c == '-' || c == '.';
  }
  return out;
}

}  // namespace

bool is_locative_cue(std::string_view cue) { return text::is_locative_preposition(cue); }

Result<std::shared_ptr<const Gazetteer>> Gazetteer::load(const std::string& dir) {
  std::vector<Diagnostic> problems;
  std::shared_ptr<Gazetteer> g(new Gazetteer());
  for (const char* file : {"countries.tsv", "cities.tsv", "regions.tsv"}) {
    const std::string path = dir + "/" + file;
    auto table = read_tsv(path, problems);
    if (!table.ok()) return table.status();
    const auto& h = table.value().header;
    int c_name = column(h, "name"), c_kind = column(h, "kind"), c_country = column(h, "country"),
        c_lat = column(h, "lat"), c_lon = column(h, "lon"), c_alias = column(h, "aliases");
    if (c_name < 0 || c_kind < 0 || c_country < 0 || c_lat < 0 || c_lon < 0) {
      problems.push_back({path, 0, "header must name name, kind, country, lat, lon"});
      continue;
    }
    for (const auto& row : table.value().rows) {
      GazetteerEntry e;
      e.name = row.fields[c_name];
      e.kind = row.fields[c_kind];
      e.country = row.fields[c_country];
      if (e.name.empty() || e.country.size() != 3 ||
          (e.kind != "country" && e.kind != "city" && e.kind != "region")) {
        problems.push_back({path, row.line, "bad name, kind or country code"});
        continue;
      }
      if (!parse_double(row.fields[c_lat], e.lat) || !parse_double(row.fields[c_lon], e.lon) ||
          e.lat < -90 || e.lat > 90 || e.lon < -180 || e.lon > 180) {
        problems.push_back({path, row.line, "bad coordinates"});
        continue;
      }
      size_t index = g->entries_.size();
      std::vector<std::string> names{e.name};
      if (c_alias >= 0 && !row.fields[c_alias].empty()) {
        std::string_view a = row.fields[c_alias];
        size_t s = 0;
        while (s <= a.size()) {
          size_t bar = a.find('|', s);
          if (bar == std::string_view::npos) bar = a.size();
          if (bar > s) names.emplace_back(a.substr(s, bar - s));
          s = bar + 1;
        }
      }
      for (const auto& n : names) {
        // The first entry with a name wins: countries load before cities, so "Singapore"
        // or "Luxembourg" stay countries.
        g->by_name_.emplace(lower(n), index);
        g->max_words_ = std::max(g->max_words_, count_words(n));
      }
      if (e.kind == "country") g->by_alpha3_.emplace(e.country, index);
      g->entries_.push_back(std::move(e));
    }
  }
  if (!problems.empty())
    return Status::error(StatusCode::kDataError, "cannot load the gazetteer in " + dir,
                         std::move(problems));
  return std::shared_ptr<const Gazetteer>(std::move(g));
}

const GazetteerEntry* Gazetteer::lookup(std::string_view name) const {
  auto it = by_name_.find(lower(name));
  return it == by_name_.end() ? nullptr : &entries_[it->second];
}

const GazetteerEntry* Gazetteer::country(std::string_view alpha3) const {
  auto it = by_alpha3_.find(std::string(alpha3));
  return it == by_alpha3_.end() ? nullptr : &entries_[it->second];
}

namespace detail {

void read_places(std::string_view text, size_t from, size_t begin, size_t end,
                 const Gazetteer& gazetteer, PlaceMemory& memory, std::vector<Place>& out) {
  if (end > text.size()) end = text.size();
  auto ws = words(text, from, end);
  Place& last_city = memory.city;
  Place& last_country = memory.country;
  Place& last_place = memory.place;
  bool& have_city = memory.have_city;
  bool& have_country = memory.have_country;
  bool& have_place = memory.have_place;
  auto str = [&](size_t i) { return text.substr(ws[i].begin, ws[i].end - ws[i].begin); };
  for (size_t i = 0; i < ws.size();) {
    std::string cue = i > 0 && is_cue(str(i - 1)) ? lower(str(i - 1)) : "";
    // "in the Kenyan capital Nairobi", "in the port city of Mombasa": the cue before the
    // place's description.
    if (cue.empty() && i > 1 && starts_upper(text, ws[i].begin) &&
        (is_place_noun(str(i - 1)) || (str(i - 1) == "of" && is_place_noun(str(i - 2))))) {
      for (size_t back = 2; back <= 6 && back <= i; ++back) {
        if (lower(str(i - back)) != "the" || back == i || !is_cue(str(i - back - 1))) continue;
        cue = lower(str(i - back - 1));
        break;
      }
    }
    // "the city", "the country", "the territory", "the capital"
    if (lower(str(i)) == "the" && i + 1 < ws.size() && !starts_upper(text, ws[i + 1].begin)) {
      std::string noun = lower(str(i + 1));
      const Place* ref = nullptr;
      if ((noun == "city" || noun == "capital") && have_city) ref = &last_city;
      if (noun == "country" && have_country) ref = &last_country;
      if ((noun == "territory" || noun == "region") && have_place) ref = &last_place;
      // "the city of Aleppo", "the capital Nairobi": the name follows, nothing refers back.
      auto spaced = [&](size_t k) {  // ws[k] follows ws[k - 1] after one space
        return k < ws.size() && text.substr(ws[k - 1].end, ws[k].begin - ws[k - 1].end) == " ";
      };
      // ("the capital of Eritrea" still refers back: a country is not the city's name.)
      auto names_it = [&](size_t k) {
        if (!spaced(k) || !starts_upper(text, ws[k].begin)) return false;
        const GazetteerEntry* e = gazetteer.lookup(str(k));
        return e == nullptr || e->kind != "country";
      };
      const bool named_after =
          names_it(i + 2) || (spaced(i + 2) && lower(str(i + 2)) == "of" && names_it(i + 3));
      if (ref && !named_after && ws[i + 1].end < text.size() && text[ws[i + 1].end] != '\'' &&
          text.compare(ws[i + 1].end, 3, "\xE2\x80\x99") != 0) {
        Place p = *ref;
        p.begin = ws[i].begin;
        p.end = ws[i + 1].end;
        p.cue = cue;
        p.anaphoric = true;
        if (p.begin >= begin) out.push_back(p);
        i += 2;
        continue;
      }
    }
    if (!starts_upper(text, ws[i].begin)) {
      ++i;
      continue;
    }
    const GazetteerEntry* hit = nullptr;
    size_t hit_last = i;
    size_t hit_end = 0;
    size_t max_n = std::min(gazetteer.max_words(), ws.size() - i);
    for (size_t n = max_n; n >= 1 && !hit; --n) {
      size_t last = i + n - 1;
      if (!starts_upper(text, ws[last].begin) && !(text[ws[last].begin] >= '0' && text[ws[last].begin] <= '9')) continue;
      bool ok = true;
      for (size_t k = i + 1; k <= last && ok; ++k) {
        auto gap = text.substr(ws[k - 1].end, ws[k].begin - ws[k - 1].end);
        if (gap != " ") ok = false;
        if (!starts_upper(text, ws[k].begin) && !is_name_connector(str(k))) ok = false;
      }
      if (!ok) continue;
      std::string_view cand = text.substr(ws[i].begin, ws[last].end - ws[i].begin);
      size_t cend = ws[last].end;
      // Possessives: "China’s", "Canada's".
      if (cand.size() > 4 && cand.substr(cand.size() - 4) == "\xE2\x80\x99s") {
        cand.remove_suffix(4);
        cend -= 4;
      } else if (cand.size() > 2 && cand.substr(cand.size() - 2) == "'s") {
        cand.remove_suffix(2);
        cend -= 2;
      }
      if (const GazetteerEntry* e = gazetteer.lookup(cand)) {
        hit = e;
        hit_last = last;
        hit_end = cend;
      } else if (cend < text.size() && text[cend] == '.' && cand.find('.') != cand.npos) {
        // "U.S." / "U.K.": the word reader leaves the final dot outside the word.
        std::string dotted(cand);
        dotted += '.';
        if (const GazetteerEntry* e2 = gazetteer.lookup(dotted)) {
          hit = e2;
          hit_last = last;
          hit_end = cend + 1;
        }
      }
    }
    if (!hit) {
      ++i;
      continue;
    }
    // Inside a longer capitalised name the place is part of something else: "Alex
    // Ferguson", "South China Sea", "Amnesty International Canada". Words capitalised only
    // because they start a sentence ("In", "Yesterday") do not count.
    if (i > 0 && starts_upper(text, ws[i - 1].begin) && !is_cue(str(i - 1)) &&
        !is_sentence_word(str(i - 1)) && text.substr(ws[i - 1].end, ws[i].begin - ws[i - 1].end) == " ") {
      i = hit_last + 1;
      continue;
    }
    // "Washington Post", "Hong Kong University": the place names something else.
    if (hit_last + 1 < ws.size() && hit_end == ws[hit_last].end &&
        text.substr(ws[hit_last].end, ws[hit_last + 1].begin - ws[hit_last].end) == " " &&
        names_institution(str(hit_last + 1))) {
      i = hit_last + 1;
      continue;
    }
    Place p;
    p.name = hit->name;
    p.country = hit->country;
    p.lat = hit->lat;
    p.lon = hit->lon;
    p.begin = ws[i].begin;
    p.end = hit_end;
    p.cue = cue;
    if (hit->kind == "city" || city_like(hit->country)) {
      last_city = p;
      have_city = true;
    }
    if (hit->kind == "country") {
      last_country = p;
      have_country = true;
    }
    last_place = p;
    have_place = true;
    if (p.begin >= begin) out.push_back(p);
    i = hit_last + 1;
  }
}

}  // namespace detail

std::vector<Place> find_places(std::string_view text, size_t begin, size_t end,
                               const Gazetteer& gazetteer) {
  std::vector<Place> out;
  // The whole text before `end` is read so that "the city" can refer back past `begin`.
  detail::PlaceMemory memory;
  detail::read_places(text, 0, begin, end, gazetteer, memory, out);
  return out;
}

std::optional<Place> dateline_place(std::string_view text, const nlp::Dateline& dateline,
                                    const Gazetteer* gazetteer) {
  if (!dateline.found() || dateline.place_end <= dateline.place_begin) return std::nullopt;
  Place p;
  p.name = title_case(text.substr(dateline.place_begin, dateline.place_end - dateline.place_begin));
  p.begin = dateline.place_begin;
  p.end = dateline.place_end;
  p.cue = "dateline";
  if (!gazetteer) return p;
  auto fill = [&](const GazetteerEntry* e, bool rename) {
    if (rename) p.name = e->name;
    p.country = e->country;
    p.lat = e->lat;
    p.lon = e->lon;
  };
  if (const GazetteerEntry* e = gazetteer->lookup(p.name)) {
    fill(e, true);
    return p;
  }
  // "DALLAS/FORT WORTH": the first of several places.
  size_t slash = p.name.find('/');
  if (slash != std::string::npos) {
    std::string first = p.name.substr(0, slash);
    if (const GazetteerEntry* e = gazetteer->lookup(first)) {
      p.name = first;
      fill(e, true);
      return p;
    }
  }
  // "STAMFORD, Conn., March 3 -", "KYIV, Ukraine —": a town the gazetteer does not know
  // takes the country (and the coordinates) of the state or country written after it.
  if (dateline.region_end > dateline.region_begin) {
    const std::string_view region =
        text.substr(dateline.region_begin, dateline.region_end - dateline.region_begin);
    if (const GazetteerEntry* r = gazetteer->lookup(region)) {
      if (r->kind != "city") fill(r, false);
    }
  }
  return p;
}

}  // namespace vigil::discourse
