/* global URLSearchParams, location, localStorage */
// Bolt Office Supply: search box without a form, checkbox filters, "Load more", basket, cookie bar.
(function () {
  var $ = function (sel) { return document.querySelector(sel); };
  function search() {
    var q = $('#s').value.trim();
    location.href = '/' + (q ? '?q=' + encodeURIComponent(q) : '');
  }
  $('.go').addEventListener('click', search);
  $('#s').addEventListener('keydown', function (e) { if (e.key === 'Enter') search(); });

  var filter = $('.btn-f');
  if (filter) filter.addEventListener('click', function () {
    var params = new URLSearchParams();
    var q = new URLSearchParams(location.search).get('q');
    if (q) params.set('q', q);
    document.querySelectorAll('.f input:checked').forEach(function (box) { params.append('cat', box.value); });
    var text = params.toString();
    location.href = '/' + (text ? '?' + text : '');
  });

  var more = $('.more');
  if (more) more.addEventListener('click', function () {
    var next = parseInt(more.dataset.next, 10);
    var query = more.dataset.query ? more.dataset.query + '&' : '?';
    more.disabled = true;
    more.textContent = 'Loading…';
    fetch('/' + query + 'page=' + next + '&fragment=1').then(function (r) { return r.text(); }).then(function (rows) {
      $('#lst').insertAdjacentHTML('beforeend', rows);
      $('#shown').textContent = String(document.querySelectorAll('#lst .row').length);
      if (next >= parseInt(more.dataset.pages, 10)) { more.remove(); var pgn = $('.pgn'); if (pgn) pgn.remove(); return; }
      more.dataset.next = String(next + 1);
      more.disabled = false;
      more.textContent = 'Load more';
    });
  });

  function basket() { try { return JSON.parse(localStorage.getItem('bolt-basket')) || {}; } catch { return {}; } }
  function showCount() {
    var items = basket();
    $('#bc').textContent = String(Object.keys(items).reduce(function (n, k) { return n + items[k].qty; }, 0));
  }
  document.addEventListener('click', function (e) {
    var btn = e.target.closest('.add');
    if (!btn) return;
    var items = basket();
    items[btn.dataset.id] = { name: btn.dataset.name, qty: ((items[btn.dataset.id] || {}).qty || 0) + 1 };
    localStorage.setItem('bolt-basket', JSON.stringify(items));
    showCount();
    var note = btn.parentNode.querySelector('.added') || btn.insertAdjacentElement('afterend', document.createElement('span'));
    note.className = 'added';
    note.textContent = ' ✓ added';
    var bskt = $('.bskt a');
    bskt.classList.add('flash');
    setTimeout(function () { bskt.classList.remove('flash'); }, 1000);
  });
  var list = $('#bl');
  if (list) {
    var items = basket();
    var keys = Object.keys(items);
    if (keys.length) list.innerHTML = keys.map(function (k) {
      return '<div class="bl-row">' + items[k].qty + ' x ' + items[k].name.replace(/</g, '&lt;') + '</div>';
    }).join('');
  }

  var cc = $('#cc');
  if (!localStorage.getItem('bolt-cc')) cc.style.display = 'flex';
  $('.cc-ok').addEventListener('click', function () { localStorage.setItem('bolt-cc', '1'); cc.style.display = 'none'; });
  showCount();
})();
