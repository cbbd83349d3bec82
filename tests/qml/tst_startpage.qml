import QtQuick
import QtTest
import Stadtplan
import Stadtplan.Models

// The residents' start page and the filters, used by keyboard alone. Each
// function starts from the start page just shown in English, with no filter
// (init), so they pass in any order.
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
        name: "StartPage"
        when: windowShown
        property var window

        function item(name) {
            const found = findChild(window.contentItem, name)
            verify(found, name)
            return found
        }
        // The objectName of the item with keyboard focus, or of its nearest named ancestor.
        function focused() {
            for (let it = window.activeFocusItem; it; it = it.parent)
                if (it.objectName !== "")
                    return it.objectName
            return ""
        }
        // Presses Tab until `name` has the focus; fails after `limit` presses.
        function tabTo(name, limit) {
            for (let k = 0; k < limit; ++k) {
                if (focused() === name)
                    return
                keyClick(Qt.Key_Tab)
            }
            compare(focused(), name, "Tab reaches " + name)
        }

        function initTestCase() {
            verify(directory.load(), directory.errorMessage)
            const component = Qt.createComponent("Stadtplan", "Main")
            compare(component.status, Component.Ready, component.errorString())
            window = component.createObject(null, { directory: directory,
                                                    width: 1280, height: 800, startPageShown: true })
            verify(window)
            window.show()
            tryVerify(() => window.active, 5000, "the window is active")
            waitForRendering(window.contentItem)
        }
        function cleanupTestCase() {
            window.destroy()
        }
        function init() {
            directory.language = "en"
            directory.clearFilter()
            directory.clearFilterOptions()
            directory.selectedId = ""
            window.coverageMode = false
            // Shown again, the page gives its first tile the focus (a moment
            // later): taken away first, so the wait below sees that happen.
            window.startPageShown = false
            item("searchField").forceActiveFocus()
            window.startPageShown = true
            tryVerify(() => focused() === "tile-education", 5000, "the first tile has the focus")
        }

        function test_topicsByKeyboard() {
            const page = item("startPage")
            verify(page.visible)
            // Focus starts on the first tile; professionals' topics have no tile.
            compare(focused(), "tile-education")
            verify(!item("tile-networking").visible)
            verify(item("tile-language_courses").visible)
            keyClick(Qt.Key_Tab)
            compare(focused(), "tile-training_and_jobs")
            keyClick(Qt.Key_Right)
            compare(focused(), "tile-counselling")
            keyClick(Qt.Key_Right) // over the hidden networking tile
            compare(focused(), "tile-language_courses")
            keyClick(Qt.Key_Left)
            compare(focused(), "tile-counselling")
            // Down: a row further (as many visible tiles as there are columns), Up: back.
            const columns = item("topicTiles").columns
            verify(columns > 1)
            const visibleTiles = []
            for (let r = 0; r < directory.focusAreas.rowCount(); ++r) {
                const name = "tile-" + directory.focusAreas.data(directory.focusAreas.index(r, 0), 257)
                if (item(name).visible)
                    visibleTiles.push(name)
            }
            keyClick(Qt.Key_Down)
            compare(focused(), visibleTiles[visibleTiles.indexOf("tile-counselling") + columns])
            keyClick(Qt.Key_Up)
            compare(focused(), "tile-counselling")
            keyClick(Qt.Key_Right)
            // Every tile says what it is to a screen reader.
            const tile = item("tile-language_courses")
            compare(tile.Accessible.role, Accessible.Button)
            compare(tile.Accessible.name, "Language courses")
            verify(tile.Accessible.description.indexOf("place") > 0)
            // Space chooses it: the map, filtered to that topic.
            keyClick(Qt.Key_Space)
            compare(directory.focusFilter, ["language_courses"])
            verify(!page.visible)
            verify(!window.startPageShown)
        }

        function test_filtersByKeyboard() {
            // On the map with one focus area chosen.
            directory.toggleFocusArea("language_courses")
            window.startPageShown = false
            item("searchField").forceActiveFocus()
            // Through the focus areas: Space takes the chosen one off again.
            tabTo("focus-language_courses", 30)
            keyClick(Qt.Key_Space)
            compare(directory.focusFilter, [])
            tabTo("focus-health", 30)
            keyClick(Qt.Key_Space)
            compare(directory.focusFilter, ["health"])
            // On to the further filters: open them, then "open now".
            tabTo("moreFilters", 30)
            keyClick(Qt.Key_Space)
            tabTo("filterOpenNow", 5)
            keyClick(Qt.Key_Space)
            verify(directory.filterOptions.openNow)
            tabTo("filterStepFree", 5)
            keyClick(Qt.Key_Space)
            verify(directory.filterOptions.stepFree)
            // Open at a chosen time: the box, the day (tomorrow), the time.
            tabTo("filterOpenAt", 10)
            keyClick(Qt.Key_Space)
            verify(directory.filterOptions.openAt !== "")
            verify(!directory.filterOptions.openNow)
            tabTo("filterOpenAtDay", 3)
            keyClick(Qt.Key_Down)
            tabTo("filterOpenAtTime", 3)
            keyClick(Qt.Key_End)
            for (let k = 0; k < 5; ++k)
                keyClick(Qt.Key_Backspace)
            keyClick(Qt.Key_Home)
            for (const c of "1430")
                keyClick(c)
            keyClick(Qt.Key_Return)
            // The clock is fixed at 23:59 on New Year's Eve (tst_qml.cpp): tomorrow is in the next year.
            compare(directory.today(), "2026-12-31")
            compare(directory.filterOptions.openAt, "2027-01-01T14:30")
        }

        function test_backToTheStartPage() {
            window.startPageShown = false
            // The Topics button brings the page back, focus on the first tile.
            item("topicsButton").forceActiveFocus()
            keyClick(Qt.Key_Space)
            verify(item("startPage").visible)
            tryCompare(window.activeFocusItem, "objectName", "tile-education")
            // "Show everything" by keyboard: tab to it, Enter.
            tabTo("wholeMap", 20)
            keyClick(Qt.Key_Space)
            verify(!item("startPage").visible)
            compare(directory.focusFilter, [])
        }

        function test_verificationList() {
            // The coordinator's list of records to have confirmed: the demo data is not verified yet.
            window.startPageShown = false
            window.coverageMode = true
            mouseClick(item("verificationTab"))
            const list = item("overdueList")
            tryCompare(list, "count", directory.institutionCount)
            list.itemAtIndex(0).clicked()
            compare(directory.selectedId, list.model[0].id)
        }

        function test_languageSwitchesAtOnce() {
            // Türkçe, chosen on the start page: texts, taxonomy labels, direction.
            mouseClick(item("language-tr"))
            compare(directory.language, "tr")
            tryCompare(item("wholeMap"), "text", "Her şeyi haritada göster")
            compare(item("tile-language_courses").Accessible.name, "Dil kursları")
            verify(!item("startPage").mirrored)
            // Arabic: right to left, the page mirrored.
            mouseClick(item("language-ar"))
            tryCompare(item("wholeMap"), "text", "عرض كل شيء على الخريطة")
            verify(directory.rightToLeft)
            verify(item("startPage").mirrored)
            // And back: nothing of it stays.
            mouseClick(item("language-en"))
            tryCompare(item("wholeMap"), "text", "Show everything on the map")
            verify(!item("startPage").mirrored)
        }
    }
}
