#include "filter.h"

#include "servicefinder.h"

namespace stadtplan {

namespace {
bool intersectsOrAny(const QSet<QString> &wanted, const QStringList &offered)
{
    if (wanted.isEmpty())
        return true;
    for (const QString &v : offered) {
        if (wanted.contains(v))
            return true;
    }
    return false;
}
} // namespace

bool Filter::matches(const Service &s) const
{
    return s.isShown() && intersectsOrAny(focusAreas, s.focusAreas) &&
           intersectsOrAny(targetGroups, s.targetGroups) &&
           intersectsOrAny(languages, s.languages) &&
           (!freeOnly || s.cost.compare(QLatin1String("free"), Qt::CaseInsensitive) == 0) &&
           (!noReferralOnly || s.referralRequired == false) &&
           (!openAt.isValid() ||
            stadtplan::openAt(s.openingHours, openAt, region) != OpenState::Closed);
}

bool Filter::matches(const Institution &institution) const
{
    if (stepFreeOnly && institution.stepFree != StepFree::Yes)
        return false;
    if (!institutionTypes.isEmpty() && !institutionTypes.contains(institution.organisation.typeId))
        return false;
    for (const Service &s : institution.services) {
        if (matches(s))
            return true;
    }
    return false;
}

QHash<QString, int> Filter::countByFocusArea(const QList<Institution> &institutions) const
{
    Filter others = *this;
    others.focusAreas.clear();
    QHash<QString, int> counts;
    for (const Institution &institution : institutions) {
        if ((stepFreeOnly && institution.stepFree != StepFree::Yes) ||
            (!institutionTypes.isEmpty() &&
             !institutionTypes.contains(institution.organisation.typeId)))
            continue;
        QStringList areas; // a few at most: a list is cheaper than a set here
        for (const Service &s : institution.services) {
            if (others.matches(s)) {
                for (const QString &a : s.focusAreas) {
                    if (!areas.contains(a))
                        areas.append(a);
                }
            }
        }
        for (const QString &a : areas)
            ++counts[a];
    }
    return counts;
}

} // namespace stadtplan
