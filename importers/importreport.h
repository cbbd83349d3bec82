#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <utility>

namespace stadtplan {

// What an import found, row by row, and what it did or would do.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)
public:
    enum class Severity { Error, Warning, Note };
    // Who reads the text report: its closing advice names the command-line
    // option or the dialog's button.
    enum class Reader { CommandLine, App };
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
    bool acceptValid = false; // the valid records imported, the others left out
    int leftOut = 0;          // rows left out for their errors (acceptValid)
    QString leftOutFile;      // where they were written, to correct and import again
    int rowsWithErrors = 0;   // rows with an error of their own (what acceptValid would leave out)
    // How long each step took, in order ("read and check", 640), for the
    // benchmark and for anyone wondering where an import's time goes.
    QList<std::pair<QString, qint64>> phases;
    void phase(const QString &name, qint64 milliseconds) { phases.append({name, milliseconds}); }

    void error(const QString &record, const QString &field, const QString &message)
    {
        add({Severity::Error, record, field, message});
    }
    void warning(const QString &record, const QString &field, const QString &message)
    {
        add({Severity::Warning, record, field, message});
    }
    void note(const QString &record, const QString &field, const QString &message)
    {
        add({Severity::Note, record, field, message});
    }
    // Kept as counters: the importer asks after every record, and a list with
    // an error in every row must not make that quadratic.
    int count(Severity severity) const { return m_counts[static_cast<int>(severity)]; }
    const QList<Problem> &problems() const { return m_problems; }
    bool hasErrors() const { return count(Severity::Error) > 0; }
    // Nothing can be imported: an error of the list as a whole, or, unless
    // the valid records are accepted, of any row.
    bool blocked() const;
    // Errors of the list as a whole (no record named): a missing column, a
    // file that cannot be read; accepting the valid records does not pass them.
    int listErrors() const;

    // One line a problem ("file:row 4 [email] error: ..."), then a summary,
    // in the language of the translator installed (the UI's, or LANG's on
    // the command line), as are the common problems' messages.
    QString toText(Reader reader = Reader::CommandLine) const;
    // The same as JSON for scripts.
    QByteArray toJson() const;

private:
    void add(Problem problem)
    {
        ++m_counts[static_cast<int>(problem.severity)];
        m_problems.append(std::move(problem));
    }
    QList<Problem> m_problems;
    int m_counts[3] = {0, 0, 0};
};

} // namespace stadtplan
