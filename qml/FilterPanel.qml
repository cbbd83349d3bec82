pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stadtplan.Models

// The filters beyond the focus areas, folded away until asked for: who a
// service is for, its language, the kind of institution, step-free access,
// free of charge, no referral needed, walk-in, and open now (services without known
// hours stay and say "hours unknown").
ColumnLayout {
    id: root
    required property InstitutionDirectory directory
    readonly property var options: directory.filterOptions
    readonly property int active: (options.stepFree ? 1 : 0) + (options.free ? 1 : 0) + (options.noReferral ? 1 : 0)
                                  + (options.walkIn ? 1 : 0)
                                  + (options.openNow ? 1 : 0) + (options.openAt !== "" ? 1 : 0) + (options.targetGroup !== "" ? 1 : 0)
                                  + (options.language !== "" ? 1 : 0) + (options.institutionType !== "" ? 1 : 0)
    spacing: 2

    // The day `k` days after today (the directory's clock, which tests set),
    // at noon local time, so no daylight-saving change moves it to another day.
    function dayFromToday(k: int): date {
        const parts = root.directory.today().split("-")
        return new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]) + k, 12, 0, 0)
    }

    RowLayout {
        Layout.fillWidth: true
        Button {
            id: toggle
            objectName: "moreFilters"
            flat: true
            checkable: true
            text: root.active > 0 ? qsTr("More filters (%1 on)").arg(root.active) : qsTr("More filters")
            icon.name: checked ? "go-up" : "go-down"
            Accessible.name: text
            Layout.fillWidth: true
        }
        Button {
            visible: root.active > 0
            flat: true
            text: qsTr("Reset")
            Accessible.name: qsTr("Reset the further filters")
            onClicked: root.directory.clearFilterOptions()
        }
    }
    GridLayout {
        visible: toggle.checked
        columns: 2
        columnSpacing: 8
        rowSpacing: 0
        Layout.fillWidth: true
        CheckBox {
            objectName: "filterOpenNow"
            text: qsTr("Open now")
            checked: root.options.openNow
            onToggled: root.directory.setFilterOption("openNow", checked)
        }
        CheckBox {
            objectName: "filterStepFree"
            text: qsTr("Step-free access")
            checked: root.options.stepFree
            onToggled: root.directory.setFilterOption("stepFree", checked)
        }
        CheckBox {
            objectName: "filterFree"
            text: qsTr("Free of charge")
            checked: root.options.free
            onToggled: root.directory.setFilterOption("free", checked)
        }
        CheckBox {
            objectName: "filterNoReferral"
            text: qsTr("No referral needed")
            checked: root.options.noReferral
            onToggled: root.directory.setFilterOption("noReferral", checked)
        }
        CheckBox {
            objectName: "filterWalkIn"
            text: qsTr("Walk-in only")
            checked: root.options.walkIn
            onToggled: root.directory.setFilterOption("walkIn", checked)
        }
    }
    RowLayout {
        // Open at a chosen day and time of the coming week (hours as in OSM,
        // public holidays in the city's region included).
        visible: toggle.checked
        Layout.fillWidth: true
        spacing: 4
        function apply() {
            if (!openAtBox.checked) {
                root.directory.setFilterOption("openAt", "")
                return
            }
            const day = root.dayFromToday(dayBox.currentIndex)
            const parts = timeField.text.split(":")
            const time = ("0" + parts[0]).slice(-2) + ":" + parts[1]
            root.directory.setFilterOption("openAt", Qt.formatDate(day, "yyyy-MM-dd") + "T" + time)
        }
        CheckBox {
            id: openAtBox
            objectName: "filterOpenAt"
            text: qsTr("Open at")
            checked: root.options.openAt !== ""
            onToggled: parent.apply()
        }
        ComboBox {
            id: dayBox
            objectName: "filterOpenAtDay"
            Layout.fillWidth: true
            Accessible.name: qsTr("Day")
            model: {
                const days = []
                const locale = Qt.locale(root.directory.language)
                for (let k = 0; k < 7; ++k) {
                    const d = root.dayFromToday(k)
                    days.push(k === 0 ? qsTr("Today") : k === 1 ? qsTr("Tomorrow") : d.toLocaleDateString(locale, "dddd d.M."))
                }
                return days
            }
            onActivated: if (openAtBox.checked) parent.apply()
        }
        TextField {
            id: timeField
            objectName: "filterOpenAtTime"
            text: "10:00"
            Layout.preferredWidth: 64
            inputMask: "09:99"
            validator: RegularExpressionValidator { regularExpression: /([01]?\d|2[0-3]):[0-5]\d/ }
            Accessible.name: qsTr("Time")
            onEditingFinished: if (openAtBox.checked && acceptableInput) parent.apply()
        }
    }
    ColumnLayout {
        visible: toggle.checked
        Layout.fillWidth: true
        spacing: 2
        Repeater {
            model: [{ dimension: "targetGroup", label: qsTr("For") },
                    { dimension: "language", label: qsTr("Language") },
                    { dimension: "institutionType", label: qsTr("Kind") }]
            delegate: ComboBox {
                required property var modelData
                objectName: "filter-" + modelData.dimension
                Layout.fillWidth: true
                model: root.directory.filterChoices(modelData.dimension)
                textRole: "label"
                valueRole: "id"
                Accessible.name: modelData.label
                currentIndex: Math.max(0, indexOfValue(root.options[modelData.dimension]))
                onActivated: root.directory.setFilterOption(modelData.dimension, currentValue)
            }
        }
    }
}
