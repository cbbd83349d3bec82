pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Stadtplan.Models

// Imports a list into the store in two steps: first every record is checked
// and the report shown (nothing written yet), then, if there are no errors,
// the user imports it in one transaction.
Dialog {
    id: root
    required property DataExchange exchange
    property url file
    property var outcome: ({})
    property bool imported: false
    readonly property string fileName: file.toString().split("/").pop()

    // The check and the import run in the background; the dialog shows the
    // report when it arrives.
    function checkFile(url) {
        file = url
        imported = false
        importing = false
        outcome = ({})
        open()
        // A check still running (the list's coordinate system changed
        // meanwhile) is followed by this one: its result is not shown.
        checkPending = !exchange.checkInBackground(url, layer, crs, mapping)
    }
    property bool checkPending: false
    property bool importing: false
    // The check found errors in rows only (not of the list as a whole) and
    // valid records to write: they can be imported without the rows at fault.
    readonly property bool validPartImportable: outcome.ok === false && outcome.listErrors === 0
                                                && outcome.rowsWithErrors > 0 && (outcome.added + outcome.updated) > 0
    // What the list holds: institutions, or areas (districts and the like) for the map and coverage.
    property string layer: "institutions"
    // The list's coordinate system when the data names none ("EPSG:25832"; empty: none given),
    // and a mapping file of fields and values (empty: the standard column names). Kept from
    // list to list: a coordinator's lists tend to come alike.
    property string crs: ""
    property url mapping

    Connections {
        target: root.exchange
        function onFinished(result) {
            if (root.checkPending) {
                root.checkPending = false
                root.exchange.checkInBackground(root.file, root.layer, root.crs, root.mapping)
                return
            }
            root.outcome = result
            root.imported = root.importing && result.written === true
            root.importing = false
        }
    }

    objectName: "importDialog"
    title: imported ? qsTr("Imported %1").arg(fileName) : qsTr("Import %1").arg(fileName)
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(820, parent ? parent.width * 0.85 : 820)
    height: Math.min(560, parent ? parent.height * 0.8 : 560)
    standardButtons: Dialog.NoButton

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        // What the list is and how to read it; changing any checks the list again.
        GridLayout {
            columns: 2
            columnSpacing: Theme.spacing
            Layout.fillWidth: true
            Label { text: qsTr("The list holds") }
            ComboBox {
                objectName: "importLayer"
                model: [{ value: "institutions", text: qsTr("institutions") }, { value: "areas", text: qsTr("areas (districts)") },
                        { value: "addresses", text: qsTr("addresses with positions (house coordinates)") }]
                textRole: "text"
                valueRole: "value"
                enabled: !root.exchange.busy && !root.imported
                Accessible.name: qsTr("What the list holds")
                Component.onCompleted: currentIndex = indexOfValue(root.layer)
                onActivated: {
                    root.layer = currentValue
                    root.checkFile(root.file) // check again as the other kind
                }
            }
            Label { text: qsTr("Coordinate system") }
            // The usual ones in NRW's lists; any other PROJ knows can be typed (EPSG:…).
            ComboBox {
                objectName: "importCrs"
                Layout.preferredWidth: 340
                editable: true
                enabled: !root.exchange.busy && !root.imported
                model: [{ value: "", text: qsTr("as the list names it") },
                        { value: "EPSG:25832", text: "ETRS89 / UTM 32N (EPSG:25832)" },
                        { value: "EPSG:31467", text: qsTr("Gauss-Krüger zone 3 (EPSG:31467)") },
                        { value: "EPSG:4326", text: "WGS84 (EPSG:4326)" },
                        { value: "EPSG:3857", text: "Web Mercator (EPSG:3857)" }]
                textRole: "text"
                valueRole: "value"
                Accessible.name: qsTr("Coordinate system of the list, when it names none")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Used when the list names none, e.g. for Rechtswert/Hochwert columns")
                function choose(text) {
                    const index = find(text)
                    const chosen = index >= 0 ? valueAt(index) : text.trim()
                    if (chosen !== root.crs) {
                        root.crs = chosen
                        root.checkFile(root.file)
                    }
                }
                onActivated: choose(currentText)
                onAccepted: choose(editText)
            }
            Label { text: qsTr("Mapping") }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    objectName: "importMapping"
                    Layout.maximumWidth: 420
                    elide: Text.ElideMiddle
                    text: root.mapping.toString() === "" ? qsTr("the usual column names")
                                                         : root.mapping.toString().split("/").pop()
                }
                Button {
                    enabled: !root.exchange.busy && !root.imported
                    text: qsTr("Choose…")
                    Accessible.name: qsTr("Choose a mapping file")
                    onClicked: mappingPicker.open()
                }
                Button {
                    enabled: !root.exchange.busy && !root.imported
                    visible: root.mapping.toString() !== ""
                    text: qsTr("Usual names")
                    Accessible.name: qsTr("Import without a mapping file")
                    onClicked: {
                        root.mapping = ""
                        root.checkFile(root.file)
                    }
                }
            }
        }
        Label {
            objectName: "importSummary"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.bold: true
            color: root.outcome.ok || root.imported ? Theme.text : Theme.errorText
            text: root.exchange.busy ? (root.importing ? qsTr("Importing…") : qsTr("Checking every record…"))
                : root.outcome.report === undefined ? ""
                : root.imported ? qsTr("Imported: %1 new, %2 updated.").arg(root.outcome.added).arg(root.outcome.updated)
                : root.outcome.ok ? (root.outcome.warnings === 1 ? qsTr("Ready to import: %1 new, %2 updated, %3 unchanged; 1 warning.")
                                                                 : qsTr("Ready to import: %1 new, %2 updated, %3 unchanged; %n warnings.", "", root.outcome.warnings))
                                   .arg(root.outcome.added).arg(root.outcome.updated).arg(root.outcome.unchanged)
                : root.validPartImportable
                    ? (root.outcome.rowsWithErrors === 1
                       ? qsTr("1 row with errors: correct it and check again, or import the valid records without it (%1 new, %2 updated).")
                       : qsTr("%n rows with errors: correct them and check again, or import the valid records without them (%1 new, %2 updated).", "", root.outcome.rowsWithErrors))
                          .arg(root.outcome.added).arg(root.outcome.updated)
                : root.outcome.errors === 1 ? qsTr("1 error: nothing will be imported until it is corrected.")
                                            : qsTr("%n errors: nothing will be imported until they are corrected.", "", root.outcome.errors)
        }
        // The rows an import of the valid part left out: a file beside the
        // list, in its format, each row with its problem, to correct and import.
        RowLayout {
            visible: root.imported && root.outcome.leftOut > 0
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                objectName: "importLeftOut"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: root.imported && root.outcome.leftOut > 0
                      ? (root.outcome.leftOut === 1
                         ? qsTr("1 row left out for its errors, in %1: correct it there and import that file.")
                         : qsTr("%n rows left out for their errors, in %1: correct them there and import that file.", "", root.outcome.leftOut))
                            .arg(root.outcome.leftOutFile.toString().split("/").pop())
                      : ""
            }
            Button {
                objectName: "openLeftOut"
                text: qsTr("Open")
                Accessible.name: qsTr("Open the rows left out")
                onClicked: Qt.openUrlExternally(root.outcome.leftOutFile)
            }
        }
        BusyIndicator {
            visible: root.exchange.busy
            running: visible
            Layout.alignment: Qt.AlignHCenter
        }
        ScrollView {
            visible: !root.exchange.busy
            Layout.fillWidth: true
            Layout.fillHeight: true
            TextArea {
                objectName: "importReport"
                readOnly: true
                // Whatever a list holds is shown as text, never interpreted as markup.
                textFormat: TextEdit.PlainText
                wrapMode: TextEdit.Wrap
                font.family: "monospace"
                text: root.outcome.report ?? ""
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "importButton"
            text: qsTr("Import")
            enabled: !root.exchange.busy && !root.imported && root.outcome.ok === true
                     && (root.outcome.added + root.outcome.updated) > 0
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                root.importing = true
                root.exchange.importInBackground(root.file, root.layer, root.crs, root.mapping)
            }
        }
        Button {
            objectName: "importValidButton"
            visible: root.validPartImportable && !root.imported
            enabled: !root.exchange.busy
            text: root.outcome.rowsWithErrors === 1 ? qsTr("Import without the row with errors")
                                                    : qsTr("Import without the %n rows with errors", "", root.outcome.rowsWithErrors ?? 0)
            Accessible.name: text
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                root.importing = true
                root.exchange.importInBackground(root.file, root.layer, root.crs, root.mapping, true)
            }
        }
        Button {
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    FileDialog {
        id: mappingPicker
        title: qsTr("A mapping file for this list")
        nameFilters: [qsTr("Mapping files (*.json *.yaml *.yml)"), qsTr("All files (*)")]
        onAccepted: {
            root.mapping = selectedFile
            root.checkFile(root.file)
        }
    }
}
