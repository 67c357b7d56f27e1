// The one catalogue that all three demo shops sell, each at its own prices and in its own markup.
// Prices are chosen so every product has one clearly cheapest shop, even if Cobalt's euro prices
// are converted to dollars (a Cobalt win is always at least 10% below the others).

/** Categories in display order: key, English name, German name. */
export const CATEGORIES = [
  { key: 'chairs', name: 'Office chairs', de: 'Bürostühle' },
  { key: 'desks', name: 'Desks', de: 'Schreibtische' },
  { key: 'monitors', name: 'Monitors', de: 'Monitore' },
  { key: 'accessories', name: 'Lamps & keyboards', de: 'Leuchten & Tastaturen' },
];

// [n, name, brand, category, prices {a: Aurora USD, b: Bolt USD, c: Cobalt EUR}, rating, reviews, description, specs]
const ROWS = [
  [1, 'Aeron Chair', 'Herman Miller', 'chairs', [1249, 1099.99, 1189], 4.7, 1284,
    'The benchmark ergonomic chair: a breathable Pellicle mesh seat and back, PostureFit SL lumbar support and a tilt that follows you.',
    { Size: 'B (medium)', Material: 'Pellicle mesh', Weight: '19.5 kg', 'Max. load': '159 kg' }],
  [2, 'Leap V2', 'Steelcase', 'chairs', [1079, 1149.99, 949], 4.6, 842,
    'LiveBack technology changes shape to mimic the movement of your spine; natural glide keeps your eyes on the screen as you recline.',
    { Size: 'One size', Material: 'Fabric', Weight: '23 kg', 'Max. load': '180 kg' }],
  [3, 'Embody Chair', 'Herman Miller', 'chairs', [1795, 1849.99, 1899], 4.8, 517,
    'Designed with physicians: a pixelated support system distributes your weight and keeps circulation flowing through long days.',
    { Size: 'One size', Material: 'Rhythm fabric', Weight: '24 kg', 'Max. load': '136 kg' }],
  [4, 'Gesture Chair', 'Steelcase', 'chairs', [1399, 1289.99, 1359], 4.5, 391,
    'Arms that move like a human arm, built for phones, tablets and laptops as much as for keyboards.',
    { Size: 'One size', Material: 'Fabric', Weight: '30 kg', 'Max. load': '180 kg' }],
  [5, 'Freedom Task Chair', 'Humanscale', 'chairs', [1199, 1249.99, 1219], 4.3, 208,
    'A weight-sensitive recline with no knobs or levers: sit down and the chair adjusts to you.',
    { Size: 'One size', Material: 'Leather', Weight: '21 kg', 'Max. load': '136 kg' }],
  [6, 'ErgoChair Pro', 'Autonomous', 'chairs', [499, 469.99, 519], 4.1, 1876,
    'A sturdy all-rounder with adjustable lumbar support, 4D armrests and a flexible mesh back.',
    { Size: 'One size', Material: 'TPE mesh', Weight: '22 kg', 'Max. load': '136 kg' }],
  [7, 'Jarvis Standing Desk', 'Fully', 'desks', [689, 719.99, 749], 4.6, 2310,
    'A quiet dual-motor standing desk with a bamboo top and four memory presets.',
    { Top: '150 × 75 cm bamboo', 'Height range': '65–130 cm', Motors: '2', 'Max. load': '159 kg' }],
  [8, 'UPLIFT V2 Standing Desk', 'UPLIFT Desk', 'desks', [799, 779.99, 659], 4.7, 1543,
    'A C-frame standing desk with a crossbar for extra stability at full height.',
    { Top: '152 × 76 cm laminate', 'Height range': '64–129 cm', Motors: '2', 'Max. load': '161 kg' }],
  [9, 'Bekant Desk', 'IKEA', 'desks', [349, 329.99, 339], 4.0, 967,
    'A simple fixed-height desk with adjustable feet and a scratch-resistant top.',
    { Top: '160 × 80 cm laminate', 'Height range': '65–85 cm', Motors: '0', 'Max. load': '70 kg' }],
  [10, 'SmartDesk Pro', 'Autonomous', 'desks', [599, 649.99, 619], 4.2, 1102,
    'Dual motors, a keypad with presets and a 5-year frame warranty at an approachable price.',
    { Top: '177 × 76 cm', 'Height range': '66–130 cm', Motors: '2', 'Max. load': '136 kg' }],
  [11, 'E7 Standing Desk', 'FlexiSpot', 'desks', [549, 529.99, 569], 4.4, 3288,
    'A steel frame with three-stage legs, anti-collision sensing and a child lock on the keypad.',
    { Top: '140 × 70 cm', 'Height range': '58–123 cm', Motors: '2', 'Max. load': '125 kg' }],
  [12, 'Kano Writing Desk', 'Norrwood', 'desks', [429, 459.99, 369], 4.5, 143,
    'A compact solid-oak writing desk with one slim drawer, finished in natural oil.',
    { Top: '120 × 60 cm oak', 'Height range': '75 cm', Motors: '0', 'Max. load': '50 kg' }],
  [13, 'UltraSharp U2723QE', 'Dell', 'monitors', [579, 549.99, 599], 4.6, 1420,
    'A 27-inch 4K IPS Black monitor with a USB-C hub that charges your laptop at 90 W.',
    { 'Screen size': '27"', Resolution: '3840 × 2160', Panel: 'IPS Black', 'Refresh rate': '60 Hz' }],
  [14, 'ProArt PA278QV', 'ASUS', 'monitors', [329, 349.99, 339], 4.5, 988,
    'A factory-calibrated 27-inch WQHD display for photo and video work.',
    { 'Screen size': '27"', Resolution: '2560 × 1440', Panel: 'IPS', 'Refresh rate': '75 Hz' }],
  [15, 'Odyssey G7', 'Samsung', 'monitors', [649, 629.99, 539], 4.3, 2044,
    'A 1000R curved QHD gaming monitor with a 240 Hz refresh rate.',
    { 'Screen size': '32"', Resolution: '2560 × 1440', Panel: 'VA', 'Refresh rate': '240 Hz' }],
  [16, 'UltraGear 27GP850-B', 'LG', 'monitors', [399, 379.99, 419], 4.6, 1765,
    'A fast Nano IPS panel with 1 ms response and 165 Hz for smooth motion.',
    { 'Screen size': '27"', Resolution: '2560 × 1440', Panel: 'Nano IPS', 'Refresh rate': '165 Hz' }],
  [17, 'ThinkVision P27h-30', 'Lenovo', 'monitors', [459, 489.99, 479], 4.4, 356,
    'A business monitor with USB-C docking, an ethernet port and a fully adjustable stand.',
    { 'Screen size': '27"', Resolution: '2560 × 1440', Panel: 'IPS', 'Refresh rate': '60 Hz' }],
  [18, 'Studio Display', 'Apple', 'monitors', [1599, 1579.99, 1649], 4.4, 611,
    'A 27-inch 5K Retina display with a 12 MP camera and six speakers.',
    { 'Screen size': '27"', Resolution: '5120 × 2880', Panel: 'IPS', 'Refresh rate': '60 Hz' }],
  [19, 'MX Keys S Keyboard', 'Logitech', 'accessories', [109, 99.99, 114], 4.6, 4120,
    'A low-profile wireless keyboard with smart backlighting and spherically dished keys.',
    { Type: 'Keyboard', Connection: 'Bluetooth, Logi Bolt', Battery: 'Up to 10 days', Colour: 'Graphite' }],
  [20, 'K2 Mechanical Keyboard', 'Keychron', 'accessories', [99, 104.99, 79], 4.5, 2673,
    'A compact 75% mechanical keyboard with hot-swappable switches and Mac and Windows keycaps.',
    { Type: 'Keyboard', Connection: 'Bluetooth, USB-C', Battery: 'Up to 72 hours', Colour: 'Grey' }],
  [21, 'MX Master 3S Mouse', 'Logitech', 'accessories', [99, 94.99, 104], 4.7, 5310,
    'A quiet-click performance mouse with an 8K DPI sensor and a MagSpeed scroll wheel.',
    { Type: 'Mouse', Connection: 'Bluetooth, Logi Bolt', Battery: 'Up to 70 days', Colour: 'Pale grey' }],
  [22, 'Tizio Desk Lamp', 'Artemide', 'accessories', [389, 409.99, 399], 4.8, 97,
    'Richard Sapper\'s 1972 classic: a balanced arm that carries current through its own structure.',
    { Type: 'Desk lamp', Connection: 'Mains', Battery: 'None', Colour: 'Black' }],
  [23, 'ScreenBar Halo', 'BenQ', 'accessories', [179, 169.99, 149], 4.7, 1855,
    'A monitor light bar with a wireless controller that lights your desk without screen glare.',
    { Type: 'Monitor lamp', Connection: 'USB-C', Battery: 'Controller: AAA', Colour: 'Black' }],
  [24, 'Lightcycle Morph Desk Lamp', 'Dyson', 'accessories', [649, 599.99, 629], 4.2, 402,
    'A task light that tracks local daylight and adjusts its colour temperature through the day.',
    { Type: 'Desk lamp', Connection: 'Mains, USB-C', Battery: 'None', Colour: 'White/Silver' }],
];

