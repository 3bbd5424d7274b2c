#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Generates resources/catalog/catalog.json (USD, no tax), catalog-de.json (the same shop in EUR
with German VAT included in the prices) and the flat product illustrations in images/.

The output is committed; run this again only when the product list or the drawings change:
    python3 resources/catalog/make-sample.py
Barcodes get their EAN-13 check digit computed here, so they always validate.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

# Category: (background, accent) colours of the tile.
CATEGORIES = {
    "Coffee": ("#f3e3cf", "#d9b48f"),
    "Tea": ("#e2f0d9", "#b5d6a0"),
    "Bakery": ("#fcebc4", "#f2c76e"),
    "Sandwiches": ("#fde0d6", "#f4a98f"),
    "Drinks": ("#d8ecf7", "#9ccbe8"),
    "Snacks": ("#ece1f5", "#c7aee0"),
}

# sku, name, category, price, drawing, main colour, description, active
PRODUCTS = [
    ("CAF-001", "Espresso", "Coffee", "2.95", "cup", "#5b3a21", "A short, intense shot of our house blend.", True),
    ("CAF-002", "Double Espresso", "Coffee", "3.45", "cup", "#3f2614", "Two shots, for the serious morning.", True),
    ("CAF-003", "Americano", "Coffee", "3.25", "cup", "#6b4326", "Espresso lengthened with hot water.", True),
    ("CAF-004", "Cappuccino", "Coffee", "4.50", "cup", "#c8a27a", "Espresso, steamed milk and a deep cap of foam.", True),
    ("CAF-005", "Caffe Latte", "Coffee", "4.75", "togo", "#d8b894", "Espresso with silky steamed milk.", True),
    ("CAF-006", "Flat White", "Coffee", "4.60", "cup", "#b98a5e", "Double ristretto with velvety microfoam.", True),
    ("CAF-007", "Mocha", "Coffee", "5.25", "togo", "#7a4a2a", "Espresso, dark chocolate and steamed milk.", True),
    ("CAF-008", "Iced Cold Brew", "Coffee", "4.95", "glass", "#4a2c17", "Steeped 18 hours, served over ice.", True),
    ("CAF-009", "Pumpkin Spice Latte", "Coffee", "5.45", "togo", "#d98c3f", "Seasonal: back in the autumn.", False),
    ("TEA-001", "English Breakfast Tea", "Tea", "2.95", "teacup", "#8c3b1f", "Robust black tea, milk on request.", True),
    ("TEA-002", "Earl Grey", "Tea", "2.95", "teacup", "#9a5a2e", "Black tea scented with bergamot.", True),
    ("TEA-003", "Green Sencha", "Tea", "3.25", "teacup", "#8fb34a", "Grassy Japanese green tea.", True),
    ("TEA-004", "Chamomile", "Tea", "3.25", "teacup", "#e8c452", "Caffeine-free, calming flowers.", True),
    ("TEA-005", "Chai Latte", "Tea", "4.65", "togo", "#c58b55", "Spiced black tea with steamed milk.", True),
    ("TEA-006", "Matcha Latte", "Tea", "4.95", "togo", "#7faa3c", "Stone-ground matcha whisked with milk.", True),
    ("TEA-007", "Iced Peach Tea", "Tea", "3.95", "glass", "#f0a35e", "Black tea with peach, over ice.", True),
    ("BAK-001", "Butter Croissant", "Bakery", "3.25", "croissant", "#e0a446", "Flaky, all-butter, baked this morning.", True),
    ("BAK-002", "Almond Croissant", "Bakery", "4.15", "croissant", "#c98b3a", "Filled with frangipane, topped with almonds.", True),
    ("BAK-003", "Blueberry Muffin", "Bakery", "3.50", "muffin", "#5a5fa8", "Bursting with wild blueberries.", True),
    ("BAK-004", "Chocolate Chip Cookie", "Bakery", "2.25", "cookie", "#d9a55b", "Chewy, with dark chocolate chunks.", True),
    ("BAK-005", "Cinnamon Roll", "Bakery", "3.95", "roll", "#c9843e", "Soft swirl with cream-cheese icing.", True),
    ("BAK-006", "Sesame Bagel", "Bakery", "3.75", "bagel", "#d29a52", "With cream cheese, toasted on request.", True),
    ("BAK-007", "Glazed Donut", "Bakery", "1.95", "donut", "#f4a7c0", "Classic yeast ring with sugar glaze.", True),
    ("BAK-008", "Banana Bread", "Bakery", "3.45", "slice", "#b07538", "Moist slice with walnuts.", True),
    ("SAN-001", "Ham & Swiss Sandwich", "Sandwiches", "8.95", "sandwich", "#e98c8c", "Smoked ham, Swiss cheese, Dijon, rye.", True),
    ("SAN-002", "Turkey Club", "Sandwiches", "9.75", "sandwich", "#d9705a", "Turkey, bacon, lettuce and tomato.", True),
    ("SAN-003", "Caprese Panini", "Sandwiches", "8.50", "sandwich", "#d64545", "Mozzarella, tomato and basil pesto.", True),
    ("SAN-004", "Chicken Caesar Wrap", "Sandwiches", "9.25", "wrap", "#7bb55a", "Grilled chicken, romaine, parmesan.", True),
    ("SAN-005", "Hummus Veggie Wrap", "Sandwiches", "8.25", "wrap", "#9ccf6b", "Hummus, roasted peppers, spinach.", True),
    ("SAN-006", "Egg & Cheese Muffin", "Sandwiches", "5.95", "sandwich", "#f2c94c", "Free-range egg and cheddar, all day.", True),
    ("SAN-007", "Greek Salad Bowl", "Sandwiches", "9.95", "bowl", "#5aa85a", "Feta, olives, cucumber, tomato.", True),
    ("DRK-001", "Still Water 500 ml", "Drinks", "1.95", "bottle", "#6bb7e6", "Natural spring water.", True),
    ("DRK-002", "Sparkling Water 500 ml", "Drinks", "2.25", "bottle", "#3f9bd1", "Lightly carbonated mineral water.", True),
    ("DRK-003", "Fresh Orange Juice", "Drinks", "3.95", "bottle", "#f29a2e", "Squeezed daily, no added sugar.", True),
    ("DRK-004", "Classic Cola 330 ml", "Drinks", "2.50", "can", "#c8262e", "Ice-cold can.", True),
    ("DRK-005", "Lemonade", "Drinks", "3.25", "glass", "#f5dc4f", "House-made with fresh lemons.", True),
    ("DRK-006", "Berry Smoothie", "Drinks", "6.25", "glass", "#a8326e", "Strawberry, blueberry, banana, yogurt.", True),
    ("DRK-007", "Ginger Kombucha", "Drinks", "4.45", "bottle", "#d9b44a", "Raw, lightly sparkling, with ginger.", True),
    ("SNK-001", "Sea Salt Chips", "Snacks", "1.95", "chips", "#2f80c9", "Kettle-cooked potato chips.", True),
    ("SNK-002", "Dark Chocolate Bar", "Snacks", "2.75", "bar", "#4b2a1a", "70% cocoa, 50 g.", True),
    ("SNK-003", "Oat Granola Bar", "Snacks", "2.25", "bar", "#c99a4f", "Oats, honey and almonds.", True),
    ("SNK-004", "Trail Mix", "Snacks", "3.95", "chips", "#6a9a3a", "Nuts, raisins and dark chocolate drops.", True),
    ("SNK-005", "Apple", "Snacks", "1.25", "apple", "#d93b3b", "Crisp local apple.", True),
    ("SNK-006", "Yogurt Parfait", "Snacks", "4.50", "bowl", "#f2f2f2", "Greek yogurt, granola and berries.", True),
]

