#pragma once

#include "basemaperror.h"

#include <QDateTime>
#include <QString>
#include <QUrl>
#include <atomic>
#include <functional>

namespace stadtplan::basemap {

// A download that stopped; `kept` says whether the part fetched so far stays
// beside the target, so that the next run resumes it.
class DownloadError : public BasemapError
{
public:
    enum class Kind {
        Network,   // no connection, or it broke
        Server,    // the server answered with an error (404, 500, ...)
        Disk,      // the part could not be written (disk full, no permission)
        Checksum,  // the whole file differs from the published checksum
        Cancelled, // the user stopped it
    };
    DownloadError(Kind kind, const QString &message, bool kept)
        : BasemapError(message), m_kind(kind), m_kept(kept)
    {
    }
    Kind kind() const { return m_kind; }
    // The kind as `stadtplan-basemap download --progress` names it.
    QString kindName() const
    {
        switch (m_kind) {
        case Kind::Network: return QStringLiteral("network");
        case Kind::Server: return QStringLiteral("server");
        case Kind::Disk: return QStringLiteral("disk");
        case Kind::Checksum: return QStringLiteral("checksum");
        case Kind::Cancelled: return QStringLiteral("cancelled");
        }
        return QStringLiteral("network");
    }
    bool partKept() const { return m_kept; }

private:
    Kind m_kind;
    bool m_kept;
};

struct DownloadOptions
{
    QUrl source;   // the extract, http(s) (or file: for a copy at hand)
    QString target; // where the whole file ends up
    // A file of the form "HASH  NAME" with the source's MD5, as Geofabrik
    // publishes beside every extract; empty: none. One that the server does
    // not have (404) is said, not an error.
    QUrl checksum;
    // Seconds without a byte before the download counts as broken.
    int stallSeconds = 60;
};

struct DownloadProgress
{
    qint64 received = 0; // bytes of the whole file on disk
    qint64 total = -1;   // the file's size; -1 while the server has not said
    double bytesPerSecond = 0;
    qint64 resumedFrom = 0; // bytes kept from an earlier run
};

struct DownloadResult
{
    qint64 bytes = 0;
    qint64 resumedFrom = 0; // 0: downloaded from the start
    bool checksumVerified = false;
    QString checksumNote; // why not, when it was not
    QDateTime lastModified; // as the server said
};

// How Stadtplan names itself to a server (the tile usage policy and
// Geofabrik ask for it): "Stadtplan/VERSION (+PROJECT ADDRESS; PURPOSE)".
QString userAgent(const QString &purpose);

// The part file and its description while a download is incomplete.
QString partFileFor(const QString &target);
QString partDescriptionFor(const QString &target);

// Downloads `source` to `target`, resuming a part left by an earlier run
// (HTTP Range, with If-Range so a changed file starts anew), and verifies
// the checksum. The part is written beside the target and moved into place
// only when it is whole and verified: `target` is never a half file. On a
// broken connection, a server error, a full disk or `cancel`, throws
// DownloadError and keeps the part for the next run; on a wrong checksum,
// removes it. Needs a QCoreApplication (runs a local event loop).
DownloadResult downloadExtract(const DownloadOptions &options,
                               const std::function<void(const DownloadProgress &)> &progress = {},
                               const std::atomic_bool *cancel = nullptr);

} // namespace stadtplan::basemap
