import QtQuick
import QtQuick.Shapes

// A focus area's icon: SVG path data on a 24 x 24 grid, scaled to `size`.
Item {
    id: root
    property string path
    property color colour: "white"
    property real size: 16
    implicitWidth: size
    implicitHeight: size

    Shape {
        anchors.centerIn: parent
        width: 24
        height: 24
        scale: root.size / 24
        preferredRendererType: Shape.CurveRenderer
        ShapePath {
            strokeWidth: -1
            fillColor: root.colour
            fillRule: ShapePath.OddEvenFill
            PathSvg { path: root.path }
        }
    }
}