const SKU_PREFIX = { chairs: 'CH', desks: 'DE', monitors: 'MO', accessories: 'AC' };

function slugify(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** All 24 products; `prices` holds each shop's price (a, b in USD, c in EUR). */
export const PRODUCTS = ROWS.map(([n, name, brand, category, [a, b, c], rating, reviews, description, specs]) => ({
  n,
  name,
  brand,
  category,
  slug: slugify(name),
  boltId: 1000 + n,
  sku: `${SKU_PREFIX[category]}-${String(n).padStart(3, '0')}`,
  prices: { a, b, c },
  rating,
  reviews,
  description,
  specs,
}));

/** Formats like "$1,249.00" (Aurora). */
export function formatUsd(amount) {
  return '$' + amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Formats like "1.189,00 €" with a plain space (Cobalt). */
export function formatEur(amount) {
  return amount.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + ' €';
}

/** Splits 1099.99 into { whole: "1,099", cents: "99" } (Bolt's split price markup). */
export function splitUsd(amount) {
  const [whole, cents] = amount.toFixed(2).split('.');
  return { whole: Number(whole).toLocaleString('en-US'), cents };
}

/** Case-insensitive substring match on name or brand; an empty query matches everything. */
export function matchesQuery(product, q) {
  const needle = (q ?? '').trim().toLowerCase();
  return !needle || product.name.toLowerCase().includes(needle) || product.brand.toLowerCase().includes(needle);
}

/**
 * Products for one shop ('a' | 'b' | 'c') after search, category/price filters and sorting.
 * Each returned item is the product plus `price` (that shop's price).
 */
export function queryProducts(shop, { q = '', categories = [], min = null, max = null, sort = 'featured' } = {}) {
  const items = PRODUCTS.map((p) => ({ ...p, price: p.prices[shop] }))
    .filter((p) => matchesQuery(p, q))
    .filter((p) => categories.length === 0 || categories.includes(p.category))
    .filter((p) => (min === null || p.price >= min) && (max === null || p.price <= max));
  const byName = (x, y) => x.name.localeCompare(y.name);
  if (sort === 'price-asc') items.sort((x, y) => x.price - y.price);
  if (sort === 'price-desc') items.sort((x, y) => y.price - x.price);
  if (sort === 'name') items.sort(byName);
  if (sort === 'rating') items.sort((x, y) => y.rating - x.rating);
  return items;
}

/** One page of a list: { items, page, pages, total, from, to } with page clamped to range. */
export function paginate(items, page, perPage) {
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const current = Math.min(Math.max(1, Number.parseInt(page, 10) || 1), pages);
  const start = (current - 1) * perPage;
  const slice = items.slice(start, start + perPage);
  return { items: slice, page: current, pages, total: items.length, from: slice.length ? start + 1 : 0, to: start + slice.length };
}

/** The category record for a key, or undefined. */
export function categoryByKey(key) {
  return CATEGORIES.find((c) => c.key === key);
}
