#include "sheetlayout.h"

#include "importreport.h"

#include <QRegularExpression>

#include <cpl_string.h>
#include <ogrsf_frmts.h>

#include <algorithm>

namespace stadtplan {

namespace {

qsizetype filled(const QStringList &row)
{
    return std::count_if(row.cbegin(), row.cend(), [](const QString &cell) { return !cell.isEmpty(); });
}

QString cell(const QList<QStringList> &rows, int row, int column)
{
    return row >= 0 && row < rows.size() ? rows[row].value(column) : QString();
}

// A unit as the line under a header gives it: "[m]", "(Anzahl)", "in EUR", "km".
bool looksLikeUnit(const QString &text)
{
    if (text.size() > 20)
        return false;
    static const QRegularExpression bracketed(QStringLiteral("^[\\[(].*[\\])]$"));
    static const QStringList units{
        QStringLiteral("m"),     QStringLiteral("km"),    QStringLiteral("m²"),    QStringLiteral("qm"),
        QStringLiteral("ha"),    QStringLiteral("%"),     QStringLiteral("eur"),   QStringLiteral("€"),
        QStringLiteral("euro"),  QStringLiteral("anzahl"), QStringLiteral("stück"), QStringLiteral("stk"),
        QStringLiteral("jahre"), QStringLiteral("std"),   QStringLiteral("h"),     QStringLiteral("min"),
        QStringLiteral("tage"),  QStringLiteral("text"),  QStringLiteral("zahl"),  QStringLiteral("datum"),
        QStringLiteral("ja/nein"), QStringLiteral("j/n"), QStringLiteral("grad"),  QStringLiteral("°")};
    const QString t = text.toLower();
    return bracketed.match(t).hasMatch() || units.contains(t) || t.startsWith(QLatin1String("in "));
}

// A line of headings over groups of columns: two headings or more, no
// numbers (a date beside a title is not a heading), and headings that stand
// over several columns (merged cells keep their text in the first) or over
// a column the line below leaves empty (merged downwards).
bool isGroupLine(const QList<QStringList> &rows, int line, int header, int width)
{
    if (line < 0)
        return false;
    const QStringList &above = rows[line];
    if (filled(above) < 2)
        return false;
    static const QRegularExpression dateOrNumber(QStringLiteral("\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|^[\\d\\s.,:/-]+$"));
    if (std::any_of(above.cbegin(), above.cend(), [](const QString &c) { return c.contains(dateOrNumber); }))
        return false;
    for (int column = 0; column < width; ++column) {
        if (cell(rows, line, column).isEmpty())
            continue;
        const bool mergedDown = cell(rows, header, column).isEmpty();
        const bool spans = column + 1 < width && cell(rows, line, column + 1).isEmpty()
            && !cell(rows, header, column + 1).isEmpty();
        if (mergedDown || spans)
            return true;
    }
    return false;
}
} // namespace

QString SheetLayout::described() const
{
    QString text = headerLines == 2 ? ImportReport::tr("the header is in rows %1 to %2 (headings over groups of "
                                                       "columns are joined to their columns' names)")
                                          .arg(headerRow - 1)
                                          .arg(headerRow)
                                    : ImportReport::tr("the header is in row %1").arg(headerRow);
    if (headerRow - headerLines > 0)
        text += headerRow - headerLines == 1
            ? ImportReport::tr("; row 1 above it is passed over")
            : ImportReport::tr("; rows 1 to %1 above it are passed over").arg(headerRow - headerLines);
    if (unitsRow)
        text += ImportReport::tr("; row %1 holds units and is passed over").arg(headerRow + 1);
    return text + ImportReport::tr("; the records begin in row %1").arg(firstRecordRow());
}

namespace {
// The columns' names with the header in `header` and, when `grouped`, the
// headings in the line above: a heading stands over its column and the
// empty cells to its right (merged), as long as those have headers of their own.
QStringList columnNames(const QList<QStringList> &rows, int header, bool grouped, int width)
{
    QStringList names;
    QString heading;
    for (int column = 0; column < width; ++column) {
        const QString below = cell(rows, header, column);
        QString top;
        if (grouped) {
            const QString own = cell(rows, header - 1, column);
            if (!own.isEmpty())
                heading = below.isEmpty() ? QString() : own;
            else if (below.isEmpty())
                heading.clear();
            top = own.isEmpty() ? heading : own;
        }
        const QString joined = top.isEmpty()   ? below
                             : below.isEmpty() ? top
                                               : top + QLatin1Char('.') + below;
        // A column without a header is named as GDAL names it.
        QString name = joined.isEmpty() ? QStringLiteral("Field%1").arg(column + 1) : joined;
        for (int k = 2; names.contains(name); ++k)
            name = joined + QStringLiteral(" (%1)").arg(k);
        names.append(name);
    }
    return names;
}
} // namespace

SheetLayout findSheetLayout(const QList<QStringList> &rows,
                            const std::function<int(const QStringList &)> &named)
{
    SheetLayout layout;
    layout.columns = rows.value(0);
    int width = 0;
    for (const QStringList &row : rows)
        width = std::max(width, int(row.size()));
    // Each row taken as the header, with the line above it as its headings
    // where that line is one: the one whose names name the most fields.
    int best = -1;
    int bestNamed = 1; // a header names two fields at least
    for (int row = 0; row < rows.size(); ++row) {
        if (filled(rows[row]) < 2)
            continue;
        const bool grouped = isGroupLine(rows, row - 1, row, width);
        const QStringList names = columnNames(rows, row, grouped, width);
        if (const int n = named(names); n > bestNamed) {
            best = row;
            bestNamed = n;
            layout.headerLines = grouped ? 2 : 1;
            layout.columns = names;
        }
    }
    if (best < 0)
        return layout;
    layout.headerRow = best + 1;
    const QStringList under = rows.value(best + 1);
    layout.unitsRow = filled(under) > 0 && std::all_of(under.cbegin(), under.cend(), [](const QString &c) {
                          return c.isEmpty() || looksLikeUnit(c);
                      });
    return layout;
}

GDALDatasetUniquePtr openSheetRows(const QString &path, const QString &driver)
{
    CPLStringList options;
    options.AddNameValue("HEADERS", "DISABLE");
    options.AddNameValue("FIELD_TYPES", "STRING");
    const QByteArray name = driver.toLatin1();
    const char *const allowed[] = {name.constData(), nullptr};
    return GDALDatasetUniquePtr(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                  allowed, options.List()));
}

