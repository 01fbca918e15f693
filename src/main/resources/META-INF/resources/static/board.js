/*
 * Filters the open-requests board without reloading the page. Only an enhancement: without JavaScript the
 * form is an ordinary GET, and this script sends that same GET and swaps in the results of its answer.
 */
(function () {
  'use strict';
  var form = document.getElementById('board-filters');
  if (!form || !window.fetch || !window.DOMParser || !window.URLSearchParams || !window.FormData) {
    return;
  }
  var latest = 0;
  var timer;

  function target() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (name !== '_csrf' && String(value).trim() !== '') {
        params.append(name, value);
      }
    });
    var query = params.toString();
    return form.getAttribute('action') + (query ? '?' + query : '');
  }

  function load(href) {
    var mine = ++latest;
    var results = document.getElementById('board-results');
    results.setAttribute('aria-busy', 'true');
    fetch(href, { credentials: 'same-origin', headers: { Accept: 'text/html' } }).then(function (response) {
      if (!response.ok) {
        throw new Error('status ' + response.status);
      }
      return response.text();
    }).then(function (html) {
      if (mine !== latest) {
        return;
      }
      var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('board-results');
      if (!fresh) {
        throw new Error('no results in the answer');
      }
      results.innerHTML = fresh.innerHTML;
      results.removeAttribute('aria-busy');
      window.history.replaceState(null, '', href);
    })['catch'](function () {
      // Whatever went wrong (an invalid filter, a lost session), the full page explains it.
      window.location.assign(href);
    });
  }

  form.addEventListener('change', function () {
    load(target());
  });
  form.addEventListener('input', function (event) {
    if (event.target.type === 'search') {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { load(target()); }, 400);
    }
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    load(target());
  });
  form.classList.add('live');
}());
