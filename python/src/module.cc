// _vigil: the C++ side of the vigil Python package, a thin binding of vigil::Engine
// (include/vigil/vigil.h). Documents cross as JSON Lines lines (read by the library exactly
// as `vigil code` reads its input) and events come back as the library's JSON, so Python
// sees the command line's fields and values. The GIL is released while reading and coding.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "vigil/vigil.h"

namespace py = pybind11;

namespace {

/// Raised as vigil.VigilError (a RuntimeError) with the library's message.
struct VigilError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The Python exception type of each vigil::StatusCode (subclasses of VigilError, and of
// the built-in exception a Python user would catch for it), set at import.
constexpr size_t kCodes = static_cast<size_t>(vigil::StatusCode::kInternal) + 1;
PyObject* g_error_types[kCodes] = {};

// Raises the library's error as the Python exception of its code.
[[noreturn]] void raise_status(const vigil::Status& status) {
  PyObject* type = g_error_types[static_cast<size_t>(status.code())];
  PyErr_SetString(type ? type : PyExc_RuntimeError, status.to_string().c_str());
  throw py::error_already_set();
}

std::string json_array(const std::vector<vigil::events::EventRecord>& events) {
  std::string out = "[";
  for (size_t i = 0; i < events.size(); ++i) {
    if (i > 0) out += ", ";
    out += vigil::to_json(events[i]);
  }
  out += ']';
  return out;
}

// What coding one line gave: (error or None, events as a JSON array, notes).
using LineResult = std::tuple<std::optional<std::string>, std::string, std::vector<std::string>>;

class PyEngine {
 public:
  PyEngine(const std::string& petrarch_config, const std::string& data_dir, bool all_modalities) {
    vigil::EngineOptions options;
    options.petrarch_config = petrarch_config;
    options.data_dir = data_dir;
    options.include_all_modalities = all_modalities;
    std::optional<vigil::Result<vigil::Engine>> opened;
    {
      py::gil_scoped_release release;
      opened.emplace(vigil::Engine::open(options));
    }
    if (!opened->ok()) raise_status(opened->status());
    engine_ = std::make_shared<vigil::Engine>(std::move(*opened).value());
  }

  std::vector<std::string> skipped_dictionary_lines() const {
    std::vector<std::string> out;
    for (const vigil::Diagnostic& d : engine_->skipped_dictionary_lines()) out.push_back(d.to_string());
    return out;
  }

  std::vector<LineResult> code_lines(const std::vector<std::string>& lines, int threads) const {
    if (threads < 0) throw py::value_error("threads must be 0 (every core) or more");
    std::vector<LineResult> out(lines.size());
    {
      py::gil_scoped_release release;
      std::vector<vigil::Document> docs;
      std::vector<size_t> index;  // line of each readable document
      docs.reserve(lines.size());
      for (size_t i = 0; i < lines.size(); ++i) {
        auto doc = vigil::read_document(lines[i]);
        if (!doc.ok()) {
          std::get<0>(out[i]) = doc.status().message();
          continue;
        }
        docs.push_back(std::move(doc).value());
        index.push_back(i);
      }
      std::vector<vigil::CodedResult> results = engine_->code_many(docs, threads);
      for (size_t d = 0; d < docs.size(); ++d) {
        LineResult& r = out[index[d]];
        std::get<1>(r) = json_array(results[d].events);
        std::get<2>(r) = std::move(results[d].diagnostics);
      }
    }
    return out;
  }

  std::string quotes_line(const std::string& line, const std::vector<std::string>& kind_names) const {
    std::vector<vigil::discourse::QuoteKind> kinds;
    for (const std::string& name : kind_names) {
      vigil::discourse::QuoteKind k;
      if (!vigil::discourse::quote_kind_from_string(name, &k))
        throw py::value_error("unknown quotation kind '" + name +
                              "' (full, partial, block, headline, chant, name, scare)");
      kinds.push_back(k);
    }
    auto doc = vigil::read_document(line);
    if (!doc.ok()) raise_status(doc.status());
    py::gil_scoped_release release;
    std::string out = "[";
    bool first = true;
    for (const vigil::Quotation& q : engine_->quotes(doc.value(), kinds)) {
      if (!first) out += ", ";
      first = false;
      out += vigil::to_json(q);
    }
    out += ']';
    return out;
  }

 private:
  std::shared_ptr<const vigil::Engine> engine_;
};

// An event with every optional field present, so that its JSON names every field and
// nested field `vigil code` can write (the columns of vigil.to_pandas).
std::string event_template() {
  vigil::events::EventRecord r;
  r.doc_id = "d";
  r.sentence = "s";
  r.date = "2000-01-01";
  r.event_date = "2000-01-01";
  r.source = {"X", "X", "X", "x"};
  r.target = vigil::events::ActorOut{"X", "X", "X", "x"};
  r.cameo = "010";
  r.cameo_root = "01";
  r.goldstein = 0.5;
  r.quad_class = 1;
  r.plover_event = "X";
  r.plover_mode = "x";
  r.quote_speaker = "x";
  r.quote_text = "x";
  r.location_name = "x";
  r.location_country = "X";
  r.location_lat = 0.5;
  r.location_lon = 0.5;
  r.verb = "X";
  r.pattern = "x";
  r.rule_at = "x:1";
  r.source_entry = {"X", "x:1"};
  r.target_entry = {"X", "x:1"};
  r.implied_role = "source";
  r.mention_spans.push_back({});
  r.joint = "0.0";
  return vigil::to_json(r);
}

}  // namespace

PYBIND11_MODULE(_vigil, m) {
  m.doc() = "vigil's C++ engine (use the vigil package, not this module).";
  py::object vigil_error = py::register_exception<VigilError>(m, "VigilError", PyExc_RuntimeError);
  vigil_error.attr("code") = "internal";
  // One type per vigil::StatusCode: NotFoundError is also a FileNotFoundError, and so on,
  // so that `except FileNotFoundError` works as a Python user expects.
  struct ErrorType {
    vigil::StatusCode code;
    const char* name;
    PyObject* also;  // the built-in exception it also is, or nullptr
  };
  const ErrorType types[] = {
      {vigil::StatusCode::kInvalidArgument, "InvalidArgumentError", PyExc_ValueError},
      {vigil::StatusCode::kNotFound, "NotFoundError", PyExc_FileNotFoundError},
      {vigil::StatusCode::kIoError, "IoError", PyExc_OSError},
      {vigil::StatusCode::kDataError, "DataError", nullptr},
      {vigil::StatusCode::kFailedPrecondition, "FailedPreconditionError", nullptr},
      {vigil::StatusCode::kUnavailable, "UnavailableError", PyExc_ConnectionError},
      {vigil::StatusCode::kInternal, "InternalError", nullptr},
  };
  for (const ErrorType& t : types) {
    py::tuple bases = t.also ? py::make_tuple(vigil_error, py::handle(t.also))
                             : py::make_tuple(vigil_error);
    const std::string qualified = std::string("vigil._vigil.") + t.name;
    PyObject* type = PyErr_NewException(qualified.c_str(), bases.ptr(), nullptr);
    if (!type) throw py::error_already_set();
    py::object owned = py::reinterpret_steal<py::object>(type);
    owned.attr("code") = std::string(vigil::to_string(t.code));
    m.attr(t.name) = owned;
    g_error_types[static_cast<size_t>(t.code)] = owned.release().ptr();  // lives as the module
  }

  py::class_<PyEngine>(m, "Engine", "Opened dictionaries and data (vigil::Engine).")
      .def(py::init<const std::string&, const std::string&, bool>(), py::arg("petrarch_config") = "",
           py::arg("data_dir") = "", py::arg("all_modalities") = false,
           "Loads the dictionaries and data once; raises VigilError listing every problem.")
      .def_property_readonly("skipped_dictionary_lines", &PyEngine::skipped_dictionary_lines,
                             "Dictionary lines that could not be read (file:line: message).")
      .def("code_lines", &PyEngine::code_lines, py::arg("lines"), py::arg("threads") = 0,
           "Codes JSON Lines documents over `threads` threads (0: every core), in input order. "
           "For each line: (error or None, the events as a JSON array, notes).")
      .def("quotes_line", &PyEngine::quotes_line, py::arg("line"), py::arg("kinds") = std::vector<std::string>{},
           "The quotations of one JSON Lines document as a JSON array.");
  m.def("event_template", &event_template,
        "One event, as JSON, with every optional field present (the full set of fields).");
  m.def("default_data_dir", &vigil::default_data_dir,
        "vigil's data folder: $VIGIL_DATA, else the source tree's data/.");
  m.def("default_threads", &vigil::default_threads, "Threads used for 0: every core.");
  m.attr("__version__") = VIGIL_VERSION;
}
