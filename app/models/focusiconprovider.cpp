#include "focusiconprovider.h"

#include <QPainter>
#include <QQmlEngine>
#include <QSvgRenderer>
#include <QUrl>

namespace stadtplan {

FocusIconProvider::FocusIconProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{
}

QImage FocusIconProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QSize target = requestedSize.isValid() && !requestedSize.isEmpty() ? requestedSize
                                                                             : QSize(48, 48);
    if (size)
        *size = target;
    return render(QUrl::fromPercentEncoding(id.toUtf8()), target);
}

QImage FocusIconProvider::render(const QString &pathData, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const QByteArray svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" "
                                          "viewBox=\"0 0 24 24\"><path fill=\"#ffffff\" "
                                          "fill-rule=\"evenodd\" d=\"%1\"/></svg>")
                               .arg(pathData.toHtmlEscaped())
                               .toUtf8();
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return image; // a broken icon shows nothing rather than garbage
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    return image;
}

void FocusIconProvider::install(QQmlEngine *engine)
{
    engine->addImageProvider(QStringLiteral("focusicon"), new FocusIconProvider);
}

} // namespace stadtplan
