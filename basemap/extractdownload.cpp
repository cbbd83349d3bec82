#include "extractdownload.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace stadtplan::basemap {

namespace {

QString megabytes(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(double(bytes) / 1e6, 0, 'f', bytes < 10'000'000 ? 1 : 0);
}

// What the part was fetched from, and the validators that tell whether the
// server still has the same file.
struct PartDescription
{
    QString url;
    QString etag;
    QString lastModified;
    qint64 total = -1;

    static PartDescription read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        return {o.value(QLatin1String("url")).toString(), o.value(QLatin1String("etag")).toString(),
                o.value(QLatin1String("last_modified")).toString(),
                qint64(o.value(QLatin1String("total")).toDouble(-1))};
    }
    bool write(const QString &path) const
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        const QJsonObject o{{QStringLiteral("url"), url},
                            {QStringLiteral("etag"), etag},
                            {QStringLiteral("last_modified"), lastModified},
                            {QStringLiteral("total"), double(total)}};
        file.write(QJsonDocument(o).toJson());
        return file.commit();
    }
};

QNetworkRequest request(const QUrl &url, int stallSeconds)
{
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::UserAgentHeader, userAgent(QStringLiteral("offline city map")));
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                   QNetworkRequest::NoLessSafeRedirectPolicy);
    r.setTransferTimeout(stallSeconds * 1000);
    return r;
}

QString serverAnswer(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason =
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
    return reason.isEmpty() ? QString::number(status)
                            : QStringLiteral("%1 %2").arg(status).arg(reason);
}

// The MD5 the checksum file names: its first 32 hexadecimal digits.
std::optional<QByteArray> fetchChecksum(QNetworkAccessManager &network, const QUrl &url,
                                        int stallSeconds, QString *note)
{
    QNetworkReply *reply = network.get(request(url, stallSeconds));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 404 || status == 410) {
        *note = QStringLiteral("the source publishes no checksum (%1 answered %2)")
                    .arg(url.toDisplayString(), serverAnswer(reply));
        return std::nullopt;
    }
    if (reply->error() != QNetworkReply::NoError)
        throw DownloadError(DownloadError::Kind::Server,
                            QStringLiteral("could not fetch the checksum %1: %2")
                                .arg(url.toDisplayString(), status ? serverAnswer(reply)
                                                                   : reply->errorString()),
                            true);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^\\s*([0-9a-fA-F]{32})\\b"))
            .match(QString::fromLatin1(reply->read(4096)));
    if (!m.hasMatch())
        throw DownloadError(DownloadError::Kind::Server,
                            QStringLiteral("the checksum file %1 holds no MD5 sum")
                                .arg(url.toDisplayString()),
                            true);
    return m.captured(1).toLower().toLatin1();
}

QByteArray md5Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Md5);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

QString userAgent(const QString &purpose)
{
    return QStringLiteral("Stadtplan/" STADTPLAN_VERSION " (+" STADTPLAN_HOMEPAGE "; %1)").arg(purpose);
}

QString partFileFor(const QString &target)
{
    return target + QStringLiteral(".part");
}

QString partDescriptionFor(const QString &target)
{
    return target + QStringLiteral(".part.json");
}

