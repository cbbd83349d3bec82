#include "recordeditor.h"

#include "changelog.h"
#include "clock.h"
#include "institutionstore.h"
#include "recordschema.h"
#include "validation.h"

#include <QRegularExpression>
#include <QUuid>

namespace stadtplan {

namespace {

QString formServiceField(const QString &key)
{
    // "s:phone" in the form stands for "service <first id>: phone" in the record.
    return key.startsWith(QLatin1String("s:")) ? key.mid(2) : QString();
}

// A field of the record schema: a service's by its store column, the
// record's by its key; null for what the schema does not have (the position).
const RecordSchema::Field *schemaFieldOf(const QString &field, bool ofService)
{
    return ofService ? RecordSchema::byColumn(RecordSchema::Part::Service, field) : RecordSchema::field(field);
}

std::unique_ptr<InstitutionStore> openForWriting(const InstitutionDirectory *directory)
{
    return InstitutionStore::open(directory->resolvedStoreLocation(),
                                  InstitutionStore::Access::ReadWrite);
}

} // namespace

RecordEditor::RecordEditor(QObject *parent) : QObject(parent), m_user(currentUserName())
{
    connect(this, &RecordEditor::changed, this, [this] { m_fields.reset(); });
}

void RecordEditor::setDirectory(InstitutionDirectory *directory)
{
    if (directory == m_directory)
        return;
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    m_directory = directory;
    // The labels and choices are in the directory's language.
    if (m_directory)
        connect(m_directory, &InstitutionDirectory::languageChanged, this, &RecordEditor::changed);
    Q_EMIT accessChanged();
}

void RecordEditor::checkAccess()
{
    m_canEdit = false;
    if (!m_directory)
        return;
    try {
        const auto store = openForWriting(m_directory);
        m_canEdit = store->canWrite();
        m_access =
            !m_canEdit
                ? tr("Read-only connection: this role may view the records, not change them.")
            : InstitutionStore::isDatabaseConnection(store->connection())
                ? tr("Connected to the shared database with an editing role.")
                : tr("Editing the store %1.")
                      // a path reads left to right inside an Arabic or Persian sentence too
                      .arg(QChar(0x2068) + store->displayLocation() + QChar(0x2069));
    } catch (const StoreError &e) {
        m_access = e.message();
    }
    Q_EMIT accessChanged();
    refreshReview();
}

QStringList RecordEditor::keys() const
{
    // The form: every field of the record schema that has a label, in the
    // schema's order, the record's own first, then those of the offer shown
    // (the record's services, one at a time, "s:" and the store column).
    static const QStringList form = [] {
        QStringList record, offer;
        for (const RecordSchema::Field &field : RecordSchema::fields()) {
            if (!field.label)
                continue;
            if (field.part == RecordSchema::Part::Service)
                offer.append(QStringLiteral("s:") + QLatin1String(field.column));
            else
                record.append(field.key);
        }
        return record + offer;
    }();
    return form;
}

QString RecordEditor::label(const QString &key) const
{
    return fieldLabel(key, m_record ? &*m_record : nullptr);
}

QString RecordEditor::fieldLabel(const QString &key, const Institution *record)
{
    const std::optional<ServiceField> service = parseServiceField(key);
    const QString formField = formServiceField(key);
    const QString field = service ? service->field : !formField.isEmpty() ? formField : key;
    // The record schema has the labels; the position's is the editor's own.
    const RecordSchema::Field *schemaField = schemaFieldOf(field, service || !formField.isEmpty());
    const char *label = schemaField && schemaField->label ? schemaField->label
                        : field == u"position"             ? QT_TR_NOOP("Position")
                                                           : nullptr;
    const QString text = label ? tr(label) : field;
    // A service's field in the history, the review queue and the conflict list names the offer.
    if (!service)
        return text;
    QString offer = service->serviceId;
    if (record)
        for (const Service &s : record->services)
            if (s.id == service->serviceId && !s.name.isEmpty())
                offer = s.name;
    return QStringLiteral("%1 – %2").arg(offer, text);
}

QString RecordEditor::serviceKey(const QString &key) const
{
    const QString field = formServiceField(key);
    if (field.isEmpty() || !m_record || m_record->services.isEmpty())
        return key;
    return serviceFieldName(
        m_record->services.at(std::clamp<qsizetype>(m_service, 0, m_record->services.size() - 1))
            .id,
        field);
}

bool RecordEditor::edit(const QString &id)
{
    if (!m_directory)
        return false;
    const std::optional<Institution> record = m_directory->record(id);
    if (!record)
        return false;
    m_record = record;
    if (m_record->services.isEmpty()) { // a record needs an offer to be found
        Service s;
        s.id = m_record->id + QStringLiteral("-1");
        s.name = m_record->name;
        m_record->services.append(s);
    }
    begin(*m_record);
    Q_EMIT changed();
    return true;
}

void RecordEditor::addAt(const QGeoCoordinate &point)
{
    Institution record;
    record.id = QStringLiteral("edit-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    record.version = 0;
    record.recordStatus = RecordStatus::Draft;
    record.position = {point.latitude(), point.longitude()};
    record.positionSource = PositionSource::Estimated;
    record.source = QStringLiteral("edit");
    if (m_directory)
        record.address.city = m_directory->city().name;
    Service s;
    s.id = record.id + QStringLiteral("-1");
    record.services.append(s);
    begin(record);
    say(tr("New record: fill in at least the name and a focus area, then save it as a draft."),
        false);
}

void RecordEditor::addAtAddress(const QVariantMap &match)
{
    addAt(QGeoCoordinate(match.value(QStringLiteral("latitude")).toDouble(),
                         match.value(QStringLiteral("longitude")).toDouble()));
    m_record->address = {match.value(QStringLiteral("street")).toString(),
                         match.value(QStringLiteral("houseNumber")).toString(),
                         match.value(QStringLiteral("postcode")).toString(),
                         match.value(QStringLiteral("city")).toString()};
    if (m_record->address.city.isEmpty() && m_directory)
        m_record->address.city = m_directory->city().name;
    m_record->positionSource = PositionSource::Geocoded;
    m_record->geocodedBy = match.value(QStringLiteral("source")).toString();
    m_saved = *m_record;
    Q_EMIT changed();
}

void RecordEditor::addService()
{
    change([&](Institution &r) {
        QString id;
        for (int n = int(r.services.size()) + 1;
             id.isEmpty() || std::any_of(r.services.cbegin(), r.services.cend(),
                                         [&](const Service &s) { return s.id == id; });
             ++n)
            id = r.id + QLatin1Char('-') + QString::number(n);
        Service s;
        s.id = id;
        r.services.append(s);
    });
    if (m_record)
        m_service = int(m_record->services.size()) - 1;
    Q_EMIT changed();
}

void RecordEditor::markVerified()
{
    setValue(QStringLiteral("s:last_verified"), clock::today().toString(Qt::ISODate));
    setValue(QStringLiteral("s:verified_by"), m_user);
}

void RecordEditor::setService(int index)
{
    if (!m_record || index < 0 || index >= m_record->services.size() || index == m_service)
        return;
    m_service = index;
    Q_EMIT changed();
}

QStringList RecordEditor::serviceNames() const
{
    QStringList names;
    if (m_record)
        for (const Service &s : m_record->services)
            names.append(s.name.isEmpty() ? tr("(offer without a name)") : s.name);
    return names;
}

QString RecordEditor::value(const QString &key) const
{
    if (!m_record)
        return {};
    return recordFields(*m_record).value(serviceKey(key));
}

QString RecordEditor::problemFor(const QString &key, const QString &value) const
{
    const QString v = value.trimmed();
    const QString formField = formServiceField(key);
    const QString field = formField.isEmpty() ? key : formField;
    const auto ids = [&] {
        return v.split(QLatin1Char(';'), Qt::SkipEmptyParts)
            .replaceInStrings(QRegularExpression(QStringLiteral("\\s")), QString());
    };
    if (field == QLatin1String("name") && v.isEmpty())
        return tr("A name is needed.");
    if (field == QLatin1String("email") && !v.isEmpty() && !Validation::isEmail(v))
        return tr("Not an e-mail address.");
    // "www.example.org" is taken with https, as the import takes it (the record schema's setter).
    if (field == QLatin1String("website") && !v.isEmpty() && !Validation::website(v))
        return tr("Not a web address (https://…).");
    if (field == QLatin1String("opening_hours") && !v.isEmpty() && m_directory) {
        if (const auto problem = Validation::openingHoursProblem(v, m_directory->city().region))
            return tr("Not valid opening hours: %1").arg(*problem);
    }
    if (field == QLatin1String("focus_areas")) {
        if (ids().isEmpty())
            return tr("Choose at least one focus area.");
        for (const QString &id : ids())
            if (m_directory && !m_directory->taxonomy().focusArea(id))
                return tr("Unknown focus area: %1").arg(id);
    }
    if (field == QLatin1String("target_groups"))
        for (const QString &id : ids())
            if (m_directory && !m_directory->taxonomy().targetGroup(id))
                return tr("Unknown target group: %1").arg(id);
    if (field == QLatin1String("languages")) {
        static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}$"));
        for (const QString &id : ids())
            if (!code.match(id).hasMatch())
                return tr("Not a language code: %1").arg(id);
    }
    if (field == QLatin1String("last_verified") && !v.isEmpty()) {
        const QDate date = QDate::fromString(v, Qt::ISODate);
        if (!date.isValid())
            return tr("Not a date: write it as YYYY-MM-DD.");
        if (Validation::isInTheFuture(date))
            return tr("A verification cannot lie in the future.");
    }
    if (field == QLatin1String("position") && m_directory) {
        Institution probe;
        if (!setRecordField(probe, QStringLiteral("position"), v) || !probe.position.isValid())
            return tr("The record needs a position on the map.");
        if (m_directory->city().bounds.isValid() &&
            !m_directory->city().bounds.contains(probe.position))
            return tr("Outside %1: move the marker into the city.").arg(m_directory->city().name);
    }
    return {};
}

QVariantList RecordEditor::fields() const
{
    // Every field's delegate reads this list: made once per change, not once per delegate.
    if (m_fields)
        return *m_fields;
    QVariantList out;
    if (!m_record)
        return out;
    const QMap<QString, QString> values = recordFields(*m_record);
    const QString language = m_directory ? m_directory->language() : QStringLiteral("de");
    for (const QString &key : keys()) {
        QVariantList choices;
        const auto add = [&](const QString &id, const QString &text) {
            choices.append(
                QVariantMap{{QStringLiteral("id"), id}, {QStringLiteral("label"), text}});
        };
        // The values a field takes come from the record schema; the
        // taxonomy's lists from the taxonomy.
        const QString formField = formServiceField(key);
        const RecordSchema::Field *schemaField =
            schemaFieldOf(formField.isEmpty() ? key : formField, !formField.isEmpty());
        if (schemaField && !schemaField->choices.empty()) {
            for (const RecordSchema::Choice &choice : schemaField->choices)
                add(QString::fromLatin1(choice.id), tr(choice.label));
        } else if (key == u"s:focus_areas" && m_directory) {
            for (const FocusArea &f : m_directory->taxonomy().focusAreas())
                add(f.id, f.label.text(language));
        } else if (key == u"s:target_groups" && m_directory) {
            for (const TargetGroup &g : m_directory->taxonomy().targetGroups())
                add(g.id, g.label.text(language));
        }
        const QString v = values.value(serviceKey(key));
        out.append(QVariantMap{
            {QStringLiteral("key"), key},
            {QStringLiteral("offer"), key.startsWith(QLatin1String("s:"))},
            {QStringLiteral("label"), label(key)},
            {QStringLiteral("value"), v},
            {QStringLiteral("problem"), problemFor(key, v)},
            {QStringLiteral("multiline"), key == u"description" || key == u"s:description"},
            {QStringLiteral("multiple"), key == u"s:focus_areas" || key == u"s:target_groups"},
            {QStringLiteral("choices"), choices}});
    }
    m_fields = out;
    return out;
}

bool RecordEditor::isValid() const
{
    if (!m_record)
        return false;
    // Every offer's fields, not only the one shown.
    const QMap<QString, QString> values = recordFields(*m_record);
    for (const QString &key : keys()) {
        const QString field = formServiceField(key);
        if (field.isEmpty()) {
            if (!problemFor(key, values.value(key)).isEmpty())
                return false;
            continue;
        }
        for (const Service &s : m_record->services)
            if (!problemFor(key, values.value(serviceFieldName(s.id, field))).isEmpty())
                return false;
    }
    return problemFor(QStringLiteral("position"), value(QStringLiteral("position"))).isEmpty();
}

QGeoCoordinate RecordEditor::position() const
{
    if (!m_record || !m_record->position.isValid())
        return {};
    return {m_record->position.latitude, m_record->position.longitude};
}

QString RecordEditor::status() const
{
    if (!m_record)
        return {};
    // As the store has it: a proposed archiving leaves the record published until approved.
    const auto stored = m_directory ? m_directory->record(m_record->id) : std::nullopt;
    return toId(stored ? stored->recordStatus : m_saved.recordStatus);
}

bool RecordEditor::isDirty() const
{
    return m_record && recordFields(*m_record) != recordFields(m_saved);
}

void RecordEditor::say(const QString &message, bool error)
{
    m_message = message;
    m_messageIsError = error;
    Q_EMIT changed();
}

void RecordEditor::change(const std::function<void(Institution &)> &apply)
{
    if (!m_record)
        return;
    Institution next = *m_record;
    apply(next);
    if (recordFields(next) == recordFields(*m_record))
        return;
    m_undo.append(*m_record);
    m_redo.clear();
    m_record = next;
    m_message.clear();
    Q_EMIT changed();
}

void RecordEditor::setValue(const QString &key, const QString &value)
{
    const QString field = serviceKey(key);
    change([&](Institution &r) {
        setRecordField(r, field, value);
        if (key == u"s:focus_areas" ||
            key == u"name") // the offer is named like the place until told otherwise
            if (!r.services.isEmpty() && r.services.first().name.isEmpty())
                r.services.first().name = r.name;
    });
}

void RecordEditor::moveTo(const QGeoCoordinate &point)
{
    change([&](Institution &r) {
        r.position = {point.latitude(), point.longitude()};
        // Placed by hand: no longer what a geocoder said; "surveyed" only when the coordinator says
        // so.
        if (r.positionSource == PositionSource::Geocoded)
            r.positionSource = PositionSource::Estimated;
        r.geocodedBy.clear();
    });
}

void RecordEditor::step(QList<Institution> &from, QList<Institution> &to)
{
    if (from.isEmpty() || !m_record)
        return;
    to.append(*m_record);
    m_record = from.takeLast();
    m_service = std::min(m_service, int(m_record->services.size()) - 1);
    Q_EMIT changed();
}

void RecordEditor::undo()
{
    step(m_undo, m_redo);
}

void RecordEditor::redo()
{
    step(m_redo, m_undo);
}

bool RecordEditor::save()
{
    if (!m_record || !m_directory)
        return false;
    if (!isDirty()) {
        say(tr("Nothing to save."), false);
        return true;
    }
    if (!isValid()) {
        say(tr("Correct the fields marked in red first."), true);
        return false;
    }
    try {
        const auto store = openForWriting(m_directory);
        if (m_saved.recordStatus == RecordStatus::Published) {
            store->propose(*m_record, m_user);
            m_saved = *m_record; // the proposal holds it now
            say(tr("Sent for review: the public sees the record unchanged until the changes are "
                   "approved."),
                false);
        } else {
            const Institution saved =
                store->saveInstitution(*m_record, m_user, QStringLiteral("edit"));
            m_directory->replaceRecord(saved);
            m_record = saved;
            m_saved = saved;
            say(saved.recordStatus == RecordStatus::Archived ? tr("Archived.") : tr("Draft saved."),
                false);
        }
        m_theirs.reset();
        m_conflict.clear();
        refreshReview();
        Q_EMIT changed();
        return true;
    } catch (const ConflictError &e) {
        // Both versions, field by field; mine kept where I changed something.
        m_theirs = e.stored();
        m_conflict.clear();
        const QMap<QString, QString> mine = recordFields(*m_record);
        const QMap<QString, QString> theirs = recordFields(e.stored());
        const QMap<QString, QString> base = recordFields(m_saved);
        for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
            if (theirs.value(it.key()) == it.value())
                continue;
            m_conflict.append(
                QVariantMap{{QStringLiteral("key"), it.key()},
                            {QStringLiteral("label"), label(it.key())},
                            {QStringLiteral("mine"), it.value()},
                            {QStringLiteral("theirs"), theirs.value(it.key())},
                            {QStringLiteral("keepMine"), base.value(it.key()) != it.value()}});
        }
        say(tr("Someone else saved this record meanwhile. Choose for each field which version to "
               "keep."),
            true);
    } catch (const StoreError &e) {
        say(tr("Not saved: %1 Your changes are kept; save again when the store can be reached.")
                .arg(e.message()),
            true);
    }
    return false;
}

