#include "stadtplanprint.h"

#include "basemapdata.h"
#include "basemappainter.h"
#include "clock.h"
#include "coverage.h"
#include "gdalsupport.h"
#include "pdfoutput.h"
#include "printmap.h"

#include <QCollator>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTemporaryFile>
#include <cmath>
#include <numbers>
#include <optional>

namespace stadtplan {

namespace {

constexpr double UnitsPerMm = basemap::PdfOutput::UnitsPerMillimetre;
using printmap::font;
using printmap::mm;

QString word(const QString &language, const char *german, const char *english)
{
    return language == u"de" ? QString::fromUtf8(german) : QString::fromUtf8(english);
}

} // namespace

StadtplanResult printStadtplan(const QString &store, const QList<Institution> &institutions,
                               const QList<Area> &areas, const Taxonomy &taxonomy,
                               const StadtplanOptions &options)
{
    using namespace basemap;
    StadtplanResult result;
    const QString language = options.language;

    // What to print: institutions with a position, offering a chosen focus
    // area, inside the chosen area.
    std::optional<Area> area;
    if (!options.area.isEmpty()) {
        QStringList names;
        for (const Area &a : areas) {
            if (a.id == options.area || a.name.compare(options.area, Qt::CaseInsensitive) == 0)
                area = a;
            names.append(a.name);
        }
        if (!area)
            throw AnalysisError(QStringLiteral("--area %1: no such area; the store has: %2")
                                    .arg(options.area, names.isEmpty()
                                                           ? QStringLiteral("none")
                                                           : names.join(QStringLiteral(", "))));
    }
    // The same test the analyses use: GEOS through OGR, holes outside.
    std::unique_ptr<OGRMultiPolygon> areaShape;
    if (area)
        areaShape = std::make_unique<OGRMultiPolygon>(gdal::toMultiPolygon(area->polygons));
    struct Chosen
    {
        const Institution *institution;
        QString focus;
    };
    QList<Chosen> chosen;
    for (const Institution &institution : institutions) {
        if (!institution.position.isValid())
            continue;
        QStringList focus;
        for (const QString &f : institution.focusAreas())
            if (options.focus.isEmpty() || options.focus.contains(f))
                focus.append(f);
        if (focus.isEmpty())
            continue;
        if (area) {
            const OGRPoint point(institution.position.longitude, institution.position.latitude);
            if (!areaShape->Contains(&point))
                continue;
        }
        chosen.append({&institution, focus.first()});
    }
    if (chosen.isEmpty())
        throw AnalysisError(
            QStringLiteral("no institution with a position matches; nothing to print"));

    // Numbers run through the directory: focus areas in the taxonomy's
    // order, names in German alphabetical order within each.
    QHash<QString, int> focusOrder;
    for (qsizetype i = 0; i < taxonomy.focusAreas().size(); ++i)
        focusOrder.insert(taxonomy.focusAreas()[i].id, int(i));
    QCollator collator{QLocale(QLocale::German, QLocale::Germany)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(chosen.begin(), chosen.end(), [&](const Chosen &a, const Chosen &b) {
        const int fa = focusOrder.value(a.focus, 9999), fb = focusOrder.value(b.focus, 9999);
        if (fa != fb)
            return fa < fb;
        return collator.compare(a.institution->name, b.institution->name) < 0;
    });

    // The map's extent in Web Mercator: the area, or the institutions with a margin.
    // At least a neighbourhood (3 km of Web Mercator), with a margin.
    QList<GeoPoint> corners;
    if (area) {
        const GeoBox b = area->boundingBox();
        corners = {{b.south, b.west}, {b.north, b.east}};
    } else {
        for (const Chosen &c : chosen)
            corners.append(c.institution->position);
    }
    QRectF extent = printmap::extentAround(corners, 3000, 0.06);
    const std::optional<BasemapData> basemapData = printmap::loadBasemap(store);

    // The PDF: moved into place only when complete.
    const std::unique_ptr<PdfOutput> output =
        printmap::openPdf(options.output, options.paper, options.landscape, options.title);
    {
        QPdfWriter &pdf = output->writer();
        const QSizeF page = output->pageMillimetres();
        result.pageMm = page;
        // Text grows with the paper, so an A0 poster reads from a step away.
        const double scale =
            std::sqrt(std::max(1.0, page.width() * page.height() / (297.0 * 420.0)));
        QPainter painter(&pdf);
        if (!painter.isActive())
            throw AnalysisError(QStringLiteral("cannot start the PDF %1")
                                    .arg(QDir::toNativeSeparators(options.output)));

        const double margin = 12 * std::sqrt(scale);
        const QString date = options.date.isEmpty() ? QLocale(QLocale::German)
                                                          .toString(clock::today(),
                                                                    QStringLiteral("d. MMMM yyyy"))
                                                    : options.date;
        painter.setPen(QColor(0x1f, 0x1f, 0x1f));
        painter.setFont(font(7 * scale, true));
        painter.drawText(
            QRectF(mm(margin), mm(margin), mm(page.width() - 2 * margin), mm(10 * scale)),
            Qt::AlignLeft | Qt::AlignVCenter, options.title);
        painter.setFont(font(3.4 * scale));
        painter.drawText(
            QRectF(mm(margin), mm(margin), mm(page.width() - 2 * margin), mm(10 * scale)),
            Qt::AlignRight | Qt::AlignVCenter,
            word(language, "Integrationsangebote · Stand %1", "Integration services · as of %1")
                .arg(date));

        // Legend below the map: one entry per focus area shown, wrapped in rows.
        QStringList shownFocus;
        QHash<QString, int> focusCounts;
        for (const Chosen &c : chosen) {
            if (!shownFocus.contains(c.focus))
                shownFocus.append(c.focus);
            ++focusCounts[c.focus];
        }
        const QFont legendFont = font(3.2 * scale);
        const QFontMetricsF legendMetrics(legendFont);
        const double legendRow = 6 * scale;
        double rowWidth = 0;
        int legendRows = 1;
        QList<QPair<QString, QRectF>> legendItems;
        for (const QString &f : shownFocus) {
            const FocusArea *fa = taxonomy.focusArea(f);
            const QString label = QStringLiteral("%1 (%2)")
                                      .arg(fa ? fa->label.text(language) : f)
                                      .arg(focusCounts.value(f));
            const double width =
                6 * scale + legendMetrics.horizontalAdvance(label) / UnitsPerMm + 6 * scale;
            if (rowWidth + width > page.width() - 2 * margin) {
                ++legendRows;
                rowWidth = 0;
            }
            legendItems.append(
                {label, QRectF(rowWidth, (legendRows - 1) * legendRow, width, legendRow)});
            rowWidth += width;
        }
        const double foot =
            legendRows * legendRow + 12 * scale + (options.dataNote.isEmpty() ? 0 : 2 * legendRow);

        // The map frame: the page less title and foot; the extent grows to its shape.
        const QRectF frame(margin + 6 * scale, margin + 20 * scale,
                           page.width() - 2 * margin - 6 * scale,
                           page.height() - 2 * margin - 20 * scale - foot);
        result.mapFrameMm = frame;
        const MapView view = printmap::drawMap(painter, frame, extent, basemapData, areas,
                                               area ? area->id : QString(), scale);
        const QRectF frameUnits(mm(frame.left()), mm(frame.top()), mm(frame.width()),
                                mm(frame.height()));
        const auto toPage = [&](const GeoPoint &p) { return printmap::toPage(view, frame, p); };

        // The reference grid.
        basemap::PrintGrid grid;
        grid.metres = extent;
        const double cell = 40 * scale;
        grid.columns = std::clamp(int(std::lround(frame.width() / cell)), 1, 52);
        grid.rows = std::clamp(int(std::lround(frame.height() / cell)), 1, 99);
        result.grid = grid;
        painter.setPen(QPen(QColor(0x6a, 0x6a, 0x6a), mm(0.2)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(frameUnits);
        const double cw = frameUnits.width() / grid.columns, ch = frameUnits.height() / grid.rows;
        for (int c = 1; c < grid.columns; ++c)
            painter.drawLine(QPointF(frameUnits.left() + c * cw, frameUnits.top()),
                             QPointF(frameUnits.left() + c * cw, frameUnits.bottom()));
        for (int r = 1; r < grid.rows; ++r)
            painter.drawLine(QPointF(frameUnits.left(), frameUnits.top() + r * ch),
                             QPointF(frameUnits.right(), frameUnits.top() + r * ch));
        painter.setFont(font(3.4 * scale));
        for (int c = 0; c < grid.columns; ++c)
            painter.drawText(QRectF(frameUnits.left() + c * cw, frameUnits.top() - mm(5 * scale),
                                    cw, mm(5 * scale)),
                             Qt::AlignCenter, basemap::PrintGrid::columnName(c));
        for (int r = 0; r < grid.rows; ++r)
            painter.drawText(QRectF(frameUnits.left() - mm(6 * scale), frameUnits.top() + r * ch,
                                    mm(5 * scale), ch),
                             Qt::AlignCenter, QString::number(r + 1));

        // Numbered markers, coloured by focus area. Markers that would cover
        // each other move aside on a small spiral; the grid cell is where the
        // marker is printed.
        const double radius = 2.4 * std::sqrt(scale);
        QList<QPointF> placed;
        const QFont numberFont = font(2.5 * std::sqrt(scale), true);
        for (qsizetype i = 0; i < chosen.size(); ++i) {
            const Chosen &c = chosen[i];
            const QPointF at =
                printmap::placeMarker(placed, toPage(c.institution->position), radius, frame);
            const FocusArea *fa = taxonomy.focusArea(c.focus);
            printmap::drawNumberedMarker(painter, at, radius,
                                         QColor(fa ? fa->colour : QStringLiteral("#555555")),
                                         int(i + 1), numberFont);
            const int column = std::clamp(
                int((at.x() - frame.left()) / (frame.width() / grid.columns)), 0, grid.columns - 1);
            const int row = std::clamp(int((at.y() - frame.top()) / (frame.height() / grid.rows)),
                                       0, grid.rows - 1);
            result.institutions.append({int(i + 1), c.institution->id, c.institution->name, c.focus,
                                        grid.cellName(column, row), at});
        }

        // Foot: scale bar, attribution, legend.
        const GeoPoint centre = fromMercator(extent.center());
        const double groundPerMm =
            extent.width() / frame.width() * std::cos(centre.latitude * std::numbers::pi / 180.0);
        const double footY = frame.bottom() + 6 * scale;
        painter.setFont(font(3 * scale));
        drawScaleBar(painter, frame.left(), footY, groundPerMm, 40 * scale);
        const QString credit =
            basemapData
                ? (options.attribution.isEmpty() ? basemapData->attribution() : options.attribution)
                : word(language, "ohne Basiskarte", "no basemap");
        painter.drawText(
            QRectF(mm(frame.left()), mm(footY - 3 * scale), mm(frame.width()), mm(6 * scale)),
            Qt::AlignRight | Qt::AlignVCenter, credit);
        const double legendTop = footY + 5 * scale;
        painter.setFont(legendFont);
        for (qsizetype k = 0; k < legendItems.size(); ++k) {
            const QRectF r = legendItems[k].second.translated(margin, legendTop);
            const FocusArea *fa = taxonomy.focusArea(shownFocus[k]);
            painter.setPen(QPen(Qt::white, mm(0.3)));
            painter.setBrush(QColor(fa ? fa->colour : QStringLiteral("#555555")));
            painter.drawEllipse(QPointF(mm(r.left() + 2.5 * scale), mm(r.center().y())),
                                mm(2 * scale), mm(2 * scale));
            painter.setPen(QColor(0x1f, 0x1f, 0x1f));
            painter.drawText(
                QRectF(mm(r.left() + 6 * scale), mm(r.top()), mm(r.width()), mm(r.height())),
                Qt::AlignLeft | Qt::AlignVCenter, legendItems[k].first);
        }
        if (!options.dataNote.isEmpty()) {
            // The note on the data (e.g. that it is demo data), wrapped over up to two lines.
            painter.setPen(QColor(0x4d, 0x3b, 0x00));
            painter.setFont(font(3 * scale, true));
            painter.drawText(QRectF(mm(margin), mm(legendTop + legendRows * legendRow),
                                    mm(page.width() - 2 * margin), mm(2 * legendRow)),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, options.dataNote);
        }
        result.pages = 1;

        // The directory, in columns, grouped by focus area.
        const int columns = page.width() > 500 ? 4 : page.width() > 250 ? 3 : 2;
        const double gap = 6 * scale;
        const double columnWidth = (page.width() - 2 * margin - (columns - 1) * gap) / columns;
        const double top = margin + 14 * scale, bottom = page.height() - margin;
        const QFont nameFont = font(3.2 * scale, true), textFont = font(2.9 * scale),
                    headFont = font(3.8 * scale, true);
        // A line is 1.33 times the text's size: set by the page, not by the
        // font's own metrics (Noto Sans reserves room for stacked accents).
        const double line = 2.9 * scale * 1.33;
        int column = columns;
        double y = bottom;
        const auto newColumn = [&] {
            if (++column >= columns) {
                pdf.newPage();
                ++result.pages;
                column = 0;
                painter.setPen(QColor(0x1f, 0x1f, 0x1f));
                painter.setFont(font(6 * scale, true));
                painter.drawText(
                    QRectF(mm(margin), mm(margin), mm(page.width() - 2 * margin), mm(10 * scale)),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    word(language, "Verzeichnis der Einrichtungen", "Directory of institutions"));
            }
            y = top;
        };
        const auto textLine = [&](const QFont &f, const QString &text, double indent) {
            painter.setFont(f);
            const QFontMetricsF metrics(f);
            const double x = margin + column * (columnWidth + gap) + indent;
            painter.drawText(QRectF(mm(x), mm(y), mm(columnWidth - indent), mm(line)),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(text, Qt::ElideRight, mm(columnWidth - indent)));
            y += line;
        };
        QString currentFocus;
        for (qsizetype i = 0; i < chosen.size(); ++i) {
            const Institution &inst = *chosen[i].institution;
            const PrintedInstitution &printed = result.institutions[i];
            QStringList lines;
            if (!inst.organisation.name.isEmpty())
                lines.append(inst.organisation.name);
            lines.append(inst.positionSource == PositionSource::Estimated
                             ? word(language, "%1 · Lage geschätzt", "%1 · position estimated")
                                   .arg(inst.address.oneLine())
                             : inst.address.oneLine());
            QStringList phones, hours;
            for (const Service &s : inst.services) {
                if (!s.contact.phone.isEmpty() && !phones.contains(s.contact.phone))
                    phones.append(s.contact.phone);
                if (!s.openingHours.isEmpty() && !hours.contains(s.openingHours))
                    hours.append(s.openingHours);
            }
            lines.append(
                phones.isEmpty()
                    ? word(language, "Telefon unbekannt", "Phone unknown")
                    : word(language, "Tel. %1", "Phone %1").arg(phones.join(QStringLiteral(", "))));
            lines.append(hours.isEmpty()
                             ? word(language, "Öffnungszeiten unbekannt", "Hours unknown")
                             : hours.join(QStringLiteral("; ")));
            const bool heading = chosen[i].focus != currentFocus;
            const double needed = (heading ? line * 2 : 0) + line * (1 + lines.size()) + line * 0.5;
            if (y + needed > bottom)
                newColumn();
            if (heading) {
                currentFocus = chosen[i].focus;
                const FocusArea *fa = taxonomy.focusArea(currentFocus);
                const double x = margin + column * (columnWidth + gap);
                painter.fillRect(QRectF(mm(x), mm(y + line * 0.2), mm(columnWidth), mm(line * 1.4)),
                                 QColor(fa ? fa->colour : QStringLiteral("#555555")));
                painter.setPen(Qt::white);
                painter.setFont(headFont);
                painter.drawText(
                    QRectF(mm(x + 1.5), mm(y + line * 0.2), mm(columnWidth - 3), mm(line * 1.4)),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetricsF(headFont).elidedText(fa ? fa->label.text(language) : currentFocus,
                                                       Qt::ElideRight, mm(columnWidth - 3)));
                y += line * 2;
            }
            painter.setPen(QColor(0x1f, 0x1f, 0x1f));
            textLine(nameFont,
                     QStringLiteral("%1  %2  %3").arg(printed.number).arg(printed.cell, inst.name),
                     0);
            painter.setPen(QColor(0x45, 0x45, 0x45));
            for (const QString &l : std::as_const(lines))
                textLine(textFont, l, 4 * scale);
            y += line * 0.5;
        }
        painter.end();
    }
    printmap::commitPdf(*output);
    return result;
}

} // namespace stadtplan
