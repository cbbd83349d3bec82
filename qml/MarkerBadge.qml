import QtQuick

// A place on the map: a disc in the focus area's colour with its icon, and a
// count when several institutions share the address.
Item {
    id: root
    required property color colour
    required property string iconPath
    required property int count
    property bool selected: false
    signal activated()

    width: Theme.markerSize
    height: Theme.markerSize

    Rectangle {
        anchors.centerIn: parent
        width: root.selected ? parent.width + 8 : parent.width
        height: width
        radius: width / 2
        color: root.colour
        border.color: root.selected ? "#1f1f1f" : "white"
        border.width: root.selected ? 3 : 2
    }
    FocusIcon {
        anchors.centerIn: parent
        path: root.iconPath
        size: 16
    }
    Rectangle {
        visible: root.count > 1
        x: parent.width - width * 0.6
        y: -height * 0.4
        width: Math.max(16, countText.implicitWidth + 6)
        height: 16
        radius: 8
        color: "white"
        border.color: root.colour
        border.width: 1.5
        Text {
            id: countText
            anchors.centerIn: parent
            text: root.count
            font.pixelSize: 11
            font.bold: true
            color: "#1f1f1f"
        }
    }
    TapHandler {
        onTapped: root.activated()
    }
    HoverHandler {
        cursorShape: Qt.PointingHandCursor
    }
}
