#include "geopackagewrite.h"

#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <utility>

namespace stadtplan {

namespace {

QByteArray quotedName(const QByteArray &name)
{
    return '"' + QByteArray(name).replace('"', "\"\"") + '"';
}

QByteArray quotedText(const QByteArray &text)
{
    return '\'' + QByteArray(text).replace('\'', "''") + '\'';
}

} // namespace

bool SqliteFailure::locked() const
{
    const int primary = code & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

bool SqliteFailure::missing() const
{
    return (code & 0xff) == SQLITE_CANTOPEN;
}

bool SqliteFailure::corrupt() const
{
    const int primary = code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

GeoPackageWrite::GeoPackageWrite(const QString &file)
{
    const int opened =
        sqlite3_open_v2(file.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
    if (opened != SQLITE_OK) {
        const SqliteFailure failure{opened, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                                 : QString::fromUtf8(sqlite3_errstr(opened))};
        sqlite3_close(m_db);
        m_db = nullptr;
        throw failure;
    }
    sqlite3_extended_result_codes(m_db, 1);
    // As GDAL's connections to the store wait (gdalsupport.cpp): a writer
    // holding the file gets two seconds before the store counts as locked.
    sqlite3_busy_timeout(m_db, 2000);
    try {
        exec("BEGIN IMMEDIATE");
        m_open = true;
        m_hasOgrContents = hasTable("gpkg_ogr_contents");
        m_hasExtensions = hasTable("gpkg_extensions");
    } catch (...) {
        if (m_open)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(m_db);
        throw;
    }
}

GeoPackageWrite::~GeoPackageWrite()
{
    if (m_open)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(m_db);
}

void GeoPackageWrite::raise() const
{
    throw SqliteFailure{sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db))};
}

bool GeoPackageWrite::hasTable(const char *name)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                           -1, &statement, nullptr) != SQLITE_OK)
        raise();
    sqlite3_bind_text(statement, 1, name, -1, SQLITE_STATIC);
    const bool found = sqlite3_step(statement) == SQLITE_ROW;
    sqlite3_finalize(statement);
    return found;
}

void GeoPackageWrite::exec(const QByteArray &sql)
{
    if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        raise();
}

QList<std::pair<QString, std::optional<qint64>>>
GeoPackageWrite::readColumns(const char *table, const char *key, const char *value)
{
    QList<std::pair<QString, std::optional<qint64>>> out;
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql =
        "SELECT " + quotedName(key) + ", " + quotedName(value) + " FROM " + quotedName(table);
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
        raise();
    int step = SQLITE_OK;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        std::optional<qint64> number;
        if (sqlite3_column_type(statement, 1) != SQLITE_NULL)
            number = sqlite3_column_int64(statement, 1);
        out.append({QString::fromUtf8(text, sqlite3_column_bytes(statement, 0)), number});
    }
    sqlite3_finalize(statement);
    if (step != SQLITE_DONE)
        raise();
    return out;
}

GeoPackageWrite::Table &GeoPackageWrite::prepare(const QByteArray &table)
{
    auto it = m_tables.find(table);
    if (it != m_tables.end())
        return *it;
    Table entry;
    sqlite3_stmt *statement = nullptr;
    // Triggers that run per row: GDAL's feature count, and the R-tree's,
    // which call GDAL's SQL functions (ST_MinX ...) that a plain SQLite
    // connection does not have.
    const QByteArray rtree = "rtree_" + table + '_';
    const QByteArray sql =
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = " +
        quotedText(table);
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
        raise();
    QList<QByteArray> names;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const QByteArray name(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        const QByteArray create(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1)));
        if (name.startsWith("trigger_insert_feature_count_") ||
            name.startsWith("trigger_delete_feature_count_")) {
            entry.triggers.append(create);
            names.append(name);
        } else if (name.startsWith(rtree)) {
            names.append(name); // GDAL makes them again with the index
        }
    }
    sqlite3_finalize(statement);
    for (const QByteArray &name : std::as_const(names))
        exec("DROP TRIGGER " + quotedName(name));

    // The R-tree: dropped with its registration, the GeoPackage way of
    // having none; GDAL's CreateSpatialIndex() builds it again in bulk.
    const QByteArray columns =
        "SELECT column_name FROM gpkg_geometry_columns WHERE lower(table_name) = lower(" +
        quotedText(table) + ')';
    if (sqlite3_prepare_v2(m_db, columns.constData(), -1, &statement, nullptr) != SQLITE_OK)
        raise();
    QList<QByteArray> geometryColumns;
    while (sqlite3_step(statement) == SQLITE_ROW)
        geometryColumns.append(
            QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
    sqlite3_finalize(statement);
    entry.spatial = !geometryColumns.isEmpty();
    for (const QByteArray &column : std::as_const(geometryColumns)) {
        exec("DROP TABLE IF EXISTS " + quotedName("rtree_" + table + '_' + column));
        if (m_hasExtensions)
            exec("DELETE FROM gpkg_extensions WHERE lower(table_name) = lower(" +
                 quotedText(table) + ") AND lower(column_name) = lower(" + quotedText(column) +
                 ") AND extension_name = 'gpkg_rtree_index'");
    }
    return *m_tables.insert(table, entry);
}

void GeoPackageWrite::clear(const char *table)
{
    Table &entry = prepare(table);
    exec("DELETE FROM " + quotedName(table));
    entry.cleared = true;
    entry.hasExtent = false;
}

GeoPackageWrite::Insert GeoPackageWrite::insert(const char *table, const QList<QByteArray> &columns)
{
    return Insert(*this, table, columns);
}

