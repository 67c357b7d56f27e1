/* global location */
// Navigates away 500 ms after the click, like a checkout button that waits for an API call.
(function () {
  document.getElementById('continue').addEventListener('click', function () {
    document.getElementById('redirect-status').textContent = 'Taking you to checkout…';
    setTimeout(function () { location.href = '/extras/checkout'; }, 500);
  });
})();
