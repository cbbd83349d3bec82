#pragma once

#include <QPageSize>
#include <QSizeF>
#include <QString>
#include <QTemporaryFile>
#include <memory>
#include <optional>

class QPainter;
class QPdfWriter;

namespace stadtplan::basemap {

// A print on paper: a PDF written at 1,200 dpi to a temporary file beside
// the target and moved into place by commit(), so a failed print leaves
// nothing half-written. Throws BasemapError.
class PdfOutput
{
public:
    static constexpr int Dpi = 1200;
    static constexpr double UnitsPerMillimetre = Dpi / 25.4;

    PdfOutput(const QString &path, QPageSize::PageSizeId paper, bool landscape,
              const QString &title);
    ~PdfOutput();
    PdfOutput(const PdfOutput &) = delete;
    PdfOutput &operator=(const PdfOutput &) = delete;

    QPdfWriter &writer() { return *m_writer; }
    QSizeF pageMillimetres() const { return m_page; }
    // Finishes the PDF (the painter must have ended) and moves it into place.
    void commit();

private:
    QString m_path;
    QTemporaryFile m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    QSizeF m_page;
};

// "A4" to "A0" (any case); nothing for another name.
std::optional<QPageSize::PageSizeId> paperSize(const QString &name);

// A round ground distance (1, 2 or 5 times a power of ten) no longer than `target`.
double roundDistance(double target);

// A scale bar from `leftMm` at height `yMm` (page millimetres) for a map at
// `groundMetresPerMm`, about `targetMm` long, with its length written beside it.
void drawScaleBar(QPainter &painter, double leftMm, double yMm, double groundMetresPerMm,
                  double targetMm);

} // namespace stadtplan::basemap
