#include "institutionimport.h"

#include "addressgazetteer.h"
#include "cityareas.h"
#include "clock.h"
#include "sheetlayout.h"
#include "sourcereading.h"

#include "gdalsupport.h"
#include "geodesy.h"
#include "institutionstore.h"
#include "place.h"
#include "recordschema.h"
#include "validation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <deque>
#include <memory>
#include <tuple>

namespace stadtplan {

namespace {

// A slug for ids: lower-case ASCII letters, digits and '-'.
QString slug(const QString &text)
{
    QString s = FieldMapping::key(text.isEmpty() ? QStringLiteral("x") : text);
    s = s.left(60);
    return s.isEmpty() ? QStringLiteral("x") : s;
}

} // namespace

namespace {

// Text as UTF-8; lists saved by older Windows programs come in Windows-1252
// (OGR passes a CSV's bytes on as they are).
QString sourceText(const char *raw)
{
    if (CPLIsUTF8(raw, -1))
        return QString::fromUtf8(raw);
    char *recoded = CPLRecode(raw, "CP1252", CPL_ENC_UTF8);
    const QString text = QString::fromUtf8(recoded);
    CPLFree(recoded);
    return text;
}

} // namespace

QString fieldText(const OGRFeature &f, int index)
{
    if (index < 0 || !f.IsFieldSetAndNotNull(index))
        return {};
    return sourceText(f.GetFieldAsString(index)).trimmed();
}

QStringList columnNames(const OGRFeatureDefn &definition)
{
    QStringList names;
    for (int i = 0; i < definition.GetFieldCount(); ++i)
        names.append(sourceText(definition.GetFieldDefn(i)->GetNameRef()));
    return names;
}

std::optional<double> number(QString text)
{
    text = text.trimmed();
    if (text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('.')))
        text.replace(QLatin1Char(','), QLatin1Char('.')); // German decimal comma
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

namespace {

std::optional<bool> yesNo(const QString &text)
{
    const QString k = FieldMapping::key(text);
    for (const char *yes : {"ja", "yes", "true", "1", "x"})
        if (k == QLatin1String(yes))
            return true;
    for (const char *no : {"nein", "no", "false", "0"})
        if (k == QLatin1String(no))
            return false;
    return std::nullopt;
}

// Which question a list's column asks of appointments.
enum class AppointmentColumn {
    Needed, // "Termin nötig", "Terminvereinbarung": yes means an appointment is needed
    WalkIn, // "Offene Sprechstunde", "ohne Termin": yes means one may walk in
};

// Whether a service needs an appointment, as lists write it: yes or no,
// also leading an explanation ("ja, telefonisch"), answering the column's
// question; the stored ids; or words ("nur mit Termin", "nach Vereinbarung",
// "bitte vorher anrufen", "offene Sprechstunde", "kein Termin nötig",
// "terminfrei"). Words that deny or open ("ohne", "kein", "nicht", "offen",
// "frei") mean walk-in and win over the appointment words they deny.
// "k.A.", "unbekannt", "-": unknown. Nothing when the text says neither.
std::optional<Appointment> appointmentOf(const QString &text, AppointmentColumn column)
{
    const auto answer = [column](bool yes) {
        return yes == (column == AppointmentColumn::Needed) ? Appointment::Needed : Appointment::WalkIn;
    };
    if (const auto flag = yesNo(text))
        return answer(*flag);
    const QString whole = FieldMapping::key(text);
    for (const char *unknown : {"", "unbekannt", "unknown", "keineangabe", "ka", "unklar", "na"})
        if (whole == QLatin1String(unknown))
            return Appointment::Unknown;
    if (whole == QLatin1String("needed"))
        return Appointment::Needed;
    static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}]+"));
    QStringList tokens;
    for (const QString &word : text.split(nonLetters, Qt::SkipEmptyParts))
        tokens.append(FieldMapping::key(word));
    if (const auto leading = yesNo(tokens.value(0)))
        return answer(*leading);
    const auto anyToken = [&](std::initializer_list<const char *> exact, std::initializer_list<const char *> within) {
        for (const QString &t : std::as_const(tokens)) {
            for (const char *e : exact)
                if (t == QLatin1String(e))
                    return true;
            for (const char *w : within)
                if (t.contains(QLatin1String(w)))
                    return true;
        }
        return false;
    };
    // "terminfrei", "anmeldefreie", but not "freitags".
    const bool free = std::any_of(tokens.cbegin(), tokens.cend(), [](const QString &t) {
        return t.endsWith(QLatin1String("frei")) || t.endsWith(QLatin1String("freie"))
               || t.endsWith(QLatin1String("freier")) || t.endsWith(QLatin1String("freien"));
    });
    if (free || anyToken({"no", "not", "nein", "kein", "keine", "keiner", "nicht", "ohne", "without", "none"},
                         {"offen", "walk", "open", "drop"}))
        return Appointment::WalkIn;
    if (anyToken({"nur", "only", "vorher", "vorab"},
                 {"termin", "vereinbar", "absprache", "anruf", "erwuenscht", "appointment", "noetig", "erforderlich",
                  "notwendig", "anmeld", "need", "requir", "book", "buchung"}))
        return Appointment::Needed;
    return std::nullopt;
}

// A phone number split into area code and number ("Vorwahl" 0521 or 521,
// "Telefon" 51 23 45) as one; a number that has its code already is kept.
QString withAreaCode(QString areaCode, const QString &number)
{
    areaCode = areaCode.trimmed();
    if (number.isEmpty() || areaCode.isEmpty())
        return number;
    const QString trimmed = number.trimmed();
    if (trimmed.startsWith(QLatin1Char('+')) || trimmed.startsWith(QLatin1Char('0')))
        return number;
    // A spreadsheet that took the code for a number dropped its leading zero.
    static const QRegularExpression digitsOnly(QStringLiteral("^[1-9][0-9]*$"));
    if (digitsOnly.match(areaCode).hasMatch())
        areaCode.prepend(QLatin1Char('0'));
    return areaCode + QLatin1Char(' ') + trimmed;
}

QDate date(const QString &text)
{
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"),
                                  QStringLiteral("d.M.yyyy"), QStringLiteral("yyyy/MM/dd")}) {
        const QDate d = QDate::fromString(text.trimmed(), format);
        if (d.isValid())
            return d;
    }
    return {};
}

// Splits a cell into values: a whole cell that is a known value stays whole
// ("Bildung, Weiterbildung, Fortbildung" is one focus area).
QStringList values(const QString &cell, const std::function<bool(const QString &)> &known)
{
    QStringList out;
    if (cell.trimmed().isEmpty())
        return out;
    if (known(cell))
        return {cell.trimmed()};
    static const QRegularExpression strong(QStringLiteral("[;|\\n]"));
    static const QRegularExpression weak(QStringLiteral("[,/]"));
    for (const QString &part : cell.split(strong, Qt::SkipEmptyParts)) {
        if (known(part)) {
            out.append(part.trimmed());
            continue;
        }
        for (const QString &piece : part.split(weak, Qt::SkipEmptyParts)) {
            if (!piece.trimmed().isEmpty())
                out.append(piece.trimmed());
        }
    }
    return out;
}

// Finds the records within a few dozen metres of a point without looking at
// all of them: a grid of cells about 55 m square at Bielefeld's latitude,
// larger than the duplicate distance, so the 3 x 3 cells around a point hold
// everything near enough.
class NearbyIndex
{
public:
    void insert(const GeoPoint &p, qsizetype index)
    {
        if (p.isValid())
            m_cells[cell(row(p), column(p))].append(index);
    }
    QList<qsizetype> around(const GeoPoint &p) const
    {
        QList<qsizetype> out;
        if (!p.isValid() || m_cells.isEmpty())
            return out;
        for (qint64 r = row(p) - 1; r <= row(p) + 1; ++r)
            for (qint64 c = column(p) - 1; c <= column(p) + 1; ++c)
                out += m_cells.value(cell(r, c));
        return out;
    }

private:
    static constexpr double LatitudeStep = 0.0005;  // ~55 m
    static constexpr double LongitudeStep = 0.0008; // ~55 m at 52 degrees north
    static_assert(LatitudeStep * 111000 > Duplicates::DistanceMetres,
                  "a cell must be larger than the duplicate distance");
    static qint64 row(const GeoPoint &p) { return qint64(std::floor(p.latitude / LatitudeStep)); }
    static qint64 column(const GeoPoint &p) { return qint64(std::floor(p.longitude / LongitudeStep)); }
    static quint64 cell(qint64 r, qint64 c) { return (quint64(r) << 32) ^ quint64(quint32(c)); }
    QHash<quint64, QList<qsizetype>> m_cells;
};

// Notes in the report how long each step took.
class PhaseClock
{
public:
    explicit PhaseClock(ImportReport &report) : m_report(report) { m_timer.start(); }
    void lap(const QString &name) { m_report.phase(name, m_timer.restart()); }

private:
    ImportReport &m_report;
    QElapsedTimer m_timer;
};

struct Row
{
    QString record;     // "row 4" / "feature 7"
    QString key;        // the list's own id, or one made from name and address
    QString nameAddress; // normalised name and address, for duplicates in the file
    Institution institution;
    Area area;
};

} // namespace

// Whether the first feature's properties hold objects (not the translations,
// which are read as JSON, nor arrays).
static bool hasNestedProperties(OGRLayer &layer)
{
    const OGRFeatureDefn &definition = *layer.GetLayerDefn();
    layer.ResetReading();
    const OGRFeatureUniquePtr first(layer.GetNextFeature());
    layer.ResetReading();
    if (!first)
        return false;
    for (int k = 0; k < definition.GetFieldCount(); ++k) {
        const OGRFieldDefn &field = *definition.GetFieldDefn(k);
        const QByteArray name(field.GetNameRef());
        if (field.GetSubType() == OFSTJSON && name != "translations" && name != "service_translations"
            && first->IsFieldSetAndNotNull(k) && first->GetFieldAsString(k)[0] == '{')
            return true;
    }
    return false;
}

