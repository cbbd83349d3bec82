#include "tileset.h"

#include "basemappainter.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <atomic>
#include <cmath>
#include <mutex>
#include <thread>

namespace stadtplan::basemap {

namespace {

constexpr int TilePixels = 256;

QString keyText(const TileKey &key)
{
    return QStringLiteral("%1/%2/%3").arg(key.z).arg(key.x).arg(key.y);
}

QString hashText(quint64 hash)
{
    return QStringLiteral("%1").arg(hash, 16, 16, QLatin1Char('0'));
}

MapView tileView(const TileKey &key)
{
    return MapView{tileRect(key), QSizeF(TilePixels, TilePixels), 1.0};
}

std::vector<quint32> tileFeatures(const BasemapData &data, const TileKey &key)
{
    const MapView view = tileView(key);
    const double m = view.margin();
    return data.query(view.metres.adjusted(-m, -m, m, m));
}

QByteArray encode(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

QRectF tileRect(const TileKey &key)
{
    const double size = 2 * MercatorHalfWorld / double(1 << key.z);
    const double west = -MercatorHalfWorld + key.x * size;
    const double north = MercatorHalfWorld - key.y * size;
    return QRectF(west, north - size, size, size);
}

TileKey tileAt(const GeoPoint &point, int z)
{
    const QPointF m = toMercator(point);
    const double size = 2 * MercatorHalfWorld / double(1 << z);
    const int last = (1 << z) - 1;
    return {z, std::clamp(int(std::floor((m.x() + MercatorHalfWorld) / size)), 0, last),
            std::clamp(int(std::floor((MercatorHalfWorld - m.y()) / size)), 0, last)};
}

QString tileFolderFor(const QString &store)
{
    if (store.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive)) {
        return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
            .filePath(QStringLiteral("basemap-tiles"));
    }
    const QFileInfo file(store);
    return file.absoluteDir().filePath(file.completeBaseName() + QStringLiteral("-tiles"));
}

std::optional<TileFolder> readTileFolder(const QString &directory)
{
    QFile file(QDir(directory).filePath(QLatin1String(TileManifest)));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray bounds = manifest.value(QLatin1String("bounds")).toArray();
    TileFolder folder{QDir(directory).absolutePath(),
                      manifest.value(QLatin1String("minimumZoom")).toInt(-1),
                      manifest.value(QLatin1String("maximumZoom")).toInt(-1),
                      manifest.value(QLatin1String("attribution")).toString(),
                      manifest.value(QLatin1String("dataDate")).toString(),
                      GeoBox{bounds.at(0).toDouble(), bounds.at(1).toDouble(),
                             bounds.at(2).toDouble(), bounds.at(3).toDouble()}};
    if (folder.minimumZoom < 0 || folder.maximumZoom < folder.minimumZoom ||
        !folder.bounds.isValid())
        return std::nullopt;
    return folder;
}

QString tileFileName(const TileKey &key)
{
    return QStringLiteral("osm_100-l-8-%1-%2-%3.png").arg(key.z).arg(key.x).arg(key.y);
}

std::vector<TileKey> planTiles(const QRectF &metres, int minimumZoom, int maximumZoom)
{
    std::vector<TileKey> tiles;
    const GeoPoint sw = fromMercator(QPointF(metres.left(), metres.top()));
    const GeoPoint ne = fromMercator(QPointF(metres.right(), metres.bottom()));
    for (int z = minimumZoom; z <= maximumZoom; ++z) {
        const TileKey a = tileAt({ne.latitude, sw.longitude}, z);
        const TileKey b = tileAt({sw.latitude, ne.longitude}, z);
        for (int y = a.y; y <= b.y; ++y)
            for (int x = a.x; x <= b.x; ++x)
                tiles.push_back({z, x, y});
    }
    return tiles;
}

QImage renderTile(const BasemapData &data, const TileKey &key)
{
    QImage image(TilePixels, TilePixels, QImage::Format_RGB32);
    QPainter painter(&image);
    BasemapPainter::paint(painter, data, tileFeatures(data, key), tileView(key));
    painter.end();
    return image;
}

quint64 tileContentHash(const BasemapData &data, const TileKey &key)
{
    std::vector<quint64> hashes;
    for (const quint32 i : tileFeatures(data, key))
        hashes.push_back(data.features()[i].hash);
    std::sort(hashes.begin(), hashes.end());
    quint64 value = 14695981039346656037ull;
    const auto add = [&value](quint64 word) {
        for (int i = 0; i < 8; ++i) {
            value ^= (word >> (8 * i)) & 0xff;
            value *= 1099511628211ull;
        }
    };
    add(quint64(BasemapPainter::StyleVersion));
    add(quint64(key.z));
    for (const quint64 h : hashes)
        add(h);
    return value;
}

TileBuilder::TileBuilder(const BasemapData &data, TileOptions options)
    : m_data(data), m_options(std::move(options))
{
    if (m_options.minimumZoom < 0 || m_options.maximumZoom > 22 ||
        m_options.minimumZoom > m_options.maximumZoom)
        throw BasemapError(QStringLiteral("zooms %1-%2: give FROM-TO between 0 and 22")
                               .arg(m_options.minimumZoom)
                               .arg(m_options.maximumZoom));
    const QDir dir(m_options.directory);
    if (dir.exists() && !QFileInfo::exists(dir.filePath(QLatin1String(TileManifest)))) {
        const QStringList entries =
            dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        if (!entries.isEmpty())
            throw BasemapError(
                QStringLiteral("%1 holds other files and is not a Stadtplan tile folder; "
                               "name a new or empty folder")
                    .arg(QDir::toNativeSeparators(m_options.directory)));
    }
    if (m_options.threads <= 0)
        m_options.threads = std::max(1, QThread::idealThreadCount());
}

TilePlan TileBuilder::plan()
{
    TilePlan result;
    result.threads = m_options.threads;
    m_tiles = planTiles(m_data.clipRect(), m_options.minimumZoom, m_options.maximumZoom);
    m_hashes.assign(m_tiles.size(), 0);
    m_toRender.clear();
    const QDir dir(m_options.directory);
    QJsonObject previous;
    QFile manifest(dir.filePath(QLatin1String(TileManifest)));
    if (manifest.open(QIODevice::ReadOnly))
        previous = QJsonDocument::fromJson(manifest.readAll())
                       .object()
                       .value(QLatin1String("tiles"))
                       .toObject();
    QSet<QString> planned;
    for (size_t i = 0; i < m_tiles.size(); ++i) {
        m_hashes[i] = tileContentHash(m_data, m_tiles[i]);
        const QString key = keyText(m_tiles[i]);
        planned.insert(key);
        if (previous.value(key).toString() == hashText(m_hashes[i]) &&
            QFileInfo::exists(dir.filePath(tileFileName(m_tiles[i]))))
            ++result.unchanged;
        else
            m_toRender.push_back(m_tiles[i]);
    }
    m_stale.clear();
    for (auto it = previous.constBegin(); it != previous.constEnd(); ++it) {
        if (!planned.contains(it.key()))
            m_stale.append(it.key());
    }
    result.tiles = int(m_tiles.size());
    result.toRender = int(m_toRender.size());
    result.stale = int(m_stale.size());

    // Time and size from a sample: up to four tiles per zoom, spread over the set.
    for (int z = m_options.minimumZoom; z <= m_options.maximumZoom; ++z) {
        std::vector<TileKey> ofZoom, renderOfZoom;
        for (const TileKey &k : m_tiles)
            if (k.z == z)
                ofZoom.push_back(k);
        for (const TileKey &k : m_toRender)
            if (k.z == z)
                renderOfZoom.push_back(k);
        if (ofZoom.empty())
            continue;
        const size_t samples = std::min<size_t>(4, ofZoom.size());
        double ms = 0, bytes = 0;
        for (size_t s = 0; s < samples; ++s) {
            const TileKey &k =
                ofZoom[(s * ofZoom.size()) / samples + ofZoom.size() / (2 * samples)];
            QElapsedTimer timer;
            timer.start();
            const QByteArray png = encode(renderTile(m_data, k));
            ms += double(timer.nsecsElapsed()) / 1e6;
            bytes += double(png.size());
        }
        result.seconds +=
            double(renderOfZoom.size()) * ms / double(samples) / 1000.0 / m_options.threads;
        result.bytes += qint64(double(ofZoom.size()) * bytes / double(samples));
    }
    m_planned = true;
    return result;
}

TileRun TileBuilder::run(const std::function<void(int, int)> &progress)
{
    if (!m_planned)
        plan();
    TileRun result;
    QElapsedTimer timer;
    timer.start();
    QDir dir(m_options.directory);
    if (!dir.mkpath(QStringLiteral(".")))
        throw BasemapError(QStringLiteral("cannot create the folder %1")
                               .arg(QDir::toNativeSeparators(m_options.directory)));

    std::atomic<size_t> next{0};
    std::atomic<int> done{0};
    std::atomic<qint64> written{0};
    std::mutex failureLock;
    QString failure;
    const auto work = [&] {
        for (size_t i = next++; i < m_toRender.size(); i = next++) {
            const TileKey &key = m_toRender[i];
            const QByteArray png = encode(renderTile(m_data, key));
            QSaveFile file(dir.filePath(tileFileName(key)));
            if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size() ||
                !file.commit()) {
                const std::lock_guard lock(failureLock);
                failure = QStringLiteral("cannot write %1: %2")
                              .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
                next = m_toRender.size();
                return;
            }
            written += png.size();
            ++done;
        }
    };
    std::vector<std::thread> workers;
    for (int t = 0; t < m_options.threads; ++t)
        workers.emplace_back(work);
    const int total = int(m_toRender.size());
    const auto failed = [&] {
        const std::lock_guard lock(failureLock);
        return !failure.isEmpty();
    };
    QElapsedTimer sinceReport;
    sinceReport.start();
    while (done < total && !failed()) {
        if (progress && sinceReport.elapsed() >= 500) {
            progress(done, total);
            sinceReport.restart();
        }
        QThread::msleep(5);
    }
    for (std::thread &w : workers)
        w.join();
    if (!failure.isEmpty())
        throw BasemapError(
            failure +
            QStringLiteral(
                "; the tiles written so far are whole, and the next run redraws the rest"));
    if (progress)
        progress(done, total);

