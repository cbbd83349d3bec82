pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stadtplan.Models

// The matching institutions, in step with the map: choosing one here selects
// it there, and a selection made on the map scrolls this list to it.
ListView {
    id: root
    required property InstitutionDirectory directory
    signal institutionChosen(string institutionId)

    clip: true
    model: directory.results
    currentIndex: directory.results.rowOf(directory.selectedId)
    highlightMoveDuration: 0
    // The arrow keys move the keyboard's row (`cursor`) without opening
    // anything, so moving through the list is quick and quiet; Enter or
    // Space opens the card, Escape closes it. currentIndex stays bound to the
    // selection.
    keyNavigationEnabled: false
    activeFocusOnTab: true
    property int cursor: -1
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Institutions")
    ScrollBar.vertical: ScrollBar {}

    // A selection made elsewhere (a marker, a link) takes the keyboard's row with it.
    onCurrentIndexChanged: if (currentIndex >= 0) { cursor = currentIndex; positionViewAtIndex(currentIndex, ListView.Contain) }
    Component.onCompleted: if (currentIndex >= 0) positionViewAtIndex(currentIndex, ListView.Center)
    // Reached by Tab, the focus shows at once: on the selection, else the first row.
    onActiveFocusChanged: if (activeFocus && (cursor < 0 || cursor >= count)) moveCursor(currentIndex >= 0 ? currentIndex : 0)
    onCountChanged: if (cursor >= count) cursor = count - 1
    function moveCursor(row) {
        if (row >= 0 && row < count) {
            cursor = row
            positionViewAtIndex(row, ListView.Contain)
        }
    }
    function chooseRow(row) {
        if (row >= 0 && row < count)
            institutionChosen(directory.results.idAt(row))
    }
    Keys.onUpPressed: moveCursor(Math.max(0, cursor - 1))
    Keys.onDownPressed: moveCursor(cursor + 1)
    Keys.onReturnPressed: chooseRow(cursor)
    Keys.onEnterPressed: chooseRow(cursor)
    Keys.onSpacePressed: chooseRow(cursor)
    Keys.onEscapePressed: (event) => {
        event.accepted = directory.selectedId !== ""
        directory.selectedId = ""
    }
    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Home) { moveCursor(0); event.accepted = true }
        else if (event.key === Qt.Key_End) { moveCursor(count - 1); event.accepted = true }
        else if (event.key === Qt.Key_PageDown) { moveCursor(Math.min(count - 1, cursor + 5)); event.accepted = true }
        else if (event.key === Qt.Key_PageUp) { moveCursor(Math.max(0, cursor - 5)); event.accepted = true }
    }

    delegate: ItemDelegate {
        id: entry
        required property int index
        required property string institutionId
        required property string name
        required property string organisation
        required property string address
        required property string colour
        required property string iconPath
        required property string focusLabels
        required property bool positionEstimated
        required property string distance
        required property bool hoursUnknown
        width: ListView.view.width
        highlighted: ListView.isCurrentItem
        // Where the keyboard is.
        readonly property bool keyboardRow: root.activeFocus && index === root.cursor
        Rectangle {
            z: 1
            anchors.fill: parent
            color: "transparent"
            border.color: Theme.accent
            border.width: 2
            visible: entry.keyboardRow
        }
        Accessible.name: name + ", " + address + (distance !== "" ? ", " + distance : "")
        onClicked: root.institutionChosen(institutionId)
        contentItem: RowLayout {
            spacing: Theme.spacing
            Rectangle {
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 24
                Layout.preferredHeight: 24
                radius: 12
                color: entry.colour
                FocusIcon { anchors.centerIn: parent; path: entry.iconPath; size: 16 }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    textFormat: Text.PlainText
                    text: entry.name
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    // From the chosen point: how far, and how long on foot.
                    visible: entry.distance !== ""
                    textFormat: Text.PlainText
                    text: entry.distance
                    color: Theme.accent
                    font.pixelSize: Theme.px(12)
                    font.bold: true
                }
                Label {
                    textFormat: Text.PlainText
                    text: entry.organisation
                    color: Theme.secondaryText
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    visible: entry.organisation !== entry.name
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 6
                    Label {
                        textFormat: Text.PlainText
                        text: entry.address
                        color: Theme.secondaryText
                        font.pixelSize: Theme.px(12)
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        // "Open now" keeps services whose hours nobody recorded: say so.
                        objectName: "hoursUnknown"
                        visible: entry.hoursUnknown && root.directory.filterOptions.openNow
                        textFormat: Text.PlainText
                        text: qsTr("hours unknown")
                        color: Theme.noticeText
                        font.pixelSize: Theme.px(11)
                        font.italic: true
                    }
                    Label {
                        textFormat: Text.PlainText
                        // Honest data: a position guessed from the address is said to be one.
                        visible: entry.positionEstimated
                        text: qsTr("position estimated")
                        color: Theme.noticeText
                        font.pixelSize: Theme.px(11)
                        font.italic: true
                    }
                }
            }
        }
    }
}