# Option groups of the milk drinks (see README.md, "Options"): price deltas as decimal text.
SIZE = {"id": "size", "name": "Size", "min": 1, "max": 1, "choices": [
    {"id": "regular", "name": "Regular", "price_delta": "0.00"},
    {"id": "large", "name": "Large", "price_delta": "0.40"}]}
MILK = {"id": "milk", "name": "Milk", "min": 1, "max": 1, "choices": [
    {"id": "whole", "name": "Whole milk", "price_delta": "0.00"},
    {"id": "skimmed", "name": "Skimmed milk", "price_delta": "0.00"},
    {"id": "oat", "name": "Oat milk", "price_delta": "0.50"},
    {"id": "soy", "name": "Soy milk", "price_delta": "0.50"}]}
EXTRAS = {"id": "extras", "name": "Extras", "min": 0, "max": 2, "choices": [
    {"id": "shot", "name": "Extra shot", "price_delta": "0.60"},
    {"id": "vanilla", "name": "Vanilla syrup", "price_delta": "0.50"},
    {"id": "decaf", "name": "Decaf", "price_delta": "0.00"}]}
OPTIONS = {
    "CAF-005": [SIZE, MILK, EXTRAS],
    "CAF-006": [MILK, EXTRAS],
    "TEA-005": [SIZE, MILK],
}


