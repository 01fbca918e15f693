/*
 * Draws a chart above each statistics table that asks for one (data-chart). The numbers come from the table
 * itself (data-value on each cell), so the table stays the complete record and the page needs no inline script.
 */
(function () {
  'use strict';
  if (typeof window.Chart === 'undefined') {
    return;
  }
  var lang = document.documentElement.lang || 'zh-CN';
  var palette = ['#0b5cab', '#b54708', '#1d6b35', '#6b3fa0', '#b10e1e', '#00727a', '#7a5c00', '#4a4a4a', '#ad1457'];

  function numbers(rows, column) {
    return rows.map(function (row) { return Number(row.cells[column].getAttribute('data-value')) || 0; });
  }

  function draw(table) {
    var headers = Array.prototype.map.call(table.tHead.rows[0].cells, function (c) { return c.textContent.trim(); });
    var rows = Array.prototype.filter.call(table.tBodies[0].rows, function (r) { return !r.hasAttribute('data-total'); });
    var stacked = table.getAttribute('data-stacked') === 'true';
    var datasets = table.getAttribute('data-series').split(',').map(function (column, i) {
      return { label: headers[Number(column)], data: numbers(rows, Number(column)), backgroundColor: palette[i % palette.length] };
    });
    var whole = datasets.every(function (d) { return d.data.every(Number.isInteger); });
    var figure = document.createElement('figure');
    figure.className = 'chart';
    figure.style.height = Math.max(12, rows.length * (stacked ? 2.2 : 1.6 * datasets.length) + 5) + 'rem';
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', table.getAttribute('data-chart-label'));
    figure.appendChild(canvas);
    table.parentNode.parentNode.insertBefore(figure, table.parentNode);
    new window.Chart(canvas, {
      type: table.getAttribute('data-chart'),
      data: { labels: rows.map(function (r) { return r.cells[0].textContent.trim(); }), datasets: datasets },
      options: {
        locale: lang, indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
        scales: { x: { stacked: stacked, beginAtZero: true, ticks: { precision: whole ? 0 : 1 } }, y: { stacked: stacked } },
        plugins: { legend: { display: datasets.length > 1, position: 'bottom' } }
      }
    });
  }

  document.querySelectorAll('table[data-chart]').forEach(draw);
})();
