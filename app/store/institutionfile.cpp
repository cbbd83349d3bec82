#include "institutionfile.h"

#include "gdalsupport.h"
#include "recordschema.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <cpl_vsi.h>
#include <functional>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace stadtplan {

DataFileError::DataFileError(QString file, QString record, QString field, QString problem)
    : std::runtime_error(
          QStringLiteral("%1: %2%3: %4")
              .arg(file, record,
                   field.isEmpty() ? QString() : QStringLiteral(", field '%1'").arg(field), problem)
              .toStdString()),
      m_file(std::move(file)), m_record(std::move(record)), m_field(std::move(field)),
      m_problem(std::move(problem))
{
}

namespace {

QString text(const OGRFeature &f, const char *field)
{
    const int i = f.GetFieldIndex(field);
    if (i < 0 || !f.IsFieldSetAndNotNull(i))
        return {};
    return QString::fromUtf8(f.GetFieldAsString(i)).trimmed();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString().trimmed());
    out.removeAll(QString());
    return out;
}

// A service as the record file writes it: the store's column names as keys,
// lists as arrays, yes/no as booleans; each value set through the record
// schema, so the file takes what the editor takes.
Service readService(const QJsonObject &o, const std::function<void(QString, QString)> &fail)
{
    Service s;
    s.id = o.value(QLatin1String("id")).toString();
    if (s.id.isEmpty())
        fail(QStringLiteral("services"), QStringLiteral("a service has no id"));
    for (const RecordSchema::Field &field : RecordSchema::fields()) {
        if (field.part != RecordSchema::Part::Service || !field.column || !field.setServiceText)
            continue;
        const QJsonValue value = o.value(QLatin1String(field.column));
        if (value.isUndefined() || value.isNull())
            continue;
        const QString text = value.isArray()  ? strings(value).join(QStringLiteral("; "))
                             : value.isBool() ? QLatin1String(value.toBool() ? "yes" : "no")
                                              : value.toString();
        if (const auto problem = field.setServiceText(s, text))
            fail(QStringLiteral("services"), QStringLiteral("service %1, %2: %3").arg(s.id, field.key, *problem));
    }
    if (s.focusAreas.isEmpty())
        fail(QStringLiteral("services"), QStringLiteral("service %1 has no focus area").arg(s.id));
    return s;
}

QList<Institution> readOpened(GDALDataset &dataset, const QString &name)
{
    if (dataset.GetLayerCount() < 1)
        throw DataFileError(name, QStringLiteral("file"), {}, QStringLiteral("no layer"));
    OGRLayer *layer = dataset.GetLayer(0);
    QList<Institution> result;
    int number = 0;
    for (const auto &f : *layer) {
        ++number;
        const QString record = QStringLiteral("feature %1").arg(number);
        const auto fail = [&](const QString &field, const QString &problem) {
            throw DataFileError(name, record, field, problem);
        };
        Institution i;
        i.id = text(*f, "id");
        if (i.id.isEmpty())
            fail(QStringLiteral("id"), QStringLiteral("missing"));
        i.name = text(*f, "name");
        if (i.name.isEmpty())
            fail(QStringLiteral("name"), QStringLiteral("missing"));
        i.description = text(*f, "description");
        i.organisation = {text(*f, "organisation_id"), text(*f, "organisation"),
                          text(*f, "organisation_type"), text(*f, "organisation_website")};
        i.address = {text(*f, "street"), text(*f, "house_number"), text(*f, "postcode"),
                     text(*f, "city")};
        const OGRGeometry *g = f->GetGeometryRef();
        if (!g || wkbFlatten(g->getGeometryType()) != wkbPoint || g->IsEmpty())
            fail(QStringLiteral("geometry"), QStringLiteral("not a point"));
        i.position = {g->toPoint()->getY(), g->toPoint()->getX()};
        if (!i.position.isValid())
            fail(QStringLiteral("geometry"), QStringLiteral("not a longitude/latitude position"));
        const QString source = text(*f, "position_source");
        const auto positionSource = positionSourceFromId(source);
        if (!positionSource)
            fail(QStringLiteral("position_source"),
                 QStringLiteral("'%1' is not surveyed, geocoded or estimated").arg(source));
        i.positionSource = *positionSource;
        i.stepFree = stepFreeFromId(text(*f, "step_free")).value_or(StepFree::Unknown);

        QJsonParseError parseError;
        const QJsonDocument services =
            QJsonDocument::fromJson(text(*f, "services").toUtf8(), &parseError);
        if (!services.isArray() || services.array().isEmpty())
            fail(QStringLiteral("services"), QStringLiteral("must be a non-empty list"));
        for (const QJsonValue &v : services.array())
            i.services.append(readService(v.toObject(), fail));
        result.append(i);
    }
    return result;
}

} // namespace

QList<Institution> readInstitutionCollection(const QString &path)
{
    gdal::ensureInitialised();
    gdal::ErrorCollector errors;
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset)
        throw DataFileError(path, QStringLiteral("file"), {},
                            errors.lastFailure(QStringLiteral("cannot be opened")));
    return readOpened(*dataset, path);
}

QList<Institution> readInstitutionCollection(const QByteArray &data, const QString &name)
{
    gdal::ensureInitialised();
    // GDAL picks the driver by content and extension, so keep the name's suffix.
    const QByteArray memPath = "/vsimem/stadtplan-" +
                               QUuid::createUuid().toByteArray(QUuid::Id128) + "-" +
                               QFileInfo(name).fileName().toUtf8();
    VSILFILE *file = VSIFileFromMemBuffer(
        memPath.constData(), reinterpret_cast<GByte *>(const_cast<char *>(data.data())),
        static_cast<vsi_l_offset>(data.size()), FALSE);
    if (!file)
        throw DataFileError(name, QStringLiteral("file"), {}, QStringLiteral("cannot be read"));
    VSIFCloseL(file);
    struct Unlink
    {
        QByteArray path;
        ~Unlink() { VSIUnlink(path.constData()); }
    } unlink{memPath};
    gdal::ErrorCollector errors;
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(memPath.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset)
        throw DataFileError(name, QStringLiteral("file"), {},
                            errors.lastFailure(QStringLiteral("cannot be opened")));
    return readOpened(*dataset, name);
}

} // namespace stadtplan
