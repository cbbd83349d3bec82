#include "search.h"

#include "validation.h"

#include <algorithm>
#include <numeric>

namespace stadtplan {

namespace {

constexpr qsizetype TypoMinimumLength = 5;

// Damerau–Levenshtein distance at most one (a substitution, insertion,
// deletion or transposition of neighbours).
bool withinOneEdit(const QString &a, const QString &b)
{
    const qsizetype la = a.size(), lb = b.size();
    if (std::abs(la - lb) > 1)
        return false;
    qsizetype i = 0;
    while (i < la && i < lb && a[i] == b[i])
        ++i;
    if (i == la && i == lb)
        return true;
    if (la == lb) {
        // substitution or transposition
        if (QStringView(a).mid(i + 1) == QStringView(b).mid(i + 1))
            return true;
        return i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] &&
               QStringView(a).mid(i + 2) == QStringView(b).mid(i + 2);
    }
    if (la > lb)
        return QStringView(a).mid(i + 1) == QStringView(b).mid(i);
    return QStringView(a).mid(i) == QStringView(b).mid(i + 1);
}

} // namespace

QHash<QString, QString> SearchIndex::taxonomyLabels(const Taxonomy &taxonomy)
{
    QHash<QString, QString> labels;
    const auto both = [](const LocalizedText &t) {
        return t.text(QStringLiteral("de")) + QLatin1Char(' ') + t.text(QStringLiteral("en"));
    };
    for (const FocusArea &f : taxonomy.focusAreas())
        labels.insert(f.id, both(f.label));
    for (const TargetGroup &g : taxonomy.targetGroups())
        labels.insert(g.id, both(g.label));
    return labels;
}

QString SearchIndex::fold(const QString &text)
{
    return Validation::foldedWords(text);
}

QStringList SearchIndex::words(const QString &text)
{
    return fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

SearchIndex::SearchIndex(const QList<Institution> &institutions,
                         const QHash<QString, QString> &labels)
    : m_count(institutions.size())
{
    for (qsizetype i = 0; i < institutions.size(); ++i) {
        const Institution &inst = institutions[i];
        QHash<QString, float> weights; // the best field a term occurs in
        const auto add = [&](const QString &text, float weight) {
            for (const QString &w : words(text)) {
                float &current = weights[w];
                current = std::max(current, weight);
            }
        };
        add(inst.name, 3.0f);
        add(inst.organisation.name, 2.0f);
        add(inst.address.street, 1.0f);
        add(inst.description, 1.0f);
        for (const Service &s : inst.services) {
            if (!s.isShown())
                continue;
            add(s.name, 2.0f);
            add(s.description, 1.0f);
            for (const QString &id : s.focusAreas)
                add(labels.value(id), 1.5f);
            for (const QString &id : s.targetGroups)
                add(labels.value(id), 1.0f);
        }
        for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
            auto found = m_termIds.constFind(it.key());
            quint32 id;
            if (found == m_termIds.cend()) {
                id = quint32(m_terms.size());
                m_termIds.insert(it.key(), id);
                m_terms.append(it.key());
                m_postings.emplace_back();
            } else {
                id = *found;
            }
            m_postings[id].push_back({quint32(i), it.value()});
        }
    }
    m_sortedIds.resize(size_t(m_terms.size()));
    std::iota(m_sortedIds.begin(), m_sortedIds.end(), 0u);
    std::sort(m_sortedIds.begin(), m_sortedIds.end(),
              [&](quint32 a, quint32 b) { return m_terms[a] < m_terms[b]; });
    for (const quint32 id : m_sortedIds)
        m_sortedTerms.append(m_terms[id]);
    // One-deletion neighbourhoods: two words within one edit share a
    // deletion of each (or one is a deletion of the other).
    for (quint32 id = 0; id < quint32(m_terms.size()); ++id) {
        const QString &t = m_terms[id];
        if (t.size() < TypoMinimumLength - 1)
            continue;
        for (qsizetype k = 0; k < t.size(); ++k) {
            QString deleted = t;
            deleted.remove(k, 1);
            std::vector<quint32> &list = m_deletions[deleted];
            if (list.empty() || list.back() != id)
                list.push_back(id);
        }
    }
}

