pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stadtplan.Models

// Tools → Offline city map: downloads the OpenStreetMap data of the region
// around the city and draws the offline map from it, in a child process (the
// app stays usable); progress, Cancel, and what went wrong in the UI
// language. The current offline map stays until the new one is complete.
Dialog {
    id: root
    required property InstitutionDirectory directory
    readonly property OfflineMapJob job: job
    objectName: "offlineMapDialog"
    title: qsTr("Offline city map")
    anchors.centerIn: Overlay.overlay
    modal: true
    closePolicy: job.running ? Popup.NoAutoClose : Popup.CloseOnEscape
    width: Math.min(560, parent ? parent.width - 2 * Theme.spacing : 560)

    // What the map shows: an update of the offline map shown is shown at
    // once (the map drops the tiles it holds); so is a first offline map
    // (the map is made anew over it), unless online tiles or none were
    // asked for this run: then it is shown from the next start.
    property BasemapSource basemap: null
    property bool shownNow: false
    // `remade`: a first offline map, the map to be made anew over it.
    signal newMapReady(bool remade)

    OfflineMapJob {
        id: job
        store: root.directory.storeLocation
        onFinished: (succeeded) => {
            if (!succeeded || root.basemap === null)
                return
            if (root.basemap.refreshOffline(job.store)) {
                root.shownNow = true
                root.newMapReady(false)
            } else if (root.basemap.switchToOffline(job.store)) {
                root.shownNow = true
                root.newMapReady(true)
            }
        }
    }
    // Opened again after a finished run: ready for the next one.
    onAboutToShow: { job.reset(); root.shownNow = false }

    function megabytes(bytes) {
        return Number(bytes / 1e6).toLocaleString(Qt.locale(root.directory.language), "f", bytes < 1e7 ? 1 : 0)
    }
    readonly property string phaseText: {
        switch (job.phase) {
        case "download": return qsTr("Downloading the map data…")
        case "clip": return qsTr("Cutting it to the city…")
        case "build": case "tiles": case "switch": return qsTr("Drawing the map…")
        case "done": return (root.shownNow ? qsTr("The offline map is ready, with map data of %1, and the map shows it now.")
                                           : qsTr("The offline map is ready, with map data of %1. It is shown from the next start."))
                                .arg(job.dataDate !== "" ? Date.fromLocaleString(Qt.locale("C"), job.dataDate, "yyyy-MM-dd")
                                                               .toLocaleDateString(Qt.locale(root.directory.language), Locale.ShortFormat) : "?")
        default: return ""
        }
    }
    readonly property string errorText: {
        switch (job.errorKind) {
        case "network": return qsTr("No connection to the download server, or it broke off. What was downloaded is kept, and Try again goes on from there.")
        case "server": return qsTr("The download server answered with an error.")
        case "disk": return qsTr("The data could not be saved: is the disk full?")
        case "checksum": return qsTr("The downloaded file was damaged and has been removed. Try again downloads it anew.")
        case "cancelled": return qsTr("Cancelled. What was downloaded is kept, and the next download goes on from there.")
        case "data": return qsTr("The downloaded data cannot be used for this city: it is damaged or does not cover the city.")
        case "tool": return qsTr("The map tool could not run.")
        default: return ""
        }
    }

    ColumnLayout {
        spacing: Theme.spacing
        width: root.availableWidth
        Label {
            text: qsTr("Downloads the OpenStreetMap data of the region around the city (about 100 MB), cuts it to the city and draws the map from it, so that the map works without a tile server. The current map stays until the new one is complete.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "offlineMapPhase"
            text: root.phaseText
            // After a failure the error says what happened instead.
            visible: text !== "" && job.errorKind === ""
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ProgressBar {
            objectName: "offlineMapProgress"
            visible: job.running
            Layout.fillWidth: true
            from: 0
            to: 1
            indeterminate: !(job.phase === "download" && job.total > 0) && !(job.phase === "tiles" && job.tilesTotal > 0)
            value: job.phase === "download" && job.total > 0 ? job.received / job.total
                 : job.phase === "tiles" && job.tilesTotal > 0 ? job.tilesDone / job.tilesTotal : 0
            Accessible.name: root.phaseText
        }
        Label {
            objectName: "offlineMapDetail"
            visible: job.running && text !== ""
            text: job.phase === "download" && job.total > 0
                  ? qsTr("%1 of %2 MB, %3 MB/s").arg(root.megabytes(job.received)).arg(root.megabytes(job.total))
                        .arg(root.megabytes(job.bytesPerSecond))
                  : job.phase === "tiles" && job.tilesTotal > 0
                  ? qsTr("%1 of %2 tiles").arg(job.tilesDone.toLocaleString(Qt.locale(root.directory.language), "f", 0))
                        .arg(job.tilesTotal.toLocaleString(Qt.locale(root.directory.language), "f", 0))
                  : ""
            color: Theme.secondaryText
        }
        Label {
            objectName: "offlineMapError"
            visible: text !== ""
            text: root.errorText
            color: Theme.errorText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            // The tool's own words (file, server, status), for whoever helps.
            objectName: "offlineMapErrorDetail"
            visible: text !== "" && job.errorKind !== "cancelled"
            text: job.errorDetail
            color: Theme.secondaryText
            font.pixelSize: Theme.px(11)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "offlineMapStart"
            text: job.errorKind !== "" ? qsTr("Try again") : qsTr("Download")
            visible: !job.running && job.phase !== "done"
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: job.start()
        }
        Button {
            objectName: "offlineMapCancel"
            text: qsTr("Cancel")
            visible: job.running
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: job.cancel()
        }
        Button {
            objectName: "offlineMapRestart"
            text: qsTr("Restart now")
            visible: job.phase === "done" && !root.shownNow
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: job.restartApp()
        }
        Button {
            objectName: "offlineMapClose"
            text: qsTr("Close")
            visible: !job.running
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            onClicked: root.close()
        }
    }
}
