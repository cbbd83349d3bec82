#pragma once

#include "localizedtext.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <stdexcept>

namespace stadtplan {

// A work focus area (Arbeitsschwerpunkt) or topic of the seed survey.
struct FocusArea
{
    QString id;
    LocalizedText label;
    QString colour; // "#rrggbb"; white icons on it keep a contrast of at least 4.5:1
    QString icon;   // SVG path data on a 24 x 24 grid, drawn white on `colour`
    // Offered to colleagues rather than to residents (networking, project
    // funding): not a topic tile on the residents' start page.
    bool forProfessionals = false;
};

struct TargetGroup
{
    QString id;
    LocalizedText label;
};

struct InstitutionType
{
    QString id;
    LocalizedText label;
};

class TaxonomyError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The shared vocabulary: focus areas, target groups and institution types,
// each with a stable id. Loaded from geodata/taxonomy.json.
class Taxonomy
{
public:
    // Parses the taxonomy JSON; throws TaxonomyError naming the entry at fault.
    static Taxonomy fromJson(const QByteArray &json);

    const QList<FocusArea> &focusAreas() const { return m_focusAreas; }
    const QList<TargetGroup> &targetGroups() const { return m_targetGroups; }
    const QList<InstitutionType> &institutionTypes() const { return m_institutionTypes; }
    QStringList languages() const { return m_languages; }

    const FocusArea *focusArea(const QString &id) const;
    const TargetGroup *targetGroup(const QString &id) const;
    const InstitutionType *institutionType(const QString &id) const;

private:
    QList<FocusArea> m_focusAreas;
    QList<TargetGroup> m_targetGroups;
    QList<InstitutionType> m_institutionTypes;
    QStringList m_languages;
};

} // namespace stadtplan
