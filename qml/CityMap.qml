pragma ComponentBehavior: Bound
import QtQuick
import QtLocation
import QtPositioning
import Stadtplan.Models

// The city map: institutions as markers over the offline city map the project
// renders itself (stadtplan-basemap) when there is one, else over the city
// profile's online tiles, else over the bundled city boundary with a message
// saying what to do (see BasemapSource).
// Qt 6's Map handles no input itself, so drag, wheel (zooming at the cursor),
// pinch and keyboard are handled here.
Item {
    id: root
    required property InstitutionDirectory directory
    // Map items (graticule lines, area outlines) reach beyond the view; they
    // must not draw over the panels beside the map. Qt Quick's software
    // renderer (offscreen rendering, machines without a GPU) paints the
    // shapes behind map lines and polygons after everything else and ignores
    // clipping, so there the map is drawn into a layer of its own size.
    clip: true
    layer.enabled: GraphicsInfo.api === GraphicsInfo.Software
    // What the map is drawn on; null: the bundled city boundary alone.
    property BasemapSource basemap: null
    property alias map: map
    property alias center: map.center
    property alias zoomLevel: map.zoomLevel
    readonly property bool usesTiles: basemap !== null && basemap.kind === BasemapSource.Online
    readonly property bool usesBasemap: basemap !== null && basemap.kind === BasemapSource.Offline
    // No tiles show (none chosen or there, or the tile server out of reach):
    // the city's boundary is the map's ground, with the message what to do.
    readonly property bool boundaryOnly: basemap === null || basemap.boundaryOnly
    // Coverage shown as a choropleth over the areas; null: none.
    property CoverageModel coverage: null
    // Positions to ring (an overlap group's institutions).
    property var highlighted: []
    // Width covered on the right by a panel over the map (the card): places
    // are brought into the part that stays visible.
    property real rightInset: 0
    // Where the part left visible begins: in a right-to-left layout the
    // panel (the card) stands on the left.
    readonly property real visibleLeft: LayoutMirroring.enabled ? rightInset : 0
    // Editing: the next click places a new institution (placed), and the
    // record being edited shows a handle that can be dragged (moved).
    property bool placing: false
    property var editPosition: QtPositioning.coordinate()
    signal placed(var coordinate)
    // True while the handle is held: the map then stays where it is.
    property bool handleDragged: false
    // False from a camera change until the markers have been told the new
    // view (one frame later): what tests and screenshots wait for.
    readonly property bool markersFollowView: markersReported && !viewportTimer.running
    property bool markersReported: false
    // The map shows its data: the markers of its view are made, and the
    // store's areas, the coverage and (without tiles) the district names are on the map
    // (their delegates are made one by one, later on a busy machine). Tiles
    // arrive later; where one has not, the map shows tilePendingColour.
    readonly property bool showsData: markersFollowView && map.mapReady && groundDrawn
    property int areasDrawn: 0
    property int namesDrawn: 0
    property int coverageDrawn: 0
    readonly property var districtLabels: boundaryOnly
        ? directory.areaOutlines.filter(a => a.kind === "district" && a.labelAt.isValid) : []
    readonly property bool groundDrawn: areasDrawn >= directory.areaOutlines.length
                                        && namesDrawn >= districtLabels.length
                                        && coverageDrawn >= (coverage ? coverage.count : 0)
    readonly property bool drawsTiles: (usesTiles || usesBasemap) && !boundaryOnly
    property color tilePendingColour: Theme.land
    signal moved(var coordinate)

    // Keeps the map over the city: the centre may not leave its bounds.
    function clampToCity() {
        const b = directory.cityBounds
        if (!b.isValid)
            return
        const c = map.center
        const lat = Math.min(Math.max(c.latitude, b.bottomLeft.latitude), b.topRight.latitude)
        const lon = Math.min(Math.max(c.longitude, b.bottomLeft.longitude), b.topRight.longitude)
        if (lat !== c.latitude || lon !== c.longitude)
            map.center = QtPositioning.coordinate(lat, lon)
    }

    function reportViewport() {
        if (map.width <= 0 || map.height <= 0)
            return
        const topLeft = map.toCoordinate(Qt.point(0, 0), false)
        const bottomRight = map.toCoordinate(Qt.point(map.width, map.height), false)
        if (topLeft.isValid && bottomRight.isValid) {
            directory.markers.setViewport(topLeft.latitude, topLeft.longitude,
                                          bottomRight.latitude, bottomRight.longitude, map.zoomLevel)
            root.markersReported = true
        }
    }

    function graticule() {
        const b = directory.cityBounds
        if (!b.isValid)
            return []
        const south = Math.floor(b.bottomLeft.latitude * 100) / 100
        const north = Math.ceil(b.topRight.latitude * 100) / 100
        const west = Math.floor(b.bottomLeft.longitude * 50) / 50
        const east = Math.ceil(b.topRight.longitude * 50) / 50
        const lines = []
        for (let lat = south; lat <= north + 1e-9; lat += 0.01)
            lines.push([QtPositioning.coordinate(lat, west), QtPositioning.coordinate(lat, east)])
        for (let lon = west; lon <= east + 1e-9; lon += 0.02)
            lines.push([QtPositioning.coordinate(south, lon), QtPositioning.coordinate(north, lon)])
        return lines
    }

    // Centres the coordinate in the visible part of the map.
    function showInstitution(coordinate) {
        if (coordinate && coordinate.isValid && map.width > rightInset)
            map.alignCoordinateToPoint(coordinate, Qt.point(visibleLeft + (map.width - rightInset) / 2, map.height / 2))
    }

    // Brings the coordinate into the visible part of the map if it is not already.
    function ensureVisible(coordinate) {
        if (!coordinate || !coordinate.isValid || map.width <= rightInset || map.height <= 0)
            return
        const p = map.fromCoordinate(coordinate, false)
        const margin = Theme.markerSize
        if (isNaN(p.x) || p.x < visibleLeft + margin || p.x > visibleLeft + map.width - rightInset - margin
                || p.y < margin || p.y > map.height - margin)
            showInstitution(coordinate)
    }

    Plugin {
        id: tilesPlugin
        name: "osm"
        PluginParameter { name: "osm.useragent"; value: root.basemap ? root.basemap.userAgent : "" }
        PluginParameter { name: "osm.mapping.custom.host"; value: root.basemap ? root.basemap.tileHost : "" }
        PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: true }
        PluginParameter { name: "osm.mapping.cache.directory"; value: root.basemap ? root.basemap.cacheDirectory : "" }
        PluginParameter { name: "osm.mapping.cache.disk.size"; value: 200 * 1024 * 1024 }
        PluginParameter { name: "osm.mapping.highdpi_tiles"; value: true }
    }
    // The osm plugin reads tiles from its offline folder (mapId 8 is the
    // custom map); see BasemapSource.offlineHost.
    Plugin {
        id: basemapPlugin
        name: "osm"
        PluginParameter { name: "osm.useragent"; value: root.basemap ? root.basemap.userAgent : "" }
        PluginParameter { name: "osm.mapping.custom.host"; value: root.basemap ? root.basemap.offlineHost : "" }
        PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: true }
        PluginParameter { name: "osm.mapping.offline.directory"; value: root.basemap ? root.basemap.offlineDirectory : "" }
        PluginParameter { name: "osm.mapping.cache.directory"; value: root.basemap ? root.basemap.cacheDirectory + "-offline" : "" }
        PluginParameter { name: "osm.mapping.highdpi_tiles"; value: false }
    }
    Plugin {
        id: offlinePlugin
        name: "itemsoverlay"
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.land
    }

    Map {
        id: map
        anchors.fill: parent
        plugin: root.usesTiles ? tilesPlugin : root.usesBasemap ? basemapPlugin : offlinePlugin
        color: root.boundaryOnly ? "transparent" : root.tilePendingColour
        center: root.directory.cityCenter
        zoomLevel: root.directory.cityZoom
        minimumZoomLevel: root.directory.minimumZoom
        // Beyond its last zoom the basemap would have no tiles: its tiles are
        // shown up to twice their size, no further.
        maximumZoomLevel: root.usesBasemap ? Math.min(root.directory.maximumZoom, root.basemap.maximumZoom + 0.99)
                          : root.usesTiles ? Math.min(root.directory.maximumZoom, root.basemap.maximumZoom)
                          : root.directory.maximumZoom
        copyrightsVisible: false
        // A Tab stop (arrows pan, + and - zoom), framed when it has the focus;
        // the window starts in the search box.
        activeFocusOnTab: true
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("Map of %1").arg(root.directory.cityName)

        onSupportedMapTypesChanged: {
            // The custom tile URL is the osm plugin's last map type.
            if ((root.usesTiles || root.usesBasemap) && supportedMapTypes.length > 0)
                activeMapType = supportedMapTypes[supportedMapTypes.length - 1]
        }
        onCenterChanged: { root.clampToCity(); viewportTimer.restart() }
        onZoomLevelChanged: viewportTimer.restart()
        onWidthChanged: viewportTimer.restart()
        onHeightChanged: viewportTimer.restart()
        Component.onCompleted: root.reportViewport()

        Keys.onPressed: (event) => {
            const step = 80
            switch (event.key) {
            case Qt.Key_Plus: case Qt.Key_Equal:
                map.zoomLevel = Math.min(map.zoomLevel + 1, map.maximumZoomLevel); break
            case Qt.Key_Minus:
                map.zoomLevel = Math.max(map.zoomLevel - 1, map.minimumZoomLevel); break
            case Qt.Key_Left: map.pan(-step, 0); break
            case Qt.Key_Right: map.pan(step, 0); break
            case Qt.Key_Up: map.pan(0, -step); break
            case Qt.Key_Down: map.pan(0, step); break
            default: return
            }
            event.accepted = true
        }

        // "Use this point": right-click, or a long press on touch screens,
        // sorts the results from there (a client's address seen on the map).
        TapHandler {
            acceptedButtons: Qt.RightButton
            onTapped: (point) => root.directory.nearPoint = map.toCoordinate(point.position, false)
        }
        TapHandler {
            acceptedDevices: PointerDevice.TouchScreen
            onLongPressed: root.directory.nearPoint = map.toCoordinate(point.position, false)
        }
        DragHandler {
            // The place grabbed stays under the pointer. (Summing Map.pan()
            // steps instead lets the map drift by a pixel per step.)
            id: drag
            target: null
            enabled: !root.handleDragged
            property var anchor
            onActiveChanged: if (active) {
                anchor = map.toCoordinate(centroid.pressPosition, false)
                map.forceActiveFocus()
            }
            onCentroidChanged: if (active && anchor)
                map.alignCoordinateToPoint(anchor, centroid.position)
        }
        WheelHandler {
            id: wheel
            acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
            onWheel: (event) => {
                const anchor = map.toCoordinate(wheel.point.position)
                const zoom = map.zoomLevel + event.angleDelta.y / 120
                map.zoomLevel = Math.min(Math.max(zoom, map.minimumZoomLevel), map.maximumZoomLevel)
                map.alignCoordinateToPoint(anchor, wheel.point.position)
            }
        }
        PinchHandler {
            id: pinch
            target: null
            property var startCentroid
            onActiveChanged: if (active) startCentroid = map.toCoordinate(pinch.centroid.position, false)
            onScaleChanged: (delta) => {
                const zoom = map.zoomLevel + Math.log2(delta)
                map.zoomLevel = Math.min(Math.max(zoom, map.minimumZoomLevel), map.maximumZoomLevel)
                map.alignCoordinateToPoint(pinch.startCentroid, pinch.centroid.position)
            }
            grabPermissions: PointerHandler.TakeOverForbidden
        }

        // Without tiles, a faint graticule over the city gives panning and zooming
        // something to hold on to: a line every 0.01 degrees of latitude and
        // 0.02 of longitude (about 1.1 by 1.4 km in Bielefeld).
        MapItemView {
            model: root.boundaryOnly ? root.graticule() : []
            // The ground's layers by z, lowest first: graticule, the store's
            // boundary, its districts, coverage, names; markers above all.
            delegate: MapPolyline {
                required property var modelData
                z: -6
                path: modelData
                line.width: 1
                line.color: "#e0dbd0"
            }
        }

        // The store's areas (every store has the city's boundary and
        // districts): the map's ground without tiles, their borders over tiles.
        MapItemView {
            model: root.directory.areaOutlines
            delegate: MapItemGroup {
                id: area
                required property var modelData
                z: area.modelData.kind === "city" ? -4 : -3
                Component.onCompleted: root.areasDrawn += 1
                Component.onDestruction: root.areasDrawn -= 1
                Repeater {
                    model: area.modelData.paths
                    delegate: MapPolygon {
                        required property var modelData
                        path: modelData
                        color: !root.boundaryOnly ? "transparent" : (area.modelData.kind === "city" ? "#ffffff" : Theme.areaFill)
                        border.color: Theme.areaBorder
                        border.width: area.modelData.kind === "city" ? 2 : 1
                    }
                }
            }
        }

        // Without tiles, the districts' names: something to find one's way by.
        MapItemView {
            model: root.districtLabels
            delegate: MapQuickItem {
                required property var modelData
                z: -1
                Component.onCompleted: root.namesDrawn += 1
                Component.onDestruction: root.namesDrawn -= 1
                coordinate: modelData.labelAt
                anchorPoint.x: districtName.width / 2
                anchorPoint.y: districtName.height / 2
                sourceItem: Text {
                    id: districtName
                    objectName: "districtName"
                    text: modelData.name
                    font.pixelSize: Theme.px(13)
                    font.letterSpacing: 1
                    color: Theme.areaBorder
                    style: Text.Outline
                    styleColor: "#ffffff"
                }
            }
        }

        // The coverage choropleth: each area in its class's colour, the map
        // still readable through it.
        MapItemView {
            model: root.coverage ? root.coverage : []
            delegate: MapItemGroup {
                id: coverageArea
                z: -2
                Component.onCompleted: root.coverageDrawn += 1
                Component.onDestruction: root.coverageDrawn -= 1
                required property var paths
                required property color colour
                Repeater {
                    model: coverageArea.paths
                    delegate: MapPolygon {
                        required property var modelData
                        path: modelData
                        color: Qt.rgba(coverageArea.colour.r, coverageArea.colour.g, coverageArea.colour.b, 0.62)
                        border.color: "#6b5a4a"
                        border.width: 1
                    }
                }
            }
        }

        MapItemView {
            model: root.highlighted
            delegate: MapCircle {
                required property var modelData
                center: modelData
                // About 18 pixels at any zoom, around the marker.
                radius: 18 * 156543.03 * Math.cos(modelData.latitude * Math.PI / 180) / Math.pow(2, map.zoomLevel)
                color: "transparent"
                border.color: "#b3261e"
                border.width: 3
            }
        }

        // The point the results are sorted from, with rings at 500 m, 1, 2 and 5 km.
        MapItemView {
            model: root.directory.nearPoint.isValid ? [500, 1000, 2000, 5000] : []
            delegate: MapCircle {
                required property int modelData
                center: root.directory.nearPoint
                radius: modelData
                color: "transparent"
                border.color: "#99303f9f"
                border.width: 1.5
            }
        }
        MapQuickItem {
            objectName: "nearPin"
            visible: root.directory.nearPoint.isValid
            coordinate: root.directory.nearPoint
            anchorPoint.x: 8
            anchorPoint.y: 8
            sourceItem: Rectangle {
                width: 16
                height: 16
                radius: 8
                color: "#303f9f"
                border.color: "white"
                border.width: 3
            }
        }

        // Every marker in one item: Qt Location's per-marker delegates stop
        // being fluid at a few hundred markers.
        MarkerLayer {
            id: markerLayer
            objectName: "markerLayer"
            anchors.fill: parent
            model: root.directory.markers
            center: map.center
            zoomLevel: map.zoomLevel
            selectedId: root.directory.selectedId
            markerSize: Theme.markerSize
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("%n markers", "", root.directory.markers.count)

            TapHandler {
                onTapped: (point) => {
                    if (root.placing)
                        root.placed(map.toCoordinate(point.position, false))
                    else
                        root.activateMarker(markerLayer.markerAt(point.position.x, point.position.y))
                }
            }
            HoverHandler {
                id: markerHover
                cursorShape: root.placing ? Qt.CrossCursor
                             : markerLayer.markerAt(markerHover.point.position.x, markerHover.point.position.y) >= 0
                             ? Qt.PointingHandCursor : Qt.ArrowCursor
            }
        }

        // The record being edited: a handle to drag to the right place.
        MapQuickItem {
            id: editHandle
            objectName: "editHandle"
            visible: root.editPosition.isValid
            coordinate: root.editPosition
            anchorPoint.x: handle.width / 2
            anchorPoint.y: handle.height
            z: 10
            sourceItem: Item {
                width: handle.width
                height: handle.height
                Rectangle {
                    id: handle
                    width: 28
                    height: 40
                    color: "transparent"
                    Rectangle {
                        width: 28
                        height: 28
                        radius: 14
                        color: "#e65100"
                        border.color: "white"
                        border.width: 3
                        Text {
                            anchors.centerIn: parent
                            text: "✥"
                            color: "white"
                            font.pixelSize: 16
                        }
                    }
                    Rectangle {
                        x: 12
                        y: 26
                        width: 4
                        height: 14
                        color: "#e65100"
                    }
                    // The handle follows the pointer; where it is let go, the
                    // record's new position is where its tip points.
                    transform: Translate { x: handleDrag.moved.x; y: handleDrag.moved.y }
                    DragHandler {
                        id: handleDrag
                        target: null
                        // The map's own drag must not pan it meanwhile.
                        grabPermissions: PointerHandler.TakeOverForbidden
                        cursorShape: Qt.SizeAllCursor
                        property point moved: Qt.point(0, 0)
                        property point startTip
                        onActiveTranslationChanged: if (active) moved = activeTranslation
                        onActiveChanged: {
                            root.handleDragged = active
                            if (active) {
                                startTip = handle.mapToItem(map, handle.width / 2, handle.height)
                                moved = Qt.point(0, 0)
                            } else if (moved.x !== 0 || moved.y !== 0) {
                                const tip = Qt.point(startTip.x + moved.x, startTip.y + moved.y)
                                moved = Qt.point(0, 0)
                                root.moved(map.toCoordinate(tip, false))
                            }
                        }
                    }
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("Position of the record being edited; drag to move it")
                }
            }
        }
    }

    // What a click on a marker does: a single institution opens its card; a
    // cluster zooms in to where it splits, centred on it; institutions that
    // share one address (a cluster at the map's highest zoom) list themselves.
    function activateMarker(row) {
        placeList.visible = false
        if (row < 0)
            return
        const markers = directory.markers
        const ids = markers.institutionIds(row, 200)
        const coordinate = markers.coordinate(row)
        const index = markers.index(row, 0)
        if (!markers.data(index, MarkerModel.ClusterRole)) {
            directory.selectedId = ids[0]
            return
        }
        const expansion = markers.data(index, MarkerModel.ExpansionZoomRole)
        if (expansion <= map.maximumZoomLevel && map.zoomLevel < map.maximumZoomLevel) {
            map.zoomLevel = Math.min(Math.max(expansion, map.zoomLevel + 1), map.maximumZoomLevel)
            map.center = QtPositioning.coordinate(coordinate.latitude, coordinate.longitude)
            return
        }
        placeList.show(ids, markerLayer.positionOf(row))
    }

    // The institutions at one address, to pick one.
    Rectangle {
        id: placeList
        objectName: "placeList"
        property var ids: []
        function show(list, at) {
            ids = list
            x = Math.min(Math.max(at.x + 24, Theme.spacing), root.width - width - Theme.spacing)
            y = Math.min(Math.max(at.y - 24, Theme.spacing), root.height - height - Theme.spacing)
            visible = true
        }
        visible: false
        z: 5
        width: 280
        height: Math.min(placeColumn.height + 2 * Theme.spacing, root.height - 2 * Theme.spacing)
        radius: 6
        color: "white"
        border.color: Theme.border
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Institutions at this address")
        // Clicks on the list are the list's, not the map's underneath.
        MouseArea {
            anchors.fill: parent
            acceptedButtons: Qt.AllButtons
            onWheel: (wheel) => wheel.accepted = true
        }
        Flickable {
            anchors.fill: parent
            anchors.margins: Theme.spacing
            contentHeight: placeColumn.height
            clip: true
            Column {
                id: placeColumn
                width: parent.width
                spacing: 2
                Text {
                    text: qsTr("%n institutions at this address", "", placeList.ids.length)
                    font.bold: true
                    color: Theme.text
                    width: parent.width
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                }
                Repeater {
                    model: placeList.ids
                    delegate: Text {
                        id: placeEntry
                        required property string modelData
                        objectName: "placeEntry-" + modelData
                        width: placeColumn.width
                        text: root.directory.institution(modelData).name ?? modelData
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.accent
                        padding: 4
                        Accessible.role: Accessible.Button
                        Accessible.name: text
                        TapHandler {
                            onTapped: {
                                root.directory.selectedId = placeEntry.modelData
                                placeList.visible = false
                            }
                        }
                    }
                }
            }
        }
    }

    Timer {
        // Coalesces camera changes while dragging: one viewport update per frame at most.
        id: viewportTimer
        interval: 16
        onTriggered: root.reportViewport()
    }

    Rectangle {
        id: coverageLegend
        objectName: "coverageLegend"
        visible: root.coverage !== null && root.coverage.count > 0
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        anchors.bottomMargin: 44
        width: legendColumn.implicitWidth + 16
        height: legendColumn.implicitHeight + 12
        radius: 4
        color: "#ebffffff"
        border.color: Theme.border
        Accessible.role: Accessible.Grouping
        Accessible.name: qsTr("Legend")
        Column {
            id: legendColumn
            anchors.centerIn: parent
            spacing: 3
            Text {
                text: root.coverage ? qsTr("%1 within %2 m").arg(root.directory.focusAreaLabel(root.coverage.focus)).arg(root.coverage.distance) : ""
                font.pixelSize: Theme.px(12)
                font.bold: true
                color: Theme.text
            }
            Repeater {
                model: root.coverage ? root.coverage.legend : []
                delegate: Row {
                    required property var modelData
                    spacing: 6
                    Rectangle { width: 16; height: 12; color: modelData.colour; border.color: "#6b5a4a"; anchors.verticalCenter: parent.verticalCenter }
                    Text { text: modelData.label; font.pixelSize: Theme.px(11); color: Theme.text }
                }
            }
        }
    }

    ScaleBar {
        map: map
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
    }

    Rectangle {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        // Never wider than the map: a long credit wraps instead.
        width: Math.min(attribution.implicitWidth, root.width * 0.6) + 10
        height: attribution.height + 4
        color: "#d9ffffff"
        Text {
            id: attribution
            objectName: "attribution"
            anchors.centerIn: parent
            width: Math.min(implicitWidth, root.width * 0.6)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.px(11)
            color: Theme.secondaryText
            text: root.basemap ? root.basemap.attribution : ""
            // The tile provider's copyright page, as its licence asks.
            font.underline: link.enabled
            HoverHandler { enabled: link.enabled; cursorShape: Qt.PointingHandCursor }
            TapHandler {
                id: link
                enabled: root.basemap !== null && root.basemap.attributionUrl !== ""
                onTapped: Qt.openUrlExternally(root.basemap.attributionUrl)
            }
            Accessible.role: link.enabled ? Accessible.Link : Accessible.StaticText
            Accessible.name: text
        }
    }

    // Why no tiles show, and what to do about it.
    Rectangle {
        id: basemapMessage
        objectName: "basemapMessage"
        visible: root.boundaryOnly && messageText.text !== ""
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: Theme.spacing
        width: Math.min(messageText.implicitWidth + 24, root.width - 2 * Theme.spacing - 48)
        height: messageText.implicitHeight + 14
        radius: 4
        color: "#f2fffdf5"
        border.color: Theme.border
        Text {
            id: messageText
            objectName: "basemapMessageText"
            anchors.fill: parent
            anchors.margins: 7
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            text: root.basemap ? root.basemap.message
                               : qsTr("No map tiles: the markers show over the city's boundary.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.px(13)
            color: Theme.text
            textFormat: Text.PlainText
        }
        Accessible.role: Accessible.StaticText
        Accessible.name: messageText.text
    }

    Rectangle {
        // Where the keyboard is: on the map (arrows pan, + and - zoom).
        objectName: "mapFocusFrame"
        anchors.fill: map
        color: "transparent"
        border.color: Theme.accent
        border.width: 3
        visible: map.activeFocus
    }

    Column {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: 4
        Repeater {
            model: [
                { text: "+", name: qsTr("Zoom in"), delta: 1, key: "zoomIn" },
                { text: "\u2212", name: qsTr("Zoom out"), delta: -1, key: "zoomOut" }
            ]
            delegate: Rectangle {
                id: zoomButton
                required property var modelData
                objectName: modelData.key
                width: 32
                height: 32
                radius: 4
                color: "white"
                // Reached by Tab, pressed with Space or Enter, the focus shown.
                activeFocusOnTab: true
                border.color: activeFocus ? Theme.accent : Theme.border
                border.width: activeFocus ? 2 : 1
                Accessible.role: Accessible.Button
                Accessible.name: modelData.name
                Accessible.onPressAction: zoom()
                function zoom() {
                    map.zoomLevel = Math.min(Math.max(map.zoomLevel + modelData.delta, map.minimumZoomLevel),
                                             map.maximumZoomLevel)
                }
                Keys.onSpacePressed: zoom()
                Keys.onReturnPressed: zoom()
                Keys.onEnterPressed: zoom()
                Text {
                    anchors.centerIn: parent
                    text: zoomButton.modelData.text
                    font.pixelSize: Theme.px(20)
                    color: Theme.text
                }
                TapHandler {
                    onTapped: zoomButton.zoom()
                }
            }
        }
    }
}
