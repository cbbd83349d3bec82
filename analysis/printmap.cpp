#include "printmap.h"

#include "coverage.h" // AnalysisError
#include "fonts.h"

#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <cmath>
#include <numbers>

namespace stadtplan::printmap {

using namespace basemap;

std::unique_ptr<PdfOutput> openPdf(const QString &path, QPageSize::PageSizeId paper, bool landscape,
                                   const QString &title)
{
    try {
        return std::make_unique<PdfOutput>(path, paper, landscape, title);
    } catch (const BasemapError &e) {
        throw AnalysisError(e.message());
    }
}

void commitPdf(PdfOutput &output)
{
    try {
        output.commit();
    } catch (const BasemapError &e) {
        throw AnalysisError(e.message());
    }
}

QFont font(double millimetres, bool bold)
{
    QFont f = fonts::sans(10, bold);
    f.setPixelSize(std::max(1, qRound(mm(millimetres))));
    return f;
}

std::optional<BasemapData> loadBasemap(const QString &store)
{
    try {
        return BasemapData::load(store);
    } catch (const BasemapError &) {
        return std::nullopt; // no basemap in the store: plain land with the areas
    }
}

QRectF extentAround(const QList<GeoPoint> &points, double minimum, double margin)
{
    QRectF extent;
    for (const GeoPoint &point : points) {
        const QPointF p = toMercator(point);
        extent = extent.isNull() ? QRectF(p, QSizeF(1, 1)) : extent.united(QRectF(p, QSizeF(1, 1)));
    }
    if (extent.width() < minimum)
        extent.adjust(-(minimum - extent.width()) / 2, 0, (minimum - extent.width()) / 2, 0);
    if (extent.height() < minimum)
        extent.adjust(0, -(minimum - extent.height()) / 2, 0, (minimum - extent.height()) / 2);
    return extent.adjusted(-extent.width() * margin, -extent.height() * margin,
                           extent.width() * margin, extent.height() * margin);
}

MapView drawMap(QPainter &painter, const QRectF &frameMm, QRectF &extent,
                const std::optional<BasemapData> &basemapData, const QList<Area> &areas,
                const QString &strongArea, double scale)
{
    const double aspect = frameMm.width() / frameMm.height();
    if (extent.width() / extent.height() < aspect) {
        const double grow = extent.height() * aspect - extent.width();
        extent.adjust(-grow / 2, 0, grow / 2, 0);
    } else {
        const double grow = extent.width() / aspect - extent.height();
        extent.adjust(0, -grow / 2, 0, grow / 2);
    }
    const QRectF frameUnits(mm(frameMm.left()), mm(frameMm.top()), mm(frameMm.width()),
                            mm(frameMm.height()));
    const MapView view{extent, frameUnits.size(), PdfOutput::Dpi / 96.0 * 0.75 * scale};

    painter.save();
    painter.translate(frameUnits.topLeft());
    painter.setClipRect(QRectF(QPointF(0, 0), frameUnits.size()));
    if (basemapData) {
        const double m = view.margin();
        BasemapPainter::paint(painter, *basemapData,
                              basemapData->query(extent.adjusted(-m, -m, m, m)), view);
    } else {
        painter.fillRect(QRectF(QPointF(0, 0), frameUnits.size()), BasemapPainter::land());
    }
    for (const Area &a : areas) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const Area::Polygon &polygon : a.polygons)
            for (const Area::Ring &ring : polygon) {
                QPolygonF points;
                for (const GeoPoint &p : ring)
                    points.append(view.toSurface(toMercator(p)));
                path.addPolygon(points);
            }
        const bool strong = !strongArea.isEmpty() && a.id == strongArea;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(0x7a, 0x8a, 0x99, strong ? 255 : 170),
                            mm(strong ? 0.6 : 0.3) * std::sqrt(scale), Qt::DashLine));
        painter.drawPath(path);
    }
    painter.restore();
    return view;
}

QPointF toPage(const MapView &view, const QRectF &frameMm, const GeoPoint &point)
{
    const QPointF s = view.toSurface(toMercator(point));
    return {frameMm.left() + s.x() / PdfOutput::UnitsPerMillimetre,
            frameMm.top() + s.y() / PdfOutput::UnitsPerMillimetre};
}

QPointF placeMarker(QList<QPointF> &placed, const QPointF &origin, double radius,
                    const QRectF &frameMm)
{
    QPointF at = origin;
    for (int step = 0; step < 24; ++step) {
        bool free = true;
        for (const QPointF &other : std::as_const(placed))
            free = free && QLineF(at, other).length() >= radius * 2.1;
        if (free)
            break;
        const double angle = step * 137.5 * std::numbers::pi / 180.0;
        at = origin + QPointF(std::cos(angle), std::sin(angle)) * radius * (1.2 + 0.45 * step);
    }
    at.setX(std::clamp(at.x(), frameMm.left() + radius, frameMm.right() - radius));
    at.setY(std::clamp(at.y(), frameMm.top() + radius, frameMm.bottom() - radius));
    placed.append(at);
    return at;
}

void drawNumberedMarker(QPainter &painter, const QPointF &atMm, double radiusMm,
                        const QColor &colour, int number, const QFont &numberFont)
{
    painter.setPen(QPen(Qt::white, mm(0.35)));
    painter.setBrush(colour);
    painter.drawEllipse(QPointF(mm(atMm.x()), mm(atMm.y())), mm(radiusMm), mm(radiusMm));
    painter.setPen(Qt::white);
    painter.setFont(numberFont);
    painter.drawText(QRectF(mm(atMm.x() - radiusMm), mm(atMm.y() - radiusMm), mm(2 * radiusMm),
                            mm(2 * radiusMm)),
                     Qt::AlignCenter, QString::number(number));
}

} // namespace stadtplan::printmap
