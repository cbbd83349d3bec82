#include "validation.h"

#include "clock.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QVarLengthArray>

#include <kopeninghours/openinghours.h>

#include <algorithm>
#include <vector>

namespace stadtplan::Validation {

bool isEmail(const QString &text)
{
    // Deliberately plain: one @, a dotted domain, no spaces. The full RFC
    // grammar accepts addresses no mail program here would send to.
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$"));
    return pattern.match(text.trimmed()).hasMatch();
}

bool isWebsite(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && url.host().contains(QLatin1Char('.'));
}

std::optional<QString> website(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (isWebsite(trimmed))
        return trimmed;
    const QString withScheme = QStringLiteral("https://") + trimmed;
    if (!trimmed.contains(QStringLiteral("://")) && isWebsite(withScheme))
        return withScheme;
    return std::nullopt;
}

bool isInTheFuture(const QDate &date)
{
    return date.isValid() && date > clock::today();
}

std::optional<QString> openingHoursProblem(const QString &expression, const QString &region)
{
    KOpeningHours::OpeningHours hours(expression.trimmed().toUtf8());
    hours.setRegion(region);
    switch (hours.error()) {
    case KOpeningHours::OpeningHours::NoError:
    case KOpeningHours::OpeningHours::MissingLocation: // sunrise and sunset need a position
        return std::nullopt;
    case KOpeningHours::OpeningHours::Null:
        return QStringLiteral("empty");
    case KOpeningHours::OpeningHours::SyntaxError:
        return QStringLiteral("not valid opening_hours syntax");
    case KOpeningHours::OpeningHours::MissingRegion:
        return QStringLiteral("needs a region for public holidays");
    case KOpeningHours::OpeningHours::UnsupportedFeature:
        return QStringLiteral("uses a feature that cannot be evaluated");
    case KOpeningHours::OpeningHours::IncompatibleMode:
        return QStringLiteral("describes points in time, not opening intervals");
    case KOpeningHours::OpeningHours::EvaluationError:
        return QStringLiteral("cannot be evaluated");
    }
    return QStringLiteral("cannot be checked");
}

QString foldedWords(const QString &text)
{
    // One pass: lower case, umlauts spelled out, other accents dropped,
    // anything but letters and digits a single space. (Called for every
    // record of an import and of the store, so no regular expressions here.)
    QString s;
    s.reserve(text.size() + 8);
    bool space = true;
    const auto letter = [&](QChar l) {
        switch (l.unicode()) {
        case 0x00e4: s += QLatin1String("ae"); break;
        case 0x00f6: s += QLatin1String("oe"); break;
        case 0x00fc: s += QLatin1String("ue"); break;
        case 0x00df:
        case 0x1e9e: s += QLatin1String("ss"); break;
        default:
            if (l.unicode() < 0xc0) {
                s += l;
            } else {
                // "é" → "e": the base letter without its combining marks.
                for (const QChar d : QString(l).normalized(QString::NormalizationForm_D))
                    if (d.category() != QChar::Mark_NonSpacing)
                        s += d;
            }
        }
    };
    for (const QChar c : text) {
        const QChar l = c.toLower();
        if (l.isLetterOrNumber()) {
            letter(l);
            space = false;
        } else if (!space) {
            s += QLatin1Char(' ');
            space = true;
        }
    }
    if (s.endsWith(QLatin1Char(' ')))
        s.chop(1);
    return s;
}

QString normalisedName(const QString &name)
{
    QString s = foldedWords(name);

    // Legal forms say nothing about which institution it is.
    if (s.endsWith(QLatin1String(" e v")))
        s.chop(4);
    for (const QLatin1String form : {QLatin1String(" ev"), QLatin1String(" ggmbh"), QLatin1String(" gmbh")}) {
        if (s.endsWith(form))
            s.chop(form.size());
    }
    return s;
}

double nameSimilarity(const QString &a, const QString &b)
{
    const QString x = normalisedName(a);
    const QString y = normalisedName(b);
    if (x.isEmpty() && y.isEmpty())
        return 1.0;
    return 1.0 - double(editDistance(x, y)) / double(std::max(x.size(), y.size()));
}

qsizetype editDistance(const QString &x, const QString &y)
{
    // One row of the table at a time.
    std::vector<qsizetype> row(y.size() + 1);
    for (qsizetype j = 0; j <= y.size(); ++j)
        row[j] = j;
    for (qsizetype i = 1; i <= x.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const qsizetype above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[y.size()];
}

qsizetype editDistanceWithin(const QString &x, const QString &y, qsizetype bound)
{
    if (std::abs(x.size() - y.size()) > bound)
        return bound + 1;
    QVarLengthArray<qsizetype, 64> row(y.size() + 1);
    for (qsizetype j = 0; j <= y.size(); ++j)
        row[j] = j;
    for (qsizetype i = 1; i <= x.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        qsizetype smallest = row[0];
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const qsizetype above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
            diagonal = above;
            smallest = std::min(smallest, row[j]);
        }
        if (smallest > bound)
            return bound + 1; // no later row gets below it
    }
    return std::min(row[y.size()], bound + 1);
}

} // namespace stadtplan::Validation
