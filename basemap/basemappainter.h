#pragma once

#include "basemapdata.h"

#include <QColor>
#include <QRectF>
#include <QSizeF>
#include <vector>

class QPainter;

namespace stadtplan::basemap {

// What a drawing shows: an area of Web Mercator metres on a surface of the
// given size in the painter's units. `unitsPerPixel` is how many painter
// units make one screen pixel of a 256-pixel tile: 1 for tiles, 1200/96
// for a QPdfWriter at 1,200 dpi. The style's zoom level follows from the two.
struct MapView
{
    QRectF metres; // x east, y north (QRectF's top is the southern edge)
    QSizeF size;
    double unitsPerPixel = 1.0;

    double zoom() const; // web-map zoom level the style uses
    QPointF toSurface(const QPointF &metres) const;
    // How far beyond the view, in metres, a feature can still show (labels, casings).
    double margin() const;
};

// The basemap's calm style, drawn the same way into tiles (QImage) and print
// (QPdfWriter, as vectors): muted land, water and green, streets by class
// with casings, buildings from zoom 14, railways and trams, stops from zoom
// 16, district names at middle zooms and street names along the streets from
// zoom 15. No label is placed where institution markers would need the room
// (no points of interest, no house numbers). Labels are placed from the
// feature alone, never from what else is in the tile, so a label crossing a
// tile edge is drawn identically on both tiles.
class BasemapPainter
{
public:
    // Changes whenever drawing changes, so incremental tile builds redraw everything.
    static constexpr int StyleVersion = 1;
    static QColor land();

    // Draws the features (indices into data.features(), as BasemapData::query
    // returns them for the view grown by its margin) onto the painter, from
    // the surface's top left corner.
    static void paint(QPainter &painter, const BasemapData &data,
                      const std::vector<quint32> &features, const MapView &view);
};

} // namespace stadtplan::basemap
