import QtQuick
import QtLocation
import QtPositioning

Window {
    width: 1280
    height: 800
    visible: true
    Map {
        anchors.fill: parent
        plugin: Plugin { name: "itemsoverlay" }
        center: QtPositioning.coordinate(52.0211, 8.5325)
        zoomLevel: 12.5
    }
}
