#include "basemapprint.h"

#include "basemappainter.h"
#include "fonts.h"
#include "pdfoutput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryFile>
#include <cmath>
#include <numbers>

namespace stadtplan::basemap {

namespace {

constexpr int Dpi = PdfOutput::Dpi;

double mm(double millimetres)
{
    return millimetres * PdfOutput::UnitsPerMillimetre;
}

} // namespace

PrintResult printBasemap(const BasemapData &data, const PrintOptions &options)
{
    PrintResult result;
    QRectF area = data.clipRect();
    if (options.area.isValid()) {
        area = QRectF(toMercator({options.area.south, options.area.west}),
                      toMercator({options.area.north, options.area.east}))
                   .normalized();
    }
    PdfOutput output(options.output, options.paper, options.landscape, options.title);
    {
        QPdfWriter &pdf = output.writer();
        const QSizeF page = output.pageMillimetres();
        QPainter painter(&pdf);
        if (!painter.isActive())
            throw BasemapError(QStringLiteral("cannot start the PDF %1")
                                   .arg(QDir::toNativeSeparators(options.output)));

        // The map frame: the page less margins, a title line and a foot line,
        // shaped like the area so the scale is the same both ways.
        const double margin = 12;
        QRectF frame(margin, margin + 18, page.width() - 2 * margin,
                     page.height() - 2 * margin - 28);
        const double aspect = area.width() / area.height();
        if (frame.width() / frame.height() > aspect)
            frame.setWidth(frame.height() * aspect);
        else
            frame.setHeight(frame.width() / aspect);
        frame.moveLeft((page.width() - frame.width()) / 2);
        result.mapFrame = frame;

        QFont titleFont = fonts::sans(10, true);
        titleFont.setPixelSize(qRound(mm(7)));
        painter.setFont(titleFont);
        painter.setPen(QColor(0x1f, 0x1f, 0x1f));
        painter.drawText(QRectF(mm(margin), mm(margin), mm(page.width() - 2 * margin), mm(10)),
                         Qt::AlignLeft | Qt::AlignVCenter, options.title);

        const QRectF frameUnits(mm(frame.left()), mm(frame.top()), mm(frame.width()),
                                mm(frame.height()));
        const MapView view{area, frameUnits.size(), Dpi / 96.0 * 0.75};
        painter.save();
        painter.translate(frameUnits.topLeft());
        painter.setClipRect(QRectF(QPointF(0, 0), frameUnits.size()));
        const double m = view.margin();
        BasemapPainter::paint(painter, data, data.query(area.adjusted(-m, -m, m, m)), view);
        painter.restore();

        // The reference grid.
        PrintGrid grid;
        grid.metres = area;
        grid.columns = std::max(1, int(std::lround(frame.width() / options.cellMillimetres)));
        grid.rows = std::max(1, int(std::lround(frame.height() / options.cellMillimetres)));
        result.grid = grid;
        QFont gridFont = fonts::sans();
        gridFont.setPixelSize(qRound(mm(3.2)));
        painter.setFont(gridFont);
        painter.setPen(QPen(QColor(0x6a, 0x6a, 0x6a), mm(0.2)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(frameUnits);
        const double cw = frameUnits.width() / grid.columns, ch = frameUnits.height() / grid.rows;
        for (int c = 0; c <= grid.columns; ++c)
            painter.drawLine(QPointF(frameUnits.left() + c * cw, frameUnits.top()),
                             QPointF(frameUnits.left() + c * cw, frameUnits.bottom()));
        for (int r = 0; r <= grid.rows; ++r)
            painter.drawLine(QPointF(frameUnits.left(), frameUnits.top() + r * ch),
                             QPointF(frameUnits.right(), frameUnits.top() + r * ch));
        for (int c = 0; c < grid.columns; ++c)
            painter.drawText(
                QRectF(frameUnits.left() + c * cw, frameUnits.top() - mm(5), cw, mm(5)),
                Qt::AlignCenter, PrintGrid::columnName(c));
        for (int r = 0; r < grid.rows; ++r)
            painter.drawText(
                QRectF(frameUnits.left() - mm(7), frameUnits.top() + r * ch, mm(6), ch),
                Qt::AlignCenter, QString::number(r + 1));

        // Scale bar and attribution in the foot line. Ground distance: Web
        // Mercator metres shrink by the cosine of the latitude.
        const GeoPoint centre = fromMercator(area.center());
        const double groundPerMm =
            area.width() / frame.width() * std::cos(centre.latitude * std::numbers::pi / 180.0);
        const double footY = frame.bottom() + 6;
        drawScaleBar(painter, frame.left(), footY, groundPerMm, 40);
        painter.drawText(
            QRectF(mm(frame.left()), mm(footY - 3), mm(frame.width()), mm(6)),
            Qt::AlignRight | Qt::AlignVCenter,
            QStringLiteral("%1 · %2").arg(data.attribution(), data.builtAt().left(10)));
        result.pages = 1;

        // The street index, in columns, continued on further pages.
        result.index = streetIndex(data, grid);
        QFont indexFont = fonts::sans();
        indexFont.setPixelSize(qRound(mm(3.2)));
        const QFontMetricsF metrics(indexFont);
        const double line = metrics.height() * 1.15;
        const int columnsPerPage = page.width() > 350 ? 4 : page.width() > 250 ? 3 : 2;
        const double columnWidth = mm(page.width() - 2 * margin) / columnsPerPage;
        const double top = mm(margin + 14), bottom = mm(page.height() - margin);
        int column = columnsPerPage;
        double y = bottom;
        for (const StreetIndexEntry &entry : std::as_const(result.index)) {
            if (y + line > bottom) {
                if (++column >= columnsPerPage) {
                    pdf.newPage();
                    ++result.pages;
                    column = 0;
                    painter.setFont(titleFont);
                    painter.setPen(QColor(0x1f, 0x1f, 0x1f));
                    painter.drawText(
                        QRectF(mm(margin), mm(margin), mm(page.width() - 2 * margin), mm(10)),
                        Qt::AlignLeft | Qt::AlignVCenter, QObject::tr("Street index"));
                }
                y = top;
            }
            painter.setFont(indexFont);
            painter.setPen(QColor(0x1f, 0x1f, 0x1f));
            const double x = mm(margin) + column * columnWidth;
            const QString cellsText = entry.cells.join(QStringLiteral(", "));
            const double cellsWidth =
                std::min(metrics.horizontalAdvance(cellsText), columnWidth * 0.45);
            painter.drawText(
                QRectF(x, y, columnWidth - cellsWidth - mm(4), line),
                Qt::AlignLeft | Qt::AlignVCenter,
                metrics.elidedText(entry.name, Qt::ElideRight, columnWidth - cellsWidth - mm(4)));
            painter.drawText(QRectF(x + columnWidth - cellsWidth - mm(3), y, cellsWidth, line),
                             Qt::AlignRight | Qt::AlignVCenter,
                             metrics.elidedText(cellsText, Qt::ElideRight, cellsWidth));
            y += line;
        }
        painter.end();
    }
    output.commit();
    return result;
}

} // namespace stadtplan::basemap
