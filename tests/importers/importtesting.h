#pragma once

// What the import tests ask of a report and a store.

#include "importreport.h"
#include "institutionstore.h"

#include <QList>
#include <QString>

#include <algorithm>

namespace stadtplan::test {

// Whether the report says something containing `fragment` of this record
// ("row 4"; empty: the whole list) and source field.
inline bool hasProblem(const ImportReport &report, const QString &record, const QString &field,
                       const QString &fragment)
{
    return std::any_of(report.problems().cbegin(), report.problems().cend(), [&](const ImportReport::Problem &p) {
        return p.record == record && p.field == field && p.message.contains(fragment);
    });
}

// The store's institutions that came from the list `source`, in the store's order.
inline QList<Institution> fromSource(const QString &store, const QString &source)
{
    QList<Institution> out;
    for (const Institution &i : InstitutionStore::open(store, InstitutionStore::Access::ReadOnly)->institutions())
        if (i.source == source)
            out.append(i);
    return out;
}

} // namespace stadtplan::test
