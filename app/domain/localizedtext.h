#pragma once

#include <QHash>
#include <QString>

namespace stadtplan {

// A text in several languages, keyed by ISO 639-1 code. German is the
// language of the source data, so it is the fallback, then English.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(QHash<QString, QString> texts) : m_texts(std::move(texts)) {}

    // The text in `language`, else German, else English, else any.
    QString text(const QString &language) const;
    // True when text(language) is a fallback, not the language asked for.
    bool isFallback(const QString &language) const;
    bool has(const QString &language) const { return !m_texts.value(language).isEmpty(); }
    bool isEmpty() const { return m_texts.isEmpty(); }
    void set(const QString &language, const QString &text) { m_texts.insert(language, text); }

    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;

private:
    QHash<QString, QString> m_texts;
};

} // namespace stadtplan