DownloadResult downloadExtract(const DownloadOptions &options,
                               const std::function<void(const DownloadProgress &)> &progress,
                               const std::atomic_bool *cancel)
{
    const QString part = partFileFor(options.target);
    const QString descriptionPath = partDescriptionFor(options.target);
    const QString source = options.source.toDisplayString();

    // A part of an earlier run continues only when it came from the same source.
    PartDescription description = PartDescription::read(descriptionPath);
    qint64 have = QFileInfo(part).size();
    if (have > 0 && description.url != options.source.toString()) {
        QFile::remove(part);
        have = 0;
    }
    if (have == 0)
        description = {options.source.toString(), {}, {}, -1};

    QNetworkAccessManager network;
    QNetworkRequest get = request(options.source, options.stallSeconds);
    if (have > 0) {
        get.setRawHeader("Range", "bytes=" + QByteArray::number(have) + '-');
        // The server sends the rest only if the file is still the same one;
        // otherwise the whole file, and the download starts anew.
        const QString validator =
            !description.etag.isEmpty() ? description.etag : description.lastModified;
        if (!validator.isEmpty())
            get.setRawHeader("If-Range", validator.toUtf8());
    }

    DownloadResult result;
    DownloadProgress state;
    QFile file(part);
    bool started = false;
    bool alreadyWhole = false;
    std::optional<DownloadError> failure;
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer sinceReport;
    sinceReport.start();

    QNetworkReply *reply = network.get(get);
    QEventLoop loop;
    const auto fail = [&](DownloadError::Kind kind, const QString &message) {
        if (!failure)
            failure.emplace(kind, message, QFileInfo(part).size() > 0);
        reply->abort();
    };
    // The first bytes: is this the rest of the part, or the whole file?
    const auto begin = [&]() -> bool {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString scheme = options.source.scheme();
        const bool http = scheme == u"http" || scheme == u"https";
        if (http && status == 206 && have > 0) {
            // "bytes FIRST-LAST/TOTAL"
            const QRegularExpressionMatch range =
                QRegularExpression(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+|\\*)$"))
                    .match(QString::fromLatin1(reply->rawHeader("Content-Range")));
            if (!range.hasMatch() || range.captured(1).toLongLong() != have) {
                fail(DownloadError::Kind::Server,
                     QStringLiteral("%1 answered the resumed download with the wrong part (%2)")
                         .arg(source, QString::fromLatin1(reply->rawHeader("Content-Range"))));
                return false;
            }
            if (range.captured(3) != u"*")
                description.total = range.captured(3).toLongLong();
            if (!file.open(QIODevice::Append)) {
                fail(DownloadError::Kind::Disk,
                     QStringLiteral("cannot write %1: %2").arg(part, file.errorString()));
                return false;
            }
            state.resumedFrom = have;
        } else if (!http || status == 200) {
            have = 0;
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            description.total = length.isValid() ? length.toLongLong() : -1;
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                fail(DownloadError::Kind::Disk,
                     QStringLiteral("cannot write %1: %2").arg(part, file.errorString()));
                return false;
            }
        } else {
            fail(DownloadError::Kind::Server,
                 QStringLiteral("%1 answered %2").arg(source, serverAnswer(reply)));
            return false;
        }
        description.etag = QString::fromLatin1(reply->rawHeader("ETag"));
        description.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
        result.lastModified = reply->header(QNetworkRequest::LastModifiedHeader).toDateTime();
        if (!description.write(descriptionPath)) {
            fail(DownloadError::Kind::Disk,
                 QStringLiteral("cannot write %1").arg(descriptionPath));
            return false;
        }
        state.received = have;
        state.total = description.total;
        return true;
    };
    QObject::connect(reply, &QNetworkReply::readyRead, [&] {
        if (failure)
            return;
        if (!started) {
            started = true;
            if (!begin())
                return;
        }
        const QByteArray chunk = reply->readAll();
        if (file.write(chunk) != chunk.size() || !file.flush()) {
            fail(DownloadError::Kind::Disk,
                 QStringLiteral("cannot write %1 (is the disk full?): %2")
                     .arg(part, file.errorString()));
            return;
        }
        state.received += chunk.size();
        if (progress && sinceReport.elapsed() >= 250) {
            sinceReport.restart();
            state.bytesPerSecond =
                double(state.received - state.resumedFrom) / std::max<qint64>(1, clock.elapsed()) *
                1000.0;
            progress(state);
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer watch; // the user's Cancel, seen within a tenth of a second
    if (cancel) {
        QObject::connect(&watch, &QTimer::timeout, [&] {
            if (cancel->load())
                fail(DownloadError::Kind::Cancelled,
                     QStringLiteral("the download was cancelled"));
        });
        watch.start(100);
    }
    loop.exec();
    watch.stop();
    file.close();
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!failure && status == 416 && have > 0 && have == description.total) {
        // The part was already whole (an earlier run stopped before checking it).
        alreadyWhole = true;
        state.received = have;
        state.resumedFrom = have;
    }
    if (!failure && !alreadyWhole && status == 416) {
        // The server cannot give the rest of this part: start anew next time.
        QFile::remove(part);
        QFile::remove(descriptionPath);
        throw DownloadError(DownloadError::Kind::Server,
                            QStringLiteral("%1 cannot resume the download (%2); the part was "
                                           "removed and the next run starts anew")
                                .arg(source, serverAnswer(reply)),
                            false);
    }
    const qint64 onDisk = QFileInfo(part).size();
    const QString kept = onDisk > 0 ? QStringLiteral("; the %1 downloaded so far are kept beside "
                                                     "the store, and the next run resumes there")
                                          .arg(megabytes(onDisk))
                                    : QString();
    if (failure) {
        throw DownloadError(failure->kind(), failure->message() + kept, onDisk > 0);
    }
    if (!alreadyWhole && reply->error() != QNetworkReply::NoError) {
        if (status > 0 && status != 200 && status != 206)
            throw DownloadError(DownloadError::Kind::Server,
                                QStringLiteral("%1 answered %2").arg(source, serverAnswer(reply)) +
                                    kept,
                                onDisk > 0);
        const QString total = description.total > 0
                                  ? QStringLiteral(" of %1").arg(megabytes(description.total))
                                  : QString();
        throw DownloadError(DownloadError::Kind::Network,
                            (started ? QStringLiteral("the connection to %1 broke after %2%3: %4")
                                           .arg(options.source.host(), megabytes(onDisk), total,
                                                reply->errorString())
                                     : QStringLiteral("cannot download %1: %2")
                                           .arg(source, reply->errorString())) +
                                kept,
                            onDisk > 0);
    }
    if (!alreadyWhole && !started) {
        // An empty answer: nothing was written.
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw DownloadError(DownloadError::Kind::Disk,
                                QStringLiteral("cannot write %1: %2").arg(part, file.errorString()),
                                false);
        file.close();
    }
    if (description.total >= 0 && onDisk != description.total)
        throw DownloadError(DownloadError::Kind::Network,
                            QStringLiteral("the download of %1 ended after %2 of %3")
                                .arg(source, megabytes(onDisk), megabytes(description.total)) +
                                kept,
                            onDisk > 0);
    if (progress) {
        state.received = onDisk;
        state.total = onDisk;
        progress(state);
    }

    // The whole file: does it match what the source published?
    if (!options.checksum.isEmpty()) {
        const std::optional<QByteArray> expected =
            fetchChecksum(network, options.checksum, options.stallSeconds, &result.checksumNote);
        if (expected) {
            const QByteArray actual = md5Of(part);
            if (actual != *expected) {
                QFile::remove(part);
                QFile::remove(descriptionPath);
                throw DownloadError(
                    DownloadError::Kind::Checksum,
                    QStringLiteral("the downloaded file does not match its published checksum "
                                   "(MD5 %1, expected %2 from %3): it is damaged and was removed; "
                                   "the next run downloads it anew")
                        .arg(QString::fromLatin1(actual), QString::fromLatin1(*expected),
                             options.checksum.toDisplayString()),
                    false);
            }
            result.checksumVerified = true;
        }
    } else {
        result.checksumNote = QStringLiteral("no checksum was given for the source");
    }

    QFile::remove(options.target);
    if (!QFile::rename(part, options.target))
        throw DownloadError(DownloadError::Kind::Disk,
                            QStringLiteral("cannot move %1 to %2").arg(part, options.target),
                            true);
    QFile::remove(descriptionPath);
    result.bytes = onDisk;
    result.resumedFrom = state.resumedFrom;
    return result;
}

} // namespace stadtplan::basemap
