#pragma once

#include <QList>
#include <QString>

namespace stadtplan {

// What an import found, row by row, and what it did or would do.
struct ImportReport
{
    enum class Severity { Error, Warning, Note };
    struct Problem
    {
        Severity severity = Severity::Error;
        QString record; // "row 4" for tables, "feature 12" otherwise; empty for the whole file
        QString field;  // the source field, when one is at fault
        QString message;
    };

    QString file;
    int records = 0;   // rows or features read
    int added = 0;     // new in the store
    int updated = 0;   // existing records of this list, changed
    int unchanged = 0; // existing records of this list, as they were
    int missing = 0;   // records of this list in the store but not in the file (kept)
    bool dryRun = false;
    bool written = false;
    QList<Problem> problems;

    void error(const QString &record, const QString &field, const QString &message)
    {
        problems.append({Severity::Error, record, field, message});
    }
    void warning(const QString &record, const QString &field, const QString &message)
    {
        problems.append({Severity::Warning, record, field, message});
    }
    void note(const QString &record, const QString &field, const QString &message)
    {
        problems.append({Severity::Note, record, field, message});
    }
    int count(Severity severity) const;
    bool hasErrors() const { return count(Severity::Error) > 0; }

    // One line a problem ("file:row 4 [email] error: ..."), then a summary.
    QString toText() const;
    // The same as JSON for scripts.
    QByteArray toJson() const;
};

} // namespace stadtplan