def ean13(first12):
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return first12 + str((10 - total % 10) % 10)


def barcode_for(index, sku):
    # House-made items use the in-store prefix 20-29; packaged goods a made-up maker prefix.
    if sku.startswith(("DRK", "SNK")):
        return ean13("0857%03d%05d" % (123, 40100 + index * 7))
    return ean13("20%05d%05d" % (41200 + index, 10 + index * 3))


def darker(hex_colour, factor=0.75):
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#%02x%02x%02x" % (int(r * factor), int(g * factor), int(b * factor))


def drawing(kind, c):
    d = darker(c)
    w = "#ffffff"
    shapes = {
        "cup": f'<ellipse cx="80" cy="98" rx="40" ry="7" fill="{w}" stroke="{d}" stroke-width="2"/>'
               f'<path d="M50 52h56l-6 40a6 6 0 0 1-6 5H62a6 6 0 0 1-6-5z" fill="{w}" stroke="{d}" stroke-width="2"/>'
               f'<path d="M106 60a10 10 0 0 1 0 20h-4" fill="none" stroke="{d}" stroke-width="4"/>'
               f'<ellipse cx="78" cy="54" rx="26" ry="5" fill="{c}"/>'
               f'<path d="M70 42q-6-8 0-16M84 42q-6-8 0-16" fill="none" stroke="{d}" stroke-width="3" stroke-linecap="round" opacity=".5"/>',
        "teacup": f'<ellipse cx="80" cy="98" rx="40" ry="7" fill="{w}" stroke="{d}" stroke-width="2"/>'
                  f'<path d="M48 56h60q0 40-30 40t-30-40z" fill="{w}" stroke="{d}" stroke-width="2"/>'
                  f'<path d="M107 62a9 9 0 0 1-2 18" fill="none" stroke="{d}" stroke-width="4"/>'
                  f'<ellipse cx="78" cy="58" rx="27" ry="5" fill="{c}"/>'
                  f'<path d="M70 58V30" stroke="#888" stroke-width="1.5"/><rect x="63" y="20" width="14" height="12" rx="2" fill="{c}"/>',
        "togo": f'<path d="M56 36h48l-7 66H63z" fill="{w}" stroke="{d}" stroke-width="2"/>'
                f'<rect x="52" y="26" width="56" height="12" rx="4" fill="{d}"/>'
                f'<path d="M59 58h42l-3 26H62z" fill="{c}"/>',
        "glass": f'<path d="M56 30h48l-6 72H62z" fill="{w}" fill-opacity=".7" stroke="{d}" stroke-width="2"/>'
                 f'<path d="M59 46h42l-5 52H64z" fill="{c}"/>'
                 f'<rect x="66" y="54" width="10" height="10" rx="2" fill="{w}" opacity=".6"/><rect x="80" y="62" width="10" height="10" rx="2" fill="{w}" opacity=".6"/>'
                 f'<path d="M88 18l-6 60" stroke="#e05a5a" stroke-width="4" stroke-linecap="round"/>',
        "croissant": f'<path d="M34 78q46-62 92 0q-10 14-22 8q-24-30-48 0q-12 6-22-8z" fill="{c}" stroke="{d}" stroke-width="2"/>'
                     f'<path d="M62 58l8 20M80 50v26M98 58l-8 20" stroke="{d}" stroke-width="3" stroke-linecap="round"/>',
        "muffin": f'<path d="M54 70h52l-8 30H62z" fill="#f2c76e" stroke="#c99a3a" stroke-width="2"/>'
                  f'<path d="M48 72q0-36 32-36t32 36z" fill="#e3b36a" stroke="#b8863a" stroke-width="2"/>'
                  f'<circle cx="66" cy="58" r="4" fill="{c}"/><circle cx="84" cy="50" r="4" fill="{c}"/><circle cx="96" cy="62" r="4" fill="{c}"/><circle cx="76" cy="66" r="3" fill="{c}"/>',
        "cookie": f'<circle cx="80" cy="62" r="36" fill="{c}" stroke="{d}" stroke-width="2"/>'
                  f'<circle cx="68" cy="50" r="5" fill="#4b2a1a"/><circle cx="92" cy="56" r="5" fill="#4b2a1a"/><circle cx="74" cy="76" r="5" fill="#4b2a1a"/><circle cx="94" cy="78" r="4" fill="#4b2a1a"/>',
        "roll": f'<circle cx="80" cy="62" r="36" fill="{c}" stroke="{d}" stroke-width="2"/>'
                f'<path d="M80 62m-6 0a6 6 0 1 1 12 0a12 12 0 1 1-24 0a18 18 0 1 1 36 0a24 24 0 1 1-48 0" fill="none" stroke="{d}" stroke-width="4"/>'
                f'<path d="M58 44q22 10 44 0" stroke="#fff" stroke-width="4" fill="none" stroke-linecap="round"/>',
        "bagel": f'<circle cx="80" cy="62" r="36" fill="{c}" stroke="{d}" stroke-width="2"/><circle cx="80" cy="62" r="11" fill="#fcebc4" stroke="{d}" stroke-width="2"/>'
                 f'<path d="M60 44l3 1M96 48l3-1M66 84l2 2M94 80l3 1M56 66l1 3M104 62l1 3" stroke="#fff7e0" stroke-width="3" stroke-linecap="round"/>',
        "donut": f'<circle cx="80" cy="62" r="36" fill="#e0a456"/><circle cx="80" cy="62" r="31" fill="{c}"/><circle cx="80" cy="62" r="11" fill="#e0a456"/><circle cx="80" cy="62" r="9" fill="#fcebc4"/>'
                 f'<path d="M62 48l5 2M94 46l4-3M100 70l3 4M66 80l-2 4M84 88l4 1M56 64l1 5" stroke="#fff" stroke-width="3" stroke-linecap="round"/>',
        "slice": f'<rect x="46" y="36" width="68" height="60" rx="8" fill="{c}" stroke="{d}" stroke-width="2"/><rect x="52" y="44" width="56" height="46" rx="4" fill="#e7c08a"/>'
                 f'<circle cx="66" cy="58" r="3" fill="{d}"/><circle cx="90" cy="70" r="3" fill="{d}"/><circle cx="78" cy="80" r="3" fill="{d}"/>',
        "sandwich": f'<path d="M36 92L80 30l44 62z" fill="#f2d7a0" stroke="#c99a3a" stroke-width="2"/>'
                    f'<path d="M44 82l-6 10h84l-6-10z" fill="{c}"/><path d="M50 76l-6 8h72l-6-8z" fill="#7bb55a"/>'
                    f'<path d="M36 96h88" stroke="#c99a3a" stroke-width="6" stroke-linecap="round"/>',
        "wrap": f'<path d="M42 84l60-48 20 20-60 48z" fill="#f2d7a0" stroke="#c99a3a" stroke-width="2"/>'
                f'<ellipse cx="112" cy="46" rx="14" ry="10" transform="rotate(45 112 46)" fill="{c}" stroke="#c99a3a" stroke-width="2"/>'
                f'<circle cx="110" cy="44" r="3" fill="#e05a5a"/><circle cx="116" cy="50" r="3" fill="#f2f2f2"/>',
        "bowl": f'<path d="M36 60h88q0 40-44 40t-44-40z" fill="{w}" stroke="#8a8a8a" stroke-width="2"/>'
                f'<ellipse cx="80" cy="60" rx="44" ry="10" fill="{c}" stroke="#8a8a8a" stroke-width="2"/>'
                f'<circle cx="66" cy="56" r="5" fill="#d64545"/><circle cx="84" cy="54" r="5" fill="#3a3a3a"/><circle cx="98" cy="60" r="4" fill="#5a5fa8"/><rect x="72" y="58" width="8" height="6" fill="#fff7e0"/>',
        "bottle": f'<rect x="72" y="16" width="16" height="10" rx="2" fill="{d}"/><path d="M70 26h20v10q12 8 12 20v40a6 6 0 0 1-6 6H64a6 6 0 0 1-6-6V56q0-12 12-20z" fill="{c}" fill-opacity=".85" stroke="{d}" stroke-width="2"/>'
                  f'<rect x="58" y="60" width="44" height="20" fill="{w}" opacity=".85"/><path d="M66 70h28" stroke="{d}" stroke-width="3"/>',
        "can": f'<rect x="58" y="24" width="44" height="76" rx="8" fill="{c}" stroke="{d}" stroke-width="2"/><ellipse cx="80" cy="26" rx="20" ry="4" fill="#d0d0d0"/>'
               f'<path d="M60 60q20-14 40 0" stroke="{w}" stroke-width="5" fill="none"/>',
        "chips": f'<path d="M54 24h52l-4 8 4 8v52l-4 8 4 8H54l4-8-4-8V40l4-8z" fill="{c}" stroke="{d}" stroke-width="2"/>'
                 f'<ellipse cx="80" cy="66" rx="16" ry="12" fill="#f5d36b"/><path d="M64 44h32" stroke="{w}" stroke-width="4"/>',
        "bar": f'<rect x="40" y="42" width="80" height="40" rx="4" fill="{c}" stroke="{d}" stroke-width="2" transform="rotate(-12 80 62)"/>'
               f'<rect x="62" y="38" width="36" height="48" fill="{w}" opacity=".85" transform="rotate(-12 80 62)"/>'
               f'<path d="M68 60h24" stroke="{d}" stroke-width="3" transform="rotate(-12 80 62)"/>',
        "apple": f'<path d="M80 42q-12-10-26 0q-14 14-4 38q10 22 22 18q8-3 16 0q12 4 22-18q10-24-4-38q-14-10-26 0z" fill="{c}" stroke="{d}" stroke-width="2"/>'
                 f'<path d="M80 42q0-12 6-18" stroke="#6b4326" stroke-width="3" fill="none"/><path d="M84 30q12-8 18 2q-12 6-18-2z" fill="#5aa85a"/>',
    }
    return shapes[kind]


