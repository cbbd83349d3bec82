pragma Singleton
import QtQuick

// Colours and sizes used across the pages. Text colours keep a contrast of at
// least 4.5:1 on their backgrounds.
QtObject {
    readonly property color window: "#fafafa"
    readonly property color panel: "#ffffff"
    readonly property color border: "#d0d0d0"
    readonly property color text: "#1f1f1f"
    readonly property color secondaryText: "#595959"
    readonly property color accent: "#01579b"
    readonly property color land: "#f2efe9"
    readonly property color areaFill: "#1a01579b"
    readonly property color areaBorder: "#7a8a99"
    readonly property color notice: "#fff4ce"
    readonly property color noticeText: "#4d3b00"
    readonly property color error: "#fde7e9"
    readonly property color errorText: "#8a1c1c"
    // Text follows the system's font size upwards: whoever enlarges it gets
    // every label larger (a smaller one never shrinks the layout's texts).
    readonly property real fontScale: {
        const f = Qt.application.font
        const px = f.pixelSize > 0 ? f.pixelSize : f.pointSize * 4 / 3
        return Math.max(1, px / 13)
    }
    function px(size) { return Math.round(size * fontScale) }
    readonly property int markerSize: 28
    readonly property int spacing: 8
}
