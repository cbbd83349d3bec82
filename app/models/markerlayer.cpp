#include "markerlayer.h"

#include "focusiconprovider.h"
#include "fonts.h"

#include <QFont>
#include <QHash>
#include <QPainter>
#include <QQuickWindow>
#include <QRunnable>
#include <QSGImageNode>
#include <QSGTexture>

#include <cmath>
#include <memory>
#include <numbers>

namespace stadtplan {

namespace {

constexpr double TileSize = 256.0;

double mercatorX(double longitude)
{
    return longitude / 360.0 + 0.5;
}
double mercatorY(double latitude)
{
    const double s = std::sin(latitude * std::numbers::pi / 180.0);
    return 0.5 - std::log((1.0 + s) / (1.0 - s)) / (4.0 * std::numbers::pi);
}

QString countText(std::uint32_t count)
{
    if (count < 1000)
        return QString::number(count);
    if (count < 10000)
        return QString::number(count / 1000.0, 'f', 1) + QLatin1Char('k');
    return QString::number(count / 1000) + QLatin1Char('k');
}

QString lookKey(const MarkerModel::Marker &m, bool selected)
{
    return m.item.isCluster()
        ? QStringLiteral("c|%1|%2|%3").arg(countText(m.item.count), m.colours.join(QLatin1Char(',')), selected ? QStringLiteral("s") : QString())
        : QStringLiteral("i|%1|%2|%3").arg(m.colour, m.icon, selected ? QStringLiteral("s") : QString());
}

} // namespace

// Textures per look, made on the render thread and dropped with the item.
struct MarkerLayer::Textures
{
    QHash<QString, std::shared_ptr<QSGTexture>> byLook;
};

MarkerLayer::MarkerLayer(QQuickItem *parent) : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
}

MarkerLayer::~MarkerLayer()
{
    // Textures belong to the scene graph; the render thread may still use them
    // until the node is gone, so they are released with the window's next frame.
    if (m_textures) {
        if (QQuickWindow *w = window()) {
            Textures *textures = m_textures;
            w->scheduleRenderJob(QRunnable::create([textures] { delete textures; }),
                                 QQuickWindow::BeforeSynchronizingStage);
        } else {
            delete m_textures;
        }
    }
}

void MarkerLayer::setModel(MarkerModel *model)
{
    if (model == m_model)
        return;
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_model = model;
    if (m_model) {
        const auto changed = [this] {
            findSelectedRow();
            update();
        };
        m_connections = {connect(m_model, &QAbstractItemModel::rowsInserted, this, changed),
                         connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed),
                         connect(m_model, &QAbstractItemModel::dataChanged, this, changed),
                         connect(m_model, &QAbstractItemModel::modelReset, this, changed)};
    }
    findSelectedRow();
    Q_EMIT modelChanged();
    update();
}

void MarkerLayer::setCenter(const QGeoCoordinate &center)
{
    if (center == m_center)
        return;
    m_center = center;
    Q_EMIT viewChanged();
    update();
}

void MarkerLayer::setZoomLevel(double zoom)
{
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    Q_EMIT viewChanged();
    update();
}

void MarkerLayer::setMarkerSize(double size)
{
    if (size == m_markerSize || size <= 0)
        return;
    m_markerSize = size;
    Q_EMIT viewChanged();
    update();
}

void MarkerLayer::setSelectedId(const QString &id)
{
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    findSelectedRow();
    Q_EMIT selectedIdChanged();
    update();
}

void MarkerLayer::findSelectedRow()
{
    const int row = m_model && !m_selectedId.isEmpty() ? m_model->rowOfInstitution(m_selectedId) : -1;
    if (row != m_selectedRow) {
        m_selectedRow = row;
        Q_EMIT selectedIdChanged();
    }
}

void MarkerLayer::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    update();
}

QPointF MarkerLayer::fromCoordinate(const QGeoCoordinate &coordinate) const
{
    if (!coordinate.isValid() || !m_center.isValid())
        return {qQNaN(), qQNaN()};
    const double world = TileSize * std::exp2(m_zoom);
    const double x = (mercatorX(coordinate.longitude()) - mercatorX(m_center.longitude())) * world;
    const double y = (mercatorY(coordinate.latitude()) - mercatorY(m_center.latitude())) * world;
    return {width() / 2.0 + x, height() / 2.0 + y};
}

QPointF MarkerLayer::positionOf(int row) const
{
    if (!m_model || row < 0 || row >= m_model->markers().size())
        return {qQNaN(), qQNaN()};
    const GeoPoint &p = m_model->markers().at(row).item.position;
    return fromCoordinate(QGeoCoordinate(p.latitude, p.longitude));
}

double MarkerLayer::diameter(const MarkerModel::Marker &marker, bool selected) const
{
    return m_markerSize + (marker.item.isCluster() ? 8.0 : 0.0) + (selected ? 8.0 : 0.0);
}

