#pragma once

#include "institution.h"

#include <QString>
#include <stdexcept>

namespace stadtplan {

// What went wrong with a store, in words a coordinator can act on. The
// location is the file path or connection string (without password).
class StoreError : public std::runtime_error
{
public:
    enum class Kind {
        Missing,     // no file or database at that location
        Locked,      // another program holds a lock
        Corrupt,     // not readable as a GeoPackage / database
        NotAStore,   // readable, but without Stadtplan's layers
        ReadOnly,    // opened read-only, or no permission to write
        WriteFailed, // a write was refused; nothing was changed
        Unreachable, // the database server cannot be reached or went away
        Conflict,    // the record was changed by someone else since it was read
    };

    StoreError(Kind kind, QString location, QString detail);

    Kind kind() const { return m_kind; }
    QString location() const { return m_location; }
    QString detail() const { return m_detail; }
    // One sentence for people: what is wrong, where, and that nothing was changed.
    QString message() const;

private:
    Kind m_kind;
    QString m_location;
    QString m_detail;
};

// A save refused because the record changed in the store since the editor
// read it (another editor saved first). Holds the store's version, so the
// user can see both and choose field by field.
class ConflictError : public StoreError
{
public:
    ConflictError(QString location, Institution stored);
    const Institution &stored() const { return m_stored; }

private:
    Institution m_stored;
};

} // namespace stadtplan
