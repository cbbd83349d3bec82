import QtQuick

// A focus area's icon in white, `size` pixels square, drawn from its SVG path
// data by the focusicon image provider.
Image {
    id: root
    property string path
    property real size: 16
    width: size
    height: size
    sourceSize: Qt.size(size, size)
    source: path !== "" ? "image://focusicon/" + encodeURIComponent(path) : ""
    smooth: true
    cache: true
    Accessible.ignored: true
}