bool RecordEditor::archive()
{
    change([](Institution &r) { r.recordStatus = RecordStatus::Archived; });
    return save();
}

void RecordEditor::begin(const std::optional<Institution> &record)
{
    m_record = record;
    m_saved = record.value_or(Institution{});
    m_service = 0;
    m_theirs.reset();
    m_conflict.clear();
    m_undo.clear();
    m_redo.clear();
    m_message.clear();
}

void RecordEditor::close()
{
    begin(std::nullopt);
    Q_EMIT changed();
}

void RecordEditor::keepMine(const QString &key, bool mine)
{
    for (QVariant &entry : m_conflict) {
        QVariantMap map = entry.toMap();
        if (map.value(QStringLiteral("key")).toString() == key) {
            map.insert(QStringLiteral("keepMine"), mine);
            entry = map;
        }
    }
    Q_EMIT changed();
}

bool RecordEditor::saveWithChoices()
{
    if (!m_theirs || !m_record)
        return false;
    Institution merged = *m_theirs;
    for (const QVariant &entry : std::as_const(m_conflict)) {
        const QVariantMap map = entry.toMap();
        if (map.value(QStringLiteral("keepMine")).toBool())
            setRecordField(merged, map.value(QStringLiteral("key")).toString(),
                           map.value(QStringLiteral("mine")).toString());
    }
    merged.version = m_theirs->version;
    m_undo.append(*m_record);
    m_record = merged;
    m_saved = *m_theirs; // what the store holds: the choices are the changes
    m_directory->replaceRecord(*m_theirs);
    m_theirs.reset();
    m_conflict.clear();
    return save();
}

