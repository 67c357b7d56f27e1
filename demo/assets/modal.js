// The newsletter modal covers the whole page (and the Download button) until it is closed.
(function () {
  var overlay = document.getElementById('newsletter-overlay');
  function close() { overlay.remove(); }
  overlay.querySelector('.modal-close').addEventListener('click', close);
  overlay.querySelector('.modal-dismiss').addEventListener('click', close);
  overlay.querySelector('.subscribe').addEventListener('click', function () {
    overlay.querySelector('.modal').innerHTML = '<p>Thanks for subscribing!</p><button type="button" class="modal-close" aria-label="Close">×</button>';
    overlay.querySelector('.modal-close').addEventListener('click', close);
  });
  document.getElementById('download').addEventListener('click', function () {
    document.getElementById('download-status').textContent = 'Your download has started (report-q1-2025.pdf).';
  });
})();
