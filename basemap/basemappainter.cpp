#include "basemappainter.h"

#include "fonts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <cmath>
#include <functional>
#include <numbers>
#include <optional>

namespace stadtplan::basemap {

namespace {

struct LineStyle
{
    const char *featureClass;
    double width16;     // pixels at zoom 16
    double minimumZoom; // drawn from this zoom on
    QColor fill;
    QColor casing; // invalid: no casing
    bool dashed = false;
};

// Streets from the narrowest to the widest: drawn in this order, wider streets lie on top.
const LineStyle RoadStyles[] = {
    {"path", 1.3, 15, QColor(0xc4, 0xba, 0xac), QColor(), true},
    {"track", 1.8, 14, QColor(0xc4, 0xb8, 0xa2), QColor(), true},
    {"service", 3.5, 15, QColor(0xff, 0xff, 0xff), QColor(0xdb, 0xd5, 0xcb)},
    {"pedestrian", 5, 14, QColor(0xf5, 0xf3, 0xef), QColor(0xd6, 0xd0, 0xc6)},
    {"residential", 6.5, 13, QColor(0xff, 0xff, 0xff), QColor(0xd3, 0xcc, 0xc1)},
    {"tertiary", 8, 12, QColor(0xff, 0xff, 0xff), QColor(0xcd, 0xc5, 0xb8)},
    {"secondary", 9, 11, QColor(0xfb, 0xf4, 0xdc), QColor(0xd8, 0xca, 0xa8)},
    {"primary", 10, 10, QColor(0xf8, 0xec, 0xc8), QColor(0xd6, 0xc3, 0x98)},
    {"motorway", 11, 10, QColor(0xf2, 0xdf, 0xb6), QColor(0xcf, 0xb5, 0x7e)},
};

const QColor Land(0xf2, 0xef, 0xe9);
const QColor Water(0xc6, 0xda, 0xe6);
const QColor WaterLabel(0x4f, 0x73, 0x8a);
const QColor Building(0xe3, 0xde, 0xd6);
const QColor BuildingEdge(0xd2, 0xcb, 0xc0);
const QColor Rail(0xa9, 0xa3, 0x9a);
const QColor Tram(0xa5, 0x9d, 0xb3);
const QColor Stop(0x8a, 0x9a, 0xad);
const QColor StreetLabel(0x6b, 0x65, 0x5d);
const QColor PlaceLabel(0x85, 0x7b, 0x6c);

QColor greenColour(const QString &featureClass)
{
    if (featureClass == u"wood")
        return QColor(0xd7, 0xe3, 0xca);
    if (featureClass == u"grass")
        return QColor(0xe2, 0xeb, 0xd6);
    if (featureClass == u"cemetery")
        return QColor(0xda, 0xe2, 0xd2);
    if (featureClass == u"allotments")
        return QColor(0xe3, 0xe8, 0xd5);
    return QColor(0xdc, 0xe8, 0xd0);
}

// Line widths grow with the zoom: exactly with the ground from zoom 16 on,
// more slowly below so streets stay visible when zoomed out.
double widthAt(double width16, double zoom)
{
    const double factor = zoom >= 16 ? std::pow(2.0, zoom - 16) : std::pow(2.0, (zoom - 16) * 0.55);
    return std::max(0.6, width16 * factor);
}

class Drawing
{
public:
    Drawing(QPainter &painter, const BasemapData &data, const std::vector<quint32> &features,
            const MapView &view)
        : p(painter), m_data(data), m_features(features), m_view(view), m_zoom(view.zoom()),
          m_unit(view.unitsPerPixel)
    {
    }

    void run()
    {
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        p.fillRect(QRectF(QPointF(0, 0), m_view.size), Land);
        polygons(
            Theme::Green, [](const Feature &f) { return greenColour(f.featureClass); }, 0);
        polygons(
            Theme::Water, [](const Feature &) { return Water; }, 0);
        waterways();
        if (m_zoom >= 14)
            polygons(
                Theme::Buildings, [](const Feature &) { return Building; }, m_zoom >= 16 ? 0.8 : 0);
        roads();
        railways();
        if (m_zoom >= 16)
            stops();
        labels();
        p.restore();
    }

private:
    QPolygonF surface(const QPolygonF &part) const
    {
        QPolygonF out;
        out.reserve(part.size());
        for (const QPointF &point : part)
            out.append(m_view.toSurface(point));
        return out;
    }

    template <typename Colour> void polygons(Theme theme, Colour colour, double edge)
    {
        for (const quint32 i : m_features) {
            const Feature &f = m_data.features()[i];
            if (f.theme != theme)
                continue;
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (const QPolygonF &ring : f.parts)
                path.addPolygon(surface(ring));
            const QColor fill = colour(f);
            p.setPen(edge > 0 ? QPen(BuildingEdge, edge * m_unit) : Qt::NoPen);
            p.setBrush(fill);
            p.drawPath(path);
        }
    }

