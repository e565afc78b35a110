// Words for the means of saying something: one table that the quotation readers (a
// statement speaks for its issuer) and the coder (a channel of saying is no party to what
// is said) read, so that they agree on which words name a statement or its occasion.
//
// All functions are pure and thread-safe.
#pragma once

#include <string_view>

namespace vigil::text {

/// True when `word` (any ASCII case) names a document that can speak for its issuer:
/// "statement", "communique", "release", "declaration", "announcement", "letter", "post",
/// "tweet", "report" ("the statement said": its issuer speaking).
bool is_document_noun(std::string_view word);

/// True when `word` (any ASCII case) names the means or the occasion of a saying: every
/// document noun, and "interview", "speech", "briefing", "conference", "address",
/// "broadcast", "video", "message", "remarks", "podcast", "television", "radio" and the
/// platforms "Twitter", "Facebook", "Telegram", "Instagram". "Said in an interview that",
/// "wrote on Facebook that": the channel is neither the target nor the act.
bool is_speech_channel(std::string_view word);

}  // namespace vigil::text
