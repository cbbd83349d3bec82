import QtQuick
import QtLocation
import QtPositioning
import QtQuick.Window
import Stadtplan.Models

// The same map as reference.qml with the markers drawn by Stadtplan's
// MarkerLayer, over the very same rows: the like-for-like comparison.
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
        MarkerLayer {
            anchors.fill: parent
            model: root.markerModel
            center: map.center
            zoomLevel: map.zoomLevel
        }
    }
}