// Opens a source through OGR with the options its driver needs: no network
// unless allowed, text columns kept as text (postcodes keep their zeros).
GDALDatasetUniquePtr openSource(const ImportOptions &options, ImportReport &report)
{
    QString path = options.input;
    const bool remote = path.startsWith(QLatin1String("http:"), Qt::CaseInsensitive)
        || path.startsWith(QLatin1String("https:"), Qt::CaseInsensitive)
        || path.startsWith(QLatin1String("/vsicurl"), Qt::CaseInsensitive);
    if (remote && !options.allowNetwork) {
        report.error({}, {}, ImportReport::tr("a remote source needs the network, which this import "
                                            "may not use (allow it with --allow-network)"));
        return nullptr;
    }
    const bool database = path.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive);
    if (!database && !remote) {
        const QFileInfo info(path);
        if (!info.exists()) {
            report.error({}, {}, ImportReport::tr("no such file"));
            return nullptr;
        }
        if (info.size() == 0) {
            report.error({}, {}, ImportReport::tr("the file is empty"));
            return nullptr;
        }
        if (info.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0)
            path = QStringLiteral("/vsizip/") + info.absoluteFilePath();
    }
    gdal::ErrorCollector errors;
    const QByteArray utf8 = path.toUtf8();
    GDALDriverH driver = GDALIdentifyDriverEx(utf8.constData(), GDAL_OF_VECTOR, nullptr, nullptr);
    const QString driverName = driver ? QString::fromLatin1(GDALGetDriverShortName(driver)) : QString();
    CPLStringList openOptions;
    if (driverName == QLatin1String("CSV")) {
        openOptions.AddNameValue("AUTODETECT_TYPE", "NO");
        openOptions.AddNameValue("EMPTY_STRING_AS_NULL", "YES");
        openOptions.AddNameValue("GEOM_POSSIBLE_NAMES", "wkt,geometry,geometrie,geom,the_geom");
        openOptions.AddNameValue("KEEP_GEOM_COLUMNS", "NO");
    } else if (driverName == QLatin1String("XLSX") || driverName == QLatin1String("ODS")) {
        openOptions.AddNameValue("FIELD_TYPES", "STRING");
        openOptions.AddNameValue("HEADERS", "FORCE");
    } else if (driverName == QLatin1String("GML")) {
        if (!options.allowNetwork)
            openOptions.AddNameValue("DOWNLOAD_SCHEMA", "NO");
        openOptions.AddNameValue("WRITE_GFS", "NO");
        openOptions.AddNameValue("EXPOSE_GML_ID", "YES");
    }
    const char *const allowed[] = {driver ? GDALGetDriverShortName(driver) : nullptr, nullptr};
    GDALDatasetUniquePtr dataset(GDALDataset::Open(utf8.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                   driver ? allowed : nullptr, openOptions.List()));
    if (!dataset) {
        report.error({}, {},
                     driver ? ImportReport::tr("cannot be read as %1: %2")
                                  .arg(driverName, errors.lastFailure(ImportReport::tr("unknown error")))
                            : ImportReport::tr("not a format GDAL reads as vector data (is it what its "
                                               "name says?)"));
        return nullptr;
    }
    if (dataset->GetLayerCount() < 1) {
        report.error({}, {}, ImportReport::tr("holds no table or layer"));
        return nullptr;
    }
    // Open data nests ("adresse": {"strasse": …}): read again with each part
    // a column of its own, "adresse.strasse". (Translations are JSON objects
    // the import reads whole.)
    if (driverName == QLatin1String("GeoJSON") && hasNestedProperties(*dataset->GetLayer(0))) {
        openOptions.AddNameValue("FLATTEN_NESTED_ATTRIBUTES", "YES");
        openOptions.AddNameValue("NESTED_ATTRIBUTE_SEPARATOR", ".");
        dataset.reset(GDALDataset::Open(utf8.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, allowed,
                                        openOptions.List()));
        if (!dataset || dataset->GetLayerCount() < 1) {
            report.error({}, {}, ImportReport::tr("cannot be read as %1: %2")
                                     .arg(driverName, errors.lastFailure(ImportReport::tr("unknown error"))));
            return nullptr;
        }
    }
    return dataset;
}

namespace {

// Where the user names the list's coordinate system and a mapping file: on
// the command line, and in the app's import dialog (the same pipeline).
QString crsWhere()
{
    return ImportReport::tr("--s-crs, or Coordinate system in the app's import dialog");
}
QString mappingWhere()
{
    return ImportReport::tr("--mapping, or Mapping in the app's import dialog");
}
QString nameTheCrs()
{
    return ImportReport::tr("name it (%1), e.g. EPSG:25832").arg(crsWhere());
}

// The column that says, in a file of left-out rows, why each was left out;
// the import passes over it when the corrected file comes back
// ("import_pro" where a Shapefile shortened it).
constexpr const char *LeftOutColumn = "import_problem";
// The left-out rows of LIST.csv are written to LIST.left-out.csv, whose
// records belong to LIST when they come back.
constexpr const char *LeftOutSuffix = ".left-out";
// The rows an earlier import left out, corrected to import again ("liste.left-out.csv").
bool isLeftOutFile(const ImportOptions &options)
{
    return QFileInfo(options.input).completeBaseName().endsWith(QLatin1String(LeftOutSuffix));
}

// Which source column fills each model field, and the mapping's default for
// it, found once: every record asks for some thirty fields.
class SourceFields
{
public:
    // Translations in columns named like the German one with a language
    // code: "Beschreibung_en", "Beschreibung (ar)", "Name:tr".
    struct Translation
    {
        QString field;    // "name" or "description"
        bool service;     // of the row's service rather than the institution
        QString language; // ISO 639-1
        int index;
    };

    SourceFields(const OGRFeatureDefn &definition, const FieldMapping &mapping)
        : m_mapping(mapping), m_available(columnNames(definition))
    {
        const QStringList &available = m_available;
        const QHash<QString, FieldMapping::Choice> chosen = mapping.chooseColumns(available);
        for (const QString &field : FieldMapping::modelFields()) {
            const FieldMapping::Choice choice = chosen.value(field);
            m_columns.insert(field, {choice.index, choice.index >= 0 ? available[choice.index] : QString(),
                                     mapping.defaultValue(field), choice.sureness});
        }
        // The columns of a translatable field with a language suffix.
        for (const RecordSchema::Field &field : RecordSchema::fields()) {
            if (!field.translated || !has(field.key))
                continue;
            const QRegularExpression translated(
                QStringLiteral("^%1\\s*[_:(\\s-]\\s*([a-z]{2})\\)?$").arg(QRegularExpression::escape(sourceName(field.key))),
                QRegularExpression::CaseInsensitiveOption);
            for (int k = 0; k < available.size(); ++k)
                if (const auto m = translated.match(available[k]); m.hasMatch() && m.captured(1).toLower() != u"de")
                    m_translations.append({QLatin1String(field.translated), field.part == RecordSchema::Part::Service,
                                           m.captured(1).toLower(), k});
        }
    }

    // The record's text for a model field, else the mapping's default.
    QString value(const OGRFeature &f, const QString &field) const
    {
        const auto from = m_columns.constFind(field);
        if (from == m_columns.cend())
            return m_mapping.defaultValue(field);
        const QString v = fieldText(f, from->index);
        return v.isEmpty() ? from->fallback : v;
    }
    bool has(const QString &field) const { return m_columns.value(field).index >= 0; }
    // The column of a model field; -1: none.
    int index(const QString &field) const { return m_columns.value(field).index; }
    // The field as the list names it, for the report.
    QString sourceName(const QString &field) const
    {
        const Column c = m_columns.value(field);
        return c.index >= 0 ? c.name : field;
    }
    const QList<Translation> &translations() const { return m_translations; }
    // Which column fills each field and how sure that is, for the report:
    // "name from 'Name der Einrichtung' (guessed from its header)".
    QString described() const
    {
        QStringList out;
        for (const QString &field : FieldMapping::modelFields()) {
            const Column c = m_columns.value(field);
            if (c.index < 0)
                continue;
            const QString how = c.sureness == FieldMapping::Sureness::Given ? ImportReport::tr("as you named it")
                : c.sureness == FieldMapping::Sureness::Known                ? ImportReport::tr("a known name")
                                                                              : ImportReport::tr("guessed from its header");
            out.append(ImportReport::tr("%1 from '%2' (%3)").arg(field, c.name, how));
        }
        return out.join(QStringLiteral("; "));
    }
    bool guessedAny() const
    {
        return std::any_of(m_columns.cbegin(), m_columns.cend(), [](const Column &c) {
            return c.index >= 0 && c.sureness == FieldMapping::Sureness::Guessed;
        });
    }
    // The columns the list has, for a message that asks for one of them.
    QString available() const
    {
        QStringList quoted;
        for (const QString &name : m_available)
            quoted.append(QLatin1Char('\'') + name + QLatin1Char('\''));
        return quoted.join(QStringLiteral(", "));
    }

