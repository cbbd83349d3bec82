#pragma once

#include <QQuickImageProvider>

class QQmlEngine;

namespace stadtplan {

// Draws a focus area's icon (SVG path data on a 24 x 24 grid) in white as an
// image: "image://focusicon/<percent-encoded path data>". Images, unlike Qt
// Quick Shapes, keep their stacking order in the software renderer used for
// offscreen rendering, so a marker under the card or a panel stays under it.
class FocusIconProvider : public QQuickImageProvider
{
public:
    FocusIconProvider();
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    // The icon of SVG path data in white, `size` pixels square.
    static QImage render(const QString &pathData, QSize size);

    // Makes the provider available to QML in `engine` (which takes ownership).
    static void install(QQmlEngine *engine);
};

} // namespace stadtplan
