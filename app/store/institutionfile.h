#pragma once

#include "institution.h"

#include <QList>
#include <QString>
#include <stdexcept>

namespace stadtplan {

// A problem in a data file, located as precisely as the file allows.
class DataFileError : public std::runtime_error
{
public:
    DataFileError(QString file, QString record, QString field, QString problem);
    QString file() const { return m_file; }
    QString record() const { return m_record; }
    QString field() const { return m_field; }
    QString problem() const { return m_problem; }

private:
    QString m_file, m_record, m_field, m_problem;
};

// Reads an institution collection: point features, one per institution, with
// the fields of the store's institutions layer, the organisation as
// "organisation", "organisation_id", "organisation_type" and
// "organisation_website", and the services as a JSON array in "services"
// (the layout of geodata/demo/institutions.geojson). The file is opened
// through OGR. Throws DataFileError naming the feature and field at fault.
QList<Institution> readInstitutionCollection(const QString &path);

// The same, from bytes in memory (used for the data compiled into the app).
QList<Institution> readInstitutionCollection(const QByteArray &data, const QString &name);

} // namespace stadtplan
