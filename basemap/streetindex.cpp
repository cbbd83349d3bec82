#include "streetindex.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <set>

namespace stadtplan::basemap {

namespace {

// Whether the segment a–b meets the rectangle (Liang–Barsky clipping).
bool segmentMeets(QPointF a, QPointF b, const QRectF &r)
{
    double t0 = 0, t1 = 1;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

} // namespace

QString PrintGrid::columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QRectF PrintGrid::cellRect(int column, int row) const
{
    const double w = metres.width() / columns;
    const double h = metres.height() / rows;
    // Row 0 is the northern row: it lies at QRectF's bottom (largest y).
    return QRectF(metres.left() + column * w, metres.bottom() - (row + 1) * h, w, h);
}

QList<StreetIndexEntry> streetIndex(const BasemapData &data, const PrintGrid &grid)
{
    QHash<QString, std::set<std::pair<int, int>>> cells;
    const double w = grid.metres.width() / grid.columns;
    const double h = grid.metres.height() / grid.rows;
    for (const quint32 i : data.query(grid.metres)) {
        const Feature &f = data.features()[i];
        if (f.theme != Theme::Roads || f.name.isEmpty())
            continue;
        for (const QPolygonF &part : f.parts) {
            for (int k = 1; k < part.size(); ++k) {
                const QPointF a = part[k - 1], b = part[k];
                const int c0 =
                    std::max(0, int(std::floor((std::min(a.x(), b.x()) - grid.metres.left()) / w)));
                const int c1 =
                    std::min(grid.columns - 1,
                             int(std::floor((std::max(a.x(), b.x()) - grid.metres.left()) / w)));
                const int r0 = std::max(
                    0, int(std::floor((grid.metres.bottom() - std::max(a.y(), b.y())) / h)));
                const int r1 =
                    std::min(grid.rows - 1,
                             int(std::floor((grid.metres.bottom() - std::min(a.y(), b.y())) / h)));
                for (int c = c0; c <= c1; ++c)
                    for (int r = r0; r <= r1; ++r)
                        if (segmentMeets(a, b, grid.cellRect(c, r)))
                            cells[f.name].insert({c, r});
            }
        }
    }
    QList<StreetIndexEntry> index;
    for (auto it = cells.constBegin(); it != cells.constEnd(); ++it) {
        StreetIndexEntry entry{it.key(), {}};
        for (const auto &[c, r] : it.value())
            entry.cells.append(grid.cellName(c, r));
        index.append(entry);
    }
    QCollator collator{QLocale(QLocale::German, QLocale::Germany)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(index.begin(), index.end(),
              [&](const StreetIndexEntry &a, const StreetIndexEntry &b) {
                  return collator.compare(a.name, b.name) < 0;
              });
    return index;
}

} // namespace stadtplan::basemap