    // The source's columns that no model field takes, but for those a driver
    // adds itself and those this program's exports write for other programs.
    QStringList unused(const QString &driver) const
    {
        QSet<qsizetype> used;
        for (const Column &c : m_columns)
            used.insert(c.index);
        for (const Translation &t : m_translations)
            used.insert(t.index);
        static const QSet<QString> exportsOnly{QStringLiteral("service_id"), QStringLiteral("source"),
                                               QString::fromLatin1(LeftOutColumn), QStringLiteral("import_pro"),
                                               QStringLiteral("source_id")};
        static const QSet<QString> kmlOwn{
            QStringLiteral("timestamp"), QStringLiteral("begin"),      QStringLiteral("end"),
            QStringLiteral("altitudemode"), QStringLiteral("tessellate"), QStringLiteral("extrude"),
            QStringLiteral("visibility"), QStringLiteral("draworder"),  QStringLiteral("icon"),
            QStringLiteral("snippet")};
        const bool kml = driver == QLatin1String("LIBKML") || driver == QLatin1String("KML");
        const bool gml = driver == QLatin1String("GML"); // gml_id: a mapping may take it as the id
        QStringList out;
        for (qsizetype k = 0; k < m_available.size(); ++k) {
            const QString name = m_available[k].toLower();
            if (!used.contains(k) && !exportsOnly.contains(name) && !(kml && kmlOwn.contains(name))
                && !(gml && name == QLatin1String("gml_id")))
                out.append(m_available[k]);
        }
        return out;
    }

private:
    struct Column
    {
        int index = -1;
        QString name;     // the source's
        QString fallback; // the mapping's default
        FieldMapping::Sureness sureness = FieldMapping::Sureness::Known;
    };
    const FieldMapping &m_mapping;
    const QStringList m_available; // the source's column names, in order
    QHash<QString, Column> m_columns;
    QList<Translation> m_translations;
};

// Positions from the data's own coordinate system, else --s-crs, to WGS84
// in longitude/latitude order.
struct Reprojection
{
    std::unique_ptr<OGRSpatialReference> sourceCrs; // null: the data names none and --s-crs was not given
    std::unique_ptr<OGRCoordinateTransformation> toWgs84;
};

// Nothing (and the error in the report) when --s-crs is no coordinate system.
std::optional<Reprojection> reprojection(const ImportOptions &options, OGRLayer &layer, const SourceFields &fields,
                                         const CityProfile &city, ImportReport &report)
{
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRSpatialReference> given;
    if (!options.sourceCrs.isEmpty()) {
        given = std::make_unique<OGRSpatialReference>();
        if (given->SetFromUserInput(options.sourceCrs.toUtf8().constData(),
                                    OGRSpatialReference::SET_FROM_USER_INPUT_LIMITATIONS_get())
            != OGRERR_NONE) {
            report.error({}, {}, ImportReport::tr("'%1' is not a coordinate system PROJ knows (try EPSG:25832)")
                                     .arg(options.sourceCrs));
            return std::nullopt;
        }
        given->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    }
    const OGRSpatialReference *layerCrs = layer.GetSpatialRef();
    if (layerCrs && given && !layerCrs->IsSame(given.get()))
        report.note({}, {}, ImportReport::tr("the data names its own coordinate system; the one given (%1) is not used")
                                .arg(options.sourceCrs));
    Reprojection out;
    if (layerCrs) {
        out.sourceCrs.reset(layerCrs->Clone());
        out.sourceCrs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    } else if (given) {
        out.sourceCrs = std::move(given);
    } else if (const std::vector<std::pair<double, double>> sample =
                   firstPositions(layer, fields.index(QStringLiteral("x")), fields.index(QStringLiteral("y")));
               !sample.empty()) {
        // Positions in metres without a word of their system, as lists
        // exported from a GIS or typed from the land registry come: the
        // system the city's lists use in which they fall in the city.
        if (const QString likely = likelyCrs(sample, city); !likely.isEmpty()) {
            out.sourceCrs = std::make_unique<OGRSpatialReference>();
            out.sourceCrs->SetFromUserInput(likely.toUtf8().constData());
            out.sourceCrs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            report.note({}, {}, ImportReport::tr("the list names no coordinate system; its positions lie in %1 when "
                                                 "read as %2 (%3), so they were read so; if that is wrong, name the "
                                                 "right one (%4)")
                                    .arg(city.name, likely, QString::fromUtf8(out.sourceCrs->GetName()),
                                         crsWhere()));
        }
    }
    if (out.sourceCrs)
        out.toWgs84.reset(OGRCreateCoordinateTransformation(out.sourceCrs.get(), &wgs84));
    return out;
}

// Reads and checks the list's records one at a time: maps fields and values,
// places each record, says every problem with its record and field, and keeps
// the records without errors, one per institution (rows that share an id, or
// a name and address, are one institution's services).
class RecordReader
{
public:
    struct Context
    {
        const ImportOptions &options;
        const FieldMapping &mapping;
        const CityProfile &city;
        const SourceFields &fields;
        const Reprojection &crs;
        QString source;                    // the list's name
        bool areas;                        // polygons with a name, not institutions
        bool tabular;                      // rows of a sheet rather than features
        // Fields the list has no column for although every record needs one:
        // said once of the list; its records are read for their own problems
        // only, and none is imported.
        QStringList missingColumns;
        int firstRow = 2; // the sheet's row of the first record (tabular)
    };

    RecordReader(Context context, ImportReport &report)
        : m_context(std::move(context)), m_report(report),
          m_position{m_context.fields.has(QStringLiteral("latitude")) || m_context.fields.has(QStringLiteral("longitude")),
                     m_context.fields.has(QStringLiteral("x")) || m_context.fields.has(QStringLiteral("y"))}
    {
    }

    // The next record; `ordinal` counts from 1.
    void read(const OGRFeature &f, int ordinal)
    {
        m_feature = &f;
        Row row;
        // Rows as a spreadsheet numbers them (the header is row 1, or where the sheet has it); features from 1.
        row.record = m_context.tabular ? m_rowLabel.arg(ordinal + m_context.firstRow - 1) : m_featureLabel.arg(ordinal);
        m_record = row.record;
        m_failed = false;
        m_key.clear();
        if (m_context.areas)
            readArea(std::move(row));
        else
            readInstitution(std::move(row));
        m_feature = nullptr;
        if (m_failed) {
            m_failedRows.append({ordinal, m_record});
            if (!m_key.isEmpty())
                m_failedKeys.insert(m_key);
        }
    }

    // The records left out for their errors: their ordinals and names in the report.
    struct FailedRow
    {
        int ordinal;
        QString record;
    };
    const QList<FailedRow> &failedRows() const { return m_failedRows; }
    // Their identities, where they could be made: their records in the
    // store are not "no longer in the list".
    const QSet<QString> &failedKeys() const { return m_failedKeys; }

    // The records read without errors, in the list's order.
    std::deque<Row> &rows() { return m_rows; }

    // Of the records with a position, how many lie outside the city, and of
    // those how many would lie inside with latitude and longitude swapped.
    struct Placement
    {
        int placed = 0;
        int outside = 0;
        int insideSwapped = 0;
    };
    const Placement &placement() const { return m_placement; }

private:
    struct PositionColumns
    {
        bool latitudeLongitude = false;
        bool xy = false;
    };
    struct VocabularyCell
    {
        QStringList ids;      // taxonomy ids, in order, without repeats
        QStringList unmapped; // values that map to nothing
    };

    QString value(const QString &field) const { return m_context.fields.value(*m_feature, field); }
    void fail(const QString &field, const QString &message)
    {
        m_report.error(m_record, field.isEmpty() ? QString() : m_context.fields.sourceName(field), message);
        m_failed = true;
    }
    // A problem of the whole list, not of this record (every record has it):
    // said once, without a record, and every record with it fails.
    void failList(const QString &field, const QString &message)
    {
        if (!m_saidOfList.contains(message)) {
            m_report.error({}, field.isEmpty() ? QString() : m_context.fields.sourceName(field), message);
            m_saidOfList.insert(message);
        }
        m_failed = true;
    }
    bool failed() const { return m_failed; }
    // A field every record needs: when the list has no column for it, that
    // was said once of the list, and the record fails without a word.
    void failUnlessListLacks(const QString &field, const QString &message)
    {
        if (m_context.missingColumns.contains(field))
            m_failed = true;
        else
            fail(field, message);
    }

    void readArea(Row row);
    void readInstitution(Row row);
    GeoPoint readPosition();
    bool geocode(Institution &i);
    const AddressGazetteer *gazetteer();
    void checkPlace(const Institution &i, bool canGeocode);
    bool readPositionSource(Institution &i, bool geocoded);
    void readOrganisation(Institution &i);
    Service readService(const Institution &i, bool &named);
    void readWebsite(const QString &field, QString &out);
    void readTranslations(const QString &jsonField, bool service, FieldTranslations &out);
    void readVocabulary(const QString &field, QStringList &out);
    void readWholeAddress(Address &address);
    void keep(Row row, const QString &id, bool namedService);
    void sameUnderAnotherId(Row &first, const Row &row, const QString &id);

