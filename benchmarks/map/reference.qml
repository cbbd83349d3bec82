import QtQuick
import QtLocation
import QtPositioning
import QtQuick.Window

// The reference: the same map with one MapQuickItem delegate per marker (a
// disc of the marker's size), over the very rows Stadtplan's layer draws.
Window {
    id: root
    width: 920
    height: 800
    visible: true
    required property var markerModel
    property alias map: map
    Map {
        id: map
        anchors.fill: parent
        plugin: Plugin { name: "itemsoverlay" }
        MapItemView {
            model: root.markerModel
            add: null
            remove: null
            delegate: MapQuickItem {
                required property var placeCoordinate
                required property string colour
                coordinate: placeCoordinate
                anchorPoint.x: 16
                anchorPoint.y: 16
                sourceItem: Rectangle { width: 32; height: 32; radius: 16; color: colour; border.color: "white"; border.width: 2 }
            }
        }
    }
}
