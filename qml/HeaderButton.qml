import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A button of the window's header. On a narrow window its label is
// shortened rather than the button pushed off the edge; a shortened label
// is then shown whole as a tooltip, on hover and on keyboard focus, and a
// screen reader always hears the whole label.
ToolButton {
    id: control
    // Whether the layout gave the button less than its label needs.
    readonly property bool shortened: width < implicitWidth - 0.5

    Layout.minimumWidth: Math.min(implicitWidth, 56)
    Layout.maximumWidth: implicitWidth
    Layout.fillWidth: true

    ToolTip.text: text
    ToolTip.visible: shortened && (hovered || visualFocus)
    ToolTip.delay: visualFocus ? 0 : 700
    Accessible.name: text
}
