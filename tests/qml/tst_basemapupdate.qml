import QtQuick
import QtTest
import Stadtplan
import Stadtplan.Models

// The offline map shown, built anew while the app runs: the map shows the
// new tiles at once, as the offline map dialog tells it when its job is done.
// The tiles here are one colour each (blue, then red), so the map's pixels
// say which map it draws.
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
        property var window
        property var source

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

        function initTestCase() {
            verify(directory.load(), directory.errorMessage)
            verify(testBasemaps.paintOfflineMap(testStorePath, "#0000ff", "2026-10-01"))
            source = testBasemaps.offlineBeside(testStorePath)
            compare(source.kind, BasemapSource.Offline)
            const component = Qt.createComponent("Stadtplan", "Main")
            compare(component.status, Component.Ready, component.errorString())
            window = component.createObject(null, { directory: directory, basemap: source, width: 1024, height: 768 })
            verify(window)
            window.show()
            tryVerify(() => window.active, 5000, "the window is active")
        }
        function cleanupTestCase() {
            window.destroy()
        }

        function test_anUpdatedOfflineMapIsDrawnAtOnce() {
            // Most of the grid is open map between the markers and lines.
            tryVerify(() => pointsOf("#0000ff") >= 20, 10000, "the blue map")
            shoot("basemap-before-update")
            verify(source.offlineMapOld)
            // Built anew in its folder while the app runs...
            verify(testBasemaps.paintOfflineMap(testStorePath, "#ff0000", "2026-12-30"))
            wait(200)
            compare(pointsOf("#ff0000"), 0) // the map still holds the tiles it has
            // ...and the job done, as the dialog then does.
            const dialog = findChild(window.contentItem, "offlineMapDialog") || findChild(window, "offlineMapDialog")
            verify(dialog)
            dialog.basemap = source
            verify(source.refreshOffline(testStorePath))
            dialog.newMapReady()
            tryVerify(() => pointsOf("#ff0000") >= 20, 10000, "the red map")
            compare(pointsOf("#0000ff"), 0)
            shoot("basemap-after-update")
            verify(!source.offlineMapOld)
            compare(source.offlineDataDate, "2026-12-30")
        }
    }
}
