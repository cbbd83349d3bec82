pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import QtPositioning
import Stadtplan.Models

ApplicationWindow {
    id: window
    required property InstitutionDirectory directory
    // What the map is drawn on (the app makes it; null: the city boundary alone).
    property BasemapSource basemap: null
    property var initialCenter: directory.cityCenter
    property real initialZoom: directory.cityZoom
    // A list to check for import right after start (--import FILE).
    property url importAtStart
    // Coverage of this focus area over the areas of this kind (--coverage FOCUS); empty: off.
    property string coverageAtStart
    property string coverageAreaKind: "district"
    property bool coverageMode: coverageAtStart !== ""
    // Where the user's position comes from: the platform's source (empty), or
    // a named Qt Positioning plugin, e.g. "nmea" with an NMEA source (a GPS
    // receiver's serial port or a log file), for kiosks (--position-source).
    property string positionPlugin: ""
    property string positionNmeaSource: ""
    // The residents' start page of topic tiles (--start-page, or the Topics button).
    property bool startPageShown: false
    // The coordinator's editing mode (--edit ID|review opens in it).
    property string editAtStart: ""
    property bool editMode: editAtStart !== ""
    readonly property CityMap cityMap: cityMapLoader.item
    // A first offline map built while the app runs: the map made anew over
    // it, keeping the view.
    function remakeMap() {
        initialCenter = window.cityMap.center
        initialZoom = window.cityMap.zoomLevel
        cityMapLoader.active = false
        cityMapLoader.active = true
    }

    width: 1280
    height: 800
    visible: true
    title: qsTr("Stadtplan – %1").arg(directory.cityName)
    color: Theme.window
    LayoutMirroring.enabled: directory.rightToLeft
    LayoutMirroring.childrenInherit: true

    // Where the keyboard was when a card opened: it goes back there when the card closes.
    property Item focusBeforeCard: null
    function choose(institutionId) {
        focusBeforeCard = activeFocusItem
        directory.selectedId = institutionId
        const info = directory.institution(institutionId)
        if (info.coordinate)
            window.cityMap.showInstitution(info.coordinate)
    }

    Connections {
        // However it was selected (list, marker, command line), the place
        // stays visible beside the card.
        target: window.directory
        function onSelectedIdChanged() { Qt.callLater(window.revealSelection) }
    }
    function revealSelection() {
        if (directory.selectedId !== "")
            window.cityMap.ensureVisible(directory.institution(directory.selectedId).coordinate)
    }
    // In coverage mode the markers show the focus area measured; the chosen
    // focus areas come back when it ends.
    property var filterBeforeCoverage: []
    // The markers follow what the analysis looks at: the focus area measured,
    // or the focus area whose overlaps are listed (none: all).
    function followAnalysis() {
        if (!coverageMode)
            return
        overlapHighlight = []
        if (analysisTabs.currentIndex >= 2)
            directory.focusFilter = []
        else if (analysisTabs.currentIndex === 1)
            directory.focusFilter = overlapModel.focus !== "" ? [overlapModel.focus] : []
        else
            directory.focusFilter = [coverageModel.focus]
    }
    // The institutions of the overlap group chosen, ringed on the map.
    property var overlapHighlight: []
    onCoverageModeChanged: {
        if (coverageMode) {
            filterBeforeCoverage = Array.from(directory.focusFilter) // a copy, not a live view of the property
            directory.focusFilter = [coverageModel.focus]
        } else {
            directory.focusFilter = filterBeforeCoverage
        }
    }
    RecordEditor {
        id: editor
        directory: window.directory
    }
    onEditModeChanged: {
        directory.editing = editMode
        if (editMode) {
            coverageMode = false
            editor.checkAccess()
            if (directory.selectedId !== "")
                editor.edit(directory.selectedId)
        } else {
            editor.close()
            editorPanel.placing = false
        }
    }
    Connections {
        // Choosing a marker while editing opens its record, unless an edit is unsaved.
        target: window.directory
        function onSelectedIdChanged() {
            if (window.editMode && window.directory.selectedId !== "" && !editor.dirty
                    && editor.recordId !== window.directory.selectedId)
                editor.edit(window.directory.selectedId)
        }
    }
    DuplicateModel {
        id: duplicateModel
        directory: window.coverageMode ? window.directory : null
    }
    OverlapModel {
        id: overlapModel
        // Computed only while the analysis is open.
        directory: window.coverageMode ? window.directory : null
        onSettingsChanged: { window.overlapHighlight = []; window.followAnalysis() }
    }
    CoverageModel {
        id: coverageModel
        onSettingsChanged: window.followAnalysis()
        directory: window.directory
        focus: window.coverageAtStart !== "" ? window.coverageAtStart : "language_courses"
        areaKind: window.coverageAreaKind
    }
    DataExchange {
        id: exchange
        directory: window.directory
    }
    ImportDialog {
        id: importDialog
        exchange: exchange
    }
    FileDialog {
        id: importPicker
        title: qsTr("Import a list of institutions")
        nameFilters: [qsTr("Lists and geodata (*.csv *.xlsx *.ods *.geojson *.json *.kml *.gml *.gpkg *.shp *.zip)"), qsTr("All files (*)")]
        onAccepted: importDialog.checkFile(selectedFile)
    }
    FileDialog {
        id: exportPicker
        title: qsTr("Export the institutions shown")
        fileMode: FileDialog.SaveFile
        nameFilters: ["GeoJSON (*.geojson)", "GeoPackage (*.gpkg)", "CSV (*.csv)", "Excel (*.xlsx)", "KML (*.kml)"]
        onAccepted: {
            const problem = exchange.exportView(selectedFile)
            exportMessage.text = problem === "" ? qsTr("Exported to %1").arg(selectedFile.toString().split("/").pop()) : problem
            exportMessage.open()
        }
    }
    // One choice of Tools → Map tiles, checked while it is the saved one.
    component MapChoiceItem: MenuItem {
        id: choiceItem
        required property string choice
        property BasemapSource source: null
        objectName: "mapTiles-" + choice
        checkable: true
        checked: source !== null && source.choice === choice
        onTriggered: {
            source.choice = choice
            // A click toggles `checked`; the saved choice decides it.
            checked = Qt.binding(() => choiceItem.source !== null && choiceItem.source.choice === choiceItem.choice)
        }
    }
    OfflineMapDialog {
        id: offlineMapDialog
        directory: window.directory
        basemap: window.basemap
        // An update of the offline map shown: the map reads its tiles anew;
        // a first one: the map is made anew over it.
        onNewMapReady: (remade) => remade ? window.remakeMap() : window.cityMap.map.clearData()
    }
    AboutDialog {
        id: aboutDialog
        directory: window.directory
        basemap: window.basemap
    }
    Dialog {
        id: shareDialog
        objectName: "shareDialog"
        property string link
        title: qsTr("Share this view")
        anchors.centerIn: Overlay.overlay
        modal: true
        standardButtons: Dialog.Close
        ColumnLayout {
            spacing: Theme.spacing
            Label {
                text: qsTr("The link is on the clipboard. Whoever opens it sees these filters, this search and this part of the map.")
                wrapMode: Text.Wrap
                Layout.maximumWidth: 520
            }
            TextField {
                objectName: "shareLink"
                text: shareDialog.link
                onTextChanged: cursorPosition = 0
                readOnly: true
                selectByMouse: true
                Layout.fillWidth: true
                Layout.preferredWidth: 520
                Accessible.name: qsTr("Link to this view")
            }
        }
    }
    Dialog {
        id: printDialog
        objectName: "printDialog"
        title: qsTr("Print the Stadtplan")
        anchors.centerIn: Overlay.overlay
        modal: true
        standardButtons: Dialog.Cancel
        ColumnLayout {
            spacing: Theme.spacing
            Label {
                text: window.directory.focusFilter.length > 0
                      ? qsTr("The map and directory of the %1 institutions shown (%2).").arg(window.directory.matchingCount)
                            .arg(window.directory.focusFilter.map(id => window.directory.focusAreaLabel(id)).join(", "))
                      : qsTr("The map and directory of all %1 institutions.").arg(window.directory.institutionCount)
                wrapMode: Text.Wrap
                Layout.maximumWidth: 420
            }
            RowLayout {
                Label { text: qsTr("Paper") }
                ComboBox { id: paperBox; model: ["A4", "A3", "A2", "A1", "A0"]; currentIndex: 1; Accessible.name: qsTr("Paper") }
                CheckBox { id: landscapeBox; text: qsTr("Landscape") }
            }
            Button {
                text: qsTr("Save as PDF…")
                onClicked: printPicker.open()
            }
        }
    }
    FileDialog {
        id: printPicker
        title: qsTr("Save the Stadtplan as PDF")
        fileMode: FileDialog.SaveFile
        nameFilters: ["PDF (*.pdf)"]
        onAccepted: {
            const problem = exchange.printStadtplan(selectedFile, paperBox.currentText, landscapeBox.checked)
            printDialog.close()
            exportMessage.text = problem === "" ? qsTr("Saved the Stadtplan to %1").arg(selectedFile.toString().split("/").pop()) : problem
            exportMessage.open()
        }
    }
    Dialog {
        // The caseworker's shortlist for a client, and its handout.
        id: shortlistDialog
        objectName: "shortlistDialog"
        title: qsTr("Shortlist for the client")
        anchors.centerIn: Overlay.overlay
        modal: true
        standardButtons: Dialog.Close
        width: Math.min(560, window.width - 40)
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                text: window.directory.shortlist.length === 0
                      ? qsTr("The shortlist is empty. Open an institution and choose “Add to shortlist”.")
                      : window.directory.nearPoint.isValid
                        ? qsTr("Nearest first from %1 on the handout.").arg(window.directory.nearLabel !== "" ? window.directory.nearLabel : qsTr("the point chosen on the map"))
                        : qsTr("Give the client's address to print distances and walking times.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                model: window.directory.shortlist
                delegate: RowLayout {
                    id: entry
                    required property string modelData
                    required property int index
                    Layout.fillWidth: true
                    Label {
                        textFormat: Text.PlainText
                        text: (entry.index + 1) + ". " + (window.directory.institution(entry.modelData).name ?? entry.modelData)
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Button {
                        text: qsTr("Remove")
                        flat: true
                        Accessible.name: qsTr("Remove %1 from the shortlist").arg(window.directory.institution(entry.modelData).name ?? "")
                        onClicked: window.directory.toggleShortlist(entry.modelData)
                    }
                }
            }
            RowLayout {
                Label { text: qsTr("Client's language") }
                ComboBox {
                    id: clientLanguageBox
                    objectName: "clientLanguage"
                    model: window.directory.languages
                    textRole: "name"
                    valueRole: "code"
                    Accessible.name: qsTr("Client's language")
                    // A sensible first guess: the language the app is shown in, unless that is German.
                    Component.onCompleted: currentIndex = indexOfValue(window.directory.language === "de" ? "en" : window.directory.language)
                }
            }
            RowLayout {
                Button {
                    text: qsTr("Save handout as PDF…")
                    enabled: window.directory.shortlist.length > 0
                    onClicked: handoutPicker.open()
                }
                Button {
                    text: qsTr("Empty the shortlist")
                    enabled: window.directory.shortlist.length > 0
                    onClicked: window.directory.clearShortlist()
                }
            }
        }
    }
    FileDialog {
        id: handoutPicker
        title: qsTr("Save the handout as PDF")
        fileMode: FileDialog.SaveFile
        nameFilters: ["PDF (*.pdf)"]
        onAccepted: {
            const problem = exchange.printHandout(selectedFile, clientLanguageBox.currentValue)
            if (problem === "")
                Qt.openUrlExternally(selectedFile) // to print it, or to hand it over
            exportMessage.text = problem === "" ? qsTr("Saved the handout to %1").arg(selectedFile.toString().split("/").pop()) : problem
            exportMessage.open()
        }
    }
    FileDialog {
        id: overduePicker
        title: qsTr("Export the overdue institutions' contacts")
        fileMode: FileDialog.SaveFile
        nameFilters: ["CSV (*.csv)"]
        onAccepted: {
            const problem = exchange.exportOverdue(selectedFile, monthsBox.value)
            exportMessage.text = problem === "" ? qsTr("Exported to %1").arg(selectedFile.toString().split("/").pop()) : problem
            exportMessage.open()
        }
    }
    Dialog {
        id: exportMessage
        property alias text: exportLabel.text
        anchors.centerIn: Overlay.overlay
        modal: true
        standardButtons: Dialog.Ok
        Label { id: exportLabel; wrapMode: Text.Wrap }
    }
    Component.onCompleted: {
        if (importAtStart.toString() !== "")
            Qt.callLater(() => importDialog.checkFile(importAtStart))
        if (coverageMode) {
            filterBeforeCoverage = Array.from(directory.focusFilter) // a copy, not a live view of the property
            directory.focusFilter = [coverageModel.focus]
        }
        if (editMode) {
            directory.editing = true
            editor.checkAccess()
            if (editAtStart === "review") {
                editorPanel.tab = 1
            } else {
                directory.selectedId = editAtStart
                editor.edit(editAtStart)
            }
        }
    }

    Connections {
        // A selection given at start (--select) is revealed once the map has its size.
        target: window.cityMap ? window.cityMap.map : null
        function onMapReadyChanged() { if (window.cityMap.map.mapReady) Qt.callLater(window.revealSelection) }
    }

    header: ToolBar {
        background: Rectangle { color: Theme.panel; border.color: Theme.border }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            spacing: window.width < 900 ? 4 : 12
            Label {
                text: qsTr("Stadtplan %1").arg(window.directory.cityName)
                font.pixelSize: Theme.px(18)
                font.bold: true
                color: Theme.text
            }
            Label {
                // The counts are never cut; the chosen areas' names after them may be.
                objectName: "resultCount"
                text: window.directory.searchText.trim() !== "" && window.directory.focusFilter.length === 0
                      ? qsTr("%1 of %2 institutions found").arg(window.directory.matchingCount).arg(window.directory.institutionCount)
                      : window.directory.focusFilter.length > 0
                      ? qsTr("%1 of %2 institutions").arg(window.directory.matchingCount).arg(window.directory.institutionCount)
                      : (window.directory.institutionCount === 1 ? qsTr("1 institution")
                                                                 : qsTr("%1 institutions").arg(window.directory.institutionCount))
                color: Theme.secondaryText
                Layout.minimumWidth: implicitWidth
                Accessible.role: Accessible.StaticText
                Accessible.name: resultAreas.visible ? text + ": " + resultAreas.text : text
            }
            Label {
                // The chosen areas, named: the panel may have scrolled them out of sight.
                id: resultAreas
                objectName: "resultAreas"
                visible: window.directory.focusFilter.length > 0
                text: window.directory.focusFilter.map(id => window.directory.focusAreaLabel(id)).join(", ")
                color: Theme.secondaryText
                elide: Text.ElideRight
                Layout.fillWidth: true
                Accessible.ignored: true
            }
            Item {
                // Keeps the buttons right when no names are shown.
                visible: !resultAreas.visible
                Layout.fillWidth: true
            }
            HeaderButton {
                objectName: "topicsButton"
                text: qsTr("Topics")
                checkable: true
                checked: window.startPageShown
                onToggled: window.startPageShown = checked
                Accessible.description: qsTr("The start page: large topic tiles and the choice of language")
            }
            HeaderButton {
                objectName: "coverageButton"
                text: qsTr("Coverage")
                checkable: true
                checked: window.coverageMode
                enabled: window.directory.loaded
                onToggled: { window.coverageMode = checked; if (checked) window.editMode = false }
                Accessible.description: qsTr("Show how well the districts are served by a focus area")
            }
            HeaderButton {
                objectName: "editButton"
                text: qsTr("Edit")
                checkable: true
                checked: window.editMode
                enabled: window.directory.loaded
                onToggled: window.editMode = checked
                Accessible.description: qsTr("The coordinator's editing: records, drafts and the review queue")
            }
            HeaderButton {
                objectName: "shareButton"
                text: qsTr("Share view…")
                enabled: window.directory.loaded
                Accessible.description: qsTr("A link to exactly this view, for a colleague")
                onClicked: {
                    shareDialog.link = window.directory.shareLink(window.cityMap.center, window.cityMap.zoomLevel)
                    exchange.copyToClipboard(shareDialog.link)
                    shareDialog.open()
                }
            }
            HeaderButton {
                objectName: "shortlistButton"
                text: qsTr("Shortlist (%1)…").arg(window.directory.shortlist.length)
                enabled: window.directory.loaded
                Accessible.description: qsTr("The institutions chosen for a client, and their handout")
                onClicked: shortlistDialog.open()
            }
            HeaderButton {
                // The coordinator's tools, out of the way of the everyday ones
                // (and of longer translations).
                id: toolsButton
                objectName: "toolsButton"
                text: qsTr("Tools")
                Accessible.description: qsTr("Print the Stadtplan, import lists, export the view")
                onClicked: toolsMenu.open()
                Menu {
                    id: toolsMenu
                    y: toolsButton.height
                    MenuItem {
                        text: qsTr("Print Stadtplan…")
                        enabled: window.directory.loaded && window.directory.institutionCount > 0
                        onTriggered: printDialog.open()
                    }
                    MenuItem {
                        text: qsTr("Import list…")
                        enabled: !window.directory.readOnly
                        onTriggered: importPicker.open()
                    }
                    MenuItem {
                        text: qsTr("Export view…")
                        enabled: window.directory.loaded
                        onTriggered: exportPicker.open()
                    }
                    MenuSeparator {}
                    MenuItem {
                        objectName: "offlineMapItem"
                        text: qsTr("Offline city map…")
                        enabled: window.directory.loaded
                        onTriggered: offlineMapDialog.open()
                    }
                    // What the map is drawn on; kept for the next starts.
                    Menu {
                        id: mapTilesMenu
                        objectName: "mapTilesMenu"
                        title: qsTr("Map tiles")
                        enabled: window.basemap !== null
                        MapChoiceItem {
                            choice: "automatic"
                            source: window.basemap
                            text: qsTr("Automatic: the offline map when there, else online")
                        }
                        MapChoiceItem {
                            choice: "online"
                            source: window.basemap
                            text: qsTr("Online tiles")
                        }
                        MapChoiceItem {
                            choice: "offline"
                            source: window.basemap
                            text: qsTr("Offline city map")
                        }
                        MapChoiceItem {
                            choice: "none"
                            source: window.basemap
                            text: qsTr("None: districts only")
                        }
                        MenuItem {
                            objectName: "mapTilesRestart"
                            visible: window.basemap !== null && window.basemap.restartNeeded
                            height: visible ? implicitHeight : 0
                            enabled: false
                            text: qsTr("Applies at the next start")
                        }
                    }
                    MenuItem {
                        text: qsTr("About Stadtplan…")
                        onTriggered: aboutDialog.open()
                    }
                }
            }
            ComboBox {
                id: languageBox
                objectName: "uiLanguage"

                model: window.directory.languages
                textRole: "name"
                valueRole: "code"
                Accessible.name: qsTr("Language of the labels")
                Component.onCompleted: currentIndex = indexOfValue(window.directory.language)
                onActivated: window.directory.language = currentValue
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            objectName: "errorBanner"
            z: 1
            visible: window.directory.errorMessage !== ""
            Layout.fillWidth: true
            implicitHeight: errorText.implicitHeight + 16
            color: Theme.error
            Label {
                id: errorText
                anchors.fill: parent
                anchors.margins: 8
                text: window.directory.errorMessage
                color: Theme.errorText
                wrapMode: Text.Wrap
            }
        }
        Rectangle {
            objectName: "dataNote"
            z: 1
            visible: window.directory.dataNote !== ""
            Layout.fillWidth: true
            implicitHeight: noteText.implicitHeight + 12
            color: Theme.notice
            Label {
                id: noteText
                anchors.fill: parent
                anchors.margins: 6
                anchors.leftMargin: 12
                text: window.directory.dataNote
                color: Theme.noticeText
                wrapMode: Text.Wrap
            }
        }
        // The offline map's data is over a month old: an update is offered,
        // never made without the user.
        Rectangle {
            objectName: "offlineMapOldNote"
            z: 1
            visible: window.basemap !== null && window.basemap.offlineMapOld && !offlineMapDialog.job.running
                     && offlineMapDialog.job.phase !== "done"
            Layout.fillWidth: true
            implicitHeight: oldRow.implicitHeight + 8
            color: Theme.notice
            RowLayout {
                id: oldRow
                anchors.fill: parent
                anchors.margins: 4
                anchors.leftMargin: 12
                Label {
                    text: window.basemap !== null && window.basemap.offlineDataDate !== ""
                          ? qsTr("The offline map's data is from %1.").arg(
                                Date.fromLocaleString(Qt.locale("C"), window.basemap.offlineDataDate, "yyyy-MM-dd")
                                    .toLocaleDateString(Qt.locale(window.directory.language), Locale.ShortFormat)) : ""
                    color: Theme.noticeText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "offlineMapUpdate"
                    text: qsTr("Update…")
                    onClicked: offlineMapDialog.open()
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Pane {
                // Above the map, so map items near its edge (graticule lines,
                // area outlines, markers) pass under the panel, not over it.
                z: 1
                Layout.preferredWidth: 360
                Layout.fillHeight: true
                padding: 8
                background: Rectangle { color: Theme.panel; border.color: Theme.border }

                ColumnLayout {
                    anchors.fill: parent
                    visible: window.coverageMode
                    spacing: Theme.spacing
                    TabBar {
                        id: analysisTabs
                        Layout.fillWidth: true
                        onCurrentIndexChanged: window.followAnalysis()
                        TabButton { text: qsTr("Coverage") }
                        TabButton { objectName: "overlapsTab"; text: qsTr("Overlaps") }
                        TabButton { objectName: "duplicatesTab"; text: qsTr("Duplicates") }
                        TabButton { objectName: "verificationTab"; text: qsTr("Verification") }
                    }
                    StackLayout {
                        currentIndex: analysisTabs.currentIndex
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        CoveragePanel {
                            objectName: "coveragePanel"
                            directory: window.directory
                            coverage: coverageModel
                            onAreaChosen: (centre) => window.cityMap.showInstitution(centre)
                        }
                        OverlapsPanel {
                            id: overlapsPanel
                            objectName: "overlapsPanel"
                            directory: window.directory
                            overlaps: overlapModel
                            onGroupChosen: (coordinates) => {
                                window.overlapHighlight = coordinates
                                if (coordinates.length > 0) {
                                    // Close enough that the group's markers stand apart.
                                    window.cityMap.zoomLevel = Math.max(window.cityMap.zoomLevel, 15)
                                    window.cityMap.showInstitution(coordinates[0])
                                }
                            }
                        }
                        // Records that are likely one institution, to merge.
                        ColumnLayout {
                            spacing: Theme.spacing
                            Label {
                                text: duplicateModel.count === 0 ? qsTr("No likely duplicates.")
                                                                 : qsTr("%n pairs that may be one institution", "", duplicateModel.count)
                                color: Theme.secondaryText
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            ListView {
                                objectName: "duplicateList"
                                Layout.fillWidth: true
                                Layout.fillHeight: true
                                clip: true
                                model: duplicateModel
                                delegate: ItemDelegate {
                                    id: pair
                                    required property string firstId
                                    required property string firstName
                                    required property string secondName
                                    required property string reason
                                    required property var coordinates
                                    width: ListView.view.width
                                    onClicked: {
                                        window.overlapHighlight = pair.coordinates
                                        window.choose(pair.firstId)
                                    }
                                    Accessible.name: qsTr("%1 and %2: %3").arg(pair.firstName).arg(pair.secondName).arg(pair.reason)
                                    contentItem: ColumnLayout {
                                        spacing: 1
                                        Label { text: pair.firstName; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                                        Label { text: pair.secondName; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                                        Label { text: pair.reason; color: Theme.secondaryText; font.pixelSize: Theme.px(11); Layout.fillWidth: true }
                                    }
                                }
                            }
                        }
                        // Records overdue for verification: ask the institutions to confirm.
                        ColumnLayout {
                            id: verificationPanel
                            objectName: "verificationPanel"
                            spacing: Theme.spacing
                            readonly property var overdue: window.coverageMode && analysisTabs.currentIndex === 3
                                                           ? window.directory.overdueForVerification(monthsBox.value) : []
                            RowLayout {
                                Label { text: qsTr("Not verified for") }
                                SpinBox {
                                    id: monthsBox
                                    objectName: "verificationMonths"
                                    from: 1
                                    to: 60
                                    value: 12
                                    editable: true
                                    Accessible.name: qsTr("Months since the last verification")
                                }
                                Label { text: qsTr("months") }
                            }
                            Label {
                                text: qsTr("%n institutions to ask for confirmation", "", verificationPanel.overdue.length)
                                color: Theme.secondaryText
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Button {
                                text: qsTr("Export contacts…")
                                enabled: verificationPanel.overdue.length > 0
                                Accessible.description: qsTr("The overdue institutions with phone, e-mail and website, as CSV")
                                onClicked: overduePicker.open()
                            }
                            ListView {
                                objectName: "overdueList"
                                Layout.fillWidth: true
                                Layout.fillHeight: true
                                clip: true
                                model: verificationPanel.overdue
                                delegate: ItemDelegate {
                                    id: overdueEntry
                                    required property var modelData
                                    width: ListView.view.width
                                    onClicked: window.choose(overdueEntry.modelData.id)
                                    Accessible.name: text
                                    text: overdueEntry.modelData.name
                                    contentItem: ColumnLayout {
                                        spacing: 1
                                        Label { textFormat: Text.PlainText; text: overdueEntry.modelData.name; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                                        Label {
                                            text: overdueEntry.modelData.lastVerified === "" ? qsTr("Never verified")
                                                                                             : qsTr("Last verified %1").arg(overdueEntry.modelData.lastVerified)
                                            color: Theme.secondaryText
                                            font.pixelSize: Theme.px(11)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }

                EditorPanel {
                    id: editorPanel
                    objectName: "editorPanel"
                    anchors.fill: parent
                    visible: window.editMode
                    editor: editor
                    directory: window.directory
                }

                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacing
                    visible: !window.coverageMode && !window.editMode

                    TextField {
                        id: searchField
                        objectName: "searchField"
                        // Where the keyboard starts: type to search.
                        focus: true
                        Layout.fillWidth: true
                        placeholderText: qsTr("Search names, Träger, offers…")
                        Accessible.name: qsTr("Search")
                        Accessible.description: qsTr("Finds institutions as you type; spelling and one typo per word are forgiven")
                        inputMethodHints: Qt.ImhNoPredictiveText
                        onTextEdited: window.directory.searchText = text
                        // Enter on an address typed here sorts from it.
                        onAccepted: if (addressInSearch.visible) addressInSearch.clicked()
                        Component.onCompleted: text = window.directory.searchText // --search, --link
                        Connections {
                            // A search set from elsewhere (a shared link) shows in the field.
                            target: window.directory
                            function onFilterChanged() {
                                if (!searchField.activeFocus && searchField.text !== window.directory.searchText)
                                    searchField.text = window.directory.searchText
                            }
                        }
                        Keys.onEscapePressed: { text = ""; window.directory.searchText = "" }
                        rightPadding: clearSearch.visible ? clearSearch.width + 4 : padding
                        ToolButton {
                            id: clearSearch
                            visible: searchField.text !== ""
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            text: "×"
                            Accessible.name: qsTr("Clear the search")
                            onClicked: { searchField.text = ""; window.directory.searchText = "" }
                        }
                    }
                    Button {
                        // The search text is an address: offer to sort from there.
                        id: addressInSearch
                        objectName: "addressInSearch"
                        property var match: ({})
                        visible: match.label !== undefined && searchField.text !== ""
                        Layout.fillWidth: true
                        text: visible ? qsTr("Sort by distance from %1").arg(match.label) : ""
                        Accessible.name: text
                        onClicked: {
                            window.directory.useAddress(match.label, QtPositioning.coordinate(match.latitude, match.longitude))
                            addressField.text = match.label
                            searchField.text = ""
                            window.directory.searchText = ""
                            match = ({})
                            window.cityMap.ensureVisible(window.directory.nearPoint)
                        }
                        Connections {
                            target: searchField
                            function onTextEdited() {
                                addressInSearch.match = window.directory.canFindAddresses
                                        ? window.directory.recogniseAddress(searchField.text) : ({})
                            }
                        }
                    }
                    Flow {
                        // Completions of the word being typed.
                        objectName: "suggestions"
                        visible: window.directory.suggestions.length > 0
                        Layout.fillWidth: true
                        spacing: 4
                        Repeater {
                            model: window.directory.suggestions
                            delegate: Button {
                                required property string modelData
                                text: modelData
                                flat: true
                                font.pixelSize: Theme.px(12)
                                padding: 2
                                Accessible.name: qsTr("Complete as %1").arg(modelData)
                                onClicked: {
                                    const words = searchField.text.trim().split(/\s+/)
                                    words[words.length - 1] = modelData
                                    searchField.text = words.join(" ") + " "
                                    window.directory.searchText = searchField.text
                                    searchField.forceActiveFocus()
                                }
                            }
                        }
                    }
                    ScrollView {
                        // On small screens the focus areas scroll: the bar stays
                        // visible, a hint says how many follow, and the row the
                        // keyboard is on is scrolled into view.
                        id: focusScroll
                        objectName: "focusScroll"
                        readonly property Flickable flickable: contentItem
                        readonly property bool scrolls: focusPanel.implicitHeight > height + 1
                        readonly property int below: scrolls ? focusPanel.rowsBelow(flickable.contentY + height) : 0
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.min(focusPanel.implicitHeight, parent.height * 0.45)
                        contentWidth: availableWidth
                        ScrollBar.vertical.policy: scrolls ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
                        function ensureVisible(item) {
                            const y = item.mapToItem(focusPanel, 0, 0).y
                            // Not under the hint, unless nothing follows.
                            const bottom = y + item.height < focusPanel.implicitHeight - 1 ? moreFocusAreas.height : 0
                            if (y < flickable.contentY)
                                flickable.contentY = y
                            else if (y + item.height > flickable.contentY + height - bottom)
                                flickable.contentY = Math.min(focusPanel.implicitHeight - height,
                                                              y + item.height - height + bottom)
                        }
                        // Room for the scroll bar, on its side (the left one right to left).
                        readonly property real barSpace: scrolls ? ScrollBar.vertical.width + 4 : 0
                        FocusAreaPanel {
                            id: focusPanel
                            objectName: "focusPanel"
                            x: focusScroll.mirrored ? focusScroll.barSpace : 0
                            width: focusScroll.availableWidth - focusScroll.barSpace
                            directory: window.directory
                            onRowFocused: (row) => focusScroll.ensureVisible(row)
                        }
                        Rectangle {
                            // The hint that more focus areas follow.
                            id: moreFocusAreas
                            objectName: "moreFocusAreas"
                            parent: focusScroll
                            visible: focusScroll.below > 0
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.leftMargin: focusScroll.mirrored ? focusScroll.barSpace : 0
                            anchors.rightMargin: focusScroll.mirrored ? 0 : focusScroll.barSpace
                            anchors.bottom: parent.bottom
                            height: moreLabel.implicitHeight + 10
                            gradient: Gradient {
                                GradientStop { position: 0.0; color: Qt.rgba(Theme.panel.r, Theme.panel.g, Theme.panel.b, 0.0) }
                                GradientStop { position: 0.45; color: Theme.panel }
                            }
                            Label {
                                id: moreLabel
                                anchors.horizontalCenter: parent.horizontalCenter
                                anchors.bottom: parent.bottom
                                text: focusScroll.below === 1 ? qsTr("▾ 1 more focus area") : qsTr("▾ %1 more focus areas").arg(focusScroll.below)
                                color: Theme.accent
                                font.pixelSize: Theme.px(11)
                            }
                            MouseArea {
                                anchors.fill: parent
                                cursorShape: Qt.PointingHandCursor
                                onClicked: focusScroll.flickable.contentY = Math.min(
                                               focusPanel.implicitHeight - focusScroll.height,
                                               focusScroll.flickable.contentY + focusScroll.height * 0.8)
                            }
                        }
                    }
                    FilterPanel {
                        Layout.fillWidth: true
                        directory: window.directory
                    }
                    Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                    TextField {
                        // The client's address: the list sorted from there.
                        id: addressField
                        objectName: "addressField"
                        property var matches: []
                        property string problem: ""
                        property string note: "" // how the address typed was understood
                        visible: window.directory.canFindAddresses
                        Layout.fillWidth: true
                        placeholderText: qsTr("Client's address, e.g. Niederwall 23")
                        Accessible.name: qsTr("Address")
                        Accessible.description: qsTr("Press Enter to sort the list by distance from this address")
                        inputMethodHints: Qt.ImhNoPredictiveText
                        function labelOf(match) {
                            return match.streetOnly ? qsTr("%1 (middle of the street)").arg(match.label) : match.label
                        }
                        function use(match) {
                            const typed = text
                            window.directory.useAddress(labelOf(match), QtPositioning.coordinate(match.latitude, match.longitude))
                            text = labelOf(match)
                            matches = []
                            problem = ""
                            note = match.typedStreet ? qsTr("Typed as “%1”.").arg(typed) : ""
                            window.cityMap.ensureVisible(window.directory.nearPoint)
                        }
                        onAccepted: {
                            const found = window.directory.findAddress(text)
                            problem = found.error || ""
                            note = ""
                            const list = found.matches || []
                            if (list.length > 0 && list[0].exact)
                                use(list[0])
                            else {
                                matches = list
                                if (problem !== "")
                                    return
                                const first = list.length > 0 ? list[0] : null
                                if (first && first.wrongPostcode)
                                    problem = qsTr("%1 has the postcode %2, not %3. Is it this address?")
                                              .arg(first.street + " " + first.houseNumber)
                                              .arg(first.postcode).arg(first.wrongPostcode)
                                else if (first && first.wrongCity)
                                    problem = qsTr("%1 is in %2, not in %3. Is it this address?")
                                              .arg(first.street + " " + first.houseNumber)
                                              .arg(first.city || window.directory.cityName).arg(first.wrongCity)
                                else
                                    problem = list.length > 0 ? qsTr("“%1” is not in the address list. Did you mean:").arg(text)
                                                              : qsTr("“%1” is not in the address list, and no address is close to it.").arg(text)
                            }
                        }
                        onTextEdited: { matches = []; problem = ""; note = "" }
                        Component.onCompleted: text = window.directory.nearLabel // --address
                        Keys.onEscapePressed: { matches = []; problem = "" }
                    }
                    Label {
                        objectName: "addressNote"
                        visible: addressField.note !== ""
                        text: addressField.note
                        color: Theme.secondaryText
                        font.pixelSize: Theme.px(11)
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        // The user's own position, where the platform (or a receiver) has one.
                        objectName: "positionRow"
                        visible: userPosition.available
                        Layout.fillWidth: true
                        Button {
                            id: positionButton
                            objectName: "usePosition"
                            text: qsTr("Use my position")
                            enabled: !userPosition.busy
                            Accessible.description: qsTr("Sort the list by distance from where you are")
                            onClicked: userPosition.request()
                        }
                        Label {
                            objectName: "positionProblem"
                            text: userPosition.busy ? qsTr("Finding your position…") : userPosition.problem
                            color: Theme.secondaryText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                    ColumnLayout {
                        // Not found: say so, and offer the closest addresses.
                        objectName: "addressMatches"
                        visible: addressField.problem !== ""
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            text: addressField.problem
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Repeater {
                            model: addressField.matches
                            delegate: Button {
                                required property var modelData
                                text: addressField.labelOf(modelData)
                                flat: true
                                Layout.fillWidth: true
                                Accessible.name: qsTr("Use %1").arg(modelData.label)
                                onClicked: addressField.use(modelData)
                            }
                        }
                    }
                    RowLayout {
                        // The list is sorted from a point chosen on the map, or from an address.
                        objectName: "nearBanner"
                        visible: window.directory.nearPoint.isValid
                        Layout.fillWidth: true
                        Label {
                            text: window.directory.nearLabel !== ""
                                  ? qsTr("Nearest first from %1 (straight line; rings at 0.5, 1, 2 and 5 km)").arg(window.directory.nearLabel)
                                  : qsTr("Nearest first from the point on the map (straight line; rings at 0.5, 1, 2 and 5 km)")
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Button {
                            text: qsTr("Clear")
                            Accessible.name: qsTr("Clear the point")
                            onClicked: { window.directory.nearPoint = QtPositioning.coordinate(); addressField.text = "" }
                        }
                    }
                    Label {
                        visible: !window.directory.nearPoint.isValid && window.directory.institutionCount > 0
                        text: qsTr("Right-click the map (long press on touch screens) to sort by distance from there.")
                        color: Theme.secondaryText
                        font.pixelSize: Theme.px(11)
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    ResultList {
                        id: resultList
                        objectName: "resultList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        directory: window.directory
                        onInstitutionChosen: (id) => window.choose(id)
                    }
                    ColumnLayout {
                        // The empty state: say why, and offer the way out.
                        visible: window.directory.loaded && window.directory.matchingCount === 0
                        Layout.fillWidth: true
                        Label {
                            text: window.directory.institutionCount === 0
                                  ? qsTr("The store holds no institutions yet.")
                                  : window.directory.searchText.trim() !== ""
                                    ? qsTr("Nothing found for “%1”%2.").arg(window.directory.searchText.trim())
                                        .arg(window.directory.focusFilter.length > 0 ? qsTr(" in the chosen focus areas") : "")
                                    : qsTr("No institution offers all of this.")
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Button {
                            visible: window.directory.focusFilter.length > 0
                            text: qsTr("Show all focus areas")
                            onClicked: window.directory.clearFilter()
                        }
                        Button {
                            // Open now, step-free, a language...: the further filters, all at once.
                            readonly property var options: window.directory.filterOptions
                            visible: options.openNow || options.openAt !== "" || options.stepFree || options.free
                                     || options.noReferral || options.walkIn || options.targetGroup !== "" || options.language !== ""
                                     || options.institutionType !== ""
                            text: qsTr("Reset the further filters")
                            onClicked: window.directory.clearFilterOptions()
                        }
                        Button {
                            visible: window.directory.searchText !== ""
                            text: qsTr("Clear the search")
                            onClicked: { searchField.text = ""; window.directory.searchText = "" }
                        }
                    }
                }
            }

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true

                // The map, made anew when a first offline map is taken while the
                // app runs (a map's plugin cannot change), where it was.
                Loader {
                    id: cityMapLoader
                    anchors.fill: parent
                    sourceComponent: CityMap {
                        id: cityMap
                        objectName: "cityMap"
                        anchors.fill: parent
                        directory: window.directory
                        basemap: window.basemap
                        center: window.initialCenter
                        zoomLevel: window.initialZoom
                        coverage: window.coverageMode && analysisTabs.currentIndex === 0 ? coverageModel : null
                        highlighted: window.coverageMode && analysisTabs.currentIndex >= 1 ? window.overlapHighlight : []
                        rightInset: card.visible ? card.width + card.anchors.rightMargin + Theme.spacing : 0
                        placing: window.editMode && editorPanel.placing
                        onPlaced: (coordinate) => { editor.addAt(coordinate); editorPanel.placing = false }
                        editPosition: window.editMode && editor.active ? editor.position : QtPositioning.coordinate()
                        onMoved: (coordinate) => editor.moveTo(coordinate)
                    }
                }

                InstitutionCard {
                    id: card
                    objectName: "institutionCard"
                    visible: window.directory.selectedId !== ""
                    directory: window.directory
                    anchors.top: parent.top
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    anchors.margins: Theme.spacing
                    anchors.rightMargin: 48
                    width: Math.min(380, parent.width * 0.45)
                    onCloseRequested: {
                        window.directory.selectedId = ""
                        if (window.focusBeforeCard)
                            window.focusBeforeCard.forceActiveFocus(Qt.OtherFocusReason)
                    }
                }
            }
        }
    }

    StartPage {
        id: startPage
        objectName: "startPage"
        anchors.fill: parent
        visible: window.startPageShown
        directory: window.directory
        onDone: window.startPageShown = false
        onVisibleChanged: if (visible) Qt.callLater(focusFirstTile)
        Component.onCompleted: if (visible) Qt.callLater(focusFirstTile)
    }

    UserPosition {
        id: userPosition
        plugin: window.positionPlugin
        nmeaSource: window.positionNmeaSource
        onFound: (coordinate) => {
            window.directory.useAddress(qsTr("your position"), coordinate)
            addressField.text = ""
            window.cityMap.ensureVisible(coordinate)
        }
    }
}
