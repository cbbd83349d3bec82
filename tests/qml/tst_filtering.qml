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

        function markerLayer() {
            return findChild(window.cityMap, "markerLayer")
        }
        // The markers that stand inside the map: row, look and where the layer draws them.
        function markerItems() {
            const layer = markerLayer()
            const markers = directory.markers
            const out = []
            for (let row = 0; row < markers.count; ++row) {
                const at = layer.positionOf(row)
                if (at.x < 0 || at.y < 0 || at.x > layer.width || at.y > layer.height)
                    continue
                const index = markers.index(row, 0)
                out.push({ row: row, at: at,
                           count: markers.data(index, MarkerModel.CountRole),
                           colour: markers.data(index, MarkerModel.ColourRole),
                           coordinate: markers.coordinate(row) })
            }
            return out
        }

        function initTestCase() {
            verify(directory.load(), directory.errorMessage)
            const component = Qt.createComponent("Stadtplan", "Main")
            compare(component.status, Component.Ready, component.errorString())
            window = component.createObject(null, { directory: directory, width: 1280, height: 800 })
            verify(window)
            window.show()
            tryVerify(() => directory.markers.count > 0, 5000, "markers appear")
            tryVerify(() => window.active, 5000, "the window is active")
            waitForRendering(window.contentItem)
        }

        function cleanupTestCase() {
            window.destroy()
        }

        // Every function starts from the city's view with nothing chosen and
        // no filter, the markers following that view, so they pass in any order.
        function init() {
            directory.clearFilter()
            directory.clearFilterOptions()
            directory.selectedId = ""
            // The keyboard starts in the search box, the list's row not yet placed.
            findChild(window.contentItem, "searchField").forceActiveFocus()
            findChild(window.contentItem, "resultList").cursor = -1
            window.coverageMode = false
            window.cityMap.zoomLevel = directory.cityZoom
            window.cityMap.center = directory.cityCenter
            tryVerify(() => window.cityMap.markersFollowView && directory.markers.count > 0, 5000,
                      "the markers follow the city's view")
        }
        function cleanup() {
            directory.language = "en" // also after a test in another language failed
            directory.clearFilter()
            directory.clearFilterOptions()
            directory.selectedId = ""
        }

        function test_togglingAFocusAreaChangesMarkersAndCount() {
            const countLabel = findChild(window.contentItem.parent, "resultCount") ?? findChild(window, "resultCount")
            verify(countLabel, "the result count is shown")
            compare(countLabel.text, directory.institutionCount + " institutions")
            tryVerify(() => markerItems().length > 0, 3000, "markers in view")
            // The layer draws each marker where the map itself puts its coordinate.
            const map = window.cityMap.map
            for (const item of markerItems()) {
                const expected = map.fromCoordinate(item.coordinate, false)
                verify(Math.abs(expected.x - item.at.x) < 0.5 && Math.abs(expected.y - item.at.y) < 0.5,
                       "marker " + item.row + " at " + item.at + ", the map says " + expected)
            }
            const markersBefore = directory.markers.count

            const toggle = findChild(window.contentItem, "focus-language_courses")
            verify(toggle, "the language courses toggle exists")
            const shownCount = toggle.count
            verify(shownCount > 0)
            mouseClick(toggle)

            compare(directory.matchingCount, shownCount, "the count beside the toggle was right")
            compare(countLabel.text, shownCount + " of " + directory.institutionCount + " institutions")
            compare(findChild(window, "resultAreas").text, "Language courses")
            verify(directory.markers.count < markersBefore, "fewer markers")
            let shown = 0
            for (const item of markerItems()) {
                compare(String(item.colour), "#c62828", "every marker shows the chosen area's colour")
                shown += item.count
            }
            verify(shown > 0 && shown <= shownCount)
            const list = findChild(window.contentItem, "resultList")
            compare(list.count, shownCount)

            mouseClick(toggle)
            compare(directory.matchingCount, directory.institutionCount)
            tryVerify(() => directory.markers.count === markersBefore)
        }

        function test_clickingAMarkerOpensTheCardAndScrollsTheList() {
            const marker = markerItems().find(item => item.count === 1)
            verify(marker)
            mouseClick(markerLayer(), marker.at.x, marker.at.y)
            verify(directory.selectedId !== "")
            const card = findChild(window.contentItem, "institutionCard")
            tryVerify(() => card.visible)
            const title = findChild(card, "cardTitle")
            compare(title.text, directory.institution(directory.selectedId).name)
            compare(findChild(card, "cardVerified").text, "Not yet verified")
            const list = findChild(window.contentItem, "resultList")
            compare(list.currentItem.institutionId, directory.selectedId)
        }

        // "Walk-in only", ticked with the mouse: the list keeps the offers
        // that take walk-ins, and the card says so.
        function test_walkInOnlyByMouseAndOnTheCard() {
            const more = findChild(window.contentItem, "moreFilters")
            if (!more.checked)
                mouseClick(more)
            const box = findChild(window.contentItem, "filterWalkIn")
            tryVerify(() => box.visible && box.width > 0)
            waitForRendering(window.contentItem)
            const at = box.mapToItem(window.contentItem, box.width / 2, box.height / 2)
            verify(at.y > 0 && at.y < window.contentItem.height, "the box is in view at " + at.y)
            mouseClick(box)
            tryVerify(() => directory.filterOptions.walkIn)
            verify(directory.matchingCount > 0)
            verify(directory.matchingCount < directory.institutionCount)
            directory.selectedId = "bi-008"
            const card = findChild(window.contentItem, "institutionCard")
            tryVerify(() => card.visible)
            const terms = findChild(card, "serviceTerms")
            verify(terms.text.indexOf("Walk-in, no appointment needed") >= 0, terms.text)
            mouseClick(box)
            verify(!directory.filterOptions.walkIn)
            compare(directory.matchingCount, directory.institutionCount)
            mouseClick(more)
        }

        // The card covers part of the map: the place chosen is brought into
        // the part left visible, beside the card, on its left or, in a
        // right-to-left language, on its right.
        function test_theChosenPlaceStaysBesideTheCard() {
            const card = findChild(window.contentItem, "institutionCard")
            const map = window.cityMap.map
            const coordinate = directory.institution("bi-008").coordinate
            for (const language of ["en", "ar"]) {
                directory.language = language
                tryVerify(() => window.LayoutMirroring.enabled === (language === "ar"))
                directory.selectedId = ""
                window.cityMap.center = QtPositioning.coordinate(52.06, 8.45) // elsewhere
                window.choose("bi-008")
                tryVerify(() => card.visible)
                waitForRendering(window.contentItem)
                const place = map.fromCoordinate(coordinate, false)
                const cardLeft = card.mapToItem(map, 0, 0).x
                if (language === "ar")
                    verify(place.x > cardLeft + card.width, "right of the card: " + place.x)
                else
                    verify(place.x < cardLeft, "left of the card: " + place.x)
                verify(place.x > 0 && place.x < map.width)
            }
            directory.language = "en"
        }

        function test_clickingAClusterZoomsToWhereItSplits() {
            const map = window.cityMap.map
            const zoomBefore = map.zoomLevel
            const cluster = markerItems().find(item => item.count > 1
                && directory.markers.data(directory.markers.index(item.row, 0), MarkerModel.ExpansionZoomRole) <= map.maximumZoomLevel)
            verify(cluster, "a cluster that splits")
            const ids = directory.markers.institutionIds(cluster.row, 100)
            compare(ids.length, cluster.count)
            const expansion = directory.markers.data(directory.markers.index(cluster.row, 0), MarkerModel.ExpansionZoomRole)
            mouseClick(markerLayer(), cluster.at.x, cluster.at.y)
            compare(map.zoomLevel, Math.max(expansion, zoomBefore + 1))
            // After the zoom, its institutions are in more than one marker.
            tryVerify(() => {
                const holders = new Set()
                for (const id of ids)
                    holders.add(directory.markers.rowOfInstitution(id))
                return holders.size > 1 && !holders.has(-1)
            }, 3000, "the cluster split")
        }

        function test_institutionsAtOneAddressListThemselves() {
            const map = window.cityMap.map
            // The Neues Rathaus houses several offices: one marker even at the highest zoom.
            const townHall = directory.institution("bi-001").coordinate
            map.zoomLevel = map.maximumZoomLevel
            map.center = QtPositioning.coordinate(townHall.latitude, townHall.longitude)
            // Once the markers follow the new view, its marker never splits.
            tryVerify(() => {
                const r = directory.markers.rowOfInstitution("bi-001")
                const i = directory.markers.index(r, 0)
                return r >= 0 && directory.markers.data(i, MarkerModel.ClusterRole)
                    && directory.markers.data(i, MarkerModel.ExpansionZoomRole) > map.maximumZoomLevel
            }, 3000, "one marker for the town hall at the highest zoom")
            const row = directory.markers.rowOfInstitution("bi-001")
            const ids = directory.markers.institutionIds(row, 100)
            verify(ids.indexOf("bi-002") >= 0)
            const at = markerLayer().positionOf(row)
            mouseClick(markerLayer(), at.x, at.y)
            compare(map.zoomLevel, map.maximumZoomLevel, "nothing left to zoom into")
            const list = findChild(window.cityMap, "placeList")
            verify(list.visible, "the list of the address opens")
            compare(list.ids.length, ids.length)
            const entry = findChild(list, "placeEntry-bi-002")
            verify(entry)
            // The column lays its entries out when it is polished, before the next frame;
            // until then they all stand at its top, one over the other.
            verify(waitForItemPolished(entry.parent), "the list is laid out")
            verify(entry.mapToItem(list, 0, 0).y + entry.height <= list.height, "the entry is inside the list")
            mouseClick(entry)
            compare(directory.selectedId, "bi-002")
            verify(!list.visible)
        }

        function test_choosingInTheListCentresTheMap() {
            const list = findChild(window.contentItem, "resultList")
            list.positionViewAtEnd()
            tryVerify(() => list.itemAtIndex(list.count - 1) !== null, 3000, "the last entry is made")
            const entry = list.itemAtIndex(list.count - 1)
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
            list.forceActiveFocus(Qt.TabFocusReason)
            // The focus shows at once, on the first row; nothing opens.
            compare(list.cursor, 0)
            verify(list.itemAtIndex(0).keyboardRow, "the first row shows the keyboard's focus")
            compare(directory.selectedId, "")
            // The arrows move through the list without opening cards.
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Down)
            compare(list.cursor, 2)
            compare(directory.selectedId, "", "moving opens nothing")
            if (shotsDirectory !== "") {
                waitForRendering(window.contentItem)
                grabImage(window.contentItem).save(shotsDirectory + "/list-keyboard-focus.png")
            }
            keyClick(Qt.Key_Up)
            compare(list.cursor, 1)
            // Enter opens the row's card; Escape closes it, the focus stays in the list.
            keyClick(Qt.Key_Return)
            compare(directory.selectedId, directory.results.idAt(1))
            compare(list.currentIndex, 1)
            keyClick(Qt.Key_Escape)
            compare(directory.selectedId, "")
            verify(list.activeFocus)
            keyClick(Qt.Key_End)
            compare(list.cursor, list.count - 1)
            keyClick(Qt.Key_Space)
            compare(directory.selectedId, directory.results.idAt(list.count - 1))
            // The list still follows a selection made elsewhere, the keyboard's row with it.
            directory.selectedId = directory.results.idAt(2)
            compare(list.currentIndex, 2)
            compare(list.cursor, 2)
        }

        function test_theZoomButtonsByKeyboard() {
            const zoomIn = findChild(window.cityMap, "zoomIn")
            const zoomOut = findChild(window.cityMap, "zoomOut")
            const map = window.cityMap.map
            // Reached by Tab from the map's side.
            zoomIn.forceActiveFocus(Qt.TabFocusReason)
            compare(zoomIn.border.width, 2, "the focus shows")
            const before = map.zoomLevel
            keyClick(Qt.Key_Space)
            tryCompare(map, "zoomLevel", before + 1)
            keyClick(Qt.Key_Tab)
            verify(zoomOut.activeFocus, "Tab goes on to zoom out")
            keyClick(Qt.Key_Return)
            tryCompare(map, "zoomLevel", before)
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

            // Errors in a row only: the valid part imports without it, and the
            // row left out is written beside the list, with its problem, to correct.
            dialog.checkFile(mixedList)
            tryVerify(() => !exchange.busy && dialog.outcome.report !== undefined, 10000, "the check finishes")
            compare(dialog.outcome.rowsWithErrors, 1, dialog.outcome.report)
            compare(dialog.outcome.listErrors, 0)
            verify(!importButton.enabled, "not all of it")
            const importValid = findChild(dialog, "importValidButton")
            verify(importValid.visible && importValid.enabled)
            compare(importValid.text, "Import without the row with errors")
            compare(findChild(dialog, "importSummary").text,
                    "1 row with errors: correct it and check again, or import the valid records without it (2 new, 0 updated).")
            if (shotsDirectory !== "")
                grabImage(window.contentItem).save(shotsDirectory + "/import-valid-part.png")
            // The report in the UI's language, though the check runs off the GUI thread.
            directory.language = "de"
            dialog.checkFile(mixedList)
            tryVerify(() => !exchange.busy && dialog.outcome.report !== undefined, 10000, "the German check finishes")
            verify(dialog.outcome.report.indexOf("[Schwerpunkt] Fehler: ") >= 0, dialog.outcome.report)
            verify(dialog.outcome.report.indexOf("3 Datensätze gelesen: 2 neu") >= 0, dialog.outcome.report)
            compare(importValid.text, "Ohne die fehlerhafte Zeile importieren")
            if (shotsDirectory !== "")
                grabImage(window.contentItem).save(shotsDirectory + "/import-valid-part-de.png")
            directory.language = "en"
            dialog.checkFile(mixedList)
            tryVerify(() => !exchange.busy && dialog.outcome.report !== undefined, 10000, "the check finishes again")
            mouseClick(importValid)
            tryVerify(() => dialog.imported, 10000, "the valid part is imported")
            compare(directory.institutionCount, before + 3, "the two valid records are in")
            compare(dialog.outcome.leftOut, 1)
            verify(!importValid.visible, "done")
            const leftOut = findChild(dialog, "importLeftOut")
            verify(leftOut.visible)
            compare(leftOut.text, "1 row left out for its errors, in gemischt.left-out.csv: correct it there and import that file.")
            verify(findChild(dialog, "openLeftOut").visible)
            if (shotsDirectory !== "")
                grabImage(window.contentItem).save(shotsDirectory + "/import-valid-part-done.png")
            // The file left out is the row with its problem; as it is, it fails again.
            const again = exchange.check(dialog.outcome.leftOutFile)
            compare(again.rowsWithErrors, 1, again.report)
            verify(again.report.indexOf("gemischt.left-out.csv:row 2 [Schwerpunkt] error: 'Nähkurs'") >= 0, again.report)
            dialog.close()

            // A list that names no coordinate system and is in none the
            // city's lists use: one error, until the dialog names one.
            dialog.checkFile(mercatorList)
            tryVerify(() => !exchange.busy && dialog.outcome.report !== undefined, 10000, "the check finishes")
            compare(dialog.outcome.errors, 1, dialog.outcome.report)
            verify(dialog.outcome.report.indexOf("[Rechtswert] error: x/y need a coordinate system") >= 0, dialog.outcome.report)
            const crs = findChild(dialog, "importCrs")
            crs.currentIndex = crs.indexOfValue("EPSG:3857")
            crs.activated(crs.currentIndex)
            compare(dialog.crs, "EPSG:3857")
            tryVerify(() => !exchange.busy && dialog.outcome.report !== undefined, 10000, "the second check finishes")
            verify(dialog.outcome.ok, dialog.outcome.report)
            // Back to "as the list names it": that starts a check of its own,
            // still running when the next list is checked; the next one's
            // report must be the one shown.
            crs.currentIndex = 0
            crs.activated(0)
            compare(dialog.crs, "")
            dialog.close()
            // Gauss-Krüger, as older municipal lists have it, is recognised
            // and said; a column no field takes is said until a mapping takes it.
            dialog.checkFile(gaussKruegerList)
            tryVerify(() => !exchange.busy && dialog.outcome.report !== undefined, 10000, "the check finishes")
            verify(dialog.outcome.ok, dialog.outcome.report)
            verify(dialog.outcome.report.indexOf("its positions lie in Bielefeld when read as EPSG:31467") >= 0, dialog.outcome.report)
            compare(dialog.outcome.warnings, 1)
            verify(dialog.outcome.report.indexOf("column 'Zimmer' is not imported") >= 0, dialog.outcome.report)
            dialog.mapping = mappingFile
            dialog.checkFile(gaussKruegerList)
            tryVerify(() => !exchange.busy && dialog.outcome.report !== undefined, 10000, "the third check finishes")
            compare(dialog.outcome.warnings, 0, dialog.outcome.report)
            compare(findChild(dialog, "importMapping").text, "zuordnung.yaml")
            compare(findChild(dialog, "importSummary").text, "Ready to import: 1 new, 0 updated, 0 unchanged; 0 warnings.")
            if (shotsDirectory !== "")
                grabImage(window.contentItem).save(shotsDirectory + "/import-dialog.png")
            // A mapping file at fault is the one error, named with its file.
            dialog.mapping = brokenMappingFile
            dialog.checkFile(gaussKruegerList)
            tryVerify(() => !exchange.busy && dialog.outcome.report !== undefined, 10000, "the check finishes")
            compare(dialog.outcome.errors, 1)
            verify(dialog.outcome.report.indexOf("kaputt.json: fields: 'bemerkung' is not a field of the model") >= 0, dialog.outcome.report)
            compare(findChild(dialog, "importSummary").text, "1 error: nothing will be imported until it is corrected.")
            verify(!findChild(dialog, "importButton").enabled)
            dialog.mapping = mappingFile
            // Typed by its code, a system not in the list is taken as it is.
            crs.editText = "EPSG:25832"
            crs.accepted()
            compare(dialog.crs, "EPSG:25832")
            tryVerify(() => !exchange.busy && dialog.outcome.report !== undefined, 10000, "the fourth check finishes")
            verify(dialog.outcome.report.indexOf("is the coordinate system right") < 0, "one record: no guess")
            compare(dialog.outcome.errors, 1, dialog.outcome.report)
            dialog.crs = ""
            dialog.mapping = ""
            crs.currentIndex = 0
            dialog.close()

            // An address list is placed from the app's gazetteer, and marked geocoded.
            const gazetteerBefore = directory.gazetteerLocation
            dialog.checkFile(addressList)
            tryVerify(() => !exchange.busy && dialog.outcome.report !== undefined, 10000, "the check finishes")
            compare(directory.hasGazetteer, false, "the test store has no gazetteer (is STADTPLAN_GAZETTEER set?)")
            verify(dialog.outcome.report.indexOf("row 2 error: has no position") >= 0, dialog.outcome.report)
            directory.gazetteerLocation = gazetteerFile
            dialog.checkFile(addressList)
            tryVerify(() => !exchange.busy && dialog.outcome.report !== undefined, 10000, "the check with a gazetteer finishes")
            verify(dialog.outcome.ok, dialog.outcome.report)
            compare(dialog.outcome.added, 1)
            directory.gazetteerLocation = gazetteerBefore
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
            // The list's Mitte takes the place of the bundled one: one Mitte, not two.
            compare(directory.areaOutlines.length, areasBefore)
            compare(directory.areaOutlines.filter(a => a.name === "Mitte").length, 1)
            dialog.layer = "institutions"
            dialog.close()

            // The view (one focus area) exports, and the export reads back as a list.
            directory.focusFilter = ["language_courses"]
            compare(exchange.exportView(exportTarget), "")
            const back = exchange.check(exportTarget)
            compare(back.ok, true)
            compare(back.added + back.updated + back.unchanged, directory.matchingCount)
        }

        function test_searchAsYouTypeWithATypo() {
            const header = window.contentItem.parent
            const field = findChild(header, "searchField") ?? findChild(window, "searchField")
            verify(field)
            const all = directory.matchingCount
            field.forceActiveFocus()
            keyClick(Qt.Key_M); keyClick(Qt.Key_I); keyClick(Qt.Key_G); keyClick(Qt.Key_R)
            tryVerify(() => directory.searchText === "migr")
            verify(directory.matchingCount > 0 && directory.matchingCount < all, "typing narrows the list")
            verify(directory.suggestions.length > 0, "completions of the word being typed")
            // A typo in a whole word still finds the Volkshochschule.
            field.text = ""
            keyClick(Qt.Key_Escape)
            field.text = "Volkshochschle"
            directory.searchText = field.text
            compare(directory.matchingCount, 1)
            compare(directory.results.idAt(0), "bi-006")
            // Nothing found: the empty state offers to clear the search.
            directory.searchText = "Zzyzx"
            compare(directory.matchingCount, 0)
            directory.searchText = ""
            field.text = ""
            compare(directory.matchingCount, all)
        }

        function test_rightClickSortsByDistanceFromThere() {
            const map = window.cityMap.map
            const at = Qt.point(map.width / 2 + 40, map.height / 2 - 30)
            mouseClick(map, at.x, at.y, Qt.RightButton)
            tryVerify(() => directory.nearPoint.isValid, 2000, "right-click chooses the point")
            // Where the click was, within a few pixels.
            const where = map.toCoordinate(at, false)
            verify(where.distanceTo(directory.nearPoint) < 60, where.distanceTo(directory.nearPoint) + " m off")
            // The list is nearest first, each with its distance.
            const results = directory.results
            let previous = -1
            for (let row = 0; row < Math.min(results.count, 10); ++row) {
                const info = directory.institution(results.idAt(row))
                const metres = where.distanceTo(info.coordinate)
                verify(metres >= previous - 5, "row " + row + " is not nearer than the one before")
                previous = metres
                verify(results.data(results.index(row, 0), ResultModel.DistanceRole).indexOf("min on foot") > 0)
            }
            directory.nearPoint = QtPositioning.coordinate()
            compare(results.data(results.index(0, 0), ResultModel.DistanceRole), "")
        }

        // Types into the focused field as a keyboard does, then Enter.
        function typeAndEnter(field, text) {
            field.forceActiveFocus()
            field.selectAll()
            keyClick(Qt.Key_Delete)
            for (const c of text)
                keyClick(c)
            keyClick(Qt.Key_Return)
        }

        function test_aClientsAddressAsTypedSortsTheList() {
            const gazetteerBefore = directory.gazetteerLocation
            directory.gazetteerLocation = gazetteerFile // Niederwall 23, 33602; no towns: the city's
            const field = findChild(window, "addressField")
            const banner = findChild(window, "nearBanner")
            const note = findChild(window, "addressNote")
            const matches = findChild(window, "addressMatches")
            tryVerify(() => field.visible, 2000, "the address field shows with a gazetteer")

            // A letter left out of the street, no comma before the town: found, and said.
            typeAndEnter(field, "Niedrwall 23 Bielefeld")
            tryVerify(() => directory.nearPoint.isValid, 2000, "the address is used")
            compare(directory.nearLabel, "Niederwall 23, 33602")
            verify(banner.visible)
            verify(note.visible && note.text.indexOf("Niedrwall 23 Bielefeld") >= 0, note.text)
            compare(directory.nearPoint.latitude, 52.0205)

            // Another town's postcode: not used without a word; the address is offered.
            directory.nearPoint = QtPositioning.coordinate()
            typeAndEnter(field, "Niederwall 23, 80331 Muenchen")
            verify(!directory.nearPoint.isValid, "a postcode of another town is not ignored")
            verify(matches.visible)
            verify(field.problem.indexOf("33602") >= 0 && field.problem.indexOf("80331") >= 0, field.problem)
            compare(field.matches.length, 1)
            // A town of its own, too.
            typeAndEnter(field, "Niederwall 23 Hamburg")
            verify(!directory.nearPoint.isValid)
            verify(field.problem.indexOf("Hamburg") >= 0, field.problem)
            field.use(field.matches[0]) // the button: "Use Niederwall 23, 33602"
            verify(directory.nearPoint.isValid)

            // A street alone: its middle.
            typeAndEnter(field, "Niederwall")
            tryVerify(() => directory.nearLabel.indexOf("Niederwall (") === 0, 2000, directory.nearLabel)

            directory.nearPoint = QtPositioning.coordinate()
            field.text = ""

            // Typed into the search box, an address is recognised; Enter sorts from it.
            const search = findChild(window, "searchField")
            const offer = findChild(window, "addressInSearch")
            search.forceActiveFocus()
            for (const c of "niederwall 23")
                keyClick(c)
            tryVerify(() => offer.visible, 3000, "the search offers to sort from the address")
            verify(offer.text.indexOf("Niederwall 23, 33602") >= 0, offer.text)
            if (shotsDirectory !== "") {
                waitForRendering(window.contentItem)
                grabImage(window.contentItem).save(shotsDirectory + "/address-in-search.png")
            }
            keyClick(Qt.Key_Return)
            tryVerify(() => directory.nearPoint.isValid, 2000, "Enter sorts from the address")
            if (shotsDirectory !== "") {
                waitForRendering(window.contentItem)
                grabImage(window.contentItem).save(shotsDirectory + "/address-sorted.png")
            }
            compare(directory.nearLabel, "Niederwall 23, 33602")
            compare(search.text, "")
            compare(directory.searchText, "")
            verify(!offer.visible)
            // An institution's name is no address.
            typeAndEnter(search, "Treff")
            verify(!offer.visible)
            search.text = ""
            directory.searchText = ""
            directory.nearPoint = QtPositioning.coordinate()
            directory.gazetteerLocation = gazetteerBefore
        }

        function test_furtherFiltersCombineAndReset() {
            const header = window.contentItem.parent
            const toggle = findChild(header, "moreFilters") ?? findChild(window, "moreFilters")
            mouseClick(toggle)
            const all = directory.matchingCount
            // The demo data has no opening hours: "open now" keeps every record (hours unknown).
            const openNow = findChild(header, "filterOpenNow") ?? findChild(window, "filterOpenNow")
            tryVerify(() => openNow.visible && openNow.width > 0, 2000, "the further filters unfold")
            waitForRendering(window.contentItem)
            mouseClick(openNow)
            tryVerify(() => directory.filterOptions.openNow, 2000, "a click on Open now turns it on")
            compare(directory.matchingCount, all)
            const results = directory.results
            verify(results.data(results.index(0, 0), ResultModel.HoursUnknownRole), "the list says the hours are unknown")
            // A language: only institutions offering it (the demo data has Russian at one).
            const languages = directory.filterChoices("language").map(c => c.id)
            verify(languages.indexOf("ru") > 0, "the languages offered are the choices")
            directory.setFilterOption("language", "ru")
            compare(directory.matchingCount, 1)
            // Who for, combined with a focus area.
            directory.setFilterOption("language", "")
            directory.setFilterOption("targetGroup", "refugees")
            const refugees = directory.matchingCount
            verify(refugees > 0 && refugees < all, "some are for refugees: " + refugees)
            directory.focusFilter = ["language_courses"]
            verify(directory.matchingCount <= refugees)
            directory.focusFilter = []
            // Nothing in the demo data is known to be step-free or free of charge yet.
            directory.setFilterOption("stepFree", true)
            compare(directory.matchingCount, 0)
            directory.clearFilterOptions()
            compare(directory.matchingCount, all)
            verify(!directory.filterOptions.openNow && directory.filterOptions.language === "")
            mouseClick(toggle)
        }

        function test_analysisShowsOverlapsOnTheMapAndPrints() {
            const header = window.contentItem.parent
            const button = findChild(header, "coverageButton") ?? findChild(window, "coverageButton")
            verify(button)
            directory.focusFilter = ["education"]
            mouseClick(button)
            tryVerify(() => window.coverageMode)
            // The markers follow the focus area measured.
            compare(directory.focusFilter, [window.cityMap.coverage.focus])
            const tab = findChild(header, "overlapsTab") ?? findChild(window, "overlapsTab")
            mouseClick(tab)
            const list = findChild(header, "overlapList") ?? findChild(window, "overlapList")
            tryVerify(() => list.count > 0, 5000, "the demo data has overlapping offers")
            compare(window.cityMap.coverage, null, "no choropleth behind the overlaps")
            list.currentIndex = 0
            const first = list.itemAtIndex(0)
            verify(first)
            mouseClick(first)
            tryVerify(() => window.cityMap.highlighted.length >= 2, 2000, "the group's institutions are ringed")
            waitForRendering(window.contentItem)

            // Leaving the analysis brings back the chosen focus areas and clears the rings.
            mouseClick(button)
            tryVerify(() => !window.coverageMode)
            compare(directory.focusFilter, ["education"])
            compare(window.cityMap.highlighted.length, 0)

            // The Stadtplan of the current view prints.
            const exchange = (findChild(header, "importDialog") ?? findChild(window, "importDialog")).exchange
            compare(exchange.printStadtplan(printTarget, "A4", false), "")
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
