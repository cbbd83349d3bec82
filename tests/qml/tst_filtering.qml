import QtQuick
import QtTest
import QtLocation
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
            const markersBefore = markerItems().length
            compare(markersBefore, directory.markers.count)

            const toggle = findChild(window.contentItem, "focus-language_courses")
            verify(toggle, "the language courses toggle exists")
            const shownCount = toggle.count
            verify(shownCount > 0)
            mouseClick(toggle)

            compare(directory.matchingCount, shownCount, "the count beside the toggle was right")
            compare(countLabel.text, shownCount + " of " + directory.institutionCount + " institutions")
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
            const centre = window.cityMap.center
            fuzzyCompare(centre.latitude, where.latitude, 1e-6)
            fuzzyCompare(centre.longitude, where.longitude, 1e-6)
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
