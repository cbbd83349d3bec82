#include "importreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace stadtplan {

namespace {
// The severity's word: as scripts read it (JSON), and translated in the text.
const char *severityWord(ImportReport::Severity severity)
{
    switch (severity) {
    case ImportReport::Severity::Error:
        return QT_TRANSLATE_NOOP("ImportReport", "error");
    case ImportReport::Severity::Warning:
        return QT_TRANSLATE_NOOP("ImportReport", "warning");
    case ImportReport::Severity::Note:
        break;
    }
    return QT_TRANSLATE_NOOP("ImportReport", "note");
}
} // namespace

QString ImportReport::toText(Reader reader) const
{
    // (English, the source language, has no translator: its singulars are
    // texts of their own below.)
    QString out;
    for (const Problem &p : m_problems) {
        out += file;
        if (!p.record.isEmpty())
            out += QLatin1Char(':') + p.record;
        if (!p.field.isEmpty())
            out += QStringLiteral(" [") + p.field + QLatin1Char(']');
        out += QLatin1Char(' ') + tr(severityWord(p.severity)) + QStringLiteral(": ") + p.message + QLatin1Char('\n');
    }
    out += (records == 1 ? tr("1 record read: %1 new, %2 updated, %3 unchanged")
                         : tr("%n records read: %1 new, %2 updated, %3 unchanged", nullptr, records))
               .arg(added)
               .arg(updated)
               .arg(unchanged);
    if (missing > 0)
        out += tr("; %1 of this list no longer in it (kept)").arg(missing);
    const int errors = count(Severity::Error);
    const int warnings = count(Severity::Warning);
    out += QStringLiteral(". ") + (errors == 1 ? tr("1 error") : tr("%n errors", nullptr, errors))
        + QStringLiteral(", ") + (warnings == 1 ? tr("1 warning") : tr("%n warnings", nullptr, warnings))
        + QStringLiteral(".\n");
    if (acceptValid && leftOut > 0 && (written || !blocked())) {
        if (dryRun)
            out += leftOut == 1 ? tr("Nothing was written (dry run); 1 row would be left out for its errors.")
                                : tr("Nothing was written (dry run); %n rows would be left out for their errors.",
                                     nullptr, leftOut);
        else if (written)
            out += leftOut == 1
                ? tr("The valid records were written in one transaction; 1 row left out for its errors.")
                : tr("The valid records were written in one transaction; %n rows left out for their errors.",
                     nullptr, leftOut);
        else
            out += leftOut == 1 ? tr("Nothing to write; 1 row left out for its errors.")
                                : tr("Nothing to write; %n rows left out for their errors.", nullptr, leftOut);
        out += QLatin1Char('\n');
        if (!leftOutFile.isEmpty())
            out += tr("The rows left out are in %1, each with its problem: correct them there and import that file.")
                       .arg(leftOutFile)
                + QLatin1Char('\n');
    } else if (blocked()) {
        // (Accepting the valid records does not pass an error of the whole list.)
        out += listErrors() > 0 ? tr("Nothing was written: the list as a whole has errors; correct them and import again.")
            : reader == Reader::App
            ? tr("Nothing was written: correct the errors and import again (or import the valid records without "
                 "the rows with errors).")
            : tr("Nothing was written: correct the errors and import again (or import the valid records with "
                 "--accept-valid).");
        out += QLatin1Char('\n');
    } else {
        out += (dryRun      ? tr("Nothing was written (dry run).")
                : written   ? tr("Written in one transaction.")
                            : tr("Nothing to write: the store already holds this list."))
            + QLatin1Char('\n');
    }
    return out;
}

bool ImportReport::blocked() const
{
    return acceptValid ? listErrors() > 0 : hasErrors();
}

int ImportReport::listErrors() const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(), [](const Problem &p) {
        return p.severity == Severity::Error && p.record.isEmpty();
    }));
}

QByteArray ImportReport::toJson() const
{
    QJsonObject phaseTimes; // keys sorted by QJsonObject; "order" keeps the steps' sequence
    QJsonArray order;
    for (const auto &[name, ms] : phases) {
        phaseTimes.insert(name, ms);
        order.append(name);
    }
    const QJsonObject steps{{QStringLiteral("order"), order},
                            {QStringLiteral("times"), phaseTimes}};
    QJsonArray list;
    for (const Problem &p : m_problems) {
        list.append(QJsonObject{{QStringLiteral("severity"), QLatin1String(severityWord(p.severity))},
                                {QStringLiteral("record"), p.record},
                                {QStringLiteral("field"), p.field},
                                {QStringLiteral("message"), p.message}});
    }
    const QJsonObject root{
        {QStringLiteral("file"), file},
        {QStringLiteral("records"), records},
        {QStringLiteral("added"), added},
        {QStringLiteral("updated"), updated},
        {QStringLiteral("unchanged"), unchanged},
        {QStringLiteral("missing"), missing},
        {QStringLiteral("errors"), count(Severity::Error)},
        {QStringLiteral("warnings"), count(Severity::Warning)},
        {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("written"), written},
        {QStringLiteral("left_out"), leftOut},
        {QStringLiteral("left_out_file"), leftOutFile},
        {QStringLiteral("rows_with_errors"), rowsWithErrors},
        {QStringLiteral("problems"), list},
        {QStringLiteral("phases_ms"), steps},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace stadtplan
