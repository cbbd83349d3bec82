#include "filter.h"

#include <QDateTime>
#include <QTest>

using namespace stadtplan;

namespace {
Service service(QStringList focus, QStringList groups, QStringList languages,
                ServiceStatus status = ServiceStatus::Active)
{
    Service s;
    s.focusAreas = std::move(focus);
    s.targetGroups = std::move(groups);
    s.languages = std::move(languages);
    s.status = status;
    return s;
}
QString s(const char *t)
{
    return QString::fromLatin1(t);
}
} // namespace

class TestFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyFilterMatchesEveryShownService()
    {
        Institution i;
        i.services = {service({s("counselling")}, {}, {})};
        QVERIFY(Filter{}.matches(i));
        i.services = {service({s("counselling")}, {}, {}, ServiceStatus::Inactive)};
        QVERIFY(!Filter{}.matches(i)); // nothing shown, nothing to find
        i.services = {service({s("counselling")}, {}, {}, ServiceStatus::TemporarilyClosed)};
        QVERIFY(Filter{}.matches(i)); // closed for now is still shown, and said so
    }

    void furtherFiltersNeedWhatIsKnown()
    {
        Institution i;
        Service a = service({s("counselling")}, {}, {});
        a.cost = s("free");
        a.referralRequired = false;
        a.openingHours = s("Mo-Fr 09:00-17:00; PH off");
        Service b = service({s("language_courses")}, {}, {});
        b.cost = s("10 EUR");
        i.services = {a, b};
        i.organisation.typeId = s("welfare_association");
        i.stepFree = StepFree::Unknown;

        Filter f;
        f.stepFreeOnly = true;
        QVERIFY(!f.matches(i)); // unknown is not step-free
        i.stepFree = StepFree::Yes;
        QVERIFY(f.matches(i));

        f = {};
        f.freeOnly = true;
        f.focusAreas = {s("language_courses")};
        QVERIFY(!f.matches(i)); // the language course is not free; one service must fit all
        f.focusAreas = {s("counselling")};
        QVERIFY(f.matches(i));
        f.noReferralOnly = true;
        QVERIFY(f.matches(i));
        i.services[0].referralRequired.reset(); // not known: not promised
        QVERIFY(!f.matches(i));

        // Walk-in only: a service that takes walk-ins; unknown is not promised,
        // and the same service must fit the other filters too.
        f = {};
        f.walkInOnly = true;
        QVERIFY(!f.isEmpty());
        QVERIFY(!f.matches(i));
        i.services[1].appointment = Appointment::WalkIn;
        QVERIFY(f.matches(i));
        f.focusAreas = {s("counselling")}; // the walk-in offer is the language course
        QVERIFY(!f.matches(i));
        i.services[0].appointment = Appointment::Needed;
        QVERIFY(!f.matches(i));
        i.services[0].appointment = Appointment::WalkIn;
        QVERIFY(f.matches(i));

        f = {};
        f.institutionTypes = {s("municipal_office")};
        QVERIFY(!f.matches(i));
        f.institutionTypes.insert(s("welfare_association"));
        QVERIFY(f.matches(i));
        QCOMPARE(f.countByFocusArea({i}).value(s("counselling")), 1);
        f.institutionTypes = {s("municipal_office")};
        QCOMPARE(f.countByFocusArea({i}).value(s("counselling")), 0);
        // Counting only some institutions (a search's hits).
        f.institutionTypes.clear();
        const std::vector<bool> none{false}, all{true};
        QCOMPARE(f.countByFocusArea({i}, &none).value(s("counselling")), 0);
        QCOMPARE(f.countByFocusArea({i}, &all).value(s("counselling")), 1);

        // Open at: a Wednesday morning yes, Christmas Day no, and hours not
        // known stay (the language course has none).
        f = {};
        f.focusAreas = {s("counselling")};
        f.openAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0));
        QVERIFY(f.matches(i));
        f.openAt = QDateTime(QDate(2026, 12, 25), QTime(10, 0));
        QVERIFY(!f.matches(i));
        f.focusAreas = {s("language_courses")};
        QVERIFY(f.matches(i));
    }

    void valuesOfOneDimensionCombineWithOr()
    {
        Institution i;
        i.services = {service({s("language_courses")}, {}, {})};
        Filter f;
        f.focusAreas = {s("counselling"), s("language_courses")};
        QVERIFY(f.matches(i));
        f.focusAreas = {s("counselling")};
        QVERIFY(!f.matches(i));
    }

    void dimensionsMustHoldForTheSameService()
    {
        // Counselling in Turkish and a German course for women: no Turkish course for women.
        Institution i;
        i.services = {service({s("counselling")}, {s("all_migrants")}, {s("tr")}),
                      service({s("language_courses")}, {s("women")}, {s("de")})};
        Filter f;
        f.focusAreas = {s("language_courses")};
        f.languages = {s("tr")};
        QVERIFY(!f.matches(i));
        f.languages = {s("de")};
        f.targetGroups = {s("women")};
        QVERIFY(f.matches(i));
        f.focusAreas = {s("counselling")};
        QVERIFY(!f.matches(i));
    }

    void countsPerFocusAreaIgnoreTheFocusSelectionButKeepOtherFilters()
    {
        Institution a, b, c;
        a.services = {service({s("counselling"), s("networking")}, {s("refugees")}, {s("de")})};
        b.services = {service({s("counselling")}, {s("women")}, {s("de")}),
                      service({s("counselling")}, {s("refugees")}, {s("de")})};
        c.services = {service({s("language_courses")}, {s("refugees")}, {s("de")}),
                      service({s("sport")}, {s("children")}, {s("de")}, ServiceStatus::Inactive)};
        const QList<Institution> all{a, b, c};

        Filter f;
        f.focusAreas = {s("language_courses")};
        QHash<QString, int> counts = f.countByFocusArea(all);
        QCOMPARE(counts.value(s("counselling")), 2); // b counted once although it has two services
        QCOMPARE(counts.value(s("networking")), 1);
        QCOMPARE(counts.value(s("language_courses")), 1);
        QCOMPARE(counts.value(s("sport")), 0); // inactive services do not count

        f.targetGroups = {s("women")};
        counts = f.countByFocusArea(all);
        QCOMPARE(counts.value(s("counselling")), 1);
        QCOMPARE(counts.value(s("language_courses")), 0);
    }
};

QTEST_GUILESS_MAIN(TestFilter)
#include "tst_filter.moc"
