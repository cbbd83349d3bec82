import QtQuick
import QtTest
import Stadtplan
import Stadtplan.Models

// The offline map, built while the app runs: the map shows it at once, as
// the offline map dialog tells the window when its job is done. An update of
// the map shown (the map drops the tiles it holds), and a first offline map
// over a map without one (the map made anew with it). The tiles here are
// one colour each, so the map's pixels say which map it draws.
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
        name: "BasemapUpdate"
        when: windowShown
        property var window: null

        // How many of a grid of points over the map are this colour.
        function pointsOf(colour) {
            const map = window.cityMap
            const image = grabImage(window.contentItem)
            let count = 0
            for (let i = 1; i < 8; ++i)
                for (let j = 1; j < 6; ++j) {
                    const p = map.mapToItem(window.contentItem, map.width * i / 8, map.height * j / 6)
                    if (Qt.colorEqual(image.pixel(p.x, p.y), colour))
                        ++count
                }
            return count
        }
        // With STADTPLAN_TEST_SHOTS set, the window as it looks, for people to see.
        function shoot(name) {
            if (shotsDirectory !== "")
                grabImage(window.contentItem).save(shotsDirectory + "/" + name + ".png")
        }
        // The app's window over this source, as the app starts it.
        function open(source) {
            const component = Qt.createComponent("Stadtplan", "Main")
            compare(component.status, Component.Ready, component.errorString())
            window = component.createObject(null, { directory: directory, basemap: source, width: 1024, height: 768 })
            verify(window)
            window.show()
            tryVerify(() => window.active, 5000, "the window is active")
        }
        // What the offline map dialog does when its job has built the map.
        function jobDone(source) {
            const dialog = findChild(window.contentItem, "offlineMapDialog") || findChild(window, "offlineMapDialog")
            verify(dialog)
            dialog.basemap = source
            dialog.job.finished(true)
            verify(dialog.shownNow)
        }

        function initTestCase() {
            verify(directory.load(), directory.errorMessage)
        }
        function cleanup() {
            if (window)
                window.destroy()
            window = null
        }

        function test_anUpdatedOfflineMapIsDrawnAtOnce() {
            verify(testBasemaps.paintOfflineMap(testStorePath, "#0000ff", "2026-10-01"))
            const source = testBasemaps.offlineBeside(testStorePath)
            compare(source.kind, BasemapSource.Offline)
            open(source)
            // Most of the grid is open map between the markers and lines.
            tryVerify(() => pointsOf("#0000ff") >= 20, 10000, "the blue map")
            shoot("basemap-before-update")
            verify(source.offlineMapOld)
            // Built anew in its folder while the app runs...
            verify(testBasemaps.paintOfflineMap(testStorePath, "#ff0000", "2026-12-30"))
            waitForRendering(window.contentItem)
            compare(pointsOf("#ff0000"), 0) // the map still holds the tiles it has
            // ...and the job done.
            const map = window.cityMap
            jobDone(source)
            compare(window.cityMap, map) // the same map, its tiles read anew
            tryVerify(() => pointsOf("#ff0000") >= 20, 10000, "the red map")
            compare(pointsOf("#0000ff"), 0)
            shoot("basemap-after-update")
            verify(!source.offlineMapOld)
            compare(source.offlineDataDate, "2026-12-30")
        }

        function test_aFirstOfflineMapIsDrawnAtOnce() {
            verify(testBasemaps.removeOfflineMap(testStorePath))
            const source = testBasemaps.offlineBeside(testStorePath)
            compare(source.kind, BasemapSource.None) // the city's boundary alone
            open(source)
            tryVerify(() => window.cityMap.showsData, 10000, "the map without tiles")
            window.cityMap.zoomLevel = 12.5
            // (Numbers, not the coordinate: that would refer to the old map.)
            const latitude = window.cityMap.center.latitude
            const longitude = window.cityMap.center.longitude
            const map = window.cityMap
            verify(testBasemaps.paintOfflineMap(testStorePath, "#00ff00", "2026-12-30"))
            jobDone(source)
            compare(source.kind, BasemapSource.Offline)
            verify(window.cityMap !== map) // made anew with the offline map's plugin
            tryVerify(() => pointsOf("#00ff00") >= 20, 10000, "the green map")
            // With its markers, areas and district names, as at a start.
            tryVerify(() => window.cityMap.showsData, 10000, "the new map shows the data")
            waitForRendering(window.contentItem)
            shoot("basemap-first-offline")
            // Where it was.
            compare(window.cityMap.zoomLevel, 12.5)
            verify(Math.abs(window.cityMap.center.latitude - latitude) < 1e-6)
            verify(Math.abs(window.cityMap.center.longitude - longitude) < 1e-6)
        }
    }
}