    const Context m_context;
    ImportReport &m_report;
    const PositionColumns m_position;
    const OGRFeature *m_feature = nullptr; // the record being read
    QString m_record;                       // its name in the report: "row 4" / "feature 7"
    // How records are named, translated once, not for every record.
    const QString m_rowLabel = ImportReport::tr("row %1");
    const QString m_featureLabel = ImportReport::tr("feature %1");
    bool m_failed = false;                  // it has an error
    QString m_key;                          // its identity, once made
    QList<FailedRow> m_failedRows;
    QSet<QString> m_failedKeys;
    QSet<QString> m_saidOfList;             // problems of the whole list, said once
    Placement m_placement;
    std::deque<Row> m_rows;                 // grows without moving the rows read before
    QHash<QString, QString> m_seenKeys;                      // -> first record (areas)
    QHash<QString, qsizetype> m_rowByKey, m_rowByNameAddress; // -> index in m_rows
    QHash<std::pair<QString, QString>, VocabularyCell> m_vocabulary; // (field, cell) ->
    QHash<std::pair<bool, QString>, std::optional<Appointment>> m_appointments; // (walk-in column, cell) ->
    bool m_estimatedNoted = false;
    std::optional<AddressGazetteer> m_gazetteer; // read at the first record that needs it
    bool m_gazetteerRead = false;
    QString m_problemOfGazetteer; // why it cannot be read
};

void RecordReader::readArea(Row row)
{
    Area &a = row.area;
    a.name = value(QStringLiteral("name"));
    if (a.name.isEmpty())
        failUnlessListLacks(QStringLiteral("name"), ImportReport::tr("missing"));
    const QString population = value(QStringLiteral("population"));
    if (!population.isEmpty()) {
        bool ok = false;
        a.population = population.toLongLong(&ok);
        if (!ok)
            fail(QStringLiteral("population"), ImportReport::tr("'%1' is not a whole number").arg(population));
    }
    const QString id = value(QStringLiteral("id"));
    row.key = id.isEmpty() ? FieldMapping::key(a.name) : id;
    m_key = row.key;
    a.id = slug(m_context.source) + QLatin1Char('-') + slug(row.key);
    a.kind = value(QStringLiteral("kind"));
    if (a.kind.isEmpty())
        a.kind = QStringLiteral("district");
    const OGRGeometry *geometry = m_feature->GetGeometryRef();
    if (!geometry || geometry->IsEmpty()) {
        fail({}, ImportReport::tr("no geometry"));
    } else if (!m_context.crs.toWgs84) {
        failList({}, ImportReport::tr("the data names no coordinate system: %1").arg(nameTheCrs()));
    } else {
        std::unique_ptr<OGRGeometry> g(geometry->clone());
        if (g->transform(m_context.crs.toWgs84.get()) != OGRERR_NONE) {
            fail({}, ImportReport::tr("the shape cannot be transformed to WGS84"));
        } else {
            a.polygons = gdal::toPolygons(*g);
            if (a.polygons.isEmpty())
                fail({}, ImportReport::tr("not a polygon"));
        }
    }
    if (!m_context.missingColumns.isEmpty())
        return; // no identity to compare without the name
    if (m_seenKeys.contains(row.key))
        fail(QStringLiteral("id"), ImportReport::tr("the same area as %1").arg(m_seenKeys.value(row.key)));
    m_seenKeys.insert(row.key, row.record);
    if (!failed())
        m_rows.push_back(std::move(row));
}

// Where a record stands: the feature's geometry (a point, or a point of a
// shape), else latitude/longitude, else x/y in the source CRS; invalid (and
// said) when it cannot be had.
GeoPoint RecordReader::readPosition()
{
    OGRCoordinateTransformation *toWgs84 = m_context.crs.toWgs84.get();
    GeoPoint position;
    const OGRGeometry *geometry = m_feature->GetGeometryRef();
    if (geometry && !geometry->IsEmpty()) {
        OGRPoint point;
        if (wkbFlatten(geometry->getGeometryType()) == wkbPoint) {
            point = *geometry->toPoint();
        } else if ((OGR_GT_IsSubClassOf(geometry->getGeometryType(), wkbCurvePolygon)
                        ? geometry->toCurvePolygon()->PointOnSurface(&point)
                        : geometry->Centroid(&point))
                   == OGRERR_NONE) {
            m_report.note(m_record, {}, ImportReport::tr("not a point; a point of the shape was taken"));
        }
        if (!toWgs84 && !m_context.crs.sourceCrs) {
            failList({}, ImportReport::tr("the data names no coordinate system: %1").arg(nameTheCrs()));
        } else if (toWgs84) {
            double x = point.getX(), y = point.getY();
            if (toWgs84->Transform(1, &x, &y))
                position = {y, x};
            else
                fail({}, ImportReport::tr("the position cannot be transformed to WGS84"));
        }
    } else if (m_position.latitudeLongitude) {
        const auto lat = number(value(QStringLiteral("latitude")));
        const auto lon = number(value(QStringLiteral("longitude")));
        if (!lat)
            fail(QStringLiteral("latitude"), ImportReport::tr("'%1' is not a number").arg(value(QStringLiteral("latitude"))));
        if (!lon)
            fail(QStringLiteral("longitude"), ImportReport::tr("'%1' is not a number").arg(value(QStringLiteral("longitude"))));
        if (lat && lon)
            position = {*lat, *lon};
    } else if (m_position.xy) {
        const auto x = number(value(QStringLiteral("x")));
        const auto y = number(value(QStringLiteral("y")));
        if (!x || !y) {
            fail(x ? QStringLiteral("y") : QStringLiteral("x"), ImportReport::tr("not a number"));
        } else if (!toWgs84) {
            failList(QStringLiteral("x"), ImportReport::tr("x/y need a coordinate system: %1").arg(nameTheCrs()));
        } else {
            double px = *x, py = *y;
            if (toWgs84->Transform(1, &px, &py))
                position = {py, px};
            else
                fail(QStringLiteral("x"), ImportReport::tr("the position cannot be transformed to WGS84"));
        }
    }
    return position;
}

// The gazetteer the options name, else the store's (a file beside it or its
// addresses layer), read when the first record needs it (a list whose
// records all have positions does not wait for a city's 70,000 addresses);
// null when there is none or the one named cannot be read (said once).
const AddressGazetteer *RecordReader::gazetteer()
{
    const QString &path = m_context.options.gazetteer;
    if (!m_gazetteerRead && !path.isEmpty()) {
        m_gazetteerRead = true;
        QString problem;
        int unusable = 0;
        m_gazetteer = AddressGazetteer::read(path, m_context.mapping, m_context.options.sourceCrs, &problem, &unusable);
        if (m_gazetteer && unusable > 0)
            m_report.note({}, {}, ImportReport::tr("gazetteer %1: %2 entries without a usable position were skipped")
                                      .arg(m_gazetteer->name())
                                      .arg(unusable));
        if (!m_gazetteer)
            m_problemOfGazetteer = QStringLiteral("gazetteer %1: %2").arg(path, problem);
    } else if (!m_gazetteerRead && !m_context.options.store.isEmpty()) {
        // None named: a file beside the store, else the store's own addresses.
        m_gazetteerRead = true;
        QString problem;
        m_gazetteer = AddressGazetteer::forStore(m_context.options.store, {}, m_context.mapping, &problem);
    }
    if (!m_problemOfGazetteer.isEmpty())
        failList({}, m_problemOfGazetteer);
    return m_gazetteer ? &*m_gazetteer : nullptr;
}

// A record without a position, placed at its address: the offline gazetteer
// first, then, when allowed, the online service. True when placed.
bool RecordReader::geocode(Institution &i)
{
    const AddressGazetteer *gazetteer = this->gazetteer();
    if (!gazetteer && !m_context.options.gazetteer.isEmpty())
        return false; // named but unreadable: said once for the list
    AddressLookup *online = m_context.options.allowNetwork ? m_context.options.online : nullptr;
    if (gazetteer) {
        if (const auto found = gazetteer->find(i.address)) {
            i.position = *found;
            i.geocodedBy = gazetteer->name();
            return true;
        }
        if (gazetteer->isAmbiguous(i.address)) {
            fail(QStringLiteral("postcode"), ImportReport::tr("'%1' is in several places of the gazetteer %2: "
                                                            "the postcode tells which")
                                                 .arg(i.address.oneLine(), gazetteer->name()));
            return false;
        }
    }
    QString problem;
    if (online) {
        Address asked = i.address;
        if (asked.city.isEmpty())
            asked.city = m_context.city.name; // lists of one city often leave it out
        if (const auto found = online->find(asked, m_context.city.bounds, &problem)) {
            i.position = *found;
            i.geocodedBy = online->name();
            return true;
        }
    }
    QStringList where;
    if (gazetteer)
        where.append(ImportReport::tr("not in the gazetteer %1").arg(gazetteer->name()));
    if (online)
        where.append(problem.isEmpty() ? ImportReport::tr("not found in %1 by %2").arg(m_context.city.name, online->name())
                                       : problem);
    fail(QStringLiteral("street"), ImportReport::tr("'%1' is %2").arg(i.address.oneLine(), where.join(ImportReport::tr(", and "))));
    return false;
}

// A record must have a position, and it must lie in the city.
void RecordReader::checkPlace(const Institution &i, bool canGeocode)
{
    if (!i.position.isValid()) {
        if (!failed())
            fail({}, canGeocode ? ImportReport::tr("has no position: no point geometry, latitude/longitude or x/y")
                                : ImportReport::tr("has no position: no point geometry, latitude/longitude or x/y, and "
                                                   "no --gazetteer or --geocode-online to find its address with"));
        return;
    }
    ++m_placement.placed;
    if (!m_context.city.bounds.contains(i.position)) {
        ++m_placement.outside;
        if (m_context.city.bounds.contains(GeoPoint{i.position.longitude, i.position.latitude}))
            ++m_placement.insideSwapped;
        fail({}, ImportReport::tr("lies outside %1 (%2, %3)")
                     .arg(m_context.city.name)
                     .arg(i.position.latitude, 0, 'f', 5)
                     .arg(i.position.longitude, 0, 'f', 5));
    }
}

// How the position was made; true when the list does not say, so it is
// marked estimated.
bool RecordReader::readPositionSource(Institution &i, bool geocoded)
{
    const QString positionSource = value(QStringLiteral("position_source"));
    if (geocoded) {
        i.positionSource = PositionSource::Geocoded;
    } else if (positionSource.isEmpty()) {
        i.positionSource = PositionSource::Estimated;
        return true;
    } else if (const auto parsed = positionSourceFromId(positionSource)) {
        i.positionSource = *parsed;
    } else {
        fail(QStringLiteral("position_source"), ImportReport::tr("'%1' is not surveyed, geocoded or estimated").arg(positionSource));
    }
    return false;
}

// The organisation (Träger), when the list names one.
void RecordReader::readOrganisation(Institution &i)
{
    const QString organisation = value(QStringLiteral("organisation"));
    if (!organisation.isEmpty()) {
        i.organisation.name = organisation;
        i.organisation.id = slug(organisation);
    }
    readWebsite(QStringLiteral("organisation_website"), i.organisation.website);
    const QString type = value(QStringLiteral("organisation_type"));
    if (!type.isEmpty()) {
        i.organisation.typeId = m_context.mapping.valueId(QStringLiteral("organisation_type"), type);
        if (i.organisation.typeId.isEmpty())
            fail(QStringLiteral("organisation_type"), ImportReport::tr("'%1' is no institution type of the taxonomy; map it in a mapping file").arg(type));
    }
}

// A web address; "www.example.org", as lists write it, is taken with https.
void RecordReader::readWebsite(const QString &field, QString &out)
{
    out = value(field);
    if (out.isEmpty())
        return;
    if (const std::optional<QString> website = Validation::website(out))
        out = *website;
    else
        fail(field, ImportReport::tr("'%1' is not a web address").arg(out));
}

// Translations: a JSON column as the exports write it, then language columns.
void RecordReader::readTranslations(const QString &jsonField, bool service, FieldTranslations &out)
{
    QString problem;
    const auto parsed = translationsFromJson(value(jsonField), &problem);
    if (!parsed)
        fail(jsonField, problem);
    else
        out = *parsed;
    for (const SourceFields::Translation &c : m_context.fields.translations())
        if (c.service == service)
            if (const QString t = fieldText(*m_feature, c.index); !t.isEmpty())
                out[c.field].insert(c.language, t);
}

// One column with the whole address ("Schildescher Straße 101, 33611
// Bielefeld", "Niederwall 23"), split as the address search splits what
// people type, where the list has no street of its own; and a street column
// that holds the number too ("Stapenhorststr. 84", as NRW's school list
// has it) where the number has no column of its own.
void RecordReader::readWholeAddress(Address &address)
{
    if (!address.street.isEmpty()) {
        if (!address.houseNumber.isEmpty())
            return;
        const Address parsed = AddressGazetteer::parse(address.street);
        const QString compact = QString(address.street).remove(QLatin1Char(' '));
        // Only a number at the end: "Straße des 17. Juni" keeps its 17.
        if (!parsed.street.isEmpty() && !parsed.houseNumber.isEmpty() && parsed.postcode.isEmpty()
            && compact.endsWith(QString(parsed.houseNumber).remove(QLatin1Char(' ')), Qt::CaseInsensitive)) {
            address.street = parsed.street;
            address.houseNumber = parsed.houseNumber;
        }
        return;
    }
    const QString whole = value(QStringLiteral("address"));
    if (whole.isEmpty())
        return;
    const Address parsed = AddressGazetteer::parse(whole);
    if (parsed.street.isEmpty()) {
        fail(QStringLiteral("address"), ImportReport::tr("'%1' names no street").arg(whole));
        return;
    }
    address.street = parsed.street;
    if (address.houseNumber.isEmpty())
        address.houseNumber = parsed.houseNumber;
    if (address.postcode.isEmpty())
        address.postcode = parsed.postcode;
    if (address.city.isEmpty())
        address.city = parsed.city;
}

// A cell of taxonomy values (focus areas, target groups, languages) as ids;
// values that map to nothing are errors.
void RecordReader::readVocabulary(const QString &field, QStringList &out)
{
    // Lists repeat their few values in row after row: each cell is split and
    // mapped once per import.
    const QString cell = value(field);
    auto mapped = m_vocabulary.constFind(std::pair(field, cell));
    if (mapped == m_vocabulary.cend()) {
        VocabularyCell result;
        const FieldMapping &mapping = m_context.mapping;
        const auto known = [&](const QString &v) { return !mapping.valueId(field, v).isEmpty(); };
        for (const QString &v : values(cell, known)) {
            const QString id = mapping.valueId(field, v);
            if (id.isEmpty())
                result.unmapped.append(v);
            else if (!result.ids.contains(id))
                result.ids.append(id);
        }
        mapped = m_vocabulary.insert(std::pair(field, cell), result);
    }
    for (const QString &v : mapped->unmapped)
        fail(field, ImportReport::tr("'%1' maps to nothing in the taxonomy; map it in a mapping file").arg(v));
    for (const QString &id : mapped->ids) {
        if (!out.contains(id))
            out.append(id);
    }
}

// The service (offer) the record describes; `named` tells whether the list
// names it (else it is named after the institution).
Service RecordReader::readService(const Institution &i, bool &named)
{
    Service s;
    s.name = value(QStringLiteral("service_name"));
    s.description = value(QStringLiteral("service_description"));
    readTranslations(QStringLiteral("service_translations"), true, s.translations);
    named = !s.name.isEmpty();
    if (!named)
        s.name = i.name;
    readVocabulary(QStringLiteral("focus_areas"), s.focusAreas);
    if (s.focusAreas.isEmpty() && !failed())
        failUnlessListLacks(QStringLiteral("focus_areas"), ImportReport::tr("no focus area"));
    readVocabulary(QStringLiteral("target_groups"), s.targetGroups);
    readVocabulary(QStringLiteral("languages"), s.languages);
    s.contact.phone = withAreaCode(value(QStringLiteral("phone_area_code")), value(QStringLiteral("phone")));
    s.contact.email = value(QStringLiteral("email"));
    if (!s.contact.email.isEmpty() && !Validation::isEmail(s.contact.email))
        fail(QStringLiteral("email"), ImportReport::tr("'%1' is not an e-mail address").arg(s.contact.email));
    readWebsite(QStringLiteral("website"), s.contact.website);
    s.openingHours = value(QStringLiteral("opening_hours"));
    if (!s.openingHours.isEmpty()) {
        if (const auto problem = Validation::openingHoursProblem(s.openingHours, m_context.city.region))
            fail(QStringLiteral("opening_hours"), QStringLiteral("'%1': %2").arg(s.openingHours, *problem));
    }
    s.cost = value(QStringLiteral("cost"));
    const QString referral = value(QStringLiteral("referral_required"));
    if (!referral.isEmpty()) {
        s.referralRequired = yesNo(referral);
        if (!s.referralRequired)
            fail(QStringLiteral("referral_required"), ImportReport::tr("'%1' is not yes or no").arg(referral));
    }
    // The appointment column, or else one that asks whether one may walk in
    // ("Offene Sprechstunde": yes, or its hours, which mean walk-in too).
    // A list repeats a handful of texts in these columns: each is read once.
    const auto said = [this](const QString &text, AppointmentColumn column) {
        const std::pair key(column == AppointmentColumn::WalkIn, text);
        auto known = m_appointments.constFind(key);
        if (known == m_appointments.cend())
            known = m_appointments.insert(key, appointmentOf(text, column));
        return *known;
    };
    if (const QString appointment = value(QStringLiteral("appointment")); !appointment.isEmpty()) {
        const auto parsed = said(appointment, AppointmentColumn::Needed);
        if (!parsed)
            fail(QStringLiteral("appointment"),
                 ImportReport::tr("'%1' says neither whether an appointment is needed nor whether one may walk in")
                     .arg(appointment));
        s.appointment = parsed.value_or(Appointment::Unknown);
    }
    if (const QString walkIn = value(QStringLiteral("walk_in")); !walkIn.isEmpty() && s.appointment == Appointment::Unknown)
        s.appointment = said(walkIn, AppointmentColumn::WalkIn).value_or(Appointment::WalkIn);
    const QString status = value(QStringLiteral("status"));
    if (!status.isEmpty()) {
        const QString k = FieldMapping::key(status);
        if (k == QLatin1String("aktiv") || k == QLatin1String("active"))
            s.status = ServiceStatus::Active;
        else if (k.contains(QLatin1String("geschlossen")) || k == QLatin1String("temporarilyclosed"))
            s.status = ServiceStatus::TemporarilyClosed;
        else if (k == QLatin1String("inaktiv") || k == QLatin1String("inactive"))
            s.status = ServiceStatus::Inactive;
        else
            fail(QStringLiteral("status"), ImportReport::tr("'%1' is not active, temporarily closed or inactive").arg(status));
    }
    const QString verified = value(QStringLiteral("last_verified"));
    if (!verified.isEmpty()) {
        s.lastVerified = date(verified);
        if (!s.lastVerified.isValid())
            fail(QStringLiteral("last_verified"), ImportReport::tr("'%1' is not a date").arg(verified));
        else if (Validation::isInTheFuture(s.lastVerified))
            fail(QStringLiteral("last_verified"),
                 ImportReport::tr("'%1' lies in the future; a verification cannot").arg(verified));
    }
    s.verifiedBy = value(QStringLiteral("verified_by"));
    return s;
}

void RecordReader::readInstitution(Row row)
{
    Institution &i = row.institution;
    i.position = readPosition();
    i.name = value(QStringLiteral("name"));
    if (i.name.isEmpty())
        failUnlessListLacks(QStringLiteral("name"), ImportReport::tr("missing"));
    i.description = value(QStringLiteral("description"));
    readTranslations(QStringLiteral("translations"), false, i.translations);
    i.address = {value(QStringLiteral("street")), value(QStringLiteral("house_number")),
                 value(QStringLiteral("postcode")), value(QStringLiteral("city"))};
    readWholeAddress(i.address);
    i.geocodedBy = value(QStringLiteral("geocoded_by"));
    const bool canGeocode = !m_context.options.gazetteer.isEmpty()
        || (m_context.options.online && m_context.options.allowNetwork);
    const bool geocoded = !i.position.isValid() && !failed() && canGeocode && !i.address.street.isEmpty()
        && geocode(i);
    checkPlace(i, canGeocode);
    const bool estimated = readPositionSource(i, geocoded);
    const QString stepFree = value(QStringLiteral("step_free"));
    if (!stepFree.isEmpty()) {
        if (const auto flag = yesNo(stepFree))
            i.stepFree = *flag ? StepFree::Yes : StepFree::No;
        else if (const auto parsed = stepFreeFromId(stepFree))
            i.stepFree = *parsed;
        else if (FieldMapping::key(stepFree) != QLatin1String("unbekannt"))
            fail(QStringLiteral("step_free"), ImportReport::tr("'%1' is not yes, no or unknown").arg(stepFree));
    }
    readOrganisation(i);

    bool namedService = false;
    i.services.append(readService(i, namedService));

    // Identity: the list's own id, else its name and address.
    row.nameAddress = nameAddressKey(i);
    const QString id = value(QStringLiteral("id"));
    row.key = id.isEmpty() ? row.nameAddress : id;
    m_key = row.key;
    i.source = m_context.source;
    i.sourceId = row.key;
    if (failed() || !m_context.missingColumns.isEmpty())
        return;
    // Said once, and only of records that are imported.
    if (estimated && !m_estimatedNoted) {
        m_report.note({}, {}, ImportReport::tr("the list does not say how its positions were made, so they "
                                               "are marked estimated; a mapping's defaults.position_source "
                                               "can say surveyed or geocoded"));
        m_estimatedNoted = true;
    }
    keep(std::move(row), id, namedService);
}

// Whether two offers are one: the same in everything but their ids (and
// their names, when `ignoreName`).
bool sameOffer(const Service &a, const Service &b, bool ignoreName)
{
    Service x = a, y = b;
    x.id.clear();
    y.id.clear();
    if (ignoreName)
        y.name = x.name;
    return x == y;
}

// A record without errors: a new institution, or one more service of the
// institution an earlier row of the same id (or name and address) began, as
// spreadsheets and this program's exports list them, one row per offer.
void RecordReader::keep(Row row, const QString &id, bool namedService)
{
    const auto earlier = m_rowByKey.constFind(row.key);
    if (earlier == m_rowByKey.cend()) {
        if (const auto same = m_rowByNameAddress.constFind(row.nameAddress); same != m_rowByNameAddress.cend()) {
            // The same institution under a second official number, as real
            // lists have it (a school's primary and secondary part): one
            // place of the map with the offers of both.
            sameUnderAnotherId(m_rows[*same], row, id);
            m_rowByKey.insert(row.key, *same);
            return;
        }
        m_rowByKey.insert(row.key, qsizetype(m_rows.size()));
        m_rowByNameAddress.insert(row.nameAddress, qsizetype(m_rows.size()));
        m_rows.push_back(std::move(row));
        return;
    }
    const Institution &i = row.institution;
    Row &first = m_rows[*earlier];
    const Institution &place = first.institution;
    const bool samePlace = row.nameAddress == first.nameAddress && place.description == i.description
        && place.organisation.name == i.organisation.name && place.stepFree == i.stepFree
        && Geodesy::distanceMetres(place.position, i.position) < 1.0;
    if (!samePlace) {
        fail(id.isEmpty() ? QStringLiteral("name") : QStringLiteral("id"),
             ImportReport::tr("continues %1 (same %2) but differs in name, address, position, "
                            "Träger or description")
                 .arg(first.record, id.isEmpty() ? ImportReport::tr("name and address") : QStringLiteral("id")));
        return;
    }
    const Service &offer = i.services.first();
    // An offer named after the institution, whose spelling may vary, is compared without its name.
    const bool repeated = std::any_of(place.services.cbegin(), place.services.cend(),
                                      [&](const Service &known) { return sameOffer(known, offer, !namedService); });
    if (repeated) {
        fail(QStringLiteral("name"), ImportReport::tr("repeats %1").arg(first.record));
        return;
    }
    first.institution.services.append(offer);
}

// A record with the name and address of an earlier one but an id of its
// own: its offer joins the earlier record's institution (the model's one
// place with several services), unless it is the same offer again; either
// way the report says so, as a warning, not an error.
void RecordReader::sameUnderAnotherId(Row &first, const Row &row, const QString &id)
{
    const QString firstId = first.key == first.nameAddress ? QString() : first.key;
    const QString as = firstId.isEmpty() ? first.record : QStringLiteral("%1 (id %2)").arg(first.record, firstId);
    const Service &offer = row.institution.services.first();
    const QString under = id.isEmpty() ? ImportReport::tr("without an id") : ImportReport::tr("under id %1").arg(id);
    const bool repeated = std::any_of(first.institution.services.cbegin(), first.institution.services.cend(),
                                      [&](const Service &known) { return sameOffer(known, offer, true); });
    if (repeated) {
        m_report.warning(m_record, m_context.fields.sourceName(QStringLiteral("id")),
                         ImportReport::tr("the same name, address and offer as %1 %2: imported once")
                             .arg(as, under));
        return;
    }
    first.institution.services.append(offer);
    m_report.warning(m_record, m_context.fields.sourceName(QStringLiteral("id")),
                     ImportReport::tr("the same name and address as %1 %2: imported as one institution "
                                      "with %3 offers")
                         .arg(as, under)
                         .arg(first.institution.services.size()));
}

// Adds the list's areas to the store's, replacing those it had before (by id).
void mergeAreas(InstitutionStore *store, const std::deque<Row> &rows, const QString &source,
                const ImportOptions &options, bool mayWrite, ImportReport &report, PhaseClock &clock)
{
    QList<Area> existing = store ? store->areas() : QList<Area>();
    // A list's district replaces the bundled one of the same kind and name
    // (the city's own figures, newer or finer), instead of doubling it.
    QSet<QString> listed;
    for (const Row &row : std::as_const(rows))
        listed.insert(row.area.sameAreaKey());
    existing.removeIf(
        [&](const Area &a) { return isBundledCityArea(a) && listed.contains(a.sameAreaKey()); });
    const QString prefix = slug(source) + QLatin1Char('-');
    QHash<QString, qsizetype> index;
    for (qsizetype k = 0; k < existing.size(); ++k)
        index.insert(existing[k].id, k);
    // A district of the list without inhabitants keeps the bundled figures of
    // its name (the city's own lists of districts often have none).
    QHash<QString, const Area *> bundledByKey;
    for (const Area &a : bundledCityAreas())
        bundledByKey.insert(a.sameAreaKey(), &a);
    QStringList keptPopulation;
    QSet<QString> inList;
    for (const Row &row : std::as_const(rows)) {
        Area area = row.area;
        if (const Area *bundled = bundledByKey.value(area.sameAreaKey()); bundled && !area.population) {
            area.population = bundled->population;
            area.populationByAge = bundled->populationByAge;
            keptPopulation.append(area.name);
        }
        inList.insert(area.id);
        const auto it = index.constFind(area.id);
        if (it == index.cend()) {
            existing.append(area);
            ++report.added;
        } else if (existing[*it] == area) {
            ++report.unchanged;
        } else {
            existing[*it] = area;
            ++report.updated;
        }
    }
    if (!keptPopulation.isEmpty())
        report.note({}, {}, ImportReport::tr("the list gives no inhabitants for %1; the city's bundled "
                                           "figures are kept for them")
                                .arg(keptPopulation.join(QStringLiteral(", "))));
    for (const Area &a : isLeftOutFile(options) ? QList<Area>() : existing)
        report.missing += a.id.startsWith(prefix) && !inList.contains(a.id) ? 1 : 0;
    if (store && mayWrite && !options.dryRun && (report.added || report.updated)) {
        clock.lap(QStringLiteral("merge"));
        store->replaceAreas(existing);
        clock.lap(QStringLiteral("write"));
        report.written = true;
    }
}

// Merges the list's institutions into the store's. A record updates the
// store's record it matches, whichever file that came from: by the list's
// own id (the same list imported before), else by its id and a like name
// (a list saved under a new file name), else by its name and address; the
// matched record then belongs to this list. The rest are added with ids of
// their own, and likely duplicates in the store are said. What the list no
// longer holds is kept, and said.
void mergeInstitutions(InstitutionStore *store, std::deque<Row> &rows, const QString &source,
                       const ImportOptions &options, const SourceFields &fields, bool mayWrite,
                       const QSet<QString> &leftOutKeys, ImportReport &report, PhaseClock &clock)
{
    QList<Institution> existing = store ? store->institutions() : QList<Institution>();
    // The revisions as read: the write is refused if an editor saved meanwhile.
    QHash<QString, qint64> readVersions;
    for (const Institution &i : std::as_const(existing))
        readVersions.insert(i.id, i.version);
    const qsizetype stored = existing.size();
    existing.reserve(stored + qsizetype(rows.size()));
    QHash<QString, qsizetype> bySource, byId;
    byId.reserve(existing.size() + qsizetype(rows.size()));
    QHash<QString, Organisation> organisations;
    QHash<QString, QList<qsizetype>> byNameAddress, bySourceId; // every list's records
    QHash<QString, int> perSource;                              // records of each list
    NearbyIndex nearby;                                         // other lists' records
    for (qsizetype k = 0; k < existing.size(); ++k) {
        const Institution &i = existing[k];
        byId.insert(i.id, k);
        organisations.insert(i.organisation.id, i.organisation);
        byNameAddress[nameAddressKey(i)].append(k);
        ++perSource[i.source];
        if (i.source == source) {
            bySource.insert(i.sourceId, k);
        } else {
            bySourceId[i.sourceId].append(k);
            nearby.insert(i.position, k);
        }
    }
    // The store's records this list updates: first those it made itself.
    QSet<qsizetype> claimed;
    for (const Row &row : rows)
        if (const auto it = bySource.constFind(row.key); it != bySource.cend())
            claimed.insert(*it);
    QHash<QString, int> matchedOfSource; // other lists whose records this one updates
    // The one record a row matches beyond its list's own id, or -1.
    const auto match = [&](const Row &row, QString *how) -> qsizetype {
        const Institution &incoming = row.institution;
        const bool ownId = row.key != row.nameAddress;
        QList<qsizetype> sameId, sameNameAddress;
        if (ownId) {
            for (qsizetype k : bySourceId.value(row.key)) {
                const Institution &other = existing[k];
                if (!claimed.contains(k)
                    && (Duplicates::similarNames(other.name, incoming.name)
                        || other.address.normalised() == incoming.address.normalised()))
                    sameId.append(k);
            }
        }
        // Without a street the name alone says too little: the same name
        // at the same place (within the duplicate distance) then.
        const bool addressed = !incoming.address.street.isEmpty();
        for (qsizetype k : byNameAddress.value(row.nameAddress))
            if (!claimed.contains(k)
                && (addressed || (existing[k].position.isValid() && incoming.position.isValid()
                                  && Geodesy::distanceMetres(existing[k].position, incoming.position)
                                         <= Duplicates::DistanceMetres)))
                sameNameAddress.append(k);
        if (sameId.size() == 1) {
            *how = ImportReport::tr("its id and name");
            return sameId.first();
        }
        if (sameNameAddress.size() == 1) {
            *how = addressed ? ImportReport::tr("its name and address") : ImportReport::tr("its name and place");
            return sameNameAddress.first();
        }
        return -1;
    };
    // Every field that changes, logged with the list's file and row.
    QList<FieldChange> changes;
    changes.reserve(qsizetype(rows.size()));
    const QString idPrefix = slug(source) + QLatin1Char('-');
    const QDateTime now = clock::nowUtc();
    const QString who = currentUserName();
    const QString file = QFileInfo(options.input).fileName();
    const auto via = [&](const Row &row) { return QStringLiteral("import %1 %2").arg(file, row.record); };
    int rehomed = 0; // records now of this list, their content unchanged
    for (Row &row : rows) {
        Institution &incoming = row.institution;
        // One organisation, one record: the store's stays; a differing one is said.
        if (incoming.organisation.id.isEmpty()) {
            // no Träger named
        } else if (const auto org = organisations.constFind(incoming.organisation.id); org != organisations.cend()) {
            const Organisation &known = *org;
            if ((!incoming.organisation.website.isEmpty() && incoming.organisation.website != known.website)
                || (!incoming.organisation.typeId.isEmpty() && incoming.organisation.typeId != known.typeId))
                report.warning(row.record, fields.sourceName(QStringLiteral("organisation")),
                               ImportReport::tr("'%1' is in the store with other details; the store's are kept")
                                   .arg(known.name));
            incoming.organisation = known;
        } else {
            organisations.insert(incoming.organisation.id, incoming.organisation);
        }
        qsizetype at = -1;
        if (const auto it = bySource.constFind(row.key); it != bySource.cend()) {
            at = *it;
        } else {
            QString how;
            at = match(row, &how);
            if (at >= 0) {
                claimed.insert(at);
                const Institution &matched = existing[at];
                if (matched.source != source)
                    ++matchedOfSource[matched.source];
                report.note(row.record, fields.sourceName(QStringLiteral("name")),
                            matched.source == source || matched.source.isEmpty()
                                ? ImportReport::tr("updates %1 '%2' (found by %3)").arg(matched.id, matched.name, how)
                                : ImportReport::tr("updates %1 '%2' of the list '%3' (found by %4)")
                                      .arg(matched.id, matched.name, matched.source, how));
            }
        }
        if (at >= 0) {
            Institution &current = existing[at];
            incoming.id = current.id;
            // The list says nothing of the review: a draft stays a draft, an archived record archived.
            incoming.recordStatus = current.recordStatus;
            incoming.version = current.version;
            for (qsizetype k = 0; k < incoming.services.size(); ++k)
                incoming.services[k].id = k < current.services.size() ? current.services[k].id
                                                                     : current.id + QLatin1Char('-') + QString::number(k + 1);
            Institution before = current;
            before.source = incoming.source;
            before.sourceId = incoming.sourceId;
            if (before == incoming) {
                ++report.unchanged;
                if (current.source != incoming.source || current.sourceId != incoming.sourceId) {
                    current.source = incoming.source;
                    current.sourceId = incoming.sourceId;
                    ++rehomed;
                }
            } else {
                if (!options.dryRun)
                    changes += fieldChanges(&current, incoming, now, who, via(row));
                ++incoming.version;
                current = std::move(incoming);
                ++report.updated;
            }
            continue;
        }
        // A new record: an id of its own, and a look for the same place under another name.
        const QString base = idPrefix + slug(row.key);
        QString id = base;
        for (int n = 2; byId.contains(id); ++n)
            id = base + QLatin1Char('-') + QString::number(n);
        incoming.id = id;
        for (qsizetype k = 0; k < incoming.services.size(); ++k)
            incoming.services[k].id = id + QLatin1Char('-') + QString::number(k + 1);
        QSet<qsizetype> candidates;
        for (qsizetype k : byNameAddress.value(row.nameAddress))
            candidates.insert(k);
        for (qsizetype k : nearby.around(incoming.position))
            candidates.insert(k);
        for (qsizetype k : std::as_const(candidates)) {
            const Institution &other = existing[k];
            const Duplicates::Likeness like = Duplicates::likeness(other, incoming);
            if (like.reason != Duplicates::Reason::None)
                report.warning(row.record, fields.sourceName(QStringLiteral("name")),
                               ImportReport::tr("may be the same as %1 '%2' in the store (%3 m away)")
                                   .arg(other.id, other.name)
                                   .arg(qRound(like.metres >= 0 ? like.metres : 1e9)));
        }
        byId.insert(id, existing.size());
        if (!options.dryRun)
            changes += fieldChanges(nullptr, incoming, now, who, via(row));
        existing.append(std::move(incoming));
        ++report.added;
    }
    // A list whose records this one mostly updates was an earlier version
    // of it (last month's file): what it held and this one does not is kept
    // and said, like this list's own.
    QSet<QString> earlier{source};
    for (auto it = matchedOfSource.cbegin(); it != matchedOfSource.cend(); ++it) {
        // (Records of no list were entered by hand or came with the directory.)
        if (!it.key().isEmpty() && 2 * it.value() >= perSource.value(it.key())) {
            earlier.insert(it.key());
            report.note({}, {}, ImportReport::tr("the list looks like a new version of '%1' (%2 of its %3 records "
                                                 "found): they are now of this list")
                                    .arg(it.key())
                                    .arg(it.value())
                                    .arg(perSource.value(it.key())));
        }
    }
    // The rows left out of a list are a part of it: the rest is not missing.
    for (qsizetype k = 0; k < stored && !isLeftOutFile(options); ++k) {
        const Institution &i = existing[k];
        if (earlier.contains(i.source) && !claimed.contains(k)
            && !(i.source == source && leftOutKeys.contains(i.sourceId))) { // left out for an error: still listed
            ++report.missing;
            report.note({}, {}, ImportReport::tr("%1 '%2' came from this list but is no longer in it; it was kept")
                                    .arg(i.id, i.name));
        }
    }
    if (store && mayWrite && !options.dryRun && (report.added || report.updated || rehomed)) {
        clock.lap(QStringLiteral("merge"));
        store->replaceInstitutions(existing, changes, &readVersions);
        clock.lap(QStringLiteral("write"));
        report.written = true;
    }
}

} // namespace

