#pragma once

#include "institutiondirectory.h"

#include <QGeoCoordinate>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace stadtplan {

// The coordinator's editor: one record at a time, in the store of the
// directory. Fields are checked as they are typed, with the importer's
// rules; every change can be undone and redone until the window closes. A
// draft (a new record) is saved as it is; the changes of a published record
// become proposals that wait in the review queue for approval. A save against
// a record someone else saved meanwhile is refused: both versions are shown
// field by field, and the user chooses. A failed save (the server away, the
// file locked) keeps the edit, to be saved again.
class RecordEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(stadtplan::InstitutionDirectory *directory READ directory WRITE setDirectory NOTIFY
                   accessChanged)
    // Whether this store and connection may be edited, and a sentence saying which it is.
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY accessChanged)
    Q_PROPERTY(QString access READ access NOTIFY accessChanged)
    Q_PROPERTY(bool active READ isActive NOTIFY changed)
    Q_PROPERTY(QString recordId READ recordId NOTIFY changed)
    Q_PROPERTY(bool isNew READ isNew NOTIFY changed)
    // "published", "draft" or "archived": the record as the store has it.
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(bool dirty READ isDirty NOTIFY changed)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY changed)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY changed)
    // [{key, label, value, problem, choices}] in the form's order.
    Q_PROPERTY(QVariantList fields READ fields NOTIFY changed)
    Q_PROPERTY(QStringList fieldKeys READ keys CONSTANT)
    // The offer (service) whose fields the form shows, and the names of all of the record's.
    Q_PROPERTY(int service READ service WRITE setService NOTIFY changed)
    Q_PROPERTY(QStringList serviceNames READ serviceNames NOTIFY changed)
    Q_PROPERTY(bool valid READ isValid NOTIFY changed)
    Q_PROPERTY(QGeoCoordinate position READ position NOTIFY changed)
    // What the last save did, or why it did not.
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY changed)
    // After a refused save: [{key, label, mine, theirs, keepMine}].
    Q_PROPERTY(QVariantList conflict READ conflict NOTIFY changed)
    // Records waiting for review: [{id, name, kind ("proposal" or "draft"),
    // who, changes: [{label, old, new}]}].
    Q_PROPERTY(QVariantList reviewQueue READ reviewQueue NOTIFY reviewChanged)

public:
    explicit RecordEditor(QObject *parent = nullptr);

    InstitutionDirectory *directory() const { return m_directory; }
    void setDirectory(InstitutionDirectory *directory);

    // Opens the store for writing to learn what this connection may do.
    Q_INVOKABLE void checkAccess();
    // Starts editing a record of the directory; false when there is none.
    Q_INVOKABLE bool edit(const QString &id);
    // Starts a new record (a draft) at a point of the map.
    Q_INVOKABLE void addAt(const QGeoCoordinate &point);
    // Starts a new record at an address found (a match of InstitutionDirectory::findAddress):
    // its position geocoded, by the gazetteer or service that found it.
    Q_INVOKABLE void addAtAddress(const QVariantMap &match);
    // Adds an offer to the record and shows it in the form.
    Q_INVOKABLE void addService();
    // The shown offer confirmed today by this user (verified on / by).
    Q_INVOKABLE void markVerified();
    Q_INVOKABLE QString value(const QString &key) const;
    // Sets a field (one undo step); the problem, if any, shows in `fields`.
    Q_INVOKABLE void setValue(const QString &key, const QString &value);
    // What is wrong with `value` for the field, or empty: for checking as one types.
    Q_INVOKABLE QString problemFor(const QString &key, const QString &value) const;
    // The marker dragged to `point`: placed by hand, so no longer geocoded.
    Q_INVOKABLE void moveTo(const QGeoCoordinate &point);
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();
    // Saves a draft, or proposes the changes of a published record. True when done.
    Q_INVOKABLE bool save();
    // Archives the record (a proposal for a published one): kept, no longer shown.
    Q_INVOKABLE bool archive();
    // Ends the editing; unsaved changes are dropped.
    Q_INVOKABLE void close();
    // After a conflict: which version of a field to keep, then save with those choices.
    Q_INVOKABLE void keepMine(const QString &key, bool mine);
    Q_INVOKABLE bool saveWithChoices();

    // The review queue.
    Q_INVOKABLE void refreshReview();
    Q_INVOKABLE bool approve(const QString &id);
    Q_INVOKABLE bool reject(const QString &id);
    Q_INVOKABLE bool publish(const QString &id);

    int service() const { return m_service; }
    void setService(int index);
    QStringList serviceNames() const;
    bool canEdit() const { return m_canEdit; }
    QString access() const { return m_access; }
    bool isActive() const { return m_record.has_value(); }
    QString recordId() const { return m_record ? m_record->id : QString(); }
    bool isNew() const { return m_record && m_record->version == 0; }
    QString status() const;
    bool isDirty() const;
    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    QVariantList fields() const;
    bool isValid() const;
    QGeoCoordinate position() const;
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    QVariantList conflict() const { return m_conflict; }
    QVariantList reviewQueue() const { return m_review; }

    // The editable fields' keys, in the form's order (a service's fields
    // are those of the record's first service).
    QStringList keys() const;
    // A field of the log or a proposal ("street", "service ID: phone") in
    // words: "Street", "Sprachcafé – Phone" (the offer named from `record`, the one it is of).
    static QString fieldLabel(const QString &key, const Institution *record);
    // Who the change log names.
    void setUserName(const QString &name) { m_user = name; }

Q_SIGNALS:
    void accessChanged();
    void changed();
    void reviewChanged();

private:
    void change(const std::function<void(Institution &)> &apply);
    // Starts a session on `record` (none: ends it): nothing to undo, no conflict, no message.
    void begin(const std::optional<Institution> &record);
    // Undo (from m_undo to m_redo) or redo (the other way).
    void step(QList<Institution> &from, QList<Institution> &to);
    void say(const QString &message, bool error);
    QString label(const QString &key) const;
    QString serviceKey(const QString &field) const;

    InstitutionDirectory *m_directory = nullptr;
    bool m_canEdit = false;
    QString m_access;
    QString m_user;
    std::optional<Institution> m_record; // as edited
    Institution m_saved;                 // as last read or saved
    std::optional<Institution> m_theirs; // the store's, after a refused save
    QList<Institution> m_undo;
    QList<Institution> m_redo;
    QString m_message;
    bool m_messageIsError = false;
    QVariantList m_conflict;
    QVariantList m_review;
    int m_service = 0;
    mutable std::optional<QVariantList> m_fields; // fields(), until the next change
};

} // namespace stadtplan