def svg(product):
    sku, name, category, price, kind, colour, description, active = product
    background, accent = CATEGORIES[category]
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 120" width="160" height="120">'
            f'<title>{name.replace("&", "&amp;")}</title>'
            f'<rect width="160" height="120" rx="12" fill="{background}"/>'
            f'<circle cx="80" cy="62" r="50" fill="{accent}" opacity=".45"/>'
            f'{drawing(kind, colour)}</svg>\n')


# Food is taxed at the reduced rate, drinks at the standard one (German VAT on take-away).
REDUCED_CATEGORIES = {"Bakery", "Sandwiches", "Snacks"}
GERMAN_VAT = {"prices_include_tax": True, "display_name": "MwSt.", "rates": {"standard": "19", "reduced": "7"}}


def main():
    products = []
    for index, product in enumerate(PRODUCTS):
        sku, name, category, price, kind, colour, description, active = product
        image = f"images/{sku.lower()}.svg"
        (HERE / image).write_text(svg(product), encoding="utf-8")
        products.append({
            "id": sku.lower(),
            "sku": sku,
            "barcode": barcode_for(index, sku),
            "name": name,
            "description": description,
            "category": category,
            "price": price,
            "image": image,
            "active": active,
            "tax_category": "reduced" if category in REDUCED_CATEGORIES else "standard",
        })
        if sku in OPTIONS:
            products[-1]["options"] = OPTIONS[sku]
    catalog = {"currency": "USD", "products": products}
    (HERE / "catalog.json").write_text(json.dumps(catalog, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    german = {"currency": "EUR", "tax": GERMAN_VAT, "products": products}
    (HERE / "catalog-de.json").write_text(json.dumps(german, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