namespace {
// The rows left out for their errors, as a file in the list's own format
// beside it (LIST.left-out.EXT; CSV where the format cannot be written),
// with the reasons in a column of their own: corrected, it imports as the
// rest of LIST did.
void writeLeftOut(OGRLayer &layer, const QString &sourceDriver,
                  const QList<RecordReader::FailedRow> &failed, const ImportOptions &options, ImportReport &report)
{
    QHash<int, QStringList> reasons; // ordinal -> "[field] message"
    QHash<QString, int> ordinalOf;
    for (const RecordReader::FailedRow &row : failed)
        ordinalOf.insert(row.record, row.ordinal);
    for (const ImportReport::Problem &p : report.problems()) {
        if (p.severity != ImportReport::Severity::Error)
            continue;
        if (const auto it = ordinalOf.constFind(p.record); it != ordinalOf.cend())
            reasons[*it].append(p.field.isEmpty() ? p.message : QStringLiteral("[%1] %2").arg(p.field, p.message));
    }
    const QFileInfo input(options.input);
    static const QHash<QString, QString> suffixes{
        {QStringLiteral("CSV"), QStringLiteral("csv")},       {QStringLiteral("XLSX"), QStringLiteral("xlsx")},
        {QStringLiteral("ODS"), QStringLiteral("ods")},       {QStringLiteral("GeoJSON"), QStringLiteral("geojson")},
        {QStringLiteral("GPKG"), QStringLiteral("gpkg")},     {QStringLiteral("GML"), QStringLiteral("gml")},
        {QStringLiteral("LIBKML"), QStringLiteral("kml")},    {QStringLiteral("KML"), QStringLiteral("kml")},
        {QStringLiteral("ESRI Shapefile"), QStringLiteral("shp")}};
    const bool zipped = input.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0;
    QString driverName = suffixes.contains(sourceDriver) && !zipped && input.exists() ? sourceDriver : QStringLiteral("CSV");
    QString base = input.exists() ? input.completeBaseName() : QStringLiteral("import");
    if (zipped)
        base = QFileInfo(base).completeBaseName(); // "liste.shp.zip" -> "liste"
    const QString file = (input.exists() ? input.absolutePath() : QDir::currentPath()) + QLatin1Char('/')
        + base + QLatin1String(LeftOutSuffix) + QLatin1Char('.') + suffixes.value(driverName);
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName.toLatin1().constData());
    gdal::ErrorCollector errors;
    QFile::remove(file); // the left-out rows of an earlier import of this list
    if (driverName == QLatin1String("ESRI Shapefile"))
        for (const char *part : {".shx", ".dbf", ".prj", ".cpg"})
            QFile::remove(QFileInfo(file).path() + QLatin1Char('/') + QFileInfo(file).completeBaseName() + QLatin1String(part));
    const auto failedToWrite = [&](const QString &why) {
        report.error({}, {}, ImportReport::tr("the rows left out (%1) could not be written to %2: %3")
                                 .arg(failed.size())
                                 .arg(file, why));
    };
    if (!driver) {
        failedToWrite(ImportReport::tr("GDAL has no %1 driver").arg(driverName));
        return;
    }
    GDALDatasetUniquePtr out(driver->Create(file.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!out) {
        failedToWrite(errors.lastFailure(ImportReport::tr("it cannot be created")));
        return;
    }
    CPLStringList layerOptions;
    OGRwkbGeometryType type = layer.GetGeomType();
    if (driverName == QLatin1String("CSV")) {
        layerOptions.AddNameValue("SEPARATOR", "SEMICOLON");
        if (type != wkbNone)
            layerOptions.AddNameValue("GEOMETRY", "AS_WKT");
    }
    OGRLayer *target = out->CreateLayer(layer.GetName(), layer.GetSpatialRef(), type, layerOptions.List());
    if (!target) {
        failedToWrite(errors.lastFailure(ImportReport::tr("no layer")));
        return;
    }
    const OGRFeatureDefn *definition = layer.GetLayerDefn();
    for (int k = 0; k < definition->GetFieldCount(); ++k) {
        OGRFieldDefn field(definition->GetFieldDefn(k));
        if (target->CreateField(&field) != OGRERR_NONE) {
            failedToWrite(errors.lastFailure(ImportReport::tr("a column cannot be made")));
            return;
        }
    }
    OGRFieldDefn problem(LeftOutColumn, OFTString);
    target->CreateField(&problem);
    const int problemIndex = target->GetLayerDefn()->GetFieldCount() - 1;
    QSet<int> wanted;
    for (const RecordReader::FailedRow &row : failed)
        wanted.insert(row.ordinal);
    int ordinal = 0;
    layer.ResetReading();
    for (const auto &f : layer) {
        if (!wanted.contains(++ordinal))
            continue;
        OGRFeature copy(target->GetLayerDefn());
        copy.SetFrom(f.get(), TRUE);
        copy.SetField(problemIndex, reasons.value(ordinal).join(QStringLiteral("; ")).toUtf8().constData());
        if (target->CreateFeature(&copy) != OGRERR_NONE) {
            failedToWrite(errors.lastFailure(ImportReport::tr("a row cannot be written")));
            return;
        }
    }
    out.reset(); // flushed and closed
    report.leftOutFile = file;
}
} // namespace

