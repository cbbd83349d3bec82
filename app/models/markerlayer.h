#pragma once

#include "markermodel.h"

#include <QGeoCoordinate>
#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

namespace stadtplan {

// Draws every marker of a MarkerModel in one item over the map, projected
// with the map's centre and zoom (Web Mercator, 256-pixel tiles, as Qt
// Location's maps use). Qt Location's MapItemView makes one delegate per
// marker and repositions each on every camera change, which stops being
// fluid at a few hundred markers; here a pan only moves image nodes, and a
// marker's image is drawn once per look and shared.
//
// Place it over the map with the same geometry and bind center and
// zoomLevel to the map's. Clicks are found with markerAt().
class MarkerLayer : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(stadtplan::MarkerModel *model READ model WRITE setModel NOTIFY modelChanged)
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY viewChanged)
    Q_PROPERTY(double zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY viewChanged)
    // An institution id: the marker that holds it is drawn selected, on top.
    Q_PROPERTY(QString selectedId READ selectedId WRITE setSelectedId NOTIFY selectedIdChanged)
    Q_PROPERTY(int selectedRow READ selectedRow NOTIFY selectedIdChanged)
    Q_PROPERTY(double markerSize READ markerSize WRITE setMarkerSize NOTIFY viewChanged)

public:
    explicit MarkerLayer(QQuickItem *parent = nullptr);
    ~MarkerLayer() override;

    MarkerModel *model() const { return m_model; }
    void setModel(MarkerModel *model);
    QGeoCoordinate center() const { return m_center; }
    void setCenter(const QGeoCoordinate &center);
    double zoomLevel() const { return m_zoom; }
    void setZoomLevel(double zoom);
    QString selectedId() const { return m_selectedId; }
    void setSelectedId(const QString &id);
    int selectedRow() const { return m_selectedRow; }
    double markerSize() const { return m_markerSize; }
    void setMarkerSize(double size);

    // The row of the topmost marker under a point of this item, or -1.
    Q_INVOKABLE int markerAt(double x, double y) const;
    // Where a row's marker is drawn, in this item's coordinates.
    Q_INVOKABLE QPointF positionOf(int row) const;
    // Where a coordinate is drawn, in this item's coordinates.
    Q_INVOKABLE QPointF fromCoordinate(const QGeoCoordinate &coordinate) const;

    // A marker's look as an image, `devicePixelRatio` times its size in pixels.
    static QImage markerImage(const MarkerModel::Marker &marker, bool selected, double size,
                              double devicePixelRatio);

Q_SIGNALS:
    void modelChanged();
    void viewChanged();
    void selectedIdChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    void findSelectedRow();
    double diameter(const MarkerModel::Marker &marker, bool selected) const;

    QPointer<MarkerModel> m_model;
    QList<QMetaObject::Connection> m_connections;
    QGeoCoordinate m_center;
    double m_zoom = 0;
    double m_markerSize = 32;
    QString m_selectedId;
    int m_selectedRow = -1;
    struct Textures;
    Textures *m_textures = nullptr; // render thread only
};

} // namespace stadtplan
