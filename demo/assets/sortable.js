// Sorts a table by the clicked header button; a second click on the same column reverses the order.
(function () {
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var tbody = table.tBodies[0];
    table.querySelectorAll('thead button').forEach(function (button) {
      button.addEventListener('click', function () {
        var column = parseInt(button.dataset.column, 10);
        var numeric = button.dataset.type === 'number';
        var th = button.closest('th');
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        table.querySelectorAll('thead th').forEach(function (cell) { cell.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var rows = Array.prototype.slice.call(tbody.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].textContent.trim();
          var y = b.cells[column].textContent.trim();
          var order = numeric ? parseFloat(x.replace(/,/g, '')) - parseFloat(y.replace(/,/g, '')) : x.localeCompare(y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { tbody.appendChild(row); });
      });
    });
  });
})();
