<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Kiosk::Ui::AmountInput</name>
    <message>
        <source>“%1” is not an amount. Type it like %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::AttractScreen</name>
    <message>
        <source>Order and pay here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap to order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aa  Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text and higher contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::BasketPanel</name>
    <message>
        <source>Basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>button that empties the basket</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basket cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a product or scan a barcode to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <comment>basket total</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email for the receipt (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email for the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 of one product fit in a basket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A basket holds at most %1 different products; pay for these first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <comment>count of articles in the basket</comment>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message>
        <source>Minimum card payment is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total is above the card payment limit of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the email address, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <comment>pay in cash</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::CashDialog</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounded for cash from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount tendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount handed over, or pick one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::CashierScreen</name>
    <message>
        <source>Search products, SKU or barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <comment>category tab that shows every product</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×</source>
        <comment>quantity typed before a product, e.g. 3 ×</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 × %2</source>
        <comment>message after adding: quantity × product name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product with barcode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::CheckoutScreen</name>
    <message>
        <source>Pay by card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or scan to pay on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code to pay on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing secure payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <comment>order number on the payment screen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was declined. Try another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card declined — try another card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <comment>countdown to the payment session&apos;s end, e.g. 29:59</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: this code opens the payment page on this machine only; a phone cannot reach it. Pay on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code with your phone’s camera and pay there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay here on the screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::DayReportPage</name>
    <message numerus="yes">
        <source>Differences with Stripe: %n to look into</source>
        <translation>
            <numerusform>Differences with Stripe: %n to look into</numerusform>
            <numerusform>Differences with Stripe: %n to look into</numerusform>
        </translation>
    </message>
    <message>
        <source>Business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tills (the whole shop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences with Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <comment>discrepancy kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 150.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed days (double-click to open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the report and asking Stripe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at Stripe, no paid order here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid here, not at Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts differ (Stripe − here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currencies differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund at Stripe, not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund here, not at Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund amounts differ (Stripe − here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed as number %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: the figures may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reconciled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences with Stripe: none, everything matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a correction of closed day number %1? The earlier entry stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1? The report is then frozen; later changes need a correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::KioskApp</name>
    <message>
        <source>The shop server %1 could not be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real Stripe keys need a manager PIN of at least %1 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a manager PIN of at least %1 digits (not the demo PIN) before taking real payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog’s prices are in %1, but the shop currency (shop/currency) is %2. Set shop/currency to %1, or load a catalog priced in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::KioskWindow</name>
    <message>
        <source>Confirming payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST MODE — no real charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the shop server lost. The payment is safe; waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the shop server lost. Waiting for it to come back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <comment>button that opens the manager screen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the manager PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. Restart the kiosk to apply them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the manager PIN to leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not take the cash payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::ManagerScreen</name>
    <message>
        <source>Manager</source>
        <comment>title of the manager screen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <comment>tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day report</source>
        <comment>tab</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::OptionChooser</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (choose one)</source>
        <comment>option group heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <comment>option group heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (optional, up to %2)</source>
        <comment>option group heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (choose %2 to %3)</source>
        <comment>option group heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
+%2</source>
        <comment>option name, then its extra price</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price %1, options included (+%2)</source>
        <comment>unit price with the options&apos; extra</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to choose: %1</source>
        <comment>the option groups not chosen yet</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::OrderDetailsDialog</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <comment>previous status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <comment>new status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment events (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund receipt (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <comment>refunded items</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>quantity × product name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>refund status and why it failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save refund receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::OrderHistoryModel</name>
    <message>
        <source>Order</source>
        <comment>column: order number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column: when the order was created</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <comment>column: order total</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::OrderHistoryPage</name>
    <message>
        <source>Any</source>
        <comment>no date limit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <comment>first day of the date filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <comment>last day of the date filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number, email or product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <comment>currency code, amount, order count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid (open, cancelled, expired or failed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of %Ln order(s)…</source>
        <translation>
            <numerusform>Exported %1 of %Ln order…</numerusform>
            <numerusform>Exported %1 of %Ln orders…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled. No file was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln order to %1.</numerusform>
            <numerusform>Exported %Ln orders to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 · refunded %4 · net %5</source>
        <comment>currency code, amount paid, order count, amount refunded, paid minus refunded</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::OrderStatusStyle</name>
    <message>
        <source>Draft</source>
        <comment>order status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <comment>order status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <comment>order status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>order status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>order status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>order status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>order status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <comment>order status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <comment>order status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <comment>order status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::PinDialog</name>
    <message>
        <source>No manager PIN has been set yet. Choose %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <comment>confirm the PIN</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the manager PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN must have %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN must not be one digit repeated, like 0000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN must not be a run of digits, like 1234 or 9876.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the manager PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before the PIN is locked.</source>
        <translation>
            <numerusform>Wrong PIN. One more wrong try locks the PIN for a while.</numerusform>
            <numerusform>Wrong PIN. %n tries left before the PIN is locked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts, try again in %n s.</source>
        <translation>
            <numerusform>Too many attempts, try again in %n s.</numerusform>
            <numerusform>Too many attempts, try again in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs were different. Choose the new PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::ReceiptDocument</name>
    <message>
        <source>%1 × %2</source>
        <comment>receipt line: quantity × product name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <comment>receipt heading with the order number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <comment>receipt total</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by card — receipt sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the receipt to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in cash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::RefundDialog</name>
    <message>
        <source>Refund order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1, already refunded %2: %3 can still be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1: all of it can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything that is left (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole order (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <comment>items not refunded yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <comment>quantity to refund</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, for example %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how many of each item to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount to give back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer gets back %1, tax included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tax rate and amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax in it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These items were worth %1, but only %2 was left to refund on this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to refund afterwards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Stripe to refund %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was refunded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded %1 to the customer&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of %1 is pending at Stripe. This window and the order update when it settles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund of %1 failed. No money went back; the order needs review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund of %1 failed (%2). No money went back; the order needs review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund of %1 was cancelled. No money went back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no refund to print yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save refund receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::RefundReceiptDocument</name>
    <message>
        <source>Requested by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraudulent payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending at Stripe</source>
        <comment>refund status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <comment>refund status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>refund status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>refund status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>receipt line: quantity × product name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %1 included</source>
        <comment>tax rate name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund for order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The money goes back to the card that paid; it can take 5 to 10 days to appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the receipt to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::ResultScreen</name>
    <message>
        <source>Save receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <comment>print the receipt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>outcome of the sale</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 — thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>outcome of the sale</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was cancelled. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>outcome of the sale</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment for order %1 timed out. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <comment>outcome of the sale</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: %2 Please call the manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>outcome of the sale</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment did not go through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap “New sale” when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Back to the basket in %n s</source>
        <comment>countdown on the result screen</comment>
        <translation>
            <numerusform>Back to the basket in %n s</numerusform>
            <numerusform>Back to the basket in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New sale in %n s</source>
        <comment>countdown on the result screen</comment>
        <translation>
            <numerusform>New sale in %n s</numerusform>
            <numerusform>New sale in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your receipt is being printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n s</source>
        <comment>countdown on the self-service result</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cash: %1 · Change: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::ReviewScreen</name>
    <message>
        <source>Your order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail for your receipt (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail for your receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your basket is empty. Tap “Add more” to choose something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the e-mail address, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::SecretStore</name>
    <message>
        <source>No keyring is available on this system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::SelfOrderScreen</name>
    <message>
        <source>What would you like?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <comment>every product category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your basket is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item in your basket</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items in your basket</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tap a product to add it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::SettingsPage</name>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show result for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till token file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo — built-in Stripe simulator, no real payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe — real test or live secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a new key to replace the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a new signing secret (whsec_…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>webhook port chosen by the kiosk</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change manager PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use from the environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are kept in this computer&apos;s keyring, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe mode needs a secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real Stripe keys need a manager PIN of at least %1 digits, not the demo PIN: change the PIN first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved; keys stored in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved, but a key could not be stored in the keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving keys to the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the manager PIN (at least %1 digits with real Stripe keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager PIN was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog’s prices are in %1, so the shop sells in %1. Orders already taken keep their own currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use from the command line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use from the secrets file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use from the keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring is available on this computer, so keys cannot be saved here. Start the kiosk with the environment variables CHECKOUT_KIOSK_STRIPE_SECRET_KEY and CHECKOUT_KIOSK_STRIPE_WEBHOOK_SECRET, or with --secrets-file and a file only its owner can read (chmod 600) that sets them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: correct the field marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. Restart the kiosk to use them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::SettingsValidator</name>
    <message>
        <source>“%1” is not a currency the kiosk knows. Use an ISO code such as USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook port must be between 1024 and 65535, or Automatic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must be a full URL such as https://api.stripe.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must use https (plain http is only allowed for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Stripe secret key starts with sk_test_ or sk_live_ followed by letters and digits. Copy it again from the Stripe Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook signing secret starts with whsec_. Copy it again from the Stripe Dashboard or the Stripe CLI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk id must be 1 to 32 letters, digits, - or _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result screen delay must be between 1 and 600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop server must be an address such as https://shop-server:8787 (no path, no user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A till of a shop server needs the file with its token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file must be given with its full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file %1 must be readable by its owner only (chmod 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog’s prices are in %1, so the shop cannot sell in %2. Keep %1, or load a catalog priced in %2 first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I’m still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tap anywhere to continue. Otherwise your order is cancelled and the kiosk starts over in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::TaxText</name>
    <message>
        <source>Net</source>
        <comment>amount before tax, on the basket and the receipt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %1</source>
        <comment>one tax rate&apos;s amount; %1 is the percentage, like 19%</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
