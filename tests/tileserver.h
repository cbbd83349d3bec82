#pragma once

// A map tile server on a loopback port: answers every request with one status
// and one body (a PNG of one colour, or anything a test wants the app to get)
// and records each request's path and User-Agent.

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QObject>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

namespace stadtplan::test {

class TileServer
{
public:
    QStringList paths;      // "/12/2145/1352.png"
    QStringList userAgents;
    QByteArray status = "200 OK";
    QByteArray body = png(Qt::white);

    // A 256-pixel tile of one colour.
    static QByteArray png(const QColor &colour)
    {
        QImage image(256, 256, QImage::Format_RGB32);
        image.fill(colour);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

    bool start()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray request = socket->peek(socket->bytesAvailable());
                    if (!request.contains("\r\n\r\n"))
                        return;
                    socket->readAll();
                    const QList<QByteArray> lines = request.split('\n');
                    paths.append(QString::fromLatin1(lines.first().split(' ').value(1)));
                    for (const QByteArray &line : lines)
                        if (line.toLower().startsWith("user-agent:"))
                            userAgents.append(QString::fromLatin1(line.mid(11).trimmed()));
                    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: image/png\r\nContent-Length: " +
                                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    // The URL template the city profile and --tile-url take.
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(port()); }

private:
    QTcpServer m_server;
};

} // namespace stadtplan::test
