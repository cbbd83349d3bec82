pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Stadtplan.Models

// Coverage of one focus area over an area layer: the choices, the legend of
// the map's colours and a table of the areas, sortable by each column.
ColumnLayout {
    id: root
    required property InstitutionDirectory directory
    required property CoverageModel coverage
    signal areaChosen(var centre)
    spacing: Theme.spacing

    GridLayout {
        columns: 2
        columnSpacing: Theme.spacing
        Layout.fillWidth: true
        Label { text: qsTr("Focus area"); color: Theme.secondaryText }
        ComboBox {
            id: focusBox
            objectName: "coverageFocus"
            Layout.fillWidth: true
            model: root.directory.focusAreas
            textRole: "label"
            valueRole: "focusId"
            Accessible.name: qsTr("Focus area")
            Component.onCompleted: currentIndex = Math.max(0, indexOfValue(root.coverage.focus))
            onActivated: root.coverage.focus = currentValue
        }
        Label { text: qsTr("Target group"); color: Theme.secondaryText }
        ComboBox {
            Layout.fillWidth: true
            model: root.coverage.targetGroupChoices()
            textRole: "label"
            valueRole: "id"
            Accessible.name: qsTr("Target group")
            onActivated: root.coverage.targetGroup = currentValue
        }
        Label { text: qsTr("Areas"); color: Theme.secondaryText }
        ComboBox {
            Layout.fillWidth: true
            model: root.coverage.areaKinds
            Accessible.name: qsTr("Area layer")
            Component.onCompleted: currentIndex = Math.max(0, model.indexOf(root.coverage.areaKind))
            onActivated: root.coverage.areaKind = currentText
        }
        Label { text: qsTr("Distance"); color: Theme.secondaryText }
        ComboBox {
            Layout.fillWidth: true
            model: [500, 1000, 2000, 5000]
            displayText: qsTr("%1 m, straight line").arg(currentValue)
            Accessible.name: qsTr("Distance")
            Component.onCompleted: currentIndex = Math.max(0, model.indexOf(root.coverage.distance))
            onActivated: root.coverage.distance = currentValue
        }
        Label { text: qsTr("Colour by"); color: Theme.secondaryText }
        ComboBox {
            Layout.fillWidth: true
            model: [{ value: "uncovered", text: qsTr("Share farther than the distance") },
                    { value: "perCapita", text: qsTr("Services per 10,000 inhabitants") }]
            textRole: "text"
            valueRole: "value"
            Accessible.name: qsTr("Colour by")
            onActivated: root.coverage.measure = currentValue
        }
    }
    Label {
        visible: root.coverage.error !== ""
        text: root.coverage.error
        color: Theme.errorText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: root.coverage.error === ""
        text: qsTr("%n matching services", "", root.coverage.servicesConsidered)
        color: Theme.secondaryText
    }

    // The table: a header of sort buttons, then one row per area.
    RowLayout {
        Layout.fillWidth: true
        spacing: 2
        Repeater {
            model: [{ column: "name", text: qsTr("Area"), width: -1 },
                    { column: "population", text: qsTr("Inhab."), width: 62 },
                    { column: "services", text: qsTr("Serv."), width: 40 },
                    { column: "perCapita", text: qsTr("/10k"), width: 42 },
                    { column: "uncovered", text: qsTr("Farther"), width: 72 }]
            delegate: Button {
                required property var modelData
                flat: true
                padding: 2
                Layout.fillWidth: modelData.width < 0
                Layout.preferredWidth: modelData.width < 0 ? 80 : modelData.width
                text: modelData.text + (root.coverage.sortColumn === modelData.column ? (root.coverage.sortDescending ? " ▾" : " ▴") : "")
                font.pixelSize: Theme.px(12)
                font.bold: root.coverage.sortColumn === modelData.column
                Accessible.name: qsTr("Sort by %1").arg(modelData.text)
                onClicked: root.coverage.sortBy(modelData.column)
            }
        }
    }
    ListView {
        id: table
        objectName: "coverageTable"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: root.coverage
        delegate: ItemDelegate {
            id: row
            required property string name
            required property double population
            required property int services
            required property double perCapita
            required property double uncovered
            required property color colour
            required property var centre
            width: ListView.view.width
            padding: 4
            onClicked: root.areaChosen(row.centre)
            ToolTip.visible: hovered
            ToolTip.text: row.name
            Accessible.name: qsTr("%1: %2 services, %3 % farther than the distance").arg(row.name).arg(row.services).arg(Math.round(row.uncovered * 100))
            contentItem: RowLayout {
                spacing: 2
                Rectangle { width: 10; height: 10; radius: 2; color: row.colour; border.color: "#80000000" }
                Label { text: row.name; elide: Text.ElideRight; Layout.fillWidth: true; Layout.preferredWidth: 70; color: Theme.text }
                Label { text: row.population >= 0 ? Number(row.population).toLocaleString(Qt.locale(), "f", 0) : "–"; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 62; color: Theme.text }
                Label { text: row.services; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 40; color: Theme.text }
                Label { text: row.perCapita >= 0 ? Number(row.perCapita).toLocaleString(Qt.locale(), "f", 1) : "–"; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 42; color: Theme.text }
                Label { text: Math.round(row.uncovered * 100) + " %"; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 72; color: Theme.text }
            }
        }
    }
    Button {
        text: qsTr("Export table…")
        enabled: table.count > 0
        onClicked: coverageExport.open()
    }
    FileDialog {
        id: coverageExport
        title: qsTr("Export the coverage table")
        fileMode: FileDialog.SaveFile
        nameFilters: ["CSV (*.csv)", "GeoPackage (*.gpkg)"]
        onAccepted: {
            const problem = root.coverage.exportTo(selectedFile)
            exportResult.text = problem === "" ? qsTr("Exported to %1").arg(selectedFile.toString().split("/").pop()) : problem
        }
    }
    Label {
        id: exportResult
        visible: text !== ""
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        color: Theme.secondaryText
    }
    // Where the districts and their population come from, as their licences ask.
    Label {
        objectName: "coverageSource"
        visible: root.directory.areasAttribution !== ""
        text: qsTr("Source: %1").arg(root.directory.areasAttribution)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        font.pixelSize: Theme.px(11)
        color: Theme.secondaryText
    }
}
