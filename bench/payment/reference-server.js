// SPDX-License-Identifier: MIT
// The reference: a webhook endpoint and a create-checkout-session route written the way Stripe's
// own tutorials write them (Express, express.raw + stripe.webhooks.constructEvent, an in-memory
// Set of seen event ids, stripe.checkout.sessions.create). Not durable: a restart forgets every
// event id. Configured by STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_API_BASE, PORT.
'use strict';
const express = require('express');
const Stripe = require('stripe');

const apiBase = new URL(process.env.STRIPE_API_BASE || 'https://api.stripe.com');
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, {
  host: apiBase.hostname,
  port: apiBase.port || undefined,
  protocol: apiBase.protocol.replace(':', ''),
});
const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET;
const seenEvents = new Set();
const app = express();

app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    res.status(400).send(`Webhook Error: ${err.message}`);
    return;
  }
  if (seenEvents.has(event.id)) {
    res.json({ received: true, duplicate: true });
    return;
  }
  seenEvents.add(event.id);
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
      // fulfilOrder(event.data.object) would go here
      break;
    default:
      break;
  }
  res.json({ received: true, duplicate: false });
});

app.post('/create-checkout-session', express.json(), async (req, res) => {
  const items = (req.body && req.body.items) || [{ quantity: 1 }];
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: items.map((item) => ({
      price_data: { currency: 'usd', product_data: { name: 'Espresso' }, unit_amount: 295 },
      quantity: item.quantity,
    })),
    success_url: 'http://127.0.0.1/checkout/success?session_id={CHECKOUT_SESSION_ID}',
    cancel_url: 'http://127.0.0.1/checkout/cancel?session_id={CHECKOUT_SESSION_ID}',
  });
  res.status(201).json({ session_id: session.id, url: session.url });
});

const server = app.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  console.log(`reference listening on http://127.0.0.1:${server.address().port}`);
});
