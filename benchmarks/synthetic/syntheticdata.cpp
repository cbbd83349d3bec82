#include "syntheticdata.h"

#include <QRandomGenerator>

#include <array>
#include <cmath>
#include <numbers>

namespace stadtplan::synthetic {

namespace {

struct Town
{
    const char *name;
    const char *postcode; // the first three digits of its postcodes
    double latitude, longitude;
    int population; // thousands, rounded
};

// Town centres (rounded) and populations, rounded, of the 30 largest towns of NRW.
constexpr Town Towns[] = {
    {"Köln", "509", 50.938, 6.960, 1080},      {"Düsseldorf", "402", 51.225, 6.776, 620},
    {"Dortmund", "441", 51.514, 7.466, 590},   {"Essen", "451", 51.456, 7.012, 580},
    {"Duisburg", "470", 51.435, 6.763, 500},   {"Bochum", "447", 51.482, 7.216, 365},
    {"Wuppertal", "421", 51.256, 7.150, 355},  {"Bielefeld", "336", 52.021, 8.533, 335},
    {"Bonn", "531", 50.734, 7.099, 330},       {"Münster", "481", 51.961, 7.626, 320},
    {"Mönchengladbach", "410", 51.186, 6.443, 260}, {"Gelsenkirchen", "458", 51.518, 7.086, 260},
    {"Aachen", "520", 50.776, 6.084, 250},     {"Krefeld", "477", 51.339, 6.586, 228},
    {"Oberhausen", "460", 51.470, 6.852, 210}, {"Hagen", "580", 51.367, 7.463, 190},
    {"Hamm", "590", 51.681, 7.816, 180},       {"Mülheim an der Ruhr", "454", 51.427, 6.883, 170},
    {"Leverkusen", "513", 51.046, 7.019, 165}, {"Solingen", "426", 51.171, 7.083, 160},
    {"Herne", "446", 51.538, 7.225, 157},      {"Neuss", "414", 51.200, 6.693, 155},
    {"Paderborn", "331", 51.719, 8.754, 152},  {"Bottrop", "462", 51.524, 6.929, 117},
    {"Recklinghausen", "456", 51.614, 7.197, 111}, {"Bergisch Gladbach", "514", 50.992, 7.136, 111},
    {"Remscheid", "428", 51.179, 7.190, 112},  {"Moers", "474", 51.451, 6.626, 104},
    {"Siegen", "570", 50.875, 8.024, 102},     {"Gütersloh", "333", 51.906, 8.378, 101},
};

const char *const Streets[] = {"Hauptstraße", "Bahnhofstraße", "Schulstraße", "Kirchstraße", "Gartenstraße",
                               "Marktplatz", "Lindenallee", "Am Rathaus", "Friedensstraße", "Jahnplatz",
                               "Ringstraße", "Bergstraße", "Mühlenweg", "Goethestraße", "Schillerstraße"};
const char *const Kinds[] = {"Beratungsstelle", "Treffpunkt", "Bildungszentrum", "Servicebüro", "Familienzentrum",
                             "Sprachschule", "Jugendhaus", "Begegnungsstätte"};
const char *const Carriers[] = {"Caritasverband", "Diakonie", "AWO", "DRK-Kreisverband", "Stadt", "Volkshochschule",
                                "Paritätischer", "Migrantenselbstorganisation", "Jugendmigrationsdienst"};
const char *const Hours[] = {"Mo-Fr 09:00-16:00", "Mo,We 10:00-12:00; Th 14:00-18:00", "Tu-Th 13:00-17:00",
                             "Mo-Fr 08:00-12:00; PH off", "Sa 10:00-14:00"};
const char *const Languages[] = {"de", "en", "tr", "ar", "fa", "ru", "uk", "pl", "ro", "bg", "ku", "ti"};

// A normal deviate by Box and Muller: towns thin out from their centres.
double gaussian(QRandomGenerator &random)
{
    const double u = std::max(random.generateDouble(), 1e-12), v = random.generateDouble();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * v);
}

template <typename T, std::size_t N> const T &pick(QRandomGenerator &random, const T (&from)[N])
{
    return from[random.bounded(static_cast<quint32>(N))];
}

QStringList sample(QRandomGenerator &random, const QStringList &from, int atMost)
{
    QStringList out;
    const int n = 1 + int(random.bounded(quint32(std::max(1, atMost))));
    for (int k = 0; k < n && !from.isEmpty(); ++k) {
        const QString &v = from.at(int(random.bounded(quint32(from.size()))));
        if (!out.contains(v))
            out.append(v);
    }
    return out;
}

// A town in proportion to its population, and a place in or around it (one
// in twenty out in the country; bigger towns spread wider).
std::pair<const Town *, GeoPoint> place(QRandomGenerator &random)
{
    static const int totalPopulation = [] {
        int sum = 0;
        for (const Town &t : Towns)
            sum += t.population;
        return sum;
    }();
    int ticket = int(random.bounded(quint32(totalPopulation)));
    const Town *town = &Towns[0];
    for (const Town &t : Towns) {
        town = &t;
        if ((ticket -= t.population) < 0)
            break;
    }
    const bool rural = random.bounded(20) == 0;
    const double spreadKm = rural ? 25.0 : 1.2 + 4.0 * std::sqrt(town->population / 1000.0);
    const double dLat = gaussian(random) * spreadKm / 111.2;
    const double dLon = gaussian(random) * spreadKm / (111.2 * std::cos(town->latitude * std::numbers::pi / 180.0));
    return {town, GeoPoint{town->latitude + dLat, town->longitude + dLon}};
}

} // namespace

