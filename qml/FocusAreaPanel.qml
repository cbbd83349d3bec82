pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stadtplan.Models

// The focus areas as toggles, each with its icon, colour and the number of
// institutions offering it. Several can be chosen; none means all.
ColumnLayout {
    id: root
    required property InstitutionDirectory directory
    spacing: 2
    // A row took the keyboard's focus (the scrolling around it shows it).
    signal rowFocused(Item row)

    readonly property int rowCount: repeater.count
    function rowAt(i) { return repeater.itemAt(i) }
    // How many rows end below `y` (in the panel's coordinates).
    function rowsBelow(y) {
        let n = 0
        for (let i = 0; i < repeater.count; ++i) {
            const row = repeater.itemAt(i)
            if (row && row.y + row.height / 2 > y)
                ++n
        }
        return n
    }

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: qsTr("Focus areas")
            font.bold: true
            color: Theme.text
            Layout.fillWidth: true
        }
        Button {
            text: qsTr("Show all")
            flat: true
            enabled: root.directory.focusFilter.length > 0
            onClicked: root.directory.clearFilter()
        }
    }

    Repeater {
        id: repeater
        model: root.directory.focusAreas
        delegate: ItemDelegate {
            id: row
            required property string focusId
            required property string label
            required property string colour
            required property string iconPath
            required property int count
            required property bool selected
            objectName: "focus-" + focusId
            Layout.fillWidth: true
            checkable: true
            checked: selected
            // Reachable by Tab, toggled by Space, like any check box.
            focusPolicy: Qt.StrongFocus
            highlighted: selected
            padding: 4
            Accessible.role: Accessible.CheckBox
            Accessible.name: label + ", " + (count === 1 ? qsTr("1 institution") : qsTr("%1 institutions").arg(count))
            Accessible.checked: selected
            onClicked: root.directory.toggleFocusArea(focusId)
            onActiveFocusChanged: if (activeFocus) root.rowFocused(row)
            Rectangle {
                // Where the keyboard is.
                anchors.fill: parent
                color: "transparent"
                border.color: Theme.accent
                border.width: 2
                visible: row.visualFocus
            }
            contentItem: RowLayout {
                spacing: Theme.spacing
                Rectangle {
                    Layout.preferredWidth: 24
                    Layout.preferredHeight: 24
                    radius: 12
                    color: row.colour
                    FocusIcon { anchors.centerIn: parent; path: row.iconPath; size: 16 }
                }
                Label {
                    text: row.label
                    color: Theme.text
                    font.bold: row.selected
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: row.count
                    color: Theme.secondaryText
                    font.bold: row.selected
                }
            }
        }
    }
}
