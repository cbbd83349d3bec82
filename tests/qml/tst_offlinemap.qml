import QtQuick
import QtTest
import Stadtplan
import Stadtplan.Models

// Tools → Offline city map: the dialog's progress, Cancel and error line,
// with the real tool against the test's loopback server.
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
        name: "OfflineMap"
        when: windowShown
        property var window
        property var dialog

        function item(name) {
            const found = findChild(window.contentItem, name) || findChild(dialog.contentItem, name)
                          || findChild(dialog.footer, name)
            verify(found, name)
            return found
        }

        // With STADTPLAN_TEST_SHOTS set, the window as it looks, for people to see.
        function shoot(name) {
            if (shotsDirectory === "")
                return
            const image = grabImage(window.contentItem)
            image.save(shotsDirectory + "/" + name + ".png")
        }

        function initTestCase() {
            verify(directory.load(), directory.errorMessage)
            const component = Qt.createComponent("Stadtplan", "Main")
            compare(component.status, Component.Ready, component.errorString())
            window = component.createObject(null, { directory: directory, width: 1024, height: 768 })
            verify(window)
            window.show()
            tryVerify(() => window.active, 5000, "the window is active")
            dialog = findChild(window.contentItem, "offlineMapDialog") || findChild(window, "offlineMapDialog")
            verify(dialog)
        }
        function cleanupTestCase() {
            window.destroy()
        }
        function init() {
            // Opened from the Tools menu, as a coordinator would.
            mouseClick(item("toolsButton"))
            const entry = findChild(window.contentItem, "offlineMapItem") || findChild(window.Overlay.overlay, "offlineMapItem")
            verify(entry, "Tools → Offline city map…")
            tryVerify(() => entry.visible && entry.enabled)
            mouseClick(entry)
            tryVerify(() => dialog.opened)
        }
        function cleanup() {
            if (dialog.job.running)
                dialog.job.cancel()
            tryVerify(() => !dialog.job.running, 30000)
            dialog.close()
            tryVerify(() => !dialog.visible)
        }

        function test_aServerErrorIsSaidAndCanBeTriedAgain() {
            dialog.job.source = missingExtract
            const start = item("offlineMapStart")
            // "Download" the first time, "Try again" after a failure or a Cancel.
            compare(start.text, dialog.job.errorKind === "" ? "Download" : "Try again")
            mouseClick(start)
            tryVerify(() => !dialog.job.running && dialog.job.errorKind !== "", 60000)
            compare(dialog.job.errorKind, "server")
            const error = item("offlineMapError")
            verify(error.visible)
            compare(error.text, "The download server answered with an error.")
            verify(item("offlineMapErrorDetail").text.indexOf("404") >= 0, item("offlineMapErrorDetail").text)
            verify(!item("offlineMapPhase").visible, "the error, not the last phase")
            compare(start.text, "Try again")
            verify(start.visible)
            shoot("offlinemap-error")
        }

        function test_progressThenCancel() {
            dialog.job.source = regionExtract
            mouseClick(item("offlineMapStart"))
            // Once it cuts the data to the city, the download is whole.
            tryVerify(() => dialog.job.phase === "clip" || !dialog.job.running, 60000)
            verify(dialog.job.running, dialog.job.errorDetail)
            compare(dialog.job.received, dialog.job.total)
            verify(item("offlineMapProgress").visible)
            compare(item("offlineMapPhase").text, "Cutting it to the city…")
            shoot("offlinemap-working")
            const cancel = item("offlineMapCancel")
            verify(cancel.visible)
            mouseClick(cancel)
            tryVerify(() => !dialog.job.running, 30000)
            compare(dialog.job.errorKind, "cancelled")
            compare(item("offlineMapError").text,
                    "Cancelled. What was downloaded is kept, and the next download goes on from there.")
            verify(!item("offlineMapProgress").visible)
        }

        // An update of the offline map the map shows is shown at once: the
        // source reads the new map, the map is told to drop its tiles, and
        // no restart is offered. (A first offline map needs one: below.)
        function test_anUpdateIsShownAtOnce() {
            dialog.job.source = regionExtract
            dialog.job.setExtraArguments(["--zooms", "12-13", "--no-checksum"])
            mouseClick(item("offlineMapStart"))
            tryVerify(() => !dialog.job.running, 120000)
            compare(dialog.job.phase, "done", dialog.job.errorDetail)
            // The app started now would show it: a source over it, as the app makes one.
            const source = testBasemaps.offlineBeside(directory.storeLocation)
            compare(source.kind, BasemapSource.Offline)
            dialog.basemap = source
            dialog.job.reset()
            dialog.shownNow = false
            newMapSpy.clear()
            mouseClick(item("offlineMapStart"))
            tryVerify(() => !dialog.job.running, 120000)
            compare(dialog.job.phase, "done", dialog.job.errorDetail)
            compare(newMapSpy.count, 1)
            verify(dialog.shownNow)
            compare(source.offlineDataDate, "2026-11-30")
            const date = Date.fromLocaleString(Qt.locale("C"), "2026-11-30", "yyyy-MM-dd")
                             .toLocaleDateString(Qt.locale("en"), Locale.ShortFormat)
            compare(item("offlineMapPhase").text,
                    "The offline map is ready, with map data of " + date + ", and the map shows it now.")
            verify(!item("offlineMapRestart").visible)
            dialog.basemap = null
        }
        SignalSpy {
            id: newMapSpy
            target: testCase.dialog
            signalName: "newMapReady"
        }

        function test_doneSaysTheDateAndOffersARestart() {
            dialog.job.source = regionExtract
            dialog.job.setExtraArguments(["--zooms", "12-13", "--no-checksum"])
            mouseClick(item("offlineMapStart"))
            tryVerify(() => !dialog.job.running, 120000)
            compare(dialog.job.errorKind, "", dialog.job.errorDetail)
            compare(dialog.job.phase, "done")
            const done = item("offlineMapPhase")
            verify(done.visible)
            const date = Date.fromLocaleString(Qt.locale("C"), "2026-11-30", "yyyy-MM-dd")
                             .toLocaleDateString(Qt.locale("en"), Locale.ShortFormat)
            compare(done.text, "The offline map is ready, with map data of " + date + ". It is shown from the next start.")
            verify(item("offlineMapRestart").visible)
            shoot("offlinemap-done")
            verify(!item("offlineMapStart").visible)
            verify(!item("offlineMapError").visible)
        }
    }
}
