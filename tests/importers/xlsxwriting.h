#pragma once

// Writes a one-sheet XLSX the way an office's spreadsheet program saves one
// (shared strings, numbers as numbers, merged cells, empty rows left out of
// the file), with what GDAL's XLSX writer cannot make: a title above the
// table, a header over two lines, a line of units.

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <cpl_vsi.h>

namespace stadtplan::test {

namespace xlsx {
inline QString escaped(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&amp;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;"));
}
inline QString columnName(int column)
{
    QString name;
    for (++column; column > 0; column = (column - 1) / 26)
        name.prepend(QChar(u'A' + (column - 1) % 26));
    return name;
}
inline bool put(const QString &zip, const char *member, const QString &content)
{
    const QByteArray path = (QStringLiteral("/vsizip/") + zip + QLatin1Char('/') + QLatin1String(member)).toUtf8();
    VSILFILE *file = VSIFOpenL(path.constData(), "wb");
    if (!file)
        return false;
    const QByteArray bytes = content.toUtf8();
    const bool written = VSIFWriteL(bytes.constData(), 1, size_t(bytes.size()), file) == size_t(bytes.size());
    return VSIFCloseL(file) == 0 && written;
}
} // namespace xlsx

// `rows` from row 1; an empty row is left out of the file as Excel does.
// `merged` as Excel writes it ("C2:E2"). A cell that is a plain number is
// written as a number.
inline bool writeXlsx(const QString &path, const QList<QStringList> &rows, const QStringList &merged = {})
{
    using namespace xlsx;
    QFile::remove(path);
    const QString ns = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
    const QString rel = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    QStringList strings;
    QString sheet = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"")
        + ns + QStringLiteral("\"><sheetData>");
    for (int r = 0; r < rows.size(); ++r) {
        if (std::all_of(rows[r].cbegin(), rows[r].cend(), [](const QString &c) { return c.isEmpty(); }))
            continue;
        sheet += QStringLiteral("<row r=\"%1\">").arg(r + 1);
        for (int c = 0; c < rows[r].size(); ++c) {
            const QString &value = rows[r][c];
            if (value.isEmpty())
                continue;
            const QString ref = columnName(c) + QString::number(r + 1);
            bool number = false;
            value.toDouble(&number);
            if (number && !value.startsWith(QLatin1Char('0'))) {
                sheet += QStringLiteral("<c r=\"%1\"><v>%2</v></c>").arg(ref, value);
            } else {
                qsizetype index = strings.indexOf(value);
                if (index < 0) {
                    index = strings.size();
                    strings.append(value);
                }
                sheet += QStringLiteral("<c r=\"%1\" t=\"s\"><v>%2</v></c>").arg(ref).arg(index);
            }
        }
        sheet += QStringLiteral("</row>");
    }
    sheet += QStringLiteral("</sheetData>");
    if (!merged.isEmpty()) {
        sheet += QStringLiteral("<mergeCells count=\"%1\">").arg(merged.size());
        for (const QString &range : merged)
            sheet += QStringLiteral("<mergeCell ref=\"%1\"/>").arg(range);
        sheet += QStringLiteral("</mergeCells>");
    }
    sheet += QStringLiteral("</worksheet>");
    QString shared = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"")
        + ns + QStringLiteral("\" count=\"%1\" uniqueCount=\"%1\">").arg(strings.size());
    for (const QString &s : std::as_const(strings))
        shared += QStringLiteral("<si><t xml:space=\"preserve\">") + escaped(s) + QStringLiteral("</t></si>");
    shared += QStringLiteral("</sst>");
    const QString pkg = QStringLiteral("http://schemas.openxmlformats.org/package/2006/");
    const QString office = QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.");
    return put(path, "[Content_Types].xml",
               QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"") + pkg
                   + QStringLiteral("content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                                    "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                                    "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" "
                                    "ContentType=\"") + office
                   + QStringLiteral("sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"")
                   + office + QStringLiteral("worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"")
                   + office + QStringLiteral("sharedStrings+xml\"/></Types>"))
        && put(path, "_rels/.rels",
               QStringLiteral("<Relationships xmlns=\"") + pkg + QStringLiteral("relationships\"><Relationship Id=\"rId1\" "
                                                                                "Type=\"") + rel
                   + QStringLiteral("/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"))
        && put(path, "xl/workbook.xml",
               QStringLiteral("<workbook xmlns=\"") + ns + QStringLiteral("\" xmlns:r=\"") + rel
                   + QStringLiteral("\"><sheets><sheet name=\"Liste\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"))
        && put(path, "xl/_rels/workbook.xml.rels",
               QStringLiteral("<Relationships xmlns=\"") + pkg + QStringLiteral("relationships\"><Relationship Id=\"rId1\" "
                                                                                "Type=\"") + rel
                   + QStringLiteral("/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"")
                   + rel + QStringLiteral("/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"))
        && put(path, "xl/sharedStrings.xml", shared) && put(path, "xl/worksheets/sheet1.xml", sheet);
}

} // namespace stadtplan::test
