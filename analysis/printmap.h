#pragma once

// Pieces the printed Stadtplan and the handout share: page units, fonts,
// the map excerpt (basemap or plain land, area outlines) and numbered markers.

#include "area.h"
#include "basemapdata.h"
#include "basemappainter.h"
#include "pdfoutput.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <memory>
#include <optional>

class QPainter;

namespace stadtplan::printmap {

// Page millimetres to the PDF's units (1,200 dpi).
inline double mm(double millimetres)
{
    return millimetres * basemap::PdfOutput::UnitsPerMillimetre;
}

// The PDF to print into, and its commit, with the output's errors as AnalysisError.
std::unique_ptr<basemap::PdfOutput> openPdf(const QString &path, QPageSize::PageSizeId paper, bool landscape,
                                            const QString &title);
void commitPdf(basemap::PdfOutput &output);

// The bundled Noto Sans, with Noto Sans Arabic UI for Arabic script (fonts.h), at a
// height in millimetres.
QFont font(double millimetres, bool bold = false);

// The store's basemap, or nothing when it has none.
std::optional<basemap::BasemapData> loadBasemap(const QString &store);

// An extent (Web Mercator metres) around the points, at least `minimum`
// metres wide and high, with a margin of `margin` of its size on each side.
QRectF extentAround(const QList<GeoPoint> &points, double minimum, double margin);

// A map excerpt in `frameMm` (page millimetres): `extent` grows to the
// frame's shape, the basemap (or plain land) and the areas' outlines are
// drawn (`strongArea` stronger), and the view is returned for placing more.
// `scale` enlarges the style for large paper.
basemap::MapView drawMap(QPainter &painter, const QRectF &frameMm, QRectF &extent,
                         const std::optional<basemap::BasemapData> &basemapData,
                         const QList<Area> &areas, const QString &strongArea, double scale);

// A point's place on the page (millimetres) in a view drawn into `frameMm`.
QPointF toPage(const basemap::MapView &view, const QRectF &frameMm, const GeoPoint &point);

// Where a marker of `radius` mm goes near `origin` without covering the
// markers already `placed` (a small spiral), kept inside `frameMm`; appended to `placed`.
QPointF placeMarker(QList<QPointF> &placed, const QPointF &origin, double radius,
                    const QRectF &frameMm);

// A filled circle with a white rim and a white number in it.
void drawNumberedMarker(QPainter &painter, const QPointF &atMm, double radiusMm,
                        const QColor &colour, int number, const QFont &numberFont);

} // namespace stadtplan::printmap
