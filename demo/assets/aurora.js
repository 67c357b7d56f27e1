/* global location, localStorage */
// Aurora Furnishings: cart in localStorage, cookie notice, auto-submitting sort.
(function () {
  var CART_KEY = 'aurora-cart';
  function readCart() {
    try { return JSON.parse(localStorage.getItem(CART_KEY)) || []; } catch { return []; }
  }
  function writeCart(items) {
    localStorage.setItem(CART_KEY, JSON.stringify(items));
    renderCount();
  }
  function renderCount() {
    var count = readCart().reduce(function (sum, item) { return sum + item.qty; }, 0);
    document.getElementById('cart-count').textContent = String(count);
  }
  var toastTimer;
  function toast(text) {
    var el = document.getElementById('toast');
    el.textContent = text;
    el.classList.add('visible');
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { el.classList.remove('visible'); }, 2000);
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('.add-to-cart');
    if (!button) return;
    var qtyInput = document.getElementById('qty');
    var qty = Math.max(1, parseInt(qtyInput ? qtyInput.value : '1', 10) || 1);
    var items = readCart();
    var existing = items.find(function (item) { return item.slug === button.dataset.slug; });
    if (existing) existing.qty += qty; else items.push({ slug: button.dataset.slug, name: button.dataset.name, qty: qty });
    writeCart(items);
    toast('Added ' + button.dataset.name + ' to your cart');
  });

  var sort = document.getElementById('sort');
  if (sort) sort.addEventListener('change', function () { sort.form.submit(); });

  var list = document.getElementById('cart-items');
  if (list) {
    var items = readCart();
    if (items.length) {
      list.innerHTML = '';
      items.forEach(function (item) {
        var li = document.createElement('li');
        li.textContent = item.qty + ' × ' + item.name;
        list.appendChild(li);
      });
    }
    document.getElementById('clear-cart').addEventListener('click', function () { writeCart([]); location.reload(); });
  }

  var banner = document.getElementById('cookie-banner');
  if (!localStorage.getItem('aurora-cookies-ok')) banner.hidden = false;
  document.getElementById('cookie-accept').addEventListener('click', function () {
    localStorage.setItem('aurora-cookies-ok', '1');
    banner.hidden = true;
  });
  renderCount();
})();
