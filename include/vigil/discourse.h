// Document-level reading: direct quotations and their speakers, time expressions resolved
// against the publication date, and places (a gazetteer of countries and cities, datelines).
//
// Everything here works on the raw document text: every span is a [begin, end) byte offset
// into Document::text, so callers can line results up with sentences and tokens from any
// other stage. All functions are pure and thread-safe; Gazetteer is immutable once loaded.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vigil/nlp.h"
#include "vigil/status.h"

namespace vigil::discourse {

// ---------------------------------------------------------------------------------------
// Quotations

/// What kind of quotation a Quote is.
enum class QuoteKind {
  kFull,      ///< one or more sentences of speech: “We will keep marching,” she said.
  kPartial,   ///< words quoted inside the reporter's sentence: called the law “a death blow”
  kBlock,     ///< paragraphs without marks after “X said:” (press releases)
  kHeadline,  ///< a quotation in the document's first line when it is a headline
  kChant,     ///< what a crowd chanted, shouted or sang
  kName,      ///< the quoted name of a law, document or person (“so-called”, a nickname):
              ///< not speech; find_quotes reports it so that callers can tell, `vigil quotes`
              ///< leaves it out unless asked
  kScare,     ///< words quoted inside a sentence that nobody is reported to have said
              ///< (scare quotes); left out by `vigil quotes` unless asked
};

/// Name of a kind: "full", "partial", "block", "headline", "chant", "name", "scare".
const char* to_string(QuoteKind kind);
/// The kind named `name` (as to_string writes it); false when there is none.
bool quote_kind_from_string(std::string_view name, QuoteKind* kind);

/// One direct quotation. [begin, end) is the quoted text without its quotation marks.
struct Quote {
  size_t begin = 0;
  size_t end = 0;
  /// Who said it: the person's name as the document gives it ("Alex Neve"; a surname
  /// resolved to the full name given elsewhere), else the organisation or group ("the
  /// army", "Amnesty International"); "" when none can be attributed.
  std::string speaker;
  std::string speaker_role;  ///< "Secretary General", "spokesman" ("" when not given)
  std::string speaker_org;   ///< "Amnesty International Canada’s English branch"
  size_t speaker_begin = 0;  ///< span of the words naming the speaker at this attribution
  size_t speaker_end = 0;    ///< (both 0 when there is no speaker)
  QuoteKind kind = QuoteKind::kFull;
  /// Not full speech: kind is kPartial, kHeadline, kChant, kName or kScare. (Event coding
  /// reads only full and block quotations.)
  bool partial = false;
};

/// Finds the quotations of a document, in text order: double marks (straight, curly,
/// reversed ”…”, „…“, ``…'', «…») and single marks outside them ('…', ‘…’), quotes over
/// several paragraphs, split quotes (“…,” X said. “…”), and paragraphs after “X said:”
/// without marks. The speaker comes from the attribution before or after the quote
/// (“X said”, “said X, Role”, “according to X”, “X: …”), for a phrase quoted inside a
/// sentence from the subject of its reporting clause (“X called the law ‘…’”), and is then
/// resolved: pronouns to the last person (or, for "it", organisation) named as a subject,
/// descriptions ("the minister", "the group") to the person or organisation the document
/// names with that role, a document ("the statement said") to its issuer, a surname to
/// the full name. A quotation with no attribution of its own continues the speaker of the
/// previous one in the same or the previous paragraph. docs/discourse.md has the rules.
std::vector<Quote> find_quotes(std::string_view text);
/// The same, for a caller that has split `text` already: `sentences` exactly as
/// nlp::split_sentences(text) gives them (DocumentAnalysis::split_sentences(), not
/// DocumentAnalysis::sentences()), so that a document is split once.
std::vector<Quote> find_quotes(std::string_view text,
                               const std::vector<nlp::SentenceSpan>& sentences);

/// True when a word (any case) names a document that speaks for its author ("statement",
/// "communique", "report", "tweet"): "the statement said" is its issuer speaking, and "a
/// Chinese Foreign Ministry statement" is the ministry's voice.
bool names_a_document(std::string_view word);

// ---------------------------------------------------------------------------------------
// Time expressions

/// How precise a resolved date is.
enum class Precision { kDay, kWeek, kMonth, kYear, kRange };

/// Name of a precision: "day", "week", "month", "year", "range".
const char* to_string(Precision p);

/// A time expression found in text, not yet anchored. The fields describe it in calendar
/// terms; resolve() anchors it on a publication date.
struct TimeExpression {
  enum class Kind {
    kToday,          ///< today, tonight, this morning/afternoon/evening
    kYesterday,      ///< yesterday, last night, the day before
    kTomorrow,       ///< tomorrow
    kWeekday,        ///< (on) Thursday: weekday = 0 (Monday) .. 6 (Sunday)
    kDaysAgo,        ///< two days ago, a week ago (amount in days)
    kLastWeek,       ///< last week
    kThisWeek,       ///< this week, earlier this week
    kLastMonth,      ///< last month
    kThisMonth,      ///< this month, earlier this month
    kLastYear,       ///< last year
    kThisYear,       ///< this year, earlier this year
    kMonthName,      ///< in May (month = 1..12, year = 0 when not given)
    kDate,           ///< June 30, 30 June, June 30, 2019 (month, day, optional year)
    kYear,           ///< in 2019
    kSinceYear,      ///< since 2019: a range from that year to publication
    kRecentDays,     ///< recent days, in recent days/weeks: a range ending at publication
    kNextWeek,       ///< next week
    kNextMonth,      ///< next month
    kNextYear,       ///< next year
  };
  Kind kind = Kind::kToday;
  size_t begin = 0;  ///< span in the text
  size_t end = 0;
  int year = 0;     ///< 0 when not given
  int month = 0;    ///< 1..12, 0 when not given
  int day = 0;      ///< 1..31, 0 when not given
  int weekday = 0;  ///< for kWeekday: 0 = Monday .. 6 = Sunday
  int amount = 0;   ///< for kDaysAgo / kRecentDays: number of days
  /// The sentence speaks of the future ("will meet on Thursday", "next Friday", "is due to
  /// open on June 30"): weekdays, month names and dates without a year then resolve to the
  /// next occurrence after publication instead of the last one before it.
  bool future = false;
  bool explicitly_last = false;  ///< "last Thursday": a week back when published on a Thursday
};

/// A time expression anchored on a calendar.
struct ResolvedDate {
  /// The date to report: "YYYY-MM-DD" (day; a week gives its Monday), "YYYY-MM" (month),
  /// "YYYY" (year, and "since 2019"), the publication date for "in recent days".
  std::string text;
  Precision precision = Precision::kDay;
  std::string range_begin;  ///< first day covered, "YYYY-MM-DD"
  std::string range_end;    ///< last day covered, "YYYY-MM-DD"
  size_t begin = 0;         ///< span of the expression in the text (0,0 for the default)
  size_t end = 0;
  /// The expression dates a noun ("the 26 February riots", "Tuesday's riots"): the day
  /// of that thing, which is the sentence's event only when the event is that thing.
  bool of_a_noun = false;
};

/// Time expressions in text[begin, end), in text order, longest match first at each place.
std::vector<TimeExpression> find_time_expressions(std::string_view text, size_t begin,
                                                  size_t end);

/// Anchors `expr` on `publication_date` (YYYY-MM-DD). News conventions: "on Thursday" is
/// the most recent Thursday strictly before the publication day (within the past 7 days);
/// "in May" is the most recent May not after the publication month; "June 30" without a
/// year is the most recent one not after publication. With `expr.future` they look forward
/// instead (the next Thursday after publication, the next May from the publication month
/// on, the next June 30 from publication on). A bad publication date yields an empty `text`.
ResolvedDate resolve(const TimeExpression& expr, std::string_view publication_date);

/// The date of what text[begin, end) reports: the first time expression in it resolved,
/// or the publication date itself (precision day, empty span) when there is none.
ResolvedDate sentence_date(std::string_view text, size_t begin, size_t end,
                           std::string_view publication_date);

// ---------------------------------------------------------------------------------------
// Places

/// One gazetteer entry.
struct GazetteerEntry {
  std::string name;     ///< canonical name, "Hong Kong"
  std::string kind;     ///< "country", "city" or "region" (a state, province or area)
  std::string country;  ///< ISO 3166-1 alpha-3
  double lat = 0.0;     ///< degrees, 2 decimals (a country's: its approximate centroid)
  double lon = 0.0;
};

/// Country and city names with coordinates (data/places). Immutable after load().
class Gazetteer {
 public:
  /// Reads `dir`/countries.tsv, `dir`/cities.tsv and `dir`/regions.tsv (columns name, kind,
  /// country, lat, lon, aliases with '|' between them), in that order: a name listed twice
  /// keeps its first entry. Every bad line is reported; nothing partial is returned.
  static Result<std::shared_ptr<const Gazetteer>> load(const std::string& dir);

