#pragma once

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

} // namespace stadtplan
