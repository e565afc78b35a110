// Export layouts of the field: Phoenix (CSV), ICEWS (TSV), PLOVER (JSON), and vigil's own
// JSON Lines. Each loads with pandas and R defaults (docs/store.md lists the columns).
#include <cstdio>
#include <string>
#include <vector>

#include "vigil/jsonl.h"
#include "vigil/store.h"

namespace vigil::store {
namespace {

// One delimited field: quoted (with doubled quotes) only when it holds the delimiter, a
// quote or a line break, as RFC 4180 and pandas/R expect. Tabs and line breaks inside a
// TSV field become spaces (ICEWS files have none).
void append_field(std::string& line, std::string_view v, char delimiter) {
  std::string value(v);
  if (delimiter == '\t')
    for (char& c : value)
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  if (value.find_first_of(std::string("\"\n\r") + delimiter) == std::string::npos) {
    line += value;
    return;
  }
  line += '"';
  for (char c : value) {
    if (c == '"') line += '"';
    line += c;
  }
  line += '"';
}

std::string fixed(std::optional<double> v, const char* format) {
  if (!v) return {};
  char buf[32];
  std::snprintf(buf, sizeof buf, format, *v);
  return buf;
}

void write_row(std::FILE* out, const std::vector<std::string>& fields, char delimiter) {
  std::string line;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) line += delimiter;
    append_field(line, fields[i], delimiter);
  }
  line += '\n';
  std::fwrite(line.data(), 1, line.size(), out);
}

std::string compact_date(const std::string& iso) {
  std::string out;
  for (char c : iso)
    if (c != '-') out += c;
  return out;
}

// The first day of an event's period (YYYY-MM-DD), or the publication date.
std::string event_day(const events::EventRecord& r) {
  if (r.event_date.size() == 10) return r.event_date;
  if (r.event_date.size() == 7) return r.event_date + "-01";
  if (r.event_date.size() == 4) return r.event_date + "-01-01";
  return r.date;
}

const std::vector<std::string> kPhoenixColumns = {"EventID",
                                                  "Date",
                                                  "Year",
                                                  "Month",
                                                  "Day",
                                                  "SourceActorFull",
                                                  "SourceActorEntity",
                                                  "SourceActorRole",
                                                  "SourceActorAttribute",
                                                  "TargetActorFull",
                                                  "TargetActorEntity",
                                                  "TargetActorRole",
                                                  "TargetActorAttribute",
                                                  "EventCode",
                                                  "EventRootCode",
                                                  "QuadClass",
                                                  "GoldsteinScore",
                                                  "Issues",
                                                  "ActionLat",
                                                  "ActionLong",
                                                  "LocationName",
                                                  "GeoCountryName",
                                                  "GeoStateName",
                                                  "SentenceID",
                                                  "URLs",
                                                  "NewsSources"};

const std::vector<std::string> kIcewsColumns = {
    "Event ID",       "Event Date", "Source Name",     "Source Sectors", "Source Country",
    "Event Text",     "CAMEO Code", "Intensity",       "Target Name",    "Target Sectors",
    "Target Country", "Story ID",   "Sentence Number", "Publisher",      "City",
    "District",       "Province",   "Country",         "Latitude",       "Longitude"};

std::vector<std::string> phoenix_row(const StoredEvent& e) {
  const events::EventRecord& r = e.record;
  const std::string day = event_day(r);
  const bool dated = day.size() == 10;
  const events::ActorOut none;
  const events::ActorOut& t = r.target ? *r.target : none;
  return {std::to_string(e.id),
          dated ? compact_date(day) : "",
          dated ? day.substr(0, 4) : "",
          dated ? day.substr(5, 2) : "",
          dated ? day.substr(8, 2) : "",
          r.source.code,
          r.source.code.substr(0, 3),
          r.source.sector,
          "",
          t.code,
          t.code.substr(0, std::min<size_t>(3, t.code.size())),
          t.sector,
          "",
          r.cameo,
          r.cameo_root,
          r.quad_class ? std::to_string(r.quad_class) : "",
          fixed(r.goldstein, "%.1f"),
          "",
          fixed(r.location_lat, "%.4f"),
          fixed(r.location_lon, "%.4f"),
          r.location_name,
          r.location_country,
          "",
          r.doc_id + "_" + std::to_string(r.sentence_index),
          e.url,
          e.publisher};
}

