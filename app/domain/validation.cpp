#include "validation.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

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

QString normalisedName(const QString &name)
{
    QString s = name.toLower();
    s.replace(QStringLiteral("ä"), QStringLiteral("ae"));
    s.replace(QStringLiteral("ö"), QStringLiteral("oe"));
    s.replace(QStringLiteral("ü"), QStringLiteral("ue"));
    s.replace(QStringLiteral("ß"), QStringLiteral("ss"));
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    s.replace(nonWord, QStringLiteral(" "));
    static const QStringList legalForms{QStringLiteral("e v"), QStringLiteral("ev"),
                                        QStringLiteral("ggmbh"), QStringLiteral("gmbh")};
    QString padded = QLatin1Char(' ') + s.simplified() + QLatin1Char(' ');
    for (const QString &form : legalForms)
        padded.replace(QLatin1Char(' ') + form + QLatin1Char(' '), QStringLiteral(" "));
    return padded.simplified();
}

double nameSimilarity(const QString &a, const QString &b)
{
    const QString x = normalisedName(a);
    const QString y = normalisedName(b);
    if (x.isEmpty() && y.isEmpty())
        return 1.0;
    // Levenshtein distance with one row.
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
    return 1.0 - double(row[y.size()]) / double(std::max(x.size(), y.size()));
}

} // namespace stadtplan::Validation
