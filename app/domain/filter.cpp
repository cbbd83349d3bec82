#include "filter.h"

#include "openinghours.h"

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
           (!walkInOnly || s.appointment == Appointment::WalkIn) &&
           (!openAt.isValid() ||
            stadtplan::openAt(s.openingHours, openAt, region) != OpenState::Closed);
}

bool Filter::admits(const Institution &institution) const
{
    return (!stepFreeOnly || institution.stepFree == StepFree::Yes) &&
           (institutionTypes.isEmpty() ||
            institutionTypes.contains(institution.organisation.typeId));
}

bool Filter::matches(const Institution &institution) const
{
    if (!admits(institution))
        return false;
    for (const Service &s : institution.services) {
        if (matches(s))
            return true;
    }
    return false;
}

QHash<QString, int> Filter::countByFocusArea(const QList<Institution> &institutions,
                                             const std::vector<bool> *only) const
{
    Filter others = *this;
    others.focusAreas.clear();
    QHash<QString, int> counts;
    for (qsizetype i = 0; i < institutions.size(); ++i) {
        const Institution &institution = institutions[i];
        if ((only && !(*only)[std::size_t(i)]) || !admits(institution))
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
