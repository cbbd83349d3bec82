pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stadtplan.Models

// Everything known about one institution, with what is missing said plainly
// ("not yet verified", "hours unknown") rather than left blank.
Pane {
    id: root
    required property InstitutionDirectory directory
    property string institutionId: directory.selectedId
    property int revision: 0
    readonly property var info: revision >= 0 && institutionId !== "" ? directory.institution(institutionId) : ({})
    signal closeRequested()

    padding: 12
    Accessible.role: Accessible.Dialog
    Accessible.name: info.name ?? ""
    background: Rectangle {
        color: Theme.panel
        border.color: Theme.border
        radius: 6
    }

    Connections {
        // The card's texts follow language switches and store reloads.
        target: root.directory
        function onLanguageChanged() { root.revision++ }
        function onStoreChanged() { root.revision++ }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: parent.width
            spacing: 6

            RowLayout {
                Layout.fillWidth: true
                Label {
                    textFormat: Text.PlainText
                    objectName: "cardTitle"
                    text: root.info.name ?? ""
                    font.pixelSize: Theme.px(18)
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                ToolButton {
                    text: "\u2715"
                    Accessible.name: qsTr("Close")
                    onClicked: root.closeRequested()
                }
            }
            Button {
                // For the client's handout.
                objectName: "shortlistToggle"
                readonly property bool listed: root.directory.shortlist.indexOf(root.institutionId) >= 0
                text: listed ? qsTr("On the shortlist ✓") : qsTr("Add to shortlist")
                checkable: true
                checked: listed
                Accessible.name: listed ? qsTr("Remove from the shortlist") : qsTr("Add to the shortlist")
                onClicked: root.directory.toggleShortlist(root.institutionId)
            }
            Label {
                textFormat: Text.PlainText
                text: (root.info.organisation ?? "") + (root.info.organisationType ? " · " + root.info.organisationType : "")
                color: Theme.secondaryText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                text: root.info.address ?? ""
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                // Shown only while editing: a draft is not on the public map.
                objectName: "cardDraft"
                visible: root.info.draft === true
                text: qsTr("Draft: not yet public")
                color: Theme.noticeText
                font.bold: true
            }
            Label {
                textFormat: Text.PlainText
                objectName: "cardPosition"
                text: (root.info.positionSource ?? "") + " · " + (root.info.stepFree ?? "")
                color: root.info.positionEstimated ? Theme.noticeText : Theme.secondaryText
                font.pixelSize: Theme.px(12)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                objectName: "cardVerified"
                text: !root.info.lastVerified ? qsTr("Not yet verified")
                      : root.info.verifiedBy ? qsTr("Verified on %1 by %2").arg(root.info.lastVerified).arg(root.info.verifiedBy)
                      : qsTr("Verified on %1").arg(root.info.lastVerified)
                color: root.info.lastVerified ? Theme.secondaryText : Theme.noticeText
                font.pixelSize: Theme.px(12)
                font.bold: !root.info.lastVerified
            }
            Label {
                textFormat: Text.PlainText
                text: root.info.description ?? ""
                visible: text !== ""
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                // Said, so nobody takes the German for a missing translation of the app.
                objectName: "descriptionInGerman"
                visible: root.info.descriptionInGerman ?? false
                text: qsTr("Not yet translated; shown in German.")
                color: Theme.secondaryText
                font.pixelSize: Theme.px(11)
                font.italic: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            Button {
                // What changed in this record, when and by whom (newest first).
                id: historyToggle
                objectName: "historyToggle"
                readonly property var entries: root.revision >= 0 && checked ? root.directory.history(root.institutionId) : []
                flat: true
                checkable: true
                text: checked ? qsTr("Hide the history") : qsTr("History")
                Accessible.name: text
                onClicked: root.revision++
            }
            Repeater {
                model: historyToggle.entries
                delegate: Label {
                    required property var modelData
                    textFormat: Text.PlainText
                    text: qsTr("%1 · %2 · %3: %4 → %5 (%6)").arg(modelData.at).arg(modelData.who).arg(modelData.label || modelData.field)
                          .arg(modelData.oldValue === "" ? "–" : modelData.oldValue)
                          .arg(modelData.newValue === "" ? "–" : modelData.newValue).arg(modelData.via)
                    color: Theme.secondaryText
                    font.pixelSize: Theme.px(11)
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            Label {
                visible: historyToggle.checked && historyToggle.entries.length === 0
                text: qsTr("No changes recorded yet.")
                color: Theme.secondaryText
                font.pixelSize: Theme.px(11)
            }

            Repeater {
                model: root.info.services ?? []
                delegate: ColumnLayout {
                    id: service
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.topMargin: 6
                    spacing: 3
                    Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                    Label {
                        textFormat: Text.PlainText
                        text: service.modelData.name
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        textFormat: Text.PlainText
                        text: service.modelData.description
                        visible: text !== "" && text !== root.info.description
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: service.modelData.inGerman
                        text: qsTr("Not yet translated; shown in German.")
                        color: Theme.secondaryText
                        font.pixelSize: Theme.px(11)
                        font.italic: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        textFormat: Text.PlainText
                        visible: service.modelData.status !== ""
                        text: service.modelData.status
                        color: Theme.errorText
                        font.bold: true
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 4
                        Repeater {
                            model: service.modelData.focusAreas
                            delegate: Rectangle {
                                id: chip
                                required property var modelData
                                width: chipRow.implicitWidth + 10
                                height: 22
                                radius: 11
                                color: chip.modelData.colour
                                Row {
                                    id: chipRow
                                    anchors.centerIn: parent
                                    spacing: 4
                                    FocusIcon { path: chip.modelData.icon; size: 14; anchors.verticalCenter: parent.verticalCenter }
                                    Text { text: chip.modelData.label; color: "white"; font.pixelSize: Theme.px(12) }
                                }
                            }
                        }
                    }
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("For: %1").arg(service.modelData.targetGroups.join(", "))
                        visible: service.modelData.targetGroups.length > 0
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("Languages: %1").arg(service.modelData.languages.join(", "))
                        visible: service.modelData.languages.length > 0
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        textFormat: Text.PlainText
                        text: service.modelData.openingHours !== "" ? qsTr("Hours: %1").arg(service.modelData.openingHours)
                                                                    : qsTr("Hours unknown")
                        color: service.modelData.openingHours !== "" ? Theme.text : Theme.secondaryText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        textFormat: Text.PlainText
                        readonly property var parts: [service.modelData.phone, service.modelData.email,
                                                      service.modelData.website].filter(p => p !== "")
                        text: parts.length > 0 ? parts.join(" · ") : qsTr("No contact details yet")
                        color: parts.length > 0 ? Theme.text : Theme.secondaryText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        // Cost, appointment or walk-in, referral.
                        objectName: "serviceTerms"
                        textFormat: Text.PlainText
                        readonly property var parts: [service.modelData.cost, service.modelData.appointment,
                                                      service.modelData.referral].filter(p => p !== "")
                        text: parts.join(" · ")
                        visible: parts.length > 0
                        color: Theme.text
                    }
                }
            }

            Label {

                textFormat: Text.PlainText
                visible: (root.info.samePlace ?? []).length > 0
                text: qsTr("Also at this address:")
                font.bold: true
                color: Theme.text
                Layout.topMargin: 8
            }
            Repeater {
                model: root.info.samePlace ?? []
                delegate: Button {
                    required property var modelData
                    text: modelData.name
                    flat: true
                    Layout.fillWidth: true
                    onClicked: root.directory.selectedId = modelData.id
                }
            }
            Label {
                textFormat: Text.PlainText
                visible: (root.info.organisationWebsite ?? "") !== ""
                text: root.info.organisationWebsite ?? ""
                color: Theme.accent
                Layout.topMargin: 6
            }
        }
    }
}