GeoPackageWrite::Insert::Insert(GeoPackageWrite &write, const QByteArray &table,
                                const QList<QByteArray> &columns)
    : m_write(&write), m_table(table), m_texts(size_t(columns.size()))
{
    const Table &entry = write.prepare(table);
    if (entry.spatial) {
        sqlite3_stmt *statement = nullptr;
        const QByteArray sql =
            "SELECT srs_id FROM gpkg_geometry_columns WHERE lower(table_name) = lower(" +
            quotedText(table) + ')';
        if (sqlite3_prepare_v2(write.m_db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
            write.raise();
        if (sqlite3_step(statement) == SQLITE_ROW)
            m_srsId = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
    }
    QByteArray names, places;
    for (const QByteArray &column : columns) {
        names += (names.isEmpty() ? "" : ", ") + quotedName(column);
        places += places.isEmpty() ? "?" : ", ?";
    }
    const QByteArray sql =
        "INSERT INTO " + quotedName(table) + " (" + names + ") VALUES (" + places + ')';
    if (sqlite3_prepare_v2(write.m_db, sql.constData(), -1, &m_statement, nullptr) != SQLITE_OK)
        write.raise();
}

GeoPackageWrite::Insert::Insert(Insert &&other) noexcept
    : m_write(other.m_write), m_table(std::move(other.m_table)),
      m_statement(std::exchange(other.m_statement, nullptr)), m_texts(std::move(other.m_texts)),
      m_blob(std::move(other.m_blob)), m_srsId(other.m_srsId),
      m_encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless)
{
}

GeoPackageWrite::Insert::~Insert()
{
    sqlite3_finalize(m_statement);
}

void GeoPackageWrite::Insert::text(int column, const QString &value)
{
    if (value.isEmpty()) {
        sqlite3_bind_null(m_statement, column + 1);
        return;
    }
    // Into the column's own buffer, which keeps its room from row to row.
    QByteArray &utf8 = m_texts[size_t(column)];
    utf8.resize(m_encoder.requiredSpace(value.size()));
    const char *end = m_encoder.appendToBuffer(utf8.data(), value);
    sqlite3_bind_text(m_statement, column + 1, utf8.constData(), int(end - utf8.constData()),
                      SQLITE_STATIC);
}

void GeoPackageWrite::Insert::integer(int column, std::optional<qint64> value)
{
    if (value)
        sqlite3_bind_int64(m_statement, column + 1, *value);
    else
        sqlite3_bind_null(m_statement, column + 1);
}

void GeoPackageWrite::Insert::point(int column, const GeoPoint &position)
{
    if (!position.isValid()) {
        sqlite3_bind_null(m_statement, column + 1);
        return;
    }
    // A GeoPackage geometry: the "GP" header (version 0, little-endian, no
    // envelope: a point is its own), the SRS id, then the point as WKB.
    m_blob.resize(8 + 21);
    char *out = m_blob.data();
    out[0] = 'G';
    out[1] = 'P';
    out[2] = 0;
    out[3] = 0x01;
    qToLittleEndian<qint32>(m_srsId, out + 4);
    out[8] = 0x01;
    qToLittleEndian<quint32>(1, out + 9); // wkbPoint
    qToLittleEndian<double>(position.longitude, out + 13);
    qToLittleEndian<double>(position.latitude, out + 21);
    sqlite3_bind_blob(m_statement, column + 1, m_blob.constData(), int(m_blob.size()),
                      SQLITE_STATIC);
    Table &entry = m_write->m_tables[m_table];
    if (!entry.hasExtent) {
        entry.west = entry.east = position.longitude;
        entry.south = entry.north = position.latitude;
        entry.hasExtent = true;
    } else {
        entry.west = std::min(entry.west, position.longitude);
        entry.east = std::max(entry.east, position.longitude);
        entry.south = std::min(entry.south, position.latitude);
        entry.north = std::max(entry.north, position.latitude);
    }
}

void GeoPackageWrite::Insert::run()
{
    const int step = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (step != SQLITE_DONE) {
        // The message of the failed step; reset has it too, with the code.
        throw SqliteFailure{sqlite3_extended_errcode(m_write->m_db),
                            QString::fromUtf8(sqlite3_errmsg(m_write->m_db))};
    }
}

void GeoPackageWrite::commit()
{
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
        const QByteArray table = quotedText(it.key());
        if (m_hasOgrContents)
            exec("UPDATE gpkg_ogr_contents SET feature_count = (SELECT count(*) FROM " +
                 quotedName(it.key()) + ") WHERE lower(table_name) = lower(" + table + ')');
        QByteArray extent;
        if (it->spatial && it->hasExtent) {
            const auto number = [](double v) { return QByteArray::number(v, 'g', 17); };
            // A cleared table's extent is that of its new rows; otherwise it grows.
            if (it->cleared)
                extent = ", min_x = " + number(it->west) + ", min_y = " + number(it->south) +
                         ", max_x = " + number(it->east) + ", max_y = " + number(it->north);
            else
                extent = ", min_x = min(coalesce(min_x, " + number(it->west) + "), " +
                         number(it->west) + "), min_y = min(coalesce(min_y, " + number(it->south) +
                         "), " + number(it->south) + "), max_x = max(coalesce(max_x, " +
                         number(it->east) + "), " + number(it->east) +
                         "), max_y = max(coalesce(max_y, " + number(it->north) + "), " +
                         number(it->north) + ')';
        } else if (it->spatial && it->cleared) {
            extent = ", min_x = NULL, min_y = NULL, max_x = NULL, max_y = NULL";
        }
        exec("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')" +
             extent + " WHERE lower(table_name) = lower(" + table + ')');
        for (const QByteArray &trigger : it->triggers)
            exec(trigger);
    }
    exec("COMMIT");
    m_open = false;
}

} // namespace stadtplan
