// SPDX-License-Identifier: MIT
#include "PageTexts.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>

namespace Kiosk::Sim {

namespace {

PageTexts english()
{
    PageTexts t;
    t.orderSummary = QStringLiteral("Order summary");
    t.testMode = QStringLiteral("Test mode");
    t.payMerchant = QStringLiteral("Pay %1");
    t.quantity = QStringLiteral("Qty %1");
    t.each = QStringLiteral("%1 each");
    t.subtotal = QStringLiteral("Subtotal");
    t.discount = QStringLiteral("Discount");
    t.tax = QStringLiteral("Tax");
    t.payWithCard = QStringLiteral("Pay with card");
    t.email = QStringLiteral("Email");
    t.cardInformation = QStringLiteral("Card information");
    t.cardNumber = QStringLiteral("Card number");
    t.expiry = QStringLiteral("Expiration date MM / YY");
    t.cvc = QStringLiteral("Security code (CVC)");
    t.cardholderName = QStringLiteral("Cardholder name");
    t.payButton = QStringLiteral("Pay %1");
    t.testHint = QStringLiteral("Test mode: use 4242 4242 4242 4242, any future date and any CVC.");
    t.cancel = QStringLiteral("← Cancel and return");
    t.authenticateTitle = QStringLiteral("Authenticate your payment");
    t.authenticateText = QStringLiteral(
        "Your bank asks you to confirm this payment of <strong>%1</strong> to %2 (3-D Secure test page).");
    t.complete = QStringLiteral("Complete");
    t.fail = QStringLiteral("Fail");
    t.processing = QStringLiteral("Processing…");
    t.expiresIn = QStringLiteral("Session expires in");
    t.expiredNow = QStringLiteral("This session has expired. Reload the page.");
    t.promotionCode = QStringLiteral("Promotion code");
    t.apply = QStringLiteral("Apply");
    t.promotionInvalid = QStringLiteral("This code is invalid.");
    t.pageTitle = QStringLiteral("%1 – Checkout (test mode)");
    t.notFoundTitle = QStringLiteral("Page not found");
    t.notFoundMessage = QStringLiteral("This checkout page does not exist. Ask staff to start a new checkout.");
    t.expiredTitle = QStringLiteral("This checkout session has expired");
    t.expiredMessage = QStringLiteral("Nothing was charged. Please return to the kiosk and start a new checkout.");
    t.paidTitle = QStringLiteral("This checkout session is already paid");
    t.paidMessage = QStringLiteral("The payment went through; it cannot be paid twice. You can return to the kiosk.");
    t.unreadableTitle = QStringLiteral("This form could not be read");
    t.nothingCharged = QStringLiteral("Nothing was charged.");
    t.phone = QStringLiteral("Phone number");
    t.phoneHint = QStringLiteral("+1 555 123 4567");
    t.shippingAddress = QStringLiteral("Shipping address");
    t.fullName = QStringLiteral("Full name");
    t.addressLine1 = QStringLiteral("Address line 1");
    t.addressLine2 = QStringLiteral("Address line 2 (optional)");
    t.city = QStringLiteral("City");
    t.postalCode = QStringLiteral("Postal code");
    t.state = QStringLiteral("State or region (optional)");
    t.country = QStringLiteral("Country or region");
    t.shippingMethod = QStringLiteral("Shipping method");
    t.shipping = QStringLiteral("Shipping");
    t.free = QStringLiteral("Free");
    t.optional = QStringLiteral("(optional)");
    t.choose = QStringLiteral("Select…");
    t.termsAccept = QStringLiteral("I agree to the terms of service.");
    t.promotionsOptIn = QStringLiteral("Keep me updated with news and offers by email.");
    t.bookButton = QStringLiteral("Book %1");
    t.donateButton = QStringLiteral("Donate %1");
    t.recoveryTitle = QStringLiteral("This link can no longer be used");
    t.recoveryMessage = QStringLiteral(
        "The recovery link has expired or this order cannot be restored. Please start a new checkout.");
    return t;
}

PageTexts german()
{
    PageTexts t;
    t.orderSummary = QStringLiteral("Bestellübersicht");
    t.testMode = QStringLiteral("Testmodus");
    t.payMerchant = QStringLiteral("An %1 bezahlen");
    t.quantity = QStringLiteral("Menge %1");
    t.each = QStringLiteral("je %1");
    t.subtotal = QStringLiteral("Zwischensumme");
    t.discount = QStringLiteral("Rabatt");
    t.tax = QStringLiteral("Steuer");
    t.payWithCard = QStringLiteral("Mit Karte bezahlen");
    t.email = QStringLiteral("E-Mail");
    t.cardInformation = QStringLiteral("Kartendaten");
    t.cardNumber = QStringLiteral("Kartennummer");
    t.expiry = QStringLiteral("Ablaufdatum MM / JJ");
    t.cvc = QStringLiteral("Prüfnummer (CVC)");
    t.cardholderName = QStringLiteral("Name des Karteninhabers");
    t.payButton = QStringLiteral("%1 bezahlen");
    t.testHint
        = QStringLiteral("Testmodus: 4242 4242 4242 4242, ein beliebiges künftiges Datum und eine beliebige CVC.");
    t.cancel = QStringLiteral("← Abbrechen und zurück");
    t.authenticateTitle = QStringLiteral("Zahlung bestätigen");
    t.authenticateText = QStringLiteral(
        "Ihre Bank bittet Sie, diese Zahlung von <strong>%1</strong> an %2 zu bestätigen (3-D-Secure-Testseite).");
    t.complete = QStringLiteral("Bestätigen");
    t.fail = QStringLiteral("Ablehnen");
    t.processing = QStringLiteral("Wird verarbeitet…");
    t.expiresIn = QStringLiteral("Sitzung läuft ab in");
    t.expiredNow = QStringLiteral("Diese Sitzung ist abgelaufen. Laden Sie die Seite neu.");
    t.promotionCode = QStringLiteral("Aktionscode");
    t.apply = QStringLiteral("Anwenden");
    t.promotionInvalid = QStringLiteral("Dieser Code ist ungültig.");
    t.pageTitle = QStringLiteral("%1 – Bezahlen (Testmodus)");
    t.notFoundTitle = QStringLiteral("Seite nicht gefunden");
    t.notFoundMessage = QStringLiteral(
        "Diese Bezahlseite gibt es nicht. Bitten Sie das Personal, einen neuen Bezahlvorgang zu starten.");
    t.expiredTitle = QStringLiteral("Diese Bezahlsitzung ist abgelaufen");
    t.expiredMessage = QStringLiteral(
        "Es wurde nichts abgebucht. Bitte kehren Sie zum Kiosk zurück und starten Sie einen neuen Bezahlvorgang.");
    t.paidTitle = QStringLiteral("Diese Bezahlsitzung ist bereits bezahlt");
    t.paidMessage = QStringLiteral(
        "Die Zahlung ist erfolgt; sie kann nicht zweimal bezahlt werden. Sie können zum Kiosk zurückkehren.");
    t.unreadableTitle = QStringLiteral("Dieses Formular konnte nicht gelesen werden");
    t.nothingCharged = QStringLiteral("Es wurde nichts abgebucht.");
    t.phone = QStringLiteral("Telefonnummer");
    t.phoneHint = QStringLiteral("+49 30 1234567");
    t.shippingAddress = QStringLiteral("Lieferadresse");
    t.fullName = QStringLiteral("Vollständiger Name");
    t.addressLine1 = QStringLiteral("Straße und Hausnummer");
    t.addressLine2 = QStringLiteral("Adresszusatz (optional)");
    t.city = QStringLiteral("Ort");
    t.postalCode = QStringLiteral("Postleitzahl");
    t.state = QStringLiteral("Bundesland oder Region (optional)");
    t.country = QStringLiteral("Land oder Region");
    t.shippingMethod = QStringLiteral("Versandart");
    t.shipping = QStringLiteral("Versand");
    t.free = QStringLiteral("Kostenlos");
    t.optional = QStringLiteral("(optional)");
    t.choose = QStringLiteral("Bitte wählen…");
    t.termsAccept = QStringLiteral("Ich stimme den Nutzungsbedingungen zu.");
    t.promotionsOptIn = QStringLiteral("Ich möchte Neuigkeiten und Angebote per E-Mail erhalten.");
    t.bookButton = QStringLiteral("Für %1 buchen");
    t.donateButton = QStringLiteral("%1 spenden");
    t.recoveryTitle = QStringLiteral("Dieser Link kann nicht mehr verwendet werden");
    t.recoveryMessage = QStringLiteral("Der Link zur Wiederherstellung ist abgelaufen oder diese Bestellung kann nicht "
                                       "wiederhergestellt werden. Bitte starten Sie einen neuen Bezahlvorgang.");
    return t;
}

PageTexts french()
{
    PageTexts t;
    t.orderSummary = QStringLiteral("Récapitulatif de la commande");
    t.testMode = QStringLiteral("Mode test");
    t.payMerchant = QStringLiteral("Payer %1");
    t.quantity = QStringLiteral("Qté %1");
    t.each = QStringLiteral("%1 l’unité");
    t.subtotal = QStringLiteral("Sous-total");
    t.discount = QStringLiteral("Remise");
    t.tax = QStringLiteral("Taxe");
    t.payWithCard = QStringLiteral("Payer par carte");
    t.email = QStringLiteral("E-mail");
    t.cardInformation = QStringLiteral("Informations de la carte");
    t.cardNumber = QStringLiteral("Numéro de carte");
    t.expiry = QStringLiteral("Date d’expiration MM / AA");
    t.cvc = QStringLiteral("Code de sécurité (CVC)");
    t.cardholderName = QStringLiteral("Nom du titulaire de la carte");
    t.payButton = QStringLiteral("Payer %1");
    t.testHint
        = QStringLiteral("Mode test : utilisez 4242 4242 4242 4242, une date future quelconque et un CVC quelconque.");
    t.cancel = QStringLiteral("← Annuler et revenir");
    t.authenticateTitle = QStringLiteral("Authentifiez votre paiement");
    t.authenticateText = QStringLiteral(
        "Votre banque vous demande de confirmer ce paiement de <strong>%1</strong> à %2 (page de test 3-D Secure).");
    t.complete = QStringLiteral("Confirmer");
    t.fail = QStringLiteral("Échouer");
    t.processing = QStringLiteral("Traitement…");
    t.expiresIn = QStringLiteral("La session expire dans");
    t.expiredNow = QStringLiteral("Cette session a expiré. Rechargez la page.");
    t.promotionCode = QStringLiteral("Code promotionnel");
    t.apply = QStringLiteral("Appliquer");
    t.promotionInvalid = QStringLiteral("Ce code n’est pas valide.");
    t.pageTitle = QStringLiteral("%1 – Paiement (mode test)");
    t.notFoundTitle = QStringLiteral("Page introuvable");
    t.notFoundMessage
        = QStringLiteral("Cette page de paiement n’existe pas. Demandez au personnel de lancer un nouveau paiement.");
    t.expiredTitle = QStringLiteral("Cette session de paiement a expiré");
    t.expiredMessage
        = QStringLiteral("Rien n’a été débité. Veuillez revenir à la borne et lancer un nouveau paiement.");
    t.paidTitle = QStringLiteral("Cette session de paiement est déjà payée");
    t.paidMessage
        = QStringLiteral("Le paiement a abouti ; il ne peut pas être payé deux fois. Vous pouvez revenir à la borne.");
    t.unreadableTitle = QStringLiteral("Ce formulaire n’a pas pu être lu");
    t.nothingCharged = QStringLiteral("Rien n’a été débité.");
    t.phone = QStringLiteral("Numéro de téléphone");
    t.phoneHint = QStringLiteral("+33 1 23 45 67 89");
    t.shippingAddress = QStringLiteral("Adresse de livraison");
    t.fullName = QStringLiteral("Nom complet");
    t.addressLine1 = QStringLiteral("Adresse");
    t.addressLine2 = QStringLiteral("Complément d’adresse (facultatif)");
    t.city = QStringLiteral("Ville");
    t.postalCode = QStringLiteral("Code postal");
    t.state = QStringLiteral("État ou région (facultatif)");
    t.country = QStringLiteral("Pays ou région");
    t.shippingMethod = QStringLiteral("Mode de livraison");
    t.shipping = QStringLiteral("Livraison");
    t.free = QStringLiteral("Gratuit");
    t.optional = QStringLiteral("(facultatif)");
    t.choose = QStringLiteral("Choisir…");
    t.termsAccept = QStringLiteral("J’accepte les conditions d’utilisation.");
    t.promotionsOptIn = QStringLiteral("Je souhaite recevoir des nouveautés et des offres par e-mail.");
    t.bookButton = QStringLiteral("Réserver pour %1");
    t.donateButton = QStringLiteral("Faire un don de %1");
    t.recoveryTitle = QStringLiteral("Ce lien ne peut plus être utilisé");
    t.recoveryMessage = QStringLiteral("Le lien de récupération a expiré ou cette commande ne peut pas être restaurée. "
                                       "Veuillez lancer un nouveau paiement.");
    return t;
}

PageTexts spanish()
{
    PageTexts t;
    t.orderSummary = QStringLiteral("Resumen del pedido");
    t.testMode = QStringLiteral("Modo de prueba");
    t.payMerchant = QStringLiteral("Pagar a %1");
    t.quantity = QStringLiteral("Cant. %1");
    t.each = QStringLiteral("%1 c/u");
    t.subtotal = QStringLiteral("Subtotal");
    t.discount = QStringLiteral("Descuento");
    t.tax = QStringLiteral("Impuesto");
    t.payWithCard = QStringLiteral("Pagar con tarjeta");
    t.email = QStringLiteral("Correo electrónico");
    t.cardInformation = QStringLiteral("Datos de la tarjeta");
    t.cardNumber = QStringLiteral("Número de tarjeta");
    t.expiry = QStringLiteral("Fecha de caducidad MM / AA");
    t.cvc = QStringLiteral("Código de seguridad (CVC)");
    t.cardholderName = QStringLiteral("Nombre del titular");
    t.payButton = QStringLiteral("Pagar %1");
    t.testHint = QStringLiteral("Modo de prueba: usa 4242 4242 4242 4242, cualquier fecha futura y cualquier CVC.");
    t.cancel = QStringLiteral("← Cancelar y volver");
    t.authenticateTitle = QStringLiteral("Autentica tu pago");
    t.authenticateText = QStringLiteral(
        "Tu banco te pide confirmar este pago de <strong>%1</strong> a %2 (página de prueba de 3-D Secure).");
    t.complete = QStringLiteral("Confirmar");
    t.fail = QStringLiteral("Fallar");
    t.processing = QStringLiteral("Procesando…");
    t.expiresIn = QStringLiteral("La sesión caduca en");
    t.expiredNow = QStringLiteral("Esta sesión ha caducado. Vuelve a cargar la página.");
    t.promotionCode = QStringLiteral("Código promocional");
    t.apply = QStringLiteral("Aplicar");
    t.promotionInvalid = QStringLiteral("Este código no es válido.");
    t.pageTitle = QStringLiteral("%1 – Pago (modo de prueba)");
    t.notFoundTitle = QStringLiteral("Página no encontrada");
    t.notFoundMessage = QStringLiteral("Esta página de pago no existe. Pide al personal que inicie un nuevo pago.");
    t.expiredTitle = QStringLiteral("Esta sesión de pago ha caducado");
    t.expiredMessage = QStringLiteral("No se ha cobrado nada. Vuelve al quiosco e inicia un nuevo pago.");
    t.paidTitle = QStringLiteral("Esta sesión de pago ya está pagada");
    t.paidMessage = QStringLiteral("El pago se realizó; no puede pagarse dos veces. Puedes volver al quiosco.");
    t.unreadableTitle = QStringLiteral("No se pudo leer este formulario");
    t.nothingCharged = QStringLiteral("No se ha cobrado nada.");
    t.phone = QStringLiteral("Número de teléfono");
    t.phoneHint = QStringLiteral("+34 912 345 678");
    t.shippingAddress = QStringLiteral("Dirección de envío");
    t.fullName = QStringLiteral("Nombre completo");
    t.addressLine1 = QStringLiteral("Dirección");
    t.addressLine2 = QStringLiteral("Línea 2 de dirección (opcional)");
    t.city = QStringLiteral("Ciudad");
    t.postalCode = QStringLiteral("Código postal");
    t.state = QStringLiteral("Provincia o región (opcional)");
    t.country = QStringLiteral("País o región");
    t.shippingMethod = QStringLiteral("Método de envío");
    t.shipping = QStringLiteral("Envío");
    t.free = QStringLiteral("Gratis");
    t.optional = QStringLiteral("(opcional)");
    t.choose = QStringLiteral("Selecciona…");
    t.termsAccept = QStringLiteral("Acepto las condiciones del servicio.");
    t.promotionsOptIn = QStringLiteral("Quiero recibir novedades y ofertas por correo electrónico.");
    t.bookButton = QStringLiteral("Reservar por %1");
    t.donateButton = QStringLiteral("Donar %1");
    t.recoveryTitle = QStringLiteral("Este enlace ya no se puede usar");
    t.recoveryMessage = QStringLiteral(
        "El enlace de recuperación ha caducado o este pedido no se puede restaurar. Inicia un nuevo pago.");
    return t;
}

} // namespace

namespace {

/** A language the page speaks for a locale tag ("de", "de-AT", "fr_CA"), or empty. */
QString spoken(const QString &tag)
{
    const QString base = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    for (const char *known : { "en", "de", "fr", "es" }) {
        if (base == QLatin1String(known))
            return base;
    }
    return {};
}

/** An Accept-Language weight in thousandths ("q=0.8" → 800; absent → 1000; malformed → 0). */
int weight(const QByteArray &parameter)
{
    const QByteArray q = parameter.trimmed();
    if (q.isEmpty())
        return 1000;
    static const QRegularExpression pattern(QStringLiteral("^[qQ]=(0(\\.\\d{0,3})?|1(\\.0{0,3})?)$"));
    const auto match = pattern.match(QString::fromLatin1(q));
    if (!match.hasMatch())
        return 0;
    const QString digits = match.captured(1);
    const int whole = digits.at(0) == QLatin1Char('1') ? 1000 : 0;
    const QString fraction = QString(digits.section(QLatin1Char('.'), 1, 1) + QStringLiteral("000")).left(3);
    return whole + fraction.toInt();
}

} // namespace

QString PageTexts::language(const QString &sessionLocale, const QByteArray &acceptLanguage)
{
    if (!sessionLocale.isEmpty() && sessionLocale != QLatin1String("auto")) {
        const QString chosen = spoken(sessionLocale);
        return chosen.isEmpty() ? QStringLiteral("en") : chosen;
    }
    QString best = QStringLiteral("en");
    int bestWeight = 0;
    const QList<QByteArray> entries = acceptLanguage.split(',');
    for (qsizetype i = 0; i < entries.size() && i < 32; ++i) {
        const QList<QByteArray> parts = entries.at(i).split(';');
        const QString language = spoken(QString::fromLatin1(parts.at(0).trimmed()));
        const int w = weight(parts.size() > 1 ? parts.at(1) : QByteArray());
        if (!language.isEmpty() && w > bestWeight) {
            best = language;
            bestWeight = w;
        }
    }
    return best;
}

const PageTexts &PageTexts::of(const QString &language)
{
    static const PageTexts en = english();
    static const PageTexts de = german();
    static const PageTexts fr = french();
    static const PageTexts es = spanish();
    if (language == QLatin1String("de"))
        return de;
    if (language == QLatin1String("fr"))
        return fr;
    if (language == QLatin1String("es"))
        return es;
    return en;
}

} // namespace Kiosk::Sim
