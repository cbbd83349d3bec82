pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stadtplan.Models

// The coordinator's workshop in the side panel: the record being edited
// (checked as typed, undo and redo, saved as a draft or sent for review), a
// refused save's two versions to choose from, and the review queue.
ColumnLayout {
    id: root
    required property RecordEditor editor
    required property InstitutionDirectory directory
    // True while the next click on the map places a new institution.
    property bool placing: false
    property alias tab: tabs.currentIndex
    spacing: Theme.spacing

    Label {
        objectName: "accessNote"
        text: root.editor.access
        color: root.editor.canEdit ? Theme.secondaryText : Theme.errorText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TabBar {
        id: tabs
        Layout.fillWidth: true
        TabButton { text: qsTr("Record") }
        TabButton {
            objectName: "reviewTab"
            text: qsTr("Review (%1)").arg(root.editor.reviewQueue.length)
        }
    }
    StackLayout {
        currentIndex: tabs.currentIndex
        Layout.fillWidth: true
        Layout.fillHeight: true

        ColumnLayout {
            spacing: Theme.spacing
            RowLayout {
                Layout.fillWidth: true
                Button {
                    objectName: "addButton"
                    text: qsTr("Add institution")
                    checkable: true
                    checked: root.placing
                    enabled: root.editor.canEdit
                    onToggled: root.placing = checked
                    Accessible.description: qsTr("Then click the map where it is")
                }
                Item { Layout.fillWidth: true }
                ToolButton {
                    objectName: "undoButton"
                    text: qsTr("Undo")
                    enabled: root.editor.canUndo
                    onClicked: root.editor.undo()
                }
                ToolButton {
                    objectName: "redoButton"
                    text: qsTr("Redo")
                    enabled: root.editor.canRedo
                    onClicked: root.editor.redo()
                }
            }
            Label {
                visible: !root.editor.active
                text: root.placing ? qsTr("Click the map where the new institution is.")
                                   : qsTr("Choose a marker to edit its record, or add an institution.")
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                Layout.fillWidth: true
            }
            TextField {
                // A new institution at an address: placed where the gazetteer (or
                // the online geocoder, when allowed) puts it, marked geocoded.
                id: newAddress
                objectName: "newAtAddress"
                property string problem: ""
                visible: !root.editor.active && root.editor.canEdit && root.directory.canFindAddresses
                Layout.fillWidth: true
                placeholderText: qsTr("Or add at an address, e.g. Niederwall 23")
                Accessible.name: qsTr("Address of a new institution")
                onAccepted: {
                    const found = root.directory.findAddress(text)
                    const list = found.matches || []
                    if (list.length > 0 && list[0].exact && !list[0].streetOnly) {
                        root.editor.addAtAddress(list[0])
                        problem = ""
                        text = ""
                    } else {
                        problem = found.error || qsTr("Not in the address list. Closest: %1").arg(list.map(m => m.label).join("; "))
                    }
                }
            }
            Label {
                visible: newAddress.visible && newAddress.problem !== ""
                text: newAddress.problem
                color: Theme.errorText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "recordStatus"
                visible: root.editor.active
                font.bold: true
                text: root.editor.isNew ? qsTr("New record: a draft, not public until published")
                      : root.editor.status === "draft" ? qsTr("Draft: not public until published")
                      : root.editor.status === "archived" ? qsTr("Archived: no longer shown")
                      : qsTr("Published: changes go to review first")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "editorMessage"
                visible: text !== ""
                text: root.editor.message
                color: root.editor.messageIsError ? Theme.errorText : Theme.accent
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            // A refused save: both versions, field by field.
            ColumnLayout {
                objectName: "conflictView"
                visible: root.editor.conflict.length > 0
                Layout.fillWidth: true
                Repeater {
                    model: root.editor.conflict
                    delegate: Frame {
                        id: choice
                        required property var modelData
                        Layout.fillWidth: true
                        ColumnLayout {
                            anchors.left: parent.left
                            anchors.right: parent.right
                            Label { text: choice.modelData.label; font.bold: true }
                            RadioButton {
                                text: qsTr("Mine: %1").arg(choice.modelData.mine || qsTr("(empty)"))
                                checked: choice.modelData.keepMine
                                onClicked: root.editor.keepMine(choice.modelData.key, true)
                                Layout.fillWidth: true
                            }
                            RadioButton {
                                objectName: "theirs:" + choice.modelData.key
                                text: qsTr("Theirs: %1").arg(choice.modelData.theirs || qsTr("(empty)"))
                                checked: !choice.modelData.keepMine
                                onClicked: root.editor.keepMine(choice.modelData.key, false)
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
                Button {
                    objectName: "saveChoicesButton"
                    text: qsTr("Save with these choices")
                    onClicked: root.editor.saveWithChoices()
                }
            }

            Item {
                // Keeps the messages and the conflict at the top when the form is hidden.
                visible: !form.visible
                Layout.fillHeight: true
            }
            ScrollView {
                id: form
                visible: root.editor.active && root.editor.conflict.length === 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentWidth: availableWidth
                // A field reached by Tab (or shown with a problem) scrolls into view.
                function reveal(item) {
                    const flick = form.contentItem
                    const top = item.mapToItem(formColumn, 0, 0).y
                    if (top < flick.contentY)
                        flick.contentY = Math.max(0, top - 24)
                    else if (top + item.height > flick.contentY + flick.height)
                        flick.contentY = Math.min(formColumn.height - flick.height, top + item.height - flick.height + 8)
                }
                ColumnLayout {
                    id: formColumn
                    width: form.availableWidth
                    spacing: 2
                    Repeater {
                        model: root.editor.active ? root.editor.fieldKeys : []
                        delegate: ColumnLayout {
                            id: field
                            required property int index
                            required property string modelData
                            readonly property var entry: root.editor.fields[index] || ({})
                            property string typedProblem: ""
                            Layout.fillWidth: true
                            spacing: 2
                            // Before the first of the offer's fields: which offer they are of.
                            Rectangle {
                                visible: field.modelData === "s:name"
                                Layout.fillWidth: true
                                Layout.topMargin: 8
                                height: 1
                                color: Theme.border
                            }
                            RowLayout {
                                visible: field.modelData === "s:name"
                                Layout.fillWidth: true
                                Label { text: qsTr("Offer"); font.bold: true }
                                ComboBox {
                                    Layout.fillWidth: true
                                    model: root.editor.serviceNames
                                    currentIndex: root.editor.service
                                    Accessible.name: qsTr("Offer")
                                    onActivated: (index) => root.editor.service = index
                                }
                                ToolButton {
                                    enabled: root.editor.canEdit
                                    text: qsTr("Add offer")
                                    onClicked: root.editor.addService()
                                }
                            }
                            Button {
                                enabled: root.editor.canEdit
                                visible: field.modelData === "s:last_verified"
                                text: qsTr("Verified today by me")
                                Accessible.description: qsTr("Sets the date of the last verification and who made it")
                                onClicked: root.editor.markVerified()
                            }
                            Label {
                                text: field.entry.label || ""
                                color: Theme.secondaryText
                                font.pixelSize: Theme.px(12)
                                Layout.topMargin: 4
                            }
                            TextArea {
                                visible: !!field.entry.multiline
                                Layout.fillWidth: true
                                Layout.preferredHeight: Math.max(implicitHeight, 60)
                                wrapMode: TextEdit.Wrap
                                textFormat: TextEdit.PlainText
                                readOnly: !root.editor.canEdit
                                text: field.entry.value || ""
                                Accessible.name: field.entry.label || ""
                                background: Rectangle { border.color: Theme.border; color: "white" }
                                onEditingFinished: if (text !== field.entry.value) root.editor.setValue(field.modelData, text)
                            }
                            TextField {
                                id: input
                                objectName: "field:" + field.modelData
                                readOnly: !root.editor.canEdit // a viewer's connection: shown, not changed
                                visible: (!field.entry.choices || field.entry.choices.length === 0) && !field.entry.multiline
                                Layout.fillWidth: true
                                text: field.entry.value || ""
                                Accessible.name: field.entry.label || ""
                                onActiveFocusChanged: if (activeFocus) form.reveal(field)
                                onTextEdited: field.typedProblem = root.editor.problemFor(field.modelData, text)
                                onEditingFinished: {
                                    field.typedProblem = ""
                                    if (text !== field.entry.value)
                                        root.editor.setValue(field.modelData, text)
                                }
                            }
                            ComboBox {
                                visible: !!field.entry.choices && field.entry.choices.length > 0 && !field.entry.multiple
                                Layout.fillWidth: true
                                model: field.entry.choices || []
                                textRole: "label"
                                valueRole: "id"
                                enabled: root.editor.canEdit
                                currentIndex: (field.entry.choices || []).findIndex(c => c.id === field.entry.value)
                                Accessible.name: field.entry.label || ""
                                onActivated: root.editor.setValue(field.modelData, currentValue)
                            }
                            Flow {
                                visible: !!field.entry.multiple
                                Layout.fillWidth: true
                                spacing: 0
                                Repeater {
                                    model: field.entry.multiple ? field.entry.choices : []
                                    delegate: CheckBox {
                                        required property var modelData
                                        readonly property var chosen: (field.entry.value || "").split(/;\s*/).filter(s => s !== "")
                                        text: modelData.label
                                        enabled: root.editor.canEdit
                                        font.pixelSize: Theme.px(12)
                                        checked: chosen.indexOf(modelData.id) >= 0
                                        onClicked: {
                                            const next = chosen.filter(id => id !== modelData.id)
                                            if (checked)
                                                next.push(modelData.id)
                                            root.editor.setValue(field.modelData, next.join("; "))
                                        }
                                    }
                                }
                            }
                            Label {
                                readonly property string problem: field.typedProblem !== "" ? field.typedProblem : (field.entry.problem || "")
                                visible: problem !== ""
                                text: problem
                                color: Theme.errorText
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.px(12)
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
            }
            RowLayout {
                visible: root.editor.active && root.editor.conflict.length === 0
                Layout.fillWidth: true
                Button {
                    objectName: "saveButton"
                    highlighted: true
                    enabled: root.editor.canEdit && root.editor.dirty
                    text: root.editor.status === "published" && !root.editor.isNew ? qsTr("Send for review") : qsTr("Save draft")
                    onClicked: root.editor.save()
                }
                Button {
                    text: qsTr("Archive")
                    enabled: root.editor.canEdit && !root.editor.isNew && root.editor.status !== "archived"
                    Accessible.description: qsTr("Kept with its history, no longer shown")
                    onClicked: root.editor.archive()
                }
                Item { Layout.fillWidth: true }
                Button {
                    text: root.editor.dirty ? qsTr("Discard") : qsTr("Close")
                    onClicked: { root.editor.close(); root.directory.selectedId = "" }
                }
            }
        }

        // The review queue: proposals with the published values beside the
        // proposed ones, and the drafts waiting to be published.
        ScrollView {
            id: queue
            contentWidth: availableWidth
            ColumnLayout {
                width: queue.availableWidth
                spacing: Theme.spacing
                Label {
                    visible: root.editor.reviewQueue.length === 0
                    text: qsTr("Nothing waits for review.")
                    color: Theme.secondaryText
                }
                Repeater {
                    model: root.editor.reviewQueue
                    delegate: Frame {
                        id: item
                        required property var modelData
                        Layout.fillWidth: true
                        ColumnLayout {
                            anchors.left: parent.left
                            anchors.right: parent.right
                            Label {
                                text: item.modelData.name
                                font.bold: true
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Label {
                                text: item.modelData.kind === "draft" ? qsTr("New record, draft")
                                                                      : qsTr("Changes proposed by %1").arg(item.modelData.who)
                                color: Theme.secondaryText
                                font.pixelSize: Theme.px(12)
                            }
                            Repeater {
                                model: item.modelData.changes
                                delegate: Label {
                                    required property var modelData
                                    Layout.fillWidth: true
                                    wrapMode: Text.Wrap
                                    textFormat: Text.StyledText
                                    // Values are the coordinator's data: escaped, never interpreted.
                                    function plain(s) { return (s || "–").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") }
                                    text: "%1: <s><font color='#8a1c1c'>%2</font></s> → <font color='#1b5e20'><b>%3</b></font>"
                                          .arg(plain(modelData.label)).arg(plain(modelData.old)).arg(plain(modelData.new))
                                          + (modelData.changedSince ? " <font color='#8a1c1c'><b>"
                                                                      + plain(qsTr("(changed since: now %1)").arg(modelData.now || "–"))
                                                                      + "</b></font>" : "")
                                }
                            }
                            RowLayout {
                                Button {
                                    objectName: "approve:" + item.modelData.id
                                    text: item.modelData.kind === "draft" ? qsTr("Publish") : qsTr("Approve")
                                    enabled: root.editor.canEdit
                                    highlighted: true
                                    onClicked: item.modelData.kind === "draft" ? root.editor.publish(item.modelData.id)
                                                                               : root.editor.approve(item.modelData.id)
                                }
                                Button {
                                    visible: item.modelData.kind !== "draft"
                                    text: qsTr("Reject")
                                    enabled: root.editor.canEdit
                                    onClicked: root.editor.reject(item.modelData.id)
                                }
                                Button {
                                    text: qsTr("Open")
                                    onClicked: {
                                        root.directory.selectedId = item.modelData.id
                                        root.editor.edit(item.modelData.id)
                                        tabs.currentIndex = 0
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
