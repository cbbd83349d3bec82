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
    Screenshot(QQuickWindow *window, QString file);

private:
    void capture();
    QQuickWindow *m_window;
    QString m_file;
    bool m_scheduled = false;
};

} // namespace stadtplan
