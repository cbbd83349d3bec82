pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stadtplan.Models

// The residents' way in: the language first, then large topic tiles (icon and
// a plain label) that open the map filtered to that topic. Works by keyboard
// alone (Tab, arrow keys, Enter or Space), every control has an accessible
// name, text follows the system font size, tiles keep white text on colours
// chosen for a contrast of at least 4.5:1.
Pane {
    id: root
    required property InstitutionDirectory directory
    // Emitted when a topic was chosen or the whole map asked for.
    signal done()

    readonly property real baseSize: Qt.application.font.pixelSize > 0 ? Qt.application.font.pixelSize : 14
    padding: 0
    background: Rectangle { color: Theme.window }
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Start page")

    function chooseTopic(focusId) {
        directory.clearFilterOptions()
        directory.searchText = ""
        directory.focusFilter = [focusId]
        done()
    }
    // Keyboard focus starts on the first tile.
    function focusFirstTile() {
        const first = tiles.itemAt(0)
        if (first)
            first.forceActiveFocus(Qt.TabFocusReason)
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroller.availableWidth
            spacing: root.baseSize

            Item { Layout.preferredHeight: root.baseSize }
            Label {
                text: qsTr("Help and advice in %1").arg(root.directory.cityName)
                font.pixelSize: root.baseSize * 2.2
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
                Layout.leftMargin: root.baseSize * 2
                Layout.rightMargin: root.baseSize * 2
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Flow {
                // Each language named in itself.
                id: languageRow
                objectName: "startLanguages"
                Layout.alignment: Qt.AlignHCenter
                Layout.maximumWidth: scroller.availableWidth - root.baseSize * 4
                Layout.preferredWidth: implicitWidth
                spacing: root.baseSize / 2
                Repeater {
                    model: root.directory.languages
                    delegate: Button {
                        required property var modelData
                        objectName: "language-" + modelData.code
                        text: modelData.name
                        font.pixelSize: root.baseSize * 1.1
                        checkable: true
                        checked: root.directory.language === modelData.code
                        highlighted: checked
                        Accessible.name: modelData.name
                        Accessible.description: qsTr("Show the map in this language")
                        onClicked: root.directory.language = modelData.code
                    }
                }
            }
            Label {
                text: qsTr("What are you looking for?")
                font.pixelSize: root.baseSize * 1.6
                color: Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            GridLayout {
                id: grid
                objectName: "topicTiles"
                readonly property real tileWidth: root.baseSize * 15
                columns: Math.max(1, Math.floor((scroller.availableWidth - root.baseSize * 4) / (tileWidth + columnSpacing)))
                columnSpacing: root.baseSize
                rowSpacing: root.baseSize
                Layout.alignment: Qt.AlignHCenter
                Repeater {
                    id: tiles
                    // Topics for residents that someone offers.
                    model: root.directory.focusAreas
                    delegate: Button {
                        id: tile
                        required property int index
                        required property string focusId
                        required property string label
                        required property string colour
                        required property string iconPath
                        required property int count
                        required property bool forProfessionals
                        objectName: "tile-" + focusId
                        visible: !forProfessionals && count > 0
                        Layout.preferredWidth: grid.tileWidth
                        Layout.preferredHeight: root.baseSize * 10
                        Accessible.role: Accessible.Button
                        Accessible.name: label
                        Accessible.description: count === 1 ? qsTr("1 place") : qsTr("%1 places").arg(count)
                        onClicked: root.chooseTopic(focusId)
                        Keys.onReturnPressed: root.chooseTopic(focusId)
                        Keys.onEnterPressed: root.chooseTopic(focusId)
                        // Arrow keys move through the tiles as they are laid out:
                        // `count` visible tiles forward (positive) or back.
                        function move(count) {
                            const step = count > 0 ? 1 : -1
                            let target = null
                            for (let i = index + step, left = Math.abs(count); i >= 0 && i < tiles.count && left > 0; i += step) {
                                const other = tiles.itemAt(i)
                                if (other && other.visible) {
                                    target = other
                                    --left
                                }
                            }
                            if (target)
                                target.forceActiveFocus(Qt.TabFocusReason)
                        }
                        Keys.onRightPressed: move(root.mirrored ? -1 : 1)
                        Keys.onLeftPressed: move(root.mirrored ? 1 : -1)
                        Keys.onDownPressed: move(grid.columns)
                        Keys.onUpPressed: move(-grid.columns)
                        background: Rectangle {
                            radius: root.baseSize / 2
                            color: tile.down ? Qt.darker(tile.colour, 1.25) : tile.colour
                            border.width: tile.activeFocus ? 4 : 0
                            border.color: Theme.text
                        }
                        contentItem: ColumnLayout {
                            spacing: root.baseSize / 2
                            FocusIcon {
                                path: tile.iconPath
                                size: root.baseSize * 3.4
                                Layout.alignment: Qt.AlignHCenter
                            }
                            Label {
                                text: tile.label
                                color: "white"
                                font.pixelSize: root.baseSize * 1.15
                                font.bold: true
                                wrapMode: Text.Wrap
                                maximumLineCount: 3
                                elide: Text.ElideRight
                                horizontalAlignment: Text.AlignHCenter
                                Layout.fillWidth: true
                                Accessible.ignored: true
                            }
                        }
                    }
                }
            }
            Button {
                objectName: "wholeMap"
                text: qsTr("Show everything on the map")
                font.pixelSize: root.baseSize * 1.1
                Layout.alignment: Qt.AlignHCenter
                Accessible.name: text
                onClicked: { root.directory.clearFilter(); root.done() }
            }
            Item { Layout.preferredHeight: root.baseSize }
        }
    }
}
