#pragma once

#include "institution.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace stadtplan {

// One field of one record changed: who, when, from what to what, and
// through what (an edit, or an import's file and row). The log is kept in
// the store with the data.
struct FieldChange
{
    QDateTime at; // UTC
    QString who;
    QString recordId; // the institution's id
    QString field;    // "name", "street", ... ; a service's: "service <id>: opening_hours"
    QString oldValue; // empty: there was none (a new record or field)
    QString newValue; // empty: removed
    QString via;      // "import liste.csv row 4", "edit"
    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

// Every field in which `after` differs from `before`, as changes with `at`,
// `who` and `via` filled in. A new record (no `before`) is one change of the
// field "created" with its name as the new value (not one row per field: a
// list of 100,000 would log millions); its first values are its values now
// with the later logged changes undone.
QList<FieldChange> fieldChanges(const Institution *before, const Institution &after,
                                const QDateTime &at, const QString &who, const QString &via);

// The person at this machine, as the operating system names them.
QString currentUserName();

} // namespace stadtplan