namespace {
// A cell's text, trimmed, a line break in it (Alt+Enter in a header) a space.
QString text(const OGRFeature &f, int index)
{
    if (!f.IsFieldSetAndNotNull(index))
        return {};
    return QString::fromUtf8(f.GetFieldAsString(index)).simplified();
}
} // namespace

QStringList headerCells(const OGRFeatureDefn &definition)
{
    QStringList cells;
    for (int k = 0; k < definition.GetFieldCount(); ++k) {
        const QString name = QString::fromUtf8(definition.GetFieldDefn(k)->GetNameRef()).simplified();
        cells.append(name == QStringLiteral("Field%1").arg(k + 1) ? QString() : name);
    }
    while (!cells.isEmpty() && cells.constLast().isEmpty())
        cells.removeLast();
    return cells;
}

QList<QStringList> firstRows(OGRLayer &layer, int count)
{
    QList<QStringList> rows;
    layer.ResetReading();
    const int width = layer.GetLayerDefn()->GetFieldCount();
    while (rows.size() < count) {
        const OGRFeatureUniquePtr f(layer.GetNextFeature());
        if (!f)
            break;
        QStringList row;
        for (int k = 0; k < width; ++k)
            row.append(text(*f, k));
        while (!row.isEmpty() && row.constLast().isEmpty())
            row.removeLast();
        rows.append(row);
    }
    layer.ResetReading();
    return rows;
}

GDALDatasetUniquePtr sheetTable(OGRLayer &rows, const SheetLayout &layout)
{
    GDALDriver *memory = GetGDALDriverManager()->GetDriverByName("Memory");
    if (!memory)
        memory = GetGDALDriverManager()->GetDriverByName("MEM");
    if (!memory)
        return nullptr;
    GDALDatasetUniquePtr table(memory->Create("", 0, 0, 0, GDT_Unknown, nullptr));
    if (!table)
        return nullptr;
    OGRLayer *layer = table->CreateLayer("sheet", nullptr, wkbNone, nullptr);
    if (!layer)
        return nullptr;
    for (const QString &column : layout.columns) {
        OGRFieldDefn field(column.toUtf8().constData(), OFTString);
        if (layer->CreateField(&field) != OGRERR_NONE)
            return nullptr;
    }
    const int width = std::min(int(layout.columns.size()), rows.GetLayerDefn()->GetFieldCount());
    rows.ResetReading();
    int row = 0;
    for (const auto &f : rows) {
        if (++row < layout.firstRecordRow())
            continue;
        OGRFeature record(layer->GetLayerDefn());
        for (int k = 0; k < width; ++k)
            if (f->IsFieldSetAndNotNull(k))
                record.SetField(k, f->GetFieldAsString(k)); // the bytes as they are: the import recodes
        if (layer->CreateFeature(&record) != OGRERR_NONE)
            return nullptr;
    }
    return table;
}

} // namespace stadtplan
