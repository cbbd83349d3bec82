#include "fonts.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QtGlobal>

#include <mutex>

namespace stadtplan::fonts {

bool ensureRegistered()
{
    static bool ok = false;
    static std::once_flag once;
    std::call_once(once, [] {
        ok = true;
        for (const char *file : {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
                                 "NotoSansArabicUI-Regular.ttf", "NotoSansArabicUI-Bold.ttf"}) {
            const QString path = QStringLiteral(":/stadtplan/fonts/") + QLatin1String(file);
            if (QFontDatabase::addApplicationFont(path) < 0) {
                qWarning("stadtplan: cannot load the bundled font %s", qPrintable(path));
                ok = false;
            }
        }
    });
    return ok;
}

QStringList families()
{
    return {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic UI")};
}

QFont sans(qreal pointSize, bool bold)
{
    ensureRegistered();
    QFont font;
    font.setFamilies(families());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

void useForApplication()
{
    QGuiApplication::setFont(sans(QGuiApplication::font().pointSizeF()));
}

} // namespace stadtplan::fonts
