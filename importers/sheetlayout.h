#pragma once

// Spreadsheets as offices make them: a title and a date above the table, a
// header over two lines (a heading over merged cells, "Anschrift" over
// "Straße", "Hausnummer", "PLZ"), a line of units under it ("[m]", "Anzahl").
// The layout is found from the sheet's first rows, and the records under the
// header are read as a table with one header line.

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

#include <gdal_priv.h>

namespace stadtplan {

struct SheetLayout
{
    int headerRow = 1;     // the sheet's row (from 1) of the header's last line
    int headerLines = 1;   // 2: a line of headings over groups of columns above it
    bool unitsRow = false; // a line of units under the header, passed over
    // The columns' names; under a group heading "Heading.Header" ("Anschrift.Straße").
    QStringList columns;

    // The sheet's row of the first record.
    int firstRecordRow() const { return headerRow + (unitsRow ? 2 : 1); }
    // The header is the first line, as a spreadsheet reader takes it anyway.
    bool plain() const { return headerRow == 1 && !unitsRow; }
    // For the report: "the header is in rows 3 to 4 (headings over groups of
    // columns joined to their columns' names); row 5 holds units and is passed over".
    QString described() const;
};

// The header found among `rows` (a sheet's first rows, as text, the first
// row first): the row whose cells name the most fields (`named` counts them
// for a row of header cells), with a line of group headings above it when
// there is one, and a line of units under it when there is one. Plain when
// no row names two fields.
SheetLayout findSheetLayout(const QList<QStringList> &rows,
                            const std::function<int(const QStringList &)> &named);

// A spreadsheet (XLSX, ODS) opened with every row as a record, no header
// taken (the first layer).
GDALDatasetUniquePtr openSheetRows(const QString &path, const QString &driver);
// A sheet's first line as GDAL took it for the header (a cell it had to name
// itself, "Field3", empty), and the first `count` records as text.
QStringList headerCells(const OGRFeatureDefn &definition);
QList<QStringList> firstRows(OGRLayer &layer, int count);

// The records under the header of `rows` (opened by openSheetRows) as a
// table in memory whose columns the layout names.
GDALDatasetUniquePtr sheetTable(OGRLayer &rows, const SheetLayout &layout);

} // namespace stadtplan
