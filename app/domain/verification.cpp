#include "verification.h"

#include <algorithm>

namespace stadtplan {

QList<OverdueInstitution> overdueForVerification(const QList<Institution> &institutions,
                                                 const QDate &asOf, int months)
{
    const QDate due = asOf.addMonths(-months);
    QList<OverdueInstitution> out;
    for (const Institution &i : institutions) {
        if (std::none_of(i.services.cbegin(), i.services.cend(),
                         [](const Service &s) { return s.isShown(); }))
            continue;
        const QDate verified = i.lastVerified();
        if (verified.isNull() || verified < due)
            out.append({&i, verified});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const OverdueInstitution &a, const OverdueInstitution &b) {
                         if (a.lastVerified.isNull() != b.lastVerified.isNull())
                             return a.lastVerified.isNull();
                         if (a.lastVerified != b.lastVerified)
                             return a.lastVerified < b.lastVerified;
                         return a.institution->name < b.institution->name;
                     });
    return out;
}

} // namespace stadtplan
