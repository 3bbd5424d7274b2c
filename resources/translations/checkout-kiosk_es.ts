<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Kiosk::Ui::AmountInput</name>
    <message>
        <source>“%1” is not an amount. Type it like %2.</source>
        <translation>«%1» no es un importe. Escríbalo como %2.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::AttractScreen</name>
    <message>
        <source>Order and pay here.</source>
        <translation>Pida y pague aquí.</translation>
    </message>
    <message>
        <source>Tap to order</source>
        <translation>Toque para pedir</translation>
    </message>
    <message>
        <source>Aa  Larger text</source>
        <translation>Aa  Texto más grande</translation>
    </message>
    <message>
        <source>Larger text and higher contrast</source>
        <translation>Texto más grande y mayor contraste</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::BasketPanel</name>
    <message>
        <source>Basket</source>
        <translation>Cesta</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>button that empties the basket</comment>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Clear the basket</source>
        <translation>Vaciar la cesta</translation>
    </message>
    <message>
        <source>Basket cleared.</source>
        <translation>Cesta vaciada.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Tap a product or scan a barcode to start.</source>
        <translation>Toque un producto o escanee un código de barras para empezar.</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>basket total</comment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Email for the receipt (optional)</source>
        <translation>Correo electrónico para el recibo (opcional)</translation>
    </message>
    <message>
        <source>Email for the receipt</source>
        <translation>Correo electrónico para el recibo</translation>
    </message>
    <message>
        <source>At most %1 of one product fit in a basket.</source>
        <translation>Una cesta admite como máximo %1 unidades de un mismo producto.</translation>
    </message>
    <message>
        <source>A basket holds at most %1 different products; pay for these first.</source>
        <translation>Una cesta admite como máximo %1 productos distintos; pague primero estos.</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Uno menos</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Uno más</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <comment>count of articles in the basket</comment>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Minimum card payment is %1.</source>
        <translation>El pago mínimo con tarjeta es de %1.</translation>
    </message>
    <message>
        <source>The total is above the card payment limit of %1.</source>
        <translation>El total supera el límite de pago con tarjeta de %1.</translation>
    </message>
    <message>
        <source>Check the email address, or leave it empty.</source>
        <translation>Revise la dirección de correo electrónico o déjela vacía.</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Pagar %1</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pagar</translation>
    </message>
    <message>
        <source>Cash</source>
        <comment>pay in cash</comment>
        <translation>Efectivo</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::CashDialog</name>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Importe a pagar</translation>
    </message>
    <message>
        <source>Rounded for cash from %1</source>
        <translation>Redondeado para efectivo desde %1</translation>
    </message>
    <message>
        <source>Amount tendered</source>
        <translation>Importe entregado</translation>
    </message>
    <message>
        <source>Exact %1</source>
        <translation>Exacto %1</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Cambio: %1</translation>
    </message>
    <message>
        <source>Type the amount handed over, or pick one above.</source>
        <translation>Escriba el importe entregado o elija uno arriba.</translation>
    </message>
    <message>
        <source>%1 more is needed.</source>
        <translation>Faltan %1.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::CashierScreen</name>
    <message>
        <source>Search products, SKU or barcode</source>
        <translation>Buscar producto, referencia o código de barras</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Buscar productos</translation>
    </message>
    <message>
        <source>All</source>
        <comment>category tab that shows every product</comment>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <comment>quantity typed before a product, e.g. 3 ×</comment>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>Added %1 × %2</source>
        <comment>message after adding: quantity × product name</comment>
        <translation>Añadido: %1 × %2</translation>
    </message>
    <message>
        <source>No product matches “%1”</source>
        <translation>Ningún producto coincide con «%1»</translation>
    </message>
    <message>
        <source>No product with barcode %1</source>
        <translation>Ningún producto con el código de barras %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Options for %1</source>
        <translation>Opciones de %1</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::CheckoutScreen</name>
    <message>
        <source>Pay by card</source>
        <translation>Pagar con tarjeta</translation>
    </message>
    <message>
        <source>Or scan to pay on your phone</source>
        <translation>O escanee para pagar con su móvil</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>Cancelar el pago</translation>
    </message>
    <message>
        <source>QR code to pay on your phone</source>
        <translation>Código QR para pagar con su móvil</translation>
    </message>
    <message>
        <source>Preparing secure payment…</source>
        <translation>Preparando el pago seguro…</translation>
    </message>
    <message>
        <source>Order %1</source>
        <comment>order number on the payment screen</comment>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>The card was declined. Try another card.</source>
        <translation>La tarjeta ha sido rechazada. Pruebe con otra tarjeta.</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <comment>countdown to the payment session&apos;s end, e.g. 29:59</comment>
        <translation>Caduca en %1</translation>
    </message>
    <message>
        <source>Pay on your phone</source>
        <translation>Pagar con el móvil</translation>
    </message>
    <message>
        <source>Scan the code with your phone’s camera and pay there.</source>
        <translation>Escanee el código con la cámara de su móvil y pague allí.</translation>
    </message>
    <message>
        <source>Pay here on the screen</source>
        <translation>Pagar aquí en la pantalla</translation>
    </message>
    <message>
        <source>Demo mode: this code opens the payment page on this machine only; a phone cannot reach it. Pay on the screen.</source>
        <translation>Modo demo: este código abre la página de pago solo en este equipo; un teléfono no puede acceder a ella. Pague en la pantalla.</translation>
    </message>
    <message>
        <source>Card declined — try another card</source>
        <translation>Tarjeta rechazada: pruebe con otra tarjeta</translation>
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
        <translation>Todas las cajas (toda la tienda)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Amounts differ (Stripe − here)</source>
        <translation>Importes distintos (Stripe − aquí)</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>Jornada</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Efectivo contado</translation>
    </message>
    <message>
        <source>Cash difference</source>
        <translation>Diferencia de caja</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Close %1? The report is then frozen; later changes need a correction.</source>
        <translation>¿Cerrar el %1? El informe queda congelado; los cambios posteriores requieren una corrección.</translation>
    </message>
    <message>
        <source>Close day</source>
        <translation>Cerrar el día</translation>
    </message>
    <message>
        <source>Closed as number %1 on %2.</source>
        <translation>Cerrado con el número %1 el %2.</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Cerrado el</translation>
    </message>
    <message>
        <source>Closed days (double-click to open)</source>
        <translation>Días cerrados (doble clic para abrir)</translation>
    </message>
    <message>
        <source>Corrects number %1.</source>
        <translation>Corrige el número %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Currencies differ</source>
        <translation>Monedas distintas</translation>
    </message>
    <message>
        <source>Day report %1</source>
        <translation>Informe del día %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Differences with Stripe</source>
        <translation>Diferencias con Stripe</translation>
    </message>
    <message>
        <source>Differences with Stripe: none, everything matches</source>
        <translation>Diferencias con Stripe: ninguna, todo cuadra</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Loading the report and asking Stripe…</source>
        <translation>Cargando el informe y consultando a Stripe…</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Not reconciled: %1</source>
        <translation>Sin conciliar: %1</translation>
    </message>
    <message>
        <source>Open: the figures may still change.</source>
        <translation>Abierto: las cifras aún pueden cambiar.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paid at Stripe, no paid order here</source>
        <translation>Pagado en Stripe, ningún pedido pagado aquí</translation>
    </message>
    <message>
        <source>Paid here, not at Stripe</source>
        <translation>Pagado aquí, no en Stripe</translation>
    </message>
    <message>
        <source>Record a correction of closed day number %1? The earlier entry stays as it is.</source>
        <translation>¿Registrar una corrección del día cerrado n.º %1? La entrada anterior queda como está.</translation>
    </message>
    <message>
        <source>Record a correction</source>
        <translation>Registrar una corrección</translation>
    </message>
    <message>
        <source>Refund amounts differ (Stripe − here)</source>
        <translation>Importes de reembolso distintos (Stripe − aquí)</translation>
    </message>
    <message>
        <source>Refund at Stripe, not here</source>
        <translation>Reembolso en Stripe, no aquí</translation>
    </message>
    <message>
        <source>Refund here, not at Stripe</source>
        <translation>Reembolso aquí, no en Stripe</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>Guardar CSV</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>Mostrar informe</translation>
    </message>
    <message>
        <source>Stripe fees</source>
        <translation>Comisiones de Stripe</translation>
    </message>
    <message>
        <source>Stripe gross</source>
        <translation>Stripe bruto</translation>
    </message>
    <message>
        <source>Stripe id</source>
        <translation>ID de Stripe</translation>
    </message>
    <message>
        <source>Stripe net</source>
        <translation>Stripe neto</translation>
    </message>
    <message>
        <source>Stripe refunds</source>
        <translation>Reembolsos de Stripe</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation>Impuesto %1</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>What</source>
        <comment>discrepancy kind</comment>
        <translation>Qué</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of %2.</source>
        <translation>«%1» no es un importe en %2.</translation>
    </message>
    <message>
        <source>e.g. 150.00</source>
        <translation>p. ej. 150,00</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <source>Differences with Stripe: %n to look into</source>
        <translation>
            <numerusform>Diferencias con Stripe: %n por revisar</numerusform>
            <numerusform>Diferencias con Stripe: %n por revisar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::KioskApp</name>
    <message>
        <source>The shop server %1 could not be used: %2</source>
        <translation>No se puede usar el servidor de la tienda %1: %2</translation>
    </message>
    <message>
        <source>Real Stripe keys need a manager PIN of at least %1 digits.</source>
        <translation>Las claves reales de Stripe requieren un PIN de encargado de al menos %1 dígitos.</translation>
    </message>
    <message>
        <source>Set a manager PIN of at least %1 digits (not the demo PIN) before taking real payments.</source>
        <translation>Establezca un PIN de encargado de al menos %1 dígitos (no el PIN de demostración) antes de aceptar pagos reales.</translation>
    </message>
    <message>
        <source>The catalog’s prices are in %1, but the shop currency (shop/currency) is %2. Set shop/currency to %1, or load a catalog priced in %2.</source>
        <translation>Los precios del catálogo están en %1, pero la moneda de la tienda (shop/currency) es %2. Ponga shop/currency en %1 o cargue un catálogo con precios en %2.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::KioskWindow</name>
    <message>
        <source>Confirming payment…</source>
        <translation>Confirmando el pago…</translation>
    </message>
    <message>
        <source>TEST MODE — no real charges</source>
        <translation>MODO DE PRUEBA — sin cargos reales</translation>
    </message>
    <message>
        <source>Connection to the shop server lost. The payment is safe; waiting…</source>
        <translation>Se perdió la conexión con el servidor de la tienda. El pago está a salvo; esperando…</translation>
    </message>
    <message>
        <source>Connection to the shop server lost. Waiting for it to come back…</source>
        <translation>Se perdió la conexión con el servidor de la tienda. Esperando a que vuelva…</translation>
    </message>
    <message>
        <source>Manager</source>
        <comment>button that opens the manager screen</comment>
        <translation>Encargado</translation>
    </message>
    <message>
        <source>Could not start the payment: %1</source>
        <translation>No se pudo iniciar el pago: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>No se pudo cancelar: %1</translation>
    </message>
    <message>
        <source>Enter the manager PIN</source>
        <translation>Introduzca el PIN de encargado</translation>
    </message>
    <message>
        <source>Settings saved. Restart the kiosk to apply them.</source>
        <translation>Ajustes guardados. Reinicie el quiosco para aplicarlos.</translation>
    </message>
    <message>
        <source>Enter the manager PIN to leave kiosk mode</source>
        <translation>Introduzca el PIN de encargado para salir del modo quiosco</translation>
    </message>
    <message>
        <source>Could not take the cash payment: %1</source>
        <translation>No se pudo registrar el pago en efectivo: %1</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::ManagerScreen</name>
    <message>
        <source>Day report</source>
        <comment>tab</comment>
        <translation>Informe del día</translation>
    </message>
    <message>
        <source>Manager</source>
        <comment>title of the manager screen</comment>
        <translation>Encargado</translation>
    </message>
    <message>
        <source>Back to sales</source>
        <translation>Volver a ventas</translation>
    </message>
    <message>
        <source>Orders</source>
        <comment>tab</comment>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>tab</comment>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::OptionChooser</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add to basket</source>
        <translation>Añadir a la cesta</translation>
    </message>
    <message>
        <source>%1 (choose one)</source>
        <comment>option group heading</comment>
        <translation>%1 (elija uno)</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <comment>option group heading</comment>
        <translation>%1 (opcional)</translation>
    </message>
    <message>
        <source>%1 (optional, up to %2)</source>
        <comment>option group heading</comment>
        <translation>%1 (opcional, hasta %2)</translation>
    </message>
    <message>
        <source>%1 (choose %2 to %3)</source>
        <comment>option group heading</comment>
        <translation>%1 (elija de %2 a %3)</translation>
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
        <translation>Precio %1, opciones incluidas (+%2)</translation>
    </message>
    <message>
        <source>Price %1</source>
        <translation>Precio %1</translation>
    </message>
    <message>
        <source>Still to choose: %1</source>
        <comment>the option groups not chosen yet</comment>
        <translation>Falta elegir: %1</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::OrderDetailsDialog</name>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total de la línea</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>From</source>
        <comment>previous status</comment>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <comment>new status</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>ID del evento</translation>
    </message>
    <message>
        <source>Loading the order…</source>
        <translation>Cargando el pedido…</translation>
    </message>
    <message>
        <source>This order could not be loaded: %1</source>
        <translation>No se pudo cargar este pedido: %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>Correo del cliente</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Checkout session</source>
        <translation>Sesión de pago</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation>Artículos (%1)</translation>
    </message>
    <message>
        <source>Status history (%1)</source>
        <translation>Historial de estados (%1)</translation>
    </message>
    <message>
        <source>Payment events (%1)</source>
        <translation>Eventos de pago (%1)</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Reembolsar…</translation>
    </message>
    <message>
        <source>Refund receipt (PDF)…</source>
        <translation>Recibo del reembolso (PDF)…</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1 (quedan %2)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>refunded items</comment>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Stripe refund</source>
        <translation>Reembolso de Stripe</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
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
        <translation>Solo importe</translation>
    </message>
    <message>
        <source>Refunds (%1)</source>
        <translation>Reembolsos (%1)</translation>
    </message>
    <message>
        <source>Save refund receipt</source>
        <translation>Guardar el recibo del reembolso</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Recibo guardado en %1</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::OrderHistoryModel</name>
    <message>
        <source>Order</source>
        <comment>column: order number</comment>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column: when the order was created</comment>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>Correo del cliente</translation>
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
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <source>From</source>
        <comment>first day of the date filter</comment>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <comment>last day of the date filter</comment>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Order number, email or product</source>
        <translation>N.º de pedido, correo o producto</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Buscar pedidos</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln pedido</numerusform>
            <numerusform>%Ln pedidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <comment>currency code, amount, order count</comment>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Pagados: %1</translation>
    </message>
    <message>
        <source>Not paid (open, cancelled, expired or failed): %1</source>
        <translation>No pagados (abiertos, cancelados, caducados o fallidos): %1</translation>
    </message>
    <message>
        <source>No orders match these filters.</source>
        <translation>Ningún pedido coincide con estos filtros.</translation>
    </message>
    <message>
        <source>The order history could not be read: %1</source>
        <translation>No se pudo leer el historial de pedidos: %1</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>Exportar pedidos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Counting orders…</source>
        <translation>Contando pedidos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of %Ln order(s)…</source>
        <translation>
            <numerusform>%1 de %Ln pedido exportados…</numerusform>
            <numerusform>%1 de %Ln pedidos exportados…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled. No file was saved.</source>
        <translation>Exportación cancelada. No se ha guardado ningún archivo.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación ha fallado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to %1.</source>
        <translation>
            <numerusform>%Ln pedido exportado a %1.</numerusform>
            <numerusform>%Ln pedidos exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the first day</source>
        <translation>Borrar el primer día</translation>
    </message>
    <message>
        <source>Clear the last day</source>
        <translation>Borrar el último día</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Fechas elegidas</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · refunded %4 · net %5</source>
        <comment>currency code, amount paid, order count, amount refunded, paid minus refunded</comment>
        <translation>%1 %2 · %3 · reembolsado %4 · neto %5</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::OrderStatusStyle</name>
    <message>
        <source>Draft</source>
        <comment>order status</comment>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <comment>order status</comment>
        <translation>Esperando el pago</translation>
    </message>
    <message>
        <source>Processing</source>
        <comment>order status</comment>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>order status</comment>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>order status</comment>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>order status</comment>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>order status</comment>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Needs review</source>
        <comment>order status</comment>
        <translation>Requiere revisión</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <comment>order status</comment>
        <translation>Reembolsado en parte</translation>
    </message>
    <message>
        <source>Refunded</source>
        <comment>order status</comment>
        <translation>Reembolsado</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::PinDialog</name>
    <message>
        <source>No manager PIN has been set yet. Choose %1 to %2 digits.</source>
        <translation>Aún no se ha establecido un PIN de encargado. Elija de %1 a %2 dígitos.</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN de encargado</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>confirm the PIN</comment>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Enter the current PIN</source>
        <translation>Introduzca el PIN actual</translation>
    </message>
    <message>
        <source>Enter the manager PIN</source>
        <translation>Introduzca el PIN de encargado</translation>
    </message>
    <message>
        <source>Choose a new PIN</source>
        <translation>Elija un PIN nuevo</translation>
    </message>
    <message>
        <source>Enter the new PIN again</source>
        <translation>Introduzca de nuevo el PIN nuevo</translation>
    </message>
    <message>
        <source>The PIN must have %1 to %2 digits.</source>
        <translation>El PIN debe tener de %1 a %2 dígitos.</translation>
    </message>
    <message>
        <source>The PIN must not be one digit repeated, like 0000.</source>
        <translation>El PIN no puede ser un mismo dígito repetido, como 0000.</translation>
    </message>
    <message>
        <source>The PIN must not be a run of digits, like 1234 or 9876.</source>
        <translation>El PIN no puede ser una serie de dígitos, como 1234 o 9876.</translation>
    </message>
    <message>
        <source>Change the manager PIN</source>
        <translation>Cambiar el PIN de encargado</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Demasiados PIN incorrectos. Vuelva a intentarlo en %1.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before the PIN is locked.</source>
        <translation>
            <numerusform>PIN incorrecto. Un intento fallido más bloqueará el PIN durante un tiempo.</numerusform>
            <numerusform>PIN incorrecto. Quedan %n intentos antes de que se bloquee el PIN.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two PINs were different. Choose the new PIN again.</source>
        <translation>Los dos PIN eran distintos. Elija de nuevo el PIN nuevo.</translation>
    </message>
    <message>
        <source>The PIN could not be saved: %1</source>
        <translation>No se pudo guardar el PIN: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts, try again in %n s.</source>
        <translation>
            <numerusform>Demasiados intentos, vuelva a intentarlo en %n s.</numerusform>
            <numerusform>Demasiados intentos, vuelva a intentarlo en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Comprobando el PIN…</translation>
    </message>
    <message>
        <source>The PIN could not be checked: %1</source>
        <translation>No se pudo comprobar el PIN: %1</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
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
        <translation>Recibo %1</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>receipt total</comment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Paid by card.</source>
        <translation>Pagado con tarjeta.</translation>
    </message>
    <message>
        <source>Paid by card — receipt sent to %1.</source>
        <translation>Pagado con tarjeta — recibo enviado a %1.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>La carpeta de %1 no existe.</translation>
    </message>
    <message>
        <source>Could not write the receipt to %1.</source>
        <translation>No se pudo escribir el recibo en %1.</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Redondeo de efectivo</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>Efectivo entregado</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Paid in cash.</source>
        <translation>Pagado en efectivo.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::RefundDialog</name>
    <message>
        <source>Refund order %1</source>
        <translation>Reembolsar el pedido %1</translation>
    </message>
    <message>
        <source>Paid %1, already refunded %2: %3 can still be refunded.</source>
        <translation>Pagado %1, ya reembolsado %2: todavía se pueden reembolsar %3.</translation>
    </message>
    <message>
        <source>Paid %1: all of it can be refunded.</source>
        <translation>Pagado %1: se puede reembolsar todo.</translation>
    </message>
    <message>
        <source>Everything that is left (%1)</source>
        <translation>Todo lo que queda (%1)</translation>
    </message>
    <message>
        <source>The whole order (%1)</source>
        <translation>Todo el pedido (%1)</translation>
    </message>
    <message>
        <source>Chosen items</source>
        <translation>Artículos elegidos</translation>
    </message>
    <message>
        <source>An amount</source>
        <translation>Un importe</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Comprados</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>items not refunded yet</comment>
        <translation>Quedan</translation>
    </message>
    <message>
        <source>Refund</source>
        <comment>quantity to refund</comment>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <source>Items to refund</source>
        <translation>Artículos a reembolsar</translation>
    </message>
    <message>
        <source>%1, for example %2</source>
        <translation>%1, por ejemplo %2</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Importe a reembolsar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>Reembolsar %1</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save receipt PDF…</source>
        <translation>Guardar el recibo en PDF…</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>Imprimir el recibo…</translation>
    </message>
    <message>
        <source>Choose how many of each item to refund.</source>
        <translation>Elija cuántas unidades de cada artículo reembolsar.</translation>
    </message>
    <message>
        <source>Type the amount to give back.</source>
        <translation>Escriba el importe a devolver.</translation>
    </message>
    <message>
        <source>Working out the refund…</source>
        <translation>Calculando el reembolso…</translation>
    </message>
    <message>
        <source>The customer gets back %1, tax included.</source>
        <translation>El cliente recibe %1, impuestos incluidos.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tax rate and amount</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tax in it: %1</source>
        <translation>Impuestos incluidos: %1</translation>
    </message>
    <message>
        <source>These items were worth %1, but only %2 was left to refund on this order.</source>
        <translation>Estos artículos valían %1, pero solo quedaban %2 por reembolsar en este pedido.</translation>
    </message>
    <message>
        <source>Left to refund afterwards: %1</source>
        <translation>Quedará por reembolsar: %1</translation>
    </message>
    <message>
        <source>Asking Stripe to refund %1…</source>
        <translation>Pidiendo a Stripe que reembolse %1…</translation>
    </message>
    <message>
        <source>Nothing was refunded: %1</source>
        <translation>No se reembolsó nada: %1</translation>
    </message>
    <message>
        <source>Refunded %1 to the customer&apos;s card.</source>
        <translation>Se reembolsaron %1 a la tarjeta del cliente.</translation>
    </message>
    <message>
        <source>Refund of %1 is pending at Stripe. This window and the order update when it settles.</source>
        <translation>El reembolso de %1 está pendiente en Stripe. Esta ventana y el pedido se actualizarán cuando se resuelva.</translation>
    </message>
    <message>
        <source>The refund of %1 failed. No money went back; the order needs review.</source>
        <translation>El reembolso de %1 ha fallado. No se devolvió dinero; hay que revisar el pedido.</translation>
    </message>
    <message>
        <source>The refund of %1 failed (%2). No money went back; the order needs review.</source>
        <translation>El reembolso de %1 ha fallado (%2). No se devolvió dinero; hay que revisar el pedido.</translation>
    </message>
    <message>
        <source>The refund of %1 was cancelled. No money went back.</source>
        <translation>El reembolso de %1 se canceló. No se devolvió dinero.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>There is no refund to print yet.</source>
        <translation>Todavía no hay ningún reembolso que imprimir.</translation>
    </message>
    <message>
        <source>Save refund receipt</source>
        <translation>Guardar el recibo del reembolso</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Recibo guardado en %1</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::RefundReceiptDocument</name>
    <message>
        <source>Requested by the customer</source>
        <translation>Solicitado por el cliente</translation>
    </message>
    <message>
        <source>Duplicate payment</source>
        <translation>Pago duplicado</translation>
    </message>
    <message>
        <source>Fraudulent payment</source>
        <translation>Pago fraudulento</translation>
    </message>
    <message>
        <source>Pending at Stripe</source>
        <comment>refund status</comment>
        <translation>Pendiente en Stripe</translation>
    </message>
    <message>
        <source>Refunded</source>
        <comment>refund status</comment>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>refund status</comment>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>refund status</comment>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>receipt line: quantity × product name</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation>Importe reembolsado</translation>
    </message>
    <message>
        <source>Tax %1 included</source>
        <comment>tax rate name</comment>
        <translation>Impuesto %1 incluido</translation>
    </message>
    <message>
        <source>Total refunded</source>
        <translation>Total reembolsado</translation>
    </message>
    <message>
        <source>Refund for order %1</source>
        <translation>Reembolso del pedido %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>The money goes back to the card that paid; it can take 5 to 10 days to appear.</source>
        <translation>El dinero vuelve a la tarjeta con la que se pagó; puede tardar de 5 a 10 días en aparecer.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>La carpeta de %1 no existe.</translation>
    </message>
    <message>
        <source>Could not write the receipt to %1.</source>
        <translation>No se pudo escribir el recibo en %1.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::ResultScreen</name>
    <message>
        <source>Save receipt</source>
        <translation>Guardar el recibo</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Recibo guardado en %1</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nueva venta</translation>
    </message>
    <message>
        <source>Back to the basket</source>
        <translation>Volver a la cesta</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <comment>print the receipt</comment>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>outcome of the sale</comment>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Order %1 — thank you!</source>
        <translation>Pedido %1 — ¡gracias!</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>outcome of the sale</comment>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Order %1 was cancelled. Nothing was charged.</source>
        <translation>El pedido %1 se ha cancelado. No se ha cobrado nada.</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>outcome of the sale</comment>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>The payment for order %1 timed out. Nothing was charged.</source>
        <translation>El pago del pedido %1 ha caducado. No se ha cobrado nada.</translation>
    </message>
    <message>
        <source>Needs review</source>
        <comment>outcome of the sale</comment>
        <translation>Requiere revisión</translation>
    </message>
    <message>
        <source>Order %1: %2 Please call the manager.</source>
        <translation>Pedido %1: %2 Llame al encargado.</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>outcome of the sale</comment>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Pedido %1: %2</translation>
    </message>
    <message>
        <source>The payment did not go through.</source>
        <translation>El pago no se ha completado.</translation>
    </message>
    <message>
        <source>Tap “New sale” when done.</source>
        <translation>Toque «Nueva venta» cuando termine.</translation>
    </message>
    <message numerus="yes">
        <source>Back to the basket in %n s</source>
        <comment>countdown on the result screen</comment>
        <translation>
            <numerusform>Volver a la cesta en %n s</numerusform>
            <numerusform>Volver a la cesta en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New sale in %n s</source>
        <comment>countdown on the result screen</comment>
        <translation>
            <numerusform>Nueva venta en %n s</numerusform>
            <numerusform>Nueva venta en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer is not available.</source>
        <translation>La impresora no está disponible.</translation>
    </message>
    <message>
        <source>Your receipt is being printed.</source>
        <translation>Se está imprimiendo su recibo.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimir recibo</translation>
    </message>
    <message>
        <source>Your order number</source>
        <translation>Su número de pedido</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n s</source>
        <comment>countdown on the self-service result</comment>
        <translation>
            <numerusform>Volviendo al inicio en %n s</numerusform>
            <numerusform>Volviendo al inicio en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Cash: %1 · Change: %2</source>
        <translation>Efectivo: %1 · Cambio: %2</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::ReviewScreen</name>
    <message>
        <source>Your order</source>
        <translation>Su pedido</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>E-mail for your receipt (optional)</source>
        <translation>Correo electrónico para su recibo (opcional)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.es</translation>
    </message>
    <message>
        <source>E-mail for your receipt</source>
        <translation>Correo electrónico para su recibo</translation>
    </message>
    <message>
        <source>Add more</source>
        <translation>Añadir más</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Uno menos</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Uno más</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pagar</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Pagar %1</translation>
    </message>
    <message>
        <source>Your basket is empty. Tap “Add more” to choose something.</source>
        <translation>Su cesta está vacía. Toque «Añadir más» para elegir algo.</translation>
    </message>
    <message>
        <source>Check the e-mail address, or leave it empty.</source>
        <translation>Revise la dirección de correo o déjela vacía.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::SecretStore</name>
    <message>
        <source>No keyring is available on this system.</source>
        <translation>No hay ningún llavero disponible en este sistema.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::SelfOrderScreen</name>
    <message>
        <source>What would you like?</source>
        <translation>¿Qué desea?</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Review order</source>
        <translation>Revisar pedido</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>All</source>
        <comment>every product category</comment>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 añadido</translation>
    </message>
    <message>
        <source>Your basket is empty</source>
        <translation>Su cesta está vacía</translation>
    </message>
    <message numerus="yes">
        <source>%n item in your basket</source>
        <translation>
            <numerusform>%n artículo en su cesta</numerusform>
            <numerusform>%n artículos en su cesta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items in your basket</source>
        <translation>
            <numerusform>%n artículo en su cesta</numerusform>
            <numerusform>%n artículos en su cesta</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap a product to add it.</source>
        <translation>Toque un producto para añadirlo.</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::SettingsPage</name>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Stripe API address</source>
        <translation>Dirección de la API de Stripe</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <source>Webhook signing secret</source>
        <translation>Secreto de firma del webhook</translation>
    </message>
    <message>
        <source>Webhook port</source>
        <translation>Puerto del webhook</translation>
    </message>
    <message>
        <source>Shop currency</source>
        <translation>Moneda de la tienda</translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translation>ID del quiosco</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Show result for</source>
        <translation>Mostrar el resultado durante</translation>
    </message>
    <message>
        <source>Demo — built-in Stripe simulator, no real payments</source>
        <translation>Demo — simulador de Stripe integrado, sin pagos reales</translation>
    </message>
    <message>
        <source>Stripe — real test or live secret key</source>
        <translation>Stripe — clave secreta real de prueba o de producción</translation>
    </message>
    <message>
        <source>Paste a new key to replace the stored one</source>
        <translation>Pegue una clave nueva para sustituir la guardada</translation>
    </message>
    <message>
        <source>Paste a new signing secret (whsec_…)</source>
        <translation>Pegue un secreto de firma nuevo (whsec_…)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>webhook port chosen by the kiosk</comment>
        <translation>Automático</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar ajustes</translation>
    </message>
    <message>
        <source>Change manager PIN…</source>
        <translation>Cambiar el PIN de encargado…</translation>
    </message>
    <message>
        <source>In use from the environment: %1</source>
        <translation>En uso desde el entorno: %1</translation>
    </message>
    <message>
        <source>Stored in the keyring: %1</source>
        <translation>Guardada en el llavero: %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin configurar</translation>
    </message>
    <message>
        <source>Keys are kept in this computer&apos;s keyring, never in the settings file.</source>
        <translation>Las claves se guardan en el llavero de este ordenador, nunca en el archivo de ajustes.</translation>
    </message>
    <message>
        <source>Stripe mode needs a secret key.</source>
        <translation>El modo Stripe necesita una clave secreta.</translation>
    </message>
    <message>
        <source>Real Stripe keys need a manager PIN of at least %1 digits, not the demo PIN: change the PIN first.</source>
        <translation>Las claves reales de Stripe requieren un PIN de encargado de al menos %1 dígitos, no el PIN de demostración: cambie primero el PIN.</translation>
    </message>
    <message>
        <source>The settings could not be written: %1</source>
        <translation>No se pudieron escribir los ajustes: %1</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>No se pudieron escribir los ajustes en %1.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
    <message>
        <source>Settings saved; keys stored in the keyring.</source>
        <translation>Ajustes guardados; claves guardadas en el llavero.</translation>
    </message>
    <message>
        <source>Settings saved, but a key could not be stored in the keyring: %1</source>
        <translation>Ajustes guardados, pero no se pudo guardar una clave en el llavero: %1</translation>
    </message>
    <message>
        <source>Saving keys to the keyring…</source>
        <translation>Guardando las claves en el llavero…</translation>
    </message>
    <message>
        <source>Change the manager PIN (at least %1 digits with real Stripe keys)</source>
        <translation>Cambiar el PIN de encargado (al menos %1 dígitos con claves reales de Stripe)</translation>
    </message>
    <message>
        <source>The manager PIN was changed.</source>
        <translation>Se ha cambiado el PIN de encargado.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>The catalog’s prices are in %1, so the shop sells in %1. Orders already taken keep their own currency.</source>
        <translation>Los precios del catálogo están en %1, así que la tienda vende en %1. Los pedidos ya hechos conservan su moneda.</translation>
    </message>
    <message>
        <source>In use from the command line: %1</source>
        <translation>En uso desde la línea de órdenes: %1</translation>
    </message>
    <message>
        <source>In use from the secrets file %1: %2</source>
        <translation>En uso desde el archivo de secretos %1: %2</translation>
    </message>
    <message>
        <source>In use from the keyring: %1</source>
        <translation>En uso desde el llavero: %1</translation>
    </message>
    <message>
        <source>No keyring is available on this computer, so keys cannot be saved here. Start the kiosk with the environment variables CHECKOUT_KIOSK_STRIPE_SECRET_KEY and CHECKOUT_KIOSK_STRIPE_WEBHOOK_SECRET, or with --secrets-file and a file only its owner can read (chmod 600) that sets them.</source>
        <translation>No hay ningún llavero disponible en este equipo, así que las claves no se pueden guardar aquí. Inicie el quiosco con las variables de entorno CHECKOUT_KIOSK_STRIPE_SECRET_KEY y CHECKOUT_KIOSK_STRIPE_WEBHOOK_SECRET, o con --secrets-file y un archivo que solo su propietario pueda leer (chmod 600) y que las defina.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the field marked in red.</source>
        <translation>No se ha guardado nada: corrija el campo marcado en rojo.</translation>
    </message>
    <message>
        <source>Settings saved. Restart the kiosk to use them.</source>
        <translation>Ajustes guardados. Reinicie el quiosco para usarlos.</translation>
    </message>
    <message>
        <source>Shop server</source>
        <translation>Servidor de la tienda</translation>
    </message>
    <message>
        <source>Till token file</source>
        <translation>Archivo del token de la caja</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::SettingsValidator</name>
    <message>
        <source>“%1” is not a currency the kiosk knows. Use an ISO code such as USD or EUR.</source>
        <translation>«%1» no es una moneda que conozca el quiosco. Use un código ISO como USD o EUR.</translation>
    </message>
    <message>
        <source>The webhook port must be between 1024 and 65535, or Automatic.</source>
        <translation>El puerto del webhook debe estar entre 1024 y 65535, o ser «Automático».</translation>
    </message>
    <message>
        <source>The API address must be a full URL such as https://api.stripe.com.</source>
        <translation>La dirección de la API debe ser una URL completa, como https://api.stripe.com.</translation>
    </message>
    <message>
        <source>The API address must use https (plain http is only allowed for this computer).</source>
        <translation>La dirección de la API debe usar https (http sin cifrar solo se permite para este ordenador).</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>La dirección de la API debe empezar por https://.</translation>
    </message>
    <message>
        <source>A Stripe secret key starts with sk_test_ or sk_live_ followed by letters and digits. Copy it again from the Stripe Dashboard.</source>
        <translation>Una clave secreta de Stripe empieza por sk_test_ o sk_live_ seguida de letras y dígitos. Cópiela de nuevo del panel de Stripe.</translation>
    </message>
    <message>
        <source>A webhook signing secret starts with whsec_. Copy it again from the Stripe Dashboard or the Stripe CLI.</source>
        <translation>Un secreto de firma de webhook empieza por whsec_. Cópielo de nuevo del panel de Stripe o de la CLI de Stripe.</translation>
    </message>
    <message>
        <source>The kiosk id must be 1 to 32 letters, digits, - or _.</source>
        <translation>El ID del quiosco debe tener de 1 a 32 letras, dígitos, - o _.</translation>
    </message>
    <message>
        <source>The result screen delay must be between 1 and 600 seconds.</source>
        <translation>El tiempo de la pantalla de resultado debe estar entre 1 y 600 segundos.</translation>
    </message>
    <message>
        <source>The catalog’s prices are in %1, so the shop cannot sell in %2. Keep %1, or load a catalog priced in %2 first.</source>
        <translation>Los precios del catálogo están en %1, así que la tienda no puede vender en %2. Mantenga %1 o cargue antes un catálogo con precios en %2.</translation>
    </message>
    <message>
        <source>The shop server must be an address such as https://shop-server:8787 (no path, no user).</source>
        <translation>El servidor de la tienda debe ser una dirección como https://shop-server:8787 (sin ruta ni usuario).</translation>
    </message>
    <message>
        <source>A till of a shop server needs the file with its token.</source>
        <translation>Una caja de un servidor de tienda necesita el archivo con su token.</translation>
    </message>
    <message>
        <source>The token file must be given with its full path.</source>
        <translation>El archivo del token debe indicarse con su ruta completa.</translation>
    </message>
    <message>
        <source>The token file %1 does not exist.</source>
        <translation>El archivo del token %1 no existe.</translation>
    </message>
    <message>
        <source>The token file %1 must be readable by its owner only (chmod 600).</source>
        <translation>El archivo del token %1 solo debe poder leerlo su propietario (chmod 600).</translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>I’m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message numerus="yes">
        <source>Tap anywhere to continue. Otherwise your order is cancelled and the kiosk starts over in %n s.</source>
        <translation>
            <numerusform>Toque en cualquier lugar para continuar. Si no, su pedido se cancelará y el quiosco volverá a empezar en %n s.</numerusform>
            <numerusform>Toque en cualquier lugar para continuar. Si no, su pedido se cancelará y el quiosco volverá a empezar en %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kiosk::Ui::TaxText</name>
    <message>
        <source>Net</source>
        <comment>amount before tax, on the basket and the receipt</comment>
        <translation>Base imponible</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <comment>one tax rate&apos;s amount; %1 is the percentage, like 19%</comment>
        <translation>IVA %1</translation>
    </message>
</context>
</TS>
