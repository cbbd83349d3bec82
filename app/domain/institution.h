#pragma once

#include "geopoint.h"
#include "localizedtext.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace stadtplan {

// Where a position came from. Only surveyed and geocoded positions are
// trustworthy to the metre; an estimated one is shown as such.
enum class PositionSource { Surveyed, Geocoded, Estimated };

// Step-free access (barrier-free entrance), as Integreat and HSDS record it.
enum class StepFree { Yes, No, Unknown };

// Whether a service needs an appointment or takes people who walk in
// (an open consultation hour, "offene Sprechstunde"), as Integreat and the
// refugee service directories show it.
enum class Appointment { Needed, WalkIn, Unknown };

// HSDS service status; "defunct" records are archived, not shown.
enum class ServiceStatus { Active, TemporarilyClosed, Inactive };

// Where a record stands in the coordinator's review. Only published records
// reach the caseworkers' and residents' views and the public exports; a draft
// waits to be published; an archived record is kept (with its history) but no
// longer shown. Records are archived, never deleted.
enum class RecordStatus { Published, Draft, Archived };

// The stable ids these values have in stores and data files ("estimated", "temporarily_closed").
QString toId(RecordStatus);
std::optional<RecordStatus> recordStatusFromId(const QString &);
QString toId(PositionSource);
QString toId(StepFree);
QString toId(ServiceStatus);
QString toId(Appointment);
std::optional<PositionSource> positionSourceFromId(const QString &);
std::optional<StepFree> stepFreeFromId(const QString &);
std::optional<ServiceStatus> serviceStatusFromId(const QString &);
std::optional<Appointment> appointmentFromId(const QString &);

// The Träger: the organisation that runs one or more institutions.
struct Organisation
{
    QString id;
    QString name;
    QString typeId; // an institution type of the taxonomy
    QString website;
    friend bool operator==(const Organisation &, const Organisation &) = default;
};

// A record's texts in other languages than the German of the source data:
// field ("name", "description") -> language (ISO 639-1) -> text.
using FieldTranslations = QMap<QString, QMap<QString, QString>>;

// The field's text in every language it has: German from the record itself,
// the others from its translations (LocalizedText falls back to German).
LocalizedText localizedField(const QString &german, const FieldTranslations &translations, const QString &field);
// As stored and exported: {"description": {"ar": "..."}}; empty for none.
QString translationsToJson(const FieldTranslations &translations);
// Nothing with `error` set when the text is not such an object.
std::optional<FieldTranslations> translationsFromJson(const QString &json, QString *error = nullptr);

struct Address
{
    QString street;
    QString houseNumber;
    QString postcode;
    QString city;

    // "Niederwall 23, 33602 Bielefeld"
    QString oneLine() const;
    // The address reduced for comparison: lower case, "str." and "straße" alike.
    QString normalised() const;
    friend bool operator==(const Address &, const Address &) = default;
};

struct Contact
{
    QString phone;
    QString email;
    QString website;
    friend bool operator==(const Contact &, const Contact &) = default;
};

// One offer at one place (HSDS service_at_location).
struct Service
{
    QString id;
    QString name;
    QString description;
    FieldTranslations translations; // of name and description
    QStringList focusAreas;   // taxonomy ids, at least one
    QStringList targetGroups; // taxonomy ids
    QStringList languages;    // ISO 639-1 codes
    Contact contact;
    QString openingHours; // OSM opening_hours syntax; empty when unknown
    QString cost;         // free text; empty when unknown, "free" when free of charge
    std::optional<bool> referralRequired;
    Appointment appointment = Appointment::Unknown;
    ServiceStatus status = ServiceStatus::Active;
    QDate lastVerified; // null when never verified
    QString verifiedBy; // who confirmed it then (a person or an office); empty: not recorded

    bool isShown() const { return status != ServiceStatus::Inactive; }
    friend bool operator==(const Service &, const Service &) = default;
};

// A place where an organisation offers services: the unit of the map.
struct Institution
{
    QString id;
    QString name;
    QString description;
    FieldTranslations translations; // of name and description
    Organisation organisation;
    Address address;
    GeoPoint position;
    PositionSource positionSource = PositionSource::Estimated;
    StepFree stepFree = StepFree::Unknown;
    QList<Service> services;
    // Where the record came from: the list it was imported from and its id
    // there, so a re-import updates it instead of adding it again.
    QString source;
    QString sourceId;
    // For a geocoded position: what placed it (a gazetteer's name, or an
    // online geocoding service), so a coordinator knows what to check.
    QString geocodedBy;
    RecordStatus recordStatus = RecordStatus::Published;
    // The store's revision of the record, counted up by every save: an edit
    // saved against an older revision than the store's is refused, so two
    // editors never overwrite each other unnoticed.
    qint64 version = 1;

    bool isPublished() const { return recordStatus == RecordStatus::Published; }

    // Focus area ids over all shown services, without repeats, in first-seen order.
    QStringList focusAreas() const;
    QStringList targetGroups() const;
    QStringList languages() const;
    // The oldest verification date of its shown services; null if any was never verified.
    QDate lastVerified() const;
    friend bool operator==(const Institution &, const Institution &) = default;
};

// The records the public sees (the caseworkers' and residents' views, the
// exports, the printed map): the published ones, in the same order.
QList<Institution> publishedOnly(QList<Institution> records);

} // namespace stadtplan
