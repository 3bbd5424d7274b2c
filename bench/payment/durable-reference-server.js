// SPDX-License-Identifier: MIT
// The durable reference: the same routes as reference-server.js written the way a careful Node
// developer ships them. Express + stripe-node + better-sqlite3 (WAL, synchronous=FULL): a webhook
// is answered 200 only after its event id (UNIQUE) and body are inserted, so a redelivery after a
// crash or a power loss is recognised; a checkout stores the order before the Stripe call and its
// session after it. Configured by STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_API_BASE,
// PORT and DB (the database file).
'use strict';
const express = require('express');
const Stripe = require('stripe');
const Database = require('better-sqlite3');

const apiBase = new URL(process.env.STRIPE_API_BASE || 'https://api.stripe.com');
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, {
  host: apiBase.hostname,
  port: apiBase.port || undefined,
  protocol: apiBase.protocol.replace(':', ''),
});
const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET;
const db = new Database(process.env.DB);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec(`CREATE TABLE IF NOT EXISTS events (id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, payload BLOB NOT NULL);
         CREATE TABLE IF NOT EXISTS orders (id INTEGER PRIMARY KEY, status TEXT NOT NULL, session_id TEXT);`);
const insertEvent = db.prepare('INSERT INTO events (id, type, payload) VALUES (?, ?, ?)');
const insertOrder = db.prepare("INSERT INTO orders (status) VALUES ('draft')");
const setSession = db.prepare("UPDATE orders SET status = 'awaiting_payment', session_id = ? WHERE id = ?");
const app = express();

app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    res.status(400).send(`Webhook Error: ${err.message}`);
    return;
  }
  try {
    insertEvent.run(event.id, event.type, req.body);
  } catch (err) {
    if (err.code === 'SQLITE_CONSTRAINT_UNIQUE') {
      res.json({ received: true, duplicate: true });
      return;
    }
    res.status(500).json({ error: 'store_failed' });
    return;
  }
  // fulfilOrder(event.data.object) would go here, inside the same transaction in a real shop
  res.json({ received: true, duplicate: false });
});

app.post('/create-checkout-session', express.json(), async (req, res) => {
  const items = (req.body && req.body.items) || [{ quantity: 1 }];
  const orderId = insertOrder.run().lastInsertRowid;
  try {
    const session = await stripe.checkout.sessions.create(
      {
        mode: 'payment',
        line_items: items.map((item) => ({
          price_data: { currency: 'usd', product_data: { name: 'Espresso' }, unit_amount: 295 },
          quantity: item.quantity,
        })),
        metadata: { order_id: String(orderId) },
        success_url: 'http://127.0.0.1/checkout/success?session_id={CHECKOUT_SESSION_ID}',
        cancel_url: 'http://127.0.0.1/checkout/cancel?session_id={CHECKOUT_SESSION_ID}',
      },
      { idempotencyKey: `order-${orderId}` },
    );
    setSession.run(session.id, orderId);
    res.status(201).json({ session_id: session.id, url: session.url });
  } catch (err) {
    res.status(502).json({ error: 'stripe_failed' });
  }
});

const server = app.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  console.log(`durable reference listening on http://127.0.0.1:${server.address().port}`);
});