    void strokeLines(const Feature &f, const QPen &pen)
    {
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        for (const QPolygonF &part : f.parts)
            p.drawPolyline(surface(part));
    }

    QPen pen(const QColor &colour, double pixels, Qt::PenStyle style = Qt::SolidLine) const
    {
        QPen result(colour, pixels * m_unit, style, Qt::RoundCap, Qt::RoundJoin);
        if (style != Qt::SolidLine)
            result.setCapStyle(Qt::FlatCap);
        return result;
    }

    void waterways()
    {
        for (const quint32 i : m_features) {
            const Feature &f = m_data.features()[i];
            if (f.theme != Theme::Waterways)
                continue;
            const bool river = f.featureClass == u"river";
            if (!river && m_zoom < 13)
                continue;
            strokeLines(f, pen(Water, widthAt(river ? 8 : 2.2, m_zoom)));
        }
    }

    void roads()
    {
        const bool casings = m_zoom >= 13;
        for (int pass = casings ? 0 : 1; pass < 2; ++pass) {
            for (const LineStyle &style : RoadStyles) {
                if (m_zoom < style.minimumZoom)
                    continue;
                const double width = widthAt(style.width16, m_zoom);
                for (const quint32 i : m_features) {
                    const Feature &f = m_data.features()[i];
                    if (f.theme != Theme::Roads ||
                        f.featureClass != QLatin1String(style.featureClass))
                        continue;
                    if (pass == 0) {
                        if (style.casing.isValid())
                            strokeLines(f, pen(style.casing, width + 1.6));
                    } else if (style.dashed) {
                        QPen dashed = pen(style.fill, width, Qt::CustomDashLine);
                        dashed.setDashPattern({3, 2});
                        strokeLines(f, dashed);
                    } else {
                        // Zoomed out, casings would merge into grey; the fill alone is darkened
                        // instead.
                        strokeLines(
                            f, pen(casings || !style.casing.isValid() ? style.fill : style.casing,
                                   width));
                    }
                }
            }
        }
    }

    void railways()
    {
        for (const quint32 i : m_features) {
            const Feature &f = m_data.features()[i];
            if (f.theme != Theme::Railways)
                continue;
            if (f.featureClass == u"tram") {
                if (m_zoom >= 13)
                    strokeLines(f, pen(Tram, m_zoom >= 16 ? 1.6 : 1.1));
                continue;
            }
            if (m_zoom >= 14) {
                strokeLines(f, pen(Rail, 3));
                QPen ties = pen(Land, 1.4, Qt::CustomDashLine);
                ties.setDashPattern({4, 4});
                strokeLines(f, ties);
            } else {
                strokeLines(f, pen(Rail, 1.4));
            }
        }
    }

    void stops()
    {
        p.setPen(QPen(Qt::white, 1 * m_unit));
        p.setBrush(Stop);
        for (const quint32 i : m_features) {
            const Feature &f = m_data.features()[i];
            if (f.theme != Theme::Stops || f.parts.isEmpty() || f.parts.first().isEmpty())
                continue;
            const QPointF at = m_view.toSurface(f.parts.first().first());
            const double r = (f.featureClass == u"rail" ? 3.5 : 2.6) * m_unit;
            if (f.featureClass == u"rail")
                p.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r));
            else
                p.drawEllipse(at, r, r);
        }
    }

