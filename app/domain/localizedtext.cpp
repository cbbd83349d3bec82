#include "localizedtext.h"

namespace stadtplan {

QString LocalizedText::text(const QString &language) const
{
    for (const QString &lang : {language, QStringLiteral("de"), QStringLiteral("en")}) {
        const QString t = m_texts.value(lang);
        if (!t.isEmpty())
            return t;
    }
    return m_texts.isEmpty() ? QString() : m_texts.cbegin().value();
}

bool LocalizedText::isFallback(const QString &language) const
{
    return !has(language);
}

} // namespace stadtplan
