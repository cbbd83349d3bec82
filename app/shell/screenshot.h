#pragma once

#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QString>

class QQuickItem;
class QQuickWindow;

namespace stadtplan {

// Saves the first frame of a window that shows its data as PNG, and ends the
// event loop with 0 (saved) or 1 (failed). "Shows its data": the city map
// says so (its `showsData`: the view reported to the markers), and, when the
// map draws tiles, every tile in view has arrived. No settle time: on a slow
// machine it simply comes later; `timeoutMs` only ends a broken run (the
// picture is then saved as it is, the reason said on stderr, and the exit
// code is 1).
class Screenshot : public QObject
{
    Q_OBJECT
public:
    Screenshot(QQuickWindow *window, QString file, int timeoutMs = 120000);

Q_SIGNALS:
    // The frame that shows the data was drawn (just before it is saved).
    void firstFrameWithData(qint64 msSinceStart);

private Q_SLOTS:
    void check();

private:
    bool showsData() const;
    bool tilesMissing(const QImage &image) const;
    void save(const QImage &image);
    QQuickWindow *m_window;
    QPointer<QQuickItem> m_map;
    QString m_file;
    QElapsedTimer m_since;
    bool m_checkQueued = false;
    bool m_done = false;
    bool m_timedOut = false;
};

} // namespace stadtplan
