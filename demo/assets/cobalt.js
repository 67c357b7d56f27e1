/* global URLSearchParams, location, localStorage, history */
// Cobalt Home: renders the product tiles from inline JSON after a simulated fetch, re-renders
// (replacing the list) when a filter changes, keeps the Warenkorb and the cookie notice.
(function () {
  var PER_PAGE = 9;
  var $ = function (sel) { return document.querySelector(sel); };

  function basket() { try { return JSON.parse(localStorage.getItem('cobalt-warenkorb')) || []; } catch { return []; } }
  function showCount() { $('#wk-anzahl').textContent = String(basket().length); }
  document.addEventListener('click', function (e) {
    var btn = e.target.closest('button.warenkorb');
    if (!btn) return;
    localStorage.setItem('cobalt-warenkorb', JSON.stringify(basket().concat([{ id: btn.dataset.id, name: btn.dataset.name }])));
    showCount();
  });
  var wkList = $('#wk-liste');
  if (wkList && basket().length) {
    wkList.innerHTML = '';
    basket().forEach(function (item) { var li = document.createElement('li'); li.textContent = item.name; wkList.appendChild(li); });
  }
  var hint = $('#cookie-hinweis');
  if (!localStorage.getItem('cobalt-cookies')) hint.hidden = false;
  $('#cookie-ok').addEventListener('click', function () { localStorage.setItem('cobalt-cookies', 'ok'); hint.hidden = true; });
  showCount();

  var dataNode = $('#produktdaten');
  if (!dataNode) return;
  var products = JSON.parse(dataNode.textContent);
  var params = new URLSearchParams(location.search);
  var state = { q: params.get('q') || '', kat: params.get('kat') || '', sort: params.get('sort') || '', page: parseInt(params.get('page'), 10) || 1 };
  $('#kat').value = state.kat;
  $('#sortierung').value = state.sort;

  function href(page) {
    var p = new URLSearchParams();
    ['q', 'kat', 'sort'].forEach(function (k) { if (state[k]) p.set(k, state[k]); });
    if (page > 1) p.set('page', String(page));
    var text = p.toString();
    return '/' + (text ? '?' + text : '');
  }
  function selected() {
    var list = products.filter(function (p) { return !state.kat || p.kategorie === state.kat; });
    if (state.sort === 'price-asc') list.sort(function (a, b) { return a.preis - b.preis; });
    if (state.sort === 'price-desc') list.sort(function (a, b) { return b.preis - a.preis; });
    if (state.sort === 'name') list.sort(function (a, b) { return a.name.localeCompare(b.name, 'de'); });
    return list;
  }
  function tile(p) {
    var li = document.createElement('li');
    li.className = 'kachel';
    var url = '/item?id=' + encodeURIComponent(p.id);
    li.innerHTML = '<a class="bild" href="' + url + '"><img width="200" height="180" alt=""></a>'
      + '<h3><a href="' + url + '"></a></h3><p class="marke"></p><p class="preis"></p>'
      + '<p class="hinweis">inkl. MwSt., zzgl. Versand</p>'
      + '<button type="button" class="warenkorb">In den Warenkorb</button>';
    li.querySelector('img').src = p.bild;
    li.querySelector('img').alt = p.name;
    li.querySelector('h3 a').textContent = p.name;
    li.querySelector('.marke').textContent = p.marke;
    li.querySelector('.preis').textContent = p.preisText;
    li.querySelector('button').dataset.id = p.id;
    li.querySelector('button').dataset.name = p.name;
    return li;
  }
  function pager(pages) {
    var nav = $('#seiten');
    nav.innerHTML = '';
    if (pages <= 1) return;
    function link(page, text, label) {
      var a = document.createElement('a');
      a.href = href(page);
      a.textContent = text;
      if (label) a.setAttribute('aria-label', label);
      if (page === state.page && !label) a.setAttribute('aria-current', 'page');
      nav.appendChild(a);
    }
    if (state.page > 1) link(state.page - 1, '‹', 'Previous page');
    for (var i = 1; i <= pages; i++) link(i, String(i));
    if (state.page < pages) link(state.page + 1, '›', 'Next page');
  }
  function render() {
    var container = $('#liste');
    container.setAttribute('aria-busy', 'true');
    setTimeout(function () {
      var list = selected();
      var pages = Math.max(1, Math.ceil(list.length / PER_PAGE));
      state.page = Math.min(Math.max(1, state.page), pages);
      var ul = document.createElement('ul');
      ul.className = 'kacheln';
      ul.id = 'produkte';
      list.slice((state.page - 1) * PER_PAGE, state.page * PER_PAGE).forEach(function (p) { ul.appendChild(tile(p)); });
      container.replaceChildren(ul);
      container.setAttribute('aria-busy', 'false');
      $('#treffer').textContent = list.length
        ? list.length + ' Produkte · Seite ' + state.page + ' von ' + pages
        : 'Keine Produkte gefunden. Bitte versuchen Sie einen anderen Suchbegriff.';
      pager(pages);
    }, 150 + Math.floor(Math.random() * 150));
  }
  function onFilterChange() {
    state.kat = $('#kat').value;
    state.sort = $('#sortierung').value;
    state.page = 1;
    history.replaceState(null, '', href(1));
    render();
  }
  $('#kat').addEventListener('change', onFilterChange);
  $('#sortierung').addEventListener('change', onFilterChange);
  render();
})();
