// SPDX-License-Identifier: MIT
// Writes COUNT unique checkout.session.completed events, signed now with SECRET by stripe-node's
// own helper, one "<Stripe-Signature>\t<body>" per line, for webhook.lua.
// Usage: node sign-events.js SECRET COUNT PREFIX OUTFILE
'use strict';
const fs = require('fs');
const Stripe = require('stripe');

const [secret, countText, prefix, outFile] = process.argv.slice(2);
const count = Number(countText);
const stripe = new Stripe('sk_test_unused');
const now = Math.floor(Date.now() / 1000);
const out = fs.createWriteStream(outFile);
for (let i = 0; i < count; i++) {
  const session = {
    id: `cs_test_bench_${prefix}_${i}`, object: 'checkout.session', url: null, status: 'complete',
    payment_status: 'paid', amount_subtotal: 590, amount_total: 590, currency: 'usd', created: now,
    expires_at: now + 2100, client_reference_id: null, customer_email: null, customer: null,
    customer_details: { email: 'buyer@example.com', name: null }, metadata: {}, payment_intent: `pi_bench_${i}`,
    livemode: false, mode: 'payment', payment_method_types: ['card'],
  };
  const event = {
    id: `evt_bench_${prefix}_${i}`, object: 'event', api_version: '2026-10-28.endive', created: now,
    data: { object: session }, livemode: false, pending_webhooks: 1,
    request: { id: null, idempotency_key: null }, type: 'checkout.session.completed',
  };
  const payload = JSON.stringify(event);
  const header = stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: now });
  out.write(`${header}\t${payload}\n`);
}
out.end();
