#pragma once

#include <QObject>
#include <QString>

class QQuickWindow;

namespace stadtplan {

// Renders a window offscreen once it has drawn and settled, saves it as PNG
// and ends the event loop with 0 (saved) or 1 (failed).
class Screenshot : public QObject
{
    Q_OBJECT
public:
    // `settleMs` is how long to wait after the first frame: enough for the
    // markers, and longer when tiles are fetched from a server.
    Screenshot(QQuickWindow *window, QString file, int settleMs);

private:
    void capture();
    QQuickWindow *m_window;
    QString m_file;
    int m_settleMs;
    bool m_scheduled = false;
};

} // namespace stadtplan
