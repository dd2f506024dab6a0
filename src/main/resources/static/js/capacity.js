// Draws the capacity page's chart from the data-capacity attribute (the API's own JSON; no inline script under our
// CSP): the list at each month's end, then the forecast under the what-if with its 10 %–90 % band. The same numbers
// are in the tables below the chart, for screen readers and when JavaScript is off.
document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('capacity-chart');
    if (!canvas || typeof Chart === 'undefined') {
        return;
    }
    var data = JSON.parse(canvas.dataset.capacity);
    var history = data.months;
    var forecast = data.projection.forecast;
    // The current month closes the history and opens the forecast (its point 0 is today's list).
    var labels = history.map(function (m) { return m.month; })
        .concat(forecast.slice(1).map(function (p) { return p.month; }));
    var pad = function (values, before) {
        var out = [];
        for (var i = 0; i < before; i++) { out.push(null); }
        return out.concat(values);
    };
    var start = history.length - 1;
    var pick = function (key) { return pad(forecast.map(function (p) { return Number(p[key]); }), start); };
    new Chart(canvas, {
        type: 'line',
        data: {
            labels: labels,
            datasets: [
                {label: canvas.dataset.labelHistory, data: history.map(function (m) { return m.onListAtEnd; }),
                    borderColor: '#0d6efd', backgroundColor: '#0d6efd', tension: 0.2},
                {label: canvas.dataset.labelLow, data: pick('low'), borderColor: 'rgba(253,126,20,0.4)',
                    pointRadius: 0, borderDash: [4, 4], fill: false},
                {label: canvas.dataset.labelHigh, data: pick('high'), borderColor: 'rgba(253,126,20,0.4)',
                    backgroundColor: 'rgba(253,126,20,0.15)', pointRadius: 0, borderDash: [4, 4], fill: '-1'},
                {label: canvas.dataset.labelExpected, data: pick('expected'), borderColor: '#fd7e14',
                    backgroundColor: '#fd7e14', borderDash: [6, 3], tension: 0.2}
            ]
        },
        options: {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: {y: {beginAtZero: true, ticks: {precision: 0}}},
            plugins: {legend: {position: 'bottom'}}
        }
    });
});
