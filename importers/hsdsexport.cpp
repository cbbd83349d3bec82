#include "hsdsexport.h"

#include "gdalsupport.h"
#include "institutionexport.h"
#include "recordschema.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <map>

namespace stadtplan {

namespace {
[[noreturn]] void fail(const QString &message)
{
    throw ExportError(message.toStdString());
}

// Stable UUIDs (version 5) from the store's ids, per kind of record.
QString uuid(const QString &kind, const QString &id)
{
    static const QUuid space = QUuid::fromString(QStringLiteral("{6f1c3a52-7d1e-4b55-9d0a-5b2d8f4e9c31}"));
    return QUuid::createUuidV5(space, kind + QLatin1Char(':') + id).toString(QUuid::WithoutBraces);
}

// The service table's columns: its ids, then those of the record schema.
std::vector<const char *> serviceColumns()
{
    std::vector<const char *> columns{"id", "organization_id"};
    for (const RecordSchema::Field *f : RecordSchema::hsdsServiceFields())
        columns.push_back(f->hsds);
    return columns;
}

// The package's tables and their columns, in HSDS 3 names.
using Columns = std::vector<const char *>;
const std::vector<std::pair<const char *, Columns>> &tables()
{
    static const std::vector<std::pair<const char *, Columns>> list{
        {"organization", {"id", "name", "description", "website"}},
        // Then a column for each service field the record schema gives one.
        {"service", serviceColumns()},
        {"location", {"id", "location_type", "organization_id", "name", "description", "latitude",
                      "longitude"}},
        {"address", {"id", "location_id", "address_1", "city", "state_province", "postal_code",
                     "country", "address_type"}},
        {"service_at_location", {"id", "service_id", "location_id"}},
        {"phone", {"id", "service_id", "number"}},
        {"language", {"id", "service_id", "name", "code"}},
        {"schedule", {"id", "service_id", "description"}},
        {"accessibility", {"id", "location_id", "description"}},
        {"taxonomy", {"id", "name", "description", "version"}},
        {"taxonomy_term", {"id", "code", "name", "description", "taxonomy_id", "language"}},
        {"attribute", {"id", "link_id", "link_entity", "taxonomy_term_id", "label"}},
    };
    return list;
}

class Package
{
public:
    explicit Package(const QString &folder)
    {
        GDALDriver *csv = GetGDALDriverManager()->GetDriverByName("CSV");
        m_dataset.reset(csv->Create(folder.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!m_dataset)
            fail(QStringLiteral("cannot write the package folder %1").arg(folder));
        for (const auto &[name, columns] : tables()) {
            OGRLayer *layer = m_dataset->CreateLayer(name, nullptr, wkbNone, nullptr);
            if (!layer)
                fail(QStringLiteral("cannot write %1.csv").arg(QLatin1String(name)));
            for (const char *column : columns) {
                OGRFieldDefn field(column, OFTString);
                layer->CreateField(&field);
            }
            m_layers.emplace(name, layer);
        }
    }

    void add(const char *table, const QStringList &values)
    {
        OGRLayer *layer = m_layers.at(table);
        OGRFeature f(layer->GetLayerDefn());
        for (int i = 0; i < values.size(); ++i) {
            if (!values[i].isEmpty())
                f.SetField(i, values[i].toUtf8().constData());
        }
        if (layer->CreateFeature(&f) != OGRERR_NONE)
            fail(QStringLiteral("cannot write %1.csv").arg(QLatin1String(table)));
    }

    void close() { m_dataset.reset(); }

private:
    GDALDatasetUniquePtr m_dataset;
    std::map<std::string, OGRLayer *> m_layers;
};
} // namespace

int writeHsdsPackage(const QList<Institution> &institutions, const Taxonomy &taxonomy, const QString &folder)
{
    gdal::ensureInitialised();
    Package package(folder);

    // The vocabulary, as two taxonomies with their terms.
    const QString focusTaxonomy = uuid(QStringLiteral("taxonomy"), QStringLiteral("focus_areas"));
    const QString groupTaxonomy = uuid(QStringLiteral("taxonomy"), QStringLiteral("target_groups"));
    package.add("taxonomy", {focusTaxonomy, QStringLiteral("Stadtplan focus areas"),
                             QStringLiteral("Work focus areas of integration services (Arbeitsschwerpunkte)"),
                             QStringLiteral("1")});
    package.add("taxonomy", {groupTaxonomy, QStringLiteral("Stadtplan target groups"),
                             QStringLiteral("Groups of people integration services are meant for"),
                             QStringLiteral("1")});
    for (const FocusArea &f : taxonomy.focusAreas())
        package.add("taxonomy_term", {uuid(QStringLiteral("focus"), f.id), f.id, f.label.text(QStringLiteral("en")),
                                      f.label.text(QStringLiteral("de")), focusTaxonomy, QStringLiteral("en")});
    for (const TargetGroup &g : taxonomy.targetGroups())
        package.add("taxonomy_term", {uuid(QStringLiteral("group"), g.id), g.id, g.label.text(QStringLiteral("en")),
                                      g.label.text(QStringLiteral("de")), groupTaxonomy, QStringLiteral("en")});

    QSet<QString> organisations;
    int services = 0;
    const std::vector<const RecordSchema::Field *> serviceFields = RecordSchema::hsdsServiceFields();
    for (const Institution &i : institutions) {
        QString organisation;
        if (!i.organisation.id.isEmpty()) {
            organisation = uuid(QStringLiteral("organisation"), i.organisation.id);
            if (!organisations.contains(organisation)) {
                organisations.insert(organisation);
                package.add("organization", {organisation, i.organisation.name, i.organisation.name, i.organisation.website});
            }
        }
        const QString location = uuid(QStringLiteral("location"), i.id);
        package.add("location", {location, QStringLiteral("physical"), organisation, i.name, i.description,
                                 i.position.isValid() ? QString::number(i.position.latitude, 'f', 7) : QString(),
                                 i.position.isValid() ? QString::number(i.position.longitude, 'f', 7) : QString()});
        package.add("address", {uuid(QStringLiteral("address"), i.id), location,
                                (i.address.street + QLatin1Char(' ') + i.address.houseNumber).trimmed(),
                                i.address.city, QStringLiteral("Nordrhein-Westfalen"), i.address.postcode,
                                QStringLiteral("DE"), QStringLiteral("physical")});
        if (i.stepFree != StepFree::Unknown)
            package.add("accessibility", {uuid(QStringLiteral("accessibility"), i.id), location,
                                          i.stepFree == StepFree::Yes ? QStringLiteral("Step-free access")
                                                                      : QStringLiteral("No step-free access")});
        for (const Service &s : i.services) {
            const QString service = uuid(QStringLiteral("service"), s.id);
            QStringList row{service, organisation};
            for (const RecordSchema::Field *f : serviceFields)
                row.append(f->hsdsText ? f->hsdsText(s) : f->serviceText(s));
            package.add("service", row);
            package.add("service_at_location", {uuid(QStringLiteral("service_at_location"), s.id), service, location});
            if (!s.contact.phone.isEmpty())
                package.add("phone", {uuid(QStringLiteral("phone"), s.id), service, s.contact.phone});
            for (const QString &code : s.languages)
                package.add("language", {uuid(QStringLiteral("language"), s.id + QLatin1Char(':') + code), service,
                                         QLocale(code).nativeLanguageName(), code});
            if (!s.openingHours.isEmpty())
                package.add("schedule", {uuid(QStringLiteral("schedule"), s.id), service, s.openingHours});
            for (const QString &f : s.focusAreas)
                package.add("attribute", {uuid(QStringLiteral("attribute"), s.id + QStringLiteral(":focus:") + f), service,
                                          QStringLiteral("service"), uuid(QStringLiteral("focus"), f), f});
            for (const QString &g : s.targetGroups)
                package.add("attribute", {uuid(QStringLiteral("attribute"), s.id + QStringLiteral(":group:") + g), service,
                                          QStringLiteral("service"), uuid(QStringLiteral("group"), g), g});
            ++services;
        }
    }
    package.close();

    // The package descriptor: a Frictionless tabular data package.
    QJsonArray resources;
    for (const auto &[name, columns] : tables()) {
        QJsonArray fields;
        for (const char *column : columns) {
            const bool number = qstrcmp(column, "latitude") == 0 || qstrcmp(column, "longitude") == 0;
            fields.append(QJsonObject{{QStringLiteral("name"), QLatin1String(column)},
                                      {QStringLiteral("type"), number ? QStringLiteral("number") : QStringLiteral("string")}});
        }
        resources.append(QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                                     {QStringLiteral("path"), QLatin1String(name) + QStringLiteral(".csv")},
                                     {QStringLiteral("profile"), QStringLiteral("tabular-data-resource")},
                                     {QStringLiteral("schema"), QJsonObject{{QStringLiteral("fields"), fields}}}});
    }
    const QJsonObject descriptor{{QStringLiteral("name"), QStringLiteral("stadtplan-hsds")},
                                 {QStringLiteral("title"), QStringLiteral("Stadtplan: integration services (HSDS 3)")},
                                 {QStringLiteral("profile"), QStringLiteral("tabular-data-package")},
                                 {QStringLiteral("resources"), resources}};
    QFile file(QDir(folder).filePath(QStringLiteral("datapackage.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(descriptor).toJson()) < 0)
        fail(QStringLiteral("cannot write %1").arg(file.fileName()));
    return services;
}

} // namespace stadtplan
