#pragma once

#include "addresslayer.h"
#include "cityprofile.h"
#include "fieldmapping.h"
#include "geopoint.h"
#include "institution.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <array>
#include <optional>

namespace stadtplan {

// An offline address gazetteer: street, house number, optional postcode and
// a position, read through OGR from any table (e.g. a city's house
// coordinates as CSV in EPSG:25832). The importer places records with it;
// the app and stadtplan-query find a client's address with it, offering the
// closest entries when the address as typed is not there.
class AddressGazetteer
{
public:
    struct Match
    {
        Address address;
        GeoPoint position;
        bool exact = false; // the address asked for, not a close one
        // A street typed without a number: the street's middle (exact, and
        // `address` has no house number).
        bool street = false;
        // The street as typed, when it was one letter off and this street
        // alone is that close (exact all the same).
        QString typedStreet = {};
        // A postcode or town typed that is not this address's (not exact:
        // the address is offered, the difference said).
        QString wrongPostcode = {};
        QString wrongCity = {};
    };

    // Reads `path` (columns named as `mapping` knows them: street, house
    // number, postcode, and a point geometry, x/y or latitude/longitude);
    // `sourceCrs` is used when the table names no CRS. Nothing with
    // `problem` set when it cannot be used; `unusable` counts entries skipped
    // for lack of a position.
    static std::optional<AddressGazetteer> read(const QString &path, const FieldMapping &mapping,
                                                const QString &sourceCrs, QString *problem,
                                                int *unusable = nullptr);

    // What reading a list came to, for the report.
    struct ListDetails
    {
        QList<std::pair<QString, QString>> columns; // field -> the column taken, in field order
        QString crs;             // the coordinate system of the positions
        bool crsGuessed = false; // the list names none: the one its positions lie in the city with
        int unusable = 0;        // rows without a street or a usable position
        int outside = 0;         // rows whose position lies outside the city, left out
        qsizetype rows = 0;      // rows read
    };
    // A city's house-coordinates list as published: CSV (semicolon or
    // comma), zipped or not, GeoJSON, GeoPackage, any table OGR reads. Its
    // columns are taken as `mapping` names them, else by the names official
    // lists use (STN/Straßenname, HNR/Hausnummer, ADZ/Hausnummerzusatz – the
    // suffix is added to the number –, PLZ, ONM/Ort, Rechtswert/Ostwert/EAST,
    // Hochwert/Nordwert/NORTH, lat/lon). Positions are in the list's own
    // coordinate system, else `sourceCrs`, else, for easting/northing, the
    // one of the city's usual systems (its metric one, UTM 32/33 with and
    // without zone, Gauß-Krüger) in which they lie in the city. With `city`,
    // rows outside its bounds are left out and counted.
    static std::optional<AddressGazetteer> readList(const QString &path,
                                                    const FieldMapping &mapping,
                                                    const QString &sourceCrs,
                                                    const CityProfile *city, QString *problem,
                                                    ListDetails *details = nullptr);
    // Every entry, as the store keeps them.
    std::vector<addresses::Entry> entries() const;

    // The gazetteer that goes with a store: STADTPLAN_GAZETTEER, else a file
    // named like the store with "-addresses.csv", ".gpkg" or ".geojson"
    // beside it ("stadtplan.gpkg" -> "stadtplan-addresses.csv"); empty when
    // there is none.
    static QString besideStore(const QString &store);

    // The store's own gazetteer (its "addresses" layer); nothing with
    // `problem` set when the store cannot be read, and nothing with `problem`
    // empty when it has none.
    static std::optional<AddressGazetteer> fromStore(const QString &store, QString *problem);

    // The gazetteer the app and every tool use for a store: `file` when one is
    // given, else a file beside the store (besideStore()), else the store's
    // own. Nothing, with `problem` empty, when there is none at all; nothing
    // with `problem` set when the one chosen cannot be used. `from` says which
    // was used (the file's path or the store's location).
    static std::optional<AddressGazetteer> forStore(const QString &store, const QString &file,
                                                    const FieldMapping &mapping, QString *problem,
                                                    QString *from = nullptr);

    // The file's name, which geocoded records are marked with.
    QString name() const { return m_name; }
    // When its data was taken (ISO 8601 date); empty when unknown.
    QString dataDate() const { return m_dataDate; }
    qsizetype size() const { return m_entries.size(); }

    void insert(const Address &address, const GeoPoint &position);

    // The position of exactly this address (the postcode decides when the
    // street and number are in several places), or nothing.
    std::optional<GeoPoint> find(const Address &address) const;
    // True when street and number are in several places and no postcode tells which.
    bool isAmbiguous(const Address &address) const;

    // "Niederwall 23, 33602 Bielefeld" -> street, number, postcode, city; as
    // people type it too: "Niederwall 23 Bielefeld", "Detmolder Str.29",
    // "Niederwall Nr. 23", "Am Bach 3-5", "33602 Bielefeld, Niederwall 23a".
    static Address parse(const QString &text);
    // The address typed in `text`: the exact entry alone when there is one
    // (of a range "29-31" the first number; a street typed with one letter
    // off when this street alone is that close; a street without a number:
    // its middle); an entry whose postcode or town differs from the one
    // typed, with the difference said; else up to `limit` close ones, nearest
    // spelling first, and on the same street the nearest house numbers
    // first. Empty when nothing is close. `town`: where entries that name no
    // town lie (the city's name), to tell a town typed that is another.
    // Under a millisecond at 100,000 addresses.
    QList<Match> lookup(const QString &text, int limit = 5, const QString &town = {}) const;

private:
    struct Entry
    {
        Address address;
        GeoPoint position;
        int number = 0; // the house number's digits, for "nearest number"
    };
    static QString streetKey(const QString &street);
    // Street and number (and postcode) reduced for comparison.
    static QString addressKey(const Address &address, bool withPostcode);
    std::optional<qsizetype> findIndex(const Address &address) const;
    // Whether two town names are the same town ("Bielefeld", "bielefeld",
    // "Bielefeld-Mitte").
    static bool sameTown(const QString &a, const QString &b);
    // The exact entry of `asked` on the street `streetKey` (the number as
    // typed, else the first of a range), as a Match; nothing when there is none.
    std::optional<Match> exactMatch(const Address &asked, const QString &town) const;
    Match streetMiddle(const QString &streetKey) const;

    QString m_name;
    QString m_dataDate;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_withPostcode;    // normalised address with postcode -> entry
    QHash<QString, qsizetype> m_withoutPostcode; // normalised street and number -> entry
    // Street and number found in several places (Bielefeld merged towns in
    // 1973 and kept their street names): only the postcode tells them apart.
    QSet<QString> m_ambiguous;
    struct Street
    {
        QList<qsizetype> entries; // its addresses
        // Folded without "straße" shortened, where a typo in "straße"
        // itself ("Schwalbentraße") is one letter off.
        QString spelled;
        // As written, in lower case, letters and digits only: where a
        // letter with an umlaut left out ("Rosenhhe") is one letter off.
        QString written;
        // How often each letter occurs in the key: half the difference of
        // two such counts is at most the edit distance, so most streets are
        // ruled out without computing it.
        std::array<quint8, 32> letters{};
    };
    QHash<QString, Street> m_streets; // street key -> the street
    static std::array<quint8, 32> letterCounts(const QString &key);
    static QString writtenKey(const QString &street);
};

} // namespace stadtplan
