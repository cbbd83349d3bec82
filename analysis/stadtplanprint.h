#pragma once

#include "area.h"
#include "institution.h"
#include "streetindex.h"
#include "taxonomy.h"

#include <QPageSize>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace stadtplan {

struct StadtplanOptions
{
    QString output; // the PDF
    QPageSize::PageSizeId paper = QPageSize::A3;
    bool landscape = false;
    QStringList focus; // only institutions offering one of these; empty: all
    QString area;      // only institutions in this area (name or id); the map shows it
    QString title;     // e.g. "Stadtplan Bielefeld"
    QString language = QStringLiteral("de"); // of the labels: de or en
    QString date;                            // printed as the date of the data; empty: today
    QString attribution;                     // the basemap's credit, when there is a basemap
    QString
        dataNote; // the store's note on its data (e.g. that it is demo data), printed in the foot
};

// Where each institution was printed.
struct PrintedInstitution
{
    int number = 0;
    QString institutionId;
    QString name;
    QString focus;    // the group it is listed under (its first focus area)
    QString cell;     // the grid cell of its marker, e.g. "C4"
    QPointF markerMm; // the marker's centre on the first page, in millimetres from the top left
};

struct StadtplanResult
{
    basemap::PrintGrid grid;
    QRectF mapFrameMm;
    QSizeF pageMm;
    int pages = 0;
    QList<PrintedInstitution> institutions;
};

// The printed Stadtplan: the first page a map (the basemap when the store has
// one, the areas' outlines, numbered markers coloured by focus area, a
// lettered and numbered grid, a legend, a scale bar, the attribution, a title
// and the date); the following pages the directory of every institution on
// the map, grouped by focus area, each with its number, grid cell, name,
// Träger, address, phone and hours. A vector PDF through QPdfWriter: text
// stays text, markers stay vectors, fonts are embedded; names in right-to-
// left scripts are laid out by Qt's text engine. Written to a temporary
// file and moved into place. Throws AnalysisError.
StadtplanResult printStadtplan(const QString &store, const QList<Institution> &institutions,
                               const QList<Area> &areas, const Taxonomy &taxonomy,
                               const StadtplanOptions &options);

} // namespace stadtplan
