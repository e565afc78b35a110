// The place reader over part of a text, for find_places and DocumentAnalysis.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "vigil/discourse.h"

namespace vigil::discourse::detail {

/// The places read so far that "the city", "the country", "the territory" refer back to.
struct PlaceMemory {
  Place city, country, place;
  bool have_city = false, have_country = false, have_place = false;
};

/// Reads the words of text[from, end) for places, appending to `out` those that begin at
/// or after `begin`; `memory` carries the places "the city" and the like refer back to.
void read_places(std::string_view text, size_t from, size_t begin, size_t end,
                 const Gazetteer& gazetteer, PlaceMemory& memory, std::vector<Place>& out);

}  // namespace vigil::discourse::detail