  /// The entry for a name or alias, exact spelling then case-insensitive; nullptr if none.
  const GazetteerEntry* lookup(std::string_view name) const;
  /// The country entry for an alpha-3 code, nullptr if none.
  const GazetteerEntry* country(std::string_view alpha3) const;
  /// Number of entries (countries + cities).
  size_t size() const { return entries_.size(); }
  /// Most words in any name, bounds the matcher's look-ahead.
  size_t max_words() const { return max_words_; }

 private:
  Gazetteer() = default;
  std::vector<GazetteerEntry> entries_;
  std::unordered_map<std::string, size_t> by_name_;   // lower-cased name or alias
  std::unordered_map<std::string, size_t> by_alpha3_;
  size_t max_words_ = 1;
};

/// A place named in text.
struct Place {
  std::string name;     ///< canonical gazetteer name
  std::string country;  ///< ISO 3166-1 alpha-3; "" when unknown (a dateline not in the gazetteer)
  double lat = 0.0;
  double lon = 0.0;
  size_t begin = 0;     ///< span of the words in the text
  size_t end = 0;
  std::string cue;      ///< the preposition before it ("in", "across", "at", "from"...), or ""
  bool anaphoric = false;  ///< "the city", "the country": resolved to an earlier place
};

/// True when a Place's `cue` (any case) introduces where something happens: "in", "at",
/// "near", "across", "inside", "outside", "throughout", "around", "into", "through".
/// Other cues ("from", "to", "toward", "over", "on", "within") name a place, not the
/// event's. One list: find_places reads its cues there too.
bool is_locative_cue(std::string_view cue);

/// True when `word` (any ASCII case) is a noun that describes a place: "capital", "city",
/// "town", "village", "port", "region", "province", "district", "state", "county" ("in
/// the Kenyan capital Nairobi", "in the Belgian capital").
bool is_place_noun(std::string_view word);

/// Places named in text[begin, end): gazetteer names (capitalised in the text, longest
/// first, so "Hong Kong" before "Kong"), and "the city"/"the country"/"the territory"
/// resolved to the last matching place mentioned in the document before them. The text
/// before `begin` is read only for that resolution.
std::vector<Place> find_places(std::string_view text, size_t begin, size_t end,
                               const Gazetteer& gazetteer);

/// The place of a dateline that nlp::find_dateline (the one dateline reader) found in
/// `text`: its name as written, title-cased ("Ottawa"), its span and the cue "dateline";
/// with a gazetteer, the gazetteer's name, country and coordinates when it knows the name,
/// else the country of the region written after it ("STAMFORD, Conn., March 3 -" -> USA),
/// and for "DALLAS/FORT WORTH" the first place. nullopt when there is no dateline or it
/// names no place ("(Reuters) -").
std::optional<Place> dateline_place(std::string_view text, const nlp::Dateline& dateline,
                                    const Gazetteer* gazetteer);

// ---------------------------------------------------------------------------------------
// The document, read once

/// What the text and discourse stages know of one document, computed once and read by
/// every later step instead of rescanning the text: the sentences (nlp::split_sentences,
/// the one splitter), the dateline, and the places the document names, read sentence by
/// sentence in one pass so that "the city" in one sentence is the city an earlier one
/// named ("the country" and "the territory" refer back within their sentence only).
/// Spans are byte offsets into `text`, which must outlive the object. Immutable after
/// construction; safe to read from several threads.
class DocumentAnalysis {
 public:
  /// Reads `text`. Without a gazetteer there are no places and the dateline has no country.
  DocumentAnalysis(std::string_view text, const Gazetteer* gazetteer);

