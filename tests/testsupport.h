#pragma once

// Helpers shared by the tests: sample records with every field filled, and
// file fingerprints to prove that a file was left untouched.

#include "institution.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMap>
#include <QProcess>
#include <QTimer>

#include <functional>

namespace stadtplan::test {

inline QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// Every file under a folder (relative path) with its fingerprint: two equal
// results are the same files, byte for byte.
inline QMap<QString, QByteArray> folderDigests(const QString &folder)
{
    QMap<QString, QByteArray> result;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        result.insert(QDir(folder).relativeFilePath(file), digest(file));
    }
    return result;
}

// The throwaway PostgreSQL server the pg_cluster_start fixture made: its
// GDAL connection string ("PG:..."), empty when the fixture did not run.
inline QString pgConnection()
{
    QFile file(qEnvironmentVariable("STADTPLAN_TEST_PG"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

// Why the fixture has no server (tests/support/pg-cluster wrote it), or empty.
inline QString pgUnavailable()
{
    QFile file(QFileInfo(qEnvironmentVariable("STADTPLAN_TEST_PG")).absolutePath()
               + QStringLiteral("/unavailable"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

// In initTestCase of a database test: skips the test, with the reason, when
// PostgreSQL could not start; fails when the fixture did not run at all.
#define STADTPLAN_REQUIRE_PG(connection)                                                       \
    do {                                                                                       \
        (connection) = ::stadtplan::test::pgConnection();                                      \
        if ((connection).isEmpty() && !::stadtplan::test::pgUnavailable().isEmpty())           \
            QSKIP(qPrintable(::stadtplan::test::pgUnavailable()));                             \
        QVERIFY2((connection).startsWith(QStringLiteral("PG:")),                               \
                 qPrintable(QStringLiteral("no connection file %1: did the pg_cluster_start "  \
                                           "fixture run?")                                     \
                                .arg(qEnvironmentVariable("STADTPLAN_TEST_PG"))));             \
    } while (false)

#ifdef STADTPLAN_PG_CLUSTER
// tests/support/pg-cluster ACTION (halt, resume ...) on that server.
inline int pgCluster(const QString &action)
{
    const QString dir = QFileInfo(qEnvironmentVariable("STADTPLAN_TEST_PG")).absolutePath();
    return QProcess::execute(QStringLiteral(STADTPLAN_PG_CLUSTER), {action, dir});
}
#endif

// Waits until `ready()` holds or `process` has ended, with no fixed sleep:
// woken by each change in the folder `dir` and its files (one made, grown or
// removed) and by the process's end. `timeoutMs` only ends a broken run.
// True when `ready()` holds.
inline bool waitUntil(QProcess &process, const QString &dir, const std::function<bool()> &ready,
                      int timeoutMs = 60000)
{
    QFileSystemWatcher watcher;
    QEventLoop loop;
    const auto check = [&] {
        if (ready() || process.state() == QProcess::NotRunning) {
            loop.quit();
            return;
        }
        const QStringList files = QDir(dir).entryList(QDir::Files);
        for (const QString &name : files)
            watcher.addPath(QDir(dir).filePath(name)); // known ones are ignored
    };
    watcher.addPath(dir);
    QObject::connect(&watcher, &QFileSystemWatcher::directoryChanged, &loop, check);
    QObject::connect(&watcher, &QFileSystemWatcher::fileChanged, &loop, check);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check();
    if (!ready() && process.state() != QProcess::NotRunning)
        loop.exec();
    return ready();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
}

// An institution with every field of the model set, including the odd ones:
// umlauts, a referral flag of each kind, a verified and an unverified service.
inline Institution fullInstitution(const QString &id)
{
    Institution i;
    i.id = id;
    i.name = QStringLiteral("Beratungsstelle Süd ") + id;
    i.description = QStringLiteral("Beratung für Zugewanderte; Termine nach Vereinbarung.");
    i.organisation = {QStringLiteral("org-") + id, QStringLiteral("Träger für Ü-Tests e.V."),
                      QStringLiteral("welfare_service"), QStringLiteral("https://example.org/")};
    i.address = {QStringLiteral("Große Straße"), QStringLiteral("12a"), QStringLiteral("33602"),
                 QStringLiteral("Bielefeld")};
    i.position = {52.0211 + id.size() * 0.0001, 8.5325};
    i.positionSource = PositionSource::Geocoded;
    i.stepFree = StepFree::Yes;
    i.source = QStringLiteral("testliste");
    i.sourceId = id;

    Service s1;
    s1.id = id + QStringLiteral("-1");
    s1.name = QStringLiteral("Migrationsberatung");
    s1.description = QStringLiteral("Für Erwachsene ab 27.");
    s1.focusAreas = {QStringLiteral("counselling"), QStringLiteral("networking")};
    s1.targetGroups = {QStringLiteral("all_migrants"), QStringLiteral("eu_citizens")};
    s1.languages = {QStringLiteral("de"), QStringLiteral("tr"), QStringLiteral("ar")};
    s1.contact = {QStringLiteral("+49 521 000000"), QStringLiteral("beratung@example.org"),
                  QStringLiteral("https://example.org/beratung")};
    s1.openingHours = QStringLiteral("Mo-Fr 09:00-12:00; Th 14:00-17:00; PH off");
    s1.cost = QStringLiteral("free");
    s1.referralRequired = false;
    s1.appointment = Appointment::WalkIn;
    s1.status = ServiceStatus::Active;
    s1.lastVerified = QDate(2026, 10, 1);

    Service s2;
    s2.id = id + QStringLiteral("-2");
    s2.name = QStringLiteral("Sprachcafé");
    s2.focusAreas = {QStringLiteral("language_courses")};
    s2.targetGroups = {QStringLiteral("women")};
    s2.languages = {QStringLiteral("de")};
    s2.referralRequired = true;
    s2.appointment = Appointment::Needed;
    s2.status = ServiceStatus::TemporarilyClosed;

    Service s3;
    s3.id = id + QStringLiteral("-3");
    s3.name = QStringLiteral("Früheres Angebot");
    s3.focusAreas = {QStringLiteral("sport")};
    s3.status = ServiceStatus::Inactive; // kept in the store, never shown
    i.services = {s1, s2, s3};
    return i;
}

} // namespace stadtplan::test
