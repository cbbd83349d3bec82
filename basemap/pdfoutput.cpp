#include "pdfoutput.h"

#include "basemaperror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <cmath>

namespace stadtplan::basemap {

PdfOutput::PdfOutput(const QString &path, QPageSize::PageSizeId paper, bool landscape,
                     const QString &title)
    : m_path(path), m_file(QFileInfo(path).absoluteDir().filePath(
                        QStringLiteral(".%1.XXXXXX").arg(QFileInfo(path).fileName())))
{
    if (!m_file.open())
        throw BasemapError(QStringLiteral("cannot write into %1: %2")
                               .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()),
                                    m_file.errorString()));
    m_writer = std::make_unique<QPdfWriter>(&m_file);
    m_writer->setResolution(Dpi);
    m_writer->setPageSize(QPageSize(paper));
    m_writer->setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    m_writer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("Stadtplan"));
    m_page = m_writer->pageLayout().fullRect(QPageLayout::Millimeter).size();
}

PdfOutput::~PdfOutput() = default;

void PdfOutput::commit()
{
    m_writer.reset(); // writes the PDF's end
    m_file.close();
    QFile::remove(m_path);
    if (!m_file.rename(m_path))
        throw BasemapError(QStringLiteral("cannot move the PDF into place at %1: %2")
                               .arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
    m_file.setAutoRemove(false);
}

std::optional<QPageSize::PageSizeId> paperSize(const QString &name)
{
    static const QHash<QString, QPageSize::PageSizeId> papers{
        {QStringLiteral("A4"), QPageSize::A4},
        {QStringLiteral("A3"), QPageSize::A3},
        {QStringLiteral("A2"), QPageSize::A2},
        {QStringLiteral("A1"), QPageSize::A1},
        {QStringLiteral("A0"), QPageSize::A0}};
    const auto it = papers.constFind(name.toUpper());
    if (it == papers.cend())
        return std::nullopt;
    return *it;
}

double roundDistance(double target)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    for (const double step : {5.0, 2.0, 1.0})
        if (step * magnitude <= target)
            return step * magnitude;
    return magnitude;
}

void drawScaleBar(QPainter &painter, double leftMm, double yMm, double groundMetresPerMm,
                  double targetMm)
{
    const auto mm = [](double v) { return v * PdfOutput::UnitsPerMillimetre; };
    const double metres = roundDistance(groundMetresPerMm * targetMm);
    const double barMm = metres / groundMetresPerMm;
    painter.save();
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), mm(0.4)));
    painter.drawLine(QPointF(mm(leftMm), mm(yMm)), QPointF(mm(leftMm + barMm), mm(yMm)));
    for (const double x : {leftMm, leftMm + barMm})
        painter.drawLine(QPointF(mm(x), mm(yMm - 1.2)), QPointF(mm(x), mm(yMm + 1.2)));
    painter.drawText(QPointF(mm(leftMm + barMm + 2), mm(yMm + 1.2)),
                     metres >= 1000 ? QStringLiteral("%1 km").arg(metres / 1000)
                                    : QStringLiteral("%1 m").arg(metres));
    painter.restore();
}

} // namespace stadtplan::basemap
