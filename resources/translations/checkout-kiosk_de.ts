<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Kiosk::Ui::AmountInput</name>
    <message>
        <source>“%1” is not an amount. Type it like %2.</source>
        <translation>„%1“ ist kein Betrag. Geben Sie ihn so ein: %2.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::AttractScreen</name>
    <message>
        <source>Order and pay here.</source>
        <translation>Hier bestellen und bezahlen.</translation>
    </message>
    <message>
        <source>Tap to order</source>
        <translation>Zum Bestellen tippen</translation>
    </message>
    <message>
        <source>Aa  Larger text</source>
        <translation>Aa  Größere Schrift</translation>
    </message>
    <message>
        <source>Larger text and higher contrast</source>
        <translation>Größere Schrift und stärkerer Kontrast</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::BasketPanel</name>
    <message>
        <source>Basket</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>button that empties the basket</comment>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the basket</source>
        <translation>Warenkorb leeren</translation>
    </message>
    <message>
        <source>Basket cleared.</source>
        <translation>Warenkorb geleert.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Tap a product or scan a barcode to start.</source>
        <translation>Tippen Sie auf ein Produkt oder scannen Sie einen Barcode.</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>basket total</comment>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Email for the receipt (optional)</source>
        <translation>E-Mail für den Beleg (optional)</translation>
    </message>
    <message>
        <source>Email for the receipt</source>
        <translation>E-Mail für den Beleg</translation>
    </message>
    <message>
        <source>At most %1 of one product fit in a basket.</source>
        <translation>Höchstens %1 Stück eines Produkts passen in einen Warenkorb.</translation>
    </message>
    <message>
        <source>A basket holds at most %1 different products; pay for these first.</source>
        <translation>Ein Warenkorb fasst höchstens %1 verschiedene Produkte; bitte zuerst diese bezahlen.</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Eins weniger</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Eins mehr</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <comment>count of articles in the basket</comment>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Minimum card payment is %1.</source>
        <translation>Die Mindestzahlung mit Karte beträgt %1.</translation>
    </message>
    <message>
        <source>The total is above the card payment limit of %1.</source>
        <translation>Die Summe liegt über dem Kartenzahlungslimit von %1.</translation>
    </message>
    <message>
        <source>Check the email address, or leave it empty.</source>
        <translation>Bitte prüfen Sie die E-Mail-Adresse oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>%1 bezahlen</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <source>Cash</source>
        <comment>pay in cash</comment>
        <translation>Bar</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::CashDialog</name>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Zu zahlen</translation>
    </message>
    <message>
        <source>Rounded for cash from %1</source>
        <translation>Für Barzahlung gerundet von %1</translation>
    </message>
    <message>
        <source>Amount tendered</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <source>Exact %1</source>
        <translation>Passend %1</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Wechselgeld: %1</translation>
    </message>
    <message>
        <source>Type the amount handed over, or pick one above.</source>
        <translation>Den erhaltenen Betrag eingeben oder oben wählen.</translation>
    </message>
    <message>
        <source>%1 more is needed.</source>
        <translation>Es fehlen noch %1.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::CashierScreen</name>
    <message>
        <source>Search products, SKU or barcode</source>
        <translation>Produkt, Artikelnummer oder Barcode suchen</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Produkte suchen</translation>
    </message>
    <message>
        <source>All</source>
        <comment>category tab that shows every product</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <comment>quantity typed before a product, e.g. 3 ×</comment>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>Added %1 × %2</source>
        <comment>message after adding: quantity × product name</comment>
        <translation>%1 × %2 hinzugefügt</translation>
    </message>
    <message>
        <source>No product matches “%1”</source>
        <translation>Kein Produkt passt zu „%1“</translation>
    </message>
    <message>
        <source>No product with barcode %1</source>
        <translation>Kein Produkt mit dem Barcode %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Options for %1</source>
        <translation>Optionen für %1</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::CheckoutScreen</name>
    <message>
        <source>Pay by card</source>
        <translation>Mit Karte bezahlen</translation>
    </message>
    <message>
        <source>Or scan to pay on your phone</source>
        <translation>Oder scannen und mit dem Handy bezahlen</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>Zahlung abbrechen</translation>
    </message>
    <message>
        <source>QR code to pay on your phone</source>
        <translation>QR-Code zum Bezahlen mit dem Handy</translation>
    </message>
    <message>
        <source>Preparing secure payment…</source>
        <translation>Sichere Zahlung wird vorbereitet…</translation>
    </message>
    <message>
        <source>Order %1</source>
        <comment>order number on the payment screen</comment>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>The card was declined. Try another card.</source>
        <translation>Die Karte wurde abgelehnt. Bitte versuchen Sie eine andere Karte.</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <comment>countdown to the payment session&apos;s end, e.g. 29:59</comment>
        <translation>Läuft ab in %1</translation>
    </message>
    <message>
        <source>Pay on your phone</source>
        <translation>Mit dem Handy bezahlen</translation>
    </message>
    <message>
        <source>Scan the code with your phone’s camera and pay there.</source>
        <translation>Scannen Sie den Code mit der Kamera Ihres Handys und bezahlen Sie dort.</translation>
    </message>
    <message>
        <source>Pay here on the screen</source>
        <translation>Hier am Bildschirm bezahlen</translation>
    </message>
    <message>
        <source>Demo mode: this code opens the payment page on this machine only; a phone cannot reach it. Pay on the screen.</source>
        <translation>Demo-Modus: Dieser Code öffnet die Zahlungsseite nur auf diesem Gerät; ein Handy erreicht sie nicht. Bitte hier am Bildschirm bezahlen.</translation>
    </message>
    <message>
        <source>Card declined — try another card</source>
        <translation>Karte abgelehnt – bitte eine andere Karte versuchen</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::DayReportPage</name>
    <message>
        <source>Corrects</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>All tills (the whole shop)</source>
        <translation>Alle Kassen (ganzer Laden)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Amounts differ (Stripe − here)</source>
        <translation>Beträge verschieden (Stripe − hier)</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>Geschäftstag</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Gezähltes Bargeld</translation>
    </message>
    <message>
        <source>Cash difference</source>
        <translation>Kassendifferenz</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Close %1? The report is then frozen; later changes need a correction.</source>
        <translation>%1 abschließen? Der Bericht wird dann festgeschrieben; spätere Änderungen brauchen eine Korrektur.</translation>
    </message>
    <message>
        <source>Close day</source>
        <translation>Tag abschließen</translation>
    </message>
    <message>
        <source>Closed as number %1 on %2.</source>
        <translation>Abgeschlossen als Nummer %1 am %2.</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Closed days (double-click to open)</source>
        <translation>Abgeschlossene Tage (Doppelklick öffnet)</translation>
    </message>
    <message>
        <source>Corrects number %1.</source>
        <translation>Korrigiert Nummer %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Currencies differ</source>
        <translation>Währungen verschieden</translation>
    </message>
    <message>
        <source>Day report %1</source>
        <translation>Tagesbericht %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Differences with Stripe</source>
        <translation>Abweichungen zu Stripe</translation>
    </message>
    <message>
        <source>Differences with Stripe: none, everything matches</source>
        <translation>Abweichungen zu Stripe: keine, alles stimmt überein</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Loading the report and asking Stripe…</source>
        <translation>Bericht wird geladen, Stripe wird gefragt …</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Not reconciled: %1</source>
        <translation>Nicht abgeglichen: %1</translation>
    </message>
    <message>
        <source>Open: the figures may still change.</source>
        <translation>Offen: die Zahlen können sich noch ändern.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Paid at Stripe, no paid order here</source>
        <translation>Bei Stripe bezahlt, hier keine bezahlte Bestellung</translation>
    </message>
    <message>
        <source>Paid here, not at Stripe</source>
        <translation>Hier bezahlt, nicht bei Stripe</translation>
    </message>
    <message>
        <source>Record a correction of closed day number %1? The earlier entry stays as it is.</source>
        <translation>Eine Korrektur des abgeschlossenen Tages Nummer %1 erfassen? Der frühere Eintrag bleibt unverändert.</translation>
    </message>
    <message>
        <source>Record a correction</source>
        <translation>Korrektur erfassen</translation>
    </message>
    <message>
        <source>Refund amounts differ (Stripe − here)</source>
        <translation>Erstattungsbeträge verschieden (Stripe − hier)</translation>
    </message>
    <message>
        <source>Refund at Stripe, not here</source>
        <translation>Erstattung bei Stripe, nicht hier</translation>
    </message>
    <message>
        <source>Refund here, not at Stripe</source>
        <translation>Erstattung hier, nicht bei Stripe</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>CSV speichern</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Bericht anzeigen</translation>
    </message>
    <message>
        <source>Stripe fees</source>
        <translation>Stripe-Gebühren</translation>
    </message>
    <message>
        <source>Stripe gross</source>
        <translation>Stripe brutto</translation>
    </message>
    <message>
        <source>Stripe id</source>
        <translation>Stripe-ID</translation>
    </message>
    <message>
        <source>Stripe net</source>
        <translation>Stripe netto</translation>
    </message>
    <message>
        <source>Stripe refunds</source>
        <translation>Stripe-Erstattungen</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation>Steuer %1</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>What</source>
        <comment>discrepancy kind</comment>
        <translation>Was</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of %2.</source>
        <translation>„%1“ ist kein Betrag in %2.</translation>
    </message>
    <message>
        <source>e.g. 150.00</source>
        <translation>z. B. 150,00</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>Differences with Stripe: %n to look into</source>
        <translation>
            <numerusform>Abweichungen zu Stripe: %n zu prüfen</numerusform>
            <numerusform>Abweichungen zu Stripe: %n zu prüfen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::KioskApp</name>
    <message>
        <source>The shop server %1 could not be used: %2</source>
        <translation>Der Shop-Server %1 ist nicht nutzbar: %2</translation>
    </message>
    <message>
        <source>Real Stripe keys need a manager PIN of at least %1 digits.</source>
        <translation>Echte Stripe-Schlüssel erfordern eine Manager-PIN mit mindestens %1 Ziffern.</translation>
    </message>
    <message>
        <source>Set a manager PIN of at least %1 digits (not the demo PIN) before taking real payments.</source>
        <translation>Legen Sie eine Manager-PIN mit mindestens %1 Ziffern fest (nicht die Demo-PIN), bevor Sie echte Zahlungen annehmen.</translation>
    </message>
    <message>
        <source>The catalog’s prices are in %1, but the shop currency (shop/currency) is %2. Set shop/currency to %1, or load a catalog priced in %2.</source>
        <translation>Die Preise des Katalogs sind in %1, die Shop-Währung (shop/currency) ist aber %2. Setzen Sie shop/currency auf %1 oder laden Sie einen Katalog mit Preisen in %2.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::KioskWindow</name>
    <message>
        <source>Confirming payment…</source>
        <translation>Zahlung wird bestätigt…</translation>
    </message>
    <message>
        <source>TEST MODE — no real charges</source>
        <translation>TESTMODUS — keine echten Belastungen</translation>
    </message>
    <message>
        <source>Connection to the shop server lost. The payment is safe; waiting…</source>
        <translation>Verbindung zum Shop-Server unterbrochen. Die Zahlung ist sicher; bitte warten…</translation>
    </message>
    <message>
        <source>Connection to the shop server lost. Waiting for it to come back…</source>
        <translation>Verbindung zum Shop-Server unterbrochen. Warten, bis sie wieder steht…</translation>
    </message>
    <message>
        <source>Manager</source>
        <comment>button that opens the manager screen</comment>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Could not start the payment: %1</source>
        <translation>Die Zahlung konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>Abbrechen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Enter the manager PIN</source>
        <translation>Manager-PIN eingeben</translation>
    </message>
    <message>
        <source>Settings saved. Restart the kiosk to apply them.</source>
        <translation>Einstellungen gespeichert. Starten Sie den Kiosk neu, um sie anzuwenden.</translation>
    </message>
    <message>
        <source>Enter the manager PIN to leave kiosk mode</source>
        <translation>Manager-PIN eingeben, um den Kioskmodus zu verlassen</translation>
    </message>
    <message>
        <source>Could not take the cash payment: %1</source>
        <translation>Die Barzahlung konnte nicht erfasst werden: %1</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::ManagerScreen</name>
    <message>
        <source>Day report</source>
        <comment>tab</comment>
        <translation>Tagesbericht</translation>
    </message>
    <message>
        <source>Manager</source>
        <comment>title of the manager screen</comment>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Back to sales</source>
        <translation>Zurück zum Verkauf</translation>
    </message>
    <message>
        <source>Orders</source>
        <comment>tab</comment>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>tab</comment>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::OptionChooser</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add to basket</source>
        <translation>In den Warenkorb</translation>
    </message>
    <message>
        <source>%1 (choose one)</source>
        <comment>option group heading</comment>
        <translation>%1 (eine Auswahl)</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <comment>option group heading</comment>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>%1 (optional, up to %2)</source>
        <comment>option group heading</comment>
        <translation>%1 (optional, bis zu %2)</translation>
    </message>
    <message>
        <source>%1 (choose %2 to %3)</source>
        <comment>option group heading</comment>
        <translation>%1 (%2 bis %3 wählen)</translation>
    </message>
    <message>
        <source>%1
