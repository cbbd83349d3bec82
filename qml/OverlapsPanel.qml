pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Stadtplan.Models

// Overlapping offers to discuss: groups of services of one focus area for
// the same people close together, ranked, each with its reasons. Choosing a
// group rings its institutions on the map.
ColumnLayout {
    id: root
    required property InstitutionDirectory directory
    required property OverlapModel overlaps
    property int chosen: -1
    signal groupChosen(var coordinates)
    spacing: Theme.spacing

    GridLayout {
        columns: 2
        columnSpacing: Theme.spacing
        Layout.fillWidth: true
        Label { text: qsTr("Focus area"); color: Theme.secondaryText }
        ComboBox {
            Layout.fillWidth: true
            model: root.overlaps.focusChoices()
            textRole: "label"
            valueRole: "focusId"
            Accessible.name: qsTr("Focus area")
            onActivated: { root.chosen = -1; root.overlaps.focus = currentValue }
        }
        Label { text: qsTr("Within"); color: Theme.secondaryText }
        ComboBox {
            Layout.fillWidth: true
            model: [250, 500, 1000]
            currentIndex: 1
            displayText: qsTr("%1 m or the same area").arg(currentValue)
            Accessible.name: qsTr("Distance")
            onActivated: { root.chosen = -1; root.overlaps.distance = currentValue }
        }
    }
    Label {
        text: root.overlaps.count === 0 ? qsTr("No overlapping offers found.") : qsTr("%n groups, most pressing first", "", root.overlaps.count)
        color: Theme.secondaryText
    }
    ListView {
        id: list
        objectName: "overlapList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: 4
        model: root.overlaps
        delegate: ItemDelegate {
            id: group
            required property int index
            required property string focusLabel
            required property string institutionNames
            required property string reasons
            required property var coordinates
            width: ListView.view.width
            highlighted: root.chosen === group.index
            onClicked: { root.chosen = group.index; root.groupChosen(group.coordinates) }
            Accessible.name: qsTr("%1. %2: %3").arg(group.index + 1).arg(group.focusLabel).arg(group.institutionNames)
            contentItem: ColumnLayout {
                spacing: 1
                Label { text: (group.index + 1) + ". " + group.focusLabel; font.bold: true; color: group.highlighted ? group.palette.highlightedText : Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
                Label { text: group.institutionNames; color: group.highlighted ? group.palette.highlightedText : Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                Label { text: group.reasons; color: group.highlighted ? group.palette.highlightedText : Theme.secondaryText; font.pixelSize: Theme.px(11); wrapMode: Text.Wrap; Layout.fillWidth: true }
            }
        }
    }
    Button {
        text: qsTr("Export list…")
        enabled: root.overlaps.count > 0
        onClicked: overlapExport.open()
    }
    FileDialog {
        id: overlapExport
        title: qsTr("Export the overlapping offers")
        fileMode: FileDialog.SaveFile
        nameFilters: ["CSV (*.csv)"]
        onAccepted: exportResult.text = root.overlaps.exportTo(selectedFile) || qsTr("Exported to %1").arg(selectedFile.toString().split("/").pop())
    }
    Label { id: exportResult; visible: text !== ""; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.secondaryText }
}
