// SPDX-License-Identifier: MIT
#include "HostedPageScript.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace Kiosk::Ui {

namespace {

QString jsString(const QString &text)
{
    // A JSON string literal is a valid JavaScript string literal, quotes and escapes included.
    const QByteArray array = QJsonDocument(QJsonArray { QJsonValue(text) }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

QString HostedPageScript::fillCard(const QString &card, const QString &expiry, const QString &cvc, const QString &name,
    const QString &email, bool submit)
{
    return QStringLiteral("(function(){"
                          "function put(id,v){var e=document.getElementById(id);if(!e)return false;e.focus();"
                          "e.value=v;e.dispatchEvent(new Event('input',{bubbles:true}));"
                          "e.dispatchEvent(new Event('change',{bubbles:true}));return true;}"
                          "var ok=put('cardNumber',%1)&&put('cardExpiry',%2)&&put('cardCvc',%3);"
                          "put('billingName',%4);var m=document.getElementById('email');"
                          "if(m&&!m.value)put('email',%5);"
                          "if(ok&&%6){document.getElementById('submit').click();}"
                          "return ok;})()")
        .arg(jsString(card), jsString(expiry), jsString(cvc), jsString(name), jsString(email),
            submit ? QStringLiteral("true") : QStringLiteral("false"));
}

QString HostedPageScript::formReady()
{
    return QStringLiteral("!!document.getElementById('cardNumber') && !!document.getElementById('submit')");
}

} // namespace Kiosk::Ui
