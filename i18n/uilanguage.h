#pragma once

#include <QList>
#include <QString>
#include <memory>

class QTranslator;

namespace stadtplan {

// A language the user interface is translated into.
struct UiLanguage
{
    QString code;       // ISO 639-1
    QString nativeName; // as its speakers write it: "Türkçe", "العربية"
    bool rightToLeft = false;
};

// The UI's languages: German, English (the source texts), Turkish, Arabic,
// Persian, Russian, Ukrainian, Polish, Romanian and Bulgarian.
const QList<UiLanguage> &uiLanguages();
// The language with this code, or null.
const UiLanguage *uiLanguage(const QString &code);

// The UI's strings in `code`, from the translations compiled into the
// program (i18n/stadtplan_<code>.ts); null for English, whose texts are the
// sources, and for a language without translations.
std::unique_ptr<QTranslator> uiTranslator(const QString &code);

} // namespace stadtplan
