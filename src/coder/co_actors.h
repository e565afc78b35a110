// Co-actors: "Canada, along with Britain and Australia, condemned ..." names three
// sources. PETRARCH reads the prepositional phrase as a target (or drops it with the
// comma clause); vigil joins its actors to the clause's subject as one compound.
#pragma once

#include "linear.h"

namespace vigil::events {

/// Finds phrases introduced by "along with", "together with", "alongside", "jointly
/// with", "in concert with" and "in conjunction with" that hold a noun phrase, removes
/// each such prepositional phrase and makes its noun phrases part of a compound with the
/// subject of the enclosing clause. Run before comma clauses are removed.
void join_co_actors(Linear& items);

}  // namespace vigil::events
