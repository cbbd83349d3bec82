#include "focusiconprovider.h"
#include "storelocation.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(StadtplanPlugin)
Q_IMPORT_QML_PLUGIN(Stadtplan_ModelsPlugin)

// Gives the QML tests a real GeoPackage made from the bundled demo data.
class Setup : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        const QString store = m_dir.filePath(QStringLiteral("qmltest.gpkg"));
        stadtplan::openStore(store, true, stadtplan::bundledDemoSeed);
        engine->rootContext()->setContextProperty(QStringLiteral("testStorePath"), store);
        stadtplan::FocusIconProvider::install(engine);
    }
};

QUICK_TEST_MAIN_WITH_SETUP(stadtplan_qml, Setup)
#include "tst_qml.moc"
