// Delivery preferences drawn from state like a single-page app: every committed change (and
// "Refresh prices") replaces the form's elements with new ones, so an element found before is
// gone by the time it is used. Enter in the note saves it (a status appears 300 ms later); the
// delivery menu opens on hover.
(function () {
  var app = document.getElementById('app');
  var state = { quantity: '1', giftWrap: false, note: '', speed: 'Standard', saved: false };
  var renders = 0;
  var PRICE = 39;
  function esc(s) {
    return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; });
  }
  function options(values, chosen) {
    return values.map(function (v) { return '<option' + (v === chosen ? ' selected' : '') + '>' + v + '</option>'; }).join('');
  }
  function render() {
    renders += 1;
    app.setAttribute('data-renders', String(renders));
    var total = PRICE * Number(state.quantity) + (state.giftWrap ? 5 : 0);
    app.innerHTML = '<div class="field"><label for="qty">Quantity</label> <select id="qty">' + options(['1', '2', '3', '4'], state.quantity) + '</select></div>'
      + '<div class="field"><label><input type="checkbox" id="gift"' + (state.giftWrap ? ' checked' : '') + '> Gift wrap (+$5)</label></div>'
      + '<div class="field"><label for="note">Note for the courier</label> <input id="note" value="' + esc(state.note) + '"></div>'
      + '<div class="menu"><button type="button" class="menu-button" aria-haspopup="true" aria-expanded="false">Delivery options</button>'
      + '<ul class="menu-list" role="menu" hidden>'
      + ['Standard', 'Express', 'Pickup'].map(function (s) { return '<li role="none"><button type="button" role="menuitem" data-speed="' + s + '">' + s + '</button></li>'; }).join('')
      + '</ul></div>'
      + '<p id="summary">' + state.quantity + ' × Desk lamp, ' + (state.giftWrap ? 'gift wrapped, ' : '') + esc(state.speed) + ' delivery. Total: $' + total + '</p>'
      + (state.saved ? '<p role="status">Note saved</p>' : '')
      + '<button type="button" class="refresh">Refresh prices</button>';
  }
  function menu(open) {
    var button = app.querySelector('.menu-button');
    button.setAttribute('aria-expanded', String(open));
    app.querySelector('.menu-list').hidden = !open;
  }
  app.addEventListener('change', function (e) {
    if (e.target.id === 'qty') state.quantity = e.target.value;
    else if (e.target.id === 'gift') state.giftWrap = e.target.checked;
    else if (e.target.id === 'note') state.note = e.target.value;
    else return;
    render();
  });
  app.addEventListener('keydown', function (e) {
    if (e.target.id !== 'note' || e.key !== 'Enter') return;
    state.note = e.target.value;
    render();
    setTimeout(function () { state.saved = true; render(); }, 300);
  });
  app.addEventListener('mouseover', function (e) { if (e.target.closest('.menu')) menu(true); });
  app.addEventListener('mouseout', function (e) {
    var from = e.target.closest('.menu');
    if (from && !(e.relatedTarget && from.contains(e.relatedTarget))) menu(false);
  });
  app.addEventListener('click', function (e) {
    var item = e.target.closest('[role="menuitem"]');
    if (item) { state.speed = item.getAttribute('data-speed'); render(); }
    else if (e.target.closest('.refresh')) render();
  });
  render();
})();
