// SPDX-License-Identifier: MIT
#include "CheckoutPage.h"
#include "PageTexts.h"

namespace Kiosk::Sim {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const char *const kStyle = R"CSS(
*{box-sizing:border-box}
input,button{font-family:inherit}
html,body{margin:0;padding:0}
body{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1a1f36;background:#fff;font-size:16px;line-height:1.4}
.layout{display:flex;min-height:100vh}
.summary{flex:1;background:#f6f9fc;padding:48px 48px 32px;display:flex;justify-content:flex-end;border-right:1px solid #e3e8ee}
.summary-inner,.pay-inner{width:100%;max-width:420px}
.pay{flex:1;padding:48px;display:flex;justify-content:flex-start}
.merchant{display:flex;align-items:center;gap:12px;font-weight:600;font-size:17px}
.badge{white-space:nowrap;background:#ffde92;color:#a04100;font-size:12px;font-weight:700;letter-spacing:.04em;border-radius:4px;padding:3px 8px;text-transform:uppercase}
.total-label{color:#697386;margin:28px 0 4px;font-size:16px}
.total{font-size:36px;font-weight:700;letter-spacing:-.02em;margin:0 0 24px}
.items{list-style:none;margin:0;padding:0}
.items li{display:flex;justify-content:space-between;gap:16px;padding:12px 0;border-bottom:1px solid #e3e8ee}
.item-name{font-weight:500}.item-meta{color:#697386;font-size:14px}
.item-amount{font-weight:500;white-space:nowrap}
.countdown{margin-top:20px;color:#697386;font-size:14px}
h1{font-size:20px;margin:0 0 20px}
label{display:block;font-size:14px;color:#3c4257;margin:16px 0 6px;font-weight:500}
input{width:100%;min-height:48px;font-size:17px;padding:10px 12px;border:1px solid #cfd7df;border-radius:6px;background:#fff;color:#1a1f36}
input:focus{outline:none;border-color:#635bff;box-shadow:0 0 0 3px rgba(99,91,255,.25)}
input[aria-invalid=true]{border-color:#df1b41}
.card-group{border:1px solid #cfd7df;border-radius:6px;overflow:hidden}
.card-group input{border:0;border-radius:0;min-height:48px}
.card-group .row{display:flex;border-top:1px solid #cfd7df}
.card-group .row input+input{border-left:1px solid #cfd7df}
.error{color:#df1b41;font-size:15px;margin:14px 0 0;min-height:1em}
button,.button{display:block;width:100%;min-height:52px;margin-top:24px;border:0;border-radius:6px;background:#635bff;color:#fff;font-size:18px;font-weight:600;cursor:pointer;text-align:center;text-decoration:none;line-height:52px;padding:0 16px}
button:hover{background:#5046e4}button:focus-visible{outline:3px solid #a5a0ff;outline-offset:2px}
button.secondary{background:#fff;color:#1a1f36;border:1px solid #cfd7df}
.cancel{display:inline-block;margin-top:20px;color:#635bff;min-height:44px;line-height:44px;text-decoration:none;font-weight:500}
.notice{padding:20px;border-radius:8px;background:#f6f9fc;border:1px solid #e3e8ee}
.hint{color:#697386;font-size:13px;margin-top:8px}
select{width:100%;min-height:48px;font-size:17px;padding:10px 12px;border:1px solid #cfd7df;border-radius:6px;background:#fff;color:#1a1f36;font-family:inherit}
select:focus{outline:none;border-color:#635bff;box-shadow:0 0 0 3px rgba(99,91,255,.25)}
select[aria-invalid=true]{border-color:#df1b41}
fieldset{border:0;margin:28px 0 0;padding:0;min-width:0}
legend{font-size:16px;font-weight:600;color:#1a1f36;margin:0;padding:0}
.pair{display:flex;gap:12px}.pair>div{flex:1;min-width:0}
.choice{display:flex;align-items:center;gap:12px;border:1px solid #cfd7df;border-radius:6px;padding:10px 12px;margin:8px 0 0;min-height:52px;font-weight:400;color:#1a1f36;cursor:pointer}
.choice:has(input:checked){border-color:#635bff;box-shadow:0 0 0 1px #635bff}
.choice input,.check input{width:22px;height:22px;min-height:22px;margin:0;flex:none;accent-color:#635bff}
.choice .price{margin-left:auto;font-weight:600;white-space:nowrap}
.check{display:flex;gap:12px;align-items:flex-start;font-weight:400;color:#1a1f36;margin:18px 0 0;cursor:pointer}
.check input{margin-top:1px}
.check:has(input[aria-invalid=true]){color:#df1b41}
.custom-text{color:#3c4257;font-size:14px;margin:12px 0 0}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
@media (max-width:820px){.layout{flex-direction:column}.summary{justify-content:center;border-right:0;border-bottom:1px solid #e3e8ee;padding:24px}.pay{justify-content:center;padding:24px}}
)CSS";

const char *const kScript = R"JS(
(function(){
  var n=document.getElementById('cardNumber');
  if(n){n.addEventListener('input',function(){var d=n.value.replace(/\D/g,'').slice(0,19);n.value=d.replace(/(\d{4})(?=\d)/g,'$1 ');});}
  var e=document.getElementById('cardExpiry');
  if(e){e.addEventListener('input',function(ev){var d=e.value.replace(/\D/g,'').slice(0,4);
    if(ev.inputType&&ev.inputType.indexOf('delete')===0){e.value=d.length>2?d.slice(0,2)+' / '+d.slice(2):d;return;}
    e.value=d.length>=2?d.slice(0,2)+' / '+d.slice(2):d;});}
  var c=document.getElementById('cardCvc');
  if(c){c.addEventListener('input',function(){c.value=c.value.replace(/\D/g,'').slice(0,4);});}
  var cd=document.getElementById('countdown');
  if(cd){var left=parseInt(cd.getAttribute('data-seconds'),10);
    var tick=function(){if(left<=0){cd.textContent=cd.getAttribute('data-expired');var b=document.getElementById('submit');if(b)b.disabled=true;return;}
      var h=Math.floor(left/3600),m=Math.floor(left%3600/60),s=left%60;
      cd.textContent=cd.getAttribute('data-expires-in')+' '+(h>0?h+'h ':'')+(m<10&&h>0?'0':'')+m+'m '+(s<10?'0':'')+s+'s';left--;};
    tick();setInterval(tick,1000);}
  var rs=document.querySelectorAll('input[name=shippingRate]');
  for(var i=0;i<rs.length;i++){rs[i].addEventListener('change',function(ev){var r=ev.target;
    var set=function(id,attr){var el=document.getElementById(id);if(el)el.textContent=r.getAttribute(attr);};
    set('total','data-total');set('shipping','data-amount');set('submit','data-submit');});}
  var f=document.getElementById('payment-form');
  if(f){f.addEventListener('submit',function(){var b=document.getElementById('submit');if(b){b.setAttribute('aria-busy','true');b.textContent=b.getAttribute('data-processing');}});}
})();
)JS";

QString summaryColumn(const CheckoutPage::Model &m, const PageTexts &t)
{
    QString html
        = QStringLiteral("<aside class=\"summary\" aria-label=\"%3\"><div class=\"summary-inner\">"
                         "<div class=\"merchant\"><span>%1</span><span class=\"badge\" id=\"test-mode\">%4</span></div>"
                         "<p class=\"total-label\">%5</p><p class=\"total\" id=\"total\">%2</p><ul class=\"items\">")
              .arg(esc(m.merchantName), esc(m.total), esc(t.orderSummary), esc(t.testMode),
                  esc(t.payMerchant.arg(m.merchantName)));
    for (const CheckoutPage::Item &item : m.items) {
        QString meta = esc(t.quantity.arg(item.quantity));
        if (item.quantity > 1)
            meta += QStringLiteral(" · ") + esc(t.each.arg(item.unitAmount));
        html += QStringLiteral("<li><div><div class=\"item-name\">%1</div><div class=\"item-meta\">%2</div>%3</div>"
                               "<div class=\"item-amount\">%4</div></li>")
                    .arg(esc(item.name), meta,
                        item.description.isEmpty()
                            ? QString()
                            : QStringLiteral("<div class=\"item-meta\">%1</div>").arg(esc(item.description)),
                        esc(item.amount));
    }
    const auto totalLine = [](const char *id, const QString &label, const QString &amount) {
        return QStringLiteral("<li><div class=\"item-meta\">%1</div><div class=\"item-amount\" id=\"%2\">%3</div></li>")
            .arg(esc(label), QLatin1String(id), esc(amount));
    };
    if (!m.discount.isEmpty() || !m.tax.isEmpty() || !m.shippingAmount.isEmpty())
        html += totalLine("subtotal", t.subtotal, m.subtotal);
    if (!m.discount.isEmpty())
        html += totalLine("discount", t.discount, m.discount);
    if (!m.shippingAmount.isEmpty())
        html += totalLine("shipping", t.shipping, m.shippingAmount);
    if (!m.tax.isEmpty())
        html += totalLine("tax", t.tax, m.tax);
    html += QStringLiteral("</ul>");
    if (m.view != CheckoutPage::View::Closed && m.expiresAt > 0)
        html
            += QStringLiteral("<p class=\"countdown\" id=\"countdown\" role=\"timer\" data-seconds=\"%1\" "
                              "data-expires-in=\"%2\" data-expired=\"%3\"></p>")
                   .arg(QString::number(std::max<qint64>(0, m.expiresAt - m.now)), esc(t.expiresIn), esc(t.expiredNow));
    html += QStringLiteral("</div></aside>");
    return html;
}

QString input(const QString &id, const QString &label, const QString &type, const QString &value, const QString &extra,
    const CheckoutPage::Model &m)
{
    const bool invalid = m.errorField == id;
    return QStringLiteral("<label for=\"%1\">%2</label><input id=\"%1\" name=\"%1\" type=\"%3\" value=\"%4\" %5%6>")
        .arg(id, label, type, esc(value), extra,
            invalid ? QStringLiteral(" aria-invalid=\"true\" aria-describedby=\"form-error\"") : QString());
}

QString invalidIf(const CheckoutPage::Model &m, const QString &id)
{
    return m.errorField == id ? QStringLiteral(" aria-invalid=\"true\" aria-describedby=\"form-error\"") : QString();
}

QString customText(const QString &message)
{
    return message.isEmpty() ? QString() : QStringLiteral("<p class=\"custom-text\">%1</p>").arg(esc(message));
}

QString select(const QString &id, const QString &label, const QList<CheckoutPage::Choice> &choices,
    const QString &value, const QString &prompt, const CheckoutPage::Model &m)
{
    QString html = QStringLiteral("<label for=\"%1\">%2</label><select id=\"%1\" name=\"%1\"%3>")
                       .arg(id, esc(label), invalidIf(m, id));
    if (!prompt.isEmpty())
        html += QStringLiteral("<option value=\"\">%1</option>").arg(esc(prompt));
    for (const CheckoutPage::Choice &choice : choices)
        html += QStringLiteral("<option value=\"%1\"%2>%3</option>")
                    .arg(esc(choice.value), choice.value == value ? QStringLiteral(" selected") : QString(),
                        esc(choice.label));
    return html + QStringLiteral("</select>");
}

/** Phone, shipping address and method, and the custom fields the session asks for. */
QString collectedFields(const CheckoutPage::Model &m, const PageTexts &t)
{
    QString html;
    if (m.collectPhone)
        html += input(QStringLiteral("phone"), esc(t.phone), QStringLiteral("tel"), m.phone,
            QStringLiteral("autocomplete=\"tel\" maxlength=\"30\" required placeholder=\"%1\"").arg(esc(t.phoneHint)),
            m);
    if (m.collectShipping) {
        const auto field = [&](const char *id, const QString &label, const QString &value, const char *autocomplete,
                               bool required) -> QString {
            return input(QLatin1String(id), esc(label), QStringLiteral("text"), value,
                QStringLiteral("autocomplete=\"%1\" maxlength=\"200\"%2")
                    .arg(QLatin1String(autocomplete), required ? QStringLiteral(" required") : QString()),
                m);
        };
        const PaymentInput::Address &a = m.shipping;
        html += QStringLiteral("<fieldset id=\"shipping-address\"><legend>%1</legend>").arg(esc(t.shippingAddress));
        html += customText(m.shippingMessage);
        html += field("shippingName", t.fullName, a.name, "shipping name", true);
        html += select(QStringLiteral("shippingCountry"), t.country, m.countries,
            a.country.isEmpty() && !m.countries.isEmpty() ? m.countries.first().value : a.country, QString(), m);
        html += field("shippingLine1", t.addressLine1, a.line1, "shipping address-line1", true);
        html += field("shippingLine2", t.addressLine2, a.line2, "shipping address-line2", false);
        html += QStringLiteral("<div class=\"pair\"><div>")
            + field("shippingPostalCode", t.postalCode, a.postalCode, "shipping postal-code", true)
            + QStringLiteral("</div><div>") + field("shippingCity", t.city, a.city, "shipping address-level2", true)
            + QStringLiteral("</div></div>");
        html += field("shippingState", t.state, a.state, "shipping address-level1", false);
        html += QStringLiteral("</fieldset>");
    }
    if (!m.shippingOptions.isEmpty()) {
        html += QStringLiteral("<fieldset id=\"shipping-method\"%2><legend>%1</legend>")
                    .arg(esc(t.shippingMethod), invalidIf(m, QStringLiteral("shippingRate")));
        for (qsizetype n = 0; n < m.shippingOptions.size(); ++n) {
            const CheckoutPage::ShippingOption &o = m.shippingOptions.at(n);
            html += QStringLiteral("<label class=\"choice\"><input type=\"radio\" id=\"shippingRate-%1\" "
                                   "name=\"shippingRate\" value=\"%2\" data-amount=\"%3\" data-total=\"%4\" "
                                   "data-submit=\"%5\"%6><span>%7</span><span class=\"price\">%3</span></label>")
                        .arg(QString::number(n), esc(o.rate), esc(o.amount), esc(o.total), esc(o.submit),
                            o.checked ? QStringLiteral(" checked") : QString(), esc(o.label));
        }
        html += QStringLiteral("</fieldset>");
    }
    for (const CheckoutPage::CustomField &f : m.customFields) {
        const QString id = QStringLiteral("custom_") + f.key;
        const QString label = f.optional ? QString(f.label + QLatin1Char(' ') + t.optional) : f.label;
        if (f.type == QLatin1String("dropdown")) {
            html += select(id, label, f.options, f.value, t.choose, m);
            continue;
        }
        QString extra = f.optional ? QString() : QStringLiteral("required");
        if (f.type == QLatin1String("numeric"))
            extra += QStringLiteral(" inputmode=\"numeric\" pattern=\"[0-9]*\"");
        extra += QStringLiteral(" maxlength=\"%1\"").arg(f.maximumLength >= 0 ? f.maximumLength : 255);
        if (f.minimumLength > 0)
            extra += QStringLiteral(" minlength=\"%1\"").arg(f.minimumLength);
        html += input(id, esc(label), QStringLiteral("text"), f.value, extra, m);
    }
    return html;
}

QString consentBoxes(const CheckoutPage::Model &m, const PageTexts &t)
{
    QString html;
    if (m.promotions)
        html += QStringLiteral("<label class=\"check\"><input type=\"checkbox\" id=\"promotions\" name=\"promotions\" "
                               "value=\"opt_in\"%1><span>%2</span></label>")
                    .arg(m.promotionsOptIn ? QStringLiteral(" checked") : QString(), esc(t.promotionsOptIn));
    if (m.termsRequired)
        html += QStringLiteral("<label class=\"check\"><input type=\"checkbox\" id=\"termsOfService\" "
                               "name=\"termsOfService\" value=\"accepted\" required%1%3><span>%2</span></label>")
                    .arg(m.termsAccepted ? QStringLiteral(" checked") : QString(), esc(t.termsAccept),
                        invalidIf(m, QStringLiteral("termsOfService")));
    if (m.termsRequired || m.promotions)
        html += customText(m.termsMessage);
    return html;
}

QString formColumn(const CheckoutPage::Model &m, const PageTexts &t)
{
    const QString action = QStringLiteral("/c/pay/") + esc(m.sessionId);
    QString html = QStringLiteral("<main class=\"pay\"><div class=\"pay-inner\">");
    if (m.view == CheckoutPage::View::Closed) {
        html += QStringLiteral("<h1>%1</h1><div class=\"notice\" role=\"alert\" id=\"closed\">%2</div>")
                    .arg(esc(m.closedTitle), esc(m.closedMessage));
    } else if (m.view == CheckoutPage::View::Authenticate) {
        html += QStringLiteral(
            "<h1>%1</h1><div class=\"notice\"><p><span class=\"badge\">%2</span></p><p>%3</p></div>"
            "<form method=\"post\" action=\"%4/authenticate\"><input type=\"hidden\" name=\"attempt\" value=\"%5\">"
            "<button type=\"submit\" id=\"complete-auth\" name=\"action\" value=\"complete\" autofocus>%6</button>"
            "<button type=\"submit\" class=\"secondary\" id=\"fail-auth\" name=\"action\" value=\"fail\">%7</button>"
            "</form>")
                    .arg(esc(t.authenticateTitle), esc(t.testMode),
                        t.authenticateText.arg(esc(m.total), esc(m.merchantName)), action, esc(m.authToken),
                        esc(t.complete), esc(t.fail));
    } else {
        html += QStringLiteral("<h1>%1</h1>").arg(esc(t.payWithCard));
        if (m.promotionCodes) {
            // A form of its own (forms cannot nest): applying a code reprices the session.
            html += QStringLiteral("<form id=\"promotion-form\" method=\"post\" action=\"%1/promotion_code\">"
                                   "<label for=\"promotionCode\">%2</label><input id=\"promotionCode\" "
                                   "name=\"promotionCode\" value=\"%3\" autocomplete=\"off\"%4>"
                                   "<p class=\"error\" id=\"promotion-error\" role=\"alert\">%5</p>"
                                   "<button type=\"submit\" class=\"secondary\" id=\"apply-promotion\">%6</button>"
                                   "</form>")
                        .arg(action, esc(t.promotionCode), esc(m.promotionCode),
                            m.promotionError.isEmpty() ? QString() : QStringLiteral(" aria-invalid=\"true\""),
                            esc(m.promotionError), esc(t.apply));
        }
        html += QStringLiteral("<form id=\"payment-form\" method=\"post\" action=\"%1\" novalidate>").arg(action);
        html += input(QStringLiteral("email"), esc(t.email), QStringLiteral("email"), m.email,
            QStringLiteral("autocomplete=\"email\" required"), m);
        html += collectedFields(m, t);
        html += QStringLiteral(
            "<label for=\"cardNumber\">%5</label><div class=\"card-group\">"
            "<input id=\"cardNumber\" name=\"cardNumber\" inputmode=\"numeric\" autocomplete=\"cc-number\" "
            "placeholder=\"1234 1234 1234 1234\" aria-label=\"%6\" required%1>"
            "<div class=\"row\"><input id=\"cardExpiry\" name=\"cardExpiry\" inputmode=\"numeric\" "
            "autocomplete=\"cc-exp\" placeholder=\"MM / YY\" aria-label=\"%7\" value=\"%2\" "
            "required%3>"
            "<input id=\"cardCvc\" name=\"cardCvc\" inputmode=\"numeric\" autocomplete=\"cc-csc\" placeholder=\"CVC\" "
            "aria-label=\"%8\" required%4></div></div>")
                    .arg(m.errorField == QLatin1String("cardNumber") ? QStringLiteral(" aria-invalid=\"true\"")
                                                                     : QString(),
                        esc(m.cardExpiry),
                        m.errorField == QLatin1String("cardExpiry") ? QStringLiteral(" aria-invalid=\"true\"")
                                                                    : QString(),
                        m.errorField == QLatin1String("cardCvc") ? QStringLiteral(" aria-invalid=\"true\"") : QString(),
                        esc(t.cardInformation), esc(t.cardNumber), esc(t.expiry), esc(t.cvc));
        html += input(QStringLiteral("billingName"), esc(t.cardholderName), QStringLiteral("text"), m.billingName,
            QStringLiteral("autocomplete=\"cc-name\""), m);
        html += consentBoxes(m, t);
        html += QStringLiteral("<p class=\"error\" id=\"form-error\" role=\"alert\" aria-live=\"assertive\">%1</p>")
                    .arg(esc(m.error));
        html += customText(m.submitMessage);
        html += QStringLiteral("<button type=\"submit\" id=\"submit\" data-processing=\"%1\">%2</button></form>")
                    .arg(esc(t.processing), esc(m.submit.isEmpty() ? t.payButton.arg(m.total) : m.submit));
        html += customText(m.afterSubmitMessage);
        html += QStringLiteral("<p class=\"hint\">%1</p>").arg(esc(t.testHint));
    }
    if (!m.cancelUrl.isEmpty() && m.view != CheckoutPage::View::Closed)
        html += QStringLiteral("<a class=\"cancel\" id=\"cancel\" href=\"%1\">%2</a>")
                    .arg(esc(m.cancelUrl), esc(t.cancel));
    html += QStringLiteral("</div></main>");
    return html;
}

} // namespace

QByteArray CheckoutPage::render(const Model &model)
{
    const PageTexts &texts = PageTexts::of(model.lang);
    QString html = QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\">"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                                  "<title>%2</title><style>")
                       .arg(esc(model.lang), esc(texts.pageTitle.arg(model.merchantName)));
    html += QString::fromUtf8(kStyle);
    html += QStringLiteral("</style></head><body><div class=\"layout\">");
    html += summaryColumn(model, texts);
    html += formColumn(model, texts);
    html += QStringLiteral("</div><script>");
    html += QString::fromUtf8(kScript);
    html += QStringLiteral("</script></body></html>\n");
    return html.toUtf8();
}

} // namespace Kiosk::Sim
