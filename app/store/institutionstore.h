#pragma once

#include "addresslayer.h"
#include "area.h"
#include "changelog.h"
#include "institution.h"
#include "storeerror.h"

#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

class GDALDataset;

namespace stadtplan {

// A change of a published record waiting for approval: the field, its value
// in the record it was proposed against (revision `baseVersion`) and the
// value proposed.
struct Proposal
{
    FieldChange change;
    qint64 baseVersion = 0;
};

// The institution layer, read and written through GDAL/OGR. The location is
// an OGR connection: a GeoPackage file path (the embedded default) or a
// "PG:" connection string for a shared PostgreSQL/PostGIS database; both go
// through the same code. Every write is one transaction: it commits completely
// or leaves the store as it was. Failures throw StoreError.
//
// Layers: institutions (points, WGS84), organisations, services, areas
// (multipolygons, WGS84) and stadtplan_metadata (key/value).
class InstitutionStore
{
public:
    enum class Access { ReadOnly, ReadWrite };
    // 2: institutions carry source and source_id; 3: and geocoded_by. Older
    // stores are upgraded when opened for writing, and read as they are when
    // opened read-only.
    // 4: translations of names and descriptions; 5: the change log; 6:
    // verified_by; 7: record status and version; 8: areas carry the
    // population per age group, and every store holds the city's boundary and
    // districts (bundledCityAreas()), given to older stores once by the upgrade.
    // 9: services say whether they need an appointment or take walk-ins.
    static constexpr int SchemaVersion = 9;

    // Opens an existing store; never creates or changes anything on failure.
    // Opened for writing, a store of an older schema is upgraded.
    static std::unique_ptr<InstitutionStore> open(const QString &connection, Access access);
    // Creates an empty store with the schema. A GeoPackage file that already
    // exists is refused, never overwritten.
    static std::unique_ptr<InstitutionStore> create(const QString &connection);

    ~InstitutionStore();
    InstitutionStore(const InstitutionStore &) = delete;
    InstitutionStore &operator=(const InstitutionStore &) = delete;

    QString connection() const { return m_connection; }
    QString displayLocation() const;
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    // Whether saves can succeed: opened for writing and, on a database, a role
    // that may change the institutions (viewers connect with a read-only role).
    bool canWrite() const;
    static bool isDatabaseConnection(const QString &connection);

    QList<Institution> institutions() const;
    // One record with its organisation and services; nothing when the store
    // has no record of that id.
    std::optional<Institution> institution(const QString &id) const;
    QList<Area> areas() const;
    QString metadata(const QString &key) const;
    // What the store's address gazetteer is (addresslayer.h); nothing when it has none.
    std::optional<addresses::Description> addressDescription() const;

    // Replaces every institution (with its organisation and services) and
    // appends `changes` to the change log, in one transaction. With
    // `readVersions` (id -> revision, as the caller read them), refused with a
    // Conflict when a record was saved, added or removed since.
    void replaceInstitutions(const QList<Institution> &institutions, const QList<FieldChange> &changes = {},
                             const QHash<QString, qint64> *readVersions = nullptr);
    // Saves one record, its organisation and services, and logs every changed
    // field (who, via) in the same transaction. `record.version` is the
    // revision the edit started from; 0 for a new record. Throws ConflictError
    // (with the store's record) when the store's revision differs, unless the
    // store already holds exactly this record (a save repeated after its
    // answer was lost saves nothing twice). Returns the record as saved, its
    // version counted up (unchanged when nothing differed).
    Institution saveInstitution(const Institution &record, const QString &who, const QString &via);
    // Review: the fields in which `edited` differs from the store's record,
    // kept as proposals for the coordinator's approval; the record itself is
    // not changed. Throws ConflictError when the store's revision is not
    // `edited.version`. A field proposed again replaces its earlier proposal.
    void propose(const Institution &edited, const QString &who);
    // The proposals waiting, oldest first; of one record when `recordId` is given.
    QList<Proposal> proposals(const QString &recordId = {}) const;
    // Applies a record's proposals and saves it (the proposers logged as who,
    // "edit, approved by REVIEWER" as via), then removes them. Returns the
    // record as saved. Refused (Conflict) when a proposed field has changed
    // in the record since it was proposed.
    Institution approveProposals(const QString &recordId, const QString &reviewer);
    // Removes a record's proposals (approved, i.e. saved, or rejected).
    void discardProposals(const QString &recordId);
    // The change log, oldest first; of one record when `recordId` is given.
    QList<FieldChange> changeLog(const QString &recordId = {}) const;
    // Replaces every area in one transaction.
    void replaceAreas(const QList<Area> &areas);
    void setMetadata(const QString &key, const QString &value);

private:
    InstitutionStore(GDALDataset *dataset, QString connection, Access access);
    template <typename Write> void inTransaction(const char *what, Write &&write);
    // replaceInstitutions() on each kind of store: a GeoPackage's layers
    // written through SQLite directly, a database's through OGR.
    void replaceInstitutionsInGeoPackage(const QList<Institution> &institutions,
                                         const QList<Organisation> &organisations,
                                         const QList<FieldChange> &changes,
                                         const QHash<QString, qint64> *readVersions);
    void replaceInstitutionsThroughOgr(const QList<Institution> &institutions,
                                       const QList<Organisation> &organisations,
                                       const QList<FieldChange> &changes,
                                       const QHash<QString, qint64> *readVersions);
    [[noreturn]] void fail(StoreError::Kind kind, const QString &detail) const;
    void migrate(int fromVersion);
    // Writes the areas into the (empty or cleared) areas layer.
    void writeAreas(const QList<Area> &areas);
    // Opens the connection again, e.g. after a rollback GDAL's own state did not follow.
    void reopen();
    // The same after a failed write, whose failure is the one to report.
    void reopenAfterFailure();
    // GDAL's connection; a StoreError when it could not be opened again.
    GDALDataset &dataset() const;

    struct Deleter
    {
        void operator()(GDALDataset *) const;
    };
    std::unique_ptr<GDALDataset, Deleter> m_dataset;
    QString m_connection;
    Access m_access;
    mutable std::optional<bool> m_canWrite;
    bool m_reconnect = false; // the server went away: connect again before the next write
};

} // namespace stadtplan
