#include "screenshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGeoCoordinate>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

namespace stadtplan {

Screenshot::Screenshot(QQuickWindow *window, QString file, int settleMs)
    : QObject(window), m_window(window), m_file(std::move(file)), m_settleMs(settleMs)
{
    // After the first frame the map reports its viewport (coalesced over one
    // frame) and the markers are created; the settle time covers that chain
    // and, with a tile server, the tiles' arrival.
    connect(window, &QQuickWindow::frameSwapped, this, [this] {
        if (m_scheduled)
            return;
        m_scheduled = true;
        QTimer::singleShot(m_settleMs, this, &Screenshot::capture);
    });
}

void Screenshot::capture()
{
    const QImage image = m_window->grabWindow();
    const QFileInfo target(m_file);
    QDir().mkpath(target.absolutePath());
    if (image.isNull() || !image.save(m_file, "PNG")) {
        std::fprintf(stderr, "stadtplan: cannot write the screenshot to %s\n", qPrintable(m_file));
        QCoreApplication::exit(1);
        return;
    }
    std::fprintf(stdout, "stadtplan: wrote %s (%dx%d)\n", qPrintable(target.absoluteFilePath()),
                 image.width(), image.height());
    // Where the map is in the picture and what it shows, so that a test can
    // check from the pixels that markers stand where their coordinates say.
    if (const auto *map = m_window->findChild<QQuickItem *>(QStringLiteral("cityMap"))) {
        const QRectF area = map->mapRectToScene(QRectF(0, 0, map->width(), map->height()));
        const auto center = map->property("center").value<QGeoCoordinate>();
        std::fprintf(stdout, "stadtplan: map %g %g %g %g center %.7f %.7f zoom %g\n", area.x(),
                     area.y(), area.width(), area.height(), center.latitude(), center.longitude(),
                     map->property("zoomLevel").toDouble());
    }
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace stadtplan
