// vigil's own closed-class word lists (written for vigil from general English grammar).
#include "lexicon_impl.h"

namespace vigil::nlp {
namespace {

struct Closed {
  std::string_view word;
  Tag tag;
  std::string_view lemma;  // empty: the word itself
};

// Ambiguous words get their most frequent news-text tag here; the tagger's context rules
// fix the rest ("that" IN/WDT/DT, "'s" POS/VBZ, "her" PRP/PRP$, "there" EX/RB, ...).
constexpr Closed kClosed[] = {
    // Determiners and predeterminers.
    {"the", Tag::DT, ""}, {"a", Tag::DT, ""}, {"an", Tag::DT, ""}, {"this", Tag::DT, ""},
    {"that", Tag::IN, ""}, {"these", Tag::DT, ""}, {"those", Tag::DT, ""},
    {"some", Tag::DT, ""}, {"any", Tag::DT, ""}, {"each", Tag::DT, ""},
    {"every", Tag::DT, ""}, {"no", Tag::DT, ""}, {"another", Tag::DT, ""},
    {"either", Tag::DT, ""}, {"neither", Tag::DT, ""}, {"all", Tag::DT, ""},
    {"both", Tag::DT, ""}, {"half", Tag::PDT, ""}, {"such", Tag::JJ, ""},
    {"whatever", Tag::WDT, ""}, {"whichever", Tag::WDT, ""},
    // Pronouns.
    {"i", Tag::PRP, ""}, {"me", Tag::PRP, ""}, {"you", Tag::PRP, ""}, {"he", Tag::PRP, ""},
    {"him", Tag::PRP, ""}, {"she", Tag::PRP, ""}, {"it", Tag::PRP, ""}, {"we", Tag::PRP, ""},
    {"us", Tag::PRP, ""}, {"they", Tag::PRP, ""}, {"them", Tag::PRP, ""},
    {"myself", Tag::PRP, ""}, {"yourself", Tag::PRP, ""}, {"himself", Tag::PRP, ""},
    {"herself", Tag::PRP, ""}, {"itself", Tag::PRP, ""}, {"ourselves", Tag::PRP, ""},
    {"themselves", Tag::PRP, ""}, {"yourselves", Tag::PRP, ""}, {"mine", Tag::PRP, ""},
    {"yours", Tag::PRP, ""}, {"hers", Tag::PRP, ""}, {"ours", Tag::PRP, ""},
    {"theirs", Tag::PRP, ""}, {"my", Tag::PRPS, ""}, {"your", Tag::PRPS, ""},
    {"his", Tag::PRPS, ""}, {"her", Tag::PRPS, ""}, {"its", Tag::PRPS, ""},
    {"our", Tag::PRPS, ""}, {"their", Tag::PRPS, ""},
    {"who", Tag::WP, ""}, {"whom", Tag::WP, ""}, {"what", Tag::WP, ""},
    {"whoever", Tag::WP, ""}, {"whose", Tag::WPS, ""}, {"which", Tag::WDT, ""},
    {"when", Tag::WRB, ""}, {"where", Tag::WRB, ""}, {"why", Tag::WRB, ""},
    {"how", Tag::WRB, ""}, {"whenever", Tag::WRB, ""}, {"wherever", Tag::WRB, ""},
    {"whereby", Tag::WRB, ""}, {"there", Tag::EX, ""},
    {"everyone", Tag::NN, ""}, {"everybody", Tag::NN, ""}, {"someone", Tag::NN, ""},
    {"somebody", Tag::NN, ""}, {"anyone", Tag::NN, ""}, {"anybody", Tag::NN, ""},
    {"nobody", Tag::NN, ""}, {"everything", Tag::NN, ""}, {"something", Tag::NN, ""},
    {"anything", Tag::NN, ""}, {"nothing", Tag::NN, ""}, {"none", Tag::NN, ""},
    // Prepositions and subordinators.
    {"of", Tag::IN, ""}, {"in", Tag::IN, ""}, {"on", Tag::IN, ""}, {"at", Tag::IN, ""},
    {"by", Tag::IN, ""}, {"for", Tag::IN, ""}, {"with", Tag::IN, ""}, {"from", Tag::IN, ""},
    {"about", Tag::IN, ""}, {"against", Tag::IN, ""}, {"between", Tag::IN, ""},
    {"into", Tag::IN, ""}, {"onto", Tag::IN, ""}, {"through", Tag::IN, ""},
    {"throughout", Tag::IN, ""}, {"during", Tag::IN, ""}, {"before", Tag::IN, ""},
    {"after", Tag::IN, ""}, {"above", Tag::IN, ""}, {"below", Tag::IN, ""},
    {"under", Tag::IN, ""}, {"over", Tag::IN, ""}, {"since", Tag::IN, ""},
    {"until", Tag::IN, ""}, {"till", Tag::IN, ""}, {"upon", Tag::IN, ""},
    {"within", Tag::IN, ""}, {"without", Tag::IN, ""}, {"among", Tag::IN, ""},
    {"amongst", Tag::IN, ""}, {"amid", Tag::IN, ""}, {"amidst", Tag::IN, ""},
    {"across", Tag::IN, ""}, {"along", Tag::IN, ""}, {"alongside", Tag::IN, ""},
    {"around", Tag::IN, ""}, {"behind", Tag::IN, ""}, {"beyond", Tag::IN, ""},
    {"despite", Tag::IN, ""}, {"toward", Tag::IN, ""}, {"towards", Tag::IN, ""},
    {"near", Tag::IN, ""}, {"via", Tag::IN, ""}, {"per", Tag::IN, ""}, {"than", Tag::IN, ""},
    {"whether", Tag::IN, ""}, {"because", Tag::IN, ""}, {"although", Tag::IN, ""},
    {"though", Tag::IN, ""}, {"while", Tag::IN, ""}, {"whilst", Tag::IN, ""},
    {"if", Tag::IN, ""}, {"unless", Tag::IN, ""}, {"whereas", Tag::IN, ""},
    {"as", Tag::IN, ""}, {"like", Tag::IN, ""}, {"unlike", Tag::IN, ""},
    {"beside", Tag::IN, ""}, {"besides", Tag::IN, ""}, {"inside", Tag::IN, ""},
    {"outside", Tag::IN, ""}, {"underneath", Tag::IN, ""}, {"beneath", Tag::IN, ""},
    {"concerning", Tag::IN, ""}, {"regarding", Tag::IN, ""}, {"following", Tag::VBG, ""},
    {"including", Tag::VBG, "include"}, {"excluding", Tag::VBG, "exclude"},
    {"out", Tag::IN, ""}, {"off", Tag::IN, ""}, {"up", Tag::IN, ""}, {"down", Tag::IN, ""},
    {"once", Tag::RB, ""}, {"to", Tag::TO, ""},
    // Conjunctions.
    {"and", Tag::CC, ""}, {"or", Tag::CC, ""}, {"but", Tag::CC, ""}, {"nor", Tag::CC, ""},
    {"plus", Tag::CC, ""}, {"&", Tag::CC, "and"}, {"yet", Tag::RB, ""},
    // Modals and auxiliaries.
    {"will", Tag::MD, ""}, {"would", Tag::MD, ""}, {"shall", Tag::MD, ""},
    {"should", Tag::MD, ""}, {"can", Tag::MD, ""}, {"could", Tag::MD, ""},
    {"may", Tag::MD, ""}, {"might", Tag::MD, ""}, {"must", Tag::MD, ""},
    {"ought", Tag::MD, ""}, {"'ll", Tag::MD, "will"}, {"'d", Tag::MD, "would"},
    {"wo", Tag::MD, "will"}, {"ca", Tag::MD, "can"}, {"cannot", Tag::MD, "can"},
    {"be", Tag::VB, "be"}, {"is", Tag::VBZ, "be"}, {"am", Tag::VBP, "be"},
    {"are", Tag::VBP, "be"}, {"was", Tag::VBD, "be"}, {"were", Tag::VBD, "be"},
    {"been", Tag::VBN, "be"}, {"being", Tag::VBG, "be"}, {"'re", Tag::VBP, "be"},
    {"'m", Tag::VBP, "be"}, {"'s", Tag::POS, ""}, {"'", Tag::POS, ""},
    {"have", Tag::VBP, "have"}, {"has", Tag::VBZ, "have"}, {"had", Tag::VBD, "have"},
    {"having", Tag::VBG, "have"}, {"'ve", Tag::VBP, "have"},
    {"do", Tag::VBP, "do"}, {"does", Tag::VBZ, "do"}, {"did", Tag::VBD, "do"},
    {"doing", Tag::VBG, "do"}, {"done", Tag::VBN, "do"},
    {"said", Tag::VBD, "say"}, {"says", Tag::VBZ, "say"}, {"told", Tag::VBD, "tell"},
    // Adverbs and negation.
    {"not", Tag::RB, ""}, {"n't", Tag::RB, "not"}, {"never", Tag::RB, ""},
    {"also", Tag::RB, ""}, {"very", Tag::RB, ""}, {"too", Tag::RB, ""},
    {"only", Tag::RB, ""}, {"just", Tag::RB, ""}, {"still", Tag::RB, ""},
    {"already", Tag::RB, ""}, {"even", Tag::RB, ""}, {"ever", Tag::RB, ""},
    {"again", Tag::RB, ""}, {"here", Tag::RB, ""}, {"now", Tag::RB, ""},
    {"then", Tag::RB, ""}, {"often", Tag::RB, ""}, {"soon", Tag::RB, ""},
    {"always", Tag::RB, ""}, {"perhaps", Tag::RB, ""}, {"almost", Tag::RB, ""},
    {"quite", Tag::RB, ""}, {"rather", Tag::RB, ""}, {"really", Tag::RB, ""},
    {"however", Tag::RB, ""}, {"thus", Tag::RB, ""}, {"therefore", Tag::RB, ""},
    {"instead", Tag::RB, ""}, {"ago", Tag::RB, ""}, {"so", Tag::RB, ""},
    {"meanwhile", Tag::RB, ""}, {"nearly", Tag::RB, ""}, {"about", Tag::IN, ""},
    {"away", Tag::RB, ""}, {"back", Tag::RB, ""}, {"later", Tag::RB, ""},
    {"earlier", Tag::RBR, "early"}, {"today", Tag::NN, ""}, {"yesterday", Tag::NN, ""},
    {"tomorrow", Tag::NN, ""}, {"tonight", Tag::NN, ""},
    {"more", Tag::JJR, "more"}, {"most", Tag::JJS, "most"}, {"less", Tag::JJR, "less"},
    {"least", Tag::JJS, "least"}, {"much", Tag::JJ, ""}, {"many", Tag::JJ, ""},
    {"few", Tag::JJ, ""}, {"fewer", Tag::JJR, "few"}, {"several", Tag::JJ, ""},
    {"other", Tag::JJ, ""}, {"own", Tag::JJ, ""}, {"same", Tag::JJ, ""},
    {"last", Tag::JJ, ""}, {"next", Tag::JJ, ""}, {"first", Tag::JJ, ""},
    {"second", Tag::JJ, ""}, {"third", Tag::JJ, ""}, {"former", Tag::JJ, ""},
    {"new", Tag::JJ, ""}, {"well", Tag::RB, ""}, {"else", Tag::RB, ""},
    {"according", Tag::VBG, "accord"}, {"whereabouts", Tag::NN, ""},
    // Numbers.
    {"one", Tag::CD, ""}, {"two", Tag::CD, ""}, {"three", Tag::CD, ""}, {"four", Tag::CD, ""},
    {"five", Tag::CD, ""}, {"six", Tag::CD, ""}, {"seven", Tag::CD, ""},
    {"eight", Tag::CD, ""}, {"nine", Tag::CD, ""}, {"ten", Tag::CD, ""},
    {"eleven", Tag::CD, ""}, {"twelve", Tag::CD, ""}, {"thirteen", Tag::CD, ""},
    {"fourteen", Tag::CD, ""}, {"fifteen", Tag::CD, ""}, {"sixteen", Tag::CD, ""},
    {"seventeen", Tag::CD, ""}, {"eighteen", Tag::CD, ""}, {"nineteen", Tag::CD, ""},
    {"twenty", Tag::CD, ""}, {"thirty", Tag::CD, ""}, {"forty", Tag::CD, ""},
    {"fifty", Tag::CD, ""}, {"sixty", Tag::CD, ""}, {"seventy", Tag::CD, ""},
    {"eighty", Tag::CD, ""}, {"ninety", Tag::CD, ""}, {"hundred", Tag::CD, ""},
    {"thousand", Tag::CD, ""}, {"million", Tag::CD, ""}, {"billion", Tag::CD, ""},
    {"trillion", Tag::CD, ""}, {"mln", Tag::CD, "million"}, {"bln", Tag::CD, "billion"},
    {"dozen", Tag::CD, ""}, {"dozens", Tag::NNS, "dozen"},
    {"hundreds", Tag::NNS, "hundred"}, {"thousands", Tag::NNS, "thousand"},
    {"millions", Tag::NNS, "million"},
    // Punctuation and symbols.
    {",", Tag::Comma, ""}, {".", Tag::Period, ""}, {"!", Tag::Period, ""},
    {"?", Tag::Period, ""}, {":", Tag::Colon, ""}, {";", Tag::Colon, ""},
    {"--", Tag::Colon, ""}, {"-", Tag::Colon, ""}, {"...", Tag::Colon, ""},
    {"``", Tag::OpenQuote, ""}, {"`", Tag::OpenQuote, ""}, {"''", Tag::CloseQuote, ""},
    {"-lrb-", Tag::LRB, ""}, {"-rrb-", Tag::RRB, ""}, {"-lsb-", Tag::LRB, ""},
    {"-rsb-", Tag::RRB, ""}, {"-lcb-", Tag::LRB, ""}, {"-rcb-", Tag::RRB, ""},
    {"$", Tag::Dollar, ""}, {"us$", Tag::Dollar, ""}, {"c$", Tag::Dollar, ""},
    {"a$", Tag::Dollar, ""}, {"hk$", Tag::Dollar, ""}, {"nz$", Tag::Dollar, ""},
    {"#", Tag::Pound, ""}, {"%", Tag::NN, ""}, {"*", Tag::SYM, ""}, {"/", Tag::SYM, ""},
    {"+", Tag::SYM, ""}, {"=", Tag::SYM, ""}, {"@", Tag::SYM, ""},
};

constexpr std::string_view kBe[] = {
    "be", "is", "are", "was", "were", "been", "being", "am", "'re", "'m", "get", "gets", "got",
    "getting", "gotten", "become", "became", "becomes", "remain", "remained", "remains",
    "seem", "seemed", "seems"};
constexpr std::string_view kHave[] = {"have", "has", "had", "having", "'ve"};
constexpr std::string_view kDo[] = {"do", "does", "did"};
// Reporting and cognition verbs whose complement is a clause ("said the talks failed").
constexpr std::string_view kSay[] = {
    "say", "tell", "add", "state", "announce", "claim", "report", "warn", "insist", "note",
    "explain", "declare", "write", "argue", "confirm", "deny", "allege", "acknowledge",
    "admit", "believe", "suggest", "reply", "complain", "stress", "emphasize", "urge",
    "think", "predict", "conclude", "recall", "assert", "indicate", "reveal", "agree",
    "estimate", "fear", "hope", "expect", "feel", "know", "show", "signal", "contend",
    "maintain", "charge", "accuse", "vow", "pledge", "promise"};
constexpr std::string_view kTime[] = {
    "week", "month", "year", "day", "today", "yesterday", "tomorrow", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "evening", "night",
    "afternoon", "weekend", "time", "decade", "hour", "minute", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "quarter", "season", "tonight"};

// Closed-class words the tagger re-tags from context (see Tagger::contextual_closed).
constexpr std::string_view kContextualWords[] = {
    "that", "'s", "'", "her", "there", "all", "both", "half", "such", "more", "most", "less",
    "least", "up", "out", "off", "down", "like", "yet", "so", "about", "before", "after"};

template <size_t N>
void flag_all(Lexicon::Impl& impl, const std::string_view (&words)[N], uint8_t flag) {
  for (std::string_view w : words) {
    LexEntry& e = impl.get_or_add(w);
    e.flags = static_cast<uint8_t>(e.flags | flag);
  }
}

}  // namespace

void add_closed_class(Lexicon::Impl& impl) {
  flag_all(impl, kBe, kBeForm);
  flag_all(impl, kHave, kHaveForm);
  flag_all(impl, kDo, kDoForm);
  flag_all(impl, kSay, kSayLemma);
  flag_all(impl, kTime, kTimeLemma);
  flag_all(impl, kContextualWords, kContextual);
  for (const Closed& c : kClosed) {
    LexEntry& e = impl.get_or_add(c.word);
    if (e.closed != Tag::kNone) continue;  // first listing wins
    e.closed = c.tag;
    e.closed_lemma = impl.intern(c.lemma.empty() ? c.word : c.lemma);
  }
}

}  // namespace vigil::nlp
