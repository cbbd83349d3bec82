// Linked into every test executable: QStandardPaths answers with test folders
// (~/.qttest/...), so no test reads or writes the user's real data, settings
// or cache, whatever the test forgets to set. Child processes (the app, the
// tools) get folders of the build through XDG_* (tests/CMakeLists.txt).

#include <QStandardPaths>
#include <QtGlobal>

namespace {
void enableTestMode()
{
    QStandardPaths::setTestModeEnabled(true);
}
} // namespace

Q_CONSTRUCTOR_FUNCTION(enableTestMode)