InstitutionImport::InstitutionImport(Taxonomy taxonomy, CityProfile city, FieldMapping mapping)
    : m_taxonomy(std::move(taxonomy))
    , m_city(std::move(city))
    , m_mapping(std::move(mapping))
{
}

namespace {

// Whether there is no store at `location` yet: no such GeoPackage, or a
// database without Stadtplan's tables (which reads as "not a store").
bool noStoreYet(const QString &location)
{
    try {
        InstitutionStore::open(location, InstitutionStore::Access::ReadOnly);
        return false;
    } catch (const StoreError &e) {
        return e.kind() == StoreError::Kind::Missing
            || (InstitutionStore::isDatabaseConnection(location) && e.kind() == StoreError::Kind::NotAStore
                && e.detail().contains(QLatin1String("is missing")));
    }
}

// The store to import into, made first when asked and there is none. Null
// when it cannot be opened (the error in the report), and in a dry run that
// would make it (then the list is checked as if into an empty store).
std::unique_ptr<InstitutionStore> openStore(const ImportOptions &options, ImportReport &report)
{
    if (options.create && noStoreYet(options.store)) {
        if (options.dryRun) {
            report.note({}, {}, ImportReport::tr("there is no store at %1 yet; the import would make it")
                                    .arg(gdal::displayLocation(options.store)));
            return nullptr;
        }
        try {
            InstitutionStore::create(options.store);
        } catch (const StoreError &c) {
            report.error({}, {}, c.message());
            return nullptr;
        }
    }
    try {
        return InstitutionStore::open(options.store, options.dryRun ? InstitutionStore::Access::ReadOnly
                                                                    : InstitutionStore::Access::ReadWrite);
    } catch (const StoreError &e) {
        report.error({}, {}, e.kind() == StoreError::Kind::Missing && !options.create
                                 ? e.message() + ImportReport::tr(" (--create makes one)")
                                 : e.message());
        return nullptr;
    }
}

// When most positions lie outside the city, the likely causes: latitude and
// longitude swapped, or the list read in a coordinate system it is not in.
void placementHint(const RecordReader::Placement &placement, const OGRSpatialReference *crs,
                   const CityProfile &city, ImportReport &report)
{
    if (placement.outside < 3 || placement.outside * 2 <= placement.placed)
        return;
    const QString share = ImportReport::tr("%1 of %2 positions lie outside %3")
                              .arg(placement.outside)
                              .arg(placement.placed)
                              .arg(city.name);
    if (placement.insideSwapped * 2 > placement.outside) {
        report.note({}, {}, share + ImportReport::tr(": latitude and longitude look swapped (%1 of them would "
                                                   "lie in %2 the other way round)")
                                        .arg(placement.insideSwapped)
                                        .arg(city.name));
        return;
    }
    QString read = ImportReport::tr("as WGS84 latitude/longitude");
    if (crs) {
        const char *authority = crs->GetAuthorityName(nullptr);
        const char *code = crs->GetAuthorityCode(nullptr);
        read = ImportReport::tr("in %1").arg(QString::fromUtf8(crs->GetName()));
        if (authority && code)
            read += QStringLiteral(" (%1:%2)").arg(QString::fromUtf8(authority), QString::fromUtf8(code));
    }
    report.note({}, {}, share + ImportReport::tr(": is the coordinate system right? The positions were read %1; "
                                               "when the data names none, name another (%2)")
                                    .arg(read, crsWhere()));
}

} // namespace

