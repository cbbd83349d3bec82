#include "importreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace stadtplan {

namespace {
QString severityName(ImportReport::Severity severity)
{
    switch (severity) {
    case ImportReport::Severity::Error:
        return QStringLiteral("error");
    case ImportReport::Severity::Warning:
        return QStringLiteral("warning");
    case ImportReport::Severity::Note:
        break;
    }
    return QStringLiteral("note");
}

// "1 error", "2 errors" (the report is English, for logs and scripts).
QString counted(qsizetype n, const char *one, const char *many)
{
    return QString::number(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
}
} // namespace

QString ImportReport::toText() const
{
    QString out;
    for (const Problem &p : m_problems) {
        out += file;
        if (!p.record.isEmpty())
            out += QLatin1Char(':') + p.record;
        if (!p.field.isEmpty())
            out += QStringLiteral(" [") + p.field + QLatin1Char(']');
        out += QLatin1Char(' ') + severityName(p.severity) + QStringLiteral(": ") + p.message
            + QLatin1Char('\n');
    }
    out += QStringLiteral("%1 read: %2 new, %3 updated, %4 unchanged")
               .arg(counted(records, "record", "records"))
               .arg(added)
               .arg(updated)
               .arg(unchanged);
    if (missing > 0)
        out += QStringLiteral("; %1 of this list no longer in it (kept)").arg(missing);
    out += QStringLiteral(". %1, %2.\n")
               .arg(counted(count(Severity::Error), "error", "errors"),
                    counted(count(Severity::Warning), "warning", "warnings"));
    if (acceptValid && leftOut > 0 && (written || !blocked())) {
        out += dryRun ? QStringLiteral("Nothing was written (dry run); %1 would be left out for their errors.\n")
                            .arg(counted(leftOut, "row", "rows"))
              : written ? QStringLiteral("The valid records were written in one transaction; %1 left out for their errors.\n")
                            .arg(counted(leftOut, "row", "rows"))
                        : QStringLiteral("Nothing to write; %1 left out for their errors.\n").arg(counted(leftOut, "row", "rows"));
        if (!leftOutFile.isEmpty())
            out += QStringLiteral("The rows left out are in %1, each with its problem: correct them there and "
                                  "import that file.\n").arg(leftOutFile);
    } else if (blocked())
        out += acceptValid ? QStringLiteral("Nothing was written: the list as a whole has errors; correct them and import again.\n")
                           : QStringLiteral("Nothing was written: correct the errors and import again (or import the "
                                            "valid records with --accept-valid).\n");
    else if (dryRun)
        out += QStringLiteral("Nothing was written (dry run).\n");
    else if (written)
        out += QStringLiteral("Written in one transaction.\n");
    else
        out += QStringLiteral("Nothing to write: the store already holds this list.\n");
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
        list.append(QJsonObject{{QStringLiteral("severity"), severityName(p.severity)},
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
