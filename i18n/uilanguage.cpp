#include "uilanguage.h"

#include <QTranslator>

namespace stadtplan {

const QList<UiLanguage> &uiLanguages()
{
    static const QList<UiLanguage> languages{
        {QStringLiteral("de"), QStringLiteral("Deutsch"), false},
        {QStringLiteral("en"), QStringLiteral("English"), false},
        {QStringLiteral("tr"), QStringLiteral("Türkçe"), false},
        {QStringLiteral("ar"), QStringLiteral("العربية"), true},
        {QStringLiteral("fa"), QStringLiteral("فارسی"), true},
        {QStringLiteral("ru"), QStringLiteral("Русский"), false},
        {QStringLiteral("uk"), QStringLiteral("Українська"), false},
        {QStringLiteral("pl"), QStringLiteral("Polski"), false},
        {QStringLiteral("ro"), QStringLiteral("Română"), false},
        {QStringLiteral("bg"), QStringLiteral("Български"), false},
    };
    return languages;
}

const UiLanguage *uiLanguage(const QString &code)
{
    for (const UiLanguage &language : uiLanguages())
        if (language.code == code)
            return &language;
    return nullptr;
}

std::unique_ptr<QTranslator> uiTranslator(const QString &code)
{
    if (code == u"en" || !uiLanguage(code))
        return nullptr;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/stadtplan_%1.qm").arg(code)))
        return nullptr;
    return translator;
}

} // namespace stadtplan