namespace {
// The list whose left-out rows a file holds: "liste" for "liste.left-out".
QString leftOutOf(const QString &base)
{
    return base.endsWith(QLatin1String(LeftOutSuffix)) ? base.chopped(qsizetype(qstrlen(LeftOutSuffix))) : base;
}
} // namespace

ImportReport InstitutionImport::run(const ImportOptions &options) const
{
    gdal::ensureInitialised();
    ImportReport report;
    PhaseClock clock(report);
    report.file = options.input;
    report.dryRun = options.dryRun;
    const bool areas = options.layer == QLatin1String("areas");
    if (!areas && options.layer != QLatin1String("institutions")) {
        report.error({}, {}, ImportReport::tr("--layer must be institutions or areas"));
        return report;
    }
    const QString source = !options.sourceName.isEmpty() ? options.sourceName
        : !m_mapping.source().isEmpty()                  ? m_mapping.source()
                                                         : leftOutOf(QFileInfo(options.input).completeBaseName());

    // Open the store first: a store that cannot be written ends the import before any work.
    const std::unique_ptr<InstitutionStore> store = openStore(options, report);
    if (!store && report.hasErrors())
        return report;

    // What GDAL says while reading belongs in the report (some drivers read
    // only when asked for a layer): a file that breaks off half-way must not
    // pass as a shorter list.
    auto readErrors = std::make_unique<gdal::ErrorCollector>();
    const GDALDatasetUniquePtr dataset = openSource(options, report);
    if (!dataset)
        return report;
    OGRLayer *layer = dataset->GetLayer(0);
    if (dataset->GetLayerCount() > 1)
        report.note({}, {}, ImportReport::tr("the source has %1 layers; imported the first, '%2'")
                                .arg(dataset->GetLayerCount())
                                .arg(QString::fromUtf8(layer->GetName())));
    const QString driver = QString::fromLatin1(dataset->GetDriver()->GetDescription());
    const bool tabular = QStringList{QStringLiteral("CSV"), QStringLiteral("XLSX"), QStringLiteral("ODS")}
                             .contains(driver);
    // A sheet as offices make them: a title above the table, a header over
    // two lines, a line of units under it.
    GDALDatasetUniquePtr sheetRows;
    GDALDatasetUniquePtr sheet;
    int firstRow = tabular ? 2 : 1;
    if (driver == QLatin1String("XLSX") || driver == QLatin1String("ODS")) {
        // Found from the sheet as opened (its first line taken as the
        // header); only a sheet laid out otherwise is opened once more, raw.
        QList<QStringList> rows{headerCells(*layer->GetLayerDefn())};
        rows.append(firstRows(*layer, 11));
        const SheetLayout layout = findSheetLayout(
            rows, [this](const QStringList &cells) { return int(m_mapping.chooseColumns(cells).size()); });
        if (!layout.plain()) {
            sheetRows = openSheetRows(options.input, driver);
            if (sheetRows && sheetRows->GetLayerCount() > 0 && (sheet = sheetTable(*sheetRows->GetLayer(0), layout))) {
                layer = sheet->GetLayer(0);
                firstRow = layout.firstRecordRow();
                report.note({}, {}, layout.described());
            }
        }
    }
    const SourceFields fields(*layer->GetLayerDefn(), m_mapping);
    if (const QStringList unused = fields.unused(driver); !unused.isEmpty()) {
        // Said, not passed over: the coordinator may expect that column in the store.
        QStringList quoted;
        for (const QString &name : unused)
            quoted.append(QLatin1Char('\'') + name + QLatin1Char('\''));
        report.warning({}, {}, (unused.size() == 1 ? ImportReport::tr("column %1 is not imported: no field of the "
                                                                      "model takes it; a mapping file (%2) can "
                                                                      "assign it to one")
                                                   : ImportReport::tr("columns %1 are not imported: no field of the "
                                                                      "model takes them; a mapping file (%2) can "
                                                                      "assign them to fields"))
                                   .arg(quoted.join(QStringLiteral(", ")), mappingWhere()));
    }
    report.note({}, {}, ImportReport::tr("columns read: %1").arg(fields.described()));
    if (fields.guessedAny())
        report.note({}, {}, ImportReport::tr("a column guessed wrongly is named with --field FIELD=COLUMN "
                                             "(or a mapping file)"));
    // A field every record needs, with no column: one fact about the list.
    QStringList missingColumns;
    for (const QString &field : areas ? QStringList{QStringLiteral("name")}
                                      : QStringList{QStringLiteral("name"), QStringLiteral("focus_areas")}) {
        if (fields.has(field) || !m_mapping.defaultValue(field).isEmpty())
            continue;
        missingColumns.append(field);
        report.error({}, field,
                     field == QLatin1String("name")
                         ? ImportReport::tr("no column holds the names; the list's columns are %1; name the one "
                                            "with --field name=COLUMN").arg(fields.available())
                         : ImportReport::tr("no column holds the focus areas; the list's columns are %1; name the "
                                            "one with --field focus_areas=COLUMN, or give every record one with "
                                            "--default focus_areas=ID").arg(fields.available()));
    }
    const std::optional<Reprojection> crs = reprojection(options, *layer, fields, m_city, report);
    if (!crs)
        return report;
    clock.lap(QStringLiteral("open"));

    // Read and check every record.
    RecordReader reader({options, m_mapping, m_city, fields, *crs, source, areas, tabular, missingColumns, firstRow},
                        report);
    int ordinal = 0;
    layer->ResetReading();
    for (const auto &f : *layer)
        reader.read(*f, ++ordinal);
    const QStringList readFailures = readErrors->failures();
    const QStringList readWarnings = readErrors->warnings();
    readErrors.reset();
    if (!readFailures.isEmpty())
        report.error({}, {}, ImportReport::tr("reading stopped after %1 records: %2")
                                 .arg(ordinal)
                                 .arg(readFailures.constLast()));
    for (const QString &warning : readWarnings.mid(0, 5))
        report.note({}, {}, QStringLiteral("GDAL: ") + warning);
    placementHint(reader.placement(), crs->sourceCrs.get(), m_city, report);
    report.records = ordinal;
    if (ordinal == 0)
        report.error({}, {}, ImportReport::tr("holds no records"));
    clock.lap(QStringLiteral("read and check"));

    // Merge with the store: all or nothing, or with --accept-valid the
    // valid records, unless the list as a whole has a problem.
    report.acceptValid = options.acceptValid;
    report.rowsWithErrors = int(reader.failedRows().size());
    const bool mayWrite = !report.blocked();
    bool stored = true;
    try {
        if (areas)
            mergeAreas(store.get(), reader.rows(), source, options, mayWrite, report, clock);
        else
            mergeInstitutions(store.get(), reader.rows(), source, options, fields, mayWrite, reader.failedKeys(),
                              report, clock);
    } catch (const StoreError &e) {
        report.error({}, {}, e.message());
        stored = false;
    }
    if (!report.written)
        clock.lap(QStringLiteral("merge")); // nothing written: the merge was the last step
    if (options.acceptValid && mayWrite && !reader.failedRows().isEmpty()) {
        report.leftOut = int(reader.failedRows().size());
        if (!options.dryRun && stored)
            writeLeftOut(*layer, driver, reader.failedRows(), options, report);
    }
    return report;
}

} // namespace stadtplan
