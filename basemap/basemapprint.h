#pragma once

#include "basemapdata.h"
#include "streetindex.h"

#include <QPageSize>
#include <QString>

namespace stadtplan::basemap {

struct PrintOptions
{
    QString output; // the PDF to write
    QPageSize::PageSizeId paper = QPageSize::A3;
    bool landscape = false;
    GeoBox area; // what to show; invalid: the whole basemap
    QString title;
    double cellMillimetres = 40; // the reference grid's cell size on paper
};

struct PrintResult
{
    PrintGrid grid;
    QRectF mapFrame; // where the map lies on the first page, in millimetres
    int pages = 0;
    QList<StreetIndexEntry> index;
};

// Writes the basemap as a vector PDF (QPdfWriter: lines stay lines, text
// stays text and can be searched): the first page the map with its reference
// grid, title, scale and attribution; the following pages the street index
// (street name → grid cells). The printed Stadtplan draws its map the same way.
// The file is written to a temporary name and moved into place when complete.
// Throws BasemapError.
PrintResult printBasemap(const BasemapData &data, const PrintOptions &options);

} // namespace stadtplan::basemap
