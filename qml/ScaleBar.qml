import QtQuick
import QtLocation

// A scale bar for the map's centre: the longest round distance that fits in
// maximumWidth pixels, measured geodesically on the map's own projection.
Item {
    id: root
    required property Map map
    property int maximumWidth: 120

    readonly property var steps: [5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000]
    property real metres: 0
    property real barWidth: 0

    visible: metres > 0
    implicitWidth: barWidth + label.implicitWidth + 18
    implicitHeight: 22

    function recompute() {
        const y = map.height / 2
        const a = map.toCoordinate(Qt.point(map.width / 2 - maximumWidth / 2, y), false)
        const b = map.toCoordinate(Qt.point(map.width / 2 + maximumWidth / 2, y), false)
        if (!a.isValid || !b.isValid || map.width <= 0)
            return
        const perPixel = a.distanceTo(b) / maximumWidth
        let best = steps[0]
        for (const s of steps) {
            if (s / perPixel <= maximumWidth)
                best = s
        }
        if (best / perPixel > maximumWidth)
            return
        metres = best
        barWidth = best / perPixel
    }

    Connections {
        target: root.map
        function onZoomLevelChanged() { root.recompute() }
        function onCenterChanged() { root.recompute() }
        function onWidthChanged() { root.recompute() }
        function onHeightChanged() { root.recompute() }
        function onMapReadyChanged() { root.recompute() }
    }
    Component.onCompleted: recompute()

    Rectangle {
        anchors.fill: parent
        color: "#d9ffffff"
        radius: 3
    }
    Rectangle {
        id: bar
        x: 6
        anchors.verticalCenter: parent.verticalCenter
        width: root.barWidth
        height: 4
        color: "#1f1f1f"
    }
    Rectangle { x: bar.x; y: bar.y - 3; width: 2; height: 10; color: "#1f1f1f" }
    Rectangle { x: bar.x + bar.width - 2; y: bar.y - 3; width: 2; height: 10; color: "#1f1f1f" }
    Text {
        id: label
        anchors.left: bar.right
        anchors.leftMargin: 6
        anchors.verticalCenter: parent.verticalCenter
        text: root.metres >= 1000 ? (root.metres / 1000) + " km" : root.metres + " m"
        font.pixelSize: Theme.px(12)
        color: "#1f1f1f"
    }
}
