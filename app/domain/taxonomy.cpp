#include "taxonomy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace stadtplan {

namespace {
[[noreturn]] void fail(const QString &message)
{
    throw TaxonomyError(message.toStdString());
}

LocalizedText readLabel(const QJsonObject &entry, const QString &where, const QStringList &required)
{
    const QJsonObject labels = entry.value(QLatin1String("label")).toObject();
    LocalizedText text;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        text.set(it.key(), it.value().toString());
    for (const QString &lang : required) {
        if (!text.has(lang))
            fail(QStringLiteral("%1: label in '%2' is missing").arg(where, lang));
    }
    return text;
}

template <typename Entry, typename Fill>
QList<Entry> readEntries(const QJsonObject &root, const char *key, const QStringList &required,
                         Fill fill)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    const QJsonValue value = root.value(QLatin1String(key));
    if (!value.isArray() || value.toArray().isEmpty())
        fail(QStringLiteral("'%1' must be a non-empty list").arg(QLatin1String(key)));
    QList<Entry> entries;
    QSet<QString> ids;
    int index = 0;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        const QString where = QStringLiteral("%1[%2] (%3)")
                                  .arg(QLatin1String(key))
                                  .arg(index++)
                                  .arg(id.isEmpty() ? QStringLiteral("no id") : id);
        if (!idPattern.match(id).hasMatch())
            fail(QStringLiteral("%1: id must be lower-case letters, digits and '_'").arg(where));
        if (ids.contains(id))
            fail(QStringLiteral("%1: duplicate id").arg(where));
        ids.insert(id);
        Entry e;
        e.id = id;
        e.label = readLabel(o, where, required);
        fill(e, o, where);
        entries.append(e);
    }
    return entries;
}
} // namespace

Taxonomy Taxonomy::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        fail(QStringLiteral("not valid JSON at offset %1: %2")
                 .arg(parseError.offset)
                 .arg(parseError.errorString()));
    }
    const QJsonObject root = doc.object();
    Taxonomy t;
    for (const QJsonValue &v : root.value(QLatin1String("languages")).toArray())
        t.m_languages.append(v.toString());
    if (!t.m_languages.contains(QLatin1String("de")) ||
        !t.m_languages.contains(QLatin1String("en")))
        fail(QStringLiteral("'languages' must include at least 'de' and 'en'"));
    const QStringList required{QStringLiteral("de"), QStringLiteral("en")};

    static const QRegularExpression colourPattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    t.m_focusAreas = readEntries<FocusArea>(
        root, "focus_areas", required,
        [](FocusArea &f, const QJsonObject &o, const QString &where) {
            f.colour = o.value(QLatin1String("colour")).toString();
            f.icon = o.value(QLatin1String("icon")).toString();
            f.forProfessionals = o.value(QLatin1String("audience")).toString() == u"professionals";
            if (!colourPattern.match(f.colour).hasMatch())
                fail(QStringLiteral("%1: colour must be #rrggbb").arg(where));
            if (f.icon.isEmpty())
                fail(QStringLiteral("%1: icon path is missing").arg(where));
        });
    const auto noExtra = [](auto &, const QJsonObject &, const QString &) {};
    t.m_targetGroups = readEntries<TargetGroup>(root, "target_groups", required, noExtra);
    t.m_institutionTypes =
        readEntries<InstitutionType>(root, "institution_types", required, noExtra);
    return t;
}

namespace {
template <typename Entry> const Entry *find(const QList<Entry> &list, const QString &id)
{
    for (const Entry &e : list) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}
} // namespace

const FocusArea *Taxonomy::focusArea(const QString &id) const
{
    return find(m_focusAreas, id);
}
const TargetGroup *Taxonomy::targetGroup(const QString &id) const
{
    return find(m_targetGroups, id);
}
const InstitutionType *Taxonomy::institutionType(const QString &id) const
{
    return find(m_institutionTypes, id);
}

} // namespace stadtplan
