/* global URLSearchParams, location, history */
// Client-side pagination of the books table: "Next"/"Previous" re-render the body; the last page
// disables "Next". The page number is mirrored in ?page= so a reload keeps the place.
(function () {
  var table = document.getElementById('books');
  var books = JSON.parse(document.getElementById('book-data').textContent);
  var perPage = parseInt(table.dataset.perPage, 10);
  var pages = Math.ceil(books.length / perPage);
  var page = parseInt(new URLSearchParams(location.search).get('page'), 10) || 1;
  page = Math.min(Math.max(1, page), pages);
  var prev = document.getElementById('prev');
  var next = document.getElementById('next');

  function cell(text, numeric) {
    var td = document.createElement('td');
    td.textContent = text;
    if (numeric) td.className = 'n';
    return td;
  }
  function render() {
    var tbody = table.tBodies[0];
    tbody.innerHTML = '';
    books.slice((page - 1) * perPage, page * perPage).forEach(function (b) {
      var tr = document.createElement('tr');
      tr.appendChild(cell(b[0]));
      tr.appendChild(cell(b[1]));
      tr.appendChild(cell(String(b[2]), true));
      tr.appendChild(cell(b[3].toLocaleString('en-US'), true));
      tr.appendChild(cell(b[4].toFixed(2), true));
      tbody.appendChild(tr);
    });
    document.getElementById('page-status').textContent = 'Page ' + page + ' of ' + pages;
    prev.disabled = page === 1;
    next.disabled = page === pages;
    history.replaceState(null, '', page > 1 ? '?page=' + page : location.pathname);
  }
  next.addEventListener('click', function () { if (page < pages) { page++; render(); } });
  prev.addEventListener('click', function () { if (page > 1) { page--; render(); } });
})();