void RecordEditor::refreshReview()
{
    m_review.clear();
    if (!m_directory)
        return;
    try {
        const auto store = InstitutionStore::open(m_directory->resolvedStoreLocation(),
                                                  InstitutionStore::Access::ReadOnly);
        // The proposals by record, in the order the records were first proposed for.
        QStringList order;
        QHash<QString, QList<FieldChange>> byRecord;
        for (const Proposal &p : store->proposals()) {
            if (!byRecord.contains(p.change.recordId))
                order.append(p.change.recordId);
            byRecord[p.change.recordId].append(p.change);
        }
        for (const QString &id : std::as_const(order)) {
            const std::optional<Institution> record = m_directory->record(id);
            const QMap<QString, QString> now =
                record ? recordFields(*record) : QMap<QString, QString>{};
            QVariantList changes;
            QStringList who;
            for (const FieldChange &c : byRecord.value(id)) {
                // The published value now, when it is no longer the one the proposal started from.
                const QString current = record ? now.value(c.field) : c.oldValue;
                changes.append(QVariantMap{
                    {QStringLiteral("label"), fieldLabel(c.field, record ? &*record : nullptr)},
                    {QStringLiteral("old"), c.oldValue},
                    {QStringLiteral("new"), c.newValue},
                    {QStringLiteral("changedSince"), current != c.oldValue},
                    {QStringLiteral("now"), current}});
                if (!who.contains(c.who))
                    who.append(c.who);
            }
            m_review.append(QVariantMap{{QStringLiteral("id"), id},
                                        {QStringLiteral("name"), record ? record->name : id},
                                        {QStringLiteral("kind"), QStringLiteral("proposal")},
                                        {QStringLiteral("who"), who.join(QStringLiteral(", "))},
                                        {QStringLiteral("changes"), changes}});
        }
        for (const Institution &i : m_directory->allRecords())
            if (i.recordStatus == RecordStatus::Draft)
                m_review.append(QVariantMap{{QStringLiteral("id"), i.id},
                                            {QStringLiteral("name"), i.name},
                                            {QStringLiteral("kind"), QStringLiteral("draft")},
                                            {QStringLiteral("who"), QString()},
                                            {QStringLiteral("changes"), QVariantList{}}});
    } catch (const StoreError &e) {
        say(e.message(), true);
    }
    Q_EMIT reviewChanged();
}