std::vector<GeoPoint> positions(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<GeoPoint> out;
    out.reserve(std::size_t(std::max(0, count)));
    for (int n = 0; n < count; ++n)
        out.push_back(place(random).second);
    return out;
}

QList<Institution> institutions(int count, quint32 seed, const Taxonomy &taxonomy)
{
    QRandomGenerator random(seed);
    QStringList focus, groups, types, languages;
    for (const FocusArea &f : taxonomy.focusAreas())
        focus.append(f.id);
    for (const TargetGroup &g : taxonomy.targetGroups())
        groups.append(g.id);
    for (const InstitutionType &t : taxonomy.institutionTypes())
        types.append(t.id);
    for (const char *code : Languages)
        languages.append(QString::fromLatin1(code));
    QList<Institution> out;
    out.reserve(count);
    for (int n = 0; n < count; ++n) {
        const auto [town, position] = place(random);

        Institution i;
        const QString number = QString::number(n + 1);
        const QString city = QString::fromUtf8(town->name);
        i.id = QStringLiteral("synthetic-") + number;
        i.name = QStringLiteral("%1 %2 %3").arg(QString::fromUtf8(pick(random, Kinds)), city, number);
        i.description = QStringLiteral("Synthetic record %1 for load tests; not a real institution.").arg(number);
        // One Träger per carrier and town, the same in every record that names it.
        const auto townIndex = town - Towns;
        const auto carrierIndex = random.bounded(quint32(std::size(Carriers)));
        i.organisation = {QStringLiteral("synthetic-org-%1-%2").arg(townIndex).arg(carrierIndex),
                          QString::fromUtf8(Carriers[carrierIndex]) + QLatin1Char(' ') + city,
                          types.isEmpty() ? QString() : types.at(int((townIndex + carrierIndex) % types.size())),
                          QStringLiteral("https://example.org/traeger/%1-%2").arg(townIndex).arg(carrierIndex)};
        i.address = {QString::fromUtf8(pick(random, Streets)), QString::number(1 + random.bounded(120)),
                     QString::fromLatin1(town->postcode) + QString::number(10 + random.bounded(90)), city};
        i.position = position;
        i.positionSource = PositionSource::Estimated;
        i.stepFree = random.bounded(3) == 0 ? StepFree::Unknown : (random.bounded(2) ? StepFree::Yes : StepFree::No);
        i.source = QStringLiteral("synthetic");
        i.sourceId = number;
        const int services = 1 + int(random.bounded(3));
        for (int s = 0; s < services; ++s) {
            Service service;
            service.id = i.id + QLatin1Char('-') + QString::number(s + 1);
            service.focusAreas = sample(random, focus, 2);
            service.name = QStringLiteral("Angebot %1 (%2)").arg(s + 1).arg(service.focusAreas.first());
            service.description = QStringLiteral("Synthetic offer.");
            service.targetGroups = sample(random, groups, 3);
            service.languages = sample(random, languages, 4);
            service.contact = {QStringLiteral("+49 %1 %2").arg(200 + random.bounded(700)).arg(100000 + random.bounded(900000)),
                               QStringLiteral("kontakt%1@example.org").arg(number),
                               QStringLiteral("https://example.org/angebot/%1-%2").arg(number).arg(s + 1)};
            service.openingHours = QString::fromLatin1(pick(random, Hours));
            service.cost = random.bounded(4) == 0 ? QStringLiteral("5 EUR") : QStringLiteral("free");
            service.referralRequired = random.bounded(5) == 0;
            // Every third offer each: from the numbers, not the generator, so
            // the rest of the data stays what earlier builds generated.
            service.appointment = std::array{Appointment::Needed, Appointment::WalkIn,
                                             Appointment::Unknown}[(n + s) % 3];
            service.status = random.bounded(25) == 0 ? ServiceStatus::TemporarilyClosed : ServiceStatus::Active;
            service.lastVerified = QDate(2025, 1, 1).addDays(random.bounded(600));
            i.services.append(service);
        }
        out.append(i);
    }
    return out;
}

} // namespace stadtplan::synthetic
