#include "bundleddata.h"
#include "taxonomy.h"
#include "uilanguage.h"

#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace stadtplan;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;             // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one, or the numerus forms
};

QList<Message> readTs(const QString &path, QString *language = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QDomDocument document;
    if (!document.setContent(&file))
        return {};
    if (language)
        *language = document.documentElement().attribute(QStringLiteral("language"));
    QList<Message> out;
    const QDomNodeList contexts = document.elementsByTagName(QStringLiteral("context"));
    for (int c = 0; c < contexts.size(); ++c) {
        const QDomElement context = contexts.at(c).toElement();
        const QString name = context.firstChildElement(QStringLiteral("name")).text();
        for (QDomElement m = context.firstChildElement(QStringLiteral("message")); !m.isNull();
             m = m.nextSiblingElement(QStringLiteral("message"))) {
            Message message;
            message.context = name;
            message.source = m.firstChildElement(QStringLiteral("source")).text();
            message.numerus = m.attribute(QStringLiteral("numerus")) == u"yes";
            const QDomElement translation = m.firstChildElement(QStringLiteral("translation"));
            message.type = translation.attribute(QStringLiteral("type"));
            if (message.numerus) {
                for (QDomElement f = translation.firstChildElement(QStringLiteral("numerusform"));
                     !f.isNull(); f = f.nextSiblingElement(QStringLiteral("numerusform")))
                    message.translations.append(f.text());
            } else {
                message.translations.append(translation.text());
            }
            out.append(message);
        }
    }
    return out;
}

// The placeholders of a text: %1 ... %99 and %n, each once.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList out;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(0));
    out.removeDuplicates();
    out.sort();
    return out;
}

QString tsPath(const QString &code)
{
    return QStringLiteral(STADTPLAN_SOURCE_DIR "/i18n/stadtplan_%1.ts").arg(code);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theUiHasTenLanguages()
    {
        QStringList codes;
        for (const UiLanguage &l : uiLanguages())
            codes.append(l.code);
        QCOMPARE(codes,
                 (QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("tr"),
                              QStringLiteral("ar"), QStringLiteral("fa"), QStringLiteral("ru"),
                              QStringLiteral("uk"), QStringLiteral("pl"), QStringLiteral("ro"),
                              QStringLiteral("bg")}));
        QVERIFY(uiLanguage(QStringLiteral("ar"))->rightToLeft);
        QVERIFY(uiLanguage(QStringLiteral("fa"))->rightToLeft);
        QVERIFY(!uiLanguage(QStringLiteral("tr"))->rightToLeft);
        QVERIFY(!uiLanguage(QStringLiteral("xx")));
    }

    void everyTextIsTranslatedInEveryLanguage_data()
    {
        QTest::addColumn<QString>("code");
        for (const UiLanguage &l : uiLanguages())
            if (l.code != u"en") // English: the sources themselves
                QTest::newRow(qPrintable(l.code)) << l.code;
    }
    void everyTextIsTranslatedInEveryLanguage()
    {
        QFETCH(QString, code);
        QString language;
        const QList<Message> messages = readTs(tsPath(code), &language);
        QVERIFY2(!messages.isEmpty(),
                 qPrintable(tsPath(code) + QStringLiteral(" is missing or unreadable")));
        QCOMPARE(language, code);
        const std::unique_ptr<QTranslator> translator = uiTranslator(code);
        QVERIFY2(translator, "the compiled translation is not in the program");
        for (const Message &m : messages) {
            const QString where = QStringLiteral("%1 / %2: \"%3\"").arg(code, m.context, m.source);
            QVERIFY2(m.type.isEmpty(), qPrintable(where + QStringLiteral(" is ") + m.type));
            QVERIFY2(!m.translations.isEmpty(), qPrintable(where));
            for (const QString &t : m.translations) {
                QVERIFY2(!t.trimmed().isEmpty(),
                         qPrintable(where + QStringLiteral(" has an empty translation")));
                // Every placeholder of the source, no other; a plural form may leave %n out
                // ("one").
                QStringList expected = placeholders(m.source), found = placeholders(t);
                if (m.numerus && !found.contains(QStringLiteral("%n")))
                    expected.removeAll(QStringLiteral("%n"));
                QVERIFY2(found == expected,
                         qPrintable(where + QStringLiteral(" -> \"%1\": placeholders %2, not %3")
                                                .arg(t, found.join(u' '), expected.join(u' '))));
            }
            // What the program loads is what the file says.
            if (!m.numerus)
                QCOMPARE(translator->translate(m.context.toUtf8().constData(),
                                               m.source.toUtf8().constData()),
                         m.translations.first());
        }
    }

    void theTranslationsHoldEveryTextOfTheCode()
    {
        // lupdate over the same sources as the build's update_translations,
        // into a fresh file: its texts must be those of every .ts.
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_de.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(STADTPLAN_SOURCE_DIR));
        lupdate.start(QStringLiteral(STADTPLAN_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("-extensions"),
                       QStringLiteral("cpp,h,qml"), QStringLiteral("app/shell"),
                       QStringLiteral("app/models"), QStringLiteral("app/domain"), QStringLiteral("qml"),
                       QStringLiteral("analysis"), QStringLiteral("importers"), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        QSet<QString> inCode;
        for (const Message &m : readTs(fresh))
            inCode.insert(m.context + u'|' + m.source);
        QVERIFY(inCode.size() > 100);
        for (const UiLanguage &l : uiLanguages()) {
            if (l.code == u"en")
                continue;
            QSet<QString> inFile;
            for (const Message &m : readTs(tsPath(l.code)))
                inFile.insert(m.context + u'|' + m.source);
            const QSet<QString> untranslated = inCode - inFile, stale = inFile - inCode;
            QVERIFY2(
                untranslated.isEmpty(),
                qPrintable(
                    QStringLiteral(
                        "%1 lacks (run: cmake --build build --target update_translations): %2")
                        .arg(l.code,
                             QStringList(untranslated.cbegin(), untranslated.cend()).join(u"; "))));
            QVERIFY2(stale.isEmpty(),
                     qPrintable(
                         QStringLiteral("%1 holds texts the code no longer has: %2")
                             .arg(l.code, QStringList(stale.cbegin(), stale.cend()).join(u"; "))));
        }
    }

    void theTaxonomyIsLabelledInEveryLanguage()
    {
        const Taxonomy taxonomy =
            Taxonomy::fromJson(BundledData::read(QStringLiteral("taxonomy.json")));
        for (const UiLanguage &l : uiLanguages()) {
            QVERIFY2(taxonomy.languages().contains(l.code), qPrintable(l.code));
            const auto check = [&](const QString &id, const LocalizedText &label) {
                QVERIFY2(label.has(l.code),
                         qPrintable(QStringLiteral("%1 has no %2 label").arg(id, l.code)));
            };
            for (const FocusArea &f : taxonomy.focusAreas())
                check(f.id, f.label);
            for (const TargetGroup &g : taxonomy.targetGroups())
                check(g.id, g.label);
            for (const InstitutionType &t : taxonomy.institutionTypes())
                check(t.id, t.label);
        }
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