std::vector<std::string> icews_row(const StoredEvent& e, const Ontology* ontology) {
  const events::EventRecord& r = e.record;
  const events::ActorOut none;
  const events::ActorOut& t = r.target ? *r.target : none;
  return {std::to_string(e.id),
          event_day(r),
          r.source.text,
          r.source.sector,
          r.source.country,
          ontology ? ontology->name(r.cameo) : "",
          r.cameo,
          fixed(r.goldstein, "%.1f"),
          t.text,
          t.sector,
          t.country,
          r.doc_id,
          std::to_string(r.sentence_index + 1),
          e.publisher,
          r.location_name,
          "",
          "",
          r.location_country,
          fixed(r.location_lat, "%.4f"),
          fixed(r.location_lon, "%.4f")};
}

void json_field(std::string& o, const char* name, std::string_view v, bool first = false) {
  if (!first) o += ", ";
  o += '"';
  o += name;
  o += "\": ";
  if (v.empty())
    o += "null";
  else
    output::append_string(o, v);
}

void json_number(std::string& o, const char* name, std::optional<double> v, const char* format) {
  o += ", \"";
  o += name;
  o += "\": ";
  o += v ? fixed(v, format) : "null";
}

std::string plover_object(const StoredEvent& e) {
  const events::EventRecord& r = e.record;
  const events::ActorOut none;
  const events::ActorOut& t = r.target ? *r.target : none;
  std::string o = "{\"event_id\": " + std::to_string(e.id);
  json_field(o, "event_date", event_day(r));
  json_field(o, "event_date_text", r.event_date);
  json_field(o, "event_type", r.plover_event);
  json_field(o, "event_mode", r.plover_mode);
  o += ", \"quad_code\": " + (r.quad_class ? std::to_string(r.quad_class) : std::string("null"));
  json_number(o, "goldstein", r.goldstein, "%.1f");
  json_field(o, "cameo", r.cameo);
  json_field(o, "actor", r.source.code);
  json_field(o, "actor_country", r.source.country);
  json_field(o, "actor_sector", r.source.sector);
  json_field(o, "actor_text", r.source.text);
  json_field(o, "recipient", t.code);
  json_field(o, "recipient_country", t.country);
  json_field(o, "recipient_sector", t.sector);
  json_field(o, "recipient_text", t.text);
  json_field(o, "place_name", r.location_name);
  json_field(o, "place_country", r.location_country);
  json_number(o, "latitude", r.location_lat, "%.4f");
  json_number(o, "longitude", r.location_lon, "%.4f");
  json_field(o, "story_id", r.doc_id);
  json_field(o, "story_date", r.date);
  o += ", \"sentence_index\": " + std::to_string(r.sentence_index);
  json_field(o, "event_text", r.sentence);
  json_field(o, "publisher", e.publisher);
  json_field(o, "url", e.url);
  o += '}';
  return o;
}

}  // namespace

std::optional<ExportFormat> parse_export_format(std::string_view name) {
  if (name == "phoenix-csv") return ExportFormat::kPhoenixCsv;
  if (name == "icews-tsv") return ExportFormat::kIcewsTsv;
  if (name == "plover-json") return ExportFormat::kPloverJson;
  if (name == "jsonl") return ExportFormat::kJsonl;
  return std::nullopt;
}

Status export_events(Store& store, const EventFilter& filter, ExportFormat format, std::FILE* out,
                     const Ontology* ontology) {
  switch (format) {
    case ExportFormat::kPhoenixCsv:
      write_row(out, kPhoenixColumns, ',');
      return store.for_each_event(filter, [&](const StoredEvent& e) {
        write_row(out, phoenix_row(e), ',');
        return true;
      });
    case ExportFormat::kIcewsTsv:
      write_row(out, kIcewsColumns, '\t');
      return store.for_each_event(filter, [&](const StoredEvent& e) {
        write_row(out, icews_row(e, ontology), '\t');
        return true;
      });
    case ExportFormat::kPloverJson: {
      // One JSON array (pandas.read_json, jsonlite::fromJSON); events PLOVER does not
      // cover (CAMEO roots 01) are left out.
      bool first = true;
      std::fputs("[", out);
      Status s = store.for_each_event(filter, [&](const StoredEvent& e) {
        if (e.record.plover_event.empty()) return true;
        std::string line = (first ? "\n" : ",\n") + plover_object(e);
        first = false;
        std::fwrite(line.data(), 1, line.size(), out);
        return true;
      });
      std::fputs("\n]\n", out);
      return s;
    }
    case ExportFormat::kJsonl:
      return store.for_each_event(filter, [&](const StoredEvent& e) {
        std::string line = e.json;
        line += '\n';
        std::fwrite(line.data(), 1, line.size(), out);
        return true;
      });
  }
  return Status::error(StatusCode::kInvalidArgument, "unknown export format");
}

}  // namespace vigil::store
