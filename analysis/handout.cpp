#include "handout.h"

#include "clock.h"
#include "coverage.h" // AnalysisError
#include "geodesy.h"
#include "pdfoutput.h"
#include "printmap.h"
#include "servicefinder.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTranslator>
#include <cmath>
#include <memory>
#include <numbers>

namespace stadtplan {

namespace {

using printmap::font;
using printmap::mm;
constexpr double UnitsPerMm = basemap::PdfOutput::UnitsPerMillimetre;

// The handout's labels, in English as written here; lupdate collects them
// into i18n/ and the translators give them in every UI language.
struct Label
{
    static constexpr const char *title = QT_TRANSLATE_NOOP("Handout", "Help and advice near you");
    static constexpr const char *asOf = QT_TRANSLATE_NOOP("Handout", "As of %1");
    static constexpr const char *yourAddress = QT_TRANSLATE_NOOP("Handout", "Your address");
    static constexpr const char *address = QT_TRANSLATE_NOOP("Handout", "Address");
    static constexpr const char *distance = QT_TRANSLATE_NOOP("Handout", "Distance");
    static constexpr const char *onFoot = QT_TRANSLATE_NOOP("Handout", "on foot");
    static constexpr const char *hours = QT_TRANSLATE_NOOP("Handout", "Opening hours");
    static constexpr const char *unknown = QT_TRANSLATE_NOOP("Handout", "unknown");
    static constexpr const char *appointment = QT_TRANSLATE_NOOP("Handout", "Appointment");
    static constexpr const char *appointmentNeeded = QT_TRANSLATE_NOOP("Handout", "needed");
    static constexpr const char *walkIn = QT_TRANSLATE_NOOP("Handout", "walk-in, no appointment needed");
    static constexpr const char *phone = QT_TRANSLATE_NOOP("Handout", "Phone");
    static constexpr const char *email = QT_TRANSLATE_NOOP("Handout", "E-mail");
    static constexpr const char *website = QT_TRANSLATE_NOOP("Handout", "Website");
    static constexpr const char *languages = QT_TRANSLATE_NOOP("Handout", "Languages spoken");
    static constexpr const char *stop = QT_TRANSLATE_NOOP("Handout", "Nearest stop");
    static constexpr const char *estimated = QT_TRANSLATE_NOOP(
        "Handout", "* The position on the map is estimated; the address is right.");
};

// One language's labels through its translator (English: the sources).
class Labels
{
public:
    explicit Labels(const QString &language)
        : m_language(language), m_translator(uiTranslator(language))
    {
        if (language != u"en" && !m_translator)
            throw AnalysisError(QStringLiteral("no translations for the language '%1'; the handout "
                                               "speaks: %2")
                                    .arg(language, codes()));
    }
    QString operator()(const char *source) const
    {
        const QString t = m_translator ? m_translator->translate("Handout", source) : QString();
        return t.isEmpty() ? QString::fromUtf8(source) : t;
    }
    bool rightToLeft() const
    {
        const UiLanguage *l = uiLanguage(m_language);
        return l && l->rightToLeft;
    }
    QString language() const { return m_language; }

private:
    static QString codes()
    {
        QStringList out;
        for (const UiLanguage &l : uiLanguages())
            out.append(l.code);
        return out.join(QStringLiteral(", "));
    }
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
};

QString distanceText(double metres)
{
    const QLocale german(QLocale::German);
    return metres < 1000 ? QStringLiteral("%1 m").arg(qRound(metres / 10) * 10)
                         : QStringLiteral("%1 km").arg(german.toString(metres / 1000.0, 'f', 1));
}

struct Stop
{
    QString name;
    GeoPoint position;
};

} // namespace

HandoutResult printHandout(const QString &store, const QList<Institution> &institutions,
                           const Taxonomy &taxonomy, const HandoutOptions &options)
{
    using namespace basemap;
    const Labels german(QStringLiteral("de"));
    const Labels client(options.language);
    if (institutions.isEmpty())
        throw AnalysisError(QStringLiteral("the shortlist is empty; nothing to print"));

    // Nearest first from the client's address; else as chosen.
    struct Entry
    {
        const Institution *institution;
        std::optional<double> metres;
    };
    QList<Entry> entries;
    for (const Institution &i : institutions) {
        std::optional<double> metres;
        if (options.from && i.position.isValid())
            metres = Geodesy::distanceMetres(*options.from, i.position);
        entries.append({&i, metres});
    }
    if (options.from)
        std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
            return a.metres.value_or(1e12) < b.metres.value_or(1e12);
        });

    const std::optional<BasemapData> basemapData = printmap::loadBasemap(store);
    QList<Stop> stops;
    if (basemapData)
        for (const Feature &f : basemapData->features())
            if (f.theme == Theme::Stops && !f.name.isEmpty() && !f.parts.isEmpty() &&
                !f.parts.first().isEmpty())
                stops.append({f.name, fromMercator(f.parts.first().first())});

    const std::unique_ptr<PdfOutput> output = printmap::openPdf(
        options.output, QPageSize::A4, false, QStringLiteral("%1 · %2").arg(german(Label::title), client(Label::title)));
    HandoutResult result;
    {
        QPdfWriter &pdf = output->writer();
        const QSizeF page = output->pageMillimetres();
        QPainter painter(&pdf);
        if (!painter.isActive())
            throw AnalysisError(QStringLiteral("cannot start the PDF %1")
                                    .arg(QDir::toNativeSeparators(options.output)));
        const QColor ink(0x1f, 0x1f, 0x1f), grey(0x55, 0x55, 0x55);
        const double margin = 14;
        const double width = page.width() - 2 * margin;
        const Qt::Alignment clientSide =
            Qt::AlignRight | Qt::AlignAbsolute; // right also when laid out right-to-left
        const auto clientText = [&](const QRectF &rMm, const QString &text, const QFont &f,
                                    Qt::Alignment vertical) {
            // The client's language on the outer (right) side; right-to-left scripts laid out as
            // such.
            painter.save();
            painter.setLayoutDirection(client.rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
            painter.setFont(f);
            painter.drawText(
                QRectF(mm(rMm.left()), mm(rMm.top()), mm(rMm.width()), mm(rMm.height())),
                int(clientSide | vertical | Qt::TextWordWrap), text);
            painter.restore();
        };
        // The client's address: a dark square with a white dot, `half` mm from its
        // centre to its sides.
        const auto drawClientSymbol = [&](const QPointF &atMm, double half) {
            painter.save();
            painter.setPen(QPen(Qt::white, mm(half * 0.16)));
            painter.setBrush(ink);
            painter.drawRect(QRectF(mm(atMm.x() - half), mm(atMm.y() - half), mm(2 * half),
                                    mm(2 * half)));
            painter.setBrush(Qt::white);
            painter.drawEllipse(QPointF(mm(atMm.x()), mm(atMm.y())), mm(half * 0.41),
                                mm(half * 0.41));
            painter.restore();
        };
        const auto text = [&](const QRectF &rMm, const QString &t, const QFont &f, int flags) {
            painter.setFont(f);
            painter.drawText(
                QRectF(mm(rMm.left()), mm(rMm.top()), mm(rMm.width()), mm(rMm.height())), flags, t);
        };

        // Head: the title in German on the left, in the client's language on the right.
        const QString date = options.date.isEmpty()
                                 ? QLocale(QLocale::German)
                                       .toString(clock::today(), QStringLiteral("d.M.yyyy"))
                                 : options.date;
        painter.setPen(ink);
        // The title in each language as large as fits half the width.
        const auto titleFont = [&](const QString &title) {
            double size = 5.2;
            while (size > 3.0 &&
                   QFontMetricsF(font(size, true)).horizontalAdvance(title) > mm(width / 2 - 3))
                size -= 0.2;
            return font(size, true);
        };
        const QFont smallFont = font(2.9);
        text(QRectF(margin, margin, width / 2, 8), german(Label::title),
             titleFont(german(Label::title)), Qt::AlignLeft | Qt::AlignVCenter);
        if (client.language() != u"de")
            clientText(QRectF(margin + width / 2, margin, width / 2, 8), client(Label::title),
                       titleFont(client(Label::title)), Qt::AlignVCenter);
        painter.setPen(grey);
        QString sub = german(Label::asOf).arg(date);
        if (!options.city.isEmpty())
            sub = options.city + QStringLiteral(" · ") + sub;
        text(QRectF(margin, margin + 8, width / 2, 5), sub, smallFont,
             Qt::AlignLeft | Qt::AlignVCenter);
        if (client.language() != u"de")
            clientText(QRectF(margin + width / 2, margin + 8, width / 2, 5),
                       client(Label::asOf).arg(date), smallFont, Qt::AlignVCenter);

        // The map excerpt: the institutions and the client's address.
        const QRectF frame(margin, margin + 16, width, 74);
        QList<GeoPoint> points;
        for (const Entry &e : entries)
            if (e.institution->position.isValid())
                points.append(e.institution->position);
        if (options.from)
            points.append(*options.from);
        if (!points.isEmpty()) {
            QRectF extent = printmap::extentAround(points, 1200, 0.12);
            const MapView view =
                printmap::drawMap(painter, frame, extent, basemapData, {}, {}, 1.0);
            painter.setPen(QPen(QColor(0x6a, 0x6a, 0x6a), mm(0.2)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(
                QRectF(mm(frame.left()), mm(frame.top()), mm(frame.width()), mm(frame.height())));
            QList<QPointF> placed;
            if (options.from) {
                // The client's address: a dark square with a white dot, and its label.
                const QPointF at = printmap::placeMarker(
                    placed, printmap::toPage(view, frame, *options.from), 2.4, frame);
                drawClientSymbol(at, 2.2);
            }
            const QFont numberFont = font(2.6, true);
            for (qsizetype k = 0; k < entries.size(); ++k) {
                const Institution &i = *entries[k].institution;
                if (!i.position.isValid())
                    continue;
                const QPointF at = printmap::placeMarker(
                    placed, printmap::toPage(view, frame, i.position), 2.6, frame);
                const QStringList focus = i.focusAreas();
                const FocusArea *fa = focus.isEmpty() ? nullptr : taxonomy.focusArea(focus.first());
                printmap::drawNumberedMarker(painter, at, 2.6,
                                             QColor(fa ? fa->colour : QStringLiteral("#555555")),
                                             int(k + 1), numberFont);
            }
            // Below the map: the client's address, the scale, the credit.
            const GeoPoint centre = fromMercator(extent.center());
            const double groundPerMm = extent.width() / frame.width() *
                                       std::cos(centre.latitude * std::numbers::pi / 180.0);
            painter.setPen(ink);
            painter.setFont(smallFont);
            drawScaleBar(painter, frame.left(), frame.bottom() + 4, groundPerMm, 30);
            painter.setPen(grey);
            text(QRectF(frame.left(), frame.bottom() + 1.5, frame.width(), 5),
                 basemapData ? basemapData->attribution() : QString(), smallFont,
                 Qt::AlignRight | Qt::AlignVCenter);
            if (options.from && !options.fromLabel.isEmpty()) {
                // The key: the map's symbol for the address (drawn, so that no
                // font needs to have it), then the address.
                painter.setPen(ink);
                drawClientSymbol(QPointF(frame.left() + 46.2, frame.bottom() + 4), 1.2);
                text(QRectF(frame.left() + 48.5, frame.bottom() + 1.5, frame.width() - 93.5, 5),
                     QStringLiteral("%1: %2").arg(german(Label::yourAddress), options.fromLabel),
                     smallFont, Qt::AlignLeft | Qt::AlignVCenter);
                if (client.language() != u"de") {
                    const QString line =
                        QStringLiteral("%1: %2").arg(client(Label::yourAddress), options.fromLabel);
                    // The symbol where the client's line starts: on the right of a
                    // right-to-left line, on the left of a left-to-right one.
                    const double lineWidth =
                        std::min(QFontMetricsF(smallFont).horizontalAdvance(line) / UnitsPerMm,
                                 frame.width() / 2 - 3.5);
                    const double right = frame.right();
                    if (client.rightToLeft()) {
                        drawClientSymbol(QPointF(right - 1.2, frame.bottom() + 8.5), 1.2);
                        clientText(QRectF(frame.left() + frame.width() / 2, frame.bottom() + 6,
                                          frame.width() / 2 - 3.5, 5),
                                   line, smallFont, Qt::AlignVCenter);
                    } else {
                        drawClientSymbol(QPointF(right - lineWidth - 3.5 + 1.2, frame.bottom() + 8.5),
                                         1.2);
                        clientText(QRectF(frame.left() + frame.width() / 2, frame.bottom() + 6,
                                          frame.width() / 2, 5),
                                   line, smallFont, Qt::AlignVCenter);
                    }
                }
            }
        }

        // The list: per institution a name line, then label | value | label rows.
        const QFont nameFont = font(3.6, true), labelFont = font(2.8), valueFont = font(3.1);
        const double labelWidth = 38, valueLeft = margin + labelWidth + 3,
                     valueWidth = width - 2 * (labelWidth + 3);
        // The foot (what is estimated, what the data is) keeps its room on every page.
        const bool anyEstimated = std::any_of(entries.cbegin(), entries.cend(), [](const Entry &e) {
            return e.institution->positionSource == PositionSource::Estimated;
        });
        QStringList foot;
        if (anyEstimated) {
            foot.append(german(Label::estimated));
            if (client.language() != u"de")
                foot.append(client(Label::estimated));
        }
        if (!options.dataNote.isEmpty())
            foot.append(options.dataNote);
        const double footLine = 3.6;
        // The data note may take two lines.
        const double footHeight = (foot.size() + (options.dataNote.isEmpty() ? 0 : 1)) * footLine;
        const double top = margin + 6, bottom = page.height() - margin - footHeight - 2;
        double y = frame.bottom() + 13;
        result.pages = 1;
        const auto valueHeight = [&](const QString &value) {
            const QFontMetricsF metrics(valueFont);
            const QRectF r = metrics.boundingRect(QRectF(0, 0, mm(valueWidth), mm(100)),
                                                  Qt::TextWordWrap, value);
            // The font's own line height (Noto Sans leaves room above and
            // below its letters) and a little more between rows.
            return std::max(4.0, r.height() / UnitsPerMm + 0.1);
        };
        for (qsizetype k = 0; k < entries.size(); ++k) {
            const Institution &i = *entries[k].institution;
            struct Row
            {
                const char *label;
                QString value;
            };
            QList<Row> rows;
            QString address = i.address.oneLine();
            if (i.positionSource == PositionSource::Estimated)
                address += QStringLiteral(" *");
            rows.append({Label::address, address});
            if (entries[k].metres)
                rows.append(
                    {Label::distance, QStringLiteral("%1 · %2 min %3 / %4")
                                          .arg(distanceText(*entries[k].metres))
                                          .arg(ServiceFinder::walkingMinutes(*entries[k].metres))
                                          .arg(german(Label::onFoot), client(Label::onFoot))});
            QStringList hours, phones, emails, websites, languages;
            // Walk-in when any offer takes walk-ins (the client may come);
            // else an appointment is needed when an offer says so.
            bool walkIn = false, byAppointment = false;
            for (const Service &s : i.services) {
                if (!s.isShown())
                    continue;
                walkIn = walkIn || s.appointment == Appointment::WalkIn;
                byAppointment = byAppointment || s.appointment == Appointment::Needed;
                const auto add = [](QStringList &list, const QString &v) {
                    if (!v.isEmpty() && !list.contains(v))
                        list.append(v);
                };
                add(hours, s.openingHours);
                add(phones, s.contact.phone);
                add(emails, s.contact.email);
                add(websites, s.contact.website);
                for (const QString &code : s.languages) {
                    const UiLanguage *l = uiLanguage(code);
                    add(languages, l ? l->nativeName : code.toUpper());
                }
            }
            if (websites.isEmpty() && !i.organisation.website.isEmpty())
                websites.append(i.organisation.website);
            rows.append({Label::hours, hours.isEmpty()
                                           ? QStringLiteral("%1 / %2").arg(german(Label::unknown),
                                                                           client(Label::unknown))
                                           : hours.join(QStringLiteral("; "))});
            if (walkIn || byAppointment) {
                const char *how = walkIn ? Label::walkIn : Label::appointmentNeeded;
                rows.append({Label::appointment, QStringLiteral("%1 / %2").arg(german(how), client(how))});
            }
            if (!phones.isEmpty())
                rows.append({Label::phone, phones.join(QStringLiteral(", "))});
            if (!emails.isEmpty())
                rows.append({Label::email, emails.join(QStringLiteral(", "))});
            if (!websites.isEmpty())
                rows.append({Label::website, websites.join(QStringLiteral(", "))});
            if (!languages.isEmpty())
                rows.append({Label::languages, languages.join(QStringLiteral(", "))});
            if (i.position.isValid() && !stops.isEmpty()) {
                const Stop *nearest = nullptr;
                double best = 0;
                for (const Stop &s : std::as_const(stops)) {
                    const double d = Geodesy::distanceMetres(s.position, i.position);
                    if (!nearest || d < best) {
                        nearest = &s;
                        best = d;
                    }
                }
                if (nearest && best < 1500)
                    rows.append({Label::stop,
                                 QStringLiteral("%1 (%2)").arg(nearest->name, distanceText(best))});
            }
            double needed = 6.5 + 1.5;
            for (const Row &r : std::as_const(rows))
                needed += valueHeight(r.value);
            if (y + needed > bottom) {
                pdf.newPage();
                ++result.pages;
                y = top;
            }
            // The number as on the map, and the name.
            const QStringList focus = i.focusAreas();
            const FocusArea *fa = focus.isEmpty() ? nullptr : taxonomy.focusArea(focus.first());
            printmap::drawNumberedMarker(painter, QPointF(margin + 2.6, y + 3), 2.6,
                                         QColor(fa ? fa->colour : QStringLiteral("#555555")),
                                         int(k + 1), font(2.6, true));
            painter.setPen(ink);
            text(QRectF(margin + 7, y, width - 7, 6.5),
                 QFontMetricsF(nameFont).elidedText(i.name, Qt::ElideRight, mm(width - 7)),
                 nameFont, Qt::AlignLeft | Qt::AlignVCenter);
            y += 6.5;
            for (const Row &r : std::as_const(rows)) {
                const double h = valueHeight(r.value);
                painter.setPen(grey);
                text(QRectF(margin + 7, y, labelWidth - 7, h), german(r.label), labelFont,
                     Qt::AlignLeft | Qt::AlignTop);
                if (client.language() != u"de")
                    clientText(QRectF(margin + width - labelWidth, y, labelWidth, h),
                               client(r.label), labelFont, Qt::AlignTop);
                painter.setPen(ink);
                text(QRectF(valueLeft, y, valueWidth, h), r.value, valueFont,
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
                y += h;
            }
            painter.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), mm(0.2)));
            painter.drawLine(QPointF(mm(margin), mm(y + 0.7)),
                             QPointF(mm(margin + width), mm(y + 0.7)));
            y += 1.5;
            result.institutionIds.append(i.id);
        }

        // Foot of the last page.
        painter.setPen(grey);
        for (qsizetype k = 0; k < foot.size(); ++k) {
            const bool last = k == foot.size() - 1;
            const QRectF r(margin, bottom + 2 + k * footLine, width, footLine * (last ? 2 : 1));
            if (k == 1 && anyEstimated && client.language() != u"de")
                clientText(r, foot[k], font(2.5), Qt::AlignTop);
            else
                text(r, foot[k], font(2.5), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
        }
        painter.end();
    }
    printmap::commitPdf(*output);
    return result;
}

} // namespace stadtplan