+%2</source>
        <comment>option name, then its extra price</comment>
        <translation>%1
+%2</translation>
    </message>
    <message>
        <source>Price %1, options included (+%2)</source>
        <comment>unit price with the options&apos; extra</comment>
        <translation>Preis %1, mit Optionen (+%2)</translation>
    </message>
    <message>
        <source>Price %1</source>
        <translation>Preis %1</translation>
    </message>
    <message>
        <source>Still to choose: %1</source>
        <comment>the option groups not chosen yet</comment>
        <translation>Noch auszuwählen: %1</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::OrderDetailsDialog</name>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Positionssumme</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>From</source>
        <comment>previous status</comment>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <comment>new status</comment>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <source>Loading the order…</source>
        <translation>Bestellung wird geladen…</translation>
    </message>
    <message>
        <source>This order could not be loaded: %1</source>
        <translation>Diese Bestellung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>Kunden-E-Mail</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Checkout session</source>
        <translation>Checkout-Sitzung</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation>Positionen (%1)</translation>
    </message>
    <message>
        <source>Status history (%1)</source>
        <translation>Statusverlauf (%1)</translation>
    </message>
    <message>
        <source>Payment events (%1)</source>
        <translation>Zahlungsereignisse (%1)</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Erstatten…</translation>
    </message>
    <message>
        <source>Refund receipt (PDF)…</source>
        <translation>Erstattungsbeleg (PDF)…</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1 (%2 übrig)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>refunded items</comment>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Stripe refund</source>
        <translation>Stripe-Erstattung</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>quantity × product name</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>refund status and why it failed</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Amount only</source>
        <translation>Nur Betrag</translation>
    </message>
    <message>
        <source>Refunds (%1)</source>
        <translation>Erstattungen (%1)</translation>
    </message>
    <message>
        <source>Save refund receipt</source>
        <translation>Erstattungsbeleg speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Beleg gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::OrderHistoryModel</name>
    <message>
        <source>Order</source>
        <comment>column: order number</comment>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column: when the order was created</comment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>Kunden-E-Mail</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>column: order total</comment>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::OrderHistoryPage</name>
    <message>
        <source>Any</source>
        <comment>no date limit</comment>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>From</source>
        <comment>first day of the date filter</comment>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <comment>last day of the date filter</comment>
        <translation>Bis</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Order number, email or product</source>
        <translation>Bestellnummer, E-Mail oder Produkt</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Bestellungen suchen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Bestellung</numerusform>
            <numerusform>%Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <comment>currency code, amount, order count</comment>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Bezahlt: %1</translation>
    </message>
    <message>
        <source>Not paid (open, cancelled, expired or failed): %1</source>
        <translation>Nicht bezahlt (offen, abgebrochen, abgelaufen oder fehlgeschlagen): %1</translation>
    </message>
    <message>
        <source>No orders match these filters.</source>
        <translation>Keine Bestellungen entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>The order history could not be read: %1</source>
        <translation>Der Bestellverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>Bestellungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Counting orders…</source>
        <translation>Bestellungen werden gezählt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of %Ln order(s)…</source>
        <translation>
            <numerusform>%1 von %Ln Bestellung exportiert…</numerusform>
            <numerusform>%1 von %Ln Bestellungen exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled. No file was saved.</source>
        <translation>Export abgebrochen. Es wurde keine Datei gespeichert.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to %1.</source>
        <translation>
            <numerusform>%Ln Bestellung nach %1 exportiert.</numerusform>
            <numerusform>%Ln Bestellungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the first day</source>
        <translation>Ersten Tag löschen</translation>
    </message>
    <message>
        <source>Clear the last day</source>
        <translation>Letzten Tag löschen</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alle Tage</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Gewählte Tage</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · refunded %4 · net %5</source>
        <comment>currency code, amount paid, order count, amount refunded, paid minus refunded</comment>
        <translation>%1 %2 · %3 · erstattet %4 · netto %5</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::OrderStatusStyle</name>
    <message>
        <source>Draft</source>
        <comment>order status</comment>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <comment>order status</comment>
        <translation>Wartet auf Zahlung</translation>
    </message>
    <message>
        <source>Processing</source>
        <comment>order status</comment>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>order status</comment>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>order status</comment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>order status</comment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>order status</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Needs review</source>
        <comment>order status</comment>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <comment>order status</comment>
        <translation>Teilweise erstattet</translation>
    </message>
    <message>
        <source>Refunded</source>
        <comment>order status</comment>
        <translation>Erstattet</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::PinDialog</name>
    <message>
        <source>No manager PIN has been set yet. Choose %1 to %2 digits.</source>
        <translation>Es ist noch keine Manager-PIN festgelegt. Wählen Sie %1 bis %2 Ziffern.</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>Manager-PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>confirm the PIN</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Enter the current PIN</source>
        <translation>Aktuelle PIN eingeben</translation>
    </message>
    <message>
        <source>Enter the manager PIN</source>
        <translation>Manager-PIN eingeben</translation>
    </message>
    <message>
        <source>Choose a new PIN</source>
        <translation>Neue PIN wählen</translation>
    </message>
    <message>
        <source>Enter the new PIN again</source>
        <translation>Neue PIN erneut eingeben</translation>
    </message>
    <message>
        <source>The PIN must have %1 to %2 digits.</source>
        <translation>Die PIN muss %1 bis %2 Ziffern haben.</translation>
    </message>
    <message>
        <source>The PIN must not be one digit repeated, like 0000.</source>
        <translation>Die PIN darf nicht aus einer wiederholten Ziffer bestehen, wie 0000.</translation>
    </message>
    <message>
        <source>The PIN must not be a run of digits, like 1234 or 9876.</source>
        <translation>Die PIN darf keine Ziffernfolge sein, wie 1234 oder 9876.</translation>
    </message>
    <message>
        <source>Change the manager PIN</source>
        <translation>Manager-PIN ändern</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Zu viele falsche PINs. Erneut versuchen in %1.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before the PIN is locked.</source>
        <translation>
            <numerusform>Falsche PIN. Noch ein Fehlversuch, dann wird die PIN für eine Weile gesperrt.</numerusform>
            <numerusform>Falsche PIN. Noch %n Versuche, bevor die PIN gesperrt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two PINs were different. Choose the new PIN again.</source>
        <translation>Die beiden PINs waren verschieden. Wählen Sie die neue PIN erneut.</translation>
    </message>
    <message>
        <source>The PIN could not be saved: %1</source>
        <translation>Die PIN konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts, try again in %n s.</source>
        <translation>
            <numerusform>Zu viele Versuche, erneut in %n s.</numerusform>
            <numerusform>Zu viele Versuche, erneut in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>PIN wird geprüft…</translation>
    </message>
    <message>
        <source>The PIN could not be checked: %1</source>
        <translation>Die PIN konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::ReceiptDocument</name>
    <message>
        <source>%1 × %2</source>
        <comment>receipt line: quantity × product name</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <comment>receipt heading with the order number</comment>
        <translation>Beleg %1</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>receipt total</comment>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Paid by card.</source>
        <translation>Mit Karte bezahlt.</translation>
    </message>
    <message>
        <source>Paid by card — receipt sent to %1.</source>
        <translation>Mit Karte bezahlt — Beleg gesendet an %1.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Der Ordner von %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not write the receipt to %1.</source>
        <translation>Der Beleg konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Bargeldrundung</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>Bar gegeben</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wechselgeld</translation>
    </message>
    <message>
        <source>Paid in cash.</source>
        <translation>Bar bezahlt.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::RefundDialog</name>
    <message>
        <source>Refund order %1</source>
        <translation>Bestellung %1 erstatten</translation>
    </message>
    <message>
        <source>Paid %1, already refunded %2: %3 can still be refunded.</source>
        <translation>Bezahlt %1, bereits erstattet %2: %3 kann noch erstattet werden.</translation>
    </message>
    <message>
        <source>Paid %1: all of it can be refunded.</source>
        <translation>Bezahlt %1: alles kann erstattet werden.</translation>
    </message>
    <message>
        <source>Everything that is left (%1)</source>
        <translation>Alles, was übrig ist (%1)</translation>
    </message>
    <message>
        <source>The whole order (%1)</source>
        <translation>Die ganze Bestellung (%1)</translation>
    </message>
    <message>
        <source>Chosen items</source>
        <translation>Ausgewählte Artikel</translation>
    </message>
    <message>
        <source>An amount</source>
        <translation>Ein Betrag</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>items not refunded yet</comment>
        <translation>Übrig</translation>
    </message>
    <message>
        <source>Refund</source>
        <comment>quantity to refund</comment>
        <translation>Erstatten</translation>
    </message>
    <message>
        <source>Items to refund</source>
        <translation>Zu erstattende Artikel</translation>
    </message>
    <message>
        <source>%1, for example %2</source>
        <translation>%1, zum Beispiel %2</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Zu erstattender Betrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>%1 erstatten</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save receipt PDF…</source>
        <translation>Beleg als PDF speichern…</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>Beleg drucken…</translation>
    </message>
    <message>
        <source>Choose how many of each item to refund.</source>
        <translation>Wählen Sie, wie viele von jedem Artikel erstattet werden.</translation>
    </message>
    <message>
        <source>Type the amount to give back.</source>
        <translation>Geben Sie den zu erstattenden Betrag ein.</translation>
    </message>
    <message>
        <source>Working out the refund…</source>
        <translation>Erstattung wird berechnet…</translation>
    </message>
    <message>
        <source>The customer gets back %1, tax included.</source>
        <translation>Der Kunde erhält %1 zurück, inklusive Steuer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tax rate and amount</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tax in it: %1</source>
        <translation>Darin enthaltene Steuer: %1</translation>
    </message>
    <message>
        <source>These items were worth %1, but only %2 was left to refund on this order.</source>
        <translation>Diese Artikel waren %1 wert, aber auf dieser Bestellung waren nur noch %2 zu erstatten.</translation>
    </message>
    <message>
        <source>Left to refund afterwards: %1</source>
        <translation>Danach noch zu erstatten: %1</translation>
    </message>
    <message>
        <source>Asking Stripe to refund %1…</source>
        <translation>Stripe wird um die Erstattung von %1 gebeten…</translation>
    </message>
    <message>
        <source>Nothing was refunded: %1</source>
        <translation>Es wurde nichts erstattet: %1</translation>
    </message>
    <message>
        <source>Refunded %1 to the customer&apos;s card.</source>
        <translation>%1 wurden auf die Karte des Kunden erstattet.</translation>
    </message>
    <message>
        <source>Refund of %1 is pending at Stripe. This window and the order update when it settles.</source>
        <translation>Die Erstattung von %1 ist bei Stripe in Bearbeitung. Dieses Fenster und die Bestellung werden aktualisiert, sobald sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The refund of %1 failed. No money went back; the order needs review.</source>
        <translation>Die Erstattung von %1 ist fehlgeschlagen. Es wurde kein Geld zurückgezahlt; die Bestellung muss geprüft werden.</translation>
    </message>
    <message>
        <source>The refund of %1 failed (%2). No money went back; the order needs review.</source>
        <translation>Die Erstattung von %1 ist fehlgeschlagen (%2). Es wurde kein Geld zurückgezahlt; die Bestellung muss geprüft werden.</translation>
    </message>
    <message>
        <source>The refund of %1 was cancelled. No money went back.</source>
        <translation>Die Erstattung von %1 wurde abgebrochen. Es wurde kein Geld zurückgezahlt.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>There is no refund to print yet.</source>
        <translation>Es gibt noch keine Erstattung zum Drucken.</translation>
    </message>
    <message>
        <source>Save refund receipt</source>
        <translation>Erstattungsbeleg speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Beleg gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::RefundReceiptDocument</name>
    <message>
        <source>Requested by the customer</source>
        <translation>Vom Kunden gewünscht</translation>
    </message>
    <message>
        <source>Duplicate payment</source>
        <translation>Doppelte Zahlung</translation>
    </message>
    <message>
        <source>Fraudulent payment</source>
        <translation>Betrügerische Zahlung</translation>
    </message>
    <message>
        <source>Pending at Stripe</source>
        <comment>refund status</comment>
        <translation>Bei Stripe in Bearbeitung</translation>
    </message>
    <message>
        <source>Refunded</source>
        <comment>refund status</comment>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>refund status</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>refund status</comment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>receipt line: quantity × product name</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation>Erstatteter Betrag</translation>
    </message>
    <message>
        <source>Tax %1 included</source>
        <comment>tax rate name</comment>
        <translation>Enthaltene Steuer %1</translation>
    </message>
    <message>
        <source>Total refunded</source>
        <translation>Erstattet gesamt</translation>
    </message>
    <message>
        <source>Refund for order %1</source>
        <translation>Erstattung zu Bestellung %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>The money goes back to the card that paid; it can take 5 to 10 days to appear.</source>
        <translation>Das Geld geht auf die Karte zurück, mit der bezahlt wurde; bis es erscheint, kann es 5 bis 10 Tage dauern.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Der Ordner von %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not write the receipt to %1.</source>
        <translation>Der Beleg konnte nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::ResultScreen</name>
    <message>
        <source>Save receipt</source>
        <translation>Beleg speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Beleg gespeichert unter %1</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Neuer Verkauf</translation>
    </message>
    <message>
        <source>Back to the basket</source>
        <translation>Zurück zum Warenkorb</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>Print</source>
        <comment>print the receipt</comment>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>outcome of the sale</comment>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Order %1 — thank you!</source>
        <translation>Bestellung %1 — vielen Dank!</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>outcome of the sale</comment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Order %1 was cancelled. Nothing was charged.</source>
        <translation>Bestellung %1 wurde abgebrochen. Es wurde nichts belastet.</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>outcome of the sale</comment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>The payment for order %1 timed out. Nothing was charged.</source>
        <translation>Die Zahlung für Bestellung %1 ist abgelaufen. Es wurde nichts belastet.</translation>
    </message>
    <message>
        <source>Needs review</source>
        <comment>outcome of the sale</comment>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <source>Order %1: %2 Please call the manager.</source>
        <translation>Bestellung %1: %2 Bitte rufen Sie den Manager.</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>outcome of the sale</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Bestellung %1: %2</translation>
    </message>
    <message>
        <source>The payment did not go through.</source>
        <translation>Die Zahlung ist nicht durchgegangen.</translation>
    </message>
    <message>
        <source>Tap “New sale” when done.</source>
        <translation>Tippen Sie auf „Neuer Verkauf“, wenn Sie fertig sind.</translation>
    </message>
    <message numerus="yes">
        <source>Back to the basket in %n s</source>
        <comment>countdown on the result screen</comment>
        <translation>
            <numerusform>Zurück zum Warenkorb in %n s</numerusform>
            <numerusform>Zurück zum Warenkorb in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New sale in %n s</source>
        <comment>countdown on the result screen</comment>
        <translation>
            <numerusform>Neuer Verkauf in %n s</numerusform>
            <numerusform>Neuer Verkauf in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer is not available.</source>
        <translation>Der Drucker ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Your receipt is being printed.</source>
        <translation>Ihr Beleg wird gedruckt.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <source>Your order number</source>
        <translation>Ihre Bestellnummer</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n s</source>
        <comment>countdown on the self-service result</comment>
        <translation>
            <numerusform>Neustart in %n s</numerusform>
            <numerusform>Neustart in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Cash: %1 · Change: %2</source>
        <translation>Bar: %1 · Wechselgeld: %2</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::ReviewScreen</name>
    <message>
        <source>Your order</source>
        <translation>Ihre Bestellung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>E-mail for your receipt (optional)</source>
        <translation>E-Mail für Ihren Beleg (optional)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>E-mail for your receipt</source>
        <translation>E-Mail für Ihren Beleg</translation>
    </message>
    <message>
        <source>Add more</source>
        <translation>Mehr wählen</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Eins weniger</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Eins mehr</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>%1 bezahlen</translation>
    </message>
    <message>
        <source>Your basket is empty. Tap “Add more” to choose something.</source>
        <translation>Ihr Warenkorb ist leer. Tippen Sie auf „Mehr wählen“, um etwas auszuwählen.</translation>
    </message>
    <message>
        <source>Check the e-mail address, or leave it empty.</source>
        <translation>Bitte prüfen Sie die E-Mail-Adresse oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::SecretStore</name>
    <message>
        <source>No keyring is available on this system.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::SelfOrderScreen</name>
    <message>
        <source>What would you like?</source>
        <translation>Was darf es sein?</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Review order</source>
        <translation>Bestellung prüfen</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>All</source>
        <comment>every product category</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>Your basket is empty</source>
        <translation>Ihr Warenkorb ist leer</translation>
    </message>
    <message numerus="yes">
        <source>%n item in your basket</source>
        <translation>
            <numerusform>%n Artikel im Warenkorb</numerusform>
            <numerusform>%n Artikel im Warenkorb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items in your basket</source>
        <translation>
            <numerusform>%n Artikel im Warenkorb</numerusform>
            <numerusform>%n Artikel im Warenkorb</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap a product to add it.</source>
        <translation>Tippen Sie auf ein Produkt, um es hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::SettingsPage</name>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Stripe API address</source>
        <translation>Stripe-API-Adresse</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Webhook signing secret</source>
        <translation>Webhook-Signaturgeheimnis</translation>
    </message>
    <message>
        <source>Webhook port</source>
        <translation>Webhook-Port</translation>
    </message>
    <message>
        <source>Shop currency</source>
        <translation>Shop-Währung</translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translation>Kiosk-ID</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Show result for</source>
        <translation>Ergebnis anzeigen für</translation>
    </message>
    <message>
        <source>Demo — built-in Stripe simulator, no real payments</source>
        <translation>Demo — eingebauter Stripe-Simulator, keine echten Zahlungen</translation>
    </message>
    <message>
        <source>Stripe — real test or live secret key</source>
        <translation>Stripe — echter Test- oder Live-Geheimschlüssel</translation>
    </message>
    <message>
        <source>Paste a new key to replace the stored one</source>
        <translation>Neuen Schlüssel einfügen, um den gespeicherten zu ersetzen</translation>
    </message>
    <message>
        <source>Paste a new signing secret (whsec_…)</source>
        <translation>Neues Signaturgeheimnis einfügen (whsec_…)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>webhook port chosen by the kiosk</comment>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Change manager PIN…</source>
        <translation>Manager-PIN ändern…</translation>
    </message>
    <message>
        <source>In use from the environment: %1</source>
        <translation>Aus der Umgebung verwendet: %1</translation>
    </message>
    <message>
        <source>Stored in the keyring: %1</source>
        <translation>Im Schlüsselbund gespeichert: %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Keys are kept in this computer&apos;s keyring, never in the settings file.</source>
        <translation>Schlüssel werden im Schlüsselbund dieses Computers aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Stripe mode needs a secret key.</source>
        <translation>Der Stripe-Modus benötigt einen geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>Real Stripe keys need a manager PIN of at least %1 digits, not the demo PIN: change the PIN first.</source>
        <translation>Echte Stripe-Schlüssel erfordern eine Manager-PIN mit mindestens %1 Ziffern, nicht die Demo-PIN: Ändern Sie zuerst die PIN.</translation>
    </message>
    <message>
        <source>The settings could not be written: %1</source>
        <translation>Die Einstellungen konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Die Einstellungen konnten nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Settings saved; keys stored in the keyring.</source>
        <translation>Einstellungen gespeichert; Schlüssel im Schlüsselbund abgelegt.</translation>
    </message>
    <message>
        <source>Settings saved, but a key could not be stored in the keyring: %1</source>
        <translation>Einstellungen gespeichert, aber ein Schlüssel konnte nicht im Schlüsselbund abgelegt werden: %1</translation>
    </message>
    <message>
        <source>Saving keys to the keyring…</source>
        <translation>Schlüssel werden im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Change the manager PIN (at least %1 digits with real Stripe keys)</source>
        <translation>Manager-PIN ändern (mindestens %1 Ziffern bei echten Stripe-Schlüsseln)</translation>
    </message>
    <message>
        <source>The manager PIN was changed.</source>
        <translation>Die Manager-PIN wurde geändert.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>The catalog’s prices are in %1, so the shop sells in %1. Orders already taken keep their own currency.</source>
        <translation>Die Preise des Katalogs sind in %1, also verkauft der Shop in %1. Bereits aufgenommene Bestellungen behalten ihre Währung.</translation>
    </message>
    <message>
        <source>In use from the command line: %1</source>
        <translation>Von der Befehlszeile verwendet: %1</translation>
    </message>
    <message>
        <source>In use from the secrets file %1: %2</source>
        <translation>Aus der Geheimnisdatei %1 verwendet: %2</translation>
    </message>
    <message>
        <source>In use from the keyring: %1</source>
        <translation>Aus dem Schlüsselbund verwendet: %1</translation>
    </message>
    <message>
        <source>No keyring is available on this computer, so keys cannot be saved here. Start the kiosk with the environment variables CHECKOUT_KIOSK_STRIPE_SECRET_KEY and CHECKOUT_KIOSK_STRIPE_WEBHOOK_SECRET, or with --secrets-file and a file only its owner can read (chmod 600) that sets them.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher können hier keine Schlüssel gespeichert werden. Starten Sie den Kiosk mit den Umgebungsvariablen CHECKOUT_KIOSK_STRIPE_SECRET_KEY und CHECKOUT_KIOSK_STRIPE_WEBHOOK_SECRET oder mit --secrets-file und einer Datei, die nur ihr Eigentümer lesen kann (chmod 600) und die beide setzt.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the field marked in red.</source>
        <translation>Nichts wurde gespeichert: Korrigieren Sie das rot markierte Feld.</translation>
    </message>
    <message>
        <source>Settings saved. Restart the kiosk to use them.</source>
        <translation>Einstellungen gespeichert. Starten Sie den Kiosk neu, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Shop server</source>
        <translation>Shop-Server</translation>
    </message>
    <message>
        <source>Till token file</source>
        <translation>Token-Datei der Kasse</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::SettingsValidator</name>
    <message>
        <source>“%1” is not a currency the kiosk knows. Use an ISO code such as USD or EUR.</source>
        <translation>„%1“ ist keine Währung, die der Kiosk kennt. Verwenden Sie einen ISO-Code wie USD oder EUR.</translation>
    </message>
    <message>
        <source>The webhook port must be between 1024 and 65535, or Automatic.</source>
        <translation>Der Webhook-Port muss zwischen 1024 und 65535 liegen oder „Automatisch“ sein.</translation>
    </message>
    <message>
        <source>The API address must be a full URL such as https://api.stripe.com.</source>
        <translation>Die API-Adresse muss eine vollständige URL sein, z. B. https://api.stripe.com.</translation>
    </message>
    <message>
        <source>The API address must use https (plain http is only allowed for this computer).</source>
        <translation>Die API-Adresse muss https verwenden (einfaches http ist nur für diesen Computer erlaubt).</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>Die API-Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>A Stripe secret key starts with sk_test_ or sk_live_ followed by letters and digits. Copy it again from the Stripe Dashboard.</source>
        <translation>Ein geheimer Stripe-Schlüssel beginnt mit sk_test_ oder sk_live_, gefolgt von Buchstaben und Ziffern. Kopieren Sie ihn erneut aus dem Stripe-Dashboard.</translation>
    </message>
    <message>
        <source>A webhook signing secret starts with whsec_. Copy it again from the Stripe Dashboard or the Stripe CLI.</source>
        <translation>Ein Webhook-Signaturgeheimnis beginnt mit whsec_. Kopieren Sie es erneut aus dem Stripe-Dashboard oder der Stripe-CLI.</translation>
    </message>
    <message>
        <source>The kiosk id must be 1 to 32 letters, digits, - or _.</source>
        <translation>Die Kiosk-ID muss aus 1 bis 32 Buchstaben, Ziffern, - oder _ bestehen.</translation>
    </message>
    <message>
        <source>The result screen delay must be between 1 and 600 seconds.</source>
        <translation>Die Anzeigedauer des Ergebnisses muss zwischen 1 und 600 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The catalog’s prices are in %1, so the shop cannot sell in %2. Keep %1, or load a catalog priced in %2 first.</source>
        <translation>Die Preise des Katalogs sind in %1, daher kann der Shop nicht in %2 verkaufen. Behalten Sie %1 oder laden Sie zuerst einen Katalog mit Preisen in %2.</translation>
    </message>
    <message>
        <source>The shop server must be an address such as https://shop-server:8787 (no path, no user).</source>
        <translation>Der Shop-Server muss eine Adresse wie https://shop-server:8787 sein (ohne Pfad, ohne Benutzer).</translation>
    </message>
    <message>
        <source>A till of a shop server needs the file with its token.</source>
        <translation>Eine Kasse eines Shop-Servers braucht die Datei mit ihrem Token.</translation>
    </message>
    <message>
        <source>The token file must be given with its full path.</source>
        <translation>Die Token-Datei muss mit vollständigem Pfad angegeben werden.</translation>
    </message>
    <message>
        <source>The token file %1 does not exist.</source>
        <translation>Die Token-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The token file %1 must be readable by its owner only (chmod 600).</source>
        <translation>Die Token-Datei %1 darf nur für ihren Besitzer lesbar sein (chmod 600).</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <source>I’m still here</source>
        <translation>Ich bin noch da</translation>
    </message>
    <message numerus="yes">
        <source>Tap anywhere to continue. Otherwise your order is cancelled and the kiosk starts over in %n s.</source>
        <translation>
            <numerusform>Tippen Sie irgendwo, um fortzufahren. Sonst wird Ihre Bestellung storniert und der Kiosk beginnt in %n s von vorn.</numerusform>
            <numerusform>Tippen Sie irgendwo, um fortzufahren. Sonst wird Ihre Bestellung storniert und der Kiosk beginnt in %n s von vorn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::TaxText</name>
    <message>
        <source>Net</source>
        <comment>amount before tax, on the basket and the receipt</comment>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <comment>one tax rate&apos;s amount; %1 is the percentage, like 19%</comment>
        <translation>MwSt. %1</translation>
    </message>
</context>
</TS>
