#pragma once

// A file server on a loopback port for download tests: serves bodies by
// path, honours "Range: bytes=N-" (206 with Content-Range) unless told not
// to, and can answer with an error status or cut the connection after a
// number of bytes. Records every request's path, Range and User-Agent.

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

namespace stadtplan::test {

class FileServer
{
public:
    struct Request
    {
        QString path;
        QByteArray range; // the Range header's value; empty: none
        QByteArray userAgent;
    };
    QList<Request> requests;
    QHash<QString, QByteArray> files; // path ("/x.osm.pbf") -> body
    QByteArray status;                // non-empty: every answer is this ("500 Internal Server Error")
    qint64 cutAfter = -1;             // >= 0: close after this many bytes of the next body
    bool ranges = true;               // false: ignore Range, always send the whole file
    QByteArray lastModified = "Mon, 30 Nov 2026 21:21:02 GMT";

    bool start()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket] { answer(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }

private:
    void answer(QTcpSocket *socket)
    {
        const QByteArray request = socket->peek(socket->bytesAvailable());
        if (!request.contains("\r\n\r\n"))
            return;
        socket->readAll();
        const QList<QByteArray> lines = request.split('\n');
        Request r{QString::fromLatin1(lines.first().split(' ').value(1)), {}, {}};
        for (const QByteArray &line : lines)
            if (line.toLower().startsWith("range:"))
                r.range = line.mid(6).trimmed();
            else if (line.toLower().startsWith("user-agent:"))
                r.userAgent = line.mid(11).trimmed();
        requests.append(r);
        const auto send = [socket](const QByteArray &head, const QByteArray &body) {
            socket->write(head + "Connection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        };
        if (!status.isEmpty()) {
            send("HTTP/1.1 " + status + "\r\nContent-Length: 6\r\n", "failed");
            return;
        }
        if (!files.contains(r.path)) {
            send("HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n", "not found");
            return;
        }
        const QByteArray file = files.value(r.path);
        qint64 from = 0;
        if (ranges && r.range.startsWith("bytes=") && r.range.endsWith('-'))
            from = r.range.mid(6, r.range.size() - 7).toLongLong();
        if (from >= file.size() && from > 0) {
            send("HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */" +
                     QByteArray::number(file.size()) + "\r\nContent-Length: 0\r\n",
                 {});
            return;
        }
        QByteArray head = from > 0 ? "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes " +
                                         QByteArray::number(from) + '-' +
                                         QByteArray::number(file.size() - 1) + '/' +
                                         QByteArray::number(file.size()) + "\r\n"
                                   : QByteArray("HTTP/1.1 200 OK\r\n");
        head += "Accept-Ranges: bytes\r\nLast-Modified: " + lastModified +
                "\r\nContent-Length: " + QByteArray::number(file.size() - from) + "\r\n";
        const QByteArray body = file.mid(from);
        if (cutAfter >= 0) {
            // The connection breaks mid-file.
            socket->write(head + "\r\n" + body.left(cutAfter));
            cutAfter = -1;
            socket->disconnectFromHost();
            return;
        }
        send(head, body);
    }

    QTcpServer m_server;
};

} // namespace stadtplan::test