    // Text with a halo in the land colour; the text stays text (in print, it can be searched).
    void haloText(const QFont &font, const QColor &colour, const QPointF &centre,
                  double angleDegrees, const QString &text)
    {
        const QFontMetricsF metrics(font);
        const double width = metrics.horizontalAdvance(text);
        const QPointF baseline(-width / 2, (metrics.ascent() - metrics.descent()) / 2);
        p.save();
        p.translate(centre);
        p.rotate(angleDegrees);
        QPainterPath path;
        path.addText(baseline, font, text);
        p.strokePath(path, QPen(Land, 2.6 * m_unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setFont(font);
        p.setPen(colour);
        p.drawText(baseline, text);
        p.restore();
    }

    // The stretch of a line in the middle of its length that is straight
    // enough to carry `length` of text: its centre and angle, or nothing.
    static std::optional<std::pair<QPointF, double>> alongLine(const QPolygonF &line, double length,
                                                               double tolerance)
    {
        std::vector<double> at(size_t(line.size()), 0.0);
        for (int i = 1; i < line.size(); ++i)
            at[size_t(i)] = at[size_t(i - 1)] + QLineF(line[i - 1], line[i]).length();
        const double total = at.back();
        if (total < length * 1.1)
            return std::nullopt;
        const auto pointAt = [&](double s) {
            const auto it = std::lower_bound(at.begin(), at.end(), s);
            const size_t j = std::clamp<size_t>(size_t(it - at.begin()), 1, at.size() - 1);
            const double segment = at[j] - at[j - 1];
            const double t = segment > 0 ? (s - at[j - 1]) / segment : 0;
            return line[int(j - 1)] + (line[int(j)] - line[int(j - 1)]) * t;
        };
        const double from = total / 2 - length / 2;
        const double to = total / 2 + length / 2;
        QPointF a = pointAt(from), b = pointAt(to);
        const QLineF chord(a, b);
        for (int i = 0; i < line.size(); ++i) {
            if (at[size_t(i)] <= from || at[size_t(i)] >= to)
                continue;
            // Distance of the bend from the chord.
            const QPointF d = line[i] - a;
            const double cross =
                std::abs(d.x() * chord.dy() - d.y() * chord.dx()) / std::max(1e-9, chord.length());
            if (cross > tolerance)
                return std::nullopt;
        }
        if (a.x() > b.x())
            std::swap(a, b); // text reads left to right
        const double angle = std::atan2(b.y() - a.y(), b.x() - a.x()) * 180.0 / std::numbers::pi;
        return std::make_pair((a + b) / 2, angle);
    }

    void lineLabels(Theme theme, const QFont &font, const QColor &colour,
                    const std::function<bool(const Feature &)> &labelled)
    {
        const QFontMetricsF metrics(font);
        for (const quint32 i : m_features) {
            const Feature &f = m_data.features()[i];
            if (f.theme != theme || f.name.isEmpty() || !labelled(f))
                continue;
            const double length = metrics.horizontalAdvance(f.name) + 6 * m_unit;
            const QPolygonF *longest = nullptr;
            double longestLength = 0;
            for (const QPolygonF &part : f.parts) {
                double l = 0;
                for (int k = 1; k < part.size(); ++k)
                    l += QLineF(part[k - 1], part[k]).length();
                if (l > longestLength) {
                    longestLength = l;
                    longest = &part;
                }
            }
            if (!longest)
                continue;
            const auto placement = alongLine(surface(*longest), length, metrics.height() * 0.35);
            if (placement)
                haloText(font, colour, placement->first, placement->second, f.name);
        }
    }

    void labels()
    {
        QFont font = fonts::sans();
        if (m_zoom >= 14) {
            QFont water = font;
            water.setItalic(true);
            water.setPixelSize(qRound(10 * m_unit));
            lineLabels(Theme::Waterways, water, WaterLabel,
                       [](const Feature &f) { return f.featureClass == u"river"; });
        }
        if (m_zoom >= 15) {
            font.setPixelSize(qRound((m_zoom >= 17 ? 12 : m_zoom >= 16 ? 11 : 10) * m_unit));
            lineLabels(Theme::Roads, font, StreetLabel, [this](const Feature &f) {
                const int rank = roadRank(f.featureClass);
                return rank >= 0 && rank <= roadRank(QStringLiteral("pedestrian")) &&
                       (m_zoom >= 16 || rank <= roadRank(QStringLiteral("residential")));
            });
        }
        // District and quarter names at middle zooms, where they orient; none
        // when zoomed in, where the institution markers need the room.
        QFont place = fonts::sans();
        place.setLetterSpacing(QFont::PercentageSpacing, 108);
        for (const quint32 i : m_features) {
            const Feature &f = m_data.features()[i];
            if (f.theme != Theme::Places || f.name.isEmpty() || f.parts.isEmpty() ||
                f.parts.first().isEmpty())
                continue;
            double size = 0;
            if (f.featureClass == u"city" && m_zoom < 12)
                size = 14;
            else if ((f.featureClass == u"suburb" || f.featureClass == u"village") &&
                     m_zoom >= 11 && m_zoom < 15)
                size = 12;
            else if ((f.featureClass == u"quarter" || f.featureClass == u"neighbourhood") &&
                     m_zoom >= 13 && m_zoom < 16)
                size = 10.5;
            if (size == 0)
                continue;
            place.setPixelSize(qRound(size * m_unit));
            haloText(place, PlaceLabel, m_view.toSurface(f.parts.first().first()), 0, f.name);
        }
    }

    QPainter &p;
    const BasemapData &m_data;
    const std::vector<quint32> &m_features;
    const MapView &m_view;
    double m_zoom;
    double m_unit;
};

} // namespace

double MapView::zoom() const
{
    const double metresPerPixel = metres.width() / (size.width() / unitsPerPixel);
    return std::log2(2 * MercatorHalfWorld / (256 * metresPerPixel));
}

QPointF MapView::toSurface(const QPointF &m) const
{
    return {(m.x() - metres.left()) * size.width() / metres.width(),
            (metres.bottom() - m.y()) * size.height() / metres.height()};
}

double MapView::margin() const
{
    // Half the longest street label (about 200 px) plus the widest casing.
    return 128 * unitsPerPixel * metres.width() / size.width();
}

QColor BasemapPainter::land()
{
    return Land;
}

void BasemapPainter::paint(QPainter &painter, const BasemapData &data,
                           const std::vector<quint32> &features, const MapView &view)
{
    Drawing(painter, data, features, view).run();
}

} // namespace stadtplan::basemap
