import QtQuick
import QtTest
import QtLocation
import QtPositioning
import Stadtplan
import Stadtplan.Models

Item {
    id: root
    width: 400
    height: 300

    InstitutionDirectory {
        id: directory
        storeLocation: testStorePath
        language: "en"
    }

    TestCase {
        id: testCase
        name: "Filtering"
        when: windowShown
        property var window

        function markerItems() {
            return window.cityMap.map.mapItems.filter(item => item.sourceItem !== undefined && item.sourceItem !== null)
        }

        function initTestCase() {
            verify(directory.load(), directory.errorMessage)
            const component = Qt.createComponent("Stadtplan", "Main")
            compare(component.status, Component.Ready, component.errorString())
            window = component.createObject(null, { directory: directory, online: false, width: 1280, height: 800 })
            verify(window)
            window.show()
            tryVerify(() => markerItems().length > 0, 5000, "markers appear")
        }

        function cleanupTestCase() {
            window.destroy()
        }

        function cleanup() {
            directory.clearFilter()
            directory.selectedId = ""
        }

        function test_togglingAFocusAreaChangesMarkersAndCount() {
            const countLabel = findChild(window.contentItem.parent, "resultCount") ?? findChild(window, "resultCount")
            verify(countLabel, "the result count is shown")
            compare(countLabel.text, directory.institutionCount + " institutions")
            tryVerify(() => markerItems().length === directory.markers.count, 3000, "a delegate per marker")
            const markersBefore = markerItems().length

            const toggle = findChild(window.contentItem, "focus-language_courses")
            verify(toggle, "the language courses toggle exists")
            const shownCount = toggle.count
            verify(shownCount > 0)
            mouseClick(toggle)

            compare(directory.matchingCount, shownCount, "the count beside the toggle was right")
            compare(countLabel.text, shownCount + " of " + directory.institutionCount + " institutions: Language courses")
            tryCompare(directory.markers, "count", markerItems().length)
            verify(markerItems().length < markersBefore, "fewer markers")
            for (const item of markerItems())
                compare(String(item.sourceItem.colour), "#c62828", "every marker shows the chosen area's colour")
            const list = findChild(window.contentItem, "resultList")
            compare(list.count, shownCount)

            mouseClick(toggle)
            compare(directory.matchingCount, directory.institutionCount)
            tryVerify(() => markerItems().length === markersBefore)
        }

        function test_clickingAMarkerOpensTheCardAndScrollsTheList() {
            const marker = markerItems().find(item => item.sourceItem.count === 1)
            verify(marker)
            mouseClick(marker.sourceItem)
            verify(directory.selectedId !== "")
            const card = findChild(window.contentItem, "institutionCard")
            tryVerify(() => card.visible)
            const title = findChild(card, "cardTitle")
            compare(title.text, directory.institution(directory.selectedId).name)
            compare(findChild(card, "cardVerified").text, "Not yet verified")
            const list = findChild(window.contentItem, "resultList")
            compare(list.currentItem.institutionId, directory.selectedId)
        }

        function test_choosingInTheListCentresTheMap() {
            const list = findChild(window.contentItem, "resultList")
            list.positionViewAtEnd()
            wait(0)
            const entry = list.itemAtIndex(list.count - 1)
            verify(entry)
            mouseClick(entry)
            compare(directory.selectedId, entry.institutionId)
            const where = directory.institution(entry.institutionId).coordinate
            // The institution stands in the middle of the part of the map the card leaves free.
            const map = window.cityMap.map
            const card = findChild(window.contentItem, "institutionCard")
            tryVerify(() => card.visible)
            verify(window.cityMap.rightInset >= card.width)
            const at = map.fromCoordinate(where, false)
            verify(Math.abs(at.x - (map.width - window.cityMap.rightInset) / 2) <= 1, "x " + at.x)
            verify(Math.abs(at.y - map.height / 2) <= 1, "y " + at.y)
        }

        function test_arrowKeysInTheListThenAMarkerClick() {
            const list = findChild(window.contentItem, "resultList")
            list.forceActiveFocus()
            keyClick(Qt.Key_Down)
            compare(directory.selectedId, directory.results.idAt(0))
            keyClick(Qt.Key_Down)
            compare(directory.selectedId, directory.results.idAt(1))
            compare(list.currentIndex, 1)
            keyClick(Qt.Key_Up)
            compare(list.currentIndex, 0)
            // The list still follows a selection made elsewhere.
            directory.selectedId = directory.results.idAt(list.count - 1)
            compare(list.currentIndex, list.count - 1)
        }

        function test_importChecksFirstThenImportsAndExportsTheView() {
            const dialog = findChild(window.contentItem.parent, "importDialog") ?? findChild(window, "importDialog")
            const exchange = dialog.exchange
            dialog.checkFile(brokenList)
            tryVerify(() => dialog.opened)
            tryVerify(() => !exchange.busy && dialog.outcome.report !== undefined, 10000, "the check finishes")
            verify(!dialog.outcome.ok)
            verify(dialog.outcome.report.indexOf("row 2 [Schwerpunkt] error: 'Kochkurs'") >= 0, dialog.outcome.report)
            const importButton = findChild(dialog, "importButton")
            verify(!importButton.enabled, "nothing to import while there are errors")
            dialog.close()

            const before = directory.institutionCount
            dialog.checkFile(goodList)
            tryVerify(() => !exchange.busy && dialog.outcome.report !== undefined, 10000, "the check finishes")
            verify(dialog.outcome.ok, dialog.outcome.report)
            compare(dialog.outcome.added, 1)
            compare(directory.institutionCount, before, "checking writes nothing")
            verify(importButton.enabled)
            mouseClick(importButton)
            tryVerify(() => dialog.imported, 10000, "the import finishes")
            compare(directory.institutionCount, before + 1, "the directory reloaded")
            // Markup in a list stays text.
            const row = directory.results.rowOf(directory.results.idAt(0))
            verify(row >= 0)
            dialog.close()

            // Areas too: the map draws them once imported.
            dialog.layer = "areas"
            dialog.checkFile(areaList)
            tryVerify(() => !exchange.busy && dialog.outcome.report !== undefined, 10000, "the check finishes")
            verify(dialog.outcome.ok, dialog.outcome.report)
            compare(dialog.outcome.added, 1)
            const areasBefore = directory.areaOutlines.length
            mouseClick(importButton)
            tryVerify(() => dialog.imported, 10000, "the areas import finishes")
            compare(directory.areaOutlines.length, areasBefore + 1)
            dialog.layer = "institutions"
            dialog.close()

            // The view (one focus area) exports, and the export reads back as a list.
            directory.focusFilter = ["language_courses"]
            compare(exchange.exportView(exportTarget), "")
            const back = exchange.check(exportTarget)
            compare(back.ok, true)
            compare(back.added + back.updated + back.unchanged, directory.matchingCount)
        }

        function test_wheelZoomsAtTheCursor() {
            const map = window.cityMap.map
            const point = Qt.point(map.width * 0.25, map.height * 0.7)
            const before = map.toCoordinate(point)
            const zoom = map.zoomLevel
            mouseWheel(map, point.x, point.y, 0, 120)
            fuzzyCompare(map.zoomLevel, zoom + 1, 1e-9)
            // The place under the cursor stays under it (to the pixel).
            const after = map.fromCoordinate(before, false)
            verify(Math.abs(after.x - point.x) <= 1 && Math.abs(after.y - point.y) <= 1,
                   "moved to " + after.x + "," + after.y)
            mouseWheel(map, point.x, point.y, 0, -120)
            fuzzyCompare(map.zoomLevel, zoom, 1e-9)
        }

        function test_dragPansAndTheMapStaysOverTheCity() {
            const map = window.cityMap.map
            // Copies: map.center itself is a live reference to the property.
            const startLat = map.center.latitude, startLon = map.center.longitude
            const x = map.width * 0.1, y = map.height * 0.9
            mousePress(map, x, y)
            const grabbed = map.toCoordinate(Qt.point(x, y))
            for (let step = 1; step <= 10; ++step)
                mouseMove(map, x + 20 * step, y, 10)
            mouseRelease(map, x + 200, y)
            verify(map.center.longitude < startLon - 0.01, "dragging right shows what lies west")
            fuzzyCompare(map.center.latitude, startLat, 1e-6)
            // The place grabbed is under the pointer where it was let go.
            const under = map.fromCoordinate(grabbed, false)
            verify(Math.abs(under.x - (x + 200)) <= 1 && Math.abs(under.y - y) <= 1, "at " + under.x + "," + under.y)
            // However far one drags, the centre stays within the city's bounds.
            for (let i = 0; i < 30; ++i)
                map.pan(-400, 0)
            verify(directory.cityBounds.contains(map.center), "centre " + map.center)
            verify(Math.abs(map.center.longitude - directory.cityBounds.topLeft.longitude) < 1e-3,
                   "stopped at " + map.center.longitude + ", bound " + directory.cityBounds.topLeft.longitude)
            map.center = QtPositioning.coordinate(startLat, startLon)
        }

        function test_keyboardZoomsAndPans() {
            const map = window.cityMap.map
            map.forceActiveFocus()
            const zoom = map.zoomLevel
            keyClick(Qt.Key_Plus)
            compare(map.zoomLevel, zoom + 1)
            keyClick(Qt.Key_Minus)
            compare(map.zoomLevel, zoom)
            const lon = map.center.longitude
            keyClick(Qt.Key_Right)
            verify(map.center.longitude > lon)
        }
    }
}
