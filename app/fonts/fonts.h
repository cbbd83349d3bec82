#pragma once

#include <QFont>
#include <QStringList>

// The fonts every text of Stadtplan is drawn in: the app's window, the printed
// Stadtplan, the client's handout and the offline map's tiles. They are
// bundled (Noto Sans, and Noto Sans Arabic UI for Arabic and Persian), so the
// same page comes out on every system.
namespace stadtplan::fonts {

// Registers the bundled fonts with Qt's font database, once; needs a
// QGuiApplication. False (and a warning) when a font could not be loaded.
bool ensureRegistered();

// The families in the order Qt should try them for each character.
QStringList families();

// The bundled sans-serif face at `pointSize` (registered first if needed).
QFont sans(qreal pointSize = 10.0, bool bold = false);

// Makes the bundled face the application's font, at the system's size. Called
// before any window or text exists: registering fonts later makes every text
// lay itself out again.
void useForApplication();

} // namespace stadtplan::fonts
