#pragma once

#include "institution.h"
#include "taxonomy.h"

#include <QList>

#include <vector>

namespace stadtplan::synthetic {

// Seeded synthetic institutions for benchmarks and load tests, never demo
// data: gathered around the larger towns of North Rhine-Westphalia (more
// and wider around bigger towns, a few out in the country), every field of
// the model filled from the taxonomy. Positions are marked estimated and the
// source is "synthetic", so such a record is never mistaken for a real one.
// The same count and seed give the same records on every machine.
QList<Institution> institutions(int count, quint32 seed, const Taxonomy &taxonomy);
// Only the positions, drawn the same way (for benchmarks of a million points).
std::vector<GeoPoint> positions(int count, quint32 seed);

} // namespace stadtplan::synthetic
