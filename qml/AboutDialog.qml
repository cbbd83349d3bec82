pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stadtplan.Models

// What the app is and where everything it shows comes from, with the credit
// each source's licence asks for.
Dialog {
    id: root
    required property InstitutionDirectory directory
    property BasemapSource basemap: null
    objectName: "aboutDialog"
    title: qsTr("About Stadtplan")
    anchors.centerIn: Overlay.overlay
    modal: true
    standardButtons: Dialog.Close

    ColumnLayout {
        spacing: Theme.spacing
        Label {
            text: qsTr("Stadtplan %1: the service map of integration institutions.").arg(Qt.application.version)
            font.bold: true
            wrapMode: Text.Wrap
            Layout.maximumWidth: 520
        }
        Label {
            text: root.basemap ? "<a href=\"%1\">%1</a>".arg(root.basemap.projectAddress) : ""
            visible: text !== ""
            textFormat: Text.StyledText
            onLinkActivated: link => Qt.openUrlExternally(link)
        }
        Label {
            text: qsTr("Sources")
            font.bold: true
            Layout.topMargin: Theme.spacing
        }
        Repeater {
            model: [
                { what: qsTr("Map tiles"), credit: root.directory.tileAttribution, url: root.basemap ? root.basemap.tileAttributionUrl : "" },
                { what: qsTr("Offline city map"), credit: root.basemap && root.basemap.kind === BasemapSource.Offline ? root.basemap.attribution : "", url: "" },
                { what: qsTr("City boundary, districts and population"), credit: root.directory.cityDataAttribution, url: "" },
            ].filter(source => source.credit !== "")
            delegate: Label {
                required property var modelData
                objectName: "aboutSource"
                text: modelData.what + ": " + (modelData.url !== "" ? "<a href=\"%1\">%2</a>".arg(modelData.url).arg(modelData.credit)
                                                                     : modelData.credit)
                textFormat: modelData.url !== "" ? Text.StyledText : Text.PlainText
                onLinkActivated: link => Qt.openUrlExternally(link)
                wrapMode: Text.Wrap
                Layout.maximumWidth: 520
            }
        }
    }
}
