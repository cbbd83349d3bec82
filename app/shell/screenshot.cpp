#include "screenshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGeoCoordinate>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QMetaProperty>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStringList>
#include <QTimer>
#include <cstdio>

namespace stadtplan {

namespace {
// What the map shows where a tile has not arrived yet, while a screenshot
// waits (a colour no tile, marker or district has).
const QColor TilePending(0xff, 0x00, 0xfe);
} // namespace

Screenshot::Screenshot(QQuickWindow *window, QString file, int timeoutMs)
    : QObject(window), m_window(window), m_file(std::move(file))
{
    m_since.start();
    m_map = window->findChild<QQuickItem *>(QStringLiteral("cityMap"));
    if (m_map) {
        // Wake up when the map says it shows its data.
        const int index = m_map->metaObject()->indexOfProperty("showsData");
        if (index >= 0) {
            const QMetaProperty property = m_map->metaObject()->property(index);
            const int slot = metaObject()->indexOfMethod("check()");
            if (property.hasNotifySignal() && slot >= 0)
                connect(m_map, property.notifySignal(), this, metaObject()->method(slot));
        }
        // Where a tile is missing, the map shows a colour no picture has.
        m_map->setProperty("tilePendingColour", TilePending);
    }
    connect(window, &QQuickWindow::frameSwapped, this, &Screenshot::check);
    QTimer::singleShot(timeoutMs, this, [this, timeoutMs] {
        if (m_done)
            return;
        std::fprintf(stderr,
                     "stadtplan: the map did not show its data (and every tile) within %d s; "
                     "the picture is saved as it is, and the run fails\n",
                     timeoutMs / 1000);
        m_timedOut = true;
        save(m_window->grabWindow());
    });
    // Made after something the picture waits for (the tile server's first
    // answer), when no frame may be due: ask for one.
    window->update();
}

bool Screenshot::showsData() const
{
    return !m_map || m_map->property("showsData").toBool();
}

bool Screenshot::tilesMissing(const QImage &image) const
{
    if (!m_map || !m_map->property("drawsTiles").toBool())
        return false;
    const qreal dpr = image.devicePixelRatio();
    const QRectF area = m_map->mapRectToScene(QRectF(0, 0, m_map->width(), m_map->height()));
    for (qreal y = area.top() + 2; y < area.bottom() - 2; y += 16)
        for (qreal x = area.left() + 2; x < area.right() - 2; x += 16)
            if (image.pixelColor(qRound(x * dpr), qRound(y * dpr)) == TilePending)
                return true;
    return false;
}

void Screenshot::check()
{
    // Out of the frame's own signal: grabbing renders a frame of its own.
    if (m_done || m_checkQueued)
        return;
    m_checkQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_checkQueued = false;
        if (m_done || !showsData())
            return;
        const QImage image = m_window->grabWindow();
        if (tilesMissing(image))
            return; // each tile that arrives draws a frame, and this looks again
        Q_EMIT firstFrameWithData(m_since.elapsed());
        save(image);
    });
}

void Screenshot::save(const QImage &image)
{
    m_done = true;
    const QFileInfo target(m_file);
    QDir().mkpath(target.absolutePath());
    if (image.isNull() || !image.save(m_file, "PNG")) {
        std::fprintf(stderr, "stadtplan: cannot write the screenshot to %s\n", qPrintable(m_file));
        QCoreApplication::exit(1);
        return;
    }
    std::fprintf(stdout, "stadtplan: wrote %s (%dx%d), the first frame with data after %lld ms\n",
                 qPrintable(target.absoluteFilePath()), image.width(), image.height(),
                 static_cast<long long>(m_since.elapsed()));
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
    // The window icon's sizes that load (each is read when first wanted).
    QStringList icons;
    const QIcon icon = QGuiApplication::windowIcon();
    for (const QSize &size : icon.availableSizes())
        if (!icon.pixmap(size).isNull())
            icons.append(QString::number(size.width()));
    std::fprintf(stdout, "stadtplan: window icon \"%s\"\n", qPrintable(icons.join(QLatin1Char(' '))));
    std::fflush(stdout);
    QCoreApplication::exit(m_timedOut ? 1 : 0);
}

} // namespace stadtplan
