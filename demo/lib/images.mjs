// Product pictures drawn as small SVGs (no external resources): one shape per category,
// tinted per product so the listings do not look like a wall of identical boxes.
import { PRODUCTS } from '../catalogue.mjs';
import { esc } from './http.mjs';

const SHAPES = {
  chairs: '<rect x="70" y="30" width="60" height="70" rx="14"/><rect x="60" y="100" width="80" height="16" rx="6"/>'
    + '<rect x="96" y="116" width="8" height="34"/><rect x="66" y="148" width="68" height="6" rx="3"/>',
  desks: '<rect x="30" y="70" width="140" height="12" rx="3"/><rect x="44" y="82" width="8" height="70"/>'
    + '<rect x="148" y="82" width="8" height="70"/><rect x="36" y="148" width="26" height="6"/><rect x="138" y="148" width="26" height="6"/>',
  monitors: '<rect x="35" y="35" width="130" height="80" rx="6"/><rect x="95" y="115" width="10" height="25"/>'
    + '<rect x="70" y="140" width="60" height="8" rx="3"/>',
  accessories: '<rect x="40" y="120" width="120" height="30" rx="6"/><rect x="95" y="50" width="8" height="72"/>'
    + '<path d="M70 40 h60 l-12 22 h-36 z"/>',
};
const HUES = [12, 38, 160, 205, 250, 290, 330];

/** The SVG response for /img/<slug>.svg, or null when no product has that slug. */
export function productImage(pathname) {
  const match = /^\/img\/([a-z0-9-]+)\.svg$/.exec(pathname);
  const product = match && PRODUCTS.find((p) => p.slug === match[1]);
  if (!product) return null;
  const hue = HUES[product.n % HUES.length];
  const body = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 180" role="img" aria-label="${esc(product.name)}">
<rect width="200" height="180" fill="hsl(${hue} 40% 94%)"/>
<g fill="hsl(${hue} 35% 38%)">${SHAPES[product.category]}</g>
</svg>`;
  return { status: 200, type: 'image/svg+xml', body };
}
