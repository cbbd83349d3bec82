import QtQuick
import QtTest
import QtPositioning
import Stadtplan
import Stadtplan.Models

// The coordinator's editing in the window, by mouse and keyboard: a field
// typed and undone, a change sent for review and approved there, a new
// draft, a colleague's save in between and the choice field by field, and
// the record's history on its card. Each function makes the state it needs
// and leaves none behind (init, cleanup), so they pass in any order.
Item {
    id: root
    width: 400
    height: 300

    InstitutionDirectory {
        id: directory
        storeLocation: testStorePath
        language: "en"
    }
    // A colleague at another desk: a directory and an editor of their own.
    InstitutionDirectory {
        id: colleagueDirectory
        storeLocation: testStorePath
        language: "en"
    }
    RecordEditor {
        id: colleague
        directory: colleagueDirectory
    }

    TestCase {
        name: "Editor"
        when: windowShown
        property var window
        property var editor

        function item(name) {
            const found = findChild(window.contentItem, name)
            verify(found, name)
            return found
        }
        function click(name) {
            const it = item(name)
            tryVerify(() => it.visible && it.enabled, 3000, name + " can be clicked")
            mouseClick(it)
        }
        function shot(name) {
            if (shotsDirectory === "")
                return
            const image = grabImage(window.contentItem)
            image.save(shotsDirectory + "/" + name + ".png")
        }
        function type(text) {
            for (const c of text)
                keyClick(c)
        }

        function initTestCase() {
            verify(directory.load(), directory.errorMessage)
            verify(colleagueDirectory.load())
            const component = Qt.createComponent("Stadtplan", "Main")
            compare(component.status, Component.Ready, component.errorString())
            window = component.createObject(null, { directory: directory, width: 1280, height: 800 })
            verify(window)
            window.show()
            tryVerify(() => window.active, 5000, "the window is active")
            editor = findChild(window, "editorPanel").editor
            verify(editor)
        }
        function cleanupTestCase() {
            window.destroy()
        }
        // Edit mode on, the form's tab, nothing open.
        function init() {
            findChild(window, "editorPanel").tab = 0
            if (!window.editMode)
                click("editButton")
            verify(window.editMode)
            verify(editor.canEdit, editor.access)
        }
        // Nothing open, nothing waiting for review (proposals rejected, new
        // drafts archived), nothing chosen.
        function cleanup() {
            editor.close()
            editor.refreshReview()
            for (const entry of editor.reviewQueue) {
                if (entry.kind === "draft") {
                    verify(editor.edit(entry.id), entry.id)
                    verify(editor.archive(), editor.message)
                    editor.close()
                } else {
                    verify(editor.reject(entry.id), editor.message)
                }
            }
            editor.refreshReview()
            compare(editor.reviewQueue.length, 0, "the review queue is empty again")
            directory.selectedId = ""
        }
        // A change of `id` proposed with the editor's own calls (not the UI).
        function propose(id, phone) {
            directory.selectedId = id
            tryCompare(editor, "recordId", id)
            editor.setValue("s:phone", phone)
            verify(editor.save(), editor.message)
            tryCompare(editor.reviewQueue, "length", 1)
        }

        function test_typeUndoAndSendForReview() {
            directory.selectedId = "bi-016"
            tryCompare(editor, "recordId", "bi-016")
            // The handle dragged on the map moves the record; undone, it is back.
            const latitude = editor.position.latitude, longitude = editor.position.longitude
            const handle = item("editHandle")
            waitForRendering(window.contentItem)
            mousePress(handle, 14, 10)
            for (let step = 1; step <= 10; ++step)
                mouseMove(handle, 14 + 8 * step, 10 + 5 * step)
            mouseRelease(handle, 94, 60)
            tryVerify(() => editor.position.longitude > longitude + 0.001 && editor.position.latitude < latitude - 0.001,
                      3000, "the record moved east and south")
            compare(editor.value("position_source"), "estimated")
            click("undoButton")
            compare(editor.position.latitude, latitude)
            compare(editor.position.longitude, longitude)
            const phone = item("field:s:phone")
            phone.forceActiveFocus() // far down the form: scrolled to by focus, not by a click
            type("+49 521 123")
            keyClick(Qt.Key_Tab) // leaving the field sets it
            compare(editor.value("s:phone"), "+49 521 123")
            verify(editor.dirty)
            click("undoButton")
            compare(editor.value("s:phone"), "")
            compare(phone.text, "")
            click("redoButton")
            compare(phone.text, "+49 521 123")
            // A broken e-mail is shown as typed and blocks saving.
            const email = item("field:s:email")
            email.forceActiveFocus()
            type("kaputt")
            keyClick(Qt.Key_Tab)
            verify(!editor.valid)
            shot("editor-invalid")
            email.forceActiveFocus()
            keyClick(Qt.Key_A, Qt.ControlModifier)
            keyClick(Qt.Key_Delete)
            keyClick(Qt.Key_Tab)
            verify(editor.valid)
            click("saveButton")
            verify(!editor.messageIsError, editor.message)
            compare(editor.reviewQueue.length, 1)
            compare(directory.history("bi-016").length, 0) // the record itself is unchanged until approved
        }

        function test_approveInTheReviewQueue() {
            propose("bi-017", "+49 521 4711")
            findChild(window, "editorPanel").tab = 1
            waitForRendering(window.contentItem)
            shot("review")
            click("approve:bi-017")
            compare(editor.reviewQueue.length, 0)
            verify(editor.message.indexOf("Approved") === 0, editor.message)
            compare(directory.history("bi-017").length, 1)
        }

        function test_aColleaguesSaveInBetween() {
            // A draft made by the colleague, then edited by both at once.
            colleague.checkAccess()
            colleague.addAt(QtPositioning.coordinate(52.025, 8.535))
            colleague.setValue("name", "Sprachtreff Kesselbrink")
            colleague.setValue("s:focus_areas", "language_courses")
            verify(colleague.save(), colleague.message)
            const id = colleague.recordId
            verify(directory.load())
            findChild(window, "editorPanel").tab = 0
            directory.selectedId = id
            tryCompare(editor, "recordId", id)
            verify(item("cardDraft").visible) // the card says it is not public
            editor.setValue("street", "Kesselbrink")
            colleague.setValue("street", "Am Kesselbrink")
            colleague.setValue("s:phone", "+49 521 7")
            verify(colleague.save(), colleague.message)
            click("saveButton")
            verify(editor.messageIsError)
            compare(editor.conflict.length, 2) // the street (both changed) and the phone (theirs)
            waitForRendering(window.contentItem)
            shot("conflict")
            click("theirs:street")
            click("saveChoicesButton")
            verify(!editor.messageIsError, editor.message)
            compare(editor.value("street"), "Am Kesselbrink")
            compare(editor.value("s:phone"), "+49 521 7")
        }

        function test_theHistoryOnTheCard() {
            propose("bi-018", "+49 521 0815")
            verify(editor.approve("bi-018"), editor.message)
            editor.close()
            directory.selectedId = ""
            directory.selectedId = "bi-018"
            click("historyToggle")
            waitForRendering(window.contentItem)
            shot("history")
            const history = directory.history("bi-018")
            verify(history.length >= 1)
            verify(history[0].via.indexOf("edit, approved by") === 0, history[0].via)
        }
    }
}