bool RecordEditor::approve(const QString &id)
{
    try {
        const Institution saved = openForWriting(m_directory)->approveProposals(id, m_user);
        m_directory->replaceRecord(saved);
        if (m_record && m_record->id == id)
            edit(id);
        say(tr("Approved: %1 is published as changed.").arg(saved.name), false);
        refreshReview();
        return true;
    } catch (const StoreError &e) {
        say(e.message(), true);
    }
    return false;
}

bool RecordEditor::reject(const QString &id)
{
    try {
        openForWriting(m_directory)->discardProposals(id);
        say(tr("Rejected: the proposed changes were discarded."), false);
        refreshReview();
        return true;
    } catch (const StoreError &e) {
        say(e.message(), true);
    }
    return false;
}

bool RecordEditor::publish(const QString &id)
{
    try {
        const auto store = openForWriting(m_directory);
        std::optional<Institution> record = store->institution(id);
        if (!record)
            return false;
        record->recordStatus = RecordStatus::Published;
        const Institution saved =
            store->saveInstitution(*record, m_user, QStringLiteral("edit, published"));
        m_directory->replaceRecord(saved);
        if (m_record && m_record->id == id)
            edit(id);
        say(tr("Published: %1 is now on the public map.").arg(saved.name), false);
        refreshReview();
        return true;
    } catch (const StoreError &e) {
        say(e.message(), true);
    }
    return false;
}

} // namespace stadtplan
