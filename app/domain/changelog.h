#pragma once

#include "institution.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <optional>
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

// A record's fields by the names the log uses ("name", "street", "position"
// as "lat, lon", "service <id>: phone", ...), each as the text the log
// holds; `fieldChanges` compares these.
QMap<QString, QString> recordFields(const Institution &record);
// Sets one field of `record` from such a text (the inverse of recordFields),
// e.g. to apply a reviewed change or replay the log. False, with `error` set,
// for an unknown field, a service the record does not have or a value that
// is not one of the field's (a position that is not "lat, lon"). A field of a
// service the record does not have adds that service.
bool setRecordField(Institution &record, const QString &field, const QString &value, QString *error = nullptr);

// A service's field as the log names it ("service ID: phone"), and the
// service id and field of such a name (nothing for a record's own field).
QString serviceFieldName(const QString &serviceId, const QString &field);
struct ServiceField
{
    QString serviceId;
    QString field;
};
std::optional<ServiceField> parseServiceField(const QString &name);

// The person at this machine, as the operating system names them.
QString currentUserName();

} // namespace stadtplan
