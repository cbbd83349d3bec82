#pragma once

#include "area.h"
#include "institution.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace stadtplan {

struct OverlapOptions
{
    double distanceMetres = 500;              // services closer than this may overlap
    bool sameAreaCounts = true;               // services in the same area overlap at any distance
    QStringList focus;                        // only these focus areas; empty: all
    QString region = QStringLiteral("DE-NW"); // public holidays for opening hours
    // How reasons name focus areas and target groups (a taxonomy label); unset: by id.
    std::function<QString(const QString &id)> label;
};

// Services doing the same thing for the same people close together.
struct OverlapGroup
{
    QString focus;
    QStringList serviceIds; // two or more, at different institutions
    QStringList institutionIds;
    QStringList targetGroups;         // shared by all (empty: all are for everyone)
    double largestDistanceMetres = 0; // between two of the group's services
    QString areaName;                 // when all lie in one area
    QStringList reasons;              // why they count as overlapping, for people
    double score = 0;                 // higher: discuss first
};

// Groups of services with the same focus area and overlapping target groups
// (a service without target groups is for everyone), within the distance or
// in the same area, and with opening hours that overlap where both have
// hours (checked over a week in 15-minute steps). Pairs form groups through
// shared services. Ranked by score: more services, closer, more shared hours.
QList<OverlapGroup> findOverlaps(const QList<Institution> &institutions, const QList<Area> &areas,
                                 const OverlapOptions &options);

// Pairs of records that are likely one institution, by the importer's rule:
// the same normalised name and address, or within 25 m with similar names.
struct DuplicatePair
{
    QString firstId, secondId;
    double distanceMetres = 0;
    QString reason;
};
QList<DuplicatePair> findDuplicates(const QList<Institution> &institutions);

} // namespace stadtplan