  std::string_view text() const { return text_; }
  /// The sentences in text order, as split_sentences gives them but starting after the
  /// dateline and the blanks after it (so a sentence may be empty: begin == end).
  const std::vector<nlp::SentenceSpan>& sentences() const { return sentences_; }
  /// The sentences exactly as split_sentences gives them (the dateline's not moved): for
  /// find_quotes(text, sentences), which moves the dateline's sentence its own way.
  const std::vector<nlp::SentenceSpan>& split_sentences() const { return split_; }
  /// The dateline's span ("WASHINGTON (Reuters) -"); empty when there is none.
  const nlp::Dateline& dateline_span() const { return dateline_span_; }
  /// The dateline's place, named and (with a gazetteer) with its country; nullopt when the
  /// document has no dateline.
  const std::optional<Place>& dateline() const { return dateline_; }
  /// Every place the sentences name, in text order (the dateline is dateline()).
  const std::vector<Place>& places() const { return places_; }
  /// The places whose span begins in [begin, end), in text order.
  std::vector<Place> places_in(size_t begin, size_t end) const;

 private:
  std::string_view text_;
  std::vector<nlp::SentenceSpan> split_;
  std::vector<nlp::SentenceSpan> sentences_;
  nlp::Dateline dateline_span_;
  std::optional<Place> dateline_;
  std::vector<Place> places_;
};

}  // namespace vigil::discourse