quint32 SearchIndex::termId(const QString &term) const
{
    return m_termIds.value(term, quint32(-1));
}

void SearchIndex::matchingTerms(const QString &word, bool prefix,
                                std::vector<std::pair<quint32, float>> &out) const
{
    // Exact: full weight; a prefix of a longer word: a little less; one typo: less still.
    if (const quint32 id = termId(word); id != quint32(-1))
        out.push_back({id, 1.0f});
    if (prefix) {
        auto it = std::lower_bound(m_sortedTerms.cbegin(), m_sortedTerms.cend(), word);
        for (; it != m_sortedTerms.cend() && it->startsWith(word); ++it) {
            const quint32 id = m_sortedIds[size_t(it - m_sortedTerms.cbegin())];
            if (m_terms[id] != word)
                out.push_back({id, 0.8f});
        }
    }
    if (word.size() >= TypoMinimumLength) {
        QList<QString> keys{word};
        for (qsizetype k = 0; k < word.size(); ++k) {
            QString deleted = word;
            deleted.remove(k, 1);
            keys.append(deleted);
            // The word with a letter missing: the term is the deletion itself.
            if (const quint32 id = termId(deleted);
                id != quint32(-1) && deleted.size() >= TypoMinimumLength - 1)
                out.push_back({id, 0.6f});
        }
        for (const QString &key : keys) {
            const auto found = m_deletions.constFind(key);
            if (found == m_deletions.cend())
                continue;
            for (const quint32 id : *found) {
                if (m_terms[id] != word && withinOneEdit(m_terms[id], word))
                    out.push_back({id, 0.6f});
            }
        }
    }
}

std::vector<SearchIndex::Hit> SearchIndex::search(const QString &query) const
{
    const QStringList queryWords = words(query);
    if (queryWords.isEmpty())
        return {};
    const bool endsInSpace = !query.isEmpty() && query.back().isSpace();
    std::vector<float> scores(size_t(m_count), 0.0f);
    std::vector<quint16> matched(size_t(m_count), 0);
    for (qsizetype w = 0; w < queryWords.size(); ++w) {
        std::vector<std::pair<quint32, float>> terms;
        matchingTerms(queryWords[w], w == queryWords.size() - 1 && !endsInSpace, terms);
        for (const auto &[term, quality] : terms) {
            for (const Posting &p : m_postings[term]) {
                // Each word counts once per institution, by its first (best)
                // kind of match: exact terms come before prefixes and typos.
                if (matched[p.institution] == quint16(w)) {
                    matched[p.institution] = quint16(w + 1);
                    scores[p.institution] += quality * p.weight;
                }
            }
        }
    }
    std::vector<Hit> hits;
    const quint16 all = quint16(queryWords.size());
    for (size_t i = 0; i < scores.size(); ++i)
        if (matched[i] == all)
            hits.push_back({qsizetype(i), scores[i]});
    std::stable_sort(hits.begin(), hits.end(),
                     [](const Hit &a, const Hit &b) { return a.score > b.score; });
    return hits;
}

QStringList SearchIndex::suggestions(const QString &query, int limit) const
{
    const QStringList queryWords = words(query);
    if (queryWords.isEmpty() || (!query.isEmpty() && query.back().isSpace()))
        return {};
    const QString last = queryWords.last();
    std::vector<std::pair<size_t, QString>> found;
    auto it = std::lower_bound(m_sortedTerms.cbegin(), m_sortedTerms.cend(), last);
    for (; it != m_sortedTerms.cend() && it->startsWith(last); ++it) {
        const quint32 id = m_sortedIds[size_t(it - m_sortedTerms.cbegin())];
        if (m_terms[id] != last)
            found.push_back({m_postings[id].size(), m_terms[id]});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList out;
    for (size_t k = 0; k < found.size() && out.size() < limit; ++k)
        out.append(found[k].second);
    return out;
}

} // namespace stadtplan
