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
    // Arrow keys choose through the directory, never by setting currentIndex,
    // which must stay bound to the selection.
    keyNavigationEnabled: false
    activeFocusOnTab: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Institutions")
    ScrollBar.vertical: ScrollBar {}

    onCurrentIndexChanged: if (currentIndex >= 0) positionViewAtIndex(currentIndex, ListView.Contain)
    Component.onCompleted: if (currentIndex >= 0) positionViewAtIndex(currentIndex, ListView.Center)
    function chooseRow(row) {
        if (row >= 0 && row < count)
            institutionChosen(directory.results.idAt(row))
    }
    Keys.onUpPressed: chooseRow(Math.max(0, currentIndex - 1))
    Keys.onDownPressed: chooseRow(currentIndex + 1)
    Keys.onReturnPressed: chooseRow(Math.max(0, currentIndex))

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
