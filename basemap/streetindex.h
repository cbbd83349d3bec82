#pragma once

#include "basemapdata.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace stadtplan::basemap {

// A printed map's reference grid: columns lettered A, B, C ... from the
// west, rows numbered 1, 2, 3 ... from the north.
struct PrintGrid
{
    QRectF metres; // Web Mercator, QRectF's top is the southern edge
    int columns = 1;
    int rows = 1;

    static QString columnName(int column); // 0 → "A", 25 → "Z", 26 → "AA"
    QString cellName(int column, int row) const
    {
        return columnName(column) + QString::number(row + 1);
    }
    QRectF cellRect(int column, int row) const;
};

struct StreetIndexEntry
{
    QString name;
    QStringList cells; // ordered by column, then row: "B3", "B4", "C3"
};

// Every named street of the basemap inside the grid, with the cells its line
// passes through (exactly, segment by cell), sorted by name as a German
// street index sorts (umlauts with their base letters, case ignored).
QList<StreetIndexEntry> streetIndex(const BasemapData &data, const PrintGrid &grid);

} // namespace stadtplan::basemap
