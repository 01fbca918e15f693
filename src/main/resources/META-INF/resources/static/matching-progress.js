// Live progress of a matching run: follows the run's server-sent events and shows each new best plan.
// Without JavaScript the page refreshes itself instead (a noscript meta refresh), so this only enhances.
(function () {
  'use strict';
  var section = document.getElementById('run-progress');
  if (!section || section.dataset.active !== 'true' || !window.EventSource) {
    return;
  }
  var score = document.getElementById('run-score');
  var outcome = document.getElementById('run-outcome');
  var status = document.getElementById('run-status');
  var requests = parseInt(section.dataset.requests, 10);
  var improvements = document.getElementById('run-improvements');
  var found = 0;
  var source = new EventSource(section.dataset.events);

  source.addEventListener('best', function (message) {
    var best = JSON.parse(message.data);
    found += 1;
    score.textContent = section.dataset.scoreTemplate
      .replace('%open%', String(-best.medium))
      .replace('%cost%', String(-best.soft));
    improvements.textContent = section.dataset.improvementsTemplate.replace('%count%', String(found));
    status.textContent = section.dataset.solving;
    if (!isNaN(requests)) {
      outcome.textContent = section.dataset.outcomeTemplate
        .replace('%found%', String(Math.max(0, requests + best.medium)))
        .replace('%open%', String(-best.medium));
    }
  });

  // The run ended: show the final page, with its outcome and the link to the proposals.
  source.addEventListener('end', function () {
    source.close();
    window.location.reload();
  });

  // A broken stream leaves the refresh link, which still works.
  source.onerror = function () {
    if (source.readyState === EventSource.CLOSED) {
      source.close();
    }
  };
}());
