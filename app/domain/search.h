#pragma once

#include "institution.h"
#include "taxonomy.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace stadtplan {

// Full-text search over institutions: names, Träger, descriptions, service
// names and descriptions, and their focus areas' and target groups' labels.
// Tolerant of German spelling (ä/ae, ö/oe, ü/ue, ß/ss, accents, case) and of
// one typo per word of five letters or more (a letter wrong, missing, extra
// or two swapped); the last word of a query also matches as a prefix, so
// results follow typing. Every word must match (AND).
class SearchIndex
{
public:
    struct Hit
    {
        qsizetype institution; // index into the list the index was built from
        double score;          // higher is better
    };

    SearchIndex() = default;
    // `labels` maps taxonomy ids (focus areas, target groups) to the words
    // searched for them, e.g. "language_courses" → "Sprachkurse Language courses".
    SearchIndex(const QList<Institution> &institutions, const QHash<QString, QString> &labels = {});

    // Matching institutions, best first (then in index order).
    std::vector<Hit> search(const QString &query) const;
    // Completions of the query's last word, most frequent first ("Sprach" → "sprachkurs", ...).
    QStringList suggestions(const QString &query, int limit = 8) const;

    // The words searched for each focus area and target group: their German
    // and English labels, so either finds them.
    static QHash<QString, QString> taxonomyLabels(const Taxonomy &taxonomy);

    // The spelling-folded form used for matching (Validation::foldedWords):
    // "Große Straße" → "grosse strasse".
    static QString fold(const QString &text);
    static QStringList words(const QString &text);

private:
    struct Posting
    {
        quint32 institution;
        float weight;
    };
    quint32 termId(const QString &term) const;
    void matchingTerms(const QString &word, bool prefix,
                       std::vector<std::pair<quint32, float>> &out) const;

    QHash<QString, quint32> m_termIds;
    QStringList m_terms;                          // by id
    std::vector<std::vector<Posting>> m_postings; // by term id; one posting per institution
    QStringList m_sortedTerms;                    // for prefixes
    std::vector<quint32> m_sortedIds;
    QHash<QString, std::vector<quint32>> m_deletions; // a term with one letter deleted → terms
    qsizetype m_count = 0;
};

} // namespace stadtplan
