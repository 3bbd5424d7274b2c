<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Kiosk::Ui::AmountInput</name>
    <message>
        <source>“%1” is not an amount. Type it like %2.</source>
        <translation>« %1 » n’est pas un montant. Saisissez-le comme %2.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::AttractScreen</name>
    <message>
        <source>Order and pay here.</source>
        <translation>Commandez et payez ici.</translation>
    </message>
    <message>
        <source>Tap to order</source>
        <translation>Touchez pour commander</translation>
    </message>
    <message>
        <source>Aa  Larger text</source>
        <translation>Aa  Texte plus grand</translation>
    </message>
    <message>
        <source>Larger text and higher contrast</source>
        <translation>Texte plus grand et contraste renforcé</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::BasketPanel</name>
    <message>
        <source>Basket</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>button that empties the basket</comment>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Clear the basket</source>
        <translation>Vider le panier</translation>
    </message>
    <message>
        <source>Basket cleared.</source>
        <translation>Panier vidé.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Tap a product or scan a barcode to start.</source>
        <translation>Touchez un produit ou scannez un code-barres pour commencer.</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>basket total</comment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Email for the receipt (optional)</source>
        <translation>E-mail pour le reçu (facultatif)</translation>
    </message>
    <message>
        <source>Email for the receipt</source>
        <translation>E-mail pour le reçu</translation>
    </message>
    <message>
        <source>At most %1 of one product fit in a basket.</source>
        <translation>Un panier accepte au maximum %1 exemplaires d’un même produit.</translation>
    </message>
    <message>
        <source>A basket holds at most %1 different products; pay for these first.</source>
        <translation>Un panier contient au maximum %1 produits différents&#xa0;; réglez d’abord ceux-ci.</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Un de moins</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Un de plus</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <comment>count of articles in the basket</comment>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Minimum card payment is %1.</source>
        <translation>Le paiement minimum par carte est de %1.</translation>
    </message>
    <message>
        <source>The total is above the card payment limit of %1.</source>
        <translation>Le total dépasse la limite de paiement par carte de %1.</translation>
    </message>
    <message>
        <source>Check the email address, or leave it empty.</source>
        <translation>Vérifiez l’adresse e-mail ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Payer %1</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Cash</source>
        <comment>pay in cash</comment>
        <translation>Espèces</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::CashDialog</name>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <source>Rounded for cash from %1</source>
        <translation>Arrondi pour les espèces depuis %1</translation>
    </message>
    <message>
        <source>Amount tendered</source>
        <translation>Montant remis</translation>
    </message>
    <message>
        <source>Exact %1</source>
        <translation>Appoint %1</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Rendu : %1</translation>
    </message>
    <message>
        <source>Type the amount handed over, or pick one above.</source>
        <translation>Saisissez le montant remis ou choisissez-en un ci-dessus.</translation>
    </message>
    <message>
        <source>%1 more is needed.</source>
        <translation>Il manque %1.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::CashierScreen</name>
    <message>
        <source>Search products, SKU or barcode</source>
        <translation>Rechercher un produit, une référence ou un code-barres</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Rechercher des produits</translation>
    </message>
    <message>
        <source>All</source>
        <comment>category tab that shows every product</comment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <comment>quantity typed before a product, e.g. 3 ×</comment>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>Added %1 × %2</source>
        <comment>message after adding: quantity × product name</comment>
        <translation>Ajouté&#xa0;: %1 × %2</translation>
    </message>
    <message>
        <source>No product matches “%1”</source>
        <translation>Aucun produit ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No product with barcode %1</source>
        <translation>Aucun produit avec le code-barres %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Options for %1</source>
        <translation>Options pour %1</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::CheckoutScreen</name>
    <message>
        <source>Pay by card</source>
        <translation>Payer par carte</translation>
    </message>
    <message>
        <source>Or scan to pay on your phone</source>
        <translation>Ou scannez pour payer sur votre téléphone</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>Annuler le paiement</translation>
    </message>
    <message>
        <source>QR code to pay on your phone</source>
        <translation>Code QR pour payer sur votre téléphone</translation>
    </message>
    <message>
        <source>Preparing secure payment…</source>
        <translation>Préparation du paiement sécurisé…</translation>
    </message>
    <message>
        <source>Order %1</source>
        <comment>order number on the payment screen</comment>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>The card was declined. Try another card.</source>
        <translation>La carte a été refusée. Essayez une autre carte.</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <comment>countdown to the payment session&apos;s end, e.g. 29:59</comment>
        <translation>Expire dans %1</translation>
    </message>
    <message>
        <source>Pay on your phone</source>
        <translation>Payer avec votre téléphone</translation>
    </message>
    <message>
        <source>Scan the code with your phone’s camera and pay there.</source>
        <translation>Scannez le code avec l’appareil photo de votre téléphone et payez-y.</translation>
    </message>
    <message>
        <source>Pay here on the screen</source>
        <translation>Payer ici sur l’écran</translation>
    </message>
    <message>
        <source>Demo mode: this code opens the payment page on this machine only; a phone cannot reach it. Pay on the screen.</source>
        <translation>Mode démo : ce code ouvre la page de paiement sur cet appareil uniquement ; un téléphone ne peut pas l’atteindre. Payez sur l’écran.</translation>
    </message>
    <message>
        <source>Card declined — try another card</source>
        <translation>Carte refusée — essayez une autre carte</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::DayReportPage</name>
    <message>
        <source>Corrects</source>
        <translation>Corrige</translation>
    </message>
    <message>
        <source>All tills (the whole shop)</source>
        <translation>Toutes les caisses (toute la boutique)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Amounts differ (Stripe − here)</source>
        <translation>Montants différents (Stripe − ici)</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>Journée</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <source>Cash difference</source>
        <translation>Écart de caisse</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Close %1? The report is then frozen; later changes need a correction.</source>
        <translation>Clôturer le %1 ? Le rapport est alors figé ; toute modification ultérieure demande une correction.</translation>
    </message>
    <message>
        <source>Close day</source>
        <translation>Clôturer la journée</translation>
    </message>
    <message>
        <source>Closed as number %1 on %2.</source>
        <translation>Clôturée sous le numéro %1 le %2.</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <source>Closed days (double-click to open)</source>
        <translation>Journées clôturées (double-clic pour ouvrir)</translation>
    </message>
    <message>
        <source>Corrects number %1.</source>
        <translation>Corrige le numéro %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Currencies differ</source>
        <translation>Devises différentes</translation>
    </message>
    <message>
        <source>Day report %1</source>
        <translation>Rapport de la journée %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Differences with Stripe</source>
        <translation>Écarts avec Stripe</translation>
    </message>
    <message>
        <source>Differences with Stripe: none, everything matches</source>
        <translation>Écarts avec Stripe : aucun, tout concorde</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Loading the report and asking Stripe…</source>
        <translation>Chargement du rapport, interrogation de Stripe…</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Not reconciled: %1</source>
        <translation>Non rapproché : %1</translation>
    </message>
    <message>
        <source>Open: the figures may still change.</source>
        <translation>Ouverte : les chiffres peuvent encore changer.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paid at Stripe, no paid order here</source>
        <translation>Payé chez Stripe, aucune commande payée ici</translation>
    </message>
    <message>
        <source>Paid here, not at Stripe</source>
        <translation>Payé ici, pas chez Stripe</translation>
    </message>
    <message>
        <source>Record a correction of closed day number %1? The earlier entry stays as it is.</source>
        <translation>Enregistrer une correction de la journée clôturée n° %1 ? L’entrée précédente reste telle quelle.</translation>
    </message>
    <message>
        <source>Record a correction</source>
        <translation>Enregistrer une correction</translation>
    </message>
    <message>
        <source>Refund amounts differ (Stripe − here)</source>
        <translation>Montants remboursés différents (Stripe − ici)</translation>
    </message>
    <message>
        <source>Refund at Stripe, not here</source>
        <translation>Remboursement chez Stripe, pas ici</translation>
    </message>
    <message>
        <source>Refund here, not at Stripe</source>
        <translation>Remboursement ici, pas chez Stripe</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>Enregistrer en CSV</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Afficher le rapport</translation>
    </message>
    <message>
        <source>Stripe fees</source>
        <translation>Frais Stripe</translation>
    </message>
    <message>
        <source>Stripe gross</source>
        <translation>Stripe brut</translation>
    </message>
    <message>
        <source>Stripe id</source>
        <translation>Identifiant Stripe</translation>
    </message>
    <message>
        <source>Stripe net</source>
        <translation>Stripe net</translation>
    </message>
    <message>
        <source>Stripe refunds</source>
        <translation>Remboursements Stripe</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation>Taxe %1</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>What</source>
        <comment>discrepancy kind</comment>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of %2.</source>
        <translation>« %1 » n’est pas un montant en %2.</translation>
    </message>
    <message>
        <source>e.g. 150.00</source>
        <translation>p. ex. 150,00</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>Differences with Stripe: %n to look into</source>
        <translation>
            <numerusform>Écarts avec Stripe : %n à examiner</numerusform>
            <numerusform>Écarts avec Stripe : %n à examiner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::KioskApp</name>
    <message>
        <source>The shop server %1 could not be used: %2</source>
        <translation>Le serveur de la boutique %1 n’est pas utilisable : %2</translation>
    </message>
    <message>
        <source>Real Stripe keys need a manager PIN of at least %1 digits.</source>
        <translation>Les vraies clés Stripe exigent un code PIN gérant d’au moins %1 chiffres.</translation>
    </message>
    <message>
        <source>Set a manager PIN of at least %1 digits (not the demo PIN) before taking real payments.</source>
        <translation>Définissez un code PIN gérant d’au moins %1 chiffres (pas le PIN de démonstration) avant d’accepter de vrais paiements.</translation>
    </message>
    <message>
        <source>The catalog’s prices are in %1, but the shop currency (shop/currency) is %2. Set shop/currency to %1, or load a catalog priced in %2.</source>
        <translation>Les prix du catalogue sont en %1, mais la devise de la boutique (shop/currency) est %2. Réglez shop/currency sur %1 ou chargez un catalogue dont les prix sont en %2.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::KioskWindow</name>
    <message>
        <source>Confirming payment…</source>
        <translation>Confirmation du paiement…</translation>
    </message>
    <message>
        <source>TEST MODE — no real charges</source>
        <translation>MODE TEST — aucun débit réel</translation>
    </message>
    <message>
        <source>Connection to the shop server lost. The payment is safe; waiting…</source>
        <translation>Connexion au serveur de la boutique perdue. Le paiement est en sécurité ; patientez…</translation>
    </message>
    <message>
        <source>Connection to the shop server lost. Waiting for it to come back…</source>
        <translation>Connexion au serveur de la boutique perdue. En attente de son retour…</translation>
    </message>
    <message>
        <source>Manager</source>
        <comment>button that opens the manager screen</comment>
        <translation>Gérant</translation>
    </message>
    <message>
        <source>Could not start the payment: %1</source>
        <translation>Impossible de démarrer le paiement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>Impossible d’annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the manager PIN</source>
        <translation>Saisissez le code PIN gérant</translation>
    </message>
    <message>
        <source>Settings saved. Restart the kiosk to apply them.</source>
        <translation>Paramètres enregistrés. Redémarrez le kiosque pour les appliquer.</translation>
    </message>
    <message>
        <source>Enter the manager PIN to leave kiosk mode</source>
        <translation>Saisissez le code PIN gérant pour quitter le mode kiosque</translation>
    </message>
    <message>
        <source>Could not take the cash payment: %1</source>
        <translation>Le paiement en espèces n’a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::ManagerScreen</name>
    <message>
        <source>Day report</source>
        <comment>tab</comment>
        <translation>Rapport du jour</translation>
    </message>
    <message>
        <source>Manager</source>
        <comment>title of the manager screen</comment>
        <translation>Gérant</translation>
    </message>
    <message>
        <source>Back to sales</source>
        <translation>Retour à la vente</translation>
    </message>
    <message>
        <source>Orders</source>
        <comment>tab</comment>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>tab</comment>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::OptionChooser</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add to basket</source>
        <translation>Ajouter au panier</translation>
    </message>
    <message>
        <source>%1 (choose one)</source>
        <comment>option group heading</comment>
        <translation>%1 (un choix)</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <comment>option group heading</comment>
        <translation>%1 (facultatif)</translation>
    </message>
    <message>
        <source>%1 (optional, up to %2)</source>
        <comment>option group heading</comment>
        <translation>%1 (facultatif, jusqu’à %2)</translation>
    </message>
    <message>
        <source>%1 (choose %2 to %3)</source>
        <comment>option group heading</comment>
        <translation>%1 (choisir de %2 à %3)</translation>
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
        <translation>Prix %1, options comprises (+%2)</translation>
    </message>
    <message>
        <source>Price %1</source>
        <translation>Prix %1</translation>
    </message>
    <message>
        <source>Still to choose: %1</source>
        <comment>the option groups not chosen yet</comment>
        <translation>Reste à choisir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::OrderDetailsDialog</name>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total de la ligne</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <comment>previous status</comment>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <comment>new status</comment>
        <translation>À</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>ID d’événement</translation>
    </message>
    <message>
        <source>Loading the order…</source>
        <translation>Chargement de la commande…</translation>
    </message>
    <message>
        <source>This order could not be loaded: %1</source>
        <translation>Impossible de charger cette commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>E-mail du client</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosque</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Checkout session</source>
        <translation>Session de paiement</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation>Articles (%1)</translation>
    </message>
    <message>
        <source>Status history (%1)</source>
        <translation>Historique des statuts (%1)</translation>
    </message>
    <message>
        <source>Payment events (%1)</source>
        <translation>Événements de paiement (%1)</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Rembourser…</translation>
    </message>
    <message>
        <source>Refund receipt (PDF)…</source>
        <translation>Reçu de remboursement (PDF)…</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1 (reste %2)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>refunded items</comment>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Stripe refund</source>
        <translation>Remboursement Stripe</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>quantity × product name</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>refund status and why it failed</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Amount only</source>
        <translation>Montant seul</translation>
    </message>
    <message>
        <source>Refunds (%1)</source>
        <translation>Remboursements (%1)</translation>
    </message>
    <message>
        <source>Save refund receipt</source>
        <translation>Enregistrer le reçu de remboursement</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Reçu enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::OrderHistoryModel</name>
    <message>
        <source>Order</source>
        <comment>column: order number</comment>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column: when the order was created</comment>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>E-mail du client</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>column: order total</comment>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::OrderHistoryPage</name>
    <message>
        <source>Any</source>
        <comment>no date limit</comment>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>From</source>
        <comment>first day of the date filter</comment>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <comment>last day of the date filter</comment>
        <translation>Au</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Order number, email or product</source>
        <translation>N° de commande, e-mail ou produit</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Rechercher des commandes</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln commande</numerusform>
            <numerusform>%Ln commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <comment>currency code, amount, order count</comment>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Payées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not paid (open, cancelled, expired or failed): %1</source>
        <translation>Non payées (ouvertes, annulées, expirées ou échouées)&#xa0;: %1</translation>
    </message>
    <message>
        <source>No orders match these filters.</source>
        <translation>Aucune commande ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>The order history could not be read: %1</source>
        <translation>Impossible de lire l’historique des commandes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>Exporter les commandes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Counting orders…</source>
        <translation>Comptage des commandes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of %Ln order(s)…</source>
        <translation>
            <numerusform>%1 commande exportée sur %Ln…</numerusform>
            <numerusform>%1 commandes exportées sur %Ln…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled. No file was saved.</source>
        <translation>Export annulé. Aucun fichier n’a été enregistré.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L’export a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to %1.</source>
        <translation>
            <numerusform>%Ln commande exportée vers %1.</numerusform>
            <numerusform>%Ln commandes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the first day</source>
        <translation>Effacer le premier jour</translation>
    </message>
    <message>
        <source>Clear the last day</source>
        <translation>Effacer le dernier jour</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Dates choisies</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · refunded %4 · net %5</source>
        <comment>currency code, amount paid, order count, amount refunded, paid minus refunded</comment>
        <translation>%1 %2 · %3 · remboursé %4 · net %5</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::OrderStatusStyle</name>
    <message>
        <source>Draft</source>
        <comment>order status</comment>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <comment>order status</comment>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <source>Processing</source>
        <comment>order status</comment>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>order status</comment>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>order status</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>order status</comment>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>order status</comment>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Needs review</source>
        <comment>order status</comment>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <comment>order status</comment>
        <translation>Partiellement remboursée</translation>
    </message>
    <message>
        <source>Refunded</source>
        <comment>order status</comment>
        <translation>Remboursée</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::PinDialog</name>
    <message>
        <source>No manager PIN has been set yet. Choose %1 to %2 digits.</source>
        <translation>Aucun code PIN gérant n’est encore défini. Choisissez de %1 à %2 chiffres.</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>Code PIN gérant</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>confirm the PIN</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Enter the current PIN</source>
        <translation>Saisissez le code PIN actuel</translation>
    </message>
    <message>
        <source>Enter the manager PIN</source>
        <translation>Saisissez le code PIN gérant</translation>
    </message>
    <message>
        <source>Choose a new PIN</source>
        <translation>Choisissez un nouveau code PIN</translation>
    </message>
    <message>
        <source>Enter the new PIN again</source>
        <translation>Saisissez à nouveau le nouveau code PIN</translation>
    </message>
    <message>
        <source>The PIN must have %1 to %2 digits.</source>
        <translation>Le code PIN doit comporter de %1 à %2 chiffres.</translation>
    </message>
    <message>
        <source>The PIN must not be one digit repeated, like 0000.</source>
        <translation>Le code PIN ne doit pas répéter un seul chiffre, comme 0000.</translation>
    </message>
    <message>
        <source>The PIN must not be a run of digits, like 1234 or 9876.</source>
        <translation>Le code PIN ne doit pas être une suite de chiffres, comme 1234 ou 9876.</translation>
    </message>
    <message>
        <source>Change the manager PIN</source>
        <translation>Modifier le code PIN gérant</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Trop de codes PIN erronés. Réessayez dans %1.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before the PIN is locked.</source>
        <translation>
            <numerusform>Code PIN erroné. Encore un essai erroné et le code PIN sera bloqué un moment.</numerusform>
            <numerusform>Code PIN erroné. Il reste %n essais avant le blocage du code PIN.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two PINs were different. Choose the new PIN again.</source>
        <translation>Les deux codes PIN étaient différents. Choisissez à nouveau le nouveau code PIN.</translation>
    </message>
    <message>
        <source>The PIN could not be saved: %1</source>
        <translation>Impossible d’enregistrer le code PIN&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts, try again in %n s.</source>
        <translation>
            <numerusform>Trop de tentatives, réessayez dans %n s.</numerusform>
            <numerusform>Trop de tentatives, réessayez dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Vérification du code PIN…</translation>
    </message>
    <message>
        <source>The PIN could not be checked: %1</source>
        <translation>Le code PIN n’a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code PIN incorrect.</translation>
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
        <translation>Reçu %1</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>receipt total</comment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paid by card.</source>
        <translation>Payé par carte.</translation>
    </message>
    <message>
        <source>Paid by card — receipt sent to %1.</source>
        <translation>Payé par carte — reçu envoyé à %1.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci&#xa0;!</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Le dossier de %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Could not write the receipt to %1.</source>
        <translation>Impossible d’écrire le reçu dans %1.</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Arrondi espèces</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>Espèces remises</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>Paid in cash.</source>
        <translation>Payé en espèces.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::RefundDialog</name>
    <message>
        <source>Refund order %1</source>
        <translation>Rembourser la commande %1</translation>
    </message>
    <message>
        <source>Paid %1, already refunded %2: %3 can still be refunded.</source>
        <translation>Payé %1, déjà remboursé %2 : %3 peut encore être remboursé.</translation>
    </message>
    <message>
        <source>Paid %1: all of it can be refunded.</source>
        <translation>Payé %1 : tout peut être remboursé.</translation>
    </message>
    <message>
        <source>Everything that is left (%1)</source>
        <translation>Tout ce qui reste (%1)</translation>
    </message>
    <message>
        <source>The whole order (%1)</source>
        <translation>Toute la commande (%1)</translation>
    </message>
    <message>
        <source>Chosen items</source>
        <translation>Articles choisis</translation>
    </message>
    <message>
        <source>An amount</source>
        <translation>Un montant</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Achetés</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>items not refunded yet</comment>
        <translation>Restants</translation>
    </message>
    <message>
        <source>Refund</source>
        <comment>quantity to refund</comment>
        <translation>Rembourser</translation>
    </message>
    <message>
        <source>Items to refund</source>
        <translation>Articles à rembourser</translation>
    </message>
    <message>
        <source>%1, for example %2</source>
        <translation>%1, par exemple %2</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Montant à rembourser</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>Rembourser %1</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save receipt PDF…</source>
        <translation>Enregistrer le reçu en PDF…</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>Imprimer le reçu…</translation>
    </message>
    <message>
        <source>Choose how many of each item to refund.</source>
        <translation>Choisissez combien de chaque article rembourser.</translation>
    </message>
    <message>
        <source>Type the amount to give back.</source>
        <translation>Saisissez le montant à rendre.</translation>
    </message>
    <message>
        <source>Working out the refund…</source>
        <translation>Calcul du remboursement…</translation>
    </message>
    <message>
        <source>The customer gets back %1, tax included.</source>
        <translation>Le client récupère %1, taxes comprises.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tax rate and amount</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Tax in it: %1</source>
        <translation>Dont taxes : %1</translation>
    </message>
    <message>
        <source>These items were worth %1, but only %2 was left to refund on this order.</source>
        <translation>Ces articles valaient %1, mais il ne restait que %2 à rembourser sur cette commande.</translation>
    </message>
    <message>
        <source>Left to refund afterwards: %1</source>
        <translation>Reste à rembourser ensuite : %1</translation>
    </message>
    <message>
        <source>Asking Stripe to refund %1…</source>
        <translation>Demande à Stripe de rembourser %1…</translation>
    </message>
    <message>
        <source>Nothing was refunded: %1</source>
        <translation>Rien n’a été remboursé : %1</translation>
    </message>
    <message>
        <source>Refunded %1 to the customer&apos;s card.</source>
        <translation>%1 remboursé sur la carte du client.</translation>
    </message>
    <message>
        <source>Refund of %1 is pending at Stripe. This window and the order update when it settles.</source>
        <translation>Le remboursement de %1 est en attente chez Stripe. Cette fenêtre et la commande se mettront à jour dès qu’il sera réglé.</translation>
    </message>
    <message>
        <source>The refund of %1 failed. No money went back; the order needs review.</source>
        <translation>Le remboursement de %1 a échoué. Aucun argent n’a été rendu ; la commande doit être vérifiée.</translation>
    </message>
    <message>
        <source>The refund of %1 failed (%2). No money went back; the order needs review.</source>
        <translation>Le remboursement de %1 a échoué (%2). Aucun argent n’a été rendu ; la commande doit être vérifiée.</translation>
    </message>
    <message>
        <source>The refund of %1 was cancelled. No money went back.</source>
        <translation>Le remboursement de %1 a été annulé. Aucun argent n’a été rendu.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>There is no refund to print yet.</source>
        <translation>Il n’y a pas encore de remboursement à imprimer.</translation>
    </message>
    <message>
        <source>Save refund receipt</source>
        <translation>Enregistrer le reçu de remboursement</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Reçu enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::RefundReceiptDocument</name>
    <message>
        <source>Requested by the customer</source>
        <translation>Demandé par le client</translation>
    </message>
    <message>
        <source>Duplicate payment</source>
        <translation>Paiement en double</translation>
    </message>
    <message>
        <source>Fraudulent payment</source>
        <translation>Paiement frauduleux</translation>
    </message>
    <message>
        <source>Pending at Stripe</source>
        <comment>refund status</comment>
        <translation>En attente chez Stripe</translation>
    </message>
    <message>
        <source>Refunded</source>
        <comment>refund status</comment>
        <translation>Remboursée</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>refund status</comment>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>refund status</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>receipt line: quantity × product name</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation>Montant remboursé</translation>
    </message>
    <message>
        <source>Tax %1 included</source>
        <comment>tax rate name</comment>
        <translation>Dont taxe %1</translation>
    </message>
    <message>
        <source>Total refunded</source>
        <translation>Total remboursé</translation>
    </message>
    <message>
        <source>Refund for order %1</source>
        <translation>Remboursement de la commande %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>The money goes back to the card that paid; it can take 5 to 10 days to appear.</source>
        <translation>L’argent revient sur la carte qui a payé ; il peut falloir 5 à 10 jours pour qu’il apparaisse.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Le dossier de %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Could not write the receipt to %1.</source>
        <translation>Impossible d’écrire le reçu dans %1.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::ResultScreen</name>
    <message>
        <source>Save receipt</source>
        <translation>Enregistrer le reçu</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Reçu enregistré dans %1</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nouvelle vente</translation>
    </message>
    <message>
        <source>Back to the basket</source>
        <translation>Retour au panier</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <comment>print the receipt</comment>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>outcome of the sale</comment>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Order %1 — thank you!</source>
        <translation>Commande %1 — merci&#xa0;!</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>outcome of the sale</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Order %1 was cancelled. Nothing was charged.</source>
        <translation>La commande %1 a été annulée. Rien n’a été débité.</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>outcome of the sale</comment>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>The payment for order %1 timed out. Nothing was charged.</source>
        <translation>Le paiement de la commande %1 a expiré. Rien n’a été débité.</translation>
    </message>
    <message>
        <source>Needs review</source>
        <comment>outcome of the sale</comment>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Order %1: %2 Please call the manager.</source>
        <translation>Commande %1&#xa0;: %2 Veuillez appeler le gérant.</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>outcome of the sale</comment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Commande %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The payment did not go through.</source>
        <translation>Le paiement n’a pas abouti.</translation>
    </message>
    <message>
        <source>Tap “New sale” when done.</source>
        <translation>Touchez «&#xa0;Nouvelle vente&#xa0;» une fois terminé.</translation>
    </message>
    <message numerus="yes">
        <source>Back to the basket in %n s</source>
        <comment>countdown on the result screen</comment>
        <translation>
            <numerusform>Retour au panier dans %n s</numerusform>
            <numerusform>Retour au panier dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New sale in %n s</source>
        <comment>countdown on the result screen</comment>
        <translation>
            <numerusform>Nouvelle vente dans %n s</numerusform>
            <numerusform>Nouvelle vente dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer is not available.</source>
        <translation>L’imprimante n’est pas disponible.</translation>
    </message>
    <message>
        <source>Your receipt is being printed.</source>
        <translation>Votre reçu est en cours d’impression.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <source>Your order number</source>
        <translation>Votre numéro de commande</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n s</source>
        <comment>countdown on the self-service result</comment>
        <translation>
            <numerusform>Retour à l’accueil dans %n s</numerusform>
            <numerusform>Retour à l’accueil dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Cash: %1 · Change: %2</source>
        <translation>Espèces : %1 · Rendu : %2</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::ReviewScreen</name>
    <message>
        <source>Your order</source>
        <translation>Votre commande</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>E-mail for your receipt (optional)</source>
        <translation>E-mail pour votre reçu (facultatif)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>E-mail for your receipt</source>
        <translation>E-mail pour votre reçu</translation>
    </message>
    <message>
        <source>Add more</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Un de moins</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Un de plus</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Payer %1</translation>
    </message>
    <message>
        <source>Your basket is empty. Tap “Add more” to choose something.</source>
        <translation>Votre panier est vide. Touchez «&#xa0;Ajouter&#xa0;» pour choisir un article.</translation>
    </message>
    <message>
        <source>Check the e-mail address, or leave it empty.</source>
        <translation>Vérifiez l’adresse e-mail ou laissez le champ vide.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::SecretStore</name>
    <message>
        <source>No keyring is available on this system.</source>
        <translation>Aucun trousseau de clés n’est disponible sur ce système.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::SelfOrderScreen</name>
    <message>
        <source>What would you like?</source>
        <translation>Que désirez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Review order</source>
        <translation>Ma commande</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>All</source>
        <comment>every product category</comment>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 ajouté</translation>
    </message>
    <message>
        <source>Your basket is empty</source>
        <translation>Votre panier est vide</translation>
    </message>
    <message numerus="yes">
        <source>%n item in your basket</source>
        <translation>
            <numerusform>%n article dans votre panier</numerusform>
            <numerusform>%n articles dans votre panier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items in your basket</source>
        <translation>
            <numerusform>%n article dans votre panier</numerusform>
            <numerusform>%n articles dans votre panier</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap a product to add it.</source>
        <translation>Touchez un produit pour l’ajouter.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::SettingsPage</name>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Stripe API address</source>
        <translation>Adresse de l’API Stripe</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <source>Webhook signing secret</source>
        <translation>Secret de signature du webhook</translation>
    </message>
    <message>
        <source>Webhook port</source>
        <translation>Port du webhook</translation>
    </message>
    <message>
        <source>Shop currency</source>
        <translation>Devise de la boutique</translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translation>ID du kiosque</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Show result for</source>
        <translation>Afficher le résultat pendant</translation>
    </message>
    <message>
        <source>Demo — built-in Stripe simulator, no real payments</source>
        <translation>Démo — simulateur Stripe intégré, aucun paiement réel</translation>
    </message>
    <message>
        <source>Stripe — real test or live secret key</source>
        <translation>Stripe — vraie clé secrète de test ou de production</translation>
    </message>
    <message>
        <source>Paste a new key to replace the stored one</source>
        <translation>Collez une nouvelle clé pour remplacer celle enregistrée</translation>
    </message>
    <message>
        <source>Paste a new signing secret (whsec_…)</source>
        <translation>Collez un nouveau secret de signature (whsec_…)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>webhook port chosen by the kiosk</comment>
        <translation>Automatique</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Change manager PIN…</source>
        <translation>Modifier le code PIN gérant…</translation>
    </message>
    <message>
        <source>In use from the environment: %1</source>
        <translation>Utilisée depuis l’environnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stored in the keyring: %1</source>
        <translation>Enregistrée dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <source>Keys are kept in this computer&apos;s keyring, never in the settings file.</source>
        <translation>Les clés sont conservées dans le trousseau de cet ordinateur, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>Stripe mode needs a secret key.</source>
        <translation>Le mode Stripe nécessite une clé secrète.</translation>
    </message>
    <message>
        <source>Real Stripe keys need a manager PIN of at least %1 digits, not the demo PIN: change the PIN first.</source>
        <translation>Les vraies clés Stripe exigent un code PIN gérant d’au moins %1 chiffres, pas le PIN de démonstration&#xa0;: modifiez d’abord le code PIN.</translation>
    </message>
    <message>
        <source>The settings could not be written: %1</source>
        <translation>Impossible d’écrire les paramètres&#xa0;: %1</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Impossible d’écrire les paramètres dans %1.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Settings saved; keys stored in the keyring.</source>
        <translation>Paramètres enregistrés&#xa0;; clés conservées dans le trousseau.</translation>
    </message>
    <message>
        <source>Settings saved, but a key could not be stored in the keyring: %1</source>
        <translation>Paramètres enregistrés, mais une clé n’a pas pu être conservée dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving keys to the keyring…</source>
        <translation>Enregistrement des clés dans le trousseau…</translation>
    </message>
    <message>
        <source>Change the manager PIN (at least %1 digits with real Stripe keys)</source>
        <translation>Modifier le code PIN gérant (au moins %1 chiffres avec de vraies clés Stripe)</translation>
    </message>
    <message>
        <source>The manager PIN was changed.</source>
        <translation>Le code PIN gérant a été modifié.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>The catalog’s prices are in %1, so the shop sells in %1. Orders already taken keep their own currency.</source>
        <translation>Les prix du catalogue sont en %1&#xa0;: la boutique vend donc en %1. Les commandes déjà passées gardent leur devise.</translation>
    </message>
    <message>
        <source>In use from the command line: %1</source>
        <translation>Utilisée depuis la ligne de commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>In use from the secrets file %1: %2</source>
        <translation>Utilisée depuis le fichier de secrets %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>In use from the keyring: %1</source>
        <translation>Utilisée depuis le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>No keyring is available on this computer, so keys cannot be saved here. Start the kiosk with the environment variables CHECKOUT_KIOSK_STRIPE_SECRET_KEY and CHECKOUT_KIOSK_STRIPE_WEBHOOK_SECRET, or with --secrets-file and a file only its owner can read (chmod 600) that sets them.</source>
        <translation>Aucun trousseau n’est disponible sur cet ordinateur&#xa0;: les clés ne peuvent pas être enregistrées ici. Démarrez le kiosque avec les variables d’environnement CHECKOUT_KIOSK_STRIPE_SECRET_KEY et CHECKOUT_KIOSK_STRIPE_WEBHOOK_SECRET, ou avec --secrets-file et un fichier lisible par son seul propriétaire (chmod 600) qui les définit.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the field marked in red.</source>
        <translation>Rien n’a été enregistré&#xa0;: corrigez le champ marqué en rouge.</translation>
    </message>
    <message>
        <source>Settings saved. Restart the kiosk to use them.</source>
        <translation>Réglages enregistrés. Redémarrez le kiosque pour les appliquer.</translation>
    </message>
    <message>
        <source>Shop server</source>
        <translation>Serveur de la boutique</translation>
    </message>
    <message>
        <source>Till token file</source>
        <translation>Fichier du jeton de la caisse</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::SettingsValidator</name>
    <message>
        <source>“%1” is not a currency the kiosk knows. Use an ISO code such as USD or EUR.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une devise connue du kiosque. Utilisez un code ISO comme USD ou EUR.</translation>
    </message>
    <message>
        <source>The webhook port must be between 1024 and 65535, or Automatic.</source>
        <translation>Le port du webhook doit être compris entre 1024 et 65535, ou «&#xa0;Automatique&#xa0;».</translation>
    </message>
    <message>
        <source>The API address must be a full URL such as https://api.stripe.com.</source>
        <translation>L’adresse de l’API doit être une URL complète, comme https://api.stripe.com.</translation>
    </message>
    <message>
        <source>The API address must use https (plain http is only allowed for this computer).</source>
        <translation>L’adresse de l’API doit utiliser https (le http simple n’est autorisé que pour cet ordinateur).</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>L’adresse de l’API doit commencer par https://.</translation>
    </message>
    <message>
        <source>A Stripe secret key starts with sk_test_ or sk_live_ followed by letters and digits. Copy it again from the Stripe Dashboard.</source>
        <translation>Une clé secrète Stripe commence par sk_test_ ou sk_live_ suivi de lettres et de chiffres. Copiez-la à nouveau depuis le tableau de bord Stripe.</translation>
    </message>
    <message>
        <source>A webhook signing secret starts with whsec_. Copy it again from the Stripe Dashboard or the Stripe CLI.</source>
        <translation>Un secret de signature de webhook commence par whsec_. Copiez-le à nouveau depuis le tableau de bord Stripe ou la CLI Stripe.</translation>
    </message>
    <message>
        <source>The kiosk id must be 1 to 32 letters, digits, - or _.</source>
        <translation>L’ID du kiosque doit comporter de 1 à 32 lettres, chiffres, - ou _.</translation>
    </message>
    <message>
        <source>The result screen delay must be between 1 and 600 seconds.</source>
        <translation>La durée d’affichage du résultat doit être comprise entre 1 et 600 secondes.</translation>
    </message>
    <message>
        <source>The catalog’s prices are in %1, so the shop cannot sell in %2. Keep %1, or load a catalog priced in %2 first.</source>
        <translation>Les prix du catalogue sont en %1&#xa0;: la boutique ne peut donc pas vendre en %2. Gardez %1 ou chargez d’abord un catalogue dont les prix sont en %2.</translation>
    </message>
    <message>
        <source>The shop server must be an address such as https://shop-server:8787 (no path, no user).</source>
        <translation>Le serveur de la boutique doit être une adresse comme https://shop-server:8787 (sans chemin ni utilisateur).</translation>
    </message>
    <message>
        <source>A till of a shop server needs the file with its token.</source>
        <translation>Une caisse d’un serveur de boutique a besoin du fichier de son jeton.</translation>
    </message>
    <message>
        <source>The token file must be given with its full path.</source>
        <translation>Le fichier du jeton doit être donné avec son chemin complet.</translation>
    </message>
    <message>
        <source>The token file %1 does not exist.</source>
        <translation>Le fichier du jeton %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The token file %1 must be readable by its owner only (chmod 600).</source>
        <translation>Le fichier du jeton %1 ne doit être lisible que par son propriétaire (chmod 600).</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là&#xa0;?</translation>
    </message>
    <message>
        <source>I’m still here</source>
        <translation>Je suis toujours là</translation>
    </message>
    <message numerus="yes">
        <source>Tap anywhere to continue. Otherwise your order is cancelled and the kiosk starts over in %n s.</source>
        <translation>
            <numerusform>Touchez l’écran pour continuer. Sinon, votre commande sera annulée et la borne recommencera dans %n s.</numerusform>
            <numerusform>Touchez l’écran pour continuer. Sinon, votre commande sera annulée et la borne recommencera dans %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::TaxText</name>
    <message>
        <source>Net</source>
        <comment>amount before tax, on the basket and the receipt</comment>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <comment>one tax rate&apos;s amount; %1 is the percentage, like 19%</comment>
        <translation>TVA %1</translation>
    </message>
</context>
</TS>