int MarkerLayer::markerAt(double x, double y) const
{
    if (!m_model)
        return -1;
    // The selected marker is drawn last, so it is on top.
    if (m_selectedRow >= 0) {
        const QPointF p = positionOf(m_selectedRow);
        const double r = diameter(m_model->markers().at(m_selectedRow), true) / 2.0;
        if (std::hypot(p.x() - x, p.y() - y) <= r)
            return m_selectedRow;
    }
    for (int row = int(m_model->markers().size()) - 1; row >= 0; --row) {
        const QPointF p = positionOf(row);
        const double r = diameter(m_model->markers().at(row), false) / 2.0;
        if (std::hypot(p.x() - x, p.y() - y) <= r)
            return row;
    }
    return -1;
}

QImage MarkerLayer::markerImage(const MarkerModel::Marker &marker, bool selected, double size, double devicePixelRatio)
{
    const double d = size + (marker.item.isCluster() ? 8.0 : 0.0) + (selected ? 8.0 : 0.0);
    const int pixels = int(std::ceil(d * devicePixelRatio));
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(0, 0, d, d);
    if (!marker.item.isCluster()) {
        // A disc in the focus area's colour with its icon in white.
        const double border = selected ? 3.0 : 2.0;
        painter.setPen(QPen(selected ? QColor(0x1f, 0x1f, 0x1f) : QColor(Qt::white), border));
        painter.setBrush(QColor(marker.colour));
        painter.drawEllipse(box.adjusted(border / 2, border / 2, -border / 2, -border / 2));
        const double icon = 16.0;
        const QImage glyph = FocusIconProvider::render(marker.icon, QSize(int(icon * devicePixelRatio), int(icon * devicePixelRatio)));
        painter.drawImage(QRectF((d - icon) / 2, (d - icon) / 2, icon, icon), glyph);
        return image;
    }
    // A cluster: a white disc with the count, ringed in the colours of the
    // focus areas it holds most of.
    const double ring = 5.0;
    const QRectF arcBox = box.adjusted(ring / 2 + 1, ring / 2 + 1, -ring / 2 - 1, -ring / 2 - 1);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawEllipse(box.adjusted(1, 1, -1, -1));
    const QStringList colours = marker.colours.isEmpty() ? QStringList{marker.colour} : marker.colours;
    const int span = 360 * 16 / int(colours.size());
    for (int k = 0; k < colours.size(); ++k) {
        painter.setPen(QPen(QColor(colours[k]), ring, Qt::SolidLine, Qt::FlatCap));
        painter.drawArc(arcBox, 90 * 16 - k * span, -span);
    }
    if (selected) {
        painter.setPen(QPen(QColor(0x1f, 0x1f, 0x1f), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(box.adjusted(1.5, 1.5, -1.5, -1.5));
    }
    QFont font = fonts::sans(10, true);
    font.setPixelSize(marker.item.count >= 1000 ? 11 : 13);
    painter.setFont(font);
    painter.setPen(QColor(0x1f, 0x1f, 0x1f));
    painter.drawText(box, Qt::AlignCenter, countText(marker.item.count));
    return image;
}

QSGNode *MarkerLayer::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    QSGNode *root = old ? old : new QSGNode;
    if (!m_textures)
        m_textures = new Textures;
    const QList<MarkerModel::Marker> empty;
    const QList<MarkerModel::Marker> &markers = m_model ? m_model->markers() : empty;
    const double dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    if (m_textures->byLook.size() > 1024)
        m_textures->byLook.clear(); // looks come and go with counts; start afresh now and then

    // Rows in order, the selected one last; only those that reach into the item.
    QList<int> order;
    order.reserve(markers.size());
    const QRectF bounds = boundingRect();
    for (int row = 0; row < markers.size(); ++row) {
        if (row == m_selectedRow)
            continue;
        const QPointF p = positionOf(row);
        const double r = diameter(markers[row], false) / 2;
        if (bounds.intersects(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r)))
            order.append(row);
    }
    if (m_selectedRow >= 0 && m_selectedRow < markers.size())
        order.append(m_selectedRow);

    QSGNode *child = root->firstChild();
    for (int row : std::as_const(order)) {
        const MarkerModel::Marker &marker = markers[row];
        const bool selected = row == m_selectedRow;
        const QString look = lookKey(marker, selected) + QLatin1Char('@') + QString::number(dpr) + QLatin1Char('/') + QString::number(m_markerSize);
        std::shared_ptr<QSGTexture> &texture = m_textures->byLook[look];
        if (!texture)
            texture.reset(window()->createTextureFromImage(markerImage(marker, selected, m_markerSize, dpr)));
        const double side = diameter(marker, selected);
        const QPointF p = positionOf(row);
        const QRectF rect(std::round((p.x() - side / 2) * dpr) / dpr, std::round((p.y() - side / 2) * dpr) / dpr, side, side);
        auto *node = static_cast<QSGImageNode *>(child);
        if (node) {
            node->setTexture(texture.get());
            node->setRect(rect);
            child = node->nextSibling();
            continue;
        }
        // A new node gets its texture before it joins the tree: the software
        // renderer looks at a node as soon as it is added.
        node = window()->createImageNode();
        node->setOwnsTexture(false);
        node->setFiltering(QSGTexture::Linear);
        node->setTexture(texture.get());
        node->setRect(rect);
        root->appendChildNode(node);
    }
    // Nodes left over from a frame with more markers.
    while (child) {
        QSGNode *next = child->nextSibling();
        root->removeChildNode(child);
        delete child;
        child = next;
    }
    return root;
}

} // namespace stadtplan
