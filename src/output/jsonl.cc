#include "vigil/jsonl.h"

#include <cstdio>

namespace vigil::output {
namespace {

using events::ActorOut;
using events::EventRecord;

void append_number(std::string& out, double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  out += buf;
}

// {"root", "at"} of the actor dictionary entry that named an actor, or null.
void append_entry(std::string& out, const EventRecord::EntryOut& e) {
  if (e.at.empty()) {
    out += "null";
    return;
  }
  out += "{\"root\": ";
  append_string(out, e.root);
  out += ", \"at\": ";
  append_string(out, e.at);
  out += '}';
}

void append_actor(std::string& out, const ActorOut& a) {
  out += "{\"code\": ";
  append_string(out, a.code);
  out += ", \"country\": ";
  append_string_or_null(out, a.country);
  out += ", \"sector\": ";
  append_string_or_null(out, a.sector);
  out += ", \"text\": ";
  append_string(out, a.text);
  out += '}';
}

// Every field of the record, in the order of docs/output.md, without the closing brace.
void append_fields(std::string& o, const EventRecord& r) {
  o += "{\"doc_id\": ";
  append_string(o, r.doc_id);
  o += ", \"sentence_index\": " + std::to_string(r.sentence_index);
  o += ", \"sentence\": ";
  append_string(o, r.sentence);
  o += ", \"date\": ";
  append_string_or_null(o, r.date);
  o += ", \"event_date\": ";
  append_string_or_null(o, r.event_date);
  o += ", \"source\": ";
  append_actor(o, r.source);
  o += ", \"target\": ";
  if (r.target)
    append_actor(o, *r.target);
  else
    o += "null";
  o += ", \"cameo\": ";
  append_string(o, r.cameo);
  o += ", \"cameo_root\": ";
  append_string(o, r.cameo_root);
  o += ", \"goldstein\": ";
  if (r.goldstein)
    append_number(o, *r.goldstein);
  else
    o += "null";
  o += ", \"quad_class\": ";
  o += r.quad_class ? std::to_string(r.quad_class) : "null";
  o += ", \"plover\": ";
  if (r.plover_event.empty()) {
    o += "null";
  } else {
    o += "{\"event\": ";
    append_string(o, r.plover_event);
    o += ", \"mode\": ";
    append_string_or_null(o, r.plover_mode);
    o += '}';
  }
  o += ", \"quote\": ";
  if (r.quote_text.empty()) {
    o += "null";
  } else {
    o += "{\"speaker\": ";
    append_string_or_null(o, r.quote_speaker);
    o += ", \"text\": ";
    append_string(o, r.quote_text);
    o += '}';
  }
  o += ", \"location\": ";
  if (r.location_name.empty()) {
    o += "null";
  } else {
    o += "{\"name\": ";
    append_string(o, r.location_name);
    o += ", \"country\": ";
    append_string_or_null(o, r.location_country);
    char buf[64];
    if (r.location_lat && r.location_lon) {
      std::snprintf(buf, sizeof buf, ", \"lat\": %.4f, \"lon\": %.4f}", *r.location_lat,
                    *r.location_lon);
      o += buf;
    } else {
      o += ", \"lat\": null, \"lon\": null}";
    }
  }
  o += ", \"evidence\": {\"begin\": " + std::to_string(r.evidence_begin) +
       ", \"end\": " + std::to_string(r.evidence_end) + ", \"verb\": ";
  append_string(o, r.verb);
  o += ", \"pattern\": ";
  append_string_or_null(o, r.pattern);
  o += ", \"implied\": ";
  append_string_or_null(o, r.implied_role);
  o += ", \"mentions\": [";
  for (size_t k = 0; k < r.mention_spans.size(); ++k) {
    const EventRecord::Mention& m = r.mention_spans[k];
    if (k) o += ", ";
    o += "{\"sentence_index\": " + std::to_string(m.sentence_index) +
         ", \"begin\": " + std::to_string(m.begin) + ", \"end\": " + std::to_string(m.end) + '}';
  }
  o += "], \"rule\": ";
  append_string_or_null(o, r.rule_at);
  o += ", \"source_entry\": ";
  append_entry(o, r.source_entry);
  o += ", \"target_entry\": ";
  append_entry(o, r.target_entry);
  o += "}, \"modality\": ";
  append_string(o, r.modality);
  o += ", \"mentions\": " + std::to_string(r.mentions);
  o += ", \"joint\": ";
  append_string_or_null(o, r.joint);
}

}  // namespace

void append_string_or_null(std::string& out, std::string_view s) {
  if (s.empty()) {
    out += "null";
  } else {
    append_string(out, s);
  }
}

void append_string(std::string& out, std::string_view s) {
  out += '"';
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  out += '"';
}

std::string to_json(const EventRecord& record) {
  std::string o;
  o.reserve(512);
  append_fields(o, record);
  o += '}';
  return o;
}

std::string to_json(const events::DayDeduplicator::Entry& entry) {
  std::string o;
  o.reserve(560);
  append_fields(o, entry.first);
  o += ", \"documents\": " + std::to_string(entry.documents.size());
  o += ", \"sources\": " + std::to_string(entry.sources.size());
  o += '}';
  return o;
}

}  // namespace vigil::output
