pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
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
        exchange.checkInBackground(url, layer)
    }
    property bool importing: false
    // What the list holds: institutions, or areas (districts and the like) for the map and coverage.
    property string layer: "institutions"

    Connections {
        target: root.exchange
        function onFinished(result) {
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
        RowLayout {
            Label { text: qsTr("The list holds") }
            ComboBox {
                objectName: "importLayer"
                model: [{ value: "institutions", text: qsTr("institutions") }, { value: "areas", text: qsTr("areas (districts)") }]
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
        }
        Label {
            objectName: "importSummary"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.bold: true
            color: root.outcome.ok ? Theme.text : Theme.errorText
            text: root.exchange.busy ? (root.importing ? qsTr("Importing…") : qsTr("Checking every record…"))
                : root.imported ? qsTr("Imported: %1 new, %2 updated.").arg(root.outcome.added).arg(root.outcome.updated)
                : root.outcome.ok ? qsTr("Ready to import: %1 new, %2 updated, %3 unchanged; %4 warnings.")
                                   .arg(root.outcome.added).arg(root.outcome.updated).arg(root.outcome.unchanged).arg(root.outcome.warnings)
                                 : qsTr("%1 errors: nothing will be imported until they are corrected.").arg(root.outcome.errors)
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
                root.exchange.importInBackground(root.file, root.layer)
            }
        }
        Button {
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
