#include "screenshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGeoCoordinate>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStringList>
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
    // Made after something the picture waits for (the tile server's first
    // answer), when no frame may be due: ask for one.
    window->update();
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
    // What the map's corner credits and what it says when no tiles show.
    const auto shownText = [this](const char *name) {
        const auto *item = m_window->findChild<QQuickItem *>(QLatin1String(name));
        return item && item->isVisible() ? item->property("text").toString() : QString();
    };
    std::fprintf(stdout, "stadtplan: attribution \"%s\"\n", qPrintable(shownText("attribution")));
    std::fprintf(stdout, "stadtplan: basemap message \"%s\"\n", qPrintable(shownText("basemapMessageText")));
    // The district names on the map (drawn when no tiles show), in the
    // item tree, where the map keeps its items.
    QStringList districts;
    QList<QQuickItem *> items{m_window->contentItem()};
    while (!items.isEmpty()) {
        QQuickItem *item = items.takeLast();
        if (!item->isVisible())
            continue;
        if (item->objectName() == u"districtName")
            districts.append(item->property("text").toString());
        items.append(item->childItems());
    }
    districts.sort();
    std::fprintf(stdout, "stadtplan: district names \"%s\"\n", qPrintable(districts.join(QLatin1Char(';'))));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace stadtplan
