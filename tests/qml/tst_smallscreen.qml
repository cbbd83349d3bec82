import QtQuick
import QtTest
import Stadtplan
import Stadtplan.Models

// The window at the sizes office PCs and laptops have (1024×768, 1366×768),
// in German (long words) and Arabic (right to left): every focus area can
// be brought into view by keyboard, a hint says more follow, and the
// header's counts are never cut. Each function sets its size and language.
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
        name: "SmallScreen"
        when: windowShown
        property var window

        function item(name) {
            const found = findChild(window.contentItem, name)
            verify(found, name)
            return found
        }

        function initTestCase() {
            verify(directory.load(), directory.errorMessage)
            const component = Qt.createComponent("Stadtplan", "Main")
            compare(component.status, Component.Ready, component.errorString())
            window = component.createObject(null, { directory: directory, width: 1024, height: 768 })
            verify(window)
            window.show()
            tryVerify(() => window.active, 5000, "the window is active")
            waitForRendering(window.contentItem)
        }
        function cleanupTestCase() {
            window.destroy()
            directory.language = "en"
        }
        function cleanup() {
            directory.clearFilter()
            directory.searchText = ""
            directory.language = "en"
        }

        function sizes_data() {
            return [
                { tag: "German 1024×768", language: "de", width: 1024, height: 768 },
                { tag: "Arabic 1024×768", language: "ar", width: 1024, height: 768 },
                { tag: "German 1366×768", language: "de", width: 1366, height: 768 },
                { tag: "Arabic 1366×768", language: "ar", width: 1366, height: 768 },
            ]
        }
        function setUp(data) {
            directory.language = data.language
            window.width = data.width
            window.height = data.height
            const scroll = item("focusScroll")
            scroll.flickable.contentY = 0
            tryVerify(() => window.contentItem.width === data.width)
            waitForRendering(window.contentItem)
            return scroll
        }

        function test_everyFocusAreaCanBeBroughtIntoView_data() { return sizes_data() }
        function test_everyFocusAreaCanBeBroughtIntoView(data) {
            const scroll = setUp(data)
            const panel = item("focusPanel")
            const hint = item("moreFocusAreas")
            verify(panel.rowCount >= 16, "all focus areas: " + panel.rowCount)
            // At this height not all fit: the panel scrolls, and says how many follow.
            verify(scroll.scrolls, "the focus areas scroll at " + data.tag)
            verify(hint.visible, "a hint says more focus areas follow")
            verify(scroll.below > 0 && scroll.below < panel.rowCount, "below: " + scroll.below)
            // Tab from the first focus area to the last: each one, in turn,
            // has the focus and stands wholly in view, clear of the hint.
            panel.rowAt(0).forceActiveFocus(Qt.TabFocusReason)
            for (let i = 0; i < panel.rowCount; ++i) {
                const row = panel.rowAt(i)
                if (i > 0)
                    keyClick(Qt.Key_Tab)
                tryVerify(() => row.activeFocus, 1000, "Tab reaches " + row.objectName)
                verify(row.visualFocus, row.objectName + " shows the focus")
                const top = row.mapToItem(scroll, 0, 0).y
                const clearOfHint = hint.visible ? hint.y : scroll.height
                verify(top >= -0.5 && top + row.height <= clearOfHint + 0.5,
                       row.objectName + " in view: " + top + "…" + (top + row.height) + " of " + clearOfHint)
            }
            // At the end nothing more follows.
            compare(scroll.below, 0)
            verify(!hint.visible)
        }

        // The objectName of the item with keyboard focus, or of its nearest named ancestor.
        function focused() {
            for (let it = window.activeFocusItem; it; it = it.parent)
                if (it.objectName !== "")
                    return it.objectName
            return ""
        }
        // Whether the item with the keyboard's focus shows it.
        function focusShows() {
            const it = window.activeFocusItem
            switch (focused()) {
            case "searchField": return it.cursorVisible
            case "resultList": return it.cursor >= 0 && it.itemAtIndex(it.cursor).keyboardRow
            case "cityMap": return findChild(window.contentItem, "mapFocusFrame").visible
            case "zoomIn": case "zoomOut": return it.border.width === 2
            default: return it.visualFocus === true
            }
        }

        function test_tabThroughEveryStopInOrder_data() { return sizes_data() }
        function test_tabThroughEveryStopInOrder(data) {
            setUp(data)
            const panel = item("focusPanel")
            const focusAreas = []
            for (let i = 0; i < panel.rowCount; ++i)
                focusAreas.push(panel.rowAt(i).objectName)
            // Search, the focus areas, more filters, the list, the map and
            // its zoom, the header's buttons and the language, and round again.
            const expected = ["searchField"].concat(focusAreas).concat(
                ["moreFilters", "resultList", "cityMap", "zoomIn", "zoomOut", "topicsButton",
                 "coverageButton", "editButton", "shareButton", "shortlistButton", "toolsButton",
                 "uiLanguage", "searchField"])
            item("searchField").forceActiveFocus(Qt.TabFocusReason)
            const seen = []
            for (let k = 0; k < expected.length; ++k) {
                if (k > 0)
                    keyClick(Qt.Key_Tab)
                seen.push(focused())
                verify(focusShows(), "the focus shows on " + focused() + " (" + data.tag + ")")
                if (shotsDirectory !== "" && (focused() === "cityMap" || focused() === "resultList")) {
                    waitForRendering(window.contentItem)
                    grabImage(window.contentItem).save(shotsDirectory + "/tab-" + focused() + "-"
                                                       + data.language + "-" + data.width + ".png")
                }
            }
            compare(seen.join(" "), expected.join(" "))
            compare(directory.selectedId, "", "tabbing opens nothing")
        }

        function test_everyHeaderButtonStaysInTheWindow_data() {
            return sizes_data().concat([
                { tag: "German 800×600", language: "de", width: 800, height: 600 },
                { tag: "Arabic 800×600", language: "ar", width: 800, height: 600 },
            ])
        }
        function test_everyHeaderButtonStaysInTheWindow(data) {
            setUp(data)
            for (const name of ["topicsButton", "coverageButton", "editButton", "shareButton",
                                "shortlistButton", "toolsButton", "uiLanguage", "resultCount"]) {
                const it = findChild(window, name) ?? findChild(window.contentItem.parent, name)
                verify(it, name)
                const at = it.mapToItem(null, 0, 0)
                verify(at.x >= -0.5 && at.x + it.width <= window.width + 0.5 && it.width >= 30,
                       name + " at " + at.x + "…" + (at.x + it.width) + " in " + window.width + " (" + data.tag + ")")
            }
            // The count is whole even here.
            const count = findChild(window, "resultCount") ?? findChild(window.contentItem.parent, "resultCount")
            verify(!count.truncated && count.width >= count.implicitWidth - 0.5, count.text)
        }

        function test_theHeadersCountsAreNeverCut_data() { return sizes_data() }
        function test_theHeadersCountsAreNeverCut(data) {
            setUp(data)
            const count = item("resultCount")
            const check = (what) => {
                waitForRendering(window.contentItem)
                verify(!count.truncated && count.width >= count.implicitWidth - 0.5,
                       what + ": \"" + count.text + "\" is " + count.width + " of " + count.implicitWidth + " px")
            }
            check("all")
            // With focus areas of long names chosen, the count stays whole; the names may be cut.
            directory.toggleFocusArea("counselling")
            directory.toggleFocusArea("language_courses")
            directory.toggleFocusArea("womens_counselling")
            verify(count.text.indexOf(String(directory.matchingCount)) >= 0, count.text)
            check("three focus areas")
            directory.clearFilter()
            directory.searchText = "Beratung"
            check("a search")
        }

        // A label the narrow header shortened is shown whole when the
        // button is reached by keyboard (and on hover); a screen reader
        // hears the whole label either way.
        function test_aShortenedHeaderLabelIsShownWhole_data() {
            return [
                { tag: "German 800×600", language: "de", width: 800, height: 600 },
                { tag: "Arabic 800×600", language: "ar", width: 800, height: 600 },
                { tag: "German 1366×768", language: "de", width: 1366, height: 768 },
            ]
        }
        function test_aShortenedHeaderLabelIsShownWhole(data) {
            setUp(data)
            let shortened = 0
            for (const name of ["topicsButton", "coverageButton", "editButton", "shareButton",
                                "shortlistButton", "toolsButton"]) {
                const button = item(name)
                compare(button.Accessible.name, button.text, name + " is heard whole")
                button.forceActiveFocus(Qt.TabFocusReason)
                tryVerify(() => button.visualFocus, 1000, name + " has the keyboard focus")
                if (button.shortened) {
                    ++shortened
                    tryVerify(() => button.ToolTip.toolTip.opened, 2000, name + " shows its tooltip")
                    compare(button.ToolTip.toolTip.text, button.text)
                    const tip = button.ToolTip.toolTip.contentItem
                    verify(tip.implicitWidth <= window.width, "the tooltip fits the window")
                    if (shotsDirectory !== "" && name === "shareButton") {
                        waitForRendering(window.contentItem)
                        grabImage(window.contentItem.parent).save(shotsDirectory + "/tooltip-"
                                                                  + data.language + "-" + data.width + ".png")
                    }
                } else {
                    verify(!button.ToolTip.visible, name + " is whole and needs no tooltip")
                }
            }
            if (data.width <= 800)
                verify(shortened > 0, "at " + data.tag + " the header shortens some labels")
            else
                compare(shortened, 0, "at " + data.tag + " every label is whole")
            item("searchField").forceActiveFocus(Qt.TabFocusReason)
        }

        // Every stop of the keyboard path has a name a screen reader can say.
        function test_everyStopHasAnAccessibleName_data() { return sizes_data() }
        function test_everyStopHasAnAccessibleName(data) {
            setUp(data)
            const start = item("searchField")
            start.forceActiveFocus(Qt.TabFocusReason)
            const unnamed = []
            let stops = 0
            do {
                const it = window.activeFocusItem
                const name = it.Accessible.name ?? ""
                if (name.trim() === "")
                    unnamed.push(focused())
                ++stops
                keyClick(Qt.Key_Tab)
            } while (window.activeFocusItem !== start && stops < 60)
            verify(stops > 20, "the path has its stops: " + stops)
            compare(unnamed.join(" "), "", "stops without an accessible name (" + data.tag + ")")
        }
    }
}