    for (const QString &stale : std::as_const(m_stale)) {
        const QStringList zxy = stale.split(QLatin1Char('/'));
        if (zxy.size() == 3 &&
            dir.remove(tileFileName({zxy[0].toInt(), zxy[1].toInt(), zxy[2].toInt()})))
            ++result.removed;
    }

    QJsonObject tiles;
    for (size_t i = 0; i < m_tiles.size(); ++i)
        tiles.insert(keyText(m_tiles[i]), hashText(m_hashes[i]));
    const GeoBox b = m_data.clipBounds();
    const QJsonObject manifest{
        {QStringLiteral("format"), 1},
        {QStringLiteral("style"), BasemapPainter::StyleVersion},
        {QStringLiteral("minimumZoom"), m_options.minimumZoom},
        {QStringLiteral("maximumZoom"), m_options.maximumZoom},
        {QStringLiteral("attribution"), m_data.attribution()},
        {QStringLiteral("source"), m_data.source()},
        {QStringLiteral("builtAt"), m_data.builtAt()},
        {QStringLiteral("dataDate"), m_data.dataDate()},
        {QStringLiteral("bounds"), QJsonArray{b.west, b.south, b.east, b.north}},
        {QStringLiteral("tiles"), tiles},
    };
    QSaveFile file(dir.filePath(QLatin1String(TileManifest)));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(manifest).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        throw BasemapError(
            QStringLiteral("cannot write the tile manifest in %1: %2")
                .arg(QDir::toNativeSeparators(m_options.directory), file.errorString()));

    result.rendered = total;
    result.unchanged = int(m_tiles.size()) - total;
    result.bytesWritten = written;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace stadtplan::basemap
