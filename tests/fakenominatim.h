#pragma once

// A stand-in for a Nominatim server on a loopback port: answers /search
// queries whose text contains a known street with its position, others with
// nothing, and records every query.

#include "geopoint.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

namespace stadtplan::test {

class FakeNominatim : public QObject
{
public:
    QHash<QString, stadtplan::GeoPoint> known; // street (as in the query) -> position
    QStringList queries;

    bool start() { return m_server.listen(QHostAddress::LocalHost); }
    void stop() { m_server.close(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

    FakeNominatim()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray request = socket->peek(65536);
                    if (!request.contains("\r\n\r\n"))
                        return;
                    socket->readAll();
                    const QUrl url(QString::fromLatin1(request.split(' ').value(1)));
                    const QString q =
                        QUrlQuery(url).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
                    queries.append(q);
                    QJsonArray results;
                    for (auto it = known.cbegin(); it != known.cend(); ++it) {
                        if (q.contains(it.key()))
                            results.append(QJsonObject{
                                {QStringLiteral("lat"), QString::number(it->latitude, 'f', 7)},
                                {QStringLiteral("lon"), QString::number(it->longitude, 'f', 7)},
                                {QStringLiteral("display_name"), it.key()}});
                    }
                    const QByteArray body = QJsonDocument(results).toJson(QJsonDocument::Compact);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: "
                                  "application/json\r\nConnection: close\r\nContent-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    QTcpServer m_server;
};

} // namespace stadtplan::test
